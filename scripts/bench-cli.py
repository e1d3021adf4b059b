#!/usr/bin/env python3
"""The `claims` CLI as a whole process: 1 MB in one file and the same 1 MB
as about 100 files in a folder, for each binary given, in turn in every
round (so all see the same machine), `--json` to /dev/null.

Usage: scripts/bench-cli.py CORPUS ROUNDS OUT.md LABEL=BINARY...
           [--update BENCHMARKS.md] [--files-for LABEL]...

CORPUS is a text of about 1 MB; it is cut into files of about 10,000 bytes
at paragraph ends. Prints and writes a Markdown section (`## The claims
CLI`): the median wall-clock time of each process, MB/s, and per round the
ratio of each binary's time to the first one's. `--update` also puts the
section into BENCHMARKS.md in place of the one there (or at the end).
`--files-for LABEL`: that binary reads no folders (a `claims` from before
they were read), so it is given the folder's files as arguments, in order.
"""

import os
import re
import resource
import statistics
import subprocess
import sys
import time


def split_corpus(text, size, folder):
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    parts, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start + size)
        end = len(text) if cut < 0 else cut + 2
        parts.append(text[start:end])
        start = end
    for i, p in enumerate(parts):
        with open(os.path.join(folder, f"part-{i:04d}.txt"), "w", encoding="utf-8") as f:
            f.write(p)
    return len(parts)


CPU = {}


def timed(cmd):
    """The command's wall-clock time; its processor time (user and system,
    all threads) is kept in CPU under the same command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"bench-cli: {' '.join(cmd)} exited with {r.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(tuple(cmd), []).append(cpu)
    return dt


def main():
    args = sys.argv[1:]
    update = None
    if "--update" in args:
        i = args.index("--update")
        update = args[i + 1]
        del args[i : i + 2]
    files_for = set()
    while "--files-for" in args:
        i = args.index("--files-for")
        files_for.add(args[i + 1])
        del args[i : i + 2]
    if len(args) < 4:
        sys.exit(__doc__)
    corpus, rounds, out = args[0], int(args[1]), args[2]
    bins = [a.split("=", 1) for a in args[3:]]
    work = os.path.dirname(os.path.abspath(out))
    text = open(corpus, encoding="utf-8").read()
    nbytes = len(text.encode("utf-8"))
    one = os.path.join(work, "cli-one.txt")
    with open(one, "w", encoding="utf-8") as f:
        f.write(text)
    folder = os.path.join(work, "cli-folder")
    nfiles = split_corpus(text, 10_000, folder)
    cases = [("1 MB in one file", one), (f"the same 1 MB as {nfiles} files in a folder", folder)]
    listed = [os.path.join(folder, f) for f in sorted(os.listdir(folder))]

    def cmd(label, binary, path):
        if path == folder and label in files_for:
            return [binary, "--json", *listed]
        return [binary, "--json", path]

    load_start = os.getloadavg()[0]
    times = {(b, c): [] for b, _ in bins for c, _ in cases}
    cpu = {(b, c): [] for b, _ in bins for c, _ in cases}
    for _, path in cases:  # one untimed pass each
        for b, binary in bins:
            timed(cmd(b, binary, path))
    for _ in range(rounds):
        for c, path in cases:
            for b, binary in bins:
                times[(b, c)].append(timed(cmd(b, binary, path)))
                cpu[(b, c)].append(CPU[tuple(cmd(b, binary, path))][-1])
    load_end = os.getloadavg()[0]

    mbps = lambda s: nbytes / 1e6 / s
    rows = []
    base = bins[0][0]
    for c, _ in cases:
        for b, _ in bins:
            xs = times[(b, c)]
            med = statistics.median(xs)
            rows.append(
                f"| {c}: {b} | {med * 1000:.1f} ms | {mbps(med):.1f} MB/s "
                f"| {mbps(max(xs)):.1f} – {mbps(min(xs)):.1f} MB/s "
                f"| {statistics.median(cpu[(b, c)]) * 1000:.1f} ms | {len(xs)} |"
            )
        for b, _ in bins[1:]:
            ratios = [o / n for o, n in zip(times[(base, c)], times[(b, c)])]
            rows.append(
                f"| {c}: {b} ÷ {base}, speed per round | {statistics.median(ratios):.2f}× | "
                f"| {min(ratios):.2f}× – {max(ratios):.2f}× | | {len(ratios)} |"
            )
    for b, _ in bins:
        ratios = [o / f for o, f in zip(times[(b, cases[0][0])], times[(b, cases[1][0])])]
        rows.append(
            f"| {b}: the folder ÷ one file, speed per round | {statistics.median(ratios):.2f}× | "
            f"| {min(ratios):.2f}× – {max(ratios):.2f}× | | {len(ratios)} |"
        )
    given = "".join(f" ({b} is given the folder's files as arguments: it reads no folders)" for b in sorted(files_for))
    names = ", ".join(f"**{b}**: `{os.path.relpath(p)}`" for b, p in bins)
    md = f"""## The claims CLI

The whole `claims --json PATH > /dev/null` process, wall clock, on
{nbytes:,} bytes of text (the corpus above) in one file, and on the same text
cut at paragraph ends into {nfiles} files of about 10,000 bytes in a folder
(read with one worker per core: this machine has {os.cpu_count()} cores).
One untimed pass each, then {rounds} rounds, each running every binary on
both inputs in turn. MB/s is the input's bytes ÷ the process's time;
the processor time is the process's user and system time, all threads
(on a busy machine the wall clock also counts the time others had the
processors).
Binaries: {names}{given}. Load average {load_start:.2f} at the start and
{load_end:.2f} at the end.

| figure | median | MB/s (median) | MB/s (min – max) | processor time (median) | runs |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Command: `scripts/bench-cli.py CORPUS {rounds} OUT.md {' '.join(f'{b}=BIN' for b, _ in bins)}{''.join(f' --files-for {b}' for b in sorted(files_for))}`.
"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(md)
    print(md)
    if update:
        doc = open(update, encoding="utf-8").read()
        pattern = re.compile(r"^## The claims CLI\n.*?(?=^## |\Z)", re.S | re.M)
        doc = pattern.sub(lambda _: md + "\n", doc) if pattern.search(doc) else doc.rstrip("\n") + "\n\n" + md
        with open(update, "w", encoding="utf-8") as f:
            f.write(doc)


if __name__ == "__main__":
    main()
