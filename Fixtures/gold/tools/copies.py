#!/usr/bin/env python3
"""Find dev articles that tell the same story as a validation article (another outlet's copy).

    python3 Fixtures/gold/tools/copies.py            # checks against Fixtures/gold/copies.tsv
    python3 Fixtures/gold/tools/copies.py --list     # prints every pair found, with its overlap

The validation split is scored, never tuned on; a dev article that is another paper's copy of a
validation story lets rules tuned on dev see that story. Two articles are copies when the share of
the shorter one's word 5-grams that the other also has reaches --threshold (0.15: unrelated
articles of the gold share under 0.10, an agency's standing phrases at most; copies 0.17 and more). The pairs already
in the gold are listed, each with why it is there, in copies.tsv; a pair not listed there is an
error (exit 1), so a later draw cannot bring a copy in unnoticed. draw_kinds.py --leave-out-copies
leaves such articles out of its pool."""
import argparse, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..")


def shingles(text, n=5):
    """The article's word n-grams (letters and digits only, so punctuation and spacing do not count)."""
    w = re.findall(r"\w+", text)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def overlap(a, b):
    """The share of the smaller set's n-grams that the other has (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def validation_shingles():
    """Each validation article's name and n-grams."""
    out = {}
    for f in sorted(glob.glob(os.path.join(GOLD, "validation", "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            out[os.path.basename(f)[:-4]] = shingles(fh.read())
    return out


def pairs(threshold):
    """(dev name, validation name, overlap) for every dev article that copies a validation story."""
    val = validation_shingles()
    found = []
    for f in sorted(glob.glob(os.path.join(GOLD, "dev", "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            d = shingles(fh.read())
        for v, vs in val.items():
            o = overlap(d, vs)
            if o >= threshold:
                found.append((os.path.basename(f)[:-4], v, o))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threshold", type=float, default=0.15)
    ap.add_argument("--list", action="store_true", help="print every pair found and exit 0")
    a = ap.parse_args()
    found = pairs(a.threshold)
    if a.list:
        for d, v, o in found:
            print(f"{d}\t{v}\t{o:.2f}")
        return 0
    listed = set()
    with open(os.path.join(GOLD, "copies.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("dev\t") or not line.strip():
                continue
            d, v = line.split("\t")[:2]
            listed.add((d, v))
    new = [(d, v, o) for d, v, o in found if (d, v) not in listed]
    gone = listed - {(d, v) for d, v, _ in found}
    for d, v, o in new:
        print(f"copies.py: dev/{d}.txt copies validation/{v}.txt (overlap {o:.2f}) and is not in copies.tsv", file=sys.stderr)
    for d, v in sorted(gone):
        print(f"copies.py: copies.tsv lists {d} / {v}, which no longer overlap", file=sys.stderr)
    if new or gone:
        return 1
    print(f"copies: {len(found)} dev/validation pairs, all listed in copies.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
