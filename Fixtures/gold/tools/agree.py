#!/usr/bin/env python3
"""agree.py DIR1 DIR2: label agreement between two annotations of the same articles (units aligned by overlap)."""
import sys, os, glob, yaml, collections
d1, d2 = sys.argv[1], sys.argv[2]
show = "-v" in sys.argv
n = agree = 0
conf = collections.Counter()
rows = []
for y1 in sorted(glob.glob(d1 + "/*.yml")):
    y2 = os.path.join(d2, os.path.basename(y1))
    if not os.path.exists(y2): continue
    text = open(y1[:-4] + ".txt").read()
    def spans(y):
        g = yaml.safe_load(open(y)); out = []; pos = 0
        for i, u in enumerate(g["units"]):
            k = text.find(u["text"], pos); pos = k + len(u["text"])
            lab = u.get("label") if u["unit"] in ("claim", "headline") else "none"
            out.append((k, pos, lab, u, i))
        return out
    a, b = spans(y1), spans(y2)
    for (s, e, la, ua, i) in a:
        best = max(b, key=lambda x: min(x[1], e) - max(x[0], s))
        lb = best[2]
        if la == "none" and lb == "none": continue
        n += 1; agree += la == lb; conf[(la, lb)] += 1
        if la != lb: rows.append((os.path.basename(y1), i, best[4], la, lb, ua["text"][:100]))
print(f"units {n}, agreement {agree/n:.3f}")
for (a, b), c in sorted(conf.items(), key=lambda x: -x[1]):
    if a != b: print(f"  {a:>10} vs {b:<10} {c}")
if show:
    for r in rows: print(*r, sep=" | ")
