// The demo page in real Chromium, served from 127.0.0.1 and as the single-file build opened from file://:
// it opens with the sample highlighted, highlights what you type (in textlens/worker), opens and drops
// files, toggles types, jumps to an entity's mentions, draws its charts, shades hard sentences, exports
// the analysis, works from the keyboard, keeps its highlight colours readable in both themes, and makes
// no request beyond its own origin. Needs `scripts/build-wasm.sh` (which runs scripts/build-demo.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

import { Analyzer, analyze, redact } from "../../pkg/node.js";
import { quoteParts } from "../../pkg/highlight/ranges.js";
import { LABEL_NAMES } from "../../www/labels.js";
import { FULL_OPTIONS, sentenceDifficulty } from "../../www/sentences.js";
import { launch, startSession } from "./chromium.mjs";

const SAMPLE = readFileSync(new URL("../../www/samples/article.txt", import.meta.url), "utf8");
const SINGLE_FILE = fileURLToPath(new URL("../../dist/textlens-demo.html", import.meta.url));

let session;
before(async () => {
  session = await startSession();
});
after(() => session?.close());

/** Opens the served page, recording every request and CSP violation. */
async function openDemo({ colorScheme } = {}) {
  const page = await session.open("about:blank");
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  if (colorScheme) await page.emulateMedia({ colorScheme });
  await page.goto(session.url);
  await page.waitForSelector("body[data-ready=true]");
  return { page, requests };
}

/** Waits until the page shows `text`, painted. */
async function waitShown(page, text) {
  await page.waitForFunction(
    (t) => {
      const out = document.getElementById("highlighted");
      return out.dataset.done === "true" && out.textContent === t;
    },
    text,
  );
}

/** The painted entity highlights as [label, text, start], in text order (Highlight API renderer). */
function paintedRanges(page) {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith("textlens-"))
      .flatMap(([name, h]) => [...h].map((r) => [name.slice("textlens-".length).toUpperCase(), r.toString(), r.startOffset]))
      .sort((a, b) => a[2] - b[2]),
  );
}

/** The mentions of `types` and the quote layer (each quote's parts between the mentions in it). */
const expectedRanges = (text, types) => {
  const a = analyze(text, types ? { types } : undefined);
  return [...a.mentions, ...quoteParts(a.quotes, a.mentions)]
    .sort((x, y) => x.start - y.start)
    .map((m) => [m.label, text.slice(m.start, m.end), m.start]);
};

/** Requests that left the page's own origin (blob: and data: URLs are in-memory, not requests out). */
const foreign = (requests, origin) => requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"));

test("the page opens with the sample highlighted exactly as analyze() finds it", async () => {
  const { page, requests } = await openDemo();
  await waitShown(page, SAMPLE);
  assert.equal(await page.inputValue("#text"), SAMPLE);
  assert.deepEqual(await paintedRanges(page), expectedRanges(SAMPLE));
  const expected = analyze(SAMPLE).stats;
  assert.equal(Number(await page.textContent("#stats dd[data-stat=words]")), expected.words);
  // The worker warms up in the background: typing then gets live analyses.
  await page.waitForSelector("body[data-live=true]");
  assert.deepEqual(foreign(requests, session.url), []);
  assert.deepEqual(session.errors, []);
});

test("typing highlights live (debounced, in the worker) what analyze() finds", async () => {
  const { page } = await openDemo();
  const text = "Dr. Samuel Reyes met Helen Okafor in Lisbon on 3 May 2024. Mail reyes@example.org or call 555-0142.";
  await page.fill("#text", text); // one input event: the debounced run analyses it, nothing is clicked
  await waitShown(page, text);
  assert.deepEqual(await paintedRanges(page), expectedRanges(text));
  // The analysis ran in a worker: the page itself never fetched the wasm.
  const pageFetchedWasm = await page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith(".wasm")));
  assert.equal(pageFetchedWasm, false);

  // Keystrokes closer together than the debounce (200 ms) are analysed and painted together: 20 ms apart,
  // six keystrokes make one paint (fewer than six even if this shared machine stalls between two).
  const shown = Number(await page.getAttribute("body", "data-shown"));
  await page.focus("#text");
  await page.keyboard.press("End");
  await page.keyboard.type(" Paris", { delay: 20 });
  await waitShown(page, `${text} Paris`);
  const paints = Number(await page.getAttribute("body", "data-shown")) - shown;
  assert.ok(paints >= 1 && paints < 6, `${paints} paints for 6 keystrokes`);
  assert.deepEqual(await paintedRanges(page), expectedRanges(`${text} Paris`));
});

test("pasting text highlights what analyze() finds", async () => {
  const { page } = await openDemo();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(session.url).origin });
  const text = "Pasted: the Harbour Trust gave €400,000 to Port Elliot on 12 March 2026. See https://example.org/grant #grants";
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#text");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  await waitShown(page, text);
  assert.deepEqual(await paintedRanges(page), expectedRanges(text));
});

test("every label the analyser reports has a readable name", () => {
  const analyzer = new Analyzer();
  try {
    assert.deepEqual(analyzer.labels().filter((l) => !(l in LABEL_NAMES)), []);
  } finally {
    analyzer.free();
  }
});

test("entering text shows its statistics and highlights its entities", async () => {
  const { page } = await openDemo();
  const text = "Write to ann@example.org soon. The agenda is at https://example.org/agenda.\n\nSee you there!";
  await page.fill("#text", text);
  await page.click("#analyze");
  await waitShown(page, text);

  const expected = analyze(text).stats;
  for (const key of ["words", "sentences", "paragraphs"]) {
    assert.equal(Number(await page.textContent(`#stats dd[data-stat=${key}]`)), expected[key], key);
  }
  assert.deepEqual((await paintedRanges(page)).map(([label, t]) => [label, t]), [["EMAIL", "ann@example.org"], ["URL", "https://example.org/agenda"]]);
  assert.equal(await page.evaluate(() => document.getElementById("highlighted").innerHTML), text.replaceAll("&", "&amp;"));
  // The <mark> renderer on request: elements with the label.
  await page.selectOption("#renderer", "mark");
  await page.waitForSelector("#highlighted mark");
  const marks = await page.$$eval("#highlighted mark", (els) => els.map((el) => [el.dataset.label, el.textContent]));
  assert.deepEqual(marks, [["EMAIL", "ann@example.org"], ["URL", "https://example.org/agenda"]]);
  assert.equal(await page.textContent("#highlighted"), text);
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("textlens-"))), []);
  assert.deepEqual(session.errors, []);
});

test("the page computes exactly what Node computes", async () => {
  const { page } = await openDemo();
  const text = "😀 x@y.io 東京 e\u0301 https://例え.jp \uD800 end.";
  const inPage = await page.evaluate(async (t) => (await import("textlens")).analyze(t), text);
  assert.deepEqual(inPage, analyze(text));
});

test("page text is shown as text, never parsed as HTML", async () => {
  const { page } = await openDemo();
  const text = '<img src=x onerror="window.pwned=1"> mail a@b.io';
  await page.selectOption("#renderer", "mark");
  await page.fill("#text", text);
  await page.click("#analyze");
  await waitShown(page, text);
  await page.waitForSelector("#highlighted mark");
  assert.equal(await page.$("#highlighted img"), null);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.textContent("#highlighted"), text);
});

test("hovering an entity shows a tooltip naming it", async () => {
  const { page } = await openDemo();
  const text = "Write to ann@example.org and again ann@example.org.";
  await page.fill("#text", text);
  await page.click("#analyze");
  await waitShown(page, text);
  const box = await page.evaluate(() => {
    const range = [...CSS.highlights.get("textlens-email")][0];
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  assert.equal(await page.textContent("#tooltip"), "EMAIL · ann@example.org · 2×");
});

test("the legend counts each type and toggles it, by mouse and by keyboard", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  const counts = new Map();
  for (const m of analyze(SAMPLE).mentions) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  // Quotes have their own legend entry: they are not mentions.
  if (analyze(SAMPLE).quotes.length) counts.set("QUOTE", analyze(SAMPLE).quotes.length);
  const legend = await page.$$eval("#legend button", (bs) => bs.map((b) => [b.dataset.label, Number(b.querySelector(".count").textContent), b.getAttribute("aria-pressed")]));
  assert.deepEqual(new Map(legend.map(([l, n]) => [l, n])), counts);
  assert.ok(legend.every(([, , pressed]) => pressed === "true"));

  await page.click("#legend button[data-label=PERSON]");
  await page.waitForFunction(() => !CSS.highlights.has("textlens-person") && document.getElementById("highlighted").dataset.done === "true");
  const others = [...counts.keys()].filter((l) => l !== "PERSON");
  assert.deepEqual(await paintedRanges(page), expectedRanges(SAMPLE, others));
  assert.equal(await page.getAttribute("#legend button[data-label=PERSON]", "aria-pressed"), "false");
  assert.equal(await page.$('#entities button[aria-label*="People"]'), null, "hidden types leave the entity list");

  await page.focus("#legend button[data-label=PERSON]");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => CSS.highlights.has("textlens-person") && document.getElementById("highlighted").dataset.done === "true");
  assert.deepEqual(await paintedRanges(page), expectedRanges(SAMPLE));
});

test("the entity list groups mentions by linked entity; choosing one scrolls to its mentions and flashes them", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  const { entities, mentions } = analyze(SAMPLE);
  const rows = await page.$$eval("#entities button.entity", (bs) => bs.map((b) => [Number(b.dataset.entity), b.querySelector(".name").textContent, b.querySelector(".count").textContent]));
  assert.deepEqual(
    new Set(rows.map((r) => r.join("|"))),
    new Set(entities.map((e) => [e.id, e.name, `×${e.mentions}`].join("|"))),
  );
  // The last mention of the text is far below the fold of the scrolling text box.
  const last = mentions.at(-1);
  const target = entities.find((e) => e.id === last.entity);
  const inView = () =>
    page.evaluate(() => {
      const flash = CSS.highlights.get("demo-flash");
      if (!flash) return null;
      const box = document.getElementById("highlighted").getBoundingClientRect();
      return [...flash].map((r) => {
        const rect = r.getBoundingClientRect();
        return [r.toString(), rect.top >= box.top && rect.bottom <= box.bottom && rect.top >= 0 && rect.bottom <= innerHeight];
      });
    });
  assert.equal(await inView(), null);
  await page.click(`#entities button[data-entity="${target.id}"]`);
  assert.deepEqual(await inView(), [[last.text, true]]);

  // Keyboard: an entity with several mentions; each Enter moves to the next one.
  const many = entities.find((e) => e.mentions >= 3);
  const spans = mentions.filter((m) => m.entity === many.id);
  await page.focus(`#entities button[data-entity="${many.id}"]`);
  await page.keyboard.press("Enter");
  assert.equal((await inView())[0][1], true);
  assert.equal(await page.textContent("#status"), `${many.name}: mention 1 of ${spans.length}`);
  await page.keyboard.press("Enter");
  assert.deepEqual((await inView()).map(([t]) => t), spans.map((m) => m.text));
  assert.equal((await inView())[1][1], true, "the second mention is in view");
  assert.equal(await page.textContent("#status"), `${many.name}: mention 2 of ${spans.length}`);
});

test("two SVG charts: mentions by type, and sentence difficulty whose bars take you to the sentence", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  await page.waitForSelector("#highlighted[data-sentences=true]");
  const analysis = analyze(SAMPLE, FULL_OPTIONS);
  const sentences = await sentenceDifficulty(analyze, analysis.key_sentences);

  const bars = await page.$$eval("#type-chart svg g.bar", (gs) => gs.map((g) => [g.dataset.label, Number(g.querySelector("text.value").textContent)]));
  const counts = {};
  for (const m of analysis.mentions) counts[m.label] = (counts[m.label] ?? 0) + 1;
  if (analysis.quotes.length) counts.QUOTE = analysis.quotes.length; // the legend's types, quotes too
  assert.deepEqual(Object.fromEntries(bars), counts);

  const levels = await page.$$eval("#difficulty-chart svg rect.sentence-bar", (rs) => rs.map((r) => r.getAttribute("class")));
  assert.deepEqual(levels, sentences.map((s) => `sentence-bar level-${s.level}`));
  // Click the hardest sentence's bar.
  const hardest = sentences.reduce((best, s, i) => (s.grade > sentences[best].grade ? i : best), 0);
  await page.click(`#difficulty-chart rect[data-index="${hardest}"]`);
  const flashed = await page.evaluate(() => [...CSS.highlights.get("demo-flash")].map((r) => r.toString()));
  assert.deepEqual(flashed, [sentences[hardest].text]);
  // Keyboard: the first bar is a tab stop; arrows move, Enter picks.
  await page.focus('#difficulty-chart rect[data-index="0"]');
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  assert.match(await page.textContent("#status"), /^Sentence 2 of \d+: grade /);
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.get("demo-flash")].map((r) => r.toString())), [sentences[1].text]);
});

test("the hard sentences view shades sentences by difficulty instead of entities", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  await page.waitForSelector("#highlighted[data-sentences=true]");
  const sentences = await sentenceDifficulty(analyze, analyze(SAMPLE, FULL_OPTIONS).key_sentences);
  await page.click("button[data-view=hard]");
  await page.waitForFunction(() => CSS.highlights.has("demo-hard") && !CSS.highlights.has("textlens-person"));
  const shaded = await page.evaluate(() =>
    Object.fromEntries(["demo-hard", "demo-very-hard"].map((n) => [n, [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString())])),
  );
  assert.deepEqual(shaded, {
    "demo-hard": sentences.filter((s) => s.level === "hard").map((s) => s.text),
    "demo-very-hard": sentences.filter((s) => s.level === "very-hard").map((s) => s.text),
  });
  assert.ok(shaded["demo-very-hard"].length > 0, "the sample has a very hard sentence to show");
  await page.click("button[data-view=entities]");
  await page.waitForFunction(() => !CSS.highlights.has("demo-hard") && CSS.highlights.has("textlens-person"));
});

test("the Redact toggle shows the text with personal data replaced, as redact() gives it, and back", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  const text = "😀 Dr. Samuel Reyes (reyes@example.org, 192.168.0.1) paid with 4111 1111 1111 1111. Reyes left.";
  await page.fill("#text", text);
  await waitShown(page, text);
  await page.click("#redact");
  await page.waitForSelector("#redacted[data-done=true]");
  const expected = redact(text).text;
  assert.match(expected, /\[EMAIL 1\].*\[IP_ADDRESS 1\].*\[CREDIT_CARD 1\]/);
  assert.equal(await page.textContent("#redacted"), expected);
  assert.equal(await page.getAttribute("#redact", "aria-pressed"), "true");
  assert.equal(await page.isVisible("#highlighted"), false);
  // Another text while the toggle is on is redacted too.
  const next = "Call +44 20 7946 0958 or write to ann@example.org.";
  await page.fill("#text", next);
  await page.waitForFunction((t) => document.getElementById("redacted").dataset.done === "true" && document.getElementById("redacted").textContent === t, redact(next).text);
  await page.click("#redact");
  assert.equal(await page.isVisible("#redacted"), false);
  await waitShown(page, next);
  assert.equal(await page.isVisible("#highlighted"), true);
});

test("each readability score is read out in plain words", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  const readings = await page.$$eval("#stats dd.reading", (dds) => Object.fromEntries(dds.map((d) => [d.dataset.reading, d.textContent])));
  assert.deepEqual(Object.keys(readings).sort(), [
    "automated_readability_index", "coleman_liau_index", "dale_chall_score", "flesch_kincaid_grade",
    "flesch_reading_ease", "gunning_fog", "smog_index",
  ]);
  const { stats } = analyze(SAMPLE);
  assert.ok(stats.flesch_reading_ease >= 50 && stats.flesch_reading_ease < 60);
  assert.equal(readings.flesch_reading_ease, "fairly hard: high school seniors");
  for (const text of Object.values(readings)) assert.match(text, /^[a-z].+: .+/);
});

test("opening or dropping a file: .txt as is, .md stripped, .html reduced to text and never loaded", async () => {
  const { page, requests } = await openDemo();
  await waitShown(page, SAMPLE);
  const html =
    '<!doctype html><html><head><title>Harbour news</title><style>p{color:red}</style>' +
    '<script>window.pwned = 1</script><link rel="stylesheet" href="http://192.0.2.1/x.css"></head>' +
    '<body><h1>Library opens</h1><p>Mayor <b>Helen Okafor</b> spoke in Lisbon.<img src="http://192.0.2.1/x.png" onerror="window.pwned=2"></p>' +
    "<ul><li>Write to info@example.org</li><li>Call 555-0142</li></ul><script>window.pwned = 3</script></body></html>";
  // Drop it on the page, as a file manager would.
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], "news.html", { type: "text/html" }));
    const target = document.getElementById("highlighted");
    for (const type of ["dragenter", "dragover", "drop"]) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, html);
  const text = "Harbour news\n\nLibrary opens\n\nMayor Helen Okafor spoke in Lisbon.\n\nWrite to info@example.org\n\nCall 555-0142";
  await waitShown(page, text);
  assert.equal(await page.inputValue("#text"), text);
  assert.deepEqual(await paintedRanges(page), expectedRanges(text));
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$("#highlighted img, #highlighted b"), null);
  assert.deepEqual(foreign(requests, session.url), []);
  // DOMParser's inert document inherits the page's CSP, and Chromium reports the file's inline style and
  // event handler as refused while parsing it (nothing of them would run there anyway): expected here.
  const refused = session.errors.filter((e) => /violates the following Content Security Policy/.test(e.message));
  assert.deepEqual(refused.map((e) => e.message.match(/^(Applying inline style|Executing inline event handler)/)?.[1]).sort(), ["Applying inline style", "Executing inline event handler"]);
  session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !refused.includes(e)));

  // Open a Markdown file with the file picker's input.
  await page.setInputFiles("#file", { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# Notes\n\n**Helen Okafor** visited [Lisbon](https://example.org/lisbon) on `Monday`.\n") });
  const md = "Notes\n\nHelen Okafor visited Lisbon on Monday.";
  await waitShown(page, md);
  assert.deepEqual(await paintedRanges(page), expectedRanges(md));
  // And plain text as it is.
  await page.setInputFiles("#file", { name: "plain.txt", mimeType: "text/plain", buffer: Buffer.from("# not a heading, **as typed**") });
  await waitShown(page, "# not a heading, **as typed**");
  // Anything else is refused with a message.
  await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) });
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("photo.png is not"));
});

test("export downloads the analysis as JSON, equal to analyze() of the text", async () => {
  const { page } = await openDemo();
  const text = "Helen Okafor opened the library in Port Elliot on Saturday. It cost $12.5 million.";
  await page.fill("#text", text);
  await page.click("#analyze");
  await waitShown(page, text);
  await page.waitForSelector("#highlighted[data-sentences=true]");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  assert.equal(download.suggestedFilename(), "textlens-analysis.json");
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(data.text, text);
  assert.deepEqual(data.analysis, analyze(text));
  const sentences = await sentenceDifficulty(analyze, analyze(text, FULL_OPTIONS).key_sentences);
  assert.deepEqual(data.sentences, sentences.map(({ start, end, grade, words, level }) => ({ start, end, grade, words, level })));
});

test("keyboard alone: every control is labelled and reachable with Tab", async () => {
  const { page } = await openDemo();
  await waitShown(page, SAMPLE);
  const unnamed = await page.$$eval("button, select, textarea, input, [tabindex]", (els) =>
    els
      .filter((el) => !el.hidden && el.getAttribute("tabindex") !== "-1")
      .filter((el) => {
        const labelled = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || [...(el.labels ?? [])].some((l) => l.textContent.trim());
        return !labelled && !el.textContent.trim();
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, []);
  // Tab from the top reaches the toolbar, the text, the views, the legend, the text box, the charts and the entities.
  const reached = new Set();
  await page.focus("body");
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => {
      const el = document.activeElement;
      return el.id || el.dataset.view || (el.dataset.label && "legend") || (el.dataset.entity && "entity") || (el.dataset.index && "bar") || el.tagName;
    }));
  }
  for (const stop of ["open", "sample", "export", "text", "analyze", "renderer", "entities", "hard", "legend", "highlighted", "bar", "entity"]) {
    assert.ok(reached.has(stop), `Tab reaches ${stop} (reached: ${[...reached].join(", ")})`);
  }
});

/** Relative luminance and contrast ratio (WCAG 2.x). */
function contrast(a, b) {
  const lum = ([r, g, b]) => {
    const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("highlight colours keep text contrast at 4.5:1 or more, in the light and the dark theme", async () => {
  // Every label pkg/highlight.css paints, and the demo's own sentence shades and flash.
  const css = readFileSync(new URL("../../pkg/highlight.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const labels = [...new Set([...css.matchAll(/::highlight\(textlens-([a-z0-9_-]+)\)/g)].map((m) => m[1]))];
  // tests/contracts.rs checks that the CSS paints exactly the labels the core reports; this
  // only guards the pattern above against matching nothing.
  assert.ok(labels.length >= 15, `labels found in the CSS: ${labels.join(", ")}`);
  const properties = [...labels.map((l) => `--textlens-${l}`), "--textlens-other", "--level-hard", "--level-very-hard", "--flash"];
  const backgrounds = {};
  for (const colorScheme of ["light", "dark"]) {
    const { page } = await openDemo({ colorScheme });
    const colours = await page.evaluate((props) => {
      const out = document.getElementById("highlighted");
      const probe = document.createElement("span");
      out.append(probe);
      const rgb = (value) => {
        probe.style.backgroundColor = "";
        probe.style.backgroundColor = value;
        return getComputedStyle(probe).backgroundColor.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      };
      const style = getComputedStyle(out);
      const result = {
        text: getComputedStyle(out).color.match(/\d+/g).slice(0, 3).map(Number),
        panel: style.backgroundColor.match(/\d+/g).slice(0, 3).map(Number),
        props: Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p).trim() && rgb(style.getPropertyValue(p).trim())])),
      };
      probe.remove();
      return result;
    }, properties);
    backgrounds[colorScheme] = colours.panel;
    for (const property of properties) {
      assert.ok(colours.props[property], `${colorScheme}: ${property} is defined`);
      const ratio = contrast(colours.text, colours.props[property]);
      assert.ok(ratio >= 4.5, `${colorScheme}: text on ${property} has contrast ${ratio.toFixed(2)}`);
    }
  }
  assert.ok(contrast(backgrounds.light, [0, 0, 0]) > 15 && contrast(backgrounds.dark, [0, 0, 0]) < 2, "the themes follow the system setting");
});

test("the Content-Security-Policy allows the import map by its hash, and nothing off the page's origin", async () => {
  const html = readFileSync(new URL("../../www/index.html", import.meta.url), "utf8");
  const map = html.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1];
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
  assert.ok(csp.includes(`'sha256-${createHash("sha256").update(map).digest("base64")}'`), "the import map's hash is in the CSP");
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /https?:|\*/);
});

test("the single-file build works opened from file://, with no network request at all", { skip: !existsSync(SINGLE_FILE) && "run scripts/build-wasm.sh first" }, async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on("pageerror", (err) => errors.push(err));
    page.on("console", (msg) => msg.type() === "error" && errors.push(new Error(msg.text())));
    page.on("request", (r) => requests.push(r.url()));
    const url = pathToFileURL(SINGLE_FILE).href;
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]");
    await waitShown(page, SAMPLE);
    assert.deepEqual(await paintedRanges(page), expectedRanges(SAMPLE));
    await page.waitForSelector("body[data-live=true]");
    const text = "Councillor James Whitfield of the Green Party wrote to info@example.org on Monday.";
    await page.fill("#text", text);
    await waitShown(page, text);
    assert.deepEqual(await paintedRanges(page), expectedRanges(text));
    await page.waitForSelector("#highlighted[data-sentences=true]");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    assert.deepEqual(JSON.parse(readFileSync(await download.path(), "utf8")).analysis, analyze(text));
    assert.deepEqual(requests.filter((u) => u !== url && !u.startsWith("blob:") && !u.startsWith("data:")), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("no page error, console error or CSP violation in any of the served pages above", () => {
  assert.deepEqual(session.errors.map(String), []);
});
