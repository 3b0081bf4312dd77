#!/usr/bin/env python3
"""Draw the standards gold (#27): corpus articles that carry anonymous sources
with a stated reason or basis, and denials.

    python3 Fixtures/gold/tools/draw_standards.py OUTDIR [--seed 20261204]

A plain random draw gives too few of these (the 79 corpus articles of dev and
validation hold 2 denials with a disputed claim and 3 anonymity flags), so this
draw is stratified: each KIND is a regular expression over the article text; the
pool is the 300..3,500-character articles not yet in the gold, shuffled with the
seed; for each kind the first N matching articles are taken (`--counts`;
`--start 14` numbers a later round's articles s14/t14 on). Taken articles
alternate between dev (s01, s02 ...) and validation (t01, t02 ...), so both
splits see every kind. They are labelled blind like every gold article
(tools/ANNOTATION-BRIEF.md), the validation ones twice."""
import os, re

import drawing

ANON = r"(مصدر|مصادر|مسؤول|مسؤولون|مسئول|مصدرا|مصادره|مصادرها)"
KINDS = [
    ("anon-reason", 5, "an unnamed source and a stated reason for anonymity",
     ANON + r"[^.\n]{0,120}(لأنه|لانه|لأنها|لكونه|كونه|لأنهم|لعدم) (غير )?(مخول|مخولة|مصرح|مسموح|تخويل|السماح)|" + ANON + r"[^.\n]{0,120}(نظرا|نظراً|بسبب|لـ?) ?(لحساسية|حساسية)|" + ANON + r"[^.\n]{0,120}(خشية|خوفا|خوفاً) (من|على)"),
    ("anon-basis", 5, "an unnamed source with what it is in a position to know",
     ANON + r"[^.\n]{0,60}(مطلع|مطلعة|مطلعون|اطلع|اطلعت) على (ال)?(مفاوضات|ملف|القضية|التحقيق|الاجتماع|المحادثات|سير)|(شاهد|شهود) عيان|" + ANON + r"[^.\n]{0,40}(مقرب|مقربة|مقربون) من|" + ANON + r"[^.\n]{0,60}(حضر|حضرت|شارك|شاركت) (في )?(الاجتماع|اللقاء|الجلسة)"),
    ("denial", 10, "a denial or rebuttal of a claim",
     r"(^|\s)[وف]?(نفى|نفت|ينفي|تنفي|نفي|نفيه|نفيها|أنكر|أنكرت|كذب|كذبت|فند|فندت)\s|لا صحة|عار[ٍ]? (تماما |تماماً )?عن الصحة|غير صحيح"),
    # second round (same seed, drawn after the first 20 were labelled: too few of their
    # denials disputed a claim stated in the article, so a denial verb now has to follow
    # a report of the claim: a relayed accusation or report earlier in the text)
    ("denial-of-report", 6, "a denial of a report or accusation the article states first",
     r"(اتهم|اتهمت|اتهامات|اتهام|تقارير|تقرير|أنباء|ادعاءات|زعم|زعمت)[^\n]{0,1500}\n[^\n]*(^|\s)[وف]?(نفى|نفت|ينفي|تنفي|نفي|أنكر|أنكرت)\s"),
]

def main():
    def extra(ap):
        ap.add_argument("--counts", help="articles per kind, comma-separated (default: the first round's)")
        ap.add_argument("--start", type=int, default=1, help="number of the first article (s/t NN), for a later round")
    a = drawing.arguments(__doc__, 20261204, extra)
    counts = [int(c) for c in a.counts.split(",")] if a.counts else [k[1] for k in KINDS]
    pool = drawing.pool(a.corpus, a.seed, 3500, drawing.known_articles())
    for d in ("dev", "validation"):
        os.makedirs(os.path.join(a.outdir, d), exist_ok=True)
    rows, taken, n = [], set(), 0
    for (name, _, why, rx), count in zip(KINDS, counts):
        got = 0
        for r in pool:
            if got == count: break
            if r["id"] in taken or not re.search(rx, r["text"], re.M): continue
            taken.add(r["id"]); got += 1
            split = "dev" if n % 2 == 0 else "validation"
            k = n // 2 + a.start; n += 1
            fn = f"{'s' if split == 'dev' else 't'}{k:02d}-{r['outlet']}"
            drawing.write_article(a.outdir, split, fn, r["text"])
            rows.append((fn, split, r["id"], r["outlet"], "kind: " + name, r["url"]))
            print(f"{split}/{fn}: {name} — {why}")
    drawing.write_table(os.path.join(a.outdir, "draw-standards.tsv" if a.start == 1 else f"draw-standards-{a.start:02d}.tsv"), rows)

main()
