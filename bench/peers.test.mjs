// Keeps bench/peers.mjs from rotting: runs it in --quick mode (a tiny corpus, one round, one cold start,
// 1×/10× scaling) and checks the shape of its JSON report and of its tables. Not part of scripts/test.sh
// (it starts a dozen Node processes); run it with `node --test bench/`. Needs the built package (pkg/gen).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("peers.mjs", import.meta.url));

test("bench/peers.mjs --quick reports every library with every figure", () => {
  const json = join(mkdtempSync(join(tmpdir(), "peers-")), "report.json");
  const stdout = execFileSync(process.execPath, [SCRIPT, "--quick", "--json", json], { encoding: "utf8" });
  const report = JSON.parse(readFileSync(json, "utf8"));

  assert.ok(report.machine.nproc >= 1);
  assert.equal(report.machine.loadavg.start.length, 3);
  assert.ok(report.corpus.bytes > 10_000 && report.corpus.words > 1000, "a real corpus, with textlens's word count");
  assert.ok(report.corpus.paragraphs > 1 && report.corpus.documents >= 1);
  assert.deepEqual(
    report.libraries.map((l) => l.id),
    ["textlens", "compromise", "wink"],
  );
  for (const lib of report.libraries) {
    for (const key of ["mbps", "wordsPerSec", "newsMbps", "peakRssKb"]) {
      assert.ok(Number.isFinite(lib[key]) && lib[key] > 0, `${lib.id}.${key} = ${lib[key]}`);
    }
    for (const key of ["startToResultMs", "importMs", "firstCallMs"]) {
      assert.ok(lib.cold[key] > 0, `${lib.id}.cold.${key}`);
    }
    assert.ok(lib.cold.startToResultMs >= lib.cold.importMs + lib.cold.firstCallMs);
    assert.ok(lib.download.gzip > 1000 && lib.download.brotli > 1000 && lib.download.raw > lib.download.gzip);
    // Every library finds dates in prose; the counts are keyed by textlens labels.
    assert.ok(lib.entities.DATE > 0, `${lib.id} found dates: ${JSON.stringify(lib.entities)}`);
    assert.deepEqual(lib.scaling.map((r) => r.factor), [1, 10]);
    assert.equal(lib.scaling[1].bytes, lib.scaling[0].bytes * 10);
    assert.equal(lib.scaling[1].mentions, lib.scaling[0].mentions * 10, `${lib.id}: 10× the text, 10× the mentions`);
  }
  const [textlens, compromise, wink] = report.libraries;
  assert.ok(textlens.entities.PERSON > 0 && compromise.entities.PERSON > 0, "names from textlens and compromise");
  assert.equal(wink.entities.PERSON, undefined, "the wink lite model finds no people");
  // textlens ships a wasm file beside its bundle.
  assert.deepEqual(textlens.download.files.slice(1), ["textlens_bg.wasm"]);
  for (const shape of ["whole", "documents", "paragraphs", "statsOnly"]) {
    assert.ok(textlens.shapes[shape].mbps > 0, shape);
  }

  for (const heading of ["| library | version | corpus MB/s", "Mentions by label", "Ratios, textlens against each", "shapes of issue 16", "Scaling:"]) {
    assert.ok(stdout.includes(heading), `output has "${heading}"`);
  }
  assert.match(stdout, /\| compromise \| [\d.]+ \| [\d.]+ \|/);
});
