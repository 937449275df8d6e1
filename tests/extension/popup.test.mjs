// The popup page itself, driven in real Chromium. Headless Chromium cannot open the toolbar popup, so
// the test opens popup.html in a background tab of the same window (chrome.tabs.create, active: false):
// the popup then acts on the window's active tab, the test page, exactly as when opened from the toolbar.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { paintedHighlights, startExtension } from "./harness.mjs";

let ext;
before(async () => {
  ext = await startExtension();
});
after(() => ext?.close());

/** The e-mail and URL entities the popup lists, sorted (the core may find other kinds too). */
function addressNames(popup) {
  return popup.$$eval("#entities li", (items) =>
    items
      .filter((li) => ["EMAIL", "URL"].includes(li.querySelector(".label")?.dataset.label))
      .map((li) => li.querySelector(".name").textContent)
      .sort(),
  );
}

/** Opens the popup in a background tab while `page` stays the active tab, once it has set itself up. */
async function openPopup() {
  const opened = ext.context.waitForEvent("page");
  await ext.worker.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL("popup.html"), active: false }));
  const popup = await opened;
  await popup.waitForSelector("body:not([aria-busy])");
  return popup;
}

test("the popup highlights the active tab, lists its entities and stats, and clears it", async () => {
  const { page } = await ext.openPage("article.html");
  const popup = await openPopup();
  // Every label the core reports (Label::REPORTED, QUOTE included: MISC is never reported, so not offered).
  assert.equal(await popup.locator("#types input[type=checkbox]").count(), 20);
  assert.equal(await popup.locator("#types input:checked").count(), 20);
  assert.equal(await popup.isDisabled("#clear"), true);
  // The keyboard shortcut of the manifest's command is shown.
  assert.equal(await popup.textContent("#shortcut"), "Alt+Shift+H highlights or clears the page.");

  await popup.click("#highlight");
  await popup.waitForSelector("#results:not([hidden])");
  assert.match(await popup.textContent("#status"), /^\d+ mentions highlighted\.$/);
  assert.deepEqual(await addressNames(popup), ["ann@example.org", "https://example.org/agenda", "https://example.org/archive", "press@example.org"]);
  assert.ok(Number(await popup.textContent('#stats dd[data-stat="words"]')) > 10);
  assert.match(await popup.textContent('#stats dd[data-stat="reading_time_seconds"]'), /^\d+ s$|^\d+ min \d+ s$/);
  const keywords = await popup.locator("#keywords li").allTextContents();
  assert.ok(keywords.length > 0 && keywords.every((k) => / ×\d+$/.test(k)), keywords.join(" | "));
  assert.ok(keywords.some((k) => k.startsWith("agenda ")), keywords.join(" | "));
  const painted = Object.keys(await paintedHighlights(page));
  assert.ok(painted.includes("textlens-email") && painted.includes("textlens-url"), painted.join());

  await popup.click("#clear");
  await popup.waitForSelector("#results[hidden]", { state: "attached" });
  assert.deepEqual(await paintedHighlights(page), {});
  await popup.close();
  await page.close();
});

test("the popup's status counts the quotes apart from the mentions", async () => {
  const { page } = await ext.openPage("quotes.html");
  const popup = await openPopup();
  await popup.click("#highlight");
  await popup.waitForSelector("#results:not([hidden])");
  assert.equal(await popup.textContent("#status"), "4 mentions and 1 quote highlighted.");
  await popup.click("#clear");
  await popup.waitForSelector("#results[hidden]", { state: "attached" });
  await popup.close();
  await page.close();
});

test("the label types are remembered, and a reopened popup shows what the page displays", async () => {
  const { page } = await ext.openPage("article.html");
  let popup = await openPopup();
  await popup.click("#types-panel summary");
  await popup.uncheck('#types input[value="EMAIL"]');
  await popup.waitForFunction(async () => !(await chrome.storage.local.get("types")).types.includes("EMAIL"));
  await popup.click("#highlight");
  await popup.waitForSelector("#results:not([hidden])");
  assert.equal((await paintedHighlights(page))["textlens-email"], undefined);
  assert.ok((await paintedHighlights(page))["textlens-url"]);
  await popup.close();

  popup = await openPopup();
  assert.equal(await popup.isChecked('#types input[value="EMAIL"]'), false);
  await popup.waitForSelector("#results:not([hidden])");
  assert.deepEqual(await addressNames(popup), ["https://example.org/agenda", "https://example.org/archive"]);
  await popup.click("#clear");
  await popup.waitForSelector("#results[hidden]", { state: "attached" });
  await popup.evaluate(() => chrome.storage.local.clear());
  await popup.close();
  await page.close();
});

test("entity names from the page are shown as text, never parsed as HTML", async () => {
  const { page } = await ext.openPage("article.html");
  const popup = await openPopup();
  await popup.click("#highlight");
  await popup.waitForSelector("#results:not([hidden])");
  // Every entity row is exactly three spans built with textContent.
  const shapes = await popup.$$eval("#entities li", (items) => items.map((li) => [...li.children].map((c) => c.tagName).join(",")));
  assert.ok(shapes.length > 0);
  for (const shape of shapes) assert.equal(shape, "SPAN,SPAN,SPAN");
  await popup.click("#clear");
  await popup.close();
  await page.close();
});
