// The packed tarball in fresh Node consumer projects: ESM `import`, CJS `require`, the slim entry with
// the exported wasm, and `tsc --noEmit --strict` over a typed consumer example.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { analyze } from "../../pkg/node.js";
import { REPO, TEXT, makeConsumer, pack, runNode, scratch } from "./consumer.mjs";

const EXPECTED = analyze(TEXT);
let tmp;
let packed;
before(() => {
  tmp = scratch("node");
  packed = pack(tmp.dir);
});
after(() => tmp?.cleanup());

test("the tarball holds the entries, types, glue and wasm, and nothing else", () => {
  for (const file of [
    "package.json", "README.md", "index.js", "index.d.ts", "node.js", "node.cjs", "slim.js", "slim.d.ts",
    "worker.js", "worker.d.ts", "lib/api.js", "lib/worker-thread.js", "lib/worker-protocol.js",
    "gen/web/textlens.js", "gen/web/textlens_bg.wasm", "gen/node/textlens.js", "gen/node/textlens_bg.wasm",
    "gen/node/api.cjs", "gen/node/index.d.cts", "gen/node/package.json",
  ]) {
    assert.ok(packed.files.includes(file), `missing ${file}`);
  }
  // pkg/highlight.js comes from the highlighter's own branch; once in the tree it must ship too.
  for (const file of ["highlight.js", "highlight.d.ts", "highlight.css"]) {
    if (existsSync(join(REPO, "pkg", file))) assert.ok(packed.files.includes(file), `missing ${file}`);
  }
  const unexpected = packed.files.filter((f) => !/^(gen\/|lib\/|highlight\/|[\w.-]+\.(js|cjs|d\.ts|css|json|md)$)/.test(f));
  assert.deepEqual(unexpected, []);
});

test("a Node ESM project imports it with no init call", () => {
  const dir = makeConsumer(join(tmp.dir, "esm"), packed.tarball, {
    "main.js": `import init, { analyze, Analyzer, MAX_TEXT_BYTES } from "textlens";
const text = ${JSON.stringify(TEXT)};
const analyzer = new Analyzer();
const out = { direct: analyze(text), analyzer: analyzer.analyze(text), init: await init(), max: MAX_TEXT_BYTES };
analyzer.free();
console.log(JSON.stringify(out));`,
  });
  const out = JSON.parse(runNode(dir, "main.js"));
  assert.deepEqual(out.direct, EXPECTED);
  assert.deepEqual(out.analyzer, EXPECTED);
  assert.equal(out.init, undefined);
  assert.equal(out.max, 256 * 1024 * 1024);
});

test("a Node CommonJS project requires it", () => {
  const dir = makeConsumer(join(tmp.dir, "cjs"), packed.tarball, {
    "main.js": `const { analyze, Analyzer } = require("textlens");
const text = ${JSON.stringify(TEXT)};
let typeError;
try { analyze(1); } catch (err) { typeError = err instanceof TypeError && err.message; }
console.log(JSON.stringify({ direct: analyze(text), analyzer: new Analyzer().analyze(text), typeError }));`,
  }, { type: "commonjs" });
  const out = JSON.parse(runNode(dir, "main.js"));
  assert.deepEqual(out.direct, EXPECTED);
  assert.deepEqual(out.analyzer, EXPECTED);
  assert.match(out.typeError, /argument "text"/);
});

test("the slim entry takes the exported wasm as bytes", () => {
  const dir = makeConsumer(join(tmp.dir, "slim"), packed.tarball, {
    "main.js": `import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import init, { analyze } from "textlens/slim";
await init(readFileSync(fileURLToPath(import.meta.resolve("textlens/textlens_bg.wasm"))));
console.log(JSON.stringify(analyze(${JSON.stringify(TEXT)})));`,
  });
  assert.deepEqual(JSON.parse(runNode(dir, "main.js")), EXPECTED);
});

const TYPED_EXAMPLE = `import init, { analyze, Analyzer, MAX_TEXT_BYTES, redact, restore } from "textlens";
import type { Analysis, AnalyzeOptions, AnalyzerConfig, Entity, Label, Mention, Redaction, RedactOptions, Replacement, Stats, Value } from "textlens";
import initSlim, { initSync, analyze as analyzeSlim } from "textlens/slim";
import initWorker, { analyze as analyzeInWorker, Analyzer as WorkerAnalyzer, redact as redactInWorker, restore as restoreHere, terminate } from "textlens/worker";

await init();
const options: AnalyzeOptions = { types: ["PERSON", "EMAIL", "TICKER"], offsets: "utf16", keywords: 5, key_sentences: 2 };
const result: Analysis = analyze("Mail ann@example.org", options);
const first: Mention | undefined = result.mentions[0];
const label: Label | undefined = first?.label;
const value: Value | undefined = first?.value;
const entity: Entity | undefined = result.entities[0];
const stats: Stats = result.stats;
const words: number = stats.words;
const grade: number | undefined = stats.flesch_kincaid_grade;
const keyword: string | undefined = result.keywords[0]?.text;
const summary: string | undefined = result.key_sentences?.[0]?.text;
const limit: number = MAX_TEXT_BYTES;
const redactOptions: RedactOptions = { labels: ["PERSON", "IBAN"], style: "mask", mask: "*", mask_length: 4, offsets: "utf16" };
const redaction: Redaction = redact("Mail ann@example.org", redactOptions);
const replacement: Replacement | undefined = redaction.replacements[0];
const back: string = restore(redaction.text, redaction.replacements);
const placeholder: string | undefined = replacement?.replacement;

const config: AnalyzerConfig = {
  terms: { PRODUCT: ["Galaxy S24"] },
  patterns: [{ label: "TICKER", regex: "\\\\$[A-Z]{2,5}\\\\b" }],
  priority: "longest",
};
const analyzer = new Analyzer(config);
const labels: string[] = analyzer.labels();
const again: Analysis = analyzer.analyze("Buy $ACME", { offsets: "codepoint" });
const redactedAgain: Redaction = analyzer.redact("Buy $ACME", { labels: ["TICKER"], style: "label" });
analyzer.free();

await initSlim(new URL("https://example.org/textlens_bg.wasm"));
initSync(new Uint8Array(8));
const slimResult: Analysis = analyzeSlim("x");

await initWorker();
const fromWorker: Promise<Analysis> = analyzeInWorker("x", { types: ["URL"] });
const workerAnalyzer = new WorkerAnalyzer({ terms: { TEAM: ["Lakers"] } });
const workerLabels: Promise<string[]> = workerAnalyzer.labels();
const workerRedaction: Promise<Redaction> = redactInWorker("x");
const restoredHere: string = restoreHere("x", []);
workerAnalyzer.free();
terminate();

// @ts-expect-error the text must be a string
analyze(42);
// @ts-expect-error unknown options are refused
analyze("x", { ofsets: "utf8" });
// @ts-expect-error offsets has three units
analyze("x", { offsets: "bytes" });
// @ts-expect-error a pattern needs a regex
new Analyzer({ patterns: [{ label: "X" }] });
// @ts-expect-error redact has three styles
redact("x", { style: "blur" });
// @ts-expect-error slim's init needs the wasm
initSlim();
// @ts-expect-error results are plain data, not wasm objects
result.free();

export { label, value, entity, words, grade, keyword, summary, limit, labels, again, slimResult, fromWorker, workerLabels };
`;

test("tsc --noEmit --strict accepts a typed consumer and refuses misuse (bundler and nodenext)", () => {
  const compilerOptions = {
    strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], skipLibCheck: false,
    types: [],
  };
  for (const [name, resolution] of [
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
  ]) {
    const dir = makeConsumer(join(tmp.dir, `ts-${name}`), packed.tarball, {
      "example.ts": TYPED_EXAMPLE,
      "tsconfig.json": JSON.stringify({ compilerOptions: { ...compilerOptions, ...resolution }, files: ["example.ts"] }),
    });
    const tsc = join(REPO, "node_modules/typescript/bin/tsc");
    try {
      execFileSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
    } catch (err) {
      assert.fail(`tsc (${name}) failed:\n${err.stdout}${err.stderr}`);
    }
  }
  assert.ok(readFileSync(join(REPO, "pkg/index.d.ts"), "utf8").includes("export interface AnalyzerConfig"));
});

test("tsc --noEmit --strict accepts a CommonJS TypeScript consumer (node16 resolution, require types)", () => {
  const dir = makeConsumer(join(tmp.dir, "ts-cjs"), packed.tarball, {
    "example.ts": `import init, { analyze, Analyzer, type Analysis } from "textlens";
const result: Analysis = analyze("Mail ann@example.org", { offsets: "codepoint" });
const analyzer = new Analyzer({ terms: { PRODUCT: ["Galaxy S24"] } });
analyzer.free();
void init();
// @ts-expect-error the text must be a string
analyze(42);
export const words: number = result.stats.words;
`,
    "tsconfig.json": JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: "node16", moduleResolution: "node16", lib: ["es2022"], types: [] },
      files: ["example.ts"],
    }),
  }, { type: "commonjs" });
  const tsc = join(REPO, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
  } catch (err) {
    assert.fail(`tsc (node16, CommonJS) failed:\n${err.stdout}${err.stderr}`);
  }
});
