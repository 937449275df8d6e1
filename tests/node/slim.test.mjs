// The slim entry (pkg/slim.js) in Node: nothing loads until init(wasm). This file gives it a compiled
// WebAssembly.Module; slim-sync.test.mjs uses initSync, memory.test.mjs bytes (each file is a process).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import init, { analyze, Analyzer } from "../../pkg/slim.js";
import { analyze as nodeAnalyze } from "../../pkg/node.js";
import { REPO } from "./helpers.mjs";

const WASM = `${REPO}pkg/gen/web/textlens_bg.wasm`;
const TEXT = "Mail ann@example.org or see https://example.org.";

test("before init, calls throw an Error that says to call init, and init needs the wasm", async () => {
  assert.throws(() => analyze("a@b.io"), (e) => e instanceof Error && /await init\(wasm\)/.test(e.message));
  assert.throws(() => new Analyzer(), /not initialised/);
  await assert.rejects(init(), (e) => e instanceof TypeError && /"wasm"/.test(e.message));
});

test("init takes a compiled WebAssembly.Module, then gives what the Node entry gives", async () => {
  await init(new WebAssembly.Module(readFileSync(WASM)));
  assert.deepEqual(analyze(TEXT), nodeAnalyze(TEXT));
  const analyzer = new Analyzer();
  assert.deepEqual(analyzer.analyze(TEXT), nodeAnalyze(TEXT));
  analyzer.free();
  await init(readFileSync(WASM)); // a second init is a no-op
  assert.deepEqual(analyze(TEXT), nodeAnalyze(TEXT));
});
