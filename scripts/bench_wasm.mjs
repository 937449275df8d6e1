// Measures full analysis (names included) in the release wasm under Node, on >= 2 MB of English
// text built from the committed linking documents. Build first:
//   cargo rustc --lib --release --target wasm32-unknown-unknown --crate-type cdylib
//   wasm-bindgen --target nodejs --remove-name-section --out-dir /tmp/wbN target/wasm32-unknown-unknown/release/textlens.wasm
// then: node scripts/bench_wasm.mjs /tmp/wbN
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2] ?? "/tmp/wbN");
const { analyze } = createRequire(import.meta.url)(join(dir, "textlens.js"));
const docs = join(import.meta.dirname, "..", "tests", "data", "linking");
const one = readdirSync(docs).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(docs, f), "utf8") + "\n").join("");
let text = "";
while (text.length < 2 * 1024 * 1024) text += one;
const bytes = Buffer.byteLength(text);
analyze("Warm-up: Vladimir Putin met Kim Jong Un.", {});
const runs = [];
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const result = analyze(text, {});
  const cpu = process.cpuUsage(cpu0);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  runs.push({ wall, cpu: (cpu.user + cpu.system) / 1e6, mentions: result.mentions.length });
}
const best = (k) => Math.min(...runs.map((r) => r[k]));
const mbps = (s) => (bytes / 1e6 / s).toFixed(2);
console.log(`${(bytes / 1e6).toFixed(2)} MB, ${runs[0].mentions} mentions`);
console.log(`best wall ${best("wall").toFixed(3)} s = ${mbps(best("wall"))} MB/s; best CPU ${best("cpu").toFixed(3)} s = ${mbps(best("cpu"))} MB/s`);
