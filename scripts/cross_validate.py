#!/usr/bin/env python3
"""Five-fold cross-validation of the name tagger, split by document, over every dev file.

    python3 scripts/cross_validate.py [--dev DIR] [--train DIR] [--folds 5] [--out DIR]
                                      [--no-dev-training]

Each document of each dev file falls in one fold (by a hash of its id, so the split never
changes). For fold k a model is trained on the training sets plus the openly licensed dev
documents outside fold k, and scored (strict, PERSON/ORG/PLACE) on the dev documents of fold k.
The per-file figures add up the counts of the five folds, so every document is scored by a
model that never saw it, and a rule or feature that only fits one half of a corpus shows up.
CoNLL-2003 is never trained on (not openly licensed): its folds measure transfer only.

With --no-dev-training the dev documents are never trained on (the old set-up), and the folds
only split the scoring.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
from collections import defaultdict

LABELS = ["ORG", "PERSON", "PLACE"]


def fold_of(doc_id, folds):
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % folds


def run(cmd, env=None):
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return done.stdout


def parse_table(table):
    counts = {}
    for line in table.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[0] in LABELS + ["micro"]:
            counts[parts[0]] = tuple(int(x) for x in parts[1:4])
    return counts


def prf(gold, pred, match):
    p = match / pred if pred else 0.0
    r = match / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", default="../shared/data/ner-dev")
    ap.add_argument("--train", default="../shared/data/ner-train")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", default="/tmp/textlens-cv")
    ap.add_argument("--no-dev-training", action="store_true")
    args = ap.parse_args()

    # The CLI with the `train` feature reads the fold's model from TEXTLENS_MODEL; the trainer is
    # a bin of the dev-only xtask member (which enables `train` too, so the library builds once).
    run(["cargo", "build", "--quiet", "--release", "--features", "train", "--bin", "textlens"])
    run(["cargo", "build", "--quiet", "--release", "-p", "xtask", "--bin", "textlens-train"])
    dev_files = sorted(f for f in os.listdir(args.dev) if f.endswith(".jsonl"))
    docs = {}
    for f in dev_files:
        with open(os.path.join(args.dev, f), encoding="utf-8") as fh:
            docs[f] = [line for line in fh if line.strip()]

    totals = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for k in range(args.folds):
        fold_dir = os.path.join(args.out, f"fold{k}")
        train_dir = os.path.join(fold_dir, "train")
        test_dir = os.path.join(fold_dir, "test")
        os.makedirs(train_dir, exist_ok=True)
        os.makedirs(test_dir, exist_ok=True)
        for f in dev_files:
            held, rest = [], []
            for line in docs[f]:
                (held if fold_of(json.loads(line)["id"], args.folds) == k else rest).append(line)
            with open(os.path.join(test_dir, f), "w", encoding="utf-8") as fh:
                fh.writelines(held)
            if not args.no_dev_training and "conll2003" not in f:
                with open(os.path.join(train_dir, f), "w", encoding="utf-8") as fh:
                    fh.writelines(rest)
        model = os.path.join(fold_dir, "model.bin")
        run(["target/release/textlens-train", model, args.train, train_dir])
        env = dict(os.environ, TEXTLENS_MODEL=model)
        for f in dev_files:
            table = run(["target/release/textlens", "eval", os.path.join(test_dir, f),
                         "--labels", ",".join(LABELS)], env=env)
            for label, c in parse_table(table).items():
                for i in range(3):
                    totals[f][label][i] += c[i]
        print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)

    print(f"{'file':<22} {'P':>6} {'R':>6} {'F1':>6}   {'ORG R':>6}")
    for f in dev_files:
        p, r, f1 = prf(*totals[f]["micro"])
        org_r = prf(*totals[f]["ORG"])[1]
        print(f"{f[:-6]:<22} {p:6.3f} {r:6.3f} {f1:6.3f}   {org_r:6.3f}")


if __name__ == "__main__":
    main()
