"""What the draw scripts share (draw_kinds.py, draw_standards.py): the command line, the
articles already in the gold, the shuffled pool of corpus articles, and writing what was drawn.

A draw script states its KINDS (each a regular expression over the article text) and how it
takes articles from the pool; the rest is here, so both draws read the corpus the same way."""
import argparse, glob, gzip, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))


def arguments(doc, seed, extra=None):
    """The draw's arguments: OUTDIR, --corpus, --seed (default `seed`); `extra(parser)` adds more."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--corpus", default=os.path.join(HERE, "../../../../shared/corpus/saudinewsnet.jsonl.gz"))
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--leave-out-copies", action="store_true",
                    help="leave out articles that copy a gold article's story (copies.py); the rounds "
                         "drawn before the flag existed are reproduced without it")
    if extra:
        extra(ap)
    return ap.parse_args()


def known_articles(only=None):
    """The first lines (titles) of the gold articles; with `only(name)`, of those it accepts."""
    known = set()
    for f in glob.glob(os.path.join(HERE, "..", "*", "*.txt")):
        if only is not None and not only(os.path.basename(f)[:-4]):
            continue
        with open(f, encoding="utf-8") as fh:
            known.add(fh.readline().strip())
    return known


def copy_check(threshold=0.15):
    """A predicate: does an article's text copy a gold article's story (dev or validation)?

    The share of the shorter text's word 5-grams the other has, at or above `threshold`, as
    copies.py measures it; draws given `--leave-out-copies` pass their candidates through it, so a
    dev article is never another paper's copy of a validation story, nor a validation article of a
    dev one."""
    import copies
    index, sizes = {}, {}
    for f in glob.glob(os.path.join(HERE, "..", "*", "*.txt")):
        with open(f, encoding="utf-8") as fh:
            sh = copies.shingles(fh.read())
        sizes[f] = len(sh)
        for g in sh:
            index.setdefault(g, []).append(f)

    def is_copy(text):
        sh = copies.shingles(text)
        hits = {}
        for g in sh:
            for f in index.get(g, ()):
                hits[f] = hits.get(f, 0) + 1
        return any(n / min(len(sh), sizes[f]) >= threshold for f, n in hits.items())
    return is_copy


def pool(corpus, seed, longest, known):
    """The corpus articles of 300..`longest` characters whose title is not `known`, shuffled with `seed`."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        rs = [json.loads(l) for l in f]
    out = [r for r in rs if 300 <= len(r["text"]) <= longest and r["text"].split("\n", 1)[0].strip() not in known]
    random.Random(seed).shuffle(out)
    return out


def write_article(outdir, split, name, text):
    """Writes a drawn article as OUTDIR/SPLIT/NAME.txt."""
    os.makedirs(os.path.join(outdir, split), exist_ok=True)
    with open(os.path.join(outdir, split, name + ".txt"), "w", encoding="utf-8") as out:
        out.write(text + "\n")


def write_table(path, rows):
    """Writes the draw's table (name, split, id, outlet, kind, url), one row an article."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("name\tsplit\tid\toutlet\tkind\turl\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
