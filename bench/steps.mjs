// How long each step of a stepped analysis takes (`TextDocument.analysisSteps()`, what textlens/highlight
// runs on a page's main thread when no worker can start), in Node, on ~1 MB of the benchmark corpus (bench/corpus.mjs):
//   node bench/steps.mjs [--units N] [--bytes N] [PKG_DIR]
// Round 1 runs in a fresh process (the first use of the regexes, the name model and the word lists
// falls in it), round 2 after. Prints the number of steps, their total, the longest steps (ms@index)
// and the time of `finish()`, which hands the result over.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus } from "./corpus.mjs";

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const units = arg("--units", 32 * 1024);
const bytes = arg("--bytes", 1_000_000);
const dir = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const pkg = dir ? resolve(dir) : fileURLToPath(new URL("../pkg", import.meta.url));
const { Analyzer } = await import(join(pkg, "node.js"));

const text = corpus(bytes).text;
const analyzer = new Analyzer();
for (const round of [1, 2]) {
  const doc = analyzer.document();
  doc.append(text);
  const steps = doc.analysisSteps();
  const times = [];
  let done = false;
  while (!done) {
    const t = performance.now();
    done = steps.step(units);
    times.push(performance.now() - t);
  }
  const t = performance.now();
  const analysis = steps.finish();
  const finish = performance.now() - t;
  const longest = times.map((ms, i) => [ms, i]).sort((a, b) => b[0] - a[0]).slice(0, 5);
  const total = times.reduce((sum, ms) => sum + ms, 0);
  console.log(
    `round ${round}: ${text.length} UTF-16 units, ${analysis.mentions.length} mentions; ${times.length} steps of ${units} units, ` +
      `${total.toFixed(0)} ms in all; longest ${longest.map(([ms, i]) => `${ms.toFixed(1)}@${i}`).join(" ")}; finish() ${finish.toFixed(1)} ms`,
  );
  doc.free();
}
analyzer.free();
