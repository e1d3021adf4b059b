#!/usr/bin/env python3
"""Trains the learned cue model on PolNeAR's training split.

Usage: scripts/train-cue-model.py POLNEAR > src/report/attribution/cue_model.txt

The engine prints its own rows (`cargo run --release --example cue-rows`):
each lower-case word outside quotation marks in the training split's texts,
with its features as `attribution::cue_model::features` builds them. A row
is positive when annotators marked that word as the head of a cue: the cue's
last word that is not a function word or a particle ("voiced" in "voiced
support for", "respond" in "did not respond to", "laid" in "laid out").

The model is an averaged perceptron: features seen fewer than MIN_COUNT
times are left out, the rows are visited in an order fixed by SEED for
EPOCHS rounds, and the averaged weights are scaled by SCALE and rounded;
weights that round to less than MIN_WEIGHT are dropped. The same corpus
gives the same file.

Only rows that no rule's claim holds, of words the model may read as cues
(cue verbs, reporting nouns, verbs of seeming, words of stance:
`attribution::may_be_learned_cue`), are learned from: the model reads only
those words (`attribution::learned_cues`), so it learns what the rules miss. Words a veto refused ("would not comment") are learned from too, as
the cues they are in the corpus, though the engine never reads them with
the model. After a change to the rules, train again.

The output is `weight<TAB>feature` lines: numbers and single words or
punctuation marks, no text of the corpus. Only the training split is read.
"""

import collections
import importlib.util
import os
import random
import re
import subprocess
import sys

MIN_COUNT = 3
EPOCHS = 6
SEED = 7
SCALE = 10
MIN_WEIGHT = 10
# Words that do not head a cue: auxiliaries, negation, prepositions and
# complementizers inside a cue ("did not respond to").
FUNCTION = set(
    """of about for on in with against as by at over from like to into toward towards upon
that not n't did does do is was are were be been being has have had would will could
should may might can must also the a an out up off back down""".split()
)
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ev", os.path.join(here, "eval.py"))
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def anchor(text, g):
    """Where the head word of gold cue `g` starts (code points), or None."""
    words = []
    for a, b in g["cue"]:
        for m in WORD.finditer(text[a:b]):
            words.append((a + m.start(), m.group().lower()))
    heads = [w for w in words if w[1] not in FUNCTION] or words
    return heads[-1][0] if heads else None


def byte_to_cp(text):
    out = []
    for i, ch in enumerate(text):
        out.extend([i] * len(ch.encode("utf-8")))
    out.append(len(text))
    return out


def rows(root):
    docs = ev.split_files(root, "train")
    repo = os.path.dirname(here)
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "cue-rows"],
        cwd=repo,
        check=True,
    )
    binary = os.path.join(repo, "target", "release", "examples", "cue-rows")
    anchors, maps = {}, {}
    for name, tpath, anns in docs:
        text = open(tpath, encoding="utf-8").read()
        anchors[tpath] = {a for a in (anchor(text, g) for g in ev.read_ann(anns[0])) if a is not None}
        maps[tpath] = byte_to_cp(text)
    out = []
    for i in range(0, len(docs), 200):
        chunk = [t for _, t, _ in docs[i : i + 200]]
        res = subprocess.run([binary, *chunk], capture_output=True, text=True, check=True)
        path = None
        for line in res.stdout.splitlines():
            parts = line.split("\t")
            if parts[0] == "#":
                path = parts[1]
                continue
            start, _, state, feats = parts
            # Held by a rule's claim, or no word the model may read.
            if state in ("1", "3"):
                continue
            cp = maps[path][int(start)]
            out.append((cp in anchors[path], feats.split(" ")))
    return out


def train(data):
    counts = collections.Counter(f for _, fs in data for f in fs)
    keep = {f for f, c in counts.items() if c >= MIN_COUNT}
    data = [(y, [f for f in fs if f in keep]) for y, fs in data]
    w = collections.defaultdict(float)
    u = collections.defaultdict(float)
    c = 1
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            y, fs = data[k]
            y = 1 if y else -1
            if y * sum(w[f] for f in fs) <= 0:
                for f in fs:
                    w[f] += y
                    u[f] += y * c
            c += 1
    return {f: w[f] - u[f] / c for f in w}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = rows(sys.argv[1])
    print(f"train-cue-model: {len(data)} rows, {sum(y for y, _ in data)} cue heads", file=sys.stderr)
    weights = train(data)
    kept = 0
    for f, v in sorted(weights.items()):
        q = round(v * SCALE)
        if abs(q) >= MIN_WEIGHT and "\t" not in f and "\n" not in f:
            print(f"{q}\t{f}")
            kept += 1
    print(f"train-cue-model: {kept} weights kept of {len(weights)}", file=sys.stderr)


if __name__ == "__main__":
    main()
