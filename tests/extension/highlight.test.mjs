// The built extension in real Chromium: the popup's code path (service worker → injected content
// script → textlens/highlight with the service worker as analyser) highlights e-mails and URLs on a
// page served from 127.0.0.1, also on a page whose CSP forbids WebAssembly, without changing the
// page's DOM; Clear removes everything; and no request leaves 127.0.0.1.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { paintedHighlights, startExtension } from "./harness.mjs";

let ext;
before(async () => {
  ext = await startExtension();
});
after(() => ext?.close());

/** Tries to compile an empty wasm module in a content script's (isolated) world of the tab. */
function contentScriptMayCompileWasm(tabId) {
  return ext.worker.evaluate(async (id) => {
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "allowed", () => "blocked"),
    });
    return result;
  }, tabId);
}

/** Only the e-mail and URL highlights: what the core recognises on every branch (it recognises more on some). */
async function addressHighlights(page) {
  const all = await paintedHighlights(page);
  return Object.fromEntries(Object.entries(all).filter(([name]) => name === "textlens-email" || name === "textlens-url"));
}

const ARTICLE = {
  "textlens-email": ["ann@example.org", "press@example.org"],
  "textlens-url": ["https://example.org/agenda", "https://example.org/archive"],
};

test("Highlight this page marks the page's e-mails and URLs with the Highlight API", async () => {
  const { page, tabId } = await ext.openPage("article.html");
  const summary = await ext.highlightTab(tabId, {});
  assert.equal(summary.renderer, "highlight-api");
  assert.equal(summary.byLabel.EMAIL, 2);
  assert.equal(summary.byLabel.URL, 2);
  assert.equal(summary.mentions, Object.values(summary.byLabel).reduce((a, b) => a + b, 0));
  assert.deepEqual(await addressHighlights(page), ARTICLE);
  assert.deepEqual(
    summary.entities.filter((e) => e.label === "EMAIL" || e.label === "URL").map((e) => [e.label, e.name]).sort(),
    [["EMAIL", "ann@example.org"], ["EMAIL", "press@example.org"], ["URL", "https://example.org/agenda"], ["URL", "https://example.org/archive"]],
  );
  assert.ok(summary.stats.words > 10, `stats.words = ${summary.stats.words}`);
  assert.equal(summary.stats.paragraphs >= 3, true, `stats.paragraphs = ${summary.stats.paragraphs}`);
  assert.deepEqual(await ext.tabStatus(tabId), summary);
  await page.close();
});

test("the label types chosen in the popup limit what is highlighted", async () => {
  const { page, tabId } = await ext.openPage("article.html");
  const summary = await ext.highlightTab(tabId, { types: ["URL"] });
  assert.deepEqual(summary.byLabel, { URL: 2 });
  assert.deepEqual(await paintedHighlights(page), { "textlens-url": ARTICLE["textlens-url"] });
  // A second run replaces the first: highlighting again with every label shows both kinds, once.
  await ext.highlightTab(tabId, {});
  assert.deepEqual(await addressHighlights(page), ARTICLE);
  await page.close();
});

test("the page's DOM is unchanged by highlighting, and Clear removes every highlight", async () => {
  const { page, tabId } = await ext.openPage("article.html");
  assert.equal(await contentScriptMayCompileWasm(tabId), "allowed"); // the control: only the CSP differs
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await ext.highlightTab(tabId, {});
  assert.deepEqual(await addressHighlights(page), ARTICLE);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  assert.equal(await page.evaluate(() => document.querySelectorAll("mark").length), 0);
  // The colours come from a constructed stylesheet, not a <style> element.
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--textlens-css").trim()), "1");

  await ext.clearTab(tabId);
  assert.deepEqual(await paintedHighlights(page), {});
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await ext.tabStatus(tabId), null);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await page.close();
});

test("Clear on a page that was never highlighted does nothing and does not fail", async () => {
  const { page, tabId } = await ext.openPage("article.html");
  await ext.clearTab(tabId);
  assert.equal(await ext.tabStatus(tabId), null);
  await page.close();
});

test("a page whose CSP is script-src 'self' (no wasm allowed) is highlighted all the same", async () => {
  const { page, tabId } = await ext.openPage("strict-csp.html");
  await page.waitForFunction(() => document.documentElement.dataset.wasm);
  // The page itself may not compile WebAssembly, and neither may a content script on it: running the
  // wasm in the content script would fail here, which is why the service worker runs it.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.wasm), "blocked");
  assert.equal(await contentScriptMayCompileWasm(tabId), "blocked");
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const summary = await ext.highlightTab(tabId, {});
  assert.equal(summary.byLabel.EMAIL, 1);
  assert.equal(summary.byLabel.URL, 1);
  assert.deepEqual(await addressHighlights(page), {
    "textlens-email": ["ann@example.org"],
    "textlens-url": ["https://example.org/strict"],
  });
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await ext.clearTab(tabId);
  assert.deepEqual(await paintedHighlights(page), {});
  await page.close();
});

test("quotes are counted apart from the mentions: byLabel and mentions count mentions only", async () => {
  const { page, tabId } = await ext.openPage("quotes.html");
  const summary = await ext.highlightTab(tabId, {});
  assert.equal(summary.quotes, 1);
  assert.equal(summary.byLabel.QUOTE, undefined);
  assert.equal(summary.byLabel.PERSON, 2);
  assert.equal(summary.mentions, Object.values(summary.byLabel).reduce((a, b) => a + b, 0));
  // Leaving QUOTE out of the types leaves the quotes out, and the mentions as they were.
  const without = await ext.highlightTab(tabId, { types: ["PERSON", "EMAIL"] });
  assert.equal(without.quotes, 0);
  assert.deepEqual(without.byLabel, { PERSON: 2, EMAIL: 1 });
  await ext.clearTab(tabId);
  await page.close();
});

test("no request leaves 127.0.0.1, and the pages raised no error", async () => {
  const { page, tabId } = await ext.openPage("article.html");
  await ext.highlightTab(tabId, {});
  await ext.clearTab(tabId);
  await page.close();
  // The log sees the pages' requests and the service worker's own (its fetch of the wasm), so an
  // outgoing request from either would show up here.
  assert.ok(ext.requests.some((url) => url.startsWith(ext.serverUrl)), "the request log saw the test pages");
  assert.ok(ext.requests.some((url) => url.endsWith("/textlens_bg.wasm")), "the request log saw the service worker's fetch");
  const outside = ext.requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(hostname === "127.0.0.1" || protocol === "chrome-extension:" || protocol === "data:" || protocol === "blob:");
  });
  assert.deepEqual(outside, []);
  assert.deepEqual(ext.errors.map(String), []);
});
