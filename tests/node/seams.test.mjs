// The extension, the demo and the benchmarks use the package only through its exports: every import
// that reaches into pkg/ is a "textlens/…" specifier the package exports, or the very file one export
// maps to (the demo and benchmarks serve pkg/ as /pkg/). Internal modules (pkg/highlight/*, pkg/lib/*)
// are the package's own business.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

import { REPO } from "./helpers.mjs";

const PKG = join(REPO, "pkg");
const { exports } = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));

/** Every file an export maps to, under any condition. */
function targets(value, out = new Set()) {
  if (typeof value === "string") out.add(resolve(PKG, value));
  else if (value && typeof value === "object") for (const v of Object.values(value)) targets(v, out);
  return out;
}
const exported = targets(exports);

function filesUnder(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else if (/\.(m?js|html)$/.test(name)) out.push(path);
  }
  return out;
}

/** The module specifiers a file imports (static, dynamic, JSDoc `import("…")` types, import maps). */
function specifiers(source) {
  const found = new Set();
  for (const re of [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /^\s*import\s+["']([^"']+)["']/gm,
    /"(textlens(?:\/[\w.-]+)?)"\s*:\s*"([^"]+)"/g]) {
    for (const m of source.matchAll(re)) for (const s of m.slice(1)) if (s) found.add(s);
  }
  return found;
}

test("the extension, the demo and the benchmarks import only what the package exports", () => {
  const offending = [];
  for (const dir of ["extension/src", "www", "bench"]) {
    for (const file of filesUnder(join(REPO, dir))) {
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        let path = null;
        if (/^textlens(\/|$)/.test(spec)) {
          if (!(`.${spec.slice("textlens".length)}` in exports)) offending.push(`${relative(REPO, file)}: ${spec}`);
          continue;
        }
        if (spec.startsWith("/pkg/")) path = join(PKG, spec.slice("/pkg/".length));
        else if (spec.startsWith(".")) path = resolve(dirname(file), spec);
        if (path && path.startsWith(PKG + "/") && !exported.has(path)) offending.push(`${relative(REPO, file)}: ${spec}`);
      }
    }
  }
  assert.deepEqual(offending, [], "imports of pkg/ internals");
});

test("the check sees an internal import", () => {
  const spec = [...specifiers('import { x } from "../../../pkg/highlight/styles.js";')][0];
  assert.ok(!exported.has(resolve(REPO, "extension/src/content", spec)));
});
