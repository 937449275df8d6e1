// redact() and restore() through the package's Node entries: the map back is exact in UTF-16 (emoji,
// astral letters and lone surrogates before the redacted parts), placeholders follow entity linking,
// every style and option works, bad input throws typed errors naming the culprit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

import { analyze, Analyzer, redact, restore } from "../../pkg/node.js";

const require = createRequire(import.meta.url);

test("default: placeholders per linked entity, the map back, restore", () => {
  const text = "President Vladimir Putin met Chancellor Olaf Scholz. Putin spoke first; mail olaf@example.de or call +49 30 1234567.";
  const r = redact(text);
  assert.equal(
    r.text,
    "President [PERSON 1] met Chancellor [PERSON 2]. [PERSON 1] spoke first; mail [EMAIL 1] or call [PHONE 1].",
  );
  for (const x of r.replacements) {
    assert.equal(text.slice(x.start, x.end), x.original);
    assert.equal(r.text.slice(x.redacted_start, x.redacted_end), x.replacement);
  }
  assert.equal(r.replacements[0].entity, r.replacements[2].entity);
  assert.equal(restore(r.text, r.replacements), text);
  // Plain data: survives JSON and structuredClone.
  assert.deepEqual(structuredClone(r), JSON.parse(JSON.stringify(r)));
});

test("UTF-16 offsets are exact after emoji, astral letters and lone surrogates", () => {
  const head = "😀👩‍👩‍👧 𝒳 \uD800 é\u0301 ";
  const text = `${head}card 4111 1111 1111 1111, ip 2001:db8::1, IBAN GB82 WEST 1234 5698 7654 32 \uDC00 end`;
  for (const style of ["placeholder", "label", "mask"]) {
    const r = redact(text, { style });
    assert.equal(r.replacements.length, 3, style);
    assert.equal(r.replacements[0].start, head.length + 5);
    for (const x of r.replacements) {
      assert.equal(text.slice(x.start, x.end), x.original, style);
      assert.equal(r.text.slice(x.redacted_start, x.redacted_end), x.replacement, style);
    }
    assert.ok(r.text.startsWith(head) && r.text.endsWith(" \uDC00 end"), style);
    assert.equal(restore(r.text, r.replacements), text, style);
  }
  const masked = redact("😀 ann@example.org", { style: "mask", mask: "*" });
  assert.equal(masked.text, "😀 ***************");
  assert.equal(redact("😀 ann@example.org", { style: "mask", mask_length: 3 }).text, "😀 ███");
});

test("labels choose what is replaced, in any entry and on an Analyzer with custom labels", () => {
  const text = "Ann Lee, SW1A 1AA, 192.168.0.1";
  assert.equal(redact(text, { labels: ["POSTCODE"], style: "label" }).text, "Ann Lee, [POSTCODE], 192.168.0.1");
  assert.equal(redact(text, { labels: [] }).text, text);
  const cjs = require("../../pkg/node.cjs");
  assert.equal(cjs.redact(text, { labels: ["IP_ADDRESS"] }).text, "Ann Lee, SW1A 1AA, [IP_ADDRESS 1]");
  const analyzer = new Analyzer({ patterns: [{ label: "TICKET", regex: "\\bTCK-[0-9]{4}\\b" }] });
  const r = analyzer.redact("TCK-1234 and TCK-9999, then TCK-1234", { labels: ["TICKET"] });
  assert.equal(r.text, "[TICKET 1] and [TICKET 2], then [TICKET 1]");
  analyzer.free();
  assert.throws(() => analyzer.redact("x"), /freed/);
});

test("redact replaces exactly the mentions analyze reports for the same labels", () => {
  const text = "Mail ann@example.org, 10.0.0.1 and 4111-1111-1111-1111 (Visa); ring 020 7946 0958.";
  const labels = ["EMAIL", "IP_ADDRESS", "CREDIT_CARD", "PHONE"];
  const { mentions } = analyze(text, { types: labels });
  const r = redact(text, { labels, offsets: "utf16" });
  assert.deepEqual(
    r.replacements.map((x) => [x.start, x.end, x.label, x.entity]),
    mentions.map((m) => [m.start, m.end, m.label, m.entity]),
  );
  const cp = redact("😀 ann@example.org", { offsets: "codepoint" });
  assert.equal(cp.replacements[0].start, 2);
});

test("bad input: TypeError for non-strings, Error naming the option", () => {
  for (const bad of [42, undefined, null, {}]) {
    assert.throws(() => redact(bad), (e) => e instanceof TypeError && e.message.includes('"text"'));
  }
  const cases = [
    [{ lables: ["PERSON"] }, "lables"],
    [{ labels: ["PERSN"] }, "PERSN"],
    [{ labels: ["MISC"] }, "MISC"],
    [{ style: "blur" }, "style"],
    [{ style: "mask", mask: "ab" }, "mask"],
    [{ style: "mask", mask_length: 0 }, "mask_length"],
    [{ style: "mask", mask_length: 1.5 }, "mask_length"],
    [{ mask: "*" }, "mask"],
    [{ offsets: "bytes" }, "bytes"],
  ];
  for (const [options, culprit] of cases) {
    assert.throws(() => redact("x", options), (e) => e instanceof Error && e.message.includes(culprit), culprit);
  }
  assert.throws(() => redact("x", "PERSON"), TypeError);
  const r = redact("Mail ann@example.org today.");
  assert.throws(() => restore(42, r.replacements), TypeError);
  assert.throws(() => restore(r.text, "x"), TypeError);
  assert.throws(() => restore(r.text, [{}]), TypeError);
  assert.throws(() => restore("Mail [EMAIL 2] today.", r.replacements), /replacement 0/);
  assert.throws(() => restore(r.text, [...r.replacements, ...r.replacements]), /overlaps/);
  assert.equal(redact("still fine: a@b.io").text, "still fine: [EMAIL 1]");
});
