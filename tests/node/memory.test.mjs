// 10,000 calls in a loop leave wasm memory and the JS heap flat. Runs the slim entry (the same API layer
// and glue the browser uses), so the test can read the wasm memory. Prints the figures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import init, { analyze, Analyzer } from "../../pkg/slim.js";
import initGlue from "../../pkg/gen/web/textlens.js";
import { REPO, SAMPLE, readText } from "./helpers.mjs";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const CALLS = 10_000;
const MiB = 1024 * 1024;

await init(readFileSync(`${REPO}pkg/gen/web/textlens_bg.wasm`));
const { memory } = await initGlue(); // already initialised: returns the instance's exports

/** Heap used after a full collection (twice, so finalizers and weak cells settle). */
function heapUsed() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs `call` CALLS times after a warm-up of the same size, and prints and returns the growth. */
function measure(name, call) {
  for (let i = 0; i < CALLS; i++) call(i); // warm-up: caches, allocator pools, JIT
  const wasmBefore = memory.buffer.byteLength;
  const heapBefore = heapUsed();
  for (let i = 0; i < CALLS; i++) call(i);
  const wasmAfter = memory.buffer.byteLength;
  const heapAfter = heapUsed();
  const mib = (n) => (n / MiB).toFixed(2);
  console.log(
    `${name}: ${CALLS} calls; wasm memory ${mib(wasmBefore)} → ${mib(wasmAfter)} MiB; ` +
      `JS heap ${mib(heapBefore)} → ${mib(heapAfter)} MiB`,
  );
  return { wasm: wasmAfter - wasmBefore, heap: heapAfter - heapBefore };
}

const text = readText(SAMPLE);

test(`${CALLS} analyze calls leave wasm memory and the JS heap flat`, () => {
  const growth = measure("analyze(sample)", (i) => analyze(i % 2 ? text : `${text} ${i}`));
  assert.equal(growth.wasm, 0, "wasm memory grew");
  assert.ok(growth.heap < 2 * MiB, `JS heap grew by ${growth.heap} bytes`);
});

test(`${CALLS} Analyzer lifecycles (new, analyze, free) and thrown errors leave memory flat`, () => {
  const growth = measure("new Analyzer + analyze + free, and an error", () => {
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    analyzer.free();
    assert.throws(() => analyze(text, { types: ["NOPE"] }));
  });
  assert.equal(growth.wasm, 0, "wasm memory grew");
  assert.ok(growth.heap < 2 * MiB, `JS heap grew by ${growth.heap} bytes`);
});

test("Analyzers dropped without free() are freed by the FinalizationRegistry", async () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const ROUNDS = 10;
  const PER_ROUND = 10_000;
  async function dropMany() {
    for (let i = 0; i < PER_ROUND; i++) new Analyzer();
    gc();
    for (let i = 0; i < 5; i++) await tick(); // finalization callbacks run as tasks after a collection
  }
  for (let i = 0; i < 3; i++) await dropMany(); // warm-up
  const before = memory.buffer.byteLength;
  for (let i = 0; i < ROUNDS; i++) await dropMany();
  const dropped = memory.buffer.byteLength - before;

  // Control: the same number kept alive does grow wasm memory, so the check above can fail.
  const kept = [];
  for (let i = 0; i < ROUNDS * PER_ROUND; i++) kept.push(new Analyzer());
  const held = memory.buffer.byteLength - before;
  for (const analyzer of kept) analyzer.free();
  console.log(
    `${ROUNDS * PER_ROUND} Analyzers dropped without free(): wasm memory grew ${dropped} bytes; ` +
      `the same number kept alive: ${held} bytes`,
  );
  assert.ok(held > 0, "the control should grow wasm memory");
  assert.equal(dropped, 0);
});
