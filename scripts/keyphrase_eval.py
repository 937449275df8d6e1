#!/usr/bin/env python3
"""Keyphrase benchmark: textlens against the `yake` package (PyPI) on a public keyphrase dataset.

Reads a dataset of LIAAD/KeywordExtractor-Datasets (https://github.com/LIAAD/KeywordExtractor-Datasets;
source, commit and licence in DATA_LICENSES.md) from a path — the dataset's zip (`datasets/Inspec.zip`),
its unzipped folder, a clone of that repository, or a bare git directory of it — converts it to JSON
lines, runs textlens (`examples/keyphrases_jsonl.rs`, a full analysis with names) and YAKE (yake's
defaults but n = 3) on the same texts, and prints F1@5 and F1@10 by stemmed exact match: each phrase
is lower-cased, split into runs of letters and digits, each run Porter-stemmed (nltk), and joined by
one space; duplicates after stemming keep their first rank; P@k = correct / (predictions in the top k),
R@k = correct / gold phrases (all of them, also those absent from the text), F1 per document, then
macro-averaged. Documents are split into dev (numeric id divisible by 4, or every 4th file) and test
(the rest); figures are given for both. The data is read, never written into the repository.

  python3 scripts/keyphrase_eval.py PATH [--dataset Inspec] [--limit N]
Requires: pip install yake nltk; cargo (the example is built in release mode).
"""
import argparse
import io
import json
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_zip_bytes(path, dataset):
    """The dataset's zip as bytes, from a zip file, a repository clone or a bare git directory."""
    if os.path.isfile(path):
        with open(path, "rb") as f:
            return f.read()
    candidate = os.path.join(path, "datasets", dataset + ".zip")
    if os.path.isfile(candidate):
        with open(candidate, "rb") as f:
            return f.read()
    if os.path.isdir(os.path.join(path, "objects")) or os.path.isdir(os.path.join(path, ".git")):
        return subprocess.run(
            ["git", "--git-dir", path if os.path.isdir(os.path.join(path, "objects")) else os.path.join(path, ".git"),
             "show", f"HEAD:datasets/{dataset}.zip"],
            check=True, capture_output=True).stdout
    return None


def load(path, dataset):
    """[(id, text, [gold phrases])] sorted by id."""
    docs = {}
    keys = {}
    data = read_zip_bytes(path, dataset)
    if data is not None:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                parts = name.split("/")
                if len(parts) >= 3 and parts[-2] == "docsutf8" and name.endswith(".txt"):
                    docs[parts[-1][:-4]] = z.read(name).decode("utf-8", "replace")
                elif len(parts) >= 3 and parts[-2] == "keys" and name.endswith(".key"):
                    keys[parts[-1][:-4]] = z.read(name).decode("utf-8", "replace")
    else:
        folder = path if os.path.isdir(os.path.join(path, "docsutf8")) else os.path.join(path, dataset)
        for name in os.listdir(os.path.join(folder, "docsutf8")):
            with open(os.path.join(folder, "docsutf8", name), encoding="utf-8", errors="replace") as f:
                docs[name[:-4]] = f.read()
        for name in os.listdir(os.path.join(folder, "keys")):
            with open(os.path.join(folder, "keys", name), encoding="utf-8", errors="replace") as f:
                keys[name[:-4]] = f.read()
    out = []
    for doc_id in sorted(docs, key=lambda d: (int(d) if d.isdigit() else 0, d)):
        gold = [k.strip() for k in keys.get(doc_id, "").splitlines() if k.strip()]
        if gold:
            out.append((doc_id, docs[doc_id], gold))
    return out


def is_dev(index, doc_id):
    return int(doc_id) % 4 == 0 if doc_id.isdigit() else index % 4 == 0


def textlens(docs, k):
    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "keyphrases_jsonl"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "examples", "keyphrases_jsonl")
    lines = "".join(json.dumps({"id": d, "text": t}) + "\n" for d, t, _ in docs)
    out = subprocess.run([exe, str(k)], input=lines, capture_output=True, text=True, check=True).stdout
    return {r["id"]: r["keyphrases"] for r in map(json.loads, out.splitlines())}


def yake_run(docs, k):
    import yake
    extractor = yake.KeywordExtractor(lan="en", n=3, top=k)
    return {d: [kw for kw, _ in extractor.extract_keywords(t)] for d, t, _ in docs}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--dataset", default="Inspec")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--yake-cache", help="a JSON file to keep YAKE's results in (read if present)")
    parser.add_argument("--part", choices=["dev", "test", "all"], help="only this part's documents")
    args = parser.parse_args()
    from nltk.stem.porter import PorterStemmer
    stemmer = PorterStemmer()
    cache = {}

    def norm(phrase):
        tokens = re.findall(r"[^\W_]+", phrase.lower())
        out = []
        for t in tokens:
            if t not in cache:
                cache[t] = stemmer.stem(t)
            out.append(cache[t])
        return " ".join(out)

    docs = load(args.path, args.dataset)
    if args.limit:
        docs = docs[: args.limit]
    if not docs:
        sys.exit(f"no documents of {args.dataset} under {args.path}")
    if args.part and args.part != "all":
        docs = [d for i, d in enumerate(docs) if is_dev(i, d[0]) == (args.part == "dev")]
    yake_results = None
    if args.yake_cache and os.path.exists(args.yake_cache):
        with open(args.yake_cache) as f:
            yake_results = json.load(f)
        if not all(d in yake_results for d, _, _ in docs):
            yake_results = None
    if yake_results is None:
        yake_results = yake_run(docs, 10)
        if args.yake_cache:
            with open(args.yake_cache, "w") as f:
                json.dump(yake_results, f)
    systems = {"textlens": textlens(docs, 10), "yake": yake_results}
    parts = {"dev": [], "test": [], "all": []}
    for index, (doc_id, _, _) in enumerate(docs):
        if args.part:
            parts[args.part].append(index)
            continue
        parts["dev" if is_dev(index, doc_id) else "test"].append(index)
        parts["all"].append(index)
    parts = {p: v for p, v in parts.items() if v}
    sizes = ", ".join(f"{p} {len(v)}" for p, v in parts.items())
    print(f"{args.dataset}: {len(docs)} documents ({sizes}); "
          f"F1@5 / F1@10, stemmed exact match, macro-averaged")
    print(f"| system | " + " | ".join(f"{p} F1@5 | {p} F1@10" for p in parts) + " |")
    print("| --- |" + " ---: |" * (2 * len(parts)))
    for name, predicted in systems.items():
        cells = []
        for part, indices in parts.items():
            for k in (5, 10):
                total = 0.0
                for i in indices:
                    doc_id, _, gold = docs[i]
                    gold_set = {g for g in map(norm, gold) if g}
                    seen = []
                    for p in predicted.get(doc_id, []):
                        s = norm(p)
                        if s and s not in seen:
                            seen.append(s)
                    top = seen[:k]
                    correct = sum(1 for p in top if p in gold_set)
                    precision = correct / len(top) if top else 0.0
                    recall = correct / len(gold_set) if gold_set else 0.0
                    total += 2 * precision * recall / (precision + recall) if correct else 0.0
                cells.append(f"{100 * total / max(len(indices), 1):.2f}")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
