// Measures what a browser downloads for each entry of the npm package: opens a page in Chromium that
// imports the entry from the package as published (pkg/ staged by scripts/stage-package.mjs, its
// JavaScript minified; served on 127.0.0.1, no bundler), records every file it fetches, and prints raw
// and gzip -9 sizes. Run after scripts/build-wasm.sh:   node bench/package-size.mjs [PKG_DIR]
// (PKG_DIR measures that folder as it is instead: pkg/ for the unminified sources, or another copy.)
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { launch } from "../tests/browser/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
import { stagePackage } from "../scripts/stage-package.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const staged = process.argv[2] ? null : mkdtempSync(join(tmpdir(), "textlens-staged-"));
const PKG = staged ? stagePackage(join(staged, "textlens")).out : resolve(process.argv[2]);
/** Entry → the module code the page runs (it must finish by setting window.done). */
const ENTRIES = {
  ".": `import { analyze } from "/pkg/index.js"; analyze("a@b.io"); window.done = true;`,
  "./highlight": `import { highlight } from "/pkg/highlight.js";
    document.body.append(Object.assign(document.createElement("p"), { textContent: "Mail ann@example.org" }));
    await highlight(document.body);
    window.done = true;`,
  "./worker": `import { analyze } from "/pkg/worker.js"; await analyze("a@b.io"); window.done = true;`,
};

const server = await serve({ port: 0, mounts: [["/pkg/", PKG]] });
const browser = await launch();
const rows = [];
try {
  for (const [entry, code] of Object.entries(ENTRIES)) {
    if (entry === "./highlight" && !existsSync(join(PKG, "highlight.js"))) {
      rows.push({ entry, note: "pkg/highlight.js is not in this tree" });
      continue;
    }
    const page = await browser.newPage();
    const files = new Set();
    page.on("request", (req) => {
      const { pathname } = new URL(req.url());
      if (pathname.startsWith("/pkg/")) files.add(pathname.slice("/pkg/".length));
    });
    // A blank page at the server's origin, then the entry imported by a module script.
    await page.route(`${server.url}blank`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>size</title>" }),
    );
    await page.goto(`${server.url}blank`);
    await page.addScriptTag({ type: "module", content: code });
    await page.waitForFunction(() => window.done, null, { timeout: 30_000 });
    await page.close();
    let raw = 0;
    let gzip = 0;
    const list = [...files].sort();
    for (const file of list) {
      const bytes = readFileSync(join(PKG, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    rows.push({ entry, files: list, raw, gzip });
  }
} finally {
  await browser.close();
  await server.close();
  if (staged) rmSync(staged, { recursive: true, force: true });
}

const kb = (n) => `${(n / 1024).toFixed(1)} (${n} B)`;
console.log("| entry | files a browser downloads | raw KiB (bytes) | gzip -9 KiB (bytes) |");
console.log("| --- | --- | --- | --- |");
for (const row of rows) {
  if (row.note) console.log(`| \`${row.entry}\` | ${row.note} | | |`);
  else console.log(`| \`${row.entry}\` | ${row.files.map((f) => `\`${f}\``).join(", ")} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
}
