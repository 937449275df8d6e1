#!/usr/bin/env bash
# Criterion benches of the core, natively, in one command (issue 16), short runs (a few minutes in all):
#   scripts/bench-native.sh [FILTER]
# core: segment, recognise (patterns, names), stats, whole analysis (one call, ~10 KB documents,
# paragraphs, statistics only) on the mixed corpus of bench/peers.mjs; then the patterns, stats and names
# benches. Results (MB/s) print as criterion's "thrpt"; extra arguments go to criterion (a name filter,
# --save-baseline NAME / --baseline NAME to compare two builds).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo bench --profile native --bench core --bench patterns --bench stats --bench names -- \
  --warm-up-time 1 --measurement-time 3 "$@"
