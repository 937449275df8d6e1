// Compares builds of the package in one Node process: results and CPU time of analyze() per case.
//   node bench/compare.mjs [--rounds 5] [--cases all,stats,email,names,docs,paras,paras-stats] PKG_DIR...
// Each PKG_DIR is a copy of pkg/ after scripts/build-wasm.sh (e.g. `cp -r pkg /tmp/pkgs/NAME` after each
// variant's build). Every package analyses the 2 MB bench corpus (bench/corpus.mjs) once per case and its
// JSON must equal the first package's; then the rounds run interleaved (every package, every case, per
// round), timed in process CPU time (user + system, `process.cpuUsage`), which moves less than wall time
// on a shared machine. Prints the fastest and the median round. The cases `docs`, `paras` and
// `paras-stats` analyse the same corpus as ~10 KB documents (whole paragraphs) and as single paragraphs,
// one call each, to show the cost per call.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { corpus } from "./corpus.mjs";

const require = createRequire(import.meta.url);
// Each case: [options, shape]; the shape says how the corpus is cut into calls.
const CASES = {
  all: [undefined, "whole"],
  stats: [{ types: [] }, "whole"],
  email: [{ types: ["EMAIL", "URL"] }, "whole"],
  names: [{ types: ["PERSON", "ORG", "PLACE", "NORP"] }, "whole"],
  docs: [undefined, "docs"],
  paras: [undefined, "paras"],
  "paras-stats": [{ types: [] }, "paras"],
};
let rounds = 5;
let cases = ["all", "stats", "email"];
const dirs = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = Number(args[++i]);
  else if (args[i] === "--cases") cases = args[++i].split(",");
  else dirs.push(args[i]);
}
if (!dirs.length || cases.some((c) => !(c in CASES))) {
  console.error(`usage: node bench/compare.mjs [--rounds N] [--cases ${Object.keys(CASES).join(",")}] PKG_DIR...`);
  process.exit(2);
}

const { name, text } = corpus(2 * 1024 * 1024);
const mb = Buffer.byteLength(text) / 1e6;
const paragraphs = text.split(/\n\n+/);
const docs = [];
let doc = "";
for (const p of paragraphs) {
  doc += (doc ? "\n\n" : "") + p;
  if (doc.length >= 10000) docs.push(doc), (doc = "");
}
if (doc) docs.push(doc);
const SHAPES = { whole: [text], docs, paras: paragraphs };
// One case's results (every call's, in order).
const run = (api, c) => SHAPES[CASES[c][1]].map((part) => api.analyze(part, CASES[c][0]));
const apis = dirs.map((dir) => require(resolve(dir, "node.cjs")));
let differ = 0;
for (const c of cases) {
  const first = JSON.stringify(run(apis[0], c));
  apis.slice(1).forEach((api, i) => {
    if (JSON.stringify(run(api, c)) !== first) {
      differ++;
      console.log(`DIFFERENT RESULT: ${dirs[i + 1]} vs ${dirs[0]}, case ${c}`);
    }
  });
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = apis.map(() => Object.fromEntries(cases.map((c) => [c, []])));
for (let r = 0; r < rounds; r++) {
  apis.forEach((api, i) => {
    for (const c of cases) {
      const t0 = cpuMs();
      run(api, c);
      times[i][c].push(cpuMs() - t0);
    }
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`corpus: ${name}, ${mb.toFixed(2)} MB (docs: ${docs.length} calls, paras: ${paragraphs.length}); ${rounds} interleaved rounds; CPU ms: fastest / median (MB/s of the fastest)`);
dirs.forEach((dir, i) => {
  const cols = cases.map((c) => {
    const best = Math.min(...times[i][c]);
    return `${c} ${best.toFixed(0)} / ${median(times[i][c]).toFixed(0)} (${(mb / (best / 1000)).toFixed(2)})`;
  });
  console.log(`${dir.padEnd(24)} ${cols.join("  |  ")}`);
});
console.log(differ ? `${differ} result(s) differ from ${dirs[0]}` : `results identical to ${dirs[0]}`);
