#!/usr/bin/env python3
"""List every gold source the auditor misses (source recall, as ../shared/tools/score.py counts it).

    python3 Fixtures/gold/tools/source_misses.py --audit .build/debug/audit Fixtures/gold/dev [--cache DIR]

A gold source counts as found when one of the texts the reported unit carries (its sources'
text and name, and every mention of the roster source they point to) shares at least half the
words of the gold span or of that text (score.py's same_source: no kind is compared). The
reported unit is the one score.py aligns by overlap. `--cache DIR` keeps each article's JSON
report there (delete it after a rebuild). Never run it on Fixtures/gold/validation.

For each claim unit of the gold with `sources:`, aligns the reported unit as
score.py does and prints, for each gold source not matched by same_source():
the article, the unit text, the gold span/kind, the reported unit's label and
the sources it reported (text, kind). Ends with counts per article.
"""
import argparse, json, os, sys, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "tools"))
import yaml
from score import locate, run_audit, unit_sources, same_source, CLAIM_KINDS

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--audit", required=True)
    ap.add_argument("--cache")
    ap.add_argument("gold_dirs", nargs="+")
    a = ap.parse_args()
    per = collections.Counter(); total = hit = 0
    for d in a.gold_dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".yml"): continue
            gold = yaml.safe_load(open(os.path.join(d, name), encoding="utf-8"))
            txt = os.path.join(d, name[:-4] + ".txt")
            cp = a.cache and os.path.join(a.cache, name[:-4] + ".json")
            if cp: os.makedirs(a.cache, exist_ok=True)
            if cp and os.path.exists(cp):
                art = json.load(open(cp))
            else:
                art = run_audit(a.audit, txt)
                if cp: json.dump(art, open(cp, "w"), ensure_ascii=False)
            text = open(txt, encoding="utf-8-sig").read()
            gunits = gold["units"]; gspans = locate(text, gunits)
            sunits = art.get("units", [])
            by_id = {s["id"]: s for s in art.get("sources", []) or [] if isinstance(s, dict) and "id" in s}
            for gu, (gs, ge) in zip(gunits, gspans):
                best, bov = None, 0
                for su in sunits:
                    ov = min(ge, su.get("end", -1)) - max(gs, su.get("start", -1))
                    if ov > bov: best, bov = su, ov
                if best is not None and bov < 0.5 * (ge - gs): best = None
                if gu.get("unit") not in CLAIM_KINDS or not gu.get("sources"): continue
                found = unit_sources(best, art) if best else []
                for g in gu["sources"]:
                    total += 1
                    if any(same_source(g["text"], f) for f in found):
                        hit += 1; continue
                    per[name[:-4]] += 1
                    rep = []
                    if best:
                        for s in best.get("sources", []) or []:
                            if isinstance(s, dict):
                                r = by_id.get(s.get("id"), {})
                                rep.append(f"{s.get('text') or r.get('name')}[{r.get('kind') or s.get('kind')}]")
                    print(f"{name[:-4]} gold={gu.get('label')} got={best.get('label') if best else None} "
                          f"MISS «{g['text']}» ({g.get('kind')}) reported: {' | '.join(rep) or '-'}")
                    print(f"     {gu['text'][:160]}")
    print(f"\nmissed {total-hit}/{total}  recall {hit/total:.3f}")
    print(" ".join(f"{k}:{v}" for k, v in per.most_common()))

main()
