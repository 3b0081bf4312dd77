#!/usr/bin/env python3
"""Draw dev articles at random, one per outlet, for a new round of blind labelling.

    python3 Fixtures/gold/tools/draw_round.py OUTDIR [--seed 20261204] [--count 10] [--prefix r] [--split dev]

The validation split keeps showing the same kinds of error in its confusion
counts (attributed units read as unsourced, unidentified sources read as named)
without saying which sentences: those are scored, never read. More dev
articles drawn the way the validation split was drawn (at random over the whole
corpus, 300..5,000 characters, not yet in the gold) give the rules more of the
same population to be tuned on. One article per outlet, in the order of the
seeded shuffle, until `--count`; written as OUTDIR/<split>/<prefix>NN-<outlet>.txt
with OUTDIR/draw-round.tsv (OUTDIR/draw-round-<prefix>.tsv for another prefix).

`--split validation` draws the same way for the validation split: articles
scored, never tuned on, that measure where the tool stands on the population
the articles outside the project come from (seed 20261207, prefix w: w01–w12)."""
import os

import drawing


def main():
    def extra(ap):
        ap.add_argument("--count", type=int, default=10, help="articles to draw")
        ap.add_argument("--prefix", default="r", help="the name prefix of the drawn articles")
        ap.add_argument("--split", default="dev", choices=["dev", "validation"], help="the split they go to")
    a = drawing.arguments(__doc__, 20261204, extra)
    pool = drawing.pool(a.corpus, a.seed, 5000, drawing.known_articles())
    is_copy = drawing.copy_check() if a.leave_out_copies else (lambda text: False)
    rows, outlets = [], set()
    for r in pool:
        if len(rows) == a.count:
            break
        if r["outlet"] in outlets or is_copy(r["text"]):
            continue
        outlets.add(r["outlet"])
        name = f"{a.prefix}{len(rows) + 1:02d}-{r['outlet']}"
        drawing.write_article(a.outdir, a.split, name, r["text"])
        rows.append((name, a.split, r["id"], r["outlet"], "random", r["url"]))
        print(name)
    drawing.write_table(os.path.join(a.outdir, "draw-round.tsv" if a.prefix == "r" else f"draw-round-{a.prefix}.tsv"), rows)


main()
