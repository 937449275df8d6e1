// Assembles the loadable extension in extension/dist/ (git-ignored) from extension/ sources, the
// package's highlighter and the wasm built by scripts/build-wasm.sh, then packs extension/dist.zip for
// a store upload and prints the sizes. See scripts/build-extension.sh.
//
//   manifest.json      extension/manifest.json, with the version of pkg/package.json
//   service-worker.js  ES module: the service worker with the web glue bundled in (a static import)
//   content-script.js  IIFE: the content script with textlens/highlight bundled in, injected on demand
//   popup.html/.css/.js the toolbar popup
//   sidepanel.html/.css/.js the side panel
//   textlens_bg.wasm   the wasm, fetched by the service worker from the extension's own URL
//   icons/icon-N.png   drawn by scripts/lib/icon.mjs
import { build } from "esbuild";
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { iconPng } from "./lib/icon.mjs";
import { createZip } from "./lib/zip.mjs";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SRC = join(REPO, "extension");
const OUT = join(SRC, "dist");
const ZIP = join(SRC, "dist.zip");
const WASM = join(REPO, "pkg/gen/web/textlens_bg.wasm");
/** Chrome 105: the CSS Custom Highlight API (older MV3 Chromes fall back to <mark> elements). */
const TARGET = "chrome105";
const ICON_SIZES = [16, 32, 48, 128];

/**
 * The content script must never load the package's main entry (it fetches and compiles the wasm):
 * textlens/highlight imports it lazily only when no analyser is passed, so map every import of it to a
 * stub (tests/extension/package.test.mjs checks that no wasm loader reaches the content script).
 * @type {import("esbuild").Plugin}
 */
const noWasmInContentScript = {
  name: "no-wasm-in-content-script",
  setup(b) {
    const mainEntry = join(REPO, "pkg/index.js");
    b.onResolve({ filter: /index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path) === mainEntry ? { path: join(SRC, "src/content/no-default-analyzer.js") } : undefined,
    );
  },
};

/**
 * The extension uses the package as any consumer does: `import … from "textlens/highlight"` resolves
 * through pkg/package.json's "exports" (browser conditions), and a path the package does not export
 * fails the build.
 * @type {import("esbuild").Plugin}
 */
const packageExports = {
  name: "textlens-package-exports",
  setup(b) {
    b.onResolve({ filter: /^textlens(\/|$)/ }, async (args) => {
      const { exports } = JSON.parse(await readFile(join(REPO, "pkg/package.json"), "utf8"));
      let target = exports[`.${args.path.slice("textlens".length)}`];
      while (target && typeof target === "object") target = target.browser ?? target.import ?? target.default;
      if (typeof target !== "string") return { errors: [{ text: `"${args.path}" is not an export of the textlens package` }] };
      return { path: join(REPO, "pkg", target) };
    });
  },
};

const common = {
  bundle: true, target: TARGET, legalComments: "inline", logLevel: "warning", charset: "utf8", plugins: [packageExports],
};

async function main() {
  if (!(await stat(WASM).catch(() => null))) {
    throw new Error(`${relative(REPO, WASM)} is missing: run scripts/build-wasm.sh first`);
  }
  await rm(OUT, { recursive: true, force: true });
  await rm(ZIP, { force: true });
  await mkdir(join(OUT, "icons"), { recursive: true });

  // Readable bundles (not minified): a store reviewer can read exactly what runs.
  await build({ ...common, entryPoints: [join(SRC, "src/service-worker.js")], format: "esm", outfile: join(OUT, "service-worker.js") });
  await build({
    ...common,
    entryPoints: [join(SRC, "src/content/content-script.js")],
    format: "iife",
    outfile: join(OUT, "content-script.js"),
    plugins: [packageExports, noWasmInContentScript],
  });
  await build({ ...common, entryPoints: [join(SRC, "src/popup/popup.js")], format: "esm", outfile: join(OUT, "popup.js") });
  await build({ ...common, entryPoints: [join(SRC, "src/sidepanel/sidepanel.js")], format: "esm", outfile: join(OUT, "sidepanel.js") });

  // One version for the package and the extension: the package's.
  const manifest = JSON.parse(await readFile(join(SRC, "manifest.json"), "utf8"));
  manifest.version = JSON.parse(await readFile(join(REPO, "pkg/package.json"), "utf8")).version;
  await writeFile(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyFile(join(SRC, "src/popup/popup.html"), join(OUT, "popup.html"));
  await copyFile(join(SRC, "src/popup/popup.css"), join(OUT, "popup.css"));
  await copyFile(join(SRC, "src/sidepanel/sidepanel.html"), join(OUT, "sidepanel.html"));
  await copyFile(join(SRC, "src/sidepanel/sidepanel.css"), join(OUT, "sidepanel.css"));
  await copyFile(WASM, join(OUT, "textlens_bg.wasm"));
  for (const size of ICON_SIZES) await writeFile(join(OUT, `icons/icon-${size}.png`), iconPng(size));

  const files = await listFiles(OUT);
  const entries = await Promise.all(files.map(async (file) => ({ name: relative(OUT, file).split(sep).join("/"), data: await readFile(file) })));
  const zip = createZip(entries);
  await writeFile(ZIP, zip);

  const pad = Math.max(...entries.map((e) => e.name.length));
  for (const { name, data } of entries) {
    console.log(`[extension]   ${name.padEnd(pad)} ${String(data.length).padStart(8)} bytes, ${String(gzipSync(data, { level: 9 }).length).padStart(7)} gzip -9`);
  }
  const raw = entries.reduce((n, e) => n + e.data.length, 0);
  console.log(`[extension] ${relative(REPO, OUT)}/: ${entries.length} files, ${raw} bytes unpacked`);
  console.log(`[extension] ${relative(REPO, ZIP)}: ${zip.length} bytes packed (the upload for the Chrome Web Store)`);
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

main().catch((err) => {
  console.error(`[extension] ${err.message}`);
  process.exit(1);
});
