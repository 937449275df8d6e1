// Throughput of the wasm package under Node, in MB/s, side by side with baselines run in the same process:
//   node bench/analyze.bench.mjs [--mb 2] [--runs 5]
// Build first (scripts/build-wasm.sh). Reports the median of `runs` timed runs after one warm-up.
import { analyze, redact } from "../pkg/node.js";
import { corpus } from "./corpus.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg("runs", 5);
const { name, text } = corpus(arg("mb", 2) * 1024 * 1024);
const mb = Buffer.byteLength(text) / 1e6;

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const cases = [
  ["baseline: TextEncoder.encode (copy the text once)", () => new TextEncoder().encode(text)],
  ["baseline: JS word count (split on whitespace)", () => text.split(/\s+/).length],
  ["textlens analyze(), everything", () => analyze(text)],
  ["textlens analyze(), statistics only (types: [])", () => analyze(text, { types: [] })],
];
for (const types of [["EMAIL", "URL"], ["PERSON", "ORG", "PLACE", "NORP"]]) {
  cases.push([`textlens analyze(), types ${types.join(",")}`, () => analyze(text, { types })]);
}
// One pass without statistics; PERSON among the default labels runs the name recogniser.
cases.push(["textlens redact(), default labels", () => redact(text)]);

console.log(`corpus: ${name}, ${mb.toFixed(2)} MB; median of ${runs} runs; Node ${process.version}`);
const base = median(cases[0][1]);
for (const [label, fn] of cases) {
  let ms;
  try {
    ms = median(fn);
  } catch (err) {
    console.log(`${label.padEnd(58)} skipped: ${err.message}`);
    continue;
  }
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s  ×${(ms / base).toFixed(1)} baseline`);
}
