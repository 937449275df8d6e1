#!/bin/sh
# Regenerates src/stats/data/dale_chall.txt (the New Dale-Chall familiar words, one per line, sorted
# bytewise) from the npm package dale-chall@2.0.1 (MIT, Titus Wormer). Needs npm and node.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
(cd "$tmp" && npm pack --silent dale-chall@2.0.1 >/dev/null && tar xzf dale-chall-2.0.1.tgz)
node -e "import('$tmp/package/index.js').then(m => process.stdout.write(m.daleChall.join('\n') + '\n'))" \
    | LC_ALL=C sort -u > src/stats/data/dale_chall.txt
rm -rf "$tmp"
wc -l src/stats/data/dale_chall.txt
echo "now run: TEXTLENS_WRITE_FC=1 cargo test --lib compact_files   (regenerates the embedded dale_chall.fc)"
