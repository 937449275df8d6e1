// textlens/highlight in real Chromium, on the DOM fixtures in tests/browser/fixtures/: what gets painted
// with each renderer (the real wasm for e-mails and URLs; a stub analyser for names), that the Highlight
// API never touches the DOM, that marks are removed exactly, skip rules, separators, safety, shadow roots,
// deep trees, empty pages, pages that change during a run, cancellation and idempotence.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { analyze } from "../../pkg/node.js";
import { quoteParts } from "../../pkg/highlight/ranges.js";
import { startSession } from "./chromium.mjs";

const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));
const RENDERERS = ["highlight-api", "mark"];

let session;
before(async () => {
  session = await startSession({ mounts: [["/fixtures/", FIXTURES]] });
});
after(() => session?.close());

async function open(name) {
  const page = await session.open(`/fixtures/${name}.html`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
  return page;
}

/**
 * What the real wasm must find in each fixture, in document order, among e-mail addresses and URLs
 * (the tests of the DOM mapping pin these; names and dates are checked against Node's analysis below).
 */
const ADDRESS_TYPES = ["EMAIL", "URL"]; // also the harness's default (fixtures/harness.js)
const CORE_FIXTURES = {
  inline: { expected: [["EMAIL", "ann@example.org"], ["URL", "https://example.org/agenda"], ["EMAIL", "cc@example.org"]] },
  blocks: {
    expected: [["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"], ["EMAIL", "carl@example.org"],
      ["EMAIL", "dana@example.org"], ["URL", "https://example.org/x"]],
  },
  lists: {
    expected: [["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"], ["URL", "https://example.org/design"],
      ["EMAIL", "carl@example.org"], ["URL", "https://example.org/all"], ["EMAIL", "help@example.org"]],
  },
  table: {
    expected: [["URL", "https://example.org/contacts"], ["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"],
      ["URL", "example.com"], ["EMAIL", "carl@example.org"]],
  },
  pre: {
    expected: [["URL", "https://example.org/repo.git"], ["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"],
      ["EMAIL", "carl@example.org"]],
  },
  forms: { expected: [["EMAIL", "ann@example.org"], ["EMAIL", "button@example.org"], ["EMAIL", "legend@example.org"]] },
  skip: { options: { exclude: ".private" }, expected: [["EMAIL", "ann@example.org"], ["URL", "https://example.org/end"]] },
  rtl: {
    expected: [["EMAIL", "ann@example.org"], ["URL", "https://example.org/ar"], ["EMAIL", "bob@example.org"],
      ["URL", "https://example.org/he"], ["EMAIL", "carl@example.org"]],
  },
  emoji: {
    expected: [["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"], ["URL", "https://example.org/😀"],
      ["EMAIL", "carl@example.org"]],
  },
  deep: { expected: [["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"], ["URL", "https://example.org/deep"]] },
  empty: { expected: [] },
  blank: { expected: [] },
  xss: { expected: [["EMAIL", "a@example.org"], ["EMAIL", "b@example.org"], ["EMAIL", "tom@example.org"]] },
  article: {
    expected: [["EMAIL", "ann@example.org"], ["URL", "https://example.org/summit/2018"], ["EMAIL", "press@example.org"],
      ["URL", "https://example.org/photos"], ["EMAIL", "ads@example.org"]],
  },
};

describe("every fixture, real wasm, both renderers", () => {
  for (const [name, { options: fixtureOptions = {}, expected }] of Object.entries(CORE_FIXTURES)) {
    const options = { types: ADDRESS_TYPES, ...fixtureOptions };
    test(`${name}: the Highlight API paints every entity and never touches the DOM`, async () => {
      const page = await open(name);
      const result = await page.evaluate((o) => tl.run(o), options);
      assert.equal(result.renderer, "highlight-api");
      assert.deepEqual(result.painted.ranges, expected);
      assert.deepEqual(result.painted.marks, []);
      assert.equal(result.after, result.before, "innerHTML after");
      assert.ok(result.progressCalls > 0);
      assert.ok(result.unchangedDuring, "innerHTML during (at every progress report)");
      // Offsets are the analyser's: the same text analysed in Node gives the same mentions.
      assert.deepEqual(result.mentions, analyze(result.text, { types: options.types }).mentions);
      for (const m of result.mentions) assert.equal(result.text.slice(m.start, m.end), m.text);
      const cleared = await page.evaluate(() => tl.clear());
      assert.equal(cleared.html, result.before, "innerHTML after clear()");
      assert.deepEqual(cleared.painted.ranges, []);
      assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
      await page.close();
    });

    test(`${name}: marks wrap every entity and clear() restores innerHTML exactly`, async () => {
      const page = await open(name);
      const result = await page.evaluate((o) => tl.run({ ...o, renderer: "mark" }), options);
      assert.equal(result.renderer, "mark");
      assert.deepEqual(result.painted.marks, expected);
      assert.deepEqual(result.painted.ranges, []);
      if (expected.length) assert.notEqual(result.after, result.before);
      const cleared = await page.evaluate(() => tl.clear());
      assert.equal(cleared.html, result.before, "innerHTML after clear()");
      assert.deepEqual(cleared.painted.marks, []);
      await page.close();
    });
  }
});

test("with every label, each fixture paints exactly the mentions Node finds in its gathered text", async () => {
  for (const [name, { options = {} }] of Object.entries(CORE_FIXTURES)) {
    const page = await open(name);
    const result = await page.evaluate((o) => tl.run({ ...o, types: "all" }), options);
    // The mentions, and the quote layer: each quote's parts between the mentions inside it.
    const a = analyze(result.text);
    const expected = [...a.mentions, ...quoteParts(a.quotes, a.mentions)]
      .sort((x, y) => x.start - y.start)
      .map((m) => [m.label, result.text.slice(m.start, m.end)]);
    assert.deepEqual(result.painted.ranges, expected, name);
    await page.close();
  }
});

for (const renderer of ["highlight-api", "mark"]) {
  test(`${renderer}: quotes are a layer between the names inside them; hits name the speaker; clear() restores the DOM`, async () => {
    const page = await open("blank");
    const result = await page.evaluate(async (renderer) => {
      tl.root().innerHTML = "<p>“Talks with <b>Kim Jong Un</b> will resume soon,” said Moon Jae-in.</p>";
      const run = await tl.run({ types: "all", renderer });
      const quoteMarks = [...document.querySelectorAll('mark[data-label="QUOTE"]')].map((m) => [m.dataset.quote, m.textContent]);
      const hit = window.handle.entityOf(document.querySelector('mark[data-label="QUOTE"]'));
      const quotes = window.handle.quotes;
      const cleared = tl.clear();
      return { run, quoteMarks, quotes, speaker: hit?.entity?.name ?? null, hitQuote: hit?.quote?.text ?? null, cleared };
    }, renderer);
    const { run } = result;
    assert.equal(result.quotes.length, 1);
    const quote = result.quotes[0];
    assert.equal(run.text.slice(quote.start, quote.end), "“Talks with Kim Jong Un will resume soon,”");
    const speaker = run.entities.find((e) => e.id === quote.speaker);
    assert.equal(speaker?.name, "Moon Jae-in");
    const painted = renderer === "mark" ? run.painted.marks : run.painted.ranges;
    // The name inside keeps its colour; the quote is painted around it, in two parts.
    assert.deepEqual(
      painted.filter(([label]) => label === "QUOTE" || label === "PERSON").map(([l, t]) => [l, t]),
      renderer === "mark"
        ? [["QUOTE", "“Talks with  will resume soon,”"], ["PERSON", "Kim Jong Un"], ["PERSON", "Moon Jae-in"]]
        : [["QUOTE", "“Talks with "], ["PERSON", "Kim Jong Un"], ["QUOTE", " will resume soon,”"], ["PERSON", "Moon Jae-in"]],
    );
    if (renderer === "mark") {
      assert.deepEqual(result.quoteMarks, [["0", "“Talks with "], ["0", " will resume soon,”"]]);
      assert.equal(result.speaker, "Moon Jae-in");
      assert.equal(result.hitQuote, quote.text);
    }
    assert.equal(result.cleared.html, run.before);
    assert.deepEqual(result.cleared.painted.ranges, []);
    assert.deepEqual(session.errors, []);
    await page.close();
  });
}

test("block elements and <br> become separators: nothing runs from one block into the next", async () => {
  const page = await open("blocks");
  const { text, painted } = await page.evaluate(() => tl.run({}));
  assert.match(text, /^ann@example\.org\n\nnext paragraph\n\nbob@example\.org\n\nHeading follows\n\n/);
  assert.match(text, /carl@example\.org\nafter the break/);
  // Glued together as mark.js does, "ann@example.orgnext" would be one (wrong) address.
  assert.ok(painted.ranges.every(([, t]) => !/next|Heading|after/.test(t)));
  assert.deepEqual(session.errors, []);
});

describe("entities that cross inline elements (stub analyser for names)", () => {
  const stub = { PERSON: ["Kim Jong Un", "Moon Jae-in"] };

  test("the Highlight API paints one range per mention across the elements", async () => {
    const page = await open("inline");
    const result = await page.evaluate((stub) => tl.run({ stub }), stub);
    assert.deepEqual(result.painted.ranges, [["PERSON", "Kim Jong Un"], ["PERSON", "Moon Jae-in"], ["PERSON", "Kim Jong Un"]]);
    assert.equal(result.after, result.before);
    assert.deepEqual(result.entities.map((e) => [e.name, e.mentions]), [["Kim Jong Un", 2], ["Moon Jae-in", 1]]);
  });

  test("marks become pieces that share one entity id, and clear() merges them back", async () => {
    const page = await open("inline");
    const result = await page.evaluate((stub) => tl.run({ stub, renderer: "mark" }), stub);
    assert.deepEqual(result.painted.markPieces, [
      { entity: "0", parts: ["Kim", " Jong Un"] },
      { entity: "1", parts: ["Moon", " Jae-in"] },
      { entity: "0", parts: ["Kim ", "Jong", " Un"] },
    ]);
    const inBold = await page.evaluate(() => document.querySelector("#root b > mark")?.dataset.entity);
    assert.equal(inBold, "0");
    assert.equal((await page.evaluate(() => tl.clear())).html, result.before);
  });

  test("an article: names across nested spans, e-mails and URLs from the real wasm are separate runs", async () => {
    const page = await open("article");
    const result = await page.evaluate((stub) => tl.run({ stub, renderer: "mark" }), { PERSON: ["Kim Jong Un", "Moon Jae-in", "Ann Lee"] });
    assert.deepEqual(result.painted.marks, [["PERSON", "Ann Lee"], ["PERSON", "Kim Jong Un"], ["PERSON", "Moon Jae-in"], ["PERSON", "Moon Jae-in"]]);
    assert.equal(result.entities.find((e) => e.name === "Moon Jae-in").mentions, 2);
    assert.equal((await page.evaluate(() => tl.clear())).html, result.before);
  });
});

describe("safety: page text is never parsed as HTML", () => {
  for (const renderer of RENDERERS) {
    test(`${renderer}: text that looks like HTML stays text`, async () => {
      const page = await open("xss");
      const html = '<img src=x onerror="window.pwned=1">';
      const result = await page.evaluate(([renderer, html]) => tl.run({ renderer, stub: { PERSON: [html, "<b>bold</b>"] } }), [renderer, html]);
      const painted = renderer === "mark" ? result.painted.marks : result.painted.ranges;
      assert.deepEqual(painted, [["PERSON", html], ["PERSON", "<b>bold</b>"]]);
      const found = await page.evaluate(() => ({
        img: document.querySelectorAll("#root img").length,
        script: document.querySelectorAll("#root script").length,
        b: document.querySelectorAll("#root b").length,
        pwned: window.pwned ?? null,
      }));
      assert.deepEqual(found, { img: 0, script: 0, b: 0, pwned: null });
      await page.waitForTimeout(50); // let any (wrongly created) image error handler run
      assert.equal(await page.evaluate(() => window.pwned ?? null), null);
      assert.equal((await page.evaluate(() => tl.clear())).html, result.before);
    });
  }
});

describe("open shadow roots (opt-in)", () => {
  test("by default shadow trees are not entered; slotted light text still is", async () => {
    const page = await open("shadow");
    const { painted } = await page.evaluate(() => tl.run({}));
    assert.deepEqual(painted.ranges, [["EMAIL", "ann@example.org"], ["EMAIL", "bob@example.org"]]);
  });

  test("with shadowRoots: true open shadow trees are highlighted in flat-tree order; closed ones never", async () => {
    const page = await open("shadow");
    const { painted, text } = await page.evaluate(() => tl.run({ shadowRoots: true }));
    assert.deepEqual(painted.ranges.map(([, t]) => t).sort(),
      ["ann@example.org", "bob@example.org", "carl@example.org", "https://example.org/shadow"]);
    assert.match(text, /Light ann@example\.org\n\nShadow carl@example\.org\n\nslotted bob@example\.org\n\nafter https/);
    const hasStyles = await page.evaluate(() => document.getElementById("open").shadowRoot.adoptedStyleSheets.length);
    assert.equal(hasStyles, 1, "the default styles are adopted into the shadow root");
  });

  test("marks inside a shadow root are removed exactly", async () => {
    const page = await open("shadow");
    const before = await page.evaluate(() => document.getElementById("open").shadowRoot.innerHTML);
    const { painted } = await page.evaluate(() => tl.run({ shadowRoots: true, renderer: "mark" }));
    assert.equal(painted.marks.length, 4);
    const marked = await page.evaluate(() => document.getElementById("open").shadowRoot.querySelectorAll("mark").length);
    assert.equal(marked, 2);
    await page.evaluate(() => tl.clear());
    assert.equal(await page.evaluate(() => document.getElementById("open").shadowRoot.innerHTML), before);
  });
});

test("10,000-deep nesting is walked without recursion", async () => {
  const page = await open("deep");
  const depth = await page.evaluate(() => {
    let d = 0;
    for (let n = document.getElementById("root"); n.firstElementChild; n = n.firstElementChild) d++;
    return d;
  });
  assert.equal(depth, 10000);
  const { painted, text } = await page.evaluate(() => tl.run({ renderer: "mark" }));
  assert.equal(painted.marks.length, 3);
  assert.match(text, /bottom bob@example\.org/);
});

test("an empty root: no mentions, statistics of nothing, no errors", async () => {
  const page = await open("empty");
  const result = await page.evaluate(() => tl.run({}));
  assert.equal(result.text, "");
  assert.deepEqual(result.mentions, []);
  assert.deepEqual(result.entities, []);
  assert.equal(result.stats.words, 0);
  assert.deepEqual(session.errors, []);
});

test("textlens's own marks and UI are skipped by any other run", async () => {
  const page = await open("article");
  const outcome = await page.evaluate(async () => {
    const byline = document.querySelector("#root .byline");
    const inner = await tl.highlight(byline, { renderer: "mark" });
    const ui = document.createElement("div");
    ui.setAttribute("data-textlens-ui", "");
    ui.append("panel ui@example.org");
    tl.root().append(ui);
    const outer = await tl.highlight(tl.root(), { renderer: "highlight-api" });
    const texts = outer.mentions.map((m) => m.text);
    outer.clear();
    inner.clear();
    return { inner: inner.mentions.map((m) => m.text), texts };
  });
  assert.deepEqual(outcome.inner, ["ann@example.org"]);
  assert.deepEqual(outcome.texts, ["https://example.org/summit/2018", "press@example.org", "https://example.org/photos", "ads@example.org"]);
});

describe("running twice, cancelling, replacing", () => {
  for (const renderer of RENDERERS) {
    test(`${renderer}: highlighting twice equals highlighting once`, async () => {
      const page = await open("article");
      const once = await page.evaluate((renderer) => tl.run({ renderer }), renderer);
      const twice = await page.evaluate((renderer) => tl.run({ renderer }), renderer);
      assert.equal(twice.after, once.after);
      assert.deepEqual(twice.painted, once.painted);
      const sizes = await page.evaluate(() => [...CSS.highlights].map(([name, h]) => [name, h.size]));
      if (renderer === "highlight-api") assert.deepEqual(sizes, [["textlens-email", 3], ["textlens-url", 2]]);
      else assert.deepEqual(sizes, []);
      assert.equal((await page.evaluate(() => tl.clear())).html, once.before);
    });
  }

  test("an AbortSignal stops a run and leaves nothing painted", async () => {
    const page = await open("mutating");
    const outcome = await page.evaluate(async () => {
      const root = tl.root();
      const before = root.innerHTML;
      const controller = new AbortController();
      let error;
      try {
        await tl.highlight(root, {
          renderer: "mark",
          signal: controller.signal,
          sliceBudget: 0.5,
          onProgress: (p) => p.phase === "render" && p.done > 0 && controller.abort(),
        });
      } catch (err) {
        error = err.name;
      }
      return { error, same: root.innerHTML === before, marks: root.querySelectorAll("mark").length };
    });
    assert.deepEqual(outcome, { error: "AbortError", same: true, marks: 0 });
  });

  test("a newer run on the same root cancels the stale one", async () => {
    const page = await open("article");
    const outcome = await page.evaluate(async () => {
      const root = tl.root();
      const first = tl.highlight(root, { renderer: "mark", analyzer: tl.stubAnalyzer({ PERSON: ["Ann Lee"] }) });
      const second = tl.highlight(root, { renderer: "mark" });
      const [a, b] = await Promise.allSettled([first, second]);
      return {
        first: a.status === "rejected" ? a.reason.name : "fulfilled",
        second: b.status,
        labels: [...root.querySelectorAll("mark")].map((m) => m.dataset.label),
      };
    });
    assert.deepEqual(outcome, { first: "AbortError", second: "fulfilled", labels: ["EMAIL", "URL", "EMAIL", "URL", "EMAIL"] });
  });
});

describe("a page that changes while highlighting runs", () => {
  for (const renderer of RENDERERS) {
    test(`${renderer}: what is painted is exactly the mentions' text; stale mentions are skipped`, async () => {
      const page = await open("mutating");
      const outcome = await page.evaluate(async (renderer) => {
        const root = tl.root();
        let mutationsDuring = 0;
        const counter = new MutationObserver((records) => (mutationsDuring += records.length));
        let started = false;
        const handle = await tl.highlight(root, {
          renderer,
          paint: "all",
          sliceBudget: 0.5,
          onProgress: (p) => {
            if (!started) {
              started = true;
              counter.observe(root, { childList: true, subtree: true, characterData: true });
              window.startMutating();
            }
            // Page code also runs at every progress report, between slices.
            if (window.mutating) window.mutateOnce();
            if (p.phase === "done") window.mutating = false;
          },
        });
        window.mutating = false;
        const pageMutations = mutationsDuring;
        counter.disconnect();
        const painted = tl.painted();
        const wrong = [];
        if (renderer === "highlight-api") {
          // A range edited by the page after it was painted collapses; any other must show its mention.
          for (const [name, h] of CSS.highlights) for (const r of h) if (!/@example\.org$|^https:\/\/example\.org\/p\/\d+$/.test(r.toString()) && r.toString() !== "") wrong.push(r.toString());
        } else {
          for (const [, text] of painted.marks) if (!/^[a-z]+\d+@example\.org$|^https:\/\/example\.org\/p\/\d+$/.test(text)) wrong.push(text);
        }
        const paintedCount = renderer === "mark" ? painted.marks.length : painted.ranges.filter(([, t]) => t).length;
        handle.clear();
        return { pageMutations, wrong, paintedCount, mentions: handle.mentions.length, marksLeft: root.querySelectorAll("mark").length };
      }, renderer);
      assert.ok(outcome.pageMutations > 10, `the page changed during the run (${outcome.pageMutations} mutations)`);
      assert.deepEqual(outcome.wrong, []);
      // Not vacuous: many mentions survive the edits (how many depends on how far the page got while the
      // analysis ran, in the worker by default) and each of them was checked above.
      assert.ok(outcome.paintedCount > 100, `painted ${outcome.paintedCount} of ${outcome.mentions}`);
      assert.equal(outcome.marksLeft, 0);
      assert.deepEqual(session.errors, []);
    });
  }
  test("highlight-api: text the page changes after it was painted, in the run's last progress report, is not left painted", async () => {
    const page = await open("inline");
    const outcome = await page.evaluate(async () => {
      const root = tl.root();
      let edited = null;
      const handle = await tl.highlight(root, {
        renderer: "highlight-api",
        paint: "all",
        onProgress: (p) => {
          // Every range is registered by the last "render" report: the page then edits a painted node.
          if (edited || p.phase !== "render" || p.done !== p.total) return;
          const first = [...CSS.highlights.values()].flatMap((h) => [...h]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
          edited = first.startContainer;
          edited.data = `changed ${edited.data}`;
        },
      });
      const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]);
      const out = {
        mentions: handle.mentions.length,
        painted: handle.painted,
        ranges: ranges.length,
        overEdited: ranges.filter((r) => r.intersectsNode(edited)).length,
        shown: ranges.map((r) => r.toString()).sort(),
        expected: handle.mentions.map((m) => m.text).slice(1).sort(),
      };
      handle.clear();
      return out;
    });
    assert.equal(outcome.mentions, 3);
    assert.equal(outcome.overEdited, 0);
    assert.equal(outcome.painted, 2);
    assert.equal(outcome.ranges, 2);
    assert.deepEqual(outcome.shown, outcome.expected);
    assert.deepEqual(session.errors, []);
  });
});

test("paint: auto registers only the ranges near the viewport on a big page, and follows scrolling", async () => {
  const page = await open("mutating");
  const outcome = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const handle = await tl.highlight(tl.root(), {});
    await frame();
    const registered = () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    const texts = () => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString()));
    const atTop = registered();
    const topHasFirst = texts().includes("user0@example.org");
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    const atBottom = texts();
    handle.clear();
    return { total: handle.mentions.length, atTop, topHasFirst, bottomHasLast: atBottom.includes("user1499@example.org"),
      bottomHasFirst: atBottom.includes("user0@example.org"), afterClear: registered() };
  });
  assert.equal(outcome.total, 3000);
  assert.ok(outcome.atTop > 0 && outcome.atTop < 1000, `${outcome.atTop} ranges registered at the top`);
  assert.deepEqual([outcome.topHasFirst, outcome.bottomHasLast, outcome.bottomHasFirst, outcome.afterClear], [true, true, false, 0]);
});

describe("the handle", () => {
  for (const renderer of RENDERERS) {
    test(`${renderer}: entityAt(x, y) finds the entity under a point, null elsewhere`, async () => {
      const page = await open("inline");
      await page.evaluate((renderer) => tl.run({ renderer }), renderer);
      const found = await page.evaluate(() => {
        const b = document.querySelector("#root b"); // "ann" of ann@example.org
        const r = b.getBoundingClientRect();
        const hit = handle.entityAt(r.left + r.width / 2, r.top + r.height / 2);
        const miss = handle.entityAt(1, 1);
        return { name: hit?.entity?.name, label: hit?.mention?.label, miss };
      });
      assert.deepEqual(found, { name: "ann@example.org", label: "EMAIL", miss: null });
    });
  }

  for (const renderer of RENDERERS) {
    test(`${renderer}: rangeOf(index) is a Range over that mention, null when it changed or after clear()`, async () => {
      const page = await open("inline");
      await page.evaluate((renderer) => tl.run({ renderer }), renderer);
      const found = await page.evaluate(() => {
        const texts = handle.mentions.map((m, k) => handle.rangeOf(k)?.toString() ?? null);
        const out = { texts, expected: handle.mentions.map((m) => m.text), outside: [handle.rangeOf(-1), handle.rangeOf(handle.mentions.length), handle.rangeOf(0.5)] };
        // The text under the first mention changes: its range is gone, the others stay.
        const first = handle.rangeOf(0);
        const node = first.startContainer.nodeType === 3 ? first.startContainer : first.startContainer.firstChild;
        node.data = `x${node.data}`;
        out.afterEdit = handle.rangeOf(0);
        out.second = handle.rangeOf(1)?.toString() ?? null;
        handle.clear();
        out.afterClear = handle.rangeOf(1);
        return out;
      });
      assert.deepEqual(found.texts, found.expected);
      assert.deepEqual(found.outside, [null, null, null]);
      assert.equal(found.afterEdit, null);
      assert.equal(found.second, found.expected[1]);
      assert.equal(found.afterClear, null);
    });
  }

  test("mark: entityOf(mark) gives the entity and all its pieces", async () => {
    const page = await open("inline");
    await page.evaluate(() => tl.run({ renderer: "mark", stub: { PERSON: ["Kim Jong Un"] } }));
    const found = await page.evaluate(() => {
      const hit = handle.entityOf(document.querySelector("#root u mark"));
      return { name: hit.entity.name, mentions: hit.entity.mentions, pieces: hit.marks.map((m) => m.textContent) };
    });
    assert.deepEqual(found, { name: "Kim Jong Un", mentions: 2, pieces: ["Kim ", "Jong", " Un"] });
  });

  test("types limits the labels; stats and entities come from one analysis of the whole root", async () => {
    const page = await open("article");
    const result = await page.evaluate(() => tl.run({ types: ["URL"] }));
    assert.deepEqual(result.painted.ranges, [["URL", "https://example.org/summit/2018"], ["URL", "https://example.org/photos"]]);
    assert.deepEqual(result.stats, analyze(result.text).stats);
  });

  test("colours come from CSS custom properties, for both renderers", async () => {
    const page = await open("inline");
    await page.evaluate(() => document.documentElement.style.setProperty("--textlens-email", "rgb(1, 2, 3)"));
    await page.evaluate(() => tl.run({}));
    const viaHighlight = await page.evaluate(() => getComputedStyle(document.querySelector("#root p"), "::highlight(textlens-email)").backgroundColor);
    assert.equal(viaHighlight, "rgb(1, 2, 3)");
    await page.evaluate(() => tl.run({ renderer: "mark" }));
    const viaMark = await page.evaluate(() => getComputedStyle(document.querySelector("#root mark[data-label=EMAIL]")).backgroundColor);
    assert.equal(viaMark, "rgb(1, 2, 3)");
  });

  test("bad options are refused with an error naming the option", async () => {
    const page = await open("inline");
    const errors = await page.evaluate(async () => {
      const root = tl.root();
      const messages = [];
      for (const options of [{ colour: "red" }, { renderer: "canvas" }, { exclude: "nav[" }, { analyzer: {} }, { types: "EMAIL" }]) {
        try {
          await tl.highlight(root, options);
          messages.push("no error");
        } catch (err) {
          messages.push(`${err.name}: ${err.message}`);
        }
      }
      return messages;
    });
    assert.match(errors[0], /^Error: .*unknown option "colour"/);
    assert.match(errors[1], /^Error: .*"renderer"/);
    assert.match(errors[2], /^Error: .*"exclude"/);
    assert.match(errors[3], /^TypeError: .*"analyzer"/);
    assert.match(errors[4], /^TypeError: .*"types"/);
  });
});

describe("large and dynamic pages", () => {
  test("a long text is sent in pieces and analysed exactly as one call", async () => {
    const page = await open("empty");
    const result = await page.evaluate(async () => {
      const root = tl.root();
      for (let i = 0; i < 4000; i++) {
        const p = document.createElement("p");
        p.append(`Item ${i} is described at https://example.org/items/${i % 50} and sold by seller${i % 70}@example.org today.`);
        root.append(p);
      }
      const handle = await tl.highlight(root, {});
      return { text: handle.text, analysis: handle.analysis, chunks: handle.chunks };
    });
    assert.ok(result.chunks > 1, `${result.chunks} pieces`);
    assert.deepEqual(result.analysis, analyze(result.text, { types: ADDRESS_TYPES }));
  });

  /** Builds a news-like page of `sections` sections under #root: names, places, dates, amounts. */
  const buildArticle = (sections) => {
    const people = ["Helen Okafor", "Vladimir Putin", "Kim Jong Un", "Angela Merkel", "Tedros Adhanom Ghebreyesus"];
    const places = ["Moscow", "Paris", "Seoul", "Lagos", "Geneva", "Berlin"];
    const orgs = ["the United Nations", "the World Health Organization", "Reuters", "Acme Corp."];
    const root = document.getElementById("root");
    for (let s = 0; s < sections; s++) {
      const section = document.createElement("section");
      const h = document.createElement("h2");
      h.textContent = `Section ${s + 1}: news from ${places[s % places.length]}`;
      section.append(h);
      for (let p = 0; p < 6; p++) {
        const para = document.createElement("p");
        const who = people[(s + p) % people.length];
        const surname = who.split(" ").at(-1);
        para.append(`${who} met officials of ${orgs[(s * 3 + p) % orgs.length]} in ${places[(s + 2 * p) % places.length]} on April ${1 + ((s + p) % 28)}, 2024. `);
        const b = document.createElement("b");
        b.textContent = surname;
        para.append(b, ` said the talks, which cost $${(s + 1) * (p + 2)} million, would resume next week; `,
          `${12 + p}% of the Russian delegates agreed. Details at https://example.org/${s}/${p} or press${p}@example.org.`);
        section.append(para);
      }
      root.append(section);
    }
  };

  for (const worker of [true, false]) {
    // Without a worker (a CSP without worker-src), the page's own Analyzer runs the analysis in steps.
    test(`a 100 KB+ page, ${worker ? "analysed in the worker" : "no worker"}: highlight() reports exactly what analyze(handle.text) does`, async () => {
      const page = await open("empty");
      const result = await page.evaluate(async ({ build, worker }) => {
        if (!worker) globalThis.Worker = undefined;
        new Function(`return (${build})`)()(120);
        const handle = await tl.highlight(tl.root(), { types: "all" });
        return { text: handle.text, analysis: handle.analysis, painted: handle.painted, chunks: handle.chunks };
      }, { build: buildArticle.toString(), worker });
      assert.ok(result.text.length > 100_000, `${result.text.length} UTF-16 units`);
      assert.ok(result.chunks > 1, `${result.chunks} pieces`);
      const whole = analyze(result.text);
      assert.deepEqual(result.analysis, whole); // stats, keywords, key sentences, entities, every offset
      assert.ok(whole.entities.some((e) => e.label === "PERSON" && e.mentions > 100), "names linked across the page");
      assert.equal(result.painted, whole.mentions.length);
    });
  }

  for (const [renderer, worker] of [...RENDERERS.map((r) => [r, true]), [RENDERERS[0], false]]) {
    test(`${renderer}${worker ? "" : ", no worker"}: after a live append the handle equals analyze(handle.text), stats and keywords included`, async () => {
      const page = await open("empty");
      const result = await page.evaluate(async ({ build, renderer, worker }) => {
        if (!worker) globalThis.Worker = undefined;
        new Function(`return (${build})`)()(40);
        const root = tl.root();
        let resolveUpdate;
        const updated = new Promise((resolve) => (resolveUpdate = resolve));
        const handle = await tl.highlight(root, { types: "all", renderer, observe: { debounce: 20 }, onUpdate: () => resolveUpdate() });
        const before = { text: handle.text, stats: handle.stats };
        const p = document.createElement("p");
        p.append("Late news: Okafor and Kwame Mensah flew to Accra on May 2, 2024. Write to late@example.org.");
        root.append(p);
        await updated;
        const marks = [...root.querySelectorAll("mark[data-textlens]")].map((m) => [m.dataset.label, m.dataset.entity, m.textContent]);
        return { before, text: handle.text, analysis: handle.analysis, painted: handle.painted, marks };
      }, { build: buildArticle.toString(), renderer, worker });
      assert.ok(result.text.startsWith(result.before.text) && result.text.length > result.before.text.length);
      assert.ok(result.text.endsWith("Write to late@example.org."));
      const whole = analyze(result.text);
      assert.deepEqual(result.analysis, whole);
      assert.notDeepEqual(result.analysis.stats, result.before.stats);
      assert.equal(result.painted, whole.mentions.length);
      if (renderer === "mark") {
        // Every mark carries its mention's label and entity id in the whole-page analysis.
        const pairs = new Set(whole.mentions.map((m) => `${m.label}|${m.entity}`));
        assert.ok(result.marks.length >= whole.mentions.length);
        for (const [label, entity, text] of result.marks) assert.ok(pairs.has(`${label}|${entity}`), `${label} ${entity} ${text}`);
      }
    });
  }

  for (const renderer of RENDERERS) {
    test(`${renderer}: a live append that changes what the earlier text means repaints it as one call would`, async () => {
      const page = await open("empty");
      const result = await page.evaluate(async (renderer) => {
        const root = tl.root();
        const first = document.createElement("p");
        first.textContent = "Vicenza won again on Sunday, and the town of Vicenza celebrated in the streets.";
        root.append(first);
        let resolveUpdate;
        const updated = new Promise((resolve) => (resolveUpdate = resolve));
        const handle = await tl.highlight(root, { types: "all", renderer, observe: { debounce: 20 }, onUpdate: () => resolveUpdate() });
        const before = handle.mentions.map((m) => [m.label, m.text]);
        const late = document.createElement("p");
        late.textContent = "Vicenza's coach Francesco Guidolin said the players had earned it.";
        root.append(late);
        await updated;
        const painted = renderer === "mark" ? tl.painted().marks : tl.painted().ranges;
        return { before, text: handle.text, analysis: handle.analysis, painted };
      }, renderer);
      const whole = analyze(result.text);
      assert.deepEqual(result.analysis, whole);
      // The earlier mentions changed label (the team, not the town), and what is painted follows.
      const vicenza = (list) => list.filter(([, text]) => text === "Vicenza").map(([label]) => label);
      assert.notDeepEqual(vicenza(result.before), vicenza(whole.mentions.map((m) => [m.label, m.text])));
      const expected = whole.mentions.filter((m) => m.label !== "QUOTE").map((m) => [m.label, m.text]);
      assert.deepEqual(result.painted.filter(([label]) => label !== "QUOTE"), expected);
    });
  }

  for (const renderer of RENDERERS) {
    test(`${renderer}: observe: added subtrees are highlighted, textlens's own changes are ignored`, async () => {
      const page = await open("article");
      const outcome = await page.evaluate(async (renderer) => {
        const root = tl.root();
        let updates = 0;
        const updated = new Promise((resolve) => {
          tl.highlight(root, { renderer, observe: { debounce: 20 }, onUpdate: () => (updates++, resolve()) }).then((h) => {
            window.handle = h;
            const p = document.createElement("p");
            p.append("Late news from late@example.org and ann@example.org");
            root.append(p);
          });
        });
        await updated;
        await new Promise((r) => setTimeout(r, 200));
        const painted = tl.painted();
        return {
          updates,
          painted: renderer === "mark" ? painted.marks : painted.ranges,
          ann: handle.entities.find((e) => e.name === "ann@example.org").mentions,
        };
      }, renderer);
      assert.equal(outcome.updates, 1);
      assert.deepEqual(outcome.painted.slice(-2), [["EMAIL", "late@example.org"], ["EMAIL", "ann@example.org"]]);
      assert.equal(outcome.painted.length, 7);
      assert.equal(outcome.ann, 2);
    });
  }
});
