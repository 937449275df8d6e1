// The first analysis after import, as a page or a script pays it: in this fresh process, imports the
// package's Node entry from PKG_DIR (default pkg/), then times `analyze()` on the first 3,000 bytes of the
// demo sample twice (the first call builds the embedded tables and compiles the pattern regexes).
// `first_cpu_ms` is the process's CPU time (all threads, V8's compiler threads included) over the
// first call: less sensitive to other processes on a loaded machine than the wall time `first_ms`.
//   node bench/first-call.mjs [PKG_DIR]     (run it several times, alternating builds: one process, one figure)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const pkg = resolve(process.argv[2] ?? join(REPO, "pkg"));

function join(...parts) {
  return parts.join("/");
}

const t0 = performance.now();
const textlens = await import(pathToFileURL(join(pkg, "node.js")).href);
const imported = performance.now();
const text = readFileSync(join(REPO, "www/samples/sample.txt"), "utf8").slice(0, 3000);
const cpu = process.cpuUsage();
const t1 = performance.now();
textlens.analyze(text);
const t2 = performance.now();
const { user, system } = process.cpuUsage(cpu);
textlens.analyze(text);
const t3 = performance.now();
const ms = (x) => Math.round(x * 10) / 10;
console.log(JSON.stringify({ pkg, import_ms: ms(imported - t0), first_ms: ms(t2 - t1), first_cpu_ms: ms((user + system) / 1000), second_ms: ms(t3 - t2) }));
