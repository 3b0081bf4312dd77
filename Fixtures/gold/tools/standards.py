#!/usr/bin/env python3
"""Scores the sourcing standards of the built `audit` against gold directories.

    python3 Fixtures/gold/tools/standards.py [--audit .build/debug/audit] [--rules Rules] DIR...

For every gold file (DIR/*.yml with its article), runs `audit --format json` on the articles
(one launch for all of them),
maps each gold unit to the audit unit that overlaps its text most, and prints:

- anonymity flags: precision and recall of `reason_given`, `basis_given` and both pooled,
  over the gold anonymous units (a gold anonymous unit without a flag has it decided "not given"),
  except those of the seed and snn articles: a copy of ../shared/gold, whose guide defines no
  anonymity flags, so their flags were never decided;
- contest links: precision and recall of the pairs (denied unit -> disputed unit), over the gold
  denied units that carry `contests` (audit pairs from other units count against precision only
  when their denied unit is a gold denial with `contests`);
- the counts: anonymous units with flags decided, denials with contests.

Exit 0; it measures, it does not judge (the README reports the figures).
"""
import argparse, glob, json, os, re, subprocess, sys
import yaml

FLAGS = ("reason_given", "basis_given")


def norm(s):
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s or "")
    return re.sub(r"\s+", " ", s).strip()


def overlap(a, b):
    """Characters of the longer common run of words, cheap enough for an article."""
    wa, wb = a.split(), b.split()
    sb = set(wb)
    return sum(len(w) for w in wa if w in sb)


def match_units(gold_units, audit_units):
    """gold index -> audit index (claims only), by text containment, else the largest word overlap."""
    texts = [norm(u.get("text", "")) for u in audit_units]
    out = {}
    for gi, g in enumerate(gold_units):
        gt = norm(g.get("text", ""))
        if not gt:
            continue
        best, score = None, 0
        for ai, at in enumerate(texts):
            if audit_units[ai].get("label") is None:
                continue
            if gt == at:
                best, score = ai, 10**9
                break
            s = overlap(gt, at)
            if gt in at or at in gt:
                s += 1000
            if s > score:
                best, score = ai, s
        if best is not None and score >= max(4, len(gt.replace(" ", "")) // 3):
            out[gi] = best
    return out


def run_audit(binary, rules, paths):
    """The units of each article, by path: one launch of `audit` over all of them."""
    if not paths:
        return {}
    cmd = [binary, "--format", "json", "--fail-on", "none", *paths]
    if rules:
        cmd[1:1] = ["--rules", rules]
    p = subprocess.run(cmd, capture_output=True, text=True)
    articles = json.loads(p.stdout)["articles"]
    if len(articles) != len(paths):
        sys.exit(f"standards.py: audit returned {len(articles)} articles for {len(paths)} files:\n{p.stderr}")
    # the articles come in the order of the files given
    return {path: a["units"] for path, a in zip(paths, articles)}


def miss_line(name, units, i, flag, au, m):
    """A missed flag, its gold sentence and its likely cause:
    `labelled X` — the audit does not label the unit anonymous (the labeller's part, not the flags');
    `carried from unit K` — an earlier gold unit of the same anonymous source has the flag (it
    should flow forward to this one); `phrase` — the flag is stated in the unit itself."""
    src = {norm(s.get("text", "")) for s in units[i].get("sources") or [] if s.get("kind") == "anonymous"}
    if i not in m:
        cause = "unmatched"
    elif au[m[i]].get("label") != "anonymous":
        cause = f"labelled {au[m[i]].get('label')}"
    else:
        earlier = [k for k in range(i) if flag in (units[k].get("flags") or [])
                   and src & {norm(s.get("text", "")) for s in units[k].get("sources") or []}]
        cause = f"carried from unit {earlier[-1]}" if earlier else "phrase"
    return (f"{name} unit {i}: missed {flag} [{cause}] (source: {' / '.join(sorted(src))})\n"
            f"    {units[i].get('text', '')}")


def pr(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--audit", default=".build/debug/audit")
    ap.add_argument("--rules", default=None)
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss (with its sentence and likely cause) and false alarm; a link with both sentences and the denial's label")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    counts = {f: [0, 0, 0] for f in FLAGS}  # tp fp fn
    links = [0, 0, 0]
    decided = denials = 0
    todo = []  # (name, units, anonymous indexes, contested indexes, article path)
    for d in args.dirs:
        for y in sorted(glob.glob(os.path.join(d, "*.yml"))):
            g = yaml.safe_load(open(y, encoding="utf-8"))
            if not isinstance(g, dict) or "units" not in g:
                continue
            article = os.path.join(os.path.dirname(y), g.get("article") or os.path.basename(y)[:-4] + ".txt")
            if not os.path.exists(article):
                continue
            units = g["units"]
            # the seed/snn articles copy ../shared/gold, never annotated for anonymity flags
            copied = os.path.basename(y).startswith(("seed-", "snn-"))
            anon = [] if copied else [i for i, u in enumerate(units) if u.get("label") == "anonymous"]
            contested = [i for i, u in enumerate(units) if u.get("label") == "denied" and "contests" in u]
            if anon or contested:
                todo.append((os.path.basename(y), units, anon, contested, article))
    audited = run_audit(args.audit, args.rules, list(dict.fromkeys(g[4] for g in todo)))
    for name, units, anon, contested, article in todo:
        au = audited[article]
        m = match_units(units, au)
        for i in anon:
            decided += 1
            gold = set(units[i].get("flags") or [])
            got = set(au[m[i]].get("flags") or []) if i in m and au[m[i]].get("label") == "anonymous" else set()
            for f in FLAGS:
                if f in gold and f in got: counts[f][0] += 1
                elif f in got:
                    counts[f][1] += 1
                    if args.verbose: print(f"{name} unit {i}: false {f}\n    {units[i].get('text', '')}")
                elif f in gold:
                    counts[f][2] += 1
                    if args.verbose: print(miss_line(name, units, i, f, au, m))
        back = {}
        for gi, ai in m.items():
            back.setdefault(ai, gi)
        for i in contested:
            denials += 1
            gold = {(i, c) for c in units[i]["contests"]}
            got = set()
            if i in m:
                for c in au[m[i]].get("contests") or []:
                    if c in back:
                        got.add((i, back[c]))
                    else:
                        got.add((i, -1 - c))  # an audit unit with no gold claim: a false link
            links[0] += len(gold & got); links[1] += len(got - gold); links[2] += len(gold - got)
            if args.verbose:
                # the denial's label by the audit: a link missed because the denial is missed
                # (labelled X) is the labeller's part, not the links'
                den = au[m[i]].get("label") if i in m else "unmatched"
                def said(c):
                    t = units[c].get("text", "") if c >= 0 else au[-1 - c].get("text", "")
                    return (t[:160] + "…") if len(t) > 160 else t
                for p in sorted(gold - got):
                    print(f"{name}: missed link {p[0]} -> {p[1]} [denial labelled {den}]\n    D {said(p[0])}\n    C {said(p[1])}")
                for p in sorted(got - gold):
                    print(f"{name}: false link {p[0]} -> {p[1]}\n    D {said(p[0])}\n    C {said(p[1])}")
    def line(name, c):
        p, r = pr(*c)
        print(f"  {name:<14} P {p:.3f}  R {r:.3f}  (tp {c[0]}, fp {c[1]}, fn {c[2]})")
    print(f"anonymous units with flags decided: {decided}; denials with contests: {denials}")
    print("flags")
    for f in FLAGS:
        line(f, counts[f])
    line("pooled", [sum(counts[f][k] for f in FLAGS) for k in range(3)])
    print("contest links")
    line("pairs", links)


if __name__ == "__main__":
    main()
