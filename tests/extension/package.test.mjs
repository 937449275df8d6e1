// The built extension as a store reviewer reads it (no browser): the shipped manifest asks for no more
// than the job needs, every file it names exists, no code is fetched or evaluated at run time, the
// content script carries no wasm, and extension/dist.zip holds exactly extension/dist/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { inflateRawSync } from "node:zlib";

import { DIST } from "./harness.mjs";

const manifest = JSON.parse(await readFile(join(DIST, "manifest.json"), "utf8"));
const read = (name) => readFile(join(DIST, name), "utf8");

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(relative(DIST, path).split(sep).join("/"));
  }
  return out.sort();
}

test("the manifest is MV3 with the permissions extension/README.md justifies, and no host access", async () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "contextMenus", "scripting", "sidePanel", "storage"]);
  // Every permission has its row in the README's table (and the table names no other).
  const readme = await readFile(join(DIST, "..", "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("| permission | why |"), readme.indexOf("\n\n", readme.indexOf("| permission | why |")));
  assert.deepEqual([...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]).sort(), [...manifest.permissions].sort());
  // The side panel (sidePanel.open needs Chrome 116) and the one keyboard command.
  assert.equal(manifest.minimum_chrome_version, "116");
  assert.deepEqual(manifest.side_panel, { default_path: "sidepanel.html" });
  assert.deepEqual(Object.keys(manifest.commands), ["toggle-highlight"]);
  assert.match(manifest.commands["toggle-highlight"].suggested_key.default, /^(Alt|Ctrl)\+Shift\+[A-Z]$/);
  for (const key of ["host_permissions", "optional_host_permissions", "optional_permissions", "content_scripts", "externally_connectable", "web_accessible_resources"]) {
    assert.equal(manifest[key], undefined, `${key} must not be in the shipped manifest`);
  }
  assert.deepEqual(manifest.content_security_policy, { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
  assert.deepEqual(manifest.background, { service_worker: "service-worker.js", type: "module" });
});

test("every file the manifest names is in extension/dist", async () => {
  const named = [
    manifest.background.service_worker, manifest.action.default_popup, manifest.side_panel.default_path,
    ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon),
  ];
  for (const name of named) assert.ok(await stat(join(DIST, name)).catch(() => null), `${name} is missing`);
  for (const name of ["content-script.js", "textlens_bg.wasm", "popup.js", "popup.css", "sidepanel.js", "sidepanel.css"]) {
    assert.ok(await stat(join(DIST, name)).catch(() => null), `${name} is missing`);
  }
});

test("no remote code and no network address in the extension's code", async () => {
  for (const name of (await listFiles(DIST)).filter((n) => /\.(js|html|css|json)$/.test(n))) {
    const text = await read(name);
    assert.doesNotMatch(text, /\b(https?|wss?):\/\//, `${name} names a network address`);
    assert.doesNotMatch(text, /\bimport\s*\(/, `${name} has a dynamic import()`);
    assert.doesNotMatch(text, /\beval\s*\(|new Function\s*\(/, `${name} evaluates strings as code`);
    assert.doesNotMatch(text, /XMLHttpRequest|WebSocket|sendBeacon|EventSource/, `${name} uses a network API`);
  }
  for (const page of ["popup.html", "sidepanel.html"]) {
    assert.doesNotMatch(await read(page), /<script(?![^>]*\bsrc=)/, `${page} has an inline script (the CSP forbids it)`);
  }
});

test("the content script never loads or compiles the wasm", async () => {
  const content = await read("content-script.js");
  assert.doesNotMatch(content, /WebAssembly|textlens_bg|fetch\(/);
  assert.match(content, /textlens\/analyze/, "it sends its text to the service worker");
  const worker = await read("service-worker.js");
  assert.match(worker, /WebAssembly/, "the service worker runs the wasm");
});

test("extension/dist.zip holds exactly the files of extension/dist, intact", async () => {
  const zip = await readFile(join(DIST, "..", "dist.zip"));
  const names = [];
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const packed = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    const data = inflateRawSync(zip.subarray(start, start + packed));
    assert.deepEqual(data, await readFile(join(DIST, name)), `${name} differs in the zip`);
    names.push(name);
    at = start + packed;
  }
  assert.deepEqual(names.sort(), await listFiles(DIST));
});
