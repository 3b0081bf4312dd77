#!/usr/bin/env python3
"""Draw the corpus articles of the extended gold, at random with a recorded seed.

    python3 Fixtures/gold/tools/draw.py [--corpus PATH] [--seed 20261204] OUTDIR

Rules of the draw (all from the seed, so the same call gives the same articles):
  1. only articles of 300..5000 characters (a hand-labelled article must be
     readable in one sitting); none of the 23 earlier gold articles (seed-*, snn-*);
  2. three articles from every outlet;
  3. then, until each quota holds, articles whose genre the URL or byline
     shows: 10 opinion columns, 10 wire or agency copies, 10 economy, sport
     or technology pieces (the annotator confirms the genre);
  4. then more at random from the whole corpus, to 64 in all;
  5. each article goes to the split `dev` or `validation` by a second draw of
     the same seed: 28 validation, the rest dev, every outlet in both where it
     has two or more articles;
  6. a top-up, drawn after the labelling of the first 64 showed that only 5 of
     them carry an agency's dateline in their text (the corpus's `author`
     field credits an agency more often than the text shows it): articles whose
     first three lines hold an agency dateline (`الرياض - واس`, `(أ ف ب) -`,
     `... رويترز:`), in the order of the same shuffle, until 11 of the draw
     show one; they go to dev and validation in turn and are numbered after
     the first 64.
Writes OUTDIR/{dev,validation}/cNN-<outlet>.txt (headline on the first line,
as `unpack-corpus` writes it) and OUTDIR/draw.tsv (name, split, id, outlet,
genre guess, url)."""
import argparse, gzip, json, os, random, re

AGENCY = re.compile(r"واس|رويترز|أ\s?ف\s?ب|د\.?\s?ب\.?\s?أ|الوكالات|كونا|وام|بترا|سانا|الأناضول|يو\s?بي\s?آي|أ\s?ش\s?أ|قنا")

def genre(r):
    u, a = r["url"], r.get("author") or ""
    if "/opinion/" in u or "/Articles/Detail" in u or re.search(r"/(ar|rj|lp)\d+\.htm", u):
        return "opinion"
    if AGENCY.search(a) or r["outlet"] == "was":
        return "wire"
    if (r["outlet"] in ("aleqtisadiya", "arriyadiyah", "arreyadi") or "/Economy/" in u or "/Sports/" in u
            or "/technology/" in u or re.search(r"/(sp|ec)\d+\.htm", u)):
        return "economy-sport-tech"
    return "news"

def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("outdir")
    ap.add_argument("--corpus", default=os.path.join(here, "../../../../shared/corpus/saudinewsnet.jsonl.gz"))
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--total", type=int, default=64)
    ap.add_argument("--validation", type=int, default=28)
    a = ap.parse_args()
    gold_dir = os.path.join(here, "..")
    known = set()
    for root, _, files in os.walk(gold_dir):
        for f in files:
            if f.endswith(".txt") and f.startswith(("seed-", "snn-")):
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    known.add(fh.readline().strip())
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        rs = [json.loads(l) for l in f]
    pool = [r for r in rs if 300 <= len(r["text"]) <= 5000 and r["text"].split("\n", 1)[0].strip() not in known]
    rng = random.Random(a.seed)
    rng.shuffle(pool)
    chosen, ids = [], set()
    def take(r):
        chosen.append(r); ids.add(r["id"])
    for outlet in sorted({r["outlet"] for r in pool}):
        for r in [r for r in pool if r["outlet"] == outlet][:3]:
            take(r)
    for g in ("opinion", "wire", "economy-sport-tech"):
        for r in pool:
            if sum(1 for c in chosen if genre(c) == g) >= 11:
                break
            if r["id"] not in ids and genre(r) == g:
                take(r)
    for r in pool:
        if len(chosen) >= a.total:
            break
        if r["id"] not in ids:
            take(r)
    # split: shuffle again, alternate within each outlet so both splits see it
    rng2 = random.Random(a.seed + 1)
    order = sorted(chosen, key=lambda r: (r["outlet"], r["id"]))
    rng2.shuffle(order)
    val, by_outlet = set(), {}
    for r in order:
        by_outlet.setdefault(r["outlet"], []).append(r)
    # one validation article per outlet first (where it has two or more), then at random
    for outlet in sorted(by_outlet):
        if len(by_outlet[outlet]) >= 2:
            val.add(by_outlet[outlet][0]["id"])
    for r in order:
        if len(val) >= a.validation:
            break
        if r["id"] not in val and sum(1 for x in by_outlet[r["outlet"]] if x["id"] not in val) > 1:
            val.add(r["id"])
    rows = []
    n = {"dev": 0, "validation": 0}
    def write(r, split, guess):
        """Writes the next article of `split` (dNN-/vNN-OUTLET.txt) and its row of draw.tsv."""
        n[split] += 1
        name = f"{'v' if split == 'validation' else 'd'}{n[split]:02d}-{r['outlet']}"
        d = os.path.join(a.outdir, split)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as out:
            out.write(r["text"] + "\n")
        rows.append((name, split, r["id"], r["outlet"], guess, r["url"]))
    for r in sorted(chosen, key=lambda r: r["id"]):
        write(r, "validation" if r["id"] in val else "dev", genre(r))
    # 6. the wire top-up
    DATELINE = re.compile(r"(^|[\s(\-–:])(واس|رويترز|أ\s?ف\s?ب|د\.?\s?ب\.?\s?أ|الوكالات|كونا|وام|بترا|قنا|يو\s?بي\s?آي|أ\s?ش\s?أ|الأناضول)\s*[):\-–]?\s*($|[\n:])", re.M)
    def shows_agency(r):
        return bool(DATELINE.search("\n".join(r["text"].split("\n")[1:4])))
    have = sum(1 for c in chosen if shows_agency(c))
    turn = 0
    for r in pool:
        if have >= 11:
            break
        if r["id"] in ids or not shows_agency(r):
            continue
        take(r); have += 1
        write(r, ("dev", "validation")[turn % 2], "wire (top-up)"); turn += 1
    with open(os.path.join(a.outdir, "draw.tsv"), "w", encoding="utf-8") as out:
        out.write("name\tsplit\tid\toutlet\tgenre_guess\turl\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(chosen)} articles: {n['dev']} dev, {n['validation']} validation; {have} show an agency dateline")

main()
