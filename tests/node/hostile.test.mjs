// Hostile input through the package's Node entry (issue 13, point 2): each gives a result whose
// UTF-16 offsets slice the input to the mention text, or an Error naming the bad argument.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer } from "../../pkg/node.js";

function check(text, result) {
  for (const m of result.mentions) assert.equal(text.slice(m.start, m.end), m.text, JSON.stringify(m));
  for (const s of result.key_sentences) assert.ok(s.end <= text.length && s.start < s.end);
  for (const [key, value] of Object.entries(result.stats)) assert.ok(Number.isFinite(value), `${key}: ${value}`);
  return result;
}

test("lone surrogates anywhere keep every offset exact", () => {
  const lone = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800"];
  for (const s of lone) {
    for (const text of [s, `${s}ann@example.org${s} met Helen Okafor${s}.`, `x${s}`.repeat(10_000), `😀${s}😀 #tag${s}`]) {
      check(text, analyze(text));
    }
  }
  const text = "\uD800 a@b.io";
  const [m] = analyze(text).mentions;
  assert.deepEqual([m.start, m.end, m.text], [2, 8, "a@b.io"]);
});

test("empty, whitespace, newlines, punctuation, controls, bidi, ZWJ emoji and stacked marks", () => {
  const family = "👨\u200D👩\u200D👧\u200D👦";
  for (const text of [
    "",
    " \t\n\u00A0\u3000".repeat(1000),
    "\n".repeat(1_000_000),
    "?!.,;:()[]{}".repeat(10_000),
    "\0\u0001\u001B[0m\u007F\u0085".repeat(1000),
    "\u202EHelen Okafor\u202C in \u2067Cairo\u2069. ".repeat(500),
    `${family} #go${family} @me${family}. `.repeat(2000),
    `a${"\u0301".repeat(500)} Helen${"\u0308".repeat(500)} Okafor.`,
  ]) {
    check(text, analyze(text));
  }
  assert.equal(analyze("").stats.sentences, 0);
});

test("one 5 MB token", () => {
  check("a".repeat(5 << 20), analyze("a".repeat(5 << 20)));
});

test("100,000 user terms and a pathological regex", () => {
  const terms = Array.from({ length: 100_000 }, (_, i) => `Product ${String(i).padStart(5, "0")} Max`);
  const a = new Analyzer({ terms: { PRODUCT: terms }, patterns: [{ label: "EVIL", regex: "(a+)+b" }] });
  const text = "We sold Product 00042 Max. " + "a".repeat(1 << 20);
  const r = check(text, a.analyze(text));
  assert.equal(r.mentions.filter((m) => m.label === "PRODUCT").length, 1);
  a.free();
});

test("invalid options of every kind throw an Error naming the culprit", () => {
  const cases = [
    [() => analyze("x", { types: ["person"] }), "person"],
    [() => analyze("x", { types: "PERSON" }), "types"],
    [() => analyze("x", { types: ["MISC"] }), "MISC"],
    [() => analyze("x", { offsets: "bytes" }), "bytes"],
    [() => analyze("x", { keywords: -1 }), "keywords"],
    [() => analyze("x", { keywords: 1.5 }), "keywords"],
    [() => analyze("x", { key_sentences: "3" }), "key_sentences"],
    [() => analyze("x", { nonsense: 1 }), "nonsense"],
    [() => new Analyzer({ patterns: [{ label: "BAD", regex: "(" }] }), "BAD"],
    [() => new Analyzer({ patterns: [{ label: "EMPTY", regex: "a*" }] }), "EMPTY"],
    [() => new Analyzer({ terms: { lower: ["x"] } }), "lower"],
    [() => new Analyzer({ priority: "loudest" }), "loudest"],
  ];
  for (const [run, culprit] of cases) {
    assert.throws(run, (e) => e instanceof Error && e.message.includes(culprit), culprit);
  }
  assert.equal(analyze("still fine: a@b.io").mentions.length, 1);
});
