#!/usr/bin/env python3
"""Mine the subjects of reporting verbs from the SaudiNewsNet corpus.

    python3 mine_subjects.py [--corpus PATH] [--rules DIR ...] [--min N] [--top N]
                             [--section heads|partitive|phrases|all]

For every reporting verb of VERBS (with the proclitics و ف) the script takes the
subject: the words after the verb, past adverbs such as أمس / بدوره / من جهته,
up to the complement (إن، أن، بأن، إلى أن), a stop word (في، خلال، عن ...), a
colon or quotation mark, or 8 words. Verbs that are ambiguous on their own
(بين، أشار، كشف، أفاد، توقع، رأى، يرى، اعتبر) count only when a complement
follows within 12 words, as the rule pack does. Text is folded the way the
rule engine folds it (diacritics, tatweel, أ إ آ ٱ → ا, ى → ي, ة → ه).

It prints, ranked by frequency as a verb subject:
  heads      the first word of the subject (ال kept), with the count, the
             kind an existing pack already gives it (from --rules, PyYAML),
             and a guess of its class (title / collective / role /
             organization / partitive / ?);
  partitive  quantifier phrases (بعض X، عدد من X، 12 من X ...);
  phrases    the first two and three words of the subject, for multi-word
             titles (المتحدث الرسمي، الرئيس التنفيذي) and named bodies
             (هيئة الغذاء والدواء، الأمم المتحدة).
The guesses are only a sort key: the lists in titles.yml, groups.yml and
bodies.yml were curated by hand from this output. The coverage mark is a
simplified matcher (alternatives, `x*`, `*`, clitics و ف ب ل ك ال on the first
word): a multi-word pattern (عدد من *، صاحب السمو) covers the two- and three-word
phrases, not the bare head.

Example (what the rule files were mined with):
    python3 mine_subjects.py --min 3 --uncovered --section heads
    python3 mine_subjects.py --min 2 --section partitive
    python3 mine_subjects.py --min 6 --uncovered --section phrases
and, to see what is left once the lists are in:
    python3 mine_subjects.py --rules /work/snap/Rules-orig --rules /work/data/lexicon --uncovered
"""
import argparse
import collections
import gzip
import json
import os
import re
import signal
import sys

try:
    import yaml
except ImportError:  # coverage marks need PyYAML; mining does not
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = "/work/shared/corpus/saudinewsnet.jsonl.gz"

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
TRANS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ک": "ك", "ی": "ي", "ۀ": "ه",
                       "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
                       "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9"})


def fold(s):
    return DIACRITICS.sub("", s).translate(TRANS)


# Reporting verbs of the brief, with feminine forms; (needs a complement?)
VERBS = {}
for v in "قال قالت اكد اكدت اوضح اوضحت اضاف اضافت ذكر ذكرت صرح صرحت اعلن اعلنت طالب طالبت دعا دعت حذر حذرت نفي نفت".split():
    VERBS[v] = False
for v in "بين بينت اشار اشارت كشف كشفت افاد افادت توقع توقعت راي رات يري اعتبر اعتبرت".split():
    VERBS[v] = True

COMPLEMENTS = set("ان بان انه انها انهم انهما بانه بانها بانهم لان".split())
ADVERBS = set(("امس اليوم الليله مساء صباح ظهر فجر عصر ايضا كذلك بدوره بدورها بدورهم "
               "حينها انذاك مؤخرا اخيرا سابقا لاحقا حاليا صراحه مجددا مرارا حتي "
               "السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه يوم").split())
SIDE = set("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها".split())
STOPS = set(("في خلال عن الي علي مع لدي عبر اثر وسط امام نحو حول ضد دون بدون له لها لهم "
             "لنا لي ان الذي التي الذين ما مما عما حيث كما بينما عندما حين قبل بعد منذ "
             "لكن لكنه لكنها غير الا قد لقد وهو وهي وهم هو هي هم انه انها بان").split())
# partitive quantifiers of the brief (first word of the subject)
QUANT = set(("بعض البعض عدد العديد معظم غالبيه اغلب كثير كثيرون الكثيرون الكثير عشرات "
             "مئات الاف الالاف جمع مجموعه فريق نخبه اخرون اخرين جميع كل عدد كافه "
             "بعضهم معظمهم غالبيتهم اغلبهم جمله").split())
SEED_TITLE = set(("وزير رئيس مدير امين محافظ متحدث ناطق وكيل نائب مساعد مستشار عميد قائد "
                  "مدرب مشرف مفتي امام خطيب اللواء العقيد العميد الدكتور الشيخ المهندس "
                  "البروفيسور الفريق المقدم الرائد النقيب سفير قنصل ملحق رئيسه مديره "
                  "امير ملك ولي").split())
SEED_ORG = set(("وزاره هيئه لجنه مجلس جمعيه نادي جامعه امانه بلديه شركه بنك مؤسسه صندوق "
                "مديريه اداره رئاسه مركز معهد اتحاد غرفه محكمه نيابه شرطه منظمه مكتب "
                "مصلحه سفاره قنصليه وكاله الدفاع الهلال").split())
CLITICS = ("وال", "فال", "بال", "لل", "كال", "ال", "و", "ف", "ب", "ل", "ك")

PUNCT = re.compile(r"([\"«»“”:؛;،,\.\(\)\[\]!؟\?\-–—/])")


def tokens(line):
    """Folded tokens; punctuation marks become their own tokens."""
    return PUNCT.sub(r" \1 ", fold(line)).split()


def strip_conj(w):
    for p in ("و", "ف"):
        if w.startswith(p) and w[1:] in VERBS:
            return w[1:]
    return w


def subject_after(toks, i):
    """The subject words after the verb at toks[i], or [] (see module doc)."""
    j = i + 1
    # skip adverbs and 'من جهته'
    while j < len(toks):
        w = toks[j]
        w0 = w[1:] if w.startswith("و") and w[1:] in ADVERBS else w
        if w0 in ADVERBS:
            j += 1
        elif w == "من" and j + 1 < len(toks) and toks[j + 1] in SIDE:
            j += 2
        elif w in ("،", ","):
            j += 1
        else:
            break
    subj = []
    while j < len(toks) and len(subj) < 8:
        w = toks[j]
        if w in COMPLEMENTS or PUNCT.fullmatch(w) or (w in STOPS and w != "من") or w in ("الي", "علي"):
            break
        subj.append(w)
        j += 1
    # 'من' ends a subject unless it belongs to a partitive (عدد من ...) or 12 من
    if "من" in subj:
        k = subj.index("من")
        if k == 0:
            return []
        if not (subj[k - 1] in QUANT or subj[k - 1].isdigit() or subj[k - 1] in ("عدد", "العديد", "كثير")
                or (k >= 2 and subj[k - 2] in ("عدد",))):
            subj = subj[:k]
        else:
            # keep 'من' and one word after it
            subj = subj[:k + 2]
    return subj


def has_complement(toks, i, span=12):
    return any(t in COMPLEMENTS for t in toks[i + 1:i + 1 + span])


def mine(corpus):
    heads = collections.Counter()
    forms = collections.defaultdict(collections.Counter)
    bi = collections.Counter()
    tri = collections.Counter()
    part = collections.Counter()
    nverbs = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            for para in text.split("\n"):
                toks = tokens(para)
                for i, t in enumerate(toks):
                    v = strip_conj(t)
                    if v not in VERBS:
                        continue
                    if VERBS[v] and not has_complement(toks, i):
                        continue
                    subj = subject_after(toks, i)
                    if not subj:
                        continue
                    nverbs += 1
                    h = subj[0]
                    heads[h] += 1
                    if len(subj) >= 2:
                        bi[" ".join(subj[:2])] += 1
                    if len(subj) >= 3:
                        tri[" ".join(subj[:3])] += 1
                    if h in QUANT or h.isdigit():
                        part[" ".join(subj[:3] if len(subj) > 2 and subj[1] == "من" else subj[:2])] += 1
    return nverbs, heads, bi, tri, part


# ---- coverage by existing packs (simplified matcher: first word of each pattern)

def load_packs(dirs):
    """[(kind, [[alternatives per position]])] for every pattern in the packs."""
    out = []
    if yaml is None:
        return out
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".yml"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                doc = yaml.safe_load(f) or {}
            fkind = doc.get("kind")
            for r in doc.get("rules") or []:
                if r.get("disabled"):
                    continue
                kind = r.get("kind", fkind)
                for p in r.get("patterns") or []:
                    pos = [[fold(a) for a in w.split("|")] for w in str(p).split()]
                    out.append((kind, r["id"], pos))
    return out


def alt_match(alt, w):
    if alt == "*":
        return True
    if alt.endswith("*"):
        return w.startswith(alt[:-1])
    return w == alt


def covered(packs, words):
    """Kinds of the patterns whose words match the start of `words` (with clitics on the first)."""
    kinds = set()
    w0 = words[0]
    firsts = {w0} | {w0[len(p):] for p in CLITICS if w0.startswith(p) and len(w0) - len(p) >= 2}
    for kind, rid, pos in packs:
        if kind not in ("title", "collective", "role", "anonymous", "organization", "passive", "outlet", "outlet_head", "document_head", "pronoun"):
            continue
        if len(pos) > len(words) and not all(p[0].startswith("[") for p in pos[len(words):]):
            continue
        if not any(alt_match(a, f) for a in pos[0] for f in firsts):
            continue
        ok = True
        for k in range(1, min(len(pos), len(words))):
            if not any(alt_match(a.strip("[]"), words[k]) for a in pos[k]):
                ok = False
                break
        if ok:
            kinds.add(kind)
    return kinds


def guess(w):
    b = w[2:] if w.startswith("ال") else w
    if w in QUANT or w.isdigit():
        return "partitive"
    if b in SEED_TITLE or w in SEED_TITLE:
        return "title"
    if b in SEED_ORG:
        return "organization"
    if len(b) >= 5 and (b.endswith("ون") or b.endswith("ين")):
        return "collective?"
    return "?"


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # allow `| head`
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--rules", action="append", default=[],
                    help="rule dirs whose coverage to mark (default: /work/snap/Rules-orig)")
    ap.add_argument("--min", type=int, default=20, help="minimum count to print (default 20)")
    ap.add_argument("--top", type=int, default=600, help="rows per section (default 600)")
    ap.add_argument("--section", default="all", choices=["heads", "partitive", "phrases", "all"])
    ap.add_argument("--uncovered", action="store_true", help="print only candidates no pack covers")
    a = ap.parse_args()
    rules = a.rules or ["/work/snap/Rules-orig"]
    packs = load_packs(rules)
    nverbs, heads, bi, tri, part = mine(a.corpus)
    print(f"# {nverbs} reporting-verb subjects; {len(heads)} distinct heads; coverage from {', '.join(rules)}")

    def rows(counter, title):
        print(f"\n## {title}")
        print("count\tcandidate\tcovered-as\tguess")
        n = 0
        for w, c in counter.most_common():
            if c < a.min or n >= a.top:
                break
            words = w.split()
            cov = covered(packs, words)
            if a.uncovered and cov:
                continue
            print(f"{c}\t{w}\t{','.join(sorted(cov)) or '-'}\t{guess(words[0])}")
            n += 1

    if a.section in ("heads", "all"):
        rows(heads, "heads (first word of the subject)")
    if a.section in ("partitive", "all"):
        rows(part, "partitive phrases")
    if a.section in ("phrases", "all"):
        rows(bi, "two-word subjects")
        rows(tri, "three-word subjects")


if __name__ == "__main__":
    sys.exit(main())
