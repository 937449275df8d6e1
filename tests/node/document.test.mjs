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

test("analysisSteps() gives the same analysis in as many steps as the units ask for", () => {
  const analyzer = new Analyzer();
  const text = TEXT.repeat(40);
  const doc = analyzer.document();
  for (const piece of cut(text, 999)) doc.append(piece);
  const once = analyze(text);
  let previous = Infinity;
  for (const units of [1, 1_000, 100_000, 4_294_967_295]) {
    const steps = doc.analysisSteps();
    let taken = 1;
    while (!steps.step(units)) taken++;
    assert.deepEqual(steps.finish(), once, `units ${units}`);
    assert.ok(taken <= previous, `${taken} steps of ${units} units, after ${previous}`);
    if (units === 1_000) assert.ok(taken > 10, `${taken} steps of 1,000 units`);
    if (units === 4_294_967_295) assert.equal(taken, 1);
    previous = taken;
  }
  // The steps analyse the text as it was: an append meanwhile joins the next analysis only.
  const steps = doc.analysisSteps();
  assert.equal(steps.step(10), false);
  doc.append(" Mail bo@example.org.");
  assert.deepEqual(steps.finish(), once, "finish() runs what is left at once");
  assert.deepEqual(doc.analysisSteps().finish(), doc.analysis());
  doc.free();
  analyzer.free();
});

test("AnalysisSteps refuses bad units and use after finish() or free()", () => {
  const analyzer = new Analyzer();
  const doc = analyzer.document();
  doc.append("Helen Okafor opened the library.");
  const steps = doc.analysisSteps();
  for (const bad of [0, -1, 1.5, NaN, "10", undefined, 2 ** 32]) {
    assert.throws(() => steps.step(bad), { name: "TypeError", message: /AnalysisSteps\.step: argument "units"/ });
  }
  assert.equal(steps.finish().mentions[0].text, "Helen Okafor");
  assert.throws(() => steps.step(10), /AnalysisSteps\.step: this AnalysisSteps has been finished or freed/);
  assert.throws(() => steps.finish(), /AnalysisSteps\.finish: this AnalysisSteps has been finished/);
  const other = doc.analysisSteps();
  other.free();
  assert.throws(() => other.free(), /AnalysisSteps\.free: this AnalysisSteps has been finished or freed/);
  doc.free();
  assert.throws(() => doc.analysisSteps(), /TextDocument\.analysisSteps: this TextDocument has been freed/);
  analyzer.free();
});
