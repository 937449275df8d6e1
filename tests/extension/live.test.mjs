// Live mode on an infinite-scroll feed served from 127.0.0.1 with `Content-Security-Policy:
// script-src 'self'`: paragraphs the page appends are highlighted and listed in the side panel, a click
// scrolls to them, Clear leaves the DOM as the page made it, a same-document navigation stops live
// mode; and, on a long page, how long the main thread's longest task is while live mode keeps up
// (PerformanceObserver "longtask"): reported as a measurement (bench/README.md), never asserted.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { paintedHighlights, startExtension } from "./harness.mjs";

let ext;
before(async () => {
  ext = await startExtension();
});
after(() => ext?.close());

/** Waits until every e-mail address in the feed is painted (and no other e-mail): live mode caught up. */
function waitForFeedPainted(page) {
  return page.waitForFunction(() => {
    const painted = [...(CSS.highlights.get("textlens-email") ?? [])].map((r) => r.toString()).sort();
    const expected = [...document.body.innerText.matchAll(/\b[\w.]+@example\.org\b/g)].map((m) => m[0]).sort();
    return painted.join() === expected.join();
  }, null, { polling: 100 });
}

/** Scrolls the feed to its bottom, so that it appends a batch; resolves once it has `count` items. */
async function scrollForMore(page, count) {
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction((n) => globalThis.feedItems() >= n, count);
}

test("live mode highlights the paragraphs an infinite-scroll page appends; the side panel follows", async () => {
  const { page, tabId } = await ext.openPage("infinite.html");
  const panel = await ext.openSidePanel();
  await panel.check("#live");
  await panel.waitForFunction(async () => (await chrome.storage.local.get("live")).live === true);
  await panel.click("#highlight");
  await panel.waitForSelector("#results:not([hidden])");
  assert.match(await panel.textContent("#status"), /highlighted \(live\)\.$/);
  assert.deepEqual((await paintedHighlights(page))["textlens-email"], ["desk@example.org"]);

  for (const count of [5, 10, 15]) {
    await scrollForMore(page, count);
    await waitForFeedPainted(page);
  }
  const items = await page.evaluate(() => globalThis.feedItems());
  assert.ok(items >= 15);
  const last = `reader${items}@example.org`;
  // The page's content script told the open side panel: the new entities are listed.
  await panel.waitForSelector(`#groups button.entity:has-text("${last}")`);
  const emails = await panel.$$eval('#groups section[data-label="EMAIL"] button.entity .name', (names) => names.map((n) => n.textContent));
  assert.equal(emails.length, items + 1);
  // The statistics are those of the whole page, added text included.
  const status = await ext.tabStatus(tabId);
  assert.equal(status.byLabel.EMAIL, items + 1);
  assert.ok(status.live);

  // A click scrolls to an added paragraph's mention.
  await page.evaluate(() => scrollTo(0, 0));
  await panel.locator("#groups button.entity", { hasText: "reader1@example.org" }).click();
  await panel.waitForSelector('#groups button.entity .position:text("1/1")');
  assert.equal(await page.evaluate(() => CSS.highlights.get("textlens-extension-flash")?.values().next().value.toString()), "reader1@example.org");
  assert.ok(await page.evaluate(() => scrollY > 0));

  // Clear removes every highlight and leaves the DOM exactly as the page made it.
  const html = await page.evaluate(() => document.body.innerHTML);
  await panel.click("#clear");
  await panel.waitForSelector("#results[hidden]", { state: "attached" });
  assert.deepEqual(await paintedHighlights(page), {});
  assert.equal(await page.evaluate(() => document.body.innerHTML), html);
  assert.equal(await page.evaluate(() => document.querySelectorAll("mark").length), 0);

  // Cleared, nothing follows the page any more.
  const more = (await page.evaluate(() => globalThis.feedItems())) + 5;
  await scrollForMore(page, more);
  await page.waitForTimeout(1000); // longer than the debounce: a live update would have come by now
  assert.deepEqual(await paintedHighlights(page), {});
  await panel.evaluate(() => chrome.storage.local.clear());
  await panel.close();
  await page.close();
});

test("live mode stops when the tab navigates (a single-page app's pushState too)", async () => {
  const { page, tabId } = await ext.openPage("infinite.html");
  await ext.highlightTab(tabId, { live: true });
  await scrollForMore(page, 5);
  await waitForFeedPainted(page);
  const panel = await ext.openSidePanel();
  await panel.waitForSelector("#results:not([hidden])");

  await page.evaluate(() => history.pushState({}, "", "?view=2"));
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((name) => name.startsWith("textlens-")));
  await panel.waitForSelector("#results[hidden]", { state: "attached" });
  assert.equal(await ext.tabStatus(tabId), null);
  const more = (await page.evaluate(() => globalThis.feedItems())) + 5;
  await scrollForMore(page, more);
  await page.waitForTimeout(1000); // longer than the debounce
  assert.deepEqual(await paintedHighlights(page), {});

  // A real navigation unloads the content script with the page: nothing is shown on the next one.
  await ext.highlightTab(tabId, { live: true });
  await page.goto(new URL("reading.html", ext.serverUrl).href);
  assert.equal(await ext.tabStatus(tabId), null);
  await panel.waitForSelector("#results[hidden]", { state: "attached" });
  await panel.close();
  await page.close();
});

test("live mode on a long page: the longest main-thread task while it keeps up (measured, not asserted)", async (t) => {
  const LONG = Number(process.env.TEXTLENS_LIVE_PARAGRAPHS ?? 3000);
  const BATCH = 20;
  const ROUNDS = 10;
  const observeLongTasks = () => {
    globalThis.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  };
  const { page, tabId } = await ext.openPage(`infinite.html?long=${LONG}&batch=${BATCH}`, { init: observeLongTasks });
  const textLength = await page.evaluate(() => document.body.innerText.length);
  const startedAt = await page.evaluate(() => performance.now());
  const first = await ext.highlightTab(tabId, { live: true });
  const liveFrom = await page.evaluate(() => performance.now());
  for (let round = 1; round <= ROUNDS; round++) {
    await scrollForMore(page, round * BATCH);
    const n = await page.evaluate(() => globalThis.feedItems());
    await page.waitForFunction((address) => [...(CSS.highlights.get("textlens-email") ?? [])].some((r) => r.toString() === address), `reader${n}@example.org`, { polling: 100 });
  }
  const status = await ext.tabStatus(tabId);
  const tasks = await page.evaluate(() => globalThis.__longTasks);
  const max = (list) => Math.round(Math.max(0, ...list.map((task) => task.duration)));
  const initial = tasks.filter((task) => task.start >= startedAt && task.start < liveFrom);
  const live = tasks.filter((task) => task.start >= liveFrom);
  const items = await page.evaluate(() => globalThis.feedItems());
  assert.ok(status.byLabel.EMAIL >= LONG + items, `every e-mail of the page is a mention (${status.byLabel.EMAIL})`);
  assert.ok(status.mentions > first.mentions);
  t.diagnostic(`long page: ${LONG} paragraphs, ${textLength} characters, ${first.mentions} mentions at first; ` +
    `${ROUNDS} appends of ${BATCH} paragraphs (${items} added, ${status.mentions} mentions in the end)`);
  t.diagnostic(`first highlight: ${initial.length} long tasks, longest ${max(initial)} ms`);
  t.diagnostic(`live updates: ${live.length} long tasks over 50 ms, longest ${max(live)} ms`);
  await ext.clearTab(tabId);
  await page.close();
});

test("no request left 127.0.0.1, and the pages raised no error", () => {
  const outside = ext.requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(hostname === "127.0.0.1" || protocol === "chrome-extension:" || protocol === "data:" || protocol === "blob:");
  });
  assert.ok(ext.requests.some((url) => url.includes("/infinite.js")), "the request log saw the feed's script");
  assert.deepEqual(outside, []);
  assert.deepEqual(ext.errors.map(String), []);
});
