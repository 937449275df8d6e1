// Quotes through the package: UTF-16 offsets like every span (after emoji and astral letters), speakers
// as entity ids of the same analysis, `types` without QUOTE leaves them out, other offset units carry
// their texts, a TextDocument's analysis has the same quotes, and the highlighter's quote layer
// (quoteParts) never overlaps a mention.
import { test } from "node:test";
import assert from "node:assert/strict";

import { analyze, Analyzer } from "../../pkg/node.js";
import { quoteParts } from "../../pkg/highlight/ranges.js";

const TEXT =
  "😀 𝒳 “We will not yield,” said Park Won-gon. “Not now, and not ever.”\n\n" +
  'Kono met reporters in Tokyo. "Talks with Seoul will resume in May," Kono said.\n\n' +
  'Critics called it a "betrayal" of the deal.';

test("quotes have UTF-16 offsets, their texts and speakers from the same analysis", () => {
  const a = analyze(TEXT);
  assert.equal(a.quotes.length, 3);
  for (const q of a.quotes) assert.equal(TEXT.slice(q.start, q.end), q.text);
  const name = (q) => a.entities.find((e) => e.id === q.speaker)?.name ?? null;
  assert.deepEqual(a.quotes.map(name), ["Park Won-gon", "Park Won-gon", "Kono"]);
  assert.equal(a.quotes[0].text, "“We will not yield,”");
  assert.ok(!a.quotes.some((q) => q.text.includes("betrayal")), "a scare quote is not a quote");
  assert.deepEqual(structuredClone(a.quotes), JSON.parse(JSON.stringify(a.quotes)));
});

test("types decide whether quotes are reported, and which speakers they can have", () => {
  assert.deepEqual(analyze(TEXT, { types: ["PERSON"] }).quotes, []);
  const only = analyze(TEXT, { types: ["QUOTE"] });
  assert.equal(only.quotes.length, 3);
  assert.ok(only.quotes.every((q) => q.speaker === null));
  // Speakers are among the reported mentions: with the name labels, the same speakers by name.
  const names = (a) => a.quotes.map((q) => a.entities.find((e) => e.id === q.speaker)?.name ?? null);
  const withNames = analyze(TEXT, { types: ["QUOTE", "PERSON", "ORG", "PLACE"] });
  assert.deepEqual(names(withNames), names(analyze(TEXT)));
});

test("other offset units come with the quote texts", () => {
  const a = analyze(TEXT, { offsets: "codepoint" });
  const points = [...TEXT];
  for (const q of a.quotes) assert.equal(points.slice(q.start, q.end).join(""), q.text);
  const b = analyze(TEXT, { offsets: "utf8" });
  const bytes = Buffer.from(TEXT);
  for (const q of b.quotes) assert.equal(bytes.subarray(q.start, q.end).toString(), q.text);
});

test("a document fed in pieces has the quotes of one analysis", () => {
  const analyzer = new Analyzer();
  const doc = analyzer.document();
  for (const piece of TEXT.split(/(?<=\n\n)/)) doc.feed(piece);
  assert.deepEqual(doc.analysis().quotes, analyze(TEXT).quotes);
  doc.free();
  analyzer.free();
});

test("the highlighter's quote parts cover each quote minus its mentions, never overlapping one", () => {
  const a = analyze(TEXT);
  const parts = quoteParts(a.quotes, a.mentions);
  for (const p of parts) {
    assert.equal(p.label, "QUOTE");
    assert.equal(p.entity, a.quotes[p.quote].speaker);
    assert.ok(!a.mentions.some((m) => m.start < p.end && p.start < m.end), "a part overlaps a mention");
  }
  a.quotes.forEach((q, k) => {
    const covered = parts.filter((p) => p.quote === k).reduce((n, p) => n + p.end - p.start, 0);
    const inside = a.mentions.filter((m) => m.start >= q.start && m.end <= q.end).reduce((n, m) => n + m.end - m.start, 0);
    assert.equal(covered + inside, q.end - q.start);
  });
  // A quote around a name: the name splits it into two parts.
  const parts2 = quoteParts([{ start: 0, end: 20, speaker: null }], [{ start: 5, end: 9 }, { start: 25, end: 30 }]);
  assert.deepEqual(parts2.map((p) => [p.start, p.end]), [[0, 5], [9, 20]]);
});
