// TextDocument: a text fed piece by piece analyses exactly as one analyze() of the whole, in JS
// offsets (UTF-16), whatever the cuts — a surrogate pair or a lone surrogate split across pieces too.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer } from "../../pkg/node.js";

const TEXT =
  "Mayor Helen Okafor opened the library on Saturday 😀.\n\n" +
  "Write to info@library.example or call +1 212 555 0100.\n\n" +
  "Okafor thanked the council. Lone \ud800 surrogate, 東京 and e\u0301 stay exact.\n\n" +
  "Helen Okafor left for Paris on April 25, 2024.";

/** Cuts `text` at every `step` UTF-16 units (splitting surrogate pairs where they fall). */
function cut(text, step) {
  const pieces = [];
  for (let i = 0; i < text.length; i += step) pieces.push(text.slice(i, i + step));
  return pieces;
}

test("a document fed in pieces equals one analyze() of the whole text", () => {
  const analyzer = new Analyzer();
  for (const step of [1, 7, 13, 50, 1000]) {
    for (const types of [undefined, ["PERSON", "EMAIL"]]) {
      const doc = analyzer.document(types && { types });
      const fed = [];
      cut(TEXT, step).forEach((piece, i) => (i % 2 ? doc.append(piece) : fed.push(...doc.feed(piece))));
      assert.equal(doc.text, TEXT);
      assert.deepEqual(doc.analysis(), analyze(TEXT, types && { types }), `step ${step}`);
      for (const m of fed) assert.equal(TEXT.slice(m.start, m.end), m.text);
      doc.free();
    }
  }
  analyzer.free();
});

test("fed mentions come as their paragraph ends, in order, with whole-text offsets", () => {
  const analyzer = new Analyzer();
  const doc = analyzer.document();
  assert.deepEqual(doc.feed("Mail ann@example.org"), []);
  const first = doc.feed(" now.\n\nThen");
  assert.deepEqual(first.map((m) => [m.text, m.label, m.start]), [["ann@example.org", "EMAIL", 5]]);
  const later = doc.feed(" bob@example.org.\n\n");
  assert.deepEqual(later.map((m) => [m.text, m.start]), [["bob@example.org", 32]]);
  doc.feed("More text by Ann Lee.");
  assert.deepEqual(doc.analysis(), analyze(doc.text));
  doc.free();
  analyzer.free();
});

test("bad pieces, options and freed documents throw errors that name them", () => {
  const analyzer = new Analyzer();
  assert.throws(() => analyzer.document({ types: ["BANANA"] }), /BANANA/);
  assert.throws(() => analyzer.document({ keywords: -1 }), /keywords/);
  const doc = analyzer.document();
  assert.throws(() => doc.feed(42), (err) => err instanceof TypeError && /"piece"/.test(err.message));
  assert.throws(() => doc.append(null), TypeError);
  doc.free();
  assert.throws(() => doc.feed("x"), /freed/);
  assert.throws(() => doc.free(), /freed/);
  analyzer.free();
});
