// Linear time and memory (issue 13): analyses 1×, 10× and 100× the same prose with the package's Node
// entry, each size in a fresh process, and prints time and peak memory (max RSS; wasm linear memory)
// with their ratios to the 1× row. Usage: node bench/scaling.mjs [base_bytes=500000]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const UNIT =
  "Mayor Helen Okafor opened the Riverside library in Leeds on Saturday, April 25, 2024. Tickets cost " +
  "$12.50 (about 10% less than 2023); write to info@library.example or see https://library.example/events. " +
  "Call +44 113 496 0000 or follow @riverside #books.\n\n";

if (process.argv[2] === "--child") {
  const bytes = Number(process.argv[3]);
  const text = UNIT.repeat(Math.ceil(bytes / UNIT.length));
  const { analyze } = await import("../pkg/node.js");
  analyze(UNIT); // load and warm up
  const start = process.hrtime.bigint();
  const result = analyze(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ bytes: text.length, ms, mentions: result.mentions.length, maxRssKb: process.resourceUsage().maxRSS }));
} else {
  const base = Number(process.argv[2] ?? 500_000);
  const rows = [];
  for (const factor of [1, 10, 100]) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", String(base * factor)], { encoding: "utf8" });
    rows.push({ factor, ...JSON.parse(out) });
  }
  const [first] = rows;
  console.log("| input | bytes | time ms | time ratio | mentions | peak RSS MB | RSS ratio |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) {
    console.log(`| ${r.factor}× | ${r.bytes} | ${r.ms.toFixed(0)} | ${(r.ms / first.ms).toFixed(1)} | ${r.mentions} | ${(r.maxRssKb / 1024).toFixed(0)} | ${(r.maxRssKb / first.maxRssKb).toFixed(1)} |`);
  }
}
