// Packs pkg/ with `npm pack` and installs the tarball into fresh consumer projects under the system's
// temporary folder, from the file and offline, the way a user's project gets it from the registry.
// Bundlers are the repository's own dev dependencies, driven through their JavaScript APIs.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stagePackage } from "../../scripts/stage-package.mjs";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
/** The text every consumer analyses; the tests compare with what the repository's Node entry gives. */
export const TEXT = "😀 Write to ann@example.org; the agenda is at https://example.org/agenda \uD800 end.";

/** A scratch folder that `cleanup()` removes (kept when TEXTLENS_KEEP_TMP is set, for debugging). */
export function scratch(name) {
  const dir = mkdtempSync(join(tmpdir(), `textlens-${name}-`));
  return {
    dir,
    cleanup: () => process.env.TEXTLENS_KEEP_TMP || rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Stages pkg/ as it is published (scripts/stage-package.mjs: JavaScript minified), runs `npm pack` on
 * the staged copy and returns the tarball's path (in `into`).
 */
export function pack(into) {
  const { out: staged } = stagePackage(join(into, "staged"));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", into], {
    cwd: staged,
    encoding: "utf8",
  });
  const [{ filename, files }] = JSON.parse(out);
  return { tarball: join(into, filename), files: files.map((f) => f.path) };
}

/**
 * Creates a consumer project in `dir` with `files` ({ relative path: content }) and installs the
 * tarball into it offline.
 */
export function makeConsumer(dir, tarball, files, { type = "module" } = {}) {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: "consumer", private: true, type, dependencies: { textlens: `file:${tarball}` } };
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return dir;
}

/** Runs `node file` in `dir` and returns its standard output. */
export function runNode(dir, file) {
  return execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
}
