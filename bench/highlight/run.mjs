// The highlighting benchmark in real Chromium (Debian's, through playwright-core):
//   node bench/highlight/run.mjs [--runs N] [--renderer mark|highlight-api] [--breakdown | --samples] [--save-traces DIR] [--baseline PKG_COPY]
//   --renderer: only the textlens variants of that renderer (mark.js still runs, as the baseline);
//   --breakdown: for each run, what its three longest tasks were made of (trace events by name, self
//   time); --save-traces DIR writes each run's trace there (Chromium's JSON, for DevTools); --samples adds the V8 sampling profiler's view of their JavaScript (it slows the run).
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
const argValue = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(argValue("--runs")) || 5;
const onlyRenderer = argValue("--renderer");
if (onlyRenderer !== undefined && !["mark", "highlight-api"].includes(onlyRenderer)) {
  throw new Error(`--renderer must be "mark" or "highlight-api", got ${JSON.stringify(onlyRenderer)}`);
}
const samples = process.argv.includes("--samples");
const breakdown = samples || process.argv.includes("--breakdown");
const traceDir = argValue("--save-traces");
// --baseline DIR: a copy of pkg/ from another build (with its pkg/gen), served at /base-pkg/; every
// textlens variant then also runs against it, interleaved, as "(baseline)".
const baselineDir = argValue("--baseline");
let traceCount = 0;

const dir = mkdtempSync(join(tmpdir(), "textlens-bench-"));
writeFileSync(join(dir, "page.html"), generatePage());
writeFileSync(join(dir, "page-nocss.html"), generatePage({ css: false }));
const server = await serve({
  port: 0,
  mounts: [["/bench/", dir], ["/vendor/", join(REPO, "node_modules/mark.js/dist")], ...(baselineDir ? [["/base-pkg/", baselineDir]] : [])],
});
const browser = await launch();

/** Runs `body` (a page function) in a fresh page under a trace; returns its result and the longest task. */
async function measure(body, arg, file = "page.html") {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(`${server.url}bench/${file}`);
  const pkg = arg?.pkg ?? "/pkg/";
  await page.evaluate((pkg) => import(`${pkg}highlight.js`).then(() => import(`${pkg}index.js`)), pkg);
  // Start from a rendered page: the first layout of the page is not part of anybody's time.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  await browser.startTracing(page, {
    categories: ["toplevel", "blink.user_timing", "devtools.timeline", "disabled-by-default-devtools.timeline",
      ...(breakdown ? ["blink", "v8", "disabled-by-default-v8.gc"] : []),
      ...(samples ? ["disabled-by-default-v8.cpu_profiler"] : [])],
  });
  const result = await page.evaluate(body, arg);
  const raw = await browser.stopTracing();
  if (traceDir) writeFileSync(join(traceDir, `trace-${++traceCount}-${arg.renderer ?? "markjs"}${arg.noWorker ? "-noworker" : ""}${arg.pkg ? "-baseline" : ""}.json`), raw);
  const trace = JSON.parse(raw.toString("utf8"));
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
  const counted = [];
  const candidates = events
    .filter((e) => e.ph === "X" && mainThreads.has(`${e.pid}:${e.tid}`) &&
      // "RunTask" is what DevTools shows as a Task (it also covers work outside the scheduler's tasks).
      (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") && e.ts + e.dur >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let outer = null;
  for (const e of candidates) {
    // The two names nest (a RunTask inside a ThreadControllerImpl::RunTask): count the outer one once.
    if (outer && e.tid === outer.tid && e.pid === outer.pid && e.ts + e.dur <= outer.ts + outer.dur) continue;
    outer = e;
    tasks++;
    counted.push(e);
    longest = Math.max(longest, e.dur / 1000);
    // tdur: the thread's CPU time in the task, which other processes on a busy machine do not inflate.
    if (typeof e.tdur === "number") longestCpu = Math.max(longestCpu, e.tdur / 1000);
    if (e.dur > 50_000) over50++;
  }
  const result = { longestTaskMs: longest, longestTaskCpuMs: longestCpu, tasksOver50: over50, tasks };
  if (breakdown) {
    // The three longest tasks, each with what it was made of.
    result.breakdown = counted.sort((a, b) => b.dur - a.dur).slice(0, 3).flatMap((task, i) => [
      `task ${i + 1}: ${(task.dur / 1000).toFixed(1)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU, ` +
        `${((task.ts - from) / 1000).toFixed(0)} ms after the start`,
      ...[...taskBreakdown(events, task).slice(0, 8), ...samplesIn(events, task)].map((line) => `  ${line}`),
    ]);
  }
  return result;
}

/**
 * The JavaScript the V8 sampling profiler saw during one task (trace category
 * disabled-by-default-v8.cpu_profiler): sampled time by leaf function, and by the innermost frame
 * of the package's own code (pkg/) on the stack.
 */
function samplesIn(events, task) {
  const nodes = new Map();
  const samples = [];
  const starts = new Map();
  for (const e of events) {
    if (e.name === "Profile" && e.pid === task.pid) starts.set(e.id, e.args.data.startTime);
  }
  const clock = new Map();
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== task.pid) continue;
    const d = e.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${n.id}`, { ...n, key: `${e.id}:${n.id}`, parentKey: n.parent === undefined ? null : `${e.id}:${n.parent}` });
    let t = clock.get(e.id) ?? starts.get(e.id) ?? 0;
    (d.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += d.timeDeltas?.[i] ?? 0;
      samples.push({ node: `${e.id}:${id}`, ts: t });
    });
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.ts - b.ts);
  const leaf = new Map();
  const own = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  const name = (n) => `${n.callFrame.functionName || "(anonymous)"} ${String(n.callFrame.url ?? "").split("/").slice(-2).join("/")}:${(n.callFrame.lineNumber ?? -1) + 1}`;
  for (let i = 0; i + 1 < samples.length; i++) {
    const { node, ts } = samples[i];
    if (ts < task.ts || ts >= task.ts + task.dur) continue;
    const us = Math.min(samples[i + 1].ts, task.ts + task.dur) - ts;
    let n = nodes.get(node);
    if (!n) continue;
    add(leaf, name(n), us);
    let mine = "(no pkg/ frame)";
    for (; n; n = n.parentKey && nodes.get(n.parentKey)) {
      if (String(n.callFrame.url ?? "").includes("/pkg/")) {
        mine = name(n);
        break;
      }
    }
    add(own, mine, us);
  }
  const top = (map, title) => [...map].filter(([, us]) => us >= 500).sort((a, b) => b[1] - a[1]).slice(0, 6)
    .map(([key, us]) => `${title} ${(us / 1000).toFixed(1)} ms ${key}`);
  return [...top(own, "js (innermost pkg/ frame)"), ...top(leaf, "js (leaf)")];
}

/**
 * What one task was made of: the complete ("X") events nested in it on its thread, by name (for a
 * FunctionCall, with the function and line), each with its self time (its duration less its
 * children's), largest first; the rest of the task is "(task itself)".
 */
function taskBreakdown(events, task) {
  const end = task.ts + task.dur;
  const inside = events
    .filter((e) => e !== task && e.ph === "X" && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const add = (key, us) => self.set(key, (self.get(key) ?? 0) + us);
  const stack = [{ key: "(task itself)", end, dur: task.dur, children: 0 }];
  const close = (frame) => add(frame.key, frame.dur - frame.children);
  for (const e of inside) {
    while (stack.length > 1 && stack[stack.length - 1].end <= e.ts) close(stack.pop());
    stack[stack.length - 1].children += e.dur;
    const d = e.args?.data;
    const where = d?.functionName || d?.url ? ` ${d.functionName || "(anonymous)"} ${String(d.url ?? "").split("/").pop()}:${d.lineNumber ?? ""}` : "";
    stack.push({ key: `${e.name}${where}`, end: e.ts + e.dur, dur: e.dur, children: 0 });
  }
  while (stack.length) close(stack.pop());
  return [...self].filter(([, us]) => us >= 500).sort((a, b) => b[1] - a[1]).map(([key, us]) => `${(us / 1000).toFixed(1)} ms ${key}`);
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));

async function textlensRun({ renderer, paint, noWorker, pkg = "/pkg/" }) {
  if (noWorker) globalThis.Worker = undefined; // as on a page whose CSP forbids workers
  const { highlight } = await import(`${pkg}highlight.js`);
  const root = document.getElementById("root");
  const textNodes = document.evaluate(".//text()", root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength;
  const html = document.documentElement.outerHTML.length;
  performance.mark("bench-start");
  const t0 = performance.now();
  const handle = await highlight(root, { renderer, ...(paint ? { paint } : {}) });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = performance.now() - t0;
  performance.mark("bench-end");
  // What follows is the benchmark's own bookkeeping: in a task of its own, outside the measured ones.
  await new Promise((r) => setTimeout(r, 0));
  const strings = [...new Set(handle.mentions.map((m) => m.text))];
  // What the page holds now (after the measurement): equal fingerprints, equal DOM (marks, attributes).
  const after = root.innerHTML;
  let hash = 0x811c9dc5;
  for (let i = 0; i < after.length; i++) hash = Math.imul(hash ^ after.charCodeAt(i), 0x01000193);
  const fingerprint = `${after.length}:${(hash >>> 0).toString(16)}`;
  return { ms, painted: handle.painted, mentions: handle.mentions.length, strings, textNodes, html, chunks: handle.chunks, fingerprint };
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
  "textlens, mark renderer, no worker (one main-thread Analyzer)": [{ renderer: "mark", noWorker: true }],
};
if (onlyRenderer) for (const name of Object.keys(VARIANTS)) if (VARIANTS[name][0].renderer !== onlyRenderer) delete VARIANTS[name];
if (baselineDir) {
  for (const [name, [arg, file]] of Object.entries(VARIANTS)) {
    delete VARIANTS[name];
    VARIANTS[`${name} (baseline)`] = [{ ...arg, pkg: "/base-pkg/" }, file];
    VARIANTS[name] = [arg, file];
  }
}
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
      result.name = name;
      if (result.breakdown) {
        console.log(`${name}, run ${r + 1}:`);
        for (const line of result.breakdown) console.log(`    ${line}`);
      }
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
console.log(`| run | total ms (median) | ratio to mark.js |${baselineDir ? " ratio to baseline |" : ""} longest main-thread task, wall ms (median / max) | longest task, CPU ms (median / max) | tasks > 50 ms wall (max) | painted |`);
console.log(`| --- | ---: | ---: |${baselineDir ? " ---: |" : ""} ---: | ---: | ---: | ---: |`);
const notes = [];
for (const [name, list] of Object.entries(results)) {
  const ms = median(list.map((x) => x.ms));
  const baseline = results[`${name} (baseline)`];
  const toBaseline = !baselineDir ? "" : baseline ? ` ${(ms / median(baseline.map((x) => x.ms))).toFixed(2)} |` : " |";
  if (baseline && new Set([...list, ...baseline].map((x) => x.fingerprint)).size > 1) {
    notes.push(`NOTE: ${name}: the page's DOM after highlighting differs from the baseline's`);
  }
  const longest = list.map((x) => x.longestTaskMs);
  const cpu = list.map((x) => x.longestTaskCpuMs);
  console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / base).toFixed(2)} |${toBaseline} ${median(longest).toFixed(1)} / ${Math.max(...longest).toFixed(1)} | ` +
    `${median(cpu).toFixed(1)} / ${Math.max(...cpu).toFixed(1)} | ` +
    `${Math.max(...list.map((x) => x.tasksOver50))} | ${list[0].painted} |`);
}
if (baselineDir && !notes.length) console.log("every variant left the same DOM as its baseline (innerHTML fingerprints)");
for (const note of notes) console.log(note);
