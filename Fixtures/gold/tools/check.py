#!/usr/bin/env python3
"""Check a hand-labelled gold file against its article (format only, never labels).

    python3 /work/gold-new/check.py FILE.yml [FILE.yml ...]

Checks: the YAML parses; `article` names the .txt beside it; every unit's
`text` is an exact substring of the article, found in reading order after the
previous unit; `unit` is one of headline/heading/boilerplate/caption/byline/claim;
claims (headline or claim) have a `label` among the five and, unless
unsourced, at least one source with `text` (an exact substring of the article)
and `kind`; `via` only on secondhand/anonymous; flags are known ones;
`contests` indices point at earlier-or-later units of the same file; and no
stretch of the article's text (other than white space) is left out of every unit."""
import sys, os, yaml
KINDS = {"headline", "heading", "boilerplate", "caption", "byline", "claim"}
LABELS = {"named", "anonymous", "secondhand", "denied", "unsourced"}
SKINDS = {"person", "organization", "outlet", "document", "anonymous"}
FLAGS = {"quote", "hedged", "no_comment", "reason_given", "basis_given"}
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
for f in sys.argv[1:]:
    try:
        g = yaml.safe_load(open(f, encoding="utf-8"))
    except Exception as e:
        err(f, f"YAML does not parse: {e}"); continue
    txt_path = os.path.join(os.path.dirname(f), g.get("article", ""))
    if not os.path.isfile(txt_path):
        err(f, f"article {g.get('article')!r} not found beside it"); continue
    text = open(txt_path, encoding="utf-8").read()
    pos = 0; covered = []
    units = g.get("units") or []
    for i, u in enumerate(units):
        t = u.get("text") or ""
        k = text.find(t, pos)
        if not t or k < 0:
            err(f, f"unit {i}: text not found (in order) in the article: {t[:60]!r}"); continue
        gap = text[pos:k]
        if gap.strip():
            err(f, f"before unit {i}: text left out of every unit: {gap.strip()[:80]!r}")
        pos = k + len(t)
        kind = u.get("unit")
        if kind not in KINDS:
            err(f, f"unit {i}: unit kind {kind!r}")
        if kind in ("headline", "claim"):
            lab = u.get("label")
            if lab not in LABELS:
                err(f, f"unit {i}: label {lab!r}"); continue
            srcs = u.get("sources") or []
            if lab != "unsourced" and not srcs:
                err(f, f"unit {i}: {lab} claim without sources")
            for s in srcs:
                if (s.get("text") or "") not in text:
                    err(f, f"unit {i}: source text not in article: {s.get('text')!r}")
                if s.get("kind") not in SKINDS:
                    err(f, f"unit {i}: source kind {s.get('kind')!r}")
                if s.get("via") and lab not in ("secondhand", "anonymous", "denied"):
                    err(f, f"unit {i}: via on a {lab} claim")
            for fl in u.get("flags") or []:
                if fl not in FLAGS:
                    err(f, f"unit {i}: unknown flag {fl!r}")
            for c in u.get("contests") or []:
                if not isinstance(c, int) or c < 0 or c >= len(units) or c == i:
                    err(f, f"unit {i}: contests index {c!r} is not another unit of this file")
            if u.get("contests") and lab != "denied":
                err(f, f"unit {i}: contests on a {lab} claim")
        elif u.get("label"):
            err(f, f"unit {i}: a {kind} unit has no label")
    if text[pos:].strip():
        err(f, f"after the last unit: text left out: {text[pos:].strip()[:80]!r}")
print("ok" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
