// Builds what the demo page needs beyond its sources (run by scripts/build-wasm.sh after the package is
// built; both outputs are git-ignored):
//   www/gen/sample.json      the sample text with its analysis and sentence grades, computed here by the
//                            package itself, so the page opens with a result before its worker is warm
//   dist/textlens-demo.html  the whole demo in one self-contained file that works opened from file://:
//                            the page bundled into one inline module script, the package's worker
//                            bundled with the wasm embedded as base64 (a classic worker started from a blob: URL), the
//                            styles and the sample inlined, and a Content-Security-Policy of hashes that
//                            allows no network request at all
// Usage: node scripts/build-demo.mjs [--out FILE]
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

import { analyze } from "../pkg/node.js";
import { FULL_OPTIONS, sentenceDifficulty } from "../www/sentences.js";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const at = (...parts) => join(REPO, ...parts);
const outArg = process.argv.indexOf("--out");
const OUT = outArg > 0 ? resolve(process.argv[outArg + 1]) : at("dist", "textlens-demo.html");

/** The sample the page opens with, analysed by the package with the page's own options. */
export async function sampleData() {
  const text = readFileSync(at("www", "samples", "article.txt"), "utf8");
  const analysis = analyze(text, FULL_OPTIONS);
  const sentences = await sentenceDifficulty(analyze, analysis.key_sentences);
  return { text, analysis, sentences };
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
/** Text safe inside a <script> element whose content is JS: no "</script" can end it early. */
const scriptSafe = (js) => js.replace(/<\/(script)/gi, "<\\/$1");

/** Replaces `pattern` in `html` once, failing loudly when www/index.html no longer has it. */
function replaceOnce(html, pattern, replacement) {
  if (!pattern.test(html)) throw new Error(`build-demo: www/index.html no longer matches ${pattern}`);
  return html.replace(pattern, () => replacement);
}

async function bundle(options) {
  const result = await build({
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    target: "es2022",
    ...options,
  });
  return result.outputFiles[0].text;
}

async function main() {
  const data = await sampleData();
  mkdirSync(at("www", "gen"), { recursive: true });
  writeFileSync(at("www", "gen", "sample.json"), JSON.stringify(data));

  // The worker: the package's own worker thread ("textlens/worker-thread"), whose glue fetches the wasm
  // beside it; here that fetch is answered from the embedded bytes, and nothing else can be fetched.
  const wasm = readFileSync(at("pkg", "gen", "web", "textlens_bg.wasm"));
  const workerJs = await bundle({
    entryPoints: [at("pkg", "lib", "worker-thread.js")],
    format: "iife", // a classic worker: Chromium refuses module workers from blob: URLs on file:// pages
    define: { "import.meta.url": JSON.stringify("file:///textlens/") },
    banner: {
      js:
        `const b64="${wasm.toString("base64")}";` +
        "const bin=atob(b64),wasm=new Uint8Array(bin.length);for(let i=0;i<bin.length;i++)wasm[i]=bin.charCodeAt(i);" +
        'self.fetch=async()=>new Response(wasm,{headers:{"content-type":"application/wasm"}});',
    },
  });
  // The page: app.js with the package entries it imports resolved to the package's files.
  const appJs = scriptSafe(
    await bundle({
      entryPoints: [at("www", "app.js")],
      alias: {
        "textlens/worker": at("pkg", "worker.js"),
        "textlens/highlight": at("pkg", "highlight.js"),
        textlens: at("pkg", "index.js"),
      },
    }),
  );
  const css = [readFileSync(at("pkg", "highlight.css"), "utf8"), readFileSync(at("www", "style.css"), "utf8")].join("\n");

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(appJs)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    "img-src data:",
    "worker-src blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  let html = readFileSync(at("www", "index.html"), "utf8");
  html = replaceOnce(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  html = replaceOnce(html, /\s*<link rel="stylesheet" href="\/pkg\/highlight.css">\s*<link rel="stylesheet" href="style.css">/, `\n  <style>${css}</style>`);
  html = replaceOnce(html, /\s*<script type="importmap">[\s\S]*?<\/script>/, "");
  html = html.replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, "");
  // The page's script runs as soon as the parser reaches it (async: it does not wait for the end of the
  // document), just after the markup and the sample, so the sample is painted before the parser has
  // read the 1 MB of the worker's source; the page starts the worker once the document is parsed.
  html = replaceOnce(html, /\s*<script type="module" src="app.js"><\/script>/, "");
  html = replaceOnce(
    html,
    /<\/body>/,
    `<script type="application/json" id="sample-data">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>\n` +
      `<script type="module" async>${appJs}</script>\n` +
      `<script type="text/plain" id="textlens-worker-source">${scriptSafe(workerJs)}</script>\n</body>`,
  );
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`[build-demo] www/gen/sample.json; ${OUT.replace(REPO + "/", "")}: ${kb(Buffer.byteLength(html))} (wasm ${kb(wasm.length)} as base64)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
