// The built npm package (pkg/) in Node: ESM and CJS entries, the result shape, offsets, errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

import init, { analyze, Analyzer } from "../../pkg/node.js";
import { OFFSETS_TEXT, SAMPLE, cliJson, readText } from "./helpers.mjs";

const require = createRequire(import.meta.url);

test("ESM import works without an init call, and init() still resolves", async () => {
  assert.equal(analyze("Mail ann@example.org").mentions[0].label, "EMAIL");
  assert.equal(await init(), undefined);
});

test("CJS require gives the same functions", () => {
  const cjs = require("../../pkg");
  assert.equal(typeof cjs.analyze, "function");
  assert.deepEqual(cjs.analyze("see https://example.org"), analyze("see https://example.org"));
});

test("results are plain data that survive JSON and structuredClone", () => {
  const result = analyze(readText(SAMPLE));
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  assert.deepEqual(structuredClone(result), result);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
});

test("the same analysis as the native CLI, field for field", () => {
  for (const file of [SAMPLE, OFFSETS_TEXT]) {
    assert.deepEqual(analyze(readText(file)), cliJson(file, "--offsets", "utf16"), file);
    assert.deepEqual(analyze(readText(file), { offsets: "codepoint" }), cliJson(file), file);
  }
});

test("UTF-16 offsets slice the JS string: emoji, CJK, combining marks", () => {
  const text = readText(OFFSETS_TEXT);
  const { mentions } = analyze(text);
  assert.equal(mentions.filter((m) => m.label === "EMAIL" || m.label === "URL").length, 4);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test("a lone surrogate keeps offsets and mention text exact", () => {
  const text = "\uD83D lead x@y.io mid \uDC00 https://a.example/\uD800z tail";
  const { mentions } = analyze(text);
  assert.deepEqual(mentions.map((m) => m.label), ["EMAIL", "URL"]);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(mentions[1].text, "https://a.example/\uD800z");
});

test("every offset unit gives the same mentions, texts and values, each slicing the text in its unit", () => {
  const text = "Café 😀 on 3 March 2024: €5 million to Ana Silva <ana@exämple.org>, 12.5% up. 東京 2nd.";
  const strip = ({ start, end, ...rest }) => rest;
  const utf16 = analyze(text).mentions;
  assert.ok(utf16.some((m) => m.value !== undefined) && utf16.length >= 5, JSON.stringify(utf16));
  const bytes = Buffer.from(text);
  const points = [...text];
  const slicers = {
    utf8: (m) => bytes.subarray(m.start, m.end).toString(),
    codepoint: (m) => points.slice(m.start, m.end).join(""),
  };
  for (const [unit, slice] of Object.entries(slicers)) {
    const mentions = analyze(text, { offsets: unit }).mentions;
    assert.deepEqual(mentions.map(strip), utf16.map(strip), unit);
    for (const m of mentions) assert.equal(slice(m), m.text, unit);
  }
});

test("stats count the sample", () => {
  const { stats } = analyze("One sentence here. Another one!\n\nA second paragraph.");
  assert.deepEqual(
    { words: stats.words, sentences: stats.sentences, paragraphs: stats.paragraphs },
    { words: 8, sentences: 3, paragraphs: 2 },
  );
});

test("types filters labels; an unknown label is an Error naming it", () => {
  const text = "a@b.io https://example.org";
  assert.deepEqual(analyze(text, { types: ["URL"] }).mentions.map((m) => m.label), ["URL"]);
  assert.throws(() => analyze(text, { types: ["URLS"] }), (err) => err instanceof Error && /URLS/.test(err.message));
});

test("keywords and key_sentences set how many of each are reported; a bad count is an Error naming it", () => {
  const text = readText(SAMPLE);
  const full = analyze(text);
  const some = analyze(text, { keywords: 2, key_sentences: 1 });
  assert.deepEqual(some.keywords, full.keywords.slice(0, 2));
  assert.equal(some.key_sentences.length, 1);
  assert.deepEqual(analyze(text, { keywords: 0, key_sentences: 0 }).keywords, []);
  for (const [options, culprit] of [[{ keywords: 2.5 }, /keywords.*2\.5/], [{ key_sentences: -1 }, /key_sentences.*-1/], [{ keywords: "3" }, /keywords/]]) {
    assert.throws(() => analyze(text, options), (e) => e instanceof Error && culprit.test(e.message), JSON.stringify(options));
  }
  for (const options of [{ types: "EMAIL" }, { offsets: 8 }]) {
    assert.throws(() => analyze(text, options), (e) => e instanceof Error && e.message.includes(Object.keys(options)[0]), JSON.stringify(options));
  }
});

test("bad arguments throw typed errors that name them, and the next call works", () => {
  assert.throws(() => analyze(42), (e) => e instanceof TypeError && /"text"/.test(e.message));
  assert.throws(() => analyze(undefined), TypeError);
  assert.throws(() => analyze("x", "utf16"), (e) => e instanceof TypeError && /"options"/.test(e.message));
  assert.throws(() => analyze("x", { ofsets: "utf8" }), (e) => e instanceof Error && /ofsets/.test(e.message));
  assert.throws(() => analyze("x", { offsets: "bytes" }), (e) => /offsets/.test(e.message) && /bytes/.test(e.message));
  assert.equal(analyze("still fine: a@b.io").mentions.length, 1);
});

test("Analyzer instances analyse, list labels and free", () => {
  const analyzer = new Analyzer();
  assert.ok(analyzer.labels().includes("PERSON"));
  assert.deepEqual(analyzer.analyze("x@y.io"), analyze("x@y.io"));
  analyzer.free();
  assert.throws(() => analyzer.analyze("x@y.io"), /Analyzer\.analyze: this Analyzer has been freed/);
});

test("import and require share one wasm instance and one Analyzer class", () => {
  const cjs = require("../../pkg");
  assert.equal(cjs.Analyzer, Analyzer);
  assert.equal(cjs.analyze, analyze);
  assert.ok(new cjs.Analyzer() instanceof Analyzer);
});
