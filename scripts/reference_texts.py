"""Extracts the openly licensed reference texts in tests/data/texts/ from the shared corpora.

Run from the repository root: python3 scripts/reference_texts.py [SHARED_DATA_DIR]
(default ../shared/data). The hand-written texts in tests/data/texts/ (own-*.txt) are not touched.
Sources and licences: tests/data/texts/README.md.
"""
import json
import pathlib
import sys

DATA = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = pathlib.Path("tests/data/texts")

# (file name, corpus file, record id)
PICKS = [
    ("gum-academic-census.txt", "ner-train/gum_train.jsonl", "gum-GUM_academic_census"),
    ("gum-academic-theropod.txt", "ner-train/gum_train.jsonl", "gum-GUM_academic_theropod"),
    ("gum-bio-galois.txt", "ner-train/gum_train.jsonl", "gum-GUM_bio_galois"),
    ("gum-bio-hadid.txt", "ner-train/gum_train.jsonl", "gum-GUM_bio_hadid"),
    ("gum-court-carpet.txt", "ner-train/gum_train.jsonl", "gum-GUM_court_carpet"),
    ("gum-interview-chomsky.txt", "ner-train/gum_train.jsonl", "gum-GUM_interview_chomsky"),
    ("gum-news-asylum.txt", "ner-train/gum_train.jsonl", "gum-GUM_news_asylum"),
    ("gum-news-crane.txt", "ner-train/gum_train.jsonl", "gum-GUM_news_crane"),
    ("gum-news-ie9.txt", "ner-train/gum_train.jsonl", "gum-GUM_news_ie9"),
]


def records(path):
    with open(DATA / path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    picks = list(PICKS)
    # The first two voyage guides of GUM train, two documents each of the public-domain re3d
    # collections, and the first two wikigold articles.
    voyage = [r for r in records("ner-train/gum_train.jsonl") if r["source"] == "gum/train/voyage"][:2]
    picks += [(f"gum-voyage-{r['id'].split('_')[-1]}.txt", "ner-train/gum_train.jsonl", r["id"]) for r in voyage]
    for source, tag in [("re3d/US State Department", "state"), ("re3d/CENTCOM", "centcom")]:
        docs = [r for r in records("ner-dev/re3d_open.jsonl") if r["source"] == source][:2]
        picks += [(f"re3d-{tag}-{k + 1}.txt", "ner-dev/re3d_open.jsonl", r["id"]) for k, r in enumerate(docs)]
    wiki = list(records("ner-dev/wikigold.jsonl"))[:2]
    picks += [(f"wikigold-{k + 1}.txt", "ner-dev/wikigold.jsonl", r["id"]) for k, r in enumerate(wiki)]
    for name, corpus, rid in picks:
        text = next(r["text"] for r in records(corpus) if r["id"] == rid)
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print(f"{name}: {rid} ({len(text.split())} words)")


if __name__ == "__main__":
    main()
