#!/usr/bin/env python3
"""Scores the engine's attributions against PolNeAR's annotations.

Usage: scripts/eval.py POLNEAR [--split dev|train] [--claims BIN] [--json OUT]
                       [--misses N] [--wrong N] [--agreement]

POLNEAR is a checkout of the public PolNeAR corpus (its `data/` folder inside).
Only the train and dev splits are read; the test split is refused. Nothing of
the corpus is written anywhere: the figures are printed, and `--json` writes
figures only. `--misses N` and `--wrong N` print up to N missed gold
attributions or wrong predictions to the terminal, for development.

Conventions (the same for the engine and for a second annotator):
- a content is its fragments, each trimmed of spaces, punctuation and a leading
  "that"; fragments that touch (nothing but spaces and punctuation between
  them) are joined;
- predictions and gold attributions are paired one to one by largest overlap
  of content characters; a pair is an overlap match;
- an exact match is a pair whose trimmed fragments are the same;
- the source is right when the prediction's claimant span overlaps the gold
  source, or when neither has one (a claim with no named source is marked
  `unnamed`); the cue likewise;
- claims of kind `unattributed` are not attributions.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

PUNCT = set(" \t\r\n.,;:!?\"'“”‘’«»„‟—–-()[]…*")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my"}
OPEN_Q = "“«„"
CLOSE_Q = "”»‟"


def read_ann(path):
    """Attributions of one .ann file: dicts with source, cue, content as lists of (a, b)."""
    spans = {}
    rels = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("T"):
                parts = line.split("\t")
                if len(parts) < 2:
                    continue
                typ, _, rng = parts[1].partition(" ")
                frags = []
                for r in rng.split(";"):
                    a, b = r.split()
                    frags.append((int(a), int(b)))
                spans[parts[0]] = (typ, frags)
            elif line.startswith("E"):
                rels.append(line.split("\t")[1].split())
    out = []
    for parts in rels:
        kind = parts[0].split(":")[0]
        if not kind.startswith("Attribution"):
            continue
        role = {}
        for p in parts[1:]:
            k, _, v = p.partition(":")
            k = re.sub(r"\d+$", "", k)
            if v in spans:
                role.setdefault(k, []).extend(spans[v][1])
        if "Content" not in role:
            continue
        out.append(
            {
                "source": sorted(role.get("Source", [])),
                "cue": sorted(role.get("Cue", [])),
                "content": sorted(role["Content"]),
                "no_source": kind == "Attribution-no-source" or "Source" not in role,
            }
        )
    return out


def trim(text, a, b, first=True):
    while a < b and text[a] in PUNCT:
        a += 1
    while b > a and text[b - 1] in PUNCT:
        b -= 1
    # "that" however it is followed: "that the", "that, “…", "that\n".
    if first and text[a:b].lower().startswith("that") and (b - a == 4 or not text[a + 4].isalnum()):
        a += 4
        while a < b and text[a] in PUNCT:
            a += 1
    return a, b


def norm_content(text, frags):
    """Trimmed fragments, touching ones joined."""
    frags = sorted(frags)
    joined = []
    for a, b in frags:
        if joined and all(c in PUNCT for c in text[joined[-1][1] : a]):
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))
        else:
            joined.append((a, b))
    out = []
    for i, (a, b) in enumerate(joined):
        a, b = trim(text, a, b, first=(i == 0))
        if a < b:
            out.append((a, b))
    return out


def overlap(xs, ys):
    n = 0
    for a, b in xs:
        for c, d in ys:
            n += max(0, min(b, d) - max(a, c))
    return n


def any_overlap(xs, ys):
    return any(min(b, d) > max(a, c) for a, b in xs for c, d in ys)


def quoted_mask(text):
    """For each character, whether it lies inside quotation marks (paragraph-local)."""
    mask = bytearray(len(text))
    inside = False
    straight = False
    skip = False
    for i, ch in enumerate(text):
        if skip:
            skip = False
            continue
        if ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            inside = straight = False
        if ch in OPEN_Q:
            inside = True
            continue
        if ch in CLOSE_Q:
            inside = False
            continue
        # A straight double mark, or two apostrophes as some newspapers print one.
        if ch == '"' or text.startswith("''", i):
            straight = not straight
            skip = ch == "'"
            continue
        if inside or straight:
            mask[i] = 1
    return mask


def categories(text, mask, g):
    cats = []
    chars = [i for a, b in g["content"] for i in range(a, b) if not text[i].isspace() and text[i] not in PUNCT]
    q = sum(mask[i] for i in chars)
    if chars and q >= 0.9 * len(chars):
        cats.append("direct")
    elif q > 0:
        cats.append("mixed")
    else:
        cats.append("reported")
    if g["no_source"]:
        cats.append("no source")
    elif len(g["source"]) >= 1 and " ".join(text[a:b] for a, b in g["source"]).strip().lower() in PRONOUNS:
        cats.append("pronoun source")
    if len(g["content"]) > 1:
        cats.append("split content")
    if g["source"] and g["cue"] and g["source"][0][0] > g["cue"][0][0]:
        cats.append("source after cue")
    return cats


def cp_index(text):
    """The engine's JSON is in code points, as Python strings are: nothing to convert."""
    return text


def predictions(report):
    out = []
    for c in report.get("claims", []):
        if c.get("kind") == "unattributed":
            continue
        claimant = c.get("claimant")
        cue = c.get("cue")
        out.append(
            {
                "id": c.get("id"),
                "rule": c.get("rule", "?"),
                "kind": c.get("kind"),
                # A claim with no named source ("It was reported that …")
                # carries the words that attribute it, marked unnamed.
                "source": [tuple(claimant["span"])]
                if claimant and not claimant.get("unnamed") and claimant["span"][0] < claimant["span"][1]
                else [],
                "source_any": claimant is not None,
                "cue": [tuple(cue["span"])] if cue else [],
                "content": [tuple(x["span"]) for x in c.get("content", [])],
            }
        )
    return out


def pair(text, golds, preds):
    """One-to-one pairs (gold index, pred index) by largest content overlap."""
    gc = [norm_content(text, g["content"]) for g in golds]
    pc = [norm_content(text, p["content"]) for p in preds]
    cands = []
    for gi, g in enumerate(gc):
        for pi, p in enumerate(pc):
            o = overlap(g, p)
            if o > 0:
                cands.append((-o, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs, gc, pc


class Tally:
    def __init__(self):
        self.gold = 0
        self.pred = 0
        self.matched = 0
        self.exact = 0
        self.source_ok = 0
        self.source_n = 0
        self.cue_ok = 0
        self.cue_n = 0
        self.all3 = 0
        self.cat_total = collections.Counter()
        self.cat_found = collections.Counter()
        self.rule_fired = collections.Counter()
        self.rule_right = collections.Counter()
        self.rule_all3 = collections.Counter()

    def add_doc(self, text, golds, preds, misses=None, wrong=None, name=""):
        mask = quoted_mask(text)
        pairs, gc, pc = pair(text, golds, preds)
        self.gold += len(golds)
        self.pred += len(preds)
        paired_g = {g: p for g, p in pairs}
        paired_p = {p: g for g, p in pairs}
        for gi, g in enumerate(golds):
            cats = categories(text, mask, g)
            for c in cats:
                self.cat_total[c] += 1
                if gi in paired_g:
                    self.cat_found[c] += 1
            if gi not in paired_g and misses is not None:
                misses.append((name, text, g, cats))
        for pi, p in enumerate(preds):
            self.rule_fired[p["rule"]] += 1
            if pi in paired_p:
                self.rule_right[p["rule"]] += 1
            elif wrong is not None:
                wrong.append((name, text, p, None))
        for gi, pi in pairs:
            g, p = golds[gi], preds[pi]
            self.matched += 1
            ex = gc[gi] == pc[pi]
            self.exact += ex
            if g["no_source"]:
                src = not p["source"]
            else:
                src = any_overlap(g["source"], p["source"])
            self.source_n += 1
            self.source_ok += src
            if g["cue"]:
                cue = any_overlap(g["cue"], p["cue"])
            else:
                cue = not p["cue"]
            self.cue_n += 1
            self.cue_ok += cue
            if ex and src and cue:
                self.all3 += 1
                self.rule_all3[p["rule"]] += 1
            if wrong is not None and not (src and cue):
                wrong.append((name, text, p, g))

    def figures(self):
        def prf(hit_p, hit_r):
            p = hit_p / self.pred if self.pred else 0.0
            r = hit_r / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}

        out = {
            "gold": self.gold,
            "predicted": self.pred,
            "overlap": prf(self.matched, self.matched),
            "exact": prf(self.exact, self.exact),
            "all_three": prf(self.all3, self.all3),
            "source_accuracy": round(self.source_ok / self.source_n, 3) if self.source_n else 0.0,
            "cue_accuracy": round(self.cue_ok / self.cue_n, 3) if self.cue_n else 0.0,
            "recall_by_category": {
                c: {"gold": self.cat_total[c], "recall": round(self.cat_found[c] / self.cat_total[c], 3)}
                for c in sorted(self.cat_total)
            },
            "rules": {
                r: {
                    "fired": self.rule_fired[r],
                    "precision": round(self.rule_right[r] / self.rule_fired[r], 3),
                    "all_three": round(self.rule_all3[r] / self.rule_fired[r], 3),
                }
                for r in sorted(self.rule_fired, key=lambda r: -self.rule_fired[r])
            },
        }
        return out


def split_files(root, split):
    if split not in ("train", "dev"):
        sys.exit("eval: only the train and dev splits may be read")
    tdir = os.path.join(root, "data", split, "text")
    adir = os.path.join(root, "data", split, "attributions")
    if not os.path.isdir(tdir):
        sys.exit(f"eval: no {tdir}; POLNEAR must be a PolNeAR checkout")
    anns = collections.defaultdict(list)
    for f in sorted(os.listdir(adir)):
        if f.endswith(".ann"):
            anns[f.rsplit("_", 1)[0]].append(os.path.join(adir, f))
    docs = []
    for f in sorted(os.listdir(tdir)):
        if f.endswith(".txt") and f[:-4] in anns:
            docs.append((f[:-4], os.path.join(tdir, f), anns[f[:-4]]))
    return docs


def run_engine(claims, paths):
    out = []
    for i in range(0, len(paths), 200):
        chunk = paths[i : i + 200]
        res = subprocess.run([claims, "--json", *chunk], capture_output=True, text=True, check=True)
        lines = [l for l in res.stdout.splitlines() if l.strip()]
        if len(lines) != len(chunk):
            sys.exit(f"eval: {len(chunk)} files but {len(lines)} reports")
        out.extend(json.loads(l) for l in lines)
    return out


def show(label, items, limit):
    print(f"\n{label} (first {limit} of {len(items)}):")
    for name, text, x, g in items[:limit]:
        def frag(spans):
            return " | ".join(text[a:b] for a, b in spans)

        print(f"- {name}")
        if g is not None and "no_source" in x:  # a missed gold attribution
            print(f"    cats: {', '.join(g)}")
            print(f"    source: {frag(x['source'])!r}  cue: {frag(x['cue'])!r}")
            print(f"    content: {frag(x['content'])[:300]!r}")
        else:
            print(f"    rule: {x['rule']}  source: {frag(x['source'])!r}  cue: {frag(x['cue'])!r}")
            print(f"    content: {frag(x['content'])[:300]!r}")
            if g is not None:
                print(f"    gold source: {frag(g['source'])!r}  cue: {frag(g['cue'])!r}")
                print(f"    gold content: {frag(g['content'])[:300]!r}")


def print_figures(title, fig, rules=True):
    print(f"\n## {title}")
    print(f"gold attributions {fig['gold']}, predicted {fig['predicted']}")
    print("| measure | P | R | F1 |")
    print("|---|---|---|---|")
    for k in ("overlap", "exact", "all_three"):
        v = fig[k]
        print(f"| {k.replace('_', ' ')} | {v['p']:.3f} | {v['r']:.3f} | {v['f1']:.3f} |")
    print(f"\nsource accuracy {fig['source_accuracy']:.3f}, cue accuracy {fig['cue_accuracy']:.3f} (on matched pairs)")
    print("\n| category | gold | recall |")
    print("|---|---|---|")
    for c, v in fig["recall_by_category"].items():
        print(f"| {c} | {v['gold']} | {v['recall']:.3f} |")
    if rules and fig["rules"]:
        print("\n| rule | fired | precision | all three right |")
        print("|---|---|---|---|")
        for r, v in fig["rules"].items():
            print(f"| {r} | {v['fired']} | {v['precision']:.3f} | {v['all_three']:.3f} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("polnear")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--claims", default="target/release/claims")
    ap.add_argument("--json")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--wrong", type=int, default=0)
    ap.add_argument("--category", help="only show misses of this category")
    ap.add_argument("--agreement", action="store_true", help="also score annotators against each other")
    ap.add_argument(
        "--confidence",
        action="store_true",
        help="print each rule's confidence for model.rs: its precision, shrunk toward 0.9 by 20 claims",
    )
    args = ap.parse_args()

    docs = split_files(args.polnear, args.split)
    texts = {}
    for name, tpath, _ in docs:
        with open(tpath, encoding="utf-8") as f:
            texts[name] = f.read().lstrip("\ufeff")
    reports = run_engine(args.claims, [t for _, t, _ in docs])
    tally = Tally()
    misses, wrong = [], []
    for (name, _, anns), rep in zip(docs, reports):
        text = texts[name]
        if rep.get("text") != text:
            sys.exit(f"eval: the engine's text differs from {name}")
        golds = read_ann(anns[0])
        tally.add_doc(text, golds, predictions(rep), misses, wrong, name)
    fig = tally.figures()
    print(f"# claim-reader on PolNeAR {args.split}: {len(docs)} articles")
    print_figures("engine against the annotation", fig)

    result = {"split": args.split, "articles": len(docs), "engine": fig}
    if args.agreement:
        agree = Tally()
        pairs = 0
        for name, _, anns in docs:
            for i in range(len(anns)):
                for j in range(len(anns)):
                    if i == j:
                        continue
                    g = read_ann(anns[i])
                    p = [
                        {"rule": "annotator", "source": x["source"], "cue": x["cue"], "content": x["content"]}
                        for x in read_ann(anns[j])
                    ]
                    agree.add_doc(texts[name], g, p)
                    pairs += 1
        if pairs:
            afig = agree.figures()
            print_figures(f"annotator against annotator ({pairs} ordered pairs)", afig, rules=False)
            result["agreement"] = afig
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
    if args.confidence:
        # A rule seen on few claims keeps close to the prior: (right + 20 x
        # 0.9) / (fired + 20).
        prior, weight = 0.9, 20
        print("\nconfidence per rule (for Rule::confidence in src/report/model.rs):")
        for r, v in sorted(fig["rules"].items(), key=lambda x: -x[1]["precision"]):
            c = (v["precision"] * v["fired"] + weight * prior) / (v["fired"] + weight)
            camel = "".join(w.capitalize() for w in r.split("_"))
            print(f"    Rule::{camel} => {c:.2},  // {v['fired']} claims, precision {v['precision']:.3f}")
    if args.misses:
        ms = [m for m in misses if not args.category or args.category in m[3]]
        show("missed", [(n, t, g, c) for n, t, g, c in ms], args.misses)
    if args.wrong:
        show("wrong", wrong, args.wrong)


if __name__ == "__main__":
    main()
