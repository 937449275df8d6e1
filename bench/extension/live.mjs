// Live mode on a long page: how long the page's main-thread tasks get while the extension keeps up
// with an infinite-scroll feed, against the same scrolling with nothing highlighted (the baseline).
//   scripts/build-extension.sh && node bench/extension/live.mjs [--rounds N] [--paragraphs N] [dist ...]
// Page: tests/extension/pages/infinite.html?long=N (N paragraphs with one e-mail each, then batches of
// 20 appended paragraphs, one per scroll to the bottom). Per round and mode (alternating), a fresh tab:
//   - baseline: 10 scrolls, each followed by 300 ms of quiet;
//   - live: highlightTab(tab, { live: true }) first (not measured), then 10 scrolls, each waited for
//     until the batch's last e-mail is painted.
// Two measurements of the scrolling phase: the longest PerformanceObserver "longtask" (wall time, what
// the test reports), and from a DevTools trace of the renderer's main thread (CrRendererMain) the
// longest RunTask in wall time and in thread CPU time — on a shared machine a task's wall time includes
// the time the thread waited for a core, its CPU time does not. `dist` (default extension/dist) may be
// given several times to compare builds. Prints medians over the rounds and live / baseline ratios.
import { startExtension } from "../../tests/extension/harness.mjs";

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const rounds = arg("--rounds", 3);
const paragraphs = arg("--paragraphs", 3000);
const dists = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const SCROLLS = 10;
const BATCH = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const observeLongTasks = () => {
  globalThis.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
};

async function measure(ext, live) {
  const { page, tabId } = await ext.openPage(`infinite.html?long=${paragraphs}&batch=${BATCH}`, { init: observeLongTasks });
  await page.waitForTimeout(300);
  let mentions = 0;
  if (live) mentions = (await ext.highlightTab(tabId, { live: true })).mentions;
  const cdp = await ext.context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
  const from = await page.evaluate(() => performance.now());
  for (let k = 1; k <= SCROLLS; k++) {
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction((n) => globalThis.feedItems() >= n, k * BATCH);
    const n = await page.evaluate(() => globalThis.feedItems());
    if (live) {
      await page.waitForFunction((address) => [...(CSS.highlights.get("textlens-email") ?? [])].some((r) => r.toString() === address), `reader${n}@example.org`, { polling: 100 });
    } else {
      await page.waitForTimeout(300);
    }
  }
  await cdp.send("Tracing.end");
  await complete;
  const longTasks = (await page.evaluate(() => globalThis.__longTasks)).filter((t) => t.start >= from);
  const main = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && main.has(`${e.pid}:${e.tid}`));
  if (live) await ext.clearTab(tabId);
  await cdp.detach();
  await page.close();
  return {
    longtask: Math.max(0, ...longTasks.map((t) => t.duration)),
    over50: longTasks.length,
    wall: Math.max(0, ...tasks.map((t) => t.dur / 1000)),
    cpu: Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)),
    mentions,
  };
}

for (const dist of dists.length ? dists : [undefined]) {
  if (dist) process.env.TEXTLENS_EXTENSION_DIST = dist;
  const ext = await startExtension();
  const results = { baseline: [], live: [] };
  for (let round = 0; round < rounds; round++) {
    results.baseline.push(await measure(ext, false));
    results.live.push(await measure(ext, true));
  }
  await ext.close();
  const row = (mode) => {
    const r = results[mode];
    return {
      longtask: median(r.map((x) => x.longtask)), over50: median(r.map((x) => x.over50)),
      wall: median(r.map((x) => x.wall)), cpu: median(r.map((x) => x.cpu)),
    };
  };
  const base = row("baseline");
  const live = row("live");
  const f = (x) => x.toFixed(1);
  console.log(`${dist ?? "extension/dist"}: ${paragraphs} paragraphs (${results.live[0].mentions} mentions at first), ${SCROLLS} scrolls of ${BATCH} paragraphs, median of ${rounds}`);
  console.log(`  longest "longtask" (wall): baseline ${f(base.longtask)} ms (${base.over50} over 50 ms), live ${f(live.longtask)} ms (${live.over50} over 50 ms)`);
  console.log(`  longest main-thread task, wall: baseline ${f(base.wall)} ms, live ${f(live.wall)} ms, ratio ${(live.wall / base.wall).toFixed(2)}`);
  console.log(`  longest main-thread task, CPU:  baseline ${f(base.cpu)} ms, live ${f(live.cpu)} ms, ratio ${(live.cpu / base.cpu).toFixed(2)}`);
  console.log(`  each round: ${JSON.stringify(results.live.map((x) => [Math.round(x.longtask), Math.round(x.wall), Math.round(x.cpu)]))} (live: longtask, wall, cpu)`);
}
