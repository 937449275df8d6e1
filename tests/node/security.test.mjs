// SECURITY.md's claims about shipped JavaScript, checked by reading it: no eval, no new Function,
// no string timers, no HTML built from strings, no network request other than the default entry's
// load of its own wasm (which lives in the generated glue, not in these files).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

function jsFiles(dir) {
  const out = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (name === "gen" || name === "node_modules" || name === "dist") continue;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...jsFiles(path));
    else if (/\.(m|c)?js$/.test(name)) out.push(path);
  }
  return out;
}

// Comments are stripped first so that prose may name what the code avoids.
const code = (path) =>
  readFileSync(join(ROOT, path), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

const FORBIDDEN = [
  [/\beval\s*\(/, "eval("],
  [/\bnew\s+Function\b/, "new Function"],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, "a string timer"],
  [/\.(innerHTML|outerHTML)\s*\+?=/, "an innerHTML/outerHTML assignment"],
  [/\binsertAdjacentHTML\b/, "insertAdjacentHTML"],
  [/\bdocument\.write/, "document.write"],
  [/\bfetch\s*\(/, "fetch("],
  [/\bXMLHttpRequest\b/, "XMLHttpRequest"],
  [/\bWebSocket\b/, "WebSocket"],
  [/\bsendBeacon\b/, "sendBeacon"],
  [/\bimportScripts\b/, "importScripts"],
];

test("shipped JavaScript of the package and the extension never evaluates, builds HTML or uses the network", () => {
  const files = [...jsFiles("pkg"), ...jsFiles("extension/src")];
  assert.ok(files.length > 10, `found ${files.length} files`);
  const found = [];
  for (const file of files) {
    const text = code(file);
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) found.push(`${file}: ${what}`);
  }
  assert.deepEqual(found, []);
});

test("the extension asks only for the permissions SECURITY.md explains", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "extension/manifest.json"), "utf8"));
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "contextMenus", "scripting", "sidePanel", "storage"]);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  const security = readFileSync(join(ROOT, "SECURITY.md"), "utf8");
  for (const p of manifest.permissions) assert.ok(security.includes(`\`${p}\``), p);
});
