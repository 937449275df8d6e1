#!/usr/bin/env python3
"""Builds src/recognize/names/data/clubs.txt: football clubs whose name holds a place name.

    python3 scripts/build_clubs.py GIT_DIR_OF_openfootball/clubs [COMMIT]

The source is openfootball/clubs (CC0 1.0; commit and licence in DATA_LICENSES.md), read straight
from a bare git directory (the search tool's `fetch github:openfootball/clubs` gives one). Only the
names that the tagger would read as places are kept: two to four words, one of them a place of
places.txt ("Sheffield Wednesday", "Real Madrid", "Bayern Munich"), not themselves a place, with
accents also folded ("Atletico Madrid"). Club words such as "FC" are cut from either end, so the
list stays small; a longer name the tagger finds ("Real Madrid CF") still contains the listed one.
The output is sorted and deterministic.
"""
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "recognize", "names", "data")
# Club words cut from either end of a name: they are not what makes it read as a place.
CLUB_WORDS = {"fc", "cf", "afc", "sc", "ac", "as", "sv", "fk", "sk", "cd", "ud", "sd", "rc",
              "cfc", "bk", "if", "ff", "club", "football", "de", "fútbol", "futbol", "calcio"}
# Reserve and youth sides, and the tokens that mark them.
RESERVE = re.compile(r"\b(B|C|II|III|U\d\d|Reserves?|Youth|Women|Ladies)$")


def git_files(git_dir, commit):
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit],
                           capture_output=True, text=True, check=True).stdout.split()
    for path in sorted(names):
        base = os.path.basename(path)
        if base.endswith(".clubs.txt") and base.count(".") == 2:
            yield subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                                 capture_output=True, text=True, check=True).stdout


def names_in(source):
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith(("=", "ii)", "iii)")):
            continue
        if line.lstrip().startswith("|"):
            yield from (a.strip() for a in line.split("|"))
        elif not raw[0].isspace():
            yield line.split(",", 1)[0].strip()


def fold(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def trimmed(name):
    words = re.sub(r"\[[a-z]+\]", "", name).split()
    while words and words[0].lower() in CLUB_WORDS:
        words.pop(0)
    # A name cut before its club words must not end in a connector ("Genoa Cricket and").
    while words and (words[-1].lower() in CLUB_WORDS or words[-1] in ("and", "of", "&")):
        words.pop()
    return words


def main():
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    with open(os.path.join(DATA, "places.txt"), encoding="utf-8") as f:
        places = {line.strip() for line in f if line.strip()}
    out = set()
    for source in git_files(git_dir, commit):
        for name in names_in(source):
            words = trimmed(name)
            phrase = " ".join(words)
            if not 2 <= len(words) <= 4 or RESERVE.search(phrase) or "." in phrase:
                continue
            if not all(w[0].isupper() or w in ("of", "and", "&") for w in words):
                continue
            # Front coding (the embedded copy) cannot hold digits ("Schalke 04").
            if not all(re.fullmatch(r"[^\W\d_]+(?:['&-][^\W\d_]+)*|&", w) for w in words):
                continue
            lower = [w.lower() for w in words]
            has_place = any(w in places for w in lower) or any(
                " ".join(lower[i:j]) in places for i in range(len(lower)) for j in range(i + 2, len(lower) + 1))
            if not has_place or phrase.lower() in places:
                continue
            out.add(phrase)
            out.add(fold(phrase))
    with open(os.path.join(DATA, "clubs.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(sorted(out)) + "\n")
    print("clubs.txt", len(out))


if __name__ == "__main__":
    main()
