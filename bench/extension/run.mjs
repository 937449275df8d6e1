// What running the analysis in the extension's service worker costs, in real Chromium:
//   scripts/build-extension.sh && node bench/extension/run.mjs [--runs N]
// On the generated ~1 MB page of bench/highlight (fresh page per run, same browser, same page file):
//   - baseline: textlens/highlight in the page itself with the package's own wasm analyser (the
//     npm-package way), timed in the page from the call until highlight() resolves;
//   - the extension: the popup's code path (service worker highlightTab: inject the content script,
//     which sends every chunk of text to the service worker by chrome.runtime.sendMessage), timed from
//     Node around the call (so it also includes one DevTools-protocol round trip, ~1 ms).
// Both with the default Highlight API renderer; the wasm is warmed up in both places first. Prints
// medians and the ratio extension / baseline.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS } from "../../tests/browser/chromium.mjs";
import { DIST } from "../../tests/extension/harness.mjs";
import { serve } from "../../scripts/serve.mjs";
import { generatePage } from "../highlight/generate-page.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const work = await mkdtemp(join(tmpdir(), "textlens-bench-extension-"));
await writeFile(join(work, "page.html"), generatePage());
// The same test-only host permission as tests/extension/harness.mjs (headless cannot grant activeTab).
const extension = join(work, "extension");
await cp(DIST, extension, { recursive: true });
const manifest = JSON.parse(await readFile(join(extension, "manifest.json"), "utf8"));
manifest.host_permissions = ["http://127.0.0.1/*"];
await writeFile(join(extension, "manifest.json"), JSON.stringify(manifest));

const server = await serve({ port: 0, mounts: [["/bench/", work]] });
const context = await chromium.launchPersistentContext(join(work, "profile"), {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
const pageUrl = `${server.url}bench/page.html`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openPage() {
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  return page;
}

async function inPage() {
  const page = await openPage();
  const result = await page.evaluate(async () => {
    const { highlight } = await import("/pkg/highlight.js");
    const { Analyzer } = await import("/pkg/index.js");
    const analyzer = new Analyzer();
    analyzer.analyze("warm up ann@example.org");
    const t0 = performance.now();
    const handle = await highlight(document.body, { analyzer });
    return { ms: performance.now() - t0, mentions: handle.mentions.length, chunks: handle.chunks, chars: handle.text.length };
  });
  await page.close();
  return result;
}

async function viaExtension() {
  const page = await openPage();
  const tabId = await worker.evaluate(async (href) => (await chrome.tabs.query({ url: href }))[0].id, pageUrl);
  await worker.evaluate(() => globalThis.textlens.analyze("warm up ann@example.org"));
  const t0 = performance.now();
  const summary = await worker.evaluate((id) => globalThis.textlens.highlightTab(id, {}), tabId);
  const ms = performance.now() - t0;
  await page.close();
  return { ms, mentions: summary.mentions };
}

try {
  const base = [];
  const ext = [];
  let info;
  for (let r = 0; r < runs; r++) {
    const a = await inPage();
    const b = await viaExtension();
    if (a.mentions !== b.mentions) throw new Error(`mention counts differ: in page ${a.mentions}, extension ${b.mentions}`);
    info ??= a;
    base.push(a.ms);
    ext.push(b.ms);
  }
  const mb = median(base);
  const me = median(ext);
  console.log(`page: ${info.chars} UTF-16 units gathered, ${info.mentions} mentions, ${info.chunks} analyser calls in the page`);
  console.log(`runs: ${runs} (fresh page each)`);
  console.log(`in the page, package wasm analyser (baseline): median ${mb.toFixed(0)} ms  [${base.map((x) => x.toFixed(0)).join(", ")}]`);
  console.log(`extension, service worker analyser:            median ${me.toFixed(0)} ms  [${ext.map((x) => x.toFixed(0)).join(", ")}]`);
  console.log(`ratio extension / baseline: ${(me / mb).toFixed(2)}`);
} finally {
  await context.close();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
