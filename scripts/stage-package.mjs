// Stages the npm package as it is published: the files `npm pack` takes from pkg/ (its package.json
// "files"), copied to a folder with every JavaScript file minified by esbuild (whitespace, comments and
// local names; exports, module format and function names kept). The sources in pkg/ stay readable;
// what users download is the staged copy (`npm pack` / `npm publish` run in it). Run after
// scripts/build-wasm.sh:
//   node scripts/stage-package.mjs [OUT_DIR]     (default target/npm/textlens; prints the folder)
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const PKG = join(REPO, "pkg");

/**
 * Copies the packed files of pkg/ into `out` (emptied first), minifying `.js` and `.cjs` files.
 * @param {string} out
 * @returns {{ out: string, files: string[] }}
 */
export function stagePackage(out = join(REPO, "target/npm/textlens")) {
  const listing = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: PKG, encoding: "utf8" });
  const files = JSON.parse(listing)[0].files.map((f) => f.path);
  rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    const target = join(out, file);
    mkdirSync(dirname(target), { recursive: true });
    if (/\.c?js$/.test(file)) {
      const { code } = transformSync(readFileSync(join(PKG, file), "utf8"), {
        minify: true,
        keepNames: true,
        legalComments: "none",
        // The module format stays what the file is (ES modules, the Node glue's CommonJS).
        loader: "js",
        target: "es2022",
      });
      writeFileSync(target, code);
    } else {
      copyFileSync(join(PKG, file), target);
    }
  }
  return { out, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { out, files } = stagePackage(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`[stage] ${files.length} files in ${out}`);
}
