#!/usr/bin/env bash
# Builds the size-optimised release wasm and generates the JS glue into pkg/gen/ (git-ignored):
#   pkg/gen/web/   ES-module glue for browsers and bundlers (`--target web`)
#   pkg/gen/node/  CommonJS glue for Node (`--target nodejs`), plus api.cjs: pkg/lib/api.js (the API
#                  layer every entry shares) converted to CommonJS for the `require` entry pkg/node.cjs,
#                  and index.d.cts, the package's types for `require`
# Then prints the wasm size, raw and gzip -9, and builds the demo's generated files (scripts/build-demo.mjs:
# www/gen/sample.json and the single-file dist/textlens-demo.html). Works offline once scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo install puts tools here; a fresh shell may not have it on PATH yet.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
scripts/setup.sh

# opt-level "z" (Cargo.toml) also caps LLVM's inliner at a threshold of 5, which leaves calls to tiny
# functions (str and slice iterators, Vec::push, hashing) in every hot loop. An explicit threshold of 30
# for the link-time optimisation (this crate is the LTO root, so the flag applies to all of it) keeps
# the rest of "z" and buys 17% more speed for 1.5% more wasm (bench/README.md, "Decisions that still stand").
cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --crate-type cdylib \
  -- -C llvm-args=-inline-threshold=30
raw=target/wasm32-unknown-unknown/release/textlens.wasm

out=pkg/gen
rm -rf "$out" && mkdir -p "$out/web" "$out/node"
wasm-bindgen --target web --remove-name-section --out-dir "$out/web" "$raw"
wasm-bindgen --target nodejs --remove-name-section --out-dir "$out/node" "$raw"
# What a browser downloads is minified: the ES-module glue is 3.9 KB gzip as generated, 2.7 KB minified
# (esbuild renames locals only; export names, import.meta.url and the wasm import keys are kept).
node_modules/.bin/esbuild "$out/web/textlens.js" --minify --format=esm --log-level=warning \
  --allow-overwrite --outfile="$out/web/textlens.js"
# The nodejs glue is CommonJS, but pkg/package.json says "type": "module".
echo '{ "type": "commonjs" }' > "$out/node/package.json"
# One source for the API layer; Node's `require` (Node 18 cannot require ES modules) gets a CJS copy.
node_modules/.bin/esbuild pkg/lib/api.js --format=cjs --platform=node --target=node18 \
  --log-level=warning --outfile="$out/node/api.cjs"
# The same declarations for `require` (TypeScript's node16 resolution wants CommonJS-format types there;
# index.d.ts imports nothing, and its `export default init` is node.cjs's `default` property).
cp pkg/index.d.ts "$out/node/index.d.cts"

# wasm-opt from the npm `binaryen` package (Debian's binaryen 108 produces broken wasm). The producers
# and target-features sections are metadata nothing reads (bench/README.md, "Decisions that still stand").
# --converge repeats -Oz until the binary stops shrinking (1.1 KB gzip). --low-memory-unused lets
# binaryen fold `load(p + C)` into `load offset=C (p)` for small constants C, which is sound because
# that rewrite differs only when p + C wraps past 4 GiB, and no Rust pointer is that close to
# 2^32 (1.7 KB gzip).
for dir in web node; do
  node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/$dir/textlens_bg.wasm" -o "$out/$dir/textlens_bg.wasm"
done

wasm="$out/web/textlens_bg.wasm"
bytes=$(wc -c < "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
js_gz=$(gzip -9 -c "$out/web/textlens.js" | wc -c)
printf '[build] %s: %d bytes raw, %d bytes gzip -9 (glue textlens.js: %d bytes gzip -9)\n' "$wasm" "$bytes" "$gz" "$js_gz"

# The demo's build-time sample analysis (www/gen/) and its single-file form (dist/textlens-demo.html).
node scripts/build-demo.mjs
