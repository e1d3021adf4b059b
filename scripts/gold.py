#!/usr/bin/env python3
"""Writes a fixture report's gold file from its spec, with spans in code points.

usage: scripts/gold.py tests/fixtures/reports/NAME.txt > tests/fixtures/reports/NAME.gold.json

NAME.spec.json, beside the report, says what a careful reader finds in it, by
text rather than by offsets: the entities, and for each claim its claimant,
kind, content, the mention and cue that attribute it, and its figures (text,
value, qualifier, measure); then the relations between claims. This script
finds each piece in the report (the content anywhere, the cue in the 60
characters before the content or else after it, figures from the content on)
and writes the gold file that tests/engine_gold.rs scores the engine against,
in the format of the embedded report's gold. Edit the spec and the text, then
run it again; a piece it cannot find stops it.
"""
import json
import sys


def main(path):
    text = open(path, encoding="utf-8").read()
    spec = json.load(open(path[: -len(".txt")] + ".spec.json", encoding="utf-8"))

    def at(piece, start=0, end=None):
        i = text.find(piece, start, len(text) if end is None else end)
        if i < 0:
            sys.exit(f"gold: not found in {path}: {piece!r}")
        return [i, i + len(piece)]

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
        if "mention" in c:
            g["claimant_mention"] = {"text": c["mention"], "span": at(c["mention"], max(0, content[0] - 300))}
        if "cue" in c:
            i = text.rfind(c["cue"], max(0, content[0] - 60), content[0])
            span = [i, i + len(c["cue"])] if i >= 0 else at(c["cue"], content[1])
            g["cue"] = {"text": c["cue"], "span": span}
        g["figures"] = [
            {
                "text": f["text"],
                "value": f["value"],
                "qualifier": f.get("qualifier", "exact"),
                "measure": f.get("measure"),
                "span": at(f["text"], max(0, content[0] - 5)),
            }
            for f in c.get("figures", [])
        ]
        out["claims"].append(g)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
