#!/usr/bin/env python3
"""Prints every literal word sequence of a rule pack, one per line: the lexicon
ripgrep searches for in Benchmarks/run.sh. Alternatives are expanded, optional
words taken both ways; a gap or wildcard ends a literal."""
import itertools, os, sys, yaml

def literals(pattern, limit=64):
    parts = pattern.split()
    runs, cur = [], [[]]
    for p in parts:
        if p.startswith("*") or p.endswith("*"):
            runs.append(cur); cur = [[]]; continue
        opt = p.startswith("[") and p.endswith("]")
        alts = p.strip("[]").split("|")
        nxt = [c + [a] for c in cur for a in alts] + (cur if opt else [])
        cur = nxt[:limit]
    runs.append(cur)
    for run in runs:
        for words in run:
            if words and len(" ".join(words)) >= 2:
                yield " ".join(words)

out = set()
for d in sys.argv[1:]:
    for f in sorted(os.listdir(d)):
        if not f.endswith((".yml", ".yaml")):
            continue
        doc = yaml.safe_load(open(os.path.join(d, f), encoding="utf-8")) or {}
        for r in doc.get("rules", []) or []:
            for p in r.get("patterns", []) or []:
                out.update(literals(str(p)))
print("\n".join(sorted(out)))
