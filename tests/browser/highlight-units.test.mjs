// Unit tests of the highlighter's DOM-free parts, in Node (no browser needed): the default styles match
// pkg/highlight.css, and a long text sent in pieces is analysed as one document.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { analyze, Analyzer } from "../../pkg/node.js";
import { analyzeDocument } from "../../pkg/highlight/analyze.js";
import { DEFAULT_CSS } from "../../pkg/highlight/styles.js";

test("the adopted default styles are exactly pkg/highlight.css", () => {
  assert.equal(DEFAULT_CSS, readFileSync(new URL("../../pkg/highlight.css", import.meta.url), "utf8"));
});

test("a long text sent in pieces is analysed exactly as one call, surrogate pairs kept whole", async () => {
  const paragraph = "Helen Okafor 😀 mailed ann@example.org on Monday; Okafor met the council in Paris.\n\n";
  const text = paragraph.repeat(300); // 25,000 UTF-16 units: seven pieces of 4,096
  const analyzer = new Analyzer();
  const pieces = [];
  const spy = { analyze: () => assert.fail("one document, no analyze() call"), document: (options) => {
    const doc = analyzer.document(options);
    return { append: (piece) => (pieces.push(piece), doc.append(piece)), analysis: () => doc.analysis(), free: () => doc.free() };
  } };
  const { analysis, document, pieces: count } = await analyzeDocument(spy, text, { chunkSize: 4096 });
  assert.equal(count, pieces.length);
  assert.ok(pieces.length >= 7, `${pieces.length} pieces`);
  assert.ok(pieces.every((p) => !/[\ud800-\udbff]$/.test(p)), "no piece ends inside a surrogate pair");
  assert.deepEqual(analysis, analyze(text));
  document.free();
  analyzer.free();
});

test("an analyser without document() is called once with the whole text", async () => {
  const calls = [];
  const once = { analyze: (text, options) => (calls.push([text, options]), analyze(text, options)) };
  const text = "Mail ann@example.org.\n\n".repeat(2000);
  const { analysis, document } = await analyzeDocument(once, text, { types: ["EMAIL"], chunkSize: 4096 });
  assert.deepEqual(calls, [[text, { types: ["EMAIL"] }]]);
  assert.equal(document, null);
  assert.deepEqual(analysis, analyze(text, { types: ["EMAIL"] }));
});
