#!/usr/bin/env python3
"""Writes a fixture report's gold file from its spec, with spans in code points.

usage: scripts/gold.py tests/fixtures/reports/NAME.txt > tests/fixtures/reports/NAME.gold.json

NAME.spec.json, beside the report, says what a careful reader finds in it, by
text rather than by offsets: the entities, and for each claim its claimant,
kind, content, the mention and cue that attribute it, and its figures (text,
value, qualifier, measure); then the relations between claims. This script
finds each piece in the report (the content anywhere, the cue in the 60
characters before the content or else after it, the mention as the whole
words nearest the cue, figures from the content on) and writes the gold file that tests/engine_gold.rs scores the engine against,
in the format of the embedded report's gold. Edit the spec and the text, then
run it again; a piece it cannot find stops it.
"""
import json
import re
import sys


def main(path):
    text = open(path, encoding="utf-8").read()
    spec = json.load(open(path[: -len(".txt")] + ".spec.json", encoding="utf-8"))

    def at(piece, start=0, end=None):
        i = text.find(piece, start, len(text) if end is None else end)
        if i < 0:
            sys.exit(f"gold: not found in {path}: {piece!r}")
        return [i, i + len(piece)]

    def nearest(piece, anchor, start, end):
        """The whole-word occurrence of piece in [start, end) nearest anchor."""
        found = []
        for m in re.finditer(re.escape(piece), text[max(0, start) : end]):
            a = max(0, start) + m.start()
            b = a + len(piece)
            if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
                found.append([a, b])
        if not found:
            sys.exit(f"gold: not found near its claim in {path}: {piece!r}")
        return min(found, key=lambda s: min(abs(s[0] - anchor[1]), abs(anchor[0] - s[1])))

    out = {
        "source": path.split("/")[-1],
        "offsets": "Unicode code points, [start, end)",
        "text_length": len(text),
        "entities": spec["entities"],
        "claims": [],
        "relations": spec["relations"],
    }
    for c in spec["claims"]:
        content = at(c["content"])
        g = {"id": c["id"], "claimant": c.get("claimant"), "kind": c["kind"]}
        if c.get("optional"):
            g["optional"] = True
        g["content"] = {"text": c["content"], "span": content}
        cue = None
        if "cue" in c:
            i = text.rfind(c["cue"], max(0, content[0] - 60), content[0])
            cue = [i, i + len(c["cue"])] if i >= 0 else at(c["cue"], content[1])
            g["cue"] = {"text": c["cue"], "span": cue}
        if "mention" in c:
            g["claimant_mention"] = {
                "text": c["mention"],
                "span": nearest(c["mention"], cue or content, content[0] - 300, content[1] + 120),
            }
        g["figures"] = [
            {
                "text": f["text"],
                "value": f["value"],
                "qualifier": f.get("qualifier", "exact"),
                "measure": f.get("measure"),
                "span": at(f["text"], max(0, content[0] - 5)),
                **({"optional": True} if f.get("optional") else {}),
            }
            for f in c.get("figures", [])
        ]
        out["claims"].append(g)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
