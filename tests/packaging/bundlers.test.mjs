// The packed tarball bundled by esbuild, Vite and webpack in a fresh consumer project, and each bundle
// run in Chromium: the auto-initialising entry (top-level await, ES2022 target) and the worker entry.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

import * as esbuild from "esbuild";
import { build as viteBuild, createServer as viteServer } from "vite";
import webpack from "webpack";

import { analyze } from "../../pkg/node.js";
import { launch } from "../browser/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";
import { TEXT, makeConsumer, pack, scratch } from "./consumer.mjs";

const EXPECTED = analyze(TEXT);

/** The app each bundler bundles; `startWorker` is "" where the bundler starts the worker itself. */
const app = (startWorker = "") => `import { analyze, Analyzer } from "textlens";
import initWorker, { analyze as analyzeInWorker } from "textlens/worker";
${startWorker}
const text = ${JSON.stringify(TEXT)};
const analyzer = new Analyzer();
window.outcome = {
  direct: analyze(text),
  analyzer: analyzer.analyze(text),
  worker: await analyzeInWorker(text),
};
analyzer.free();
`;
const PAGE = (script) =>
  `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title><body>${script}</body>`;

let tmp;
let consumer;
let browser;
before(async () => {
  tmp = scratch("bundlers");
  const { tarball } = pack(tmp.dir);
  consumer = makeConsumer(join(tmp.dir, "app"), tarball, {
    "src/main.js": app(),
    // esbuild does not follow `new Worker(new URL(...))`: bundle the worker entry point and hand it over.
    "src/main-esbuild.js": app(
      'await initWorker(new Worker(new URL("./textlens-worker.js", import.meta.url), { type: "module" }));',
    ),
    "index.html": PAGE('<script type="module" src="/src/main.js"></script>'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  tmp?.cleanup();
});

/** Serves `dir`, opens `path` in Chromium, and returns what the app computed (failing on page errors). */
async function runInChromium(dir, path = "index.html") {
  const server = await serve({ port: 0, mounts: [["/", dir]] });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  try {
    await page.goto(new URL(path, server.url).href);
    await page.waitForFunction(() => window.outcome, null, { timeout: 20_000 }).catch(() => {
      throw new Error(`the app did not finish; page errors: ${errors.join("; ") || "none"}`);
    });
    assert.deepEqual(errors, []);
    return await page.evaluate(() => window.outcome);
  } finally {
    await page.close();
    await server.close();
  }
}

function assertOutcome(outcome) {
  assert.deepEqual(outcome.direct, EXPECTED);
  assert.deepEqual(outcome.analyzer, EXPECTED);
  assert.deepEqual(outcome.worker, EXPECTED);
}

test("esbuild (ES2022, wasm copied beside the bundle) runs in Chromium", async () => {
  const out = join(consumer, "dist-esbuild");
  await esbuild.build({
    absWorkingDir: consumer,
    entryPoints: { main: "src/main-esbuild.js", "textlens-worker": "textlens/worker-thread" },
    bundle: true,
    format: "esm",
    target: "es2022",
    outdir: out,
    logLevel: "error",
  });
  const require = createRequire(join(consumer, "package.json"));
  copyFileSync(require.resolve("textlens/textlens_bg.wasm"), join(out, "textlens_bg.wasm"));
  writeFileSync(join(out, "index.html"), PAGE('<script type="module" src="main.js"></script>'));
  assertOutcome(await runInChromium(out));
});

test("Vite (build, ES2022, worker format es) runs in Chromium", async () => {
  const out = join(consumer, "dist-vite");
  await viteBuild({
    root: consumer,
    configFile: false,
    logLevel: "error",
    build: { outDir: out, target: "es2022", emptyOutDir: true },
    worker: { format: "es" },
  });
  assertOutcome(await runInChromium(out));
});

test("webpack 5 (production, ES2022) runs in Chromium", async () => {
  const out = join(consumer, "dist-webpack");
  const stats = await new Promise((resolve, reject) =>
    webpack({
      mode: "production",
      context: consumer,
      entry: "./src/main.js",
      target: ["web", "es2022"],
      output: { path: out, filename: "main.js" },
    }).run((err, result) => (err ? reject(err) : resolve(result))),
  );
  assert.equal(stats.hasErrors(), false, stats.toString("errors-only"));
  writeFileSync(join(out, "index.html"), PAGE('<script src="main.js"></script>'));
  assertOutcome(await runInChromium(out));
});

test("the Vite dev server (with textlens excluded from dependency pre-bundling) runs it in Chromium", async () => {
  const server = await viteServer({
    root: consumer,
    configFile: false,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
    optimizeDeps: { exclude: ["textlens"] },
    worker: { format: "es" },
  });
  await server.listen();
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  try {
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForFunction(() => window.outcome, null, { timeout: 20_000 }).catch(() => {
      throw new Error(`the app did not finish; page errors: ${errors.join("; ") || "none"}`);
    });
    assertOutcome(await page.evaluate(() => window.outcome));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
});
