// The highlighting benchmark in real Chromium (Debian's, through playwright-core):
//   node bench/highlight/run.mjs [--runs N]
// On a generated ~1 MB page with ~20,000 text nodes it measures, in fresh pages of the same browser:
//   - textlens highlight() with the Highlight API renderer and with the mark renderer: total time from
//     the call until the next frame is painted, and the longest main-thread task meanwhile;
//   - mark.js 8.11.1 (npm) marking the same entity strings (every distinct mention text textlens found)
//     with acrossElements, as one alternation RegExp (markRegExp: one pass over the DOM, the fastest way
//     mark.js offers to mark many strings), measured the same way. mark.js is the baseline of the ratios.
// The longest task comes from a Chromium trace (every top-level task on the page's main thread,
// including style, layout and paint), between two performance marks.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../../tests/browser/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";
import { generatePage } from "./generate-page.mjs";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;

const dir = mkdtempSync(join(tmpdir(), "textlens-bench-"));
writeFileSync(join(dir, "page.html"), generatePage());
writeFileSync(join(dir, "page-nocss.html"), generatePage({ css: false }));
const server = await serve({
  port: 0,
  mounts: [["/bench/", dir], ["/vendor/", join(REPO, "node_modules/mark.js/dist")]],
});
const browser = await launch();

/** Runs `body` (a page function) in a fresh page under a trace; returns its result and the longest task. */
async function measure(body, arg, file = "page.html") {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(`${server.url}bench/${file}`);
  await page.evaluate(() => import("/pkg/highlight.js").then(() => import("/pkg/index.js")));
  // Start from a rendered page: the first layout of the page is not part of anybody's time.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  await browser.startTracing(page, {
    categories: ["toplevel", "blink.user_timing", "devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  const result = await page.evaluate(body, arg);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  await page.close();
  if (errors.length) throw errors[0];
  return { ...result, ...longestTask(trace) };
}

function longestTask(trace) {
  const events = trace.traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes("blink.user_timing"));
  const from = mark("bench-start")?.ts;
  const to = mark("bench-end")?.ts;
  let longest = 0;
  let longestCpu = 0;
  let over50 = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.ph !== "X" || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    // "RunTask" is what DevTools shows as a Task (it also covers work outside the scheduler's tasks).
    if (e.name !== "ThreadControllerImpl::RunTask" && e.name !== "RunTask") continue;
    if (e.ts + e.dur < from || e.ts > to) continue;
    tasks++;
    longest = Math.max(longest, e.dur / 1000);
    // tdur: the thread's CPU time in the task, which other processes on a busy machine do not inflate.
    if (typeof e.tdur === "number") longestCpu = Math.max(longestCpu, e.tdur / 1000);
    if (e.dur > 50_000) over50++;
  }
  return { longestTaskMs: longest, longestTaskCpuMs: longestCpu, tasksOver50: over50, tasks };
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));

async function textlensRun({ renderer, paint, noWorker }) {
  if (noWorker) globalThis.Worker = undefined; // as on a page whose CSP forbids workers
  const { highlight } = await import("/pkg/highlight.js");
  const root = document.getElementById("root");
  const textNodes = document.evaluate(".//text()", root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength;
  const html = document.documentElement.outerHTML.length;
  performance.mark("bench-start");
  const t0 = performance.now();
  const handle = await highlight(root, { renderer, ...(paint ? { paint } : {}) });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = performance.now() - t0;
  performance.mark("bench-end");
  const strings = [...new Set(handle.mentions.map((m) => m.text))];
  return { ms, painted: handle.painted, mentions: handle.mentions.length, strings, textNodes, html, chunks: handle.chunks };
}

async function markjsRun(strings) {
  const root = document.getElementById("root");
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Longest first, so that a string which is a prefix of another does not win the alternation.
  const regexp = new RegExp([...strings].sort((a, b) => b.length - a.length).map(escape).join("|"), "g");
  performance.mark("bench-start");
  const t0 = performance.now();
  const count = await new Promise((done) => new Mark(root).markRegExp(regexp, { acrossElements: true, done }));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = performance.now() - t0;
  performance.mark("bench-end");
  return { ms, painted: count, marks: root.querySelectorAll("mark").length };
}

const loadBefore = loadavg()[0];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const VARIANTS = {
  "textlens, Highlight API (default: paints the ranges near the viewport)": [{ renderer: "highlight-api" }],
  "textlens, Highlight API, paint: \"all\" (every range registered)": [{ renderer: "highlight-api", paint: "all" }],
  "textlens, Highlight API, default, page without highlight.css (adopts its sheet)": [{ renderer: "highlight-api" }, "page-nocss.html"],
  "textlens, mark renderer": [{ renderer: "mark" }],
  "textlens, Highlight API, no worker (one main-thread Analyzer)": [{ renderer: "highlight-api", noWorker: true }],
};
const results = Object.fromEntries([...Object.keys(VARIANTS), "mark.js markRegExp"].map((k) => [k, []]));
let strings;
let info;
try {
  for (let r = 0; r < runs; r++) {
    for (const [name, [arg, file]] of Object.entries(VARIANTS)) {
      const result = await measure(textlensRun, arg, file);
      strings = result.strings;
      info ??= { textNodes: result.textNodes, html: result.html, mentions: result.mentions, strings: strings.length, chunks: result.chunks };
      delete result.strings;
      results[name].push(result);
    }
    results["mark.js markRegExp"].push(await measure(markjsRun, strings));
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`load average (1 min) before: ${loadBefore.toFixed(2)}, after: ${loadavg()[0].toFixed(2)}, on ${(await import("node:os")).cpus().length} cores`);
console.log(`page: ${info.html} bytes of HTML, ${info.textNodes} text nodes; ${info.mentions} mentions ` +
  `(${info.strings} distinct strings), analysed in ${info.chunks} chunk(s); ${runs} runs each, medians`);
const base = median(results["mark.js markRegExp"].map((x) => x.ms));
console.log("| run | total ms (median) | ratio to mark.js | longest main-thread task, wall ms (median / max) | longest task, CPU ms (median / max) | tasks > 50 ms wall (max) | painted |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, list] of Object.entries(results)) {
  const ms = median(list.map((x) => x.ms));
  const longest = list.map((x) => x.longestTaskMs);
  const cpu = list.map((x) => x.longestTaskCpuMs);
  console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / base).toFixed(2)} | ${median(longest).toFixed(1)} / ${Math.max(...longest).toFixed(1)} | ` +
    `${median(cpu).toFixed(1)} / ${Math.max(...cpu).toFixed(1)} | ` +
    `${Math.max(...list.map((x) => x.tasksOver50))} | ${list[0].painted} |`);
}
