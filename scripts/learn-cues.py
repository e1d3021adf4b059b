#!/usr/bin/env python3
"""Learns the long tail of cue words from PolNeAR's training split.

Usage: scripts/learn-cues.py POLNEAR > src/report/lexicon/learned.rs

For every word form outside quotation marks in the training split's texts it
counts how often annotators marked it as (part of) a cue, and keeps the forms
that are cues often enough: at least MIN_COUNT times, and in at least
MIN_RATE of their uses. Forms the hand-written lexicon already has, function
words, adverbs and words that are no verbs are left out. Each kept form gets
a strength from the stems below; the rest are neutral.

The output is Rust source: word forms and numbers only, no text of the
corpus. Only the training split is read.
"""

import collections
import importlib.util
import os
import re
import sys

MIN_COUNT = 3
MIN_RATE = 0.3

# Stems that set a learned form's strength ("blasted" -> assertive).
ASSERTIVE = """attack blast slam lambast rail assail denounc rebuk lash knock decr insist demand
vow pledg promis threaten prais hail tout boast applaud champion celebrat congratulat
defend endors back push press tout accus blam criticiz criticis condemn mock derid
complain lament bemoan urg warn caution remind""".split()
DOUBTING = """deni deny disput reject dismiss question doubt claim alleg rebut rebuff balk
disavow distanc scoff brush challeng""".split()
BELIEF = """think thought believ feel felt know knew known fear worr wonder suspect consider
regard view see saw seen sees realiz assum imagin expect seem appear convinc skeptic
remember recall""".split()
INTENTION = """want hope plan intend aim seek sought wish prefer desir tri decid opt eager""".split()

# Learned forms left out, read off the list this script printed: nouns,
# adjectives and adverbs that annotators put inside a cue (the constructions
# that take them are rules of their own), cues of other constructions, and
# verbs of action rather than of saying or thinking ("withdrew the bill"),
# which the corpus counts as attributions but a reader checking claims does
# not.
NOT_CUES = set(
    """statement criticism concern assertion suggestion complaints speculation footage
passion tribute length admission inclination desire reference critique praise
eager confident quick skeptical aware convinced reluctant vocal wary supportive
outspoken impassioned glad abc's called calls calling according evenly initially
officially formally originally favorably squarely loudly sharply openly privately
pointedly explicitly implicitly derisively enthusiastically consistently forcefully
jokingly similarly measured determining launching renewed devoted restricting
lays laid length named passed signed issued voted shared listed lists listing
titled found finds shown shows showed aren’t don't don’t haven’t eye guilty clear
looking looks follows allegations anxiety belief assumption confidence consensus
contention description rejection cry nervous optimistic proud scared shocked
surprised upset disappointed concerned impressed inclined dedicated exposed read
reads written writing call favor offer bible chatter nbc's critic defender proponent
opinions rumors prediction disagreement insistence reluctance assurances jab swipes
smile subtle stern keen adamant unaware unhappy thrilled outraged pleased alarm alarmed
startled ticked enamored rousing mounting lining files petition appointed approved
attempted attempting avoided blocked booed cast delivering displayed exploit imposed
introducing laying negotiated nominated passing presented sentenced spotted sued
unveiled withdrew opted relying pivoted shrugged authored revered resonated
dwelled protesting declined refuse refused refuses refusing spoke expressed expressing
express show showing ordered pushed pushing known decided deciding seem seems
seemed appear appears appeared see seen defending angered rattled singled""".split()
)

FUNCTION = set(
    """to has of a on about is for in the have also was are not with been out had as at an
by s his against were would did be will made it and up from that more over now back no
first her still like just even last their could off so then long can all does may one
once down new into again only might most time both well much under do after during
some since night year month week among far toward being always must need take its him
yet re""".split()
)


def strength(form):
    for name, stems in (
        ("Doubting", DOUBTING),
        ("Assertive", ASSERTIVE),
        ("Belief", BELIEF),
        ("Intention", INTENTION),
    ):
        if any(form.startswith(s) for s in stems):
            return name
    return "Neutral"


def hand_written(root):
    lex = open(os.path.join(root, "src", "report", "lexicon", "mod.rs"), encoding="utf-8").read()
    have = set()
    for name in ("NEUTRAL_CUES", "BELIEF_CUES", "ADDRESSEE_CUES", "ASSERTIVE_CUES", "DOUBTING_CUES"):
        m = re.search(name + r": &\[&str\] = &\[(.*?)\];", lex, re.S)
        if m:
            have |= set(re.findall(r'"([^"]+)"', m.group(1)))
    return have


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("evaluation", os.path.join(here, "eval.py"))
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    docs = ev.split_files(sys.argv[1], "train")
    word = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
    total = collections.Counter()
    cue = collections.Counter()
    for _, text_path, anns in docs:
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
        mask = ev.quoted_mask(text)
        in_cue = bytearray(len(text))
        for g in ev.read_ann(anns[0]):
            for a, b in g["cue"]:
                for k in range(a, min(b, len(text))):
                    in_cue[k] = 1
        for m in word.finditer(text):
            if mask[m.start()]:
                continue
            w = m.group().lower()
            total[w] += 1
            cue[w] += in_cue[m.start()]
    have = hand_written(os.path.dirname(here))
    rows = []
    for w, n in total.items():
        c = cue[w]
        if c < MIN_COUNT or c / n < MIN_RATE:
            continue
        if w in have or w in FUNCTION or w in NOT_CUES or w.endswith("ly") or len(w) < 3 or len(w) > 12:
            continue
        rows.append((w, strength(w), c, n))
    rows.sort()
    print("//! Cue word forms learned from PolNeAR's training split by")
    print("//! `scripts/learn-cues.py`: each form was marked as a cue by the corpus's")
    print(f"//! annotators at least {MIN_COUNT} times and in at least {int(MIN_RATE * 100)} % of its uses outside")
    print("//! quotation marks. Forms, strengths and counts only. Generated; do not edit.")
    print()
    print("use crate::report::model::CueStrength;")
    print()
    print("/// (form, strength, times marked as a cue, uses outside quotations).")
    print("pub const LEARNED_CUES: &[(&str, CueStrength, u16, u16)] = &[")
    for w, s, c, n in rows:
        print(f'    ("{w}", CueStrength::{s}, {c}, {n}),')
    print("];")


if __name__ == "__main__":
    main()
