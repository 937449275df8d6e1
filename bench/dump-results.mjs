// Dumps `analyze()` results of one build, one JSON line per text and option set, to compare two builds
// byte for byte (a speed change must not change any result):
//   node bench/dump-results.mjs PKG_DIR > /tmp/a.jsonl && node bench/dump-results.mjs OTHER > /tmp/b.jsonl
//   cmp /tmp/a.jsonl /tmp/b.jsonl
// Texts: every text of the shared NER dev files (../shared/data/ner-dev/*.jsonl), the demo samples
// (www/samples/*) and the project's test texts (tests/data/texts/*.txt), each alone, plus each dev file's
// texts joined by blank lines as one call; options: the defaults, statistics only, a few label subsets.
import { createRequire } from "node:module";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sharedDir } from "./corpus.mjs";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const dir = process.argv[2];
if (!dir) {
  console.error("usage: node bench/dump-results.mjs PKG_DIR");
  process.exit(2);
}
const { analyze } = createRequire(import.meta.url)(resolve(dir, "node.cjs"));
const OPTIONS = [
  undefined,
  { types: [] },
  { types: ["EMAIL", "URL"] },
  { types: ["DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL"] },
  { types: ["PERSON", "ORG", "PLACE", "NORP"] },
];

const sources = [];
const shared = sharedDir();
if (shared) {
  const devDir = `${shared}/data/ner-dev/`;
  for (const file of readdirSync(devDir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const texts = readFileSync(devDir + file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).text);
    texts.forEach((t, i) => sources.push([`${file}#${i}`, t]));
    sources.push([`${file}#all`, texts.join("\n\n")]);
  }
}
for (const sub of ["www/samples/", "tests/data/texts/"]) {
  if (!existsSync(REPO + sub)) continue;
  for (const file of readdirSync(REPO + sub).sort()) {
    sources.push([sub + file, readFileSync(REPO + sub + file, "utf8")]);
  }
}
for (const [name, text] of sources) {
  OPTIONS.forEach((options, o) => {
    process.stdout.write(`${name} ${o} ${JSON.stringify(analyze(text, options))}\n`);
  });
}
