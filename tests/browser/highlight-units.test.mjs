// Unit tests of the highlighter's DOM-free parts, in Node (no browser needed): the default styles match
// pkg/highlight.css, and chunk results merge into one analysis.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { analyze } from "../../pkg/node.js";
import { mergeResults } from "../../pkg/highlight/analyze.js";
import { DEFAULT_CSS } from "../../pkg/highlight/styles.js";

test("the adopted default styles are exactly pkg/highlight.css", () => {
  assert.equal(DEFAULT_CSS, readFileSync(new URL("../../pkg/highlight.css", import.meta.url), "utf8"));
});

test("chunk results merge: offsets shifted, entities linked across chunks, counts summed", () => {
  const parts = ["Mail ann@example.org or https://example.org/a.\n\n", "Again ann@example.org, and bob@example.org.\n\n", "Last: https://example.org/a"];
  const offsets = parts.map((_, i) => parts.slice(0, i).join("").length);
  const merged = mergeResults(parts.map((p) => analyze(p)), offsets);
  const whole = analyze(parts.join(""));
  assert.deepEqual(merged.mentions, whole.mentions);
  assert.deepEqual(merged.entities, whole.entities);
  for (const key of ["words", "characters", "characters_no_spaces", "sentences", "paragraphs"]) {
    assert.equal(merged.stats[key], whole.stats[key], key);
  }
});
