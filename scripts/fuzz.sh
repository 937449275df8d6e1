#!/usr/bin/env bash
# Runs the cargo-fuzz targets of fuzz/ (docs/FUZZING.md) for SECONDS each (default 60), one after
# the other: `scripts/fuzz.sh [SECONDS] [TARGET...]` (default: every target).
#
# cargo-fuzz is installed from crates.io when missing. libFuzzer needs nightly compiler flags
# (-Zsanitizer, -Cpasses=sancov-module); with no nightly toolchain, the installed one is told to
# accept them with RUSTC_BOOTSTRAP=1 (FUZZ_TOOLCHAIN=nightly picks a rustup toolchain instead).
# When the compiler cannot build a sanitized binary at all (no AddressSanitizer runtime for this
# target), the script prints a notice and exits 0: fuzzing is skipped, not failed.
#
# Each target's corpus grows in fuzz/corpus/TARGET (not committed) from the committed seeds in
# fuzz/seeds/TARGET. A crash stops the run with exit 1 and leaves its input in
# fuzz/artifacts/TARGET/; turn it into a regression test in tests/fuzz_regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${1:-60}
shift || true

toolchain=()
if [[ -n "${FUZZ_TOOLCHAIN:-}" ]]; then
    toolchain=("+$FUZZ_TOOLCHAIN")
else
    export RUSTC_BOOTSTRAP=1
fi

# Can this compiler build an AddressSanitizer binary? (Not a failure of textlens if not.)
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'fn main() {}' >"$probe/probe.rs"
if ! rustc "${toolchain[@]}" -Zsanitizer=address -o "$probe/probe" "$probe/probe.rs" 2>"$probe/err"; then
    echo "fuzz: SKIPPED — this toolchain cannot build libFuzzer targets with AddressSanitizer:"
    sed 's/^/    /' "$probe/err" | head -5
    exit 0
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

mapfile -t all < <(cargo "${toolchain[@]}" fuzz list)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all[@]}")

cargo "${toolchain[@]}" fuzz build
mkdir -p fuzz/artifacts
for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target"
    log="fuzz/artifacts/$target.log"
    echo "fuzz: $target for ${seconds}s (log: $log)"
    # -timeout: one input taking 30 s is a hang, reported like a crash. -detect_leaks=0: the name
    # recogniser leaks its decoded club list once on purpose (a `'static` table, Vec::leak in
    # src/recognize/names/mod.rs), which LeakSanitizer would report on the first input.
    status=0
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" cargo "${toolchain[@]}" fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
    if [[ $status -ne 0 ]]; then
        tail -n 40 "$log"
        echo "fuzz: $target FAILED (exit $status); the input is in fuzz/artifacts/$target/"
        exit 1
    fi
    echo "fuzz: $target ok; corpus $(find "fuzz/corpus/$target" -type f | wc -l) inputs"
done
