// User terms and patterns through `new Analyzer({ terms, patterns, priority, case_insensitive_terms })`.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer } from "../../pkg/node.js";

const message = (f) => {
  try {
    f();
  } catch (e) {
    return `${e.constructor.name}: ${e.message}`;
  }
  return "no error";
};

test("terms and patterns get their labels, offsets slice the JS string", () => {
  const analyzer = new Analyzer({
    terms: { PRODUCT: ["Galaxy S24"] },
    patterns: [{ label: "TICKER", regex: "\\$[A-Z]{2,5}\\b" }],
    case_insensitive_terms: true,
  });
  const text = "😀 The galaxy s24 lifted $SSNLF 3% on April 25-27.";
  const { mentions } = analyzer.analyze(text, { types: ["PRODUCT", "TICKER", "DATE", "PERCENT"] });
  assert.deepEqual(
    mentions.map((m) => [m.text, m.label, m.value]),
    [
      ["galaxy s24", "PRODUCT", undefined],
      ["$SSNLF", "TICKER", undefined],
      ["3%", "PERCENT", 3],
      ["April 25-27", "DATE", "--04-25/--04-27"],
    ],
  );
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(analyzer.labels().includes("TICKER"));
  analyzer.free();
});

test("priority: longest lets a built-in span beat a shorter user term", () => {
  const text = "Call 555-867-5309";
  const first = new Analyzer({ terms: { SONG: ["867-5309"] } });
  const longest = new Analyzer({ terms: { SONG: ["867-5309"] }, priority: "longest" });
  assert.deepEqual(first.analyze(text).mentions.map((m) => m.label), ["SONG"]);
  assert.deepEqual(longest.analyze(text).mentions.map((m) => m.label), ["PHONE"]);
});

test("bad configurations throw errors that name the option or the pattern", () => {
  assert.match(message(() => new Analyzer({ term: {} })), /^Error: .*unknown option "term"/);
  assert.match(message(() => new Analyzer({ patterns: [{ label: "X", regx: "a" }] })), /"regx" in patterns\[0\]/);
  assert.match(
    message(() => new Analyzer({ patterns: [{ label: "TICKER", regex: "[A-Z" }] })),
    /^Error: invalid pattern for label "TICKER" \("\[A-Z"\).*unclosed character class/s,
  );
  assert.match(message(() => new Analyzer({ patterns: [{ label: "X", regex: "a*" }] })), /empty string/);
  assert.match(message(() => new Analyzer({ priority: "loudest" })), /"priority"/);
  assert.match(message(() => new Analyzer({ terms: { product: ["x"] } })), /invalid label "product"/);
  assert.match(message(() => new Analyzer({ patterns: [{ label: "X" }] })), /patterns\[0\]\.regex must be a string/);
  assert.match(message(() => new Analyzer({ patterns: { label: "X", regex: "a" } })), /patterns must be an array/);
  assert.match(message(() => new Analyzer({ terms: { SONG: "867-5309" } })), /terms\.SONG must be an array of strings/);
  assert.match(message(() => new Analyzer({ terms: { SONG: [1] } })), /terms\.SONG\[0\] must be a string/);
  assert.match(message(() => new Analyzer({ case_insensitive_terms: "yes" })), /case_insensitive_terms must be a boolean/);
  assert.match(message(() => new Analyzer([])), /^TypeError/);
  assert.match(message(() => analyze("x", { types: ["PRODUCT"] })), /unknown entity type "PRODUCT"/);
});
