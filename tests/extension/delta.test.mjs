// Live mode's patches (extension/src/shared/delta.js), on real analyses of a growing document: applying
// the patch to the previous analysis gives the next one exactly, the unchanged mentions are shared, and
// the patch grows with the added text, not with the page.
import { test } from "node:test";
import assert from "node:assert/strict";

import { Analyzer } from "../../pkg/node.js";
import { applyAnalysisPatch, diffAnalysis } from "../../extension/src/shared/delta.js";

/** Through JSON, as messages carry them. */
const wire = (value) => JSON.parse(JSON.stringify(value));

test("apply(previous, diff(previous, next)) is next, for every step of a growing page", () => {
  const pieces = [
    "Vladimir Putin met Joe Biden in Geneva on 16 June 2021. Write to ann@example.org.\n\n",
    "Putin spoke first; Biden answered for 40 minutes. See https://example.org/summit.\n\n",
    "Ann (ann@example.org) collected questions from 12 newspapers, the New York Times among them.\n\n",
    "",
    "Mr Putin left at 6 pm.",
  ];
  const doc = new Analyzer().document();
  let previous = null;
  let held = null; // what the content script holds: rebuilt from patches only
  for (const piece of pieces) {
    doc.append(piece);
    const next = doc.analysis();
    if (previous) {
      const patch = wire(diffAnalysis(previous, next));
      const rebuilt = applyAnalysisPatch(held, patch);
      assert.deepEqual(rebuilt, wire(next));
      assert.deepEqual(Object.keys(rebuilt), Object.keys(next));
      for (let k = 0; k < patch.mentionsKept; k++) assert.equal(rebuilt.mentions[k], held.mentions[k], "kept mentions are shared");
      held = rebuilt;
    } else {
      held = wire(next);
    }
    previous = next;
  }
  doc.free();
});

test("a patch is about the size of the added text's mentions, not the page's", () => {
  const doc = new Analyzer().document({ types: ["EMAIL"] });
  let page = "";
  for (let k = 0; k < 2000; k++) page += `Note ${k} is kept at archive${k}@example.net for the record.\n\n`;
  doc.append(page);
  const before = doc.analysis();
  doc.append("A reader wrote from reader1@example.org about it.\n\n");
  const after = doc.analysis();
  const patch = diffAnalysis(before, after);
  assert.equal(patch.mentionsKept, 2000);
  assert.deepEqual(patch.mentions.map((m) => m.text), ["reader1@example.org"]);
  assert.deepEqual(patch.entities.map(([i, e]) => [i, e.name]), [[2000, "reader1@example.org"]]);
  const ratio = JSON.stringify(patch).length / JSON.stringify(after).length;
  assert.ok(ratio < 0.01, `patch / analysis = ${ratio}`);
  doc.free();
});
