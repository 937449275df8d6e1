// The demo page in real Chromium: type text, see the statistics and the highlighted entities (with the
// Highlight API by default, with <mark> elements on request), and a tooltip for the entity under the pointer.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { analyze } from "../../pkg/node.js";
import { startSession } from "./chromium.mjs";

let session;
before(async () => {
  session = await startSession();
});
after(() => session?.close());

test("entering text shows its statistics and highlights its entities", async () => {
  const page = await session.open();
  await page.waitForSelector("body[data-ready=true]");
  const text = "Write to ann@example.org soon. The agenda is at https://example.org/agenda.\n\nSee you there!";
  await page.fill("#text", text);
  await page.click("#analyze");

  const expected = analyze(text).stats;
  for (const key of ["words", "sentences", "paragraphs"]) {
    await page.waitForSelector(`#stats dd[data-stat=${key}]`);
    const shown = await page.textContent(`#stats dd[data-stat=${key}]`);
    assert.equal(Number(shown), expected[key], key);
  }
  // The default renderer, the CSS Custom Highlight API: one range per entity, the text itself untouched.
  await page.waitForSelector("#highlighted[data-done=true]");
  const ranges = await page.evaluate(() =>
    [...CSS.highlights].flatMap(([name, h]) => [...h].map((r) => [name, r.toString(), r.startOffset])).sort((a, b) => a[2] - b[2]));
  assert.deepEqual(ranges.map(([name, t]) => [name, t]), [["textlens-email", "ann@example.org"], ["textlens-url", "https://example.org/agenda"]]);
  assert.equal(await page.evaluate(() => document.getElementById("highlighted").innerHTML), text.replaceAll("&", "&amp;"));
  // The <mark> renderer on request: elements with the label.
  await page.selectOption("#renderer", "mark");
  await page.waitForSelector("#highlighted mark");
  const marks = await page.$$eval("#highlighted mark", (els) => els.map((el) => [el.dataset.label, el.textContent]));
  assert.deepEqual(marks, [["EMAIL", "ann@example.org"], ["URL", "https://example.org/agenda"]]);
  assert.equal(await page.textContent("#highlighted"), text);
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()]), []);
  assert.deepEqual(session.errors, []);
});

test("the page computes exactly what Node computes", async () => {
  const page = await session.open();
  await page.waitForSelector("body[data-ready=true]");
  const text = "😀 x@y.io 東京 e\u0301 https://例え.jp \uD800 end.";
  const inPage = await page.evaluate(async (t) => (await import("textlens")).analyze(t), text);
  assert.deepEqual(inPage, analyze(text));
});

test("page text is shown as text, never parsed as HTML", async () => {
  const page = await session.open();
  await page.waitForSelector("body[data-ready=true]");
  const text = '<img src=x onerror="window.pwned=1"> mail a@b.io';
  await page.selectOption("#renderer", "mark");
  await page.fill("#text", text);
  await page.click("#analyze");
  await page.waitForSelector("#highlighted mark");
  assert.equal(await page.$("#highlighted img"), null);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.textContent("#highlighted"), text);
});

test("hovering an entity shows a tooltip naming it", async () => {
  const page = await session.open();
  await page.waitForSelector("body[data-ready=true]");
  await page.fill("#text", "Write to ann@example.org and again ann@example.org.");
  await page.click("#analyze");
  await page.waitForSelector("#highlighted[data-done=true]");
  const box = await page.evaluate(() => {
    const range = [...CSS.highlights.get("textlens-email")][0];
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  assert.equal(await page.textContent("#tooltip"), "EMAIL · ann@example.org · 2×");
});
