// The hand-written .d.ts must name exactly the keys the wasm returns, so the types cannot drift
// from the Rust structs they describe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { analyze } from "../../pkg/node.js";
import { REPO } from "./helpers.mjs";

const dts = readFileSync(`${REPO}pkg/index.d.ts`, "utf8");

/** The property names declared in `export interface NAME { ... }` (optional ones marked with "?"). */
function declared(name) {
  const body = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`))?.[1];
  assert.ok(body, `interface ${name} is in index.d.ts`);
  return [...body.matchAll(/^ {2}(\w+)(\??):/gm)].map((m) => m[1] + m[2]).sort();
}

const sample = analyze(
  "Dr. Ann Lee met Bob at Acme Corp. in Paris on April 25, 2024 at 9:30 am. She paid $5 million.\n\n" +
    "Mail ann@example.org or see https://example.org. Prices rose 5% in the first week.",
);

test("Stats declares every key the core returns, none optional", () => {
  assert.deepEqual(declared("Stats"), Object.keys(sample.stats).sort());
});

test("Analysis, Mention, Entity, Keyword and KeySentence match the returned objects", () => {
  assert.deepEqual(declared("Analysis"), Object.keys(sample).sort());
  const mentionKeys = new Set(sample.mentions.flatMap((m) => Object.keys(m)));
  assert.deepEqual(declared("Mention"), [...mentionKeys].map((k) => (k === "value" ? "value?" : k)).sort());
  assert.deepEqual(declared("Entity"), Object.keys(sample.entities[0]).sort());
  assert.deepEqual(declared("Keyword"), Object.keys(sample.keywords[0]).sort());
  assert.deepEqual(declared("KeySentence"), Object.keys(sample.key_sentences[0]).sort());
});
