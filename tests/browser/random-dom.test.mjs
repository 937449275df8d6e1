// The highlighter on random DOM trees (issue 13, point 3), in real Chromium with the real wasm: trees from
// a seeded generator (fixtures/random-dom.js: nested inline elements, blocks, <br>, comments,
// contenteditable, open and closed shadow roots, iframes, <script>/<style>/<textarea> holding entity-like
// text) are highlighted and cleared with both renderers and come back byte-identical (outerHTML, shadow
// roots, textarea values, iframe documents and the text-node structure); a run aborted at any point leaves
// the tree identical; and text under the root changed during a run leaves, once the run is cancelled or
// cleared, exactly the tree the page's own edits made (checked against a twin tree that got the same edits
// and was never highlighted), with nothing painted over changed text.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

import { startSession } from "./chromium.mjs";

const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));
const RENDERERS = ["highlight-api", "mark"];
const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i);

let session;
before(async () => {
  session = await startSession({ mounts: [["/fixtures/", FIXTURES]] });
});
after(() => session?.close());

async function open() {
  const page = await session.open("/fixtures/random-dom.html");
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
  return page;
}

for (const renderer of RENDERERS) {
  test(`${renderer}: random trees are highlighted, left alone where they must be, and cleared byte-identical`, async () => {
    const page = await open();
    const outcome = await page.evaluate(async ({ seeds, renderer }) => {
      const root = tl.root();
      const failures = [];
      let marks = 0;
      let ranges = 0;
      let shadowMarks = 0;
      let shadowRoots = 0;
      let frames = 0;
      for (const seed of seeds) {
        const tree = randomDom.build(root, seed);
        await randomDom.loaded(tree.frames);
        shadowRoots += tree.roots.length;
        frames += tree.frames.length;
        const before = randomDom.serialize(root, tree);
        const framesBefore = tree.frames.map((f) => f.contentDocument.documentElement.outerHTML);
        const handle = await tl.highlight(root, { renderer, types: "all", shadowRoots: true });
        const during = randomDom.serialize(root, tree);
        if (renderer === "highlight-api" && during !== before) failures.push([seed, "the Highlight API changed the DOM"]);
        const all = [root, ...tree.roots];
        for (const r of all) {
          for (const mark of r.querySelectorAll("mark[data-textlens]")) {
            marks++;
            if (r !== root) shadowMarks++;
            if (mark.closest("script, style, textarea, iframe")) failures.push([seed, "a mark inside a left-alone element"]);
            if (r.mode === "closed") failures.push([seed, "a mark in a closed shadow root"]);
          }
        }
        const [markFailures, marked] = randomDom.checkMarks(handle, all);
        const [rangeFailures, painted] = randomDom.checkRanges(handle);
        for (const f of [...markFailures, ...rangeFailures]) failures.push([seed, f]);
        ranges += painted;
        if (renderer === "mark" && marked !== handle.painted) failures.push([seed, `${marked} mentions marked, handle says ${handle.painted}`]);
        if (tree.frames.some((f, i) => f.contentDocument.documentElement.outerHTML !== framesBefore[i])) {
          failures.push([seed, "an iframe was entered"]);
        }
        handle.clear();
        const after = randomDom.serialize(root, tree);
        if (after !== before) {
          let i = 0;
          while (after[i] === before[i]) i++;
          failures.push([seed, `after clear() at ${i}: ${JSON.stringify(before.slice(i - 40, i + 40))} became ${JSON.stringify(after.slice(i - 40, i + 40))}`]);
        }
        if ([...CSS.highlights.keys()].length) failures.push([seed, "highlights left registered"]);
      }
      return { failures, marks, ranges, shadowMarks, shadowRoots, frames };
    }, { seeds: SEEDS, renderer });
    assert.deepEqual(outcome.failures, []);
    // Not vacuous: the trees held shadow roots and iframes, and plenty got painted, inside shadow roots too.
    assert.ok(outcome.shadowRoots >= 10 && outcome.frames >= 5, JSON.stringify(outcome));
    if (renderer === "mark") assert.ok(outcome.marks > 200 && outcome.shadowMarks > 5, JSON.stringify(outcome));
    else assert.ok(outcome.ranges > 200, JSON.stringify(outcome));
    assert.deepEqual(session.errors, []);
    await page.close();
  });

  test(`${renderer}: a run aborted at any point rejects with AbortError and leaves the tree byte-identical`, async () => {
    const page = await open();
    const outcome = await page.evaluate(async ({ seeds, renderer }) => {
      const root = tl.root();
      const failures = [];
      const phases = new Set();
      let aborted = 0;
      for (const seed of seeds) {
        const tree = randomDom.build(root, seed, { iframes: false });
        const before = randomDom.serialize(root, tree);
        const controller = new AbortController();
        const at = seed % 11; // the progress report at which to abort
        let calls = 0;
        let handle = null;
        try {
          handle = await tl.highlight(root, {
            renderer,
            types: "all",
            shadowRoots: true,
            sliceBudget: 0.05,
            signal: controller.signal,
            onProgress: (p) => {
              if (calls++ === at) {
                phases.add(p.phase);
                controller.abort();
              }
            },
          });
        } catch (err) {
          if (err.name !== "AbortError") failures.push([seed, `rejected with ${err.name}: ${err.message}`]);
          aborted++;
        }
        handle?.clear();
        if (randomDom.serialize(root, tree) !== before) failures.push([seed, "the tree changed"]);
      }
      return { failures, aborted, phases: [...phases].sort() };
    }, { seeds: SEEDS, renderer });
    assert.deepEqual(outcome.failures, []);
    assert.ok(outcome.aborted >= 10, JSON.stringify(outcome));
    assert.ok(outcome.phases.includes("render") && outcome.phases.includes("gather"), JSON.stringify(outcome));
    await page.close();
  });

  test(`${renderer}: text changed during a run is never painted over, and cancelling or clearing leaves the page's own edits exactly`, async () => {
    const page = await open();
    const outcome = await page.evaluate(async ({ seeds, renderer }) => {
      const root = tl.root();
      const twin = document.getElementById("twin");
      const failures = [];
      let edited = 0;
      let cancelled = 0;
      let stale = 0;
      const phases = new Set();
      const textNodes = (container) => {
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement.closest("script, style, textarea") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        const out = [];
        while (walker.nextNode()) out.push(walker.currentNode);
        return out;
      };
      for (const seed of seeds) {
        const tree = randomDom.build(root, seed, { iframes: false });
        const twinTree = randomDom.build(twin, seed, { iframes: false });
        // The same edits for both trees, chosen from the seed, on nodes picked before the run.
        const plan = (container) => {
          const texts = textNodes(container);
          const elements = [...container.querySelectorAll("span, b, i, em, p, div, li")];
          return {
            text: texts[seed % Math.max(texts.length, 1)],
            element: elements[(seed * 7) % Math.max(elements.length, 1)],
          };
        };
        const mine = plan(root);
        const theirs = plan(twin);
        const edit = (targets, container) => {
          if (targets.text) targets.text.data = `changed dana@example.org ${targets.text.data.length}`;
          targets.element?.remove();
          const p = document.createElement("p");
          p.append("added erin@example.org");
          container.append(p);
        };
        // With marks, text nodes split as soon as painting starts: edit them before it (the Highlight
        // API leaves the DOM alone, so it is edited at any point).
        const at = renderer === "mark" ? seed % 3 : seed % 7;
        const cancel = seed % 2 === 0;
        let calls = 0;
        let handle = null;
        const controller = new AbortController();
        try {
          handle = await tl.highlight(root, {
            renderer,
            types: "all",
            shadowRoots: true,
            sliceBudget: 0.05,
            signal: controller.signal,
            onProgress: (p) => {
              if (calls++ !== at || (renderer === "mark" && p.phase === "render")) return;
              edit(mine, root);
              edited++;
              phases.add(p.phase);
              if (cancel) controller.abort(); // the page, seeing its content change, cancels the run
            },
          });
        } catch (err) {
          if (err.name !== "AbortError") failures.push([seed, `rejected with ${err.name}`]);
          cancelled++;
        }
        if (calls > at) edit(theirs, twin);
        if (handle) {
          const [markFailures, marked] = randomDom.checkMarks(handle, [root, ...tree.roots]);
          const [rangeFailures] = randomDom.checkRanges(handle);
          for (const f of [...markFailures, ...rangeFailures]) failures.push([seed, f]);
          if (renderer === "mark") stale += handle.mentions.length - marked;
          handle.clear();
        }
        const got = randomDom.serialize(root, tree);
        const want = randomDom.serialize(twin, twinTree).replace('<div id="twin">', '<div id="root">');
        if (got !== want) {
          let i = 0;
          while (got[i] === want[i]) i++;
          failures.push([seed, `at ${i}: ${JSON.stringify(want.slice(i - 40, i + 40))} but ${JSON.stringify(got.slice(i - 40, i + 40))}`]);
        }
      }
      return { failures, edited, cancelled, stale, phases: [...phases].sort() };
    }, { seeds: SEEDS, renderer });
    assert.deepEqual(outcome.failures, []);
    assert.ok(outcome.edited >= 30 && outcome.cancelled >= 10, JSON.stringify(outcome));
    if (renderer === "mark") assert.ok(outcome.stale > 0, `some mentions went stale and were skipped: ${JSON.stringify(outcome)}`);
    else assert.ok(outcome.phases.includes("render"), `edited while painting: ${JSON.stringify(outcome)}`);
    assert.deepEqual(session.errors, []);
    await page.close();
  });
}
