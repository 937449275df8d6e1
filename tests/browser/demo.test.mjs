// The demo page in real Chromium: type text, see the statistics and a highlighted entity.
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
  const text = "Write to ann@example.org today. The agenda is at https://example.org/agenda.\n\nSee you there!";
  await page.fill("#text", text);
  await page.click("#analyze");

  const expected = analyze(text).stats;
  for (const key of ["words", "sentences", "paragraphs"]) {
    await page.waitForSelector(`#stats dd[data-stat=${key}]`);
    const shown = await page.textContent(`#stats dd[data-stat=${key}]`);
    assert.equal(Number(shown), expected[key], key);
  }
  const marks = await page.$$eval("#highlighted mark", (els) => els.map((el) => [el.dataset.label, el.textContent]));
  assert.deepEqual(marks, [["EMAIL", "ann@example.org"], ["URL", "https://example.org/agenda"]]);
  assert.equal(await page.textContent("#highlighted"), text);
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
  await page.fill("#text", text);
  await page.click("#analyze");
  await page.waitForSelector("#highlighted mark");
  assert.equal(await page.$("#highlighted img"), null);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.textContent("#highlighted"), text);
});
