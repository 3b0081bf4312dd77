#!/usr/bin/env python3
"""agree.py DIR1 DIR2 [-v]: agreement between two annotations of the same articles.

Units are aligned by overlap. Prints label agreement, and for the standards
decisions (#27): the anonymity flags (reason_given, basis_given) on the units
both annotators call anonymous, and the contest links (denied unit -> disputed
unit, as aligned unit pairs) on the units both call denied. -v lists every
disagreement."""
import sys, os, glob, yaml, collections
d1, d2 = sys.argv[1], sys.argv[2]
show = "-v" in sys.argv
n = agree = 0
conf = collections.Counter()
rows = []
flag_n = collections.Counter(); flag_agree = collections.Counter()
links_a = links_b = links_both = 0
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
    def match(x, other):
        s, e = x[0], x[1]
        return max(other, key=lambda y: min(y[1], e) - max(y[0], s))
    a2b = {x[4]: match(x, b)[4] for x in a}
    name = os.path.basename(y1)
    for (s, e, la, ua, i) in a:
        best = match((s, e, la, ua, i), b)
        lb, ub = best[2], best[3]
        if la == "none" and lb == "none": continue
        n += 1; agree += la == lb; conf[(la, lb)] += 1
        if la != lb: rows.append((name, i, best[4], la, lb, ua["text"][:100]))
        if la == lb == "anonymous":
            for f in ("reason_given", "basis_given"):
                fa, fb = f in (ua.get("flags") or []), f in (ub.get("flags") or [])
                flag_n[f] += 1; flag_agree[f] += fa == fb
                if fa != fb: rows.append((name, i, best[4], f, fa, fb, ua["text"][:80]))
        if la == lb == "denied":
            ca = {(best[4], a2b.get(j)) for j in (ua.get("contests") or [])}
            cb = {(best[4], j) for j in (ub.get("contests") or [])}
            links_a += len(ca); links_b += len(cb); links_both += len(ca & cb)
            if ca != cb: rows.append((name, i, best[4], "contests", sorted(ua.get("contests") or []), sorted(ub.get("contests") or [])))
print(f"units {n}, agreement {agree/n:.3f}")
for (x, y), c in sorted(conf.items(), key=lambda x: -x[1]):
    if x != y: print(f"  {x:>10} vs {y:<10} {c}")
for f in ("reason_given", "basis_given"):
    if flag_n[f]: print(f"{f}: {flag_agree[f]}/{flag_n[f]} anonymous units agree")
if links_a or links_b:
    print(f"contest links: {links_a} vs {links_b}, {links_both} in both")
if show:
    for r in rows: print(*r, sep=" | ")
