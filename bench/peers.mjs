// textlens beside the libraries users would pick instead (issue 16), in one run:
//   node bench/peers.mjs [--mb 2] [--rounds 3] [--cold 5] [--base-kb 20] [--pkg DIR]... [--only textlens]
//                        [--no-scaling] [--quick] [--json FILE]
// Build first (scripts/build-wasm.sh). In this process: textlens (the package's Node export, from pkg/ or
// each --pkg DIR, loaded as `import "textlens"` resolves it), compromise + compromise-dates and wink-nlp +
// wink-eng-lite-web-model analyse the mixed English corpus (bench/corpus.mjs, >= --mb MB) and a news
// article, in interleaved rounds (the order rotates each round); medians are reported. textlens also runs
// the shapes of issue 16: the whole text in one call, ~10 KB documents, single paragraphs, statistics only.
// In fresh child processes: cold init (start → first result on the 3 KB news article, median of --cold),
// peak RSS after analysing the corpus once, and scaling 1×/10×/100× of a --base-kb prefix (bench/scaling.mjs).
// The download is what a browser fetches: each library bundled by esbuild (minified ESM), plus textlens's
// wasm, compressed with gzip -9 and brotli (quality 11) by node:zlib.
// --only textlens skips the peers (for speed work on textlens; several --pkg give ratios between builds).
// --quick: 50 KB, one round, one cold start, 2 KB scaling base (for tests/node/peers.test.mjs).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

import { mixedCorpus, newsArticle } from "./corpus.mjs";
import { REPO, compromise, library, textlens, wink } from "./libs.mjs";
import { TABLE_HEAD, measure, tableRows } from "./scaling.mjs";

const SELF = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const all = (name) => argv.flatMap((a, i) => (a === `--${name}` ? [argv[i + 1]] : []));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const now = () => performance.now();

// ---- child processes -------------------------------------------------------------------------------
if (argv[0] === "--child") {
  const [mode, id, pkg, mb] = argv.slice(1);
  if (mode === "cold") {
    // performance.now() counts from the process's start (Node's time origin).
    const text = newsArticle().text;
    const t0 = now();
    const runner = await library(id, pkg === "-" ? undefined : pkg).load();
    const t1 = now();
    runner.run(text);
    const t2 = now();
    console.log(JSON.stringify({ startToResultMs: t2, importMs: t1 - t0, firstCallMs: t2 - t1 }));
  } else {
    const { text } = mixedCorpus(Number(mb) * 1024 * 1024);
    let ms = 0;
    if (id !== "none") {
      const runner = await library(id, pkg === "-" ? undefined : pkg).load();
      const t0 = now();
      runner.run(text);
      ms = now() - t0;
    }
    console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms }));
  }
  process.exit(0);
}

const child = (...args) =>
  JSON.parse(execFileSync(process.execPath, [SELF, "--child", ...args], { encoding: "utf8", maxBuffer: 1 << 20 }));

// ---- settings ----------------------------------------------------------------------------------------
const quick = argv.includes("--quick");
const mb = Number(opt("mb", quick ? 0.03 : 2));
const rounds = Number(opt("rounds", quick ? 1 : 3));
const coldRuns = Number(opt("cold", quick ? 1 : 5));
const baseBytes = Number(opt("base-kb", quick ? 1 : 20)) * 1000;
const scaling = !argv.includes("--no-scaling");
const onlyTextlens = opt("only") === "textlens";
const pkgs = all("pkg").length ? all("pkg").map((d) => resolve(d)) : [resolve(REPO, "pkg")];
const pkgId = (dir, i) => (pkgs.length === 1 ? "textlens" : `textlens#${i + 1} (${dir})`);
const textlensLibs = pkgs.map((dir, i) => ({ ...textlens(dir, { id: pkgId(dir, i) }), libId: "textlens", pkg: dir }));
const peerLibs = onlyTextlens ? [] : [compromise(), wink()].map((l) => ({ ...l, libId: l.id, pkg: "-" }));
const libs = [...textlensLibs, ...peerLibs];

const loadStart = os.loadavg();
const { name: corpusName, text, uniqueBytes } = mixedCorpus(mb * 1024 * 1024);
const news = newsArticle();
const bytes = Buffer.byteLength(text);
const newsBytes = Buffer.byteLength(news.text);

// Shapes of issue 16, cut from the same text.
const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
const documents = [];
for (let doc = "", i = 0; i < paragraphs.length; i++) {
  doc = doc ? `${doc}\n\n${paragraphs[i]}` : paragraphs[i];
  if (Buffer.byteLength(doc) >= 10_000 || i === paragraphs.length - 1) {
    documents.push(doc);
    doc = "";
  }
}

// ---- in-process throughput, interleaved ------------------------------------------------------------
for (const lib of libs) {
  const t0 = now();
  lib.runner = await lib.load();
  lib.loadMs = now() - t0;
  lib.runner.run(news.text); // warm-up
  lib.times = [];
  lib.newsTimes = [];
  if (lib.libId === "textlens") lib.shapes = { whole: [], documents: [], paragraphs: [], statsOnly: [] };
}
const words = textlensLibs[0].runner.analyze(text, { types: [] }).stats.words;
const NEWS_REPEAT = quick ? 1 : 5;
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < libs.length; k++) {
    const lib = libs[(k + r) % libs.length];
    let t0 = now();
    lib.entities = lib.runner.run(text);
    lib.times.push(now() - t0);
    t0 = now();
    for (let i = 0; i < NEWS_REPEAT; i++) lib.newsEntities = lib.runner.run(news.text);
    lib.newsTimes.push((now() - t0) / NEWS_REPEAT);
    if (lib.shapes) {
      const { analyze } = lib.runner;
      const time = (fn) => {
        const s = now();
        fn();
        return now() - s;
      };
      lib.shapes.whole.push(lib.times.at(-1));
      lib.shapes.documents.push(time(() => documents.forEach((d) => analyze(d))));
      lib.shapes.paragraphs.push(time(() => paragraphs.forEach((p) => analyze(p))));
      lib.shapes.statsOnly.push(time(() => analyze(text, { types: [] })));
    }
  }
}

// ---- child processes: cold init, peak RSS --------------------------------------------------------------
for (const lib of libs) lib.cold = [];
for (let i = 0; i < coldRuns; i++) for (const lib of libs) lib.cold.push(child("cold", lib.libId, lib.pkg));
const baselineRss = child("rss", "none", "-", String(mb)).maxRssKb;
for (const lib of libs) lib.rss = child("rss", lib.libId, lib.pkg, String(mb));

// ---- download ------------------------------------------------------------------------------------------
const esbuild = await import("esbuild");
for (const lib of libs) {
  const { code, files } = lib.browserEntry();
  const out = await esbuild.build({
    stdin: { contents: code, resolveDir: REPO, loader: "js", sourcefile: `${lib.id}-entry.js` },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const parts = [out.outputFiles[0].contents, ...files.map((f) => readFileSync(f))];
  lib.download = {
    files: ["bundle.js (esbuild --minify)", ...files.map((f) => basename(f))],
    raw: parts.reduce((a, p) => a + p.length, 0),
    gzip: parts.reduce((a, p) => a + gzipSync(p, { level: 9 }).length, 0),
    brotli: parts.reduce(
      (a, p) => a + brotliCompressSync(p, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: p.length } }).length,
      0,
    ),
  };
}

// ---- scaling -------------------------------------------------------------------------------------------
const factors = quick ? [1, 10] : [1, 10, 100];
if (scaling) {
  for (const lib of libs) {
    lib.scaling = factors.map((factor) => measure({ lib: lib.libId, kind: "mixed", base: baseBytes, factor, pkg: lib.pkg === "-" ? undefined : lib.pkg }));
  }
}
const loadEnd = os.loadavg();

// ---- report --------------------------------------------------------------------------------------------
const mbps = (b, ms) => b / 1e6 / (ms / 1000);
const report = {
  machine: {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "unknown",
    loadavg: { start: loadStart, end: loadEnd },
    node: process.version,
    date: new Date().toISOString(),
  },
  corpus: { name: corpusName, bytes, uniqueBytes, words, paragraphs: paragraphs.length, documents: documents.length },
  news: { name: news.name, bytes: newsBytes },
  settings: { rounds, coldRuns, baseBytes, factors, quick },
  baselineRssKb: baselineRss,
  libraries: libs.map((lib) => ({
    id: lib.id,
    name: lib.name,
    version: lib.version,
    loadMs: lib.loadMs,
    ms: median(lib.times),
    mbps: mbps(bytes, median(lib.times)),
    wordsPerSec: words / (median(lib.times) / 1000),
    newsMs: median(lib.newsTimes),
    newsMbps: mbps(newsBytes, median(lib.newsTimes)),
    entities: lib.entities,
    newsEntities: lib.newsEntities,
    cold: {
      startToResultMs: median(lib.cold.map((c) => c.startToResultMs)),
      importMs: median(lib.cold.map((c) => c.importMs)),
      firstCallMs: median(lib.cold.map((c) => c.firstCallMs)),
    },
    peakRssKb: lib.rss.maxRssKb,
    rssRunMs: lib.rss.ms,
    download: lib.download,
    scaling: lib.scaling ?? null,
    shapes: lib.shapes
      ? Object.fromEntries(Object.entries(lib.shapes).map(([k, v]) => [k, { ms: median(v), mbps: mbps(bytes, median(v)) }]))
      : undefined,
  })),
};

if (opt("json")) writeFileSync(opt("json"), JSON.stringify(report, null, 2) + "\n");

const f1 = (x) => x.toFixed(1);
const f0 = (x) => x.toFixed(0);
const kib = (n) => f1(n / 1024);
const L = report.libraries;
const out = [];
const m = report.machine;
out.push(
  `Node ${m.node}, ${m.nproc} CPUs (${m.cpu}), load average ${m.loadavg.start.map(f1).join(" ")} at start, ${m.loadavg.end.map(f1).join(" ")} at end; ${m.date}`,
  `corpus: ${f1(bytes / 1e6)} MB (${f1(uniqueBytes / 1e6)} MB distinct), ${words} words (textlens's count, used for every library's words/s), ` +
    `${paragraphs.length} paragraphs, ${documents.length} documents of ~10 KB: ${corpusName}`,
  `news: ${news.name}, ${newsBytes} bytes; ${rounds} interleaved rounds (medians), cold init median of ${coldRuns} fresh processes`,
  "",
  "| library | version | corpus MB/s | words/s | news MB/s | cold: start → first result ms | import ms | first call ms | peak RSS MB | download raw KiB | gzip -9 KiB | brotli KiB |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
);
for (const l of L) {
  out.push(
    `| ${l.name} | ${l.version} | ${f1(l.mbps)} | ${f0(l.wordsPerSec)} | ${f1(l.newsMbps)} | ${f0(l.cold.startToResultMs)} | ${f0(l.cold.importMs)} | ` +
      `${f1(l.cold.firstCallMs)} | ${f0(l.peakRssKb / 1024)} | ${kib(l.download.raw)} | ${kib(l.download.gzip)} | ${kib(l.download.brotli)} |`,
  );
}
out.push(`\nPeak RSS of Node holding the corpus and loading no library: ${f0(baselineRss / 1024)} MB.`);

const labels = [...new Set(L.flatMap((l) => [...Object.keys(l.entities), ...Object.keys(l.newsEntities)]))];
const order = ["PERSON", "ORG", "PLACE", "NORP", "DATE", "TIME", "DURATION", "MONEY", "PERCENT", "NUMBER", "ORDINAL"];
labels.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
out.push("", `Mentions by label (corpus / news article):`, "", `| library | ${labels.join(" | ")} |`, `| --- |${" --- |".repeat(labels.length)}`);
for (const l of L) out.push(`| ${l.id} | ${labels.map((k) => `${l.entities[k] ?? 0} / ${l.newsEntities[k] ?? 0}`).join(" | ")} |`);

const base = L[0];
if (L.length > 1) {
  out.push("", `Ratios, ${base.id} against each (above 1: ${base.id} is faster / smaller):`, "");
  out.push("| against | corpus speed | news speed | cold start → result | peak RSS | gzip download | brotli download |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const l of L.slice(1)) {
    out.push(
      `| ${l.id} | ${f1(base.mbps / l.mbps)} | ${f1(base.newsMbps / l.newsMbps)} | ${f1(l.cold.startToResultMs / base.cold.startToResultMs)} | ` +
        `${f1(l.peakRssKb / base.peakRssKb)} | ${f1(l.download.gzip / base.download.gzip)} | ${f1(l.download.brotli / base.download.brotli)} |`,
    );
  }
}

// Targets of issue 16, for every textlens build measured.
const TARGETS = [
  ["whole text, one call", "whole", 10],
  [`${documents.length} documents of ~10 KB`, "documents", 8],
  [`${paragraphs.length} paragraphs, one call each`, "paragraphs", 5],
  ["statistics only (types: [])", "statsOnly", 40],
];
out.push("", "textlens on the shapes of issue 16 (same corpus):", "");
out.push(`| shape | target | ${L.filter((l) => l.shapes).map((l) => l.id).join(" | ")} |`, `| --- | --- |${" --- |".repeat(L.filter((l) => l.shapes).length)}`);
const tl = L.filter((l) => l.shapes);
const verdict = (ok) => (ok ? "met" : "**not met**");
for (const [label, key, target] of TARGETS) {
  out.push(`| ${label} | ≥ ${target} MB/s | ${tl.map((l) => `${f1(l.shapes[key].mbps)} MB/s, ${verdict(l.shapes[key].mbps >= target)}`).join(" | ")} |`);
}
out.push(`| first analyze() after import, ${newsBytes} B | ≤ 30 ms | ${tl.map((l) => `${f1(l.cold.firstCallMs)} ms, ${verdict(l.cold.firstCallMs <= 30)}`).join(" | ")} |`);
out.push(`| default entry download (gzip -9, node:zlib) | ≤ 400 KiB (409,600 B) | ${tl.map((l) => `${l.download.gzip} B, ${verdict(l.download.gzip <= 400 * 1024)}`).join(" | ")} |`);
if (tl.length > 1) {
  out.push("", `Ratios of each build's speed to ${tl[0].id}: ` + tl.slice(1).map((l) => `${l.id}: ` + TARGETS.map(([, k]) => `${k} ×${(l.shapes[k].mbps / tl[0].shapes[k].mbps).toFixed(2)}`).join(", ")).join("; "));
}

if (scaling) {
  out.push("", `Scaling: ${baseBytes / 1000} KB prefix of the corpus repeated (fresh process per row, after a warm-up on the 1× text):`, "", ...TABLE_HEAD);
  for (const l of L) out.push(...tableRows(l.id, l.scaling));
}
console.log(out.join("\n"));
