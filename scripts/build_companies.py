#!/usr/bin/env python3
"""Builds src/recognize/names/data/companies.txt: the S&P 500 companies, as news writes them.

    python3 scripts/build_companies.py GIT_DIR_OF_datasets/s-and-p-500-companies [COMMIT]

The source is datasets/s-and-p-500-companies (ODC-PDDL 1.0, a public domain dedication; commit in
DATA_LICENSES.md), `data/constituents.csv`, read straight from a bare git directory (the search
tool's `fetch github:datasets/s-and-p-500-companies` gives one). Each "Security" name loses its
share class ("(Class A)") and legal suffix ("Inc.", "Corporation", "plc"), so that "Nvidia" and
"Chevron" are listed as running text names them. Left out, because the list makes a name an
organisation wherever it is capitalised so: one-word names that are an ordinary word, a place,
a given name or a surname of the other lists or a Dale-Chall word ("Apple", "Target", "Meta",
"Ford"), a few names those lists miss (`NOT_ONLY_COMPANIES`: "Everest", "State Street"), names
that open with a listed given name or an initial ("Walt Disney", "A. O. Smith"), names of more
than one word (the tagger finds most of those, and they would cost 1.7 KB gzip), and names that
are all capitals of two letters or fewer. Sorted, deterministic.
"""
import csv
import io
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "recognize", "names", "data")
SUFFIX = re.compile(
    r"(,? (Inc\.?|Corporation|Corp\.?|Company|Co\.|plc|PLC|Ltd\.?|N\.V\.|S\.A\.|Holdings|Group|Incorporated))+$"
)
# One word only: the tagger finds most names of two or more words ("Goldman Sachs"), and the
# longer names would cost 1.7 KB more gzip in a download that is at its 400 KB budget.
MAX_WORDS = 1
# One-word names that are also a mountain, a town, a festival or an ordinary word the other lists
# miss: left out like the listed words.
NOT_ONLY_COMPANIES = {"everest", "carnival", "flex", "hartford", "corning", "hershey", "oracle",
                      "progressive", "southern", "general", "allstate", "visa", "ventas", "aon",
                      "ball", "target", "gap", "match", "paycom", "evergy", "globe", "hess", "amazon",
                      "mosaic", "tapestry", "coherent", "xylem", "alphabet", "state street",
                      "iron mountain", "old dominion", "waste management", "public storage",
                      "walt disney"}


def listed(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def main():
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    source = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:data/constituents.csv"],
                            capture_output=True, text=True, check=True).stdout
    known = set()
    for other in ("common_words.txt", "places.txt", "given_names.txt", "surnames.txt"):
        known |= listed(other)
    with open(os.path.join(HERE, "..", "src", "stats", "data", "dale_chall.txt"), encoding="utf-8") as f:
        known |= {line.strip().lower() for line in f if line.strip()}
    given = listed("given_names.txt")
    names = set()
    for row in csv.DictReader(io.StringIO(source)):
        name = re.sub(r"\s*\([^)]*\)", "", row["Security"]).strip()
        name = SUFFIX.sub("", name).strip().replace("\u2013", "-").removesuffix(" &")
        words = name.split()
        if not words or len(words) > MAX_WORDS or (name.isupper() and len(name) <= 2):
            continue
        if (len(words) == 1 and name.lower() in known) or name.lower() in NOT_ONLY_COMPANIES:
            continue
        # A person's name ("Charles Schwab", "Walt Disney", "A. O. Smith"): the person is meant
        # as often as the company.
        if len(words) > 1 and (words[0].lower() in given or re.fullmatch(r"(\w\.)+", words[0])):
            continue
        names.add(name)
    out = os.path.join(DATA, "companies.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(sorted(names)) + "\n")
    print(out, len(names))


if __name__ == "__main__":
    main()
