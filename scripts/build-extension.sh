#!/usr/bin/env bash
# Builds the browser extension into extension/dist/ (load it unpacked from chrome://extensions) and
# packs extension/dist.zip for a store upload; prints the size of each file and of the zip. Needs the
# wasm from scripts/build-wasm.sh and the npm dev dependencies (esbuild) from scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build-extension.mjs "$@"
