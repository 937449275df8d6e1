#!/usr/bin/env bash
# The main job: installs what is missing, builds the wasm package, analyses the sample text with the
# CLI (so there is a result even with no browser at hand), then serves the demo page on 127.0.0.1.
#   scripts/demo.sh [PORT]          PORT defaults to 8080 (or $PORT)
#   scripts/demo.sh --no-serve      build and analyse only
set -euo pipefail
cd "$(dirname "$0")/.."

serve=true
port=${PORT:-8080}
for arg in "$@"; do
  case "$arg" in
    --no-serve) serve=false ;;
    ''|*[!0-9]*) echo "demo.sh: unknown argument $arg (expected a port number or --no-serve)" >&2; exit 2 ;;
    *) port=$arg ;;
  esac
done

scripts/build-wasm.sh
cargo build --quiet --profile native --bin textlens
echo
echo "== textlens analyze www/samples/sample.txt =="
target/native/textlens analyze www/samples/sample.txt
echo
echo "The demo as one file, no server needed: dist/textlens-demo.html (open it with file://)"
if $serve; then
  exec node scripts/serve.mjs "$port"
fi
