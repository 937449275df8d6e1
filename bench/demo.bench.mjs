// How fast the demo page gives its first impression, in Chromium (headless, Debian's build):
//   first highlight  navigation start → the sample painted (the page's first "textlens-shown" mark), and
//                    the same after the load event; "live" is when the worker has compiled the wasm and
//                    finished its warm-up analysis (the page's "textlens-live" mark)
//   re-analysis      a 3 KB text put in the box (its own layout timed apart), then "Analyse now" pressed
//                    (no debounce) → painted with every panel filled, and → the next frame rendered; also
//                    the worker's analyze() round trip alone, and the time until the sentence grades are in
// for the served page (127.0.0.1) and the single-file build (file://). Figures are printed, never asserted.
// Usage: scripts/build-wasm.sh && node bench/demo.bench.mjs [--loads 7] [--runs 20]
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

import { launch } from "../tests/browser/chromium.mjs";
import { serve } from "../scripts/serve.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg("loads", 7);
const RUNS = arg("runs", 20);
const SINGLE_FILE = fileURLToPath(new URL("../dist/textlens-demo.html", import.meta.url));

/** A 3 KB news-style text: the demo's article followed by the short sample, cut to 3 KB (with the run's suffix). */
const article = readFileSync(new URL("../www/samples/article.txt", import.meta.url), "utf8");
const short = readFileSync(new URL("../www/samples/sample.txt", import.meta.url), "utf8");
const TEXT_3KB = (article + "\n\n" + short + "\n\n" + short).slice(0, 3050);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;

async function measure(browser, url) {
  const first = [];
  const afterLoad = [];
  const live = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector("body[data-live=true]", { timeout: 30_000 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const shown = performance.getEntriesByName("textlens-shown")[0].startTime;
      return { shown, load: nav.loadEventStart, live: performance.getEntriesByName("textlens-live")[0].startTime };
    });
    first.push(t.shown);
    afterLoad.push(t.shown - t.load);
    live.push(t.live);
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-live=true]", { timeout: 30_000 });
  const painted = [];
  const framed = [];
  const graded = [];
  const boxes = [];
  const worker = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const text = `${TEXT_3KB} run ${String(i).padStart(3, "0")}.`; // 3 KB, new each time
    const r = await page.evaluate(async (t) => {
      const input = document.getElementById("text");
      const out = document.getElementById("highlighted");
      const when = (test) =>
        new Promise((resolve) => {
          if (test()) return resolve();
          const mo = new MutationObserver(() => test() && (mo.disconnect(), resolve()));
          mo.observe(out, { attributes: true });
        });
      // The box's own update (Chromium lays out and paints the textarea with its new 3 KB value: about
      // 9 ms here, the browser's editing, paid whatever the page does) is timed apart, then the re-analysis.
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const tBox = performance.now();
      input.value = t;
      await frame();
      const box = performance.now() - tBox;
      const t0 = performance.now();
      document.getElementById("analyze").click();
      await when(() => out.dataset.done === "true" && out.textContent === t);
      const t1 = performance.now();
      await frame();
      const t2 = performance.now();
      await when(() => out.dataset.sentences === "true");
      return { painted: t1 - t0, framed: t2 - t0, graded: performance.now() - t0, box };
    }, text);
    if (i < 3) continue; // the first runs warm the JIT up
    painted.push(r.painted);
    framed.push(r.framed);
    graded.push(r.graded);
    boxes.push(r.box);
  }
  // The worker round trip alone (served page only: the single-file page has no import map).
  if (url.startsWith("http")) {
    for (let i = 0; i < RUNS; i++) {
      worker.push(
        await page.evaluate(async (t) => {
          const { analyze } = await import("textlens/worker");
          const t0 = performance.now();
          await analyze(t);
          return performance.now() - t0;
        }, `${TEXT_3KB} worker ${i}.`),
      );
    }
  }
  await page.close();
  return { first, afterLoad, live, painted, framed, graded, boxes, worker };
}

const browser = await launch();
const server = await serve({ port: 0 });
const forms = [["served (127.0.0.1)", server.url]];
if (existsSync(SINGLE_FILE)) forms.push(["single file (file://)", pathToFileURL(SINGLE_FILE).href]);
else console.log("(dist/textlens-demo.html missing: run scripts/build-wasm.sh for the single-file figures)");
try {
  for (const [name, url] of forms) {
    const r = await measure(browser, url);
    console.log(`\n${name}: ${LOADS} loads, ${RUNS} re-analyses of ${Buffer.byteLength(`${TEXT_3KB} run 000.`)} B`);
    console.log(`  first highlight of the sample, from navigation start: ${fmt(r.first)}`);
    console.log(`  first highlight of the sample, after the load event:   ${fmt(r.afterLoad)}`);
    console.log(`  live (worker compiled and warmed up), from navigation: ${fmt(r.live)}`);
    console.log(`  the textarea taking a new 3 KB value (browser editing):  ${fmt(r.boxes)}`);
    console.log(`  re-analysis of 3 KB, click → painted, panels filled:   ${fmt(r.painted)}`);
    console.log(`  re-analysis of 3 KB, click → next frame rendered:      ${fmt(r.framed)}`);
    console.log(`  re-analysis of 3 KB, click → sentence grades in:       ${fmt(r.graded)}`);
    if (r.worker.length) console.log(`  worker analyze() round trip alone, 3 KB:              ${fmt(r.worker)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
