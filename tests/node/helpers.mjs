// Shared paths for the Node and browser tests.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const SAMPLE = `${REPO}www/samples/sample.txt`;
export const OFFSETS_TEXT = `${REPO}tests/data/offsets.txt`;

/** Runs the native CLI (built by scripts/test.sh) and parses its JSON output. */
export function cliJson(file, ...args) {
  const bin = process.env.TEXTLENS_BIN ?? `${REPO}target/debug/textlens`;
  return JSON.parse(execFileSync(bin, ["analyze", file, "--json", ...args], { encoding: "utf8" }));
}

export const readText = (file) => readFileSync(file, "utf8");
