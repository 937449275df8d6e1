// Bad input through the package's Node entry: typed errors that name the culprit, a 50 MB text, the
// size limit, and an instance that keeps working after every error.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer, MAX_TEXT_BYTES } from "../../pkg/node.js";
import { SAMPLE, readText } from "./helpers.mjs";

const OK_TEXT = "still fine: a@b.io";
const worksAfter = (run) => assert.equal(run(OK_TEXT).mentions.length, 1);

for (const [name, run] of [
  ["analyze", (text, options) => analyze(text, options)],
  ["Analyzer.analyze", (text, options) => shared.analyze(text, options)],
]) {
  test(`${name}: a non-string text is a TypeError naming "text"`, () => {
    for (const bad of [42, undefined, null, {}, ["a"], new String("a"), Symbol("a")]) {
      assert.throws(() => run(bad), (e) => e instanceof TypeError && e.message.includes(`${name}: argument "text"`), String(bad?.toString?.()));
      worksAfter(run);
    }
  });

  test(`${name}: an unknown option, label or unit is an Error naming it`, () => {
    const cases = [
      [{ ofsets: "utf8" }, "ofsets"],
      [{ types: ["PERSON", "PERSN"] }, "PERSN"],
      [{ offsets: "bytes" }, "bytes"],
    ];
    for (const [options, culprit] of cases) {
      assert.throws(() => run("x", options), (e) => e instanceof Error && e.message.includes(culprit), culprit);
      worksAfter(run);
    }
    assert.throws(() => run("x", "utf16"), (e) => e instanceof TypeError && /"options"/.test(e.message));
    worksAfter(run);
  });
}

const shared = new Analyzer();

test("a 50 MB text is analysed, and the instance survives", () => {
  const sample = readText(SAMPLE);
  const big = sample.repeat(Math.ceil((50 * 1024 * 1024) / sample.length)).slice(0, 50 * 1024 * 1024);
  const result = analyze(big);
  const small = analyze(sample);
  assert.ok(result.stats.words > small.stats.words * 60_000, `${result.stats.words} words`);
  assert.ok(result.mentions.length >= small.mentions.length * 60_000);
  const last = result.mentions.at(-1);
  assert.equal(big.slice(last.start, last.end), last.text);
  console.log(`50 MB: ${result.stats.words} words, ${result.mentions.length} mentions`);
  worksAfter(analyze);
  assert.equal(shared.analyze(big.slice(0, 1024 * 1024)).stats.words > 0, true);
  worksAfter((t) => shared.analyze(t));
});

test("a text over the 256 MiB limit is a RangeError that gives the limit, and the next call works", () => {
  assert.equal(MAX_TEXT_BYTES, 256 * 1024 * 1024);
  const huge = "a".repeat(MAX_TEXT_BYTES + 1);
  assert.throws(() => analyze(huge), (e) => e instanceof RangeError && e.message.includes(String(MAX_TEXT_BYTES)));
  assert.throws(() => shared.analyze(huge), RangeError);
  worksAfter(analyze);
  worksAfter((t) => shared.analyze(t));
});

test("a bad Analyzer config is a TypeError, and a freed Analyzer says so", () => {
  assert.throws(() => new Analyzer(42), (e) => e instanceof TypeError && /config/.test(e.message));
  const analyzer = new Analyzer();
  analyzer.free();
  for (const call of [() => analyzer.analyze("x"), () => analyzer.labels(), () => analyzer.free()]) {
    assert.throws(call, (e) => e instanceof Error && /this Analyzer has been freed/.test(e.message));
  }
  worksAfter(analyze);
});
