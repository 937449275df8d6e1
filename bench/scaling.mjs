// Linear time and memory (issue 13): analyses 1×, 10× and 100× the same text, each size in a fresh
// process, and prints time and peak memory (max RSS; wasm linear memory) with their ratios to the 1× row.
//   node bench/scaling.mjs [base_bytes=500000] [--lib textlens|compromise|wink] [--text unit|mixed]
// `--text unit` (default) repeats one paragraph dense with entities; `--text mixed` repeats the first
// base_bytes of the mixed English corpus (bench/corpus.mjs). bench/peers.mjs runs every library this way.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { mixedCorpus } from "./corpus.mjs";
import { library } from "./libs.mjs";

const UNIT =
  "Mayor Helen Okafor opened the Riverside library in Leeds on Saturday, April 25, 2024. Tickets cost " +
  "$12.50 (about 10% less than 2023); write to info@library.example or see https://library.example/events. " +
  "Call +44 113 496 0000 or follow @riverside #books.\n\n";

/** The 1× text: `UNIT` repeated, or a prefix of the mixed corpus cut at a paragraph break. */
function baseText(kind, bytes) {
  if (kind === "unit") return UNIT.repeat(Math.ceil(bytes / UNIT.length));
  const { text } = mixedCorpus(bytes);
  const cut = text.indexOf("\n\n", bytes);
  return (cut < 0 ? text : text.slice(0, cut)) + "\n\n";
}

/**
 * Runs `lib` on `factor`× the base text in a fresh Node process (after a warm-up call on the 1× text, so
 * that the 1× row is not the JIT's first run)
 * and returns `{ factor, bytes, ms, mentions, maxRssKb }`.
 */
export function measure({ lib = "textlens", kind = "unit", base, factor, pkg }) {
  const args = [fileURLToPath(import.meta.url), "--child", String(base), String(factor), lib, kind];
  if (pkg) args.push(pkg);
  const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  return { factor, ...JSON.parse(out) };
}

/** Markdown rows for `rows` of one library, ratios against its first row. */
export function tableRows(name, rows) {
  const [first] = rows;
  return rows.map(
    (r) =>
      `| ${name} | ${r.factor}× | ${r.bytes} | ${r.ms.toFixed(0)} | ${(r.ms / first.ms).toFixed(1)} | ${r.mentions} | ` +
      `${(r.maxRssKb / 1024).toFixed(0)} | ${(r.maxRssKb / first.maxRssKb).toFixed(1)} |`,
  );
}
export const TABLE_HEAD = [
  "| library | input | bytes | time ms | time ratio | mentions | peak RSS MB | RSS ratio |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
];

const main = process.argv[1] === fileURLToPath(import.meta.url);
if (main && process.argv[2] === "--child") {
  const [base, factor, lib, kind, pkg] = process.argv.slice(3);
  const one = baseText(kind, Number(base));
  const text = one.repeat(Number(factor));
  const runner = await library(lib, pkg).load();
  runner.run(one); // load and warm up
  const start = process.hrtime.bigint();
  const counts = runner.run(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const mentions = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), ms, mentions, maxRssKb: process.resourceUsage().maxRSS }));
} else if (main) {
  const opt = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const positional = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
  const base = Number(positional ?? 500_000);
  const lib = opt("lib", "textlens");
  const kind = opt("text", "unit");
  const rows = [1, 10, 100].map((factor) => measure({ lib, kind, base, factor }));
  console.log([...TABLE_HEAD, ...tableRows(lib, rows)].join("\n"));
}
