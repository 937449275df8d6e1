// The side panel, the keyboard shortcut's toggle and "Analyse selection", in real Chromium with the
// built extension, on pages served from 127.0.0.1: a long article, a page whose CSP is
// `script-src 'self'`. The side panel's page (sidepanel.html) is opened in a background tab, where it
// follows the window's active tab as the real side panel does (headless Chromium shows no side panel).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { paintedHighlights, startExtension } from "./harness.mjs";

let ext;
before(async () => {
  ext = await startExtension();
});
after(() => ext?.close());

const FLASH = "textlens-extension-flash";

/** The side panel's entity rows of a label: [name, count] pairs in their order. */
function rows(panel, label) {
  return panel.$$eval(`#groups section[data-label="${label}"] button.entity`, (buttons) =>
    buttons.map((b) => [b.querySelector(".name").textContent, b.querySelector(".count").textContent]));
}

/** The page's scroll position and the flashed mention: its text and whether it is inside the viewport. */
function flashed(page) {
  return page.evaluate((name) => {
    const range = CSS.highlights.get(name)?.values().next().value;
    const rect = range?.getBoundingClientRect();
    return {
      scrollY: Math.round(scrollY),
      text: range?.toString() ?? null,
      inView: Boolean(rect && rect.top >= 0 && rect.bottom <= innerHeight),
    };
  }, FLASH);
}

test("the shortcut's toggle highlights the page, and pressed again clears it", async () => {
  const { page, tabId } = await ext.openPage("reading.html");
  const before = await page.evaluate(() => document.body.innerHTML);
  const summary = await ext.toggleTab(tabId);
  assert.equal(summary.byLabel.EMAIL, 3);
  assert.deepEqual((await paintedHighlights(page))["textlens-email"], ["ann@example.org", "ann@example.org", "press@example.org"]);
  assert.deepEqual(await ext.tabStatus(tabId), summary);
  assert.equal(await ext.toggleTab(tabId), null);
  assert.deepEqual(await paintedHighlights(page), {});
  assert.equal(await ext.tabStatus(tabId), null);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  await page.close();
});

test("the side panel lists the page's entities by linked entity; a click scrolls to the next mention, cycling", async () => {
  const { page, tabId } = await ext.openPage("reading.html");
  const before = await page.evaluate(() => document.body.innerHTML);
  const panel = await ext.openSidePanel();
  assert.equal(await panel.isHidden("#results"), true);
  // Highlighting from elsewhere (the popup, the shortcut) shows up in the open panel.
  await ext.toggleTab(tabId);
  await panel.waitForSelector("#results:not([hidden])");
  assert.deepEqual(await rows(panel, "EMAIL"), [["ann@example.org", "×2"], ["press@example.org", "×1"]]);
  assert.deepEqual(await rows(panel, "URL"), [["https://example.org/minutes", "×1"]]);
  assert.ok(Number((await panel.textContent('#stats dd[data-stat="words"]')).replace(/,/g, "")) > 400);
  assert.ok((await panel.locator("#keywords li").count()) > 0);
  assert.match(await panel.textContent("#status"), /^\d+ mentions highlighted\.$/);

  const ann = panel.locator("#groups button.entity", { hasText: "ann@example.org" });
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await ann.click();
  await panel.waitForFunction(() => document.querySelector("#groups button.entity .position")?.textContent === "1/2");
  const first = await flashed(page);
  assert.deepEqual({ text: first.text, inView: first.inView }, { text: "ann@example.org", inView: true });
  await ann.click();
  await panel.waitForSelector('#groups button.entity .position:text("2/2")');
  const second = await flashed(page);
  assert.deepEqual({ text: second.text, inView: second.inView }, { text: "ann@example.org", inView: true });
  assert.ok(second.scrollY > first.scrollY + 500, `the second mention is further down: ${first.scrollY} → ${second.scrollY}`);
  await ann.click();
  await panel.waitForSelector('#groups button.entity .position:text("1/2")');
  assert.equal((await flashed(page)).scrollY, first.scrollY);

  await panel.click("#clear");
  await panel.waitForSelector("#results[hidden]", { state: "attached" });
  assert.deepEqual(await paintedHighlights(page), {});
  assert.equal(await page.evaluate((name) => CSS.highlights.has(name), FLASH), false);
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  await panel.close();
  await page.close();
});

test("the side panel's label toggles change the highlights and are remembered", async () => {
  const { page, tabId } = await ext.openPage("reading.html");
  await ext.highlightTab(tabId, {});
  let panel = await ext.openSidePanel();
  await panel.waitForSelector("#results:not([hidden])");
  await panel.click("#types-panel summary");
  await panel.uncheck('#types input[value="URL"]');
  await panel.waitForFunction(async () => !(await chrome.storage.local.get("types")).types.includes("URL"));
  await page.waitForFunction(() => !CSS.highlights.has("textlens-url"));
  await panel.waitForFunction(() => !document.querySelector('#groups section[data-label="URL"]'));
  assert.deepEqual(await rows(panel, "EMAIL"), [["ann@example.org", "×2"], ["press@example.org", "×1"]]);
  await panel.close();

  panel = await ext.openSidePanel();
  assert.equal(await panel.isChecked('#types input[value="URL"]'), false);
  assert.equal(await panel.isChecked('#types input[value="EMAIL"]'), true);
  await panel.waitForSelector("#results:not([hidden])");
  // The shortcut uses the remembered choice too.
  await ext.clearTab(tabId);
  const summary = await ext.toggleTab(tabId);
  assert.equal(summary.byLabel.URL, undefined);
  assert.equal(summary.byLabel.EMAIL, 3);
  await ext.clearTab(tabId);
  await panel.evaluate(() => chrome.storage.local.clear());
  await panel.close();
  await page.close();
});

test("a strict-CSP page: highlights appear, the side panel lists them, clear leaves the DOM as it was", async () => {
  const { page, tabId } = await ext.openPage("strict-csp.html");
  await page.waitForFunction(() => document.documentElement.dataset.wasm);
  const before = await page.evaluate(() => document.body.innerHTML);
  const panel = await ext.openSidePanel();
  await panel.click("#highlight"); // the content script is injected (the test's host permission stands in for activeTab)
  await panel.waitForSelector("#results:not([hidden])");
  assert.deepEqual(await rows(panel, "EMAIL"), [["ann@example.org", "×1"]]);
  assert.deepEqual((await paintedHighlights(page))["textlens-email"], ["ann@example.org"]);
  await panel.locator("#groups button.entity", { hasText: "ann@example.org" }).click();
  await panel.waitForSelector('#groups button.entity .position:text("1/1")');
  assert.equal((await flashed(page)).text, "ann@example.org");
  await panel.click("#clear");
  await panel.waitForSelector("#results[hidden]", { state: "attached" });
  assert.deepEqual(await paintedHighlights(page), {});
  assert.equal(await page.evaluate(() => document.body.innerHTML), before);
  await ext.clearTab(tabId);
  await panel.close();
  await page.close();
});

test("Analyse selection shows the selection's entities and statistics in the side panel", async () => {
  const { page, tabId } = await ext.openPage("reading.html");
  const panel = await ext.openSidePanel();
  assert.equal(await panel.isHidden("#selection"), true);
  const selected = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("end"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return getSelection().toString();
  });
  const result = await ext.analyseSelection(tabId, "");
  assert.equal(result.quote, selected);
  const expected = await ext.worker.evaluate((text) => globalThis.textlens.analyze(text), selected);
  assert.deepEqual(result.stats, expected.stats);
  await panel.waitForSelector("#selection:not([hidden])");
  assert.equal(await panel.textContent("#selection-quote"), selected);
  const names = await panel.$$eval("#selection-entities li .name", (items) => items.map((i) => i.textContent).sort());
  assert.ok(names.includes("ann@example.org") && names.includes("press@example.org"), names.join());
  assert.equal(await panel.textContent('#selection-stats dd[data-stat="words"]'), String(expected.stats.words));
  // Nothing was highlighted on the page for it.
  assert.deepEqual(await paintedHighlights(page), {});
  // Without a selection in the page, the menu's own selectionText is analysed.
  await page.evaluate(() => getSelection().removeAllRanges());
  assert.equal((await ext.analyseSelection(tabId, "Mail bob@example.org today.")).entities.find((e) => e.label === "EMAIL")?.name, "bob@example.org");
  await panel.close();
  await page.close();
});
