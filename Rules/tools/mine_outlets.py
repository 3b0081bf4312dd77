#!/usr/bin/env python3
"""Mine outlet-name candidates from the SaudiNewsNet corpus and build the
outlet gazetteer.

    python3 mine_outlets.py mine   [--corpus PATH]   -> candidates.tsv
    python3 mine_outlets.py build  [--corpus PATH]   -> gazetteer.yml (from curated.yml)
    python3 mine_outlets.py        (both)

`mine` finds candidate names with their number of occurrences and of articles:
  head      names after an outlet word (صحيفة، جريدة، وكالة، قناة، موقع ...),
            with clitics, 1-4 words up to punctuation / a stop word, or the
            quoted name right after the word (صحيفة «الحياة»);
  told      told-to phrases: لـ«...»، ل"..."، في تصريح لـ، في حديث لـ، في مقابلة مع;
  byline    segments of the author field and of the first line (datelines);
  paren     short parenthesised names near the start ((أ ف ب)، (رويترز));
  code      agency codes and initials (واس، قنا، أ ف ب، د ب أ ...);
  latin     Latin-script capitalised names (Reuters, CNN, Bloomberg ...).
Candidates are folded (diacritics, tatweel, alef forms, ى/ي, ة/ه) and shown
with their most frequent original spelling.

`build` reads curated.yml (the hand-curated list: id, name, kind, region,
aliases, and the names among them that are ambiguous) and counts each entry in
the corpus (text + author field): longest match first, clitics و ف ب ل ك ال
allowed on the first word; an ambiguous Arabic name counts only right after an
outlet word or inside quotation marks.  It writes gazetteer.yml.

Standard library + PyYAML only.
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = "/work/shared/corpus/saudinewsnet.jsonl.gz"

# ---------------------------------------------------------------- folding
DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
FOLD_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    "ک": "ك", "ی": "ي", "ی": "ي", "گ": "ك", "پ": "ب", "چ": "ج", "ڤ": "ف",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "\u00a0": " ", "\u200c": "", "\u200d": "", "\u200f": "", "\u200e": "",
})


def clean(s):
    """Remove diacritics and tatweel, keep the letters (for display)."""
    return DIACRITICS.sub("", s)


def fold(s):
    return clean(s).translate(FOLD_MAP)


# tokens: Arabic words, Latin words/digits, or single punctuation marks
TOKEN = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+|[A-Za-z0-9]+(?:'[A-Za-z]+)?|[^\s\w]|_", re.UNICODE)
AR_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3]+$")
LATIN_WORD = re.compile(r"^[A-Za-z0-9]+")
OPEN_Q = set('«"“„\'‘(')
CLOSE_Q = set('»"”\'’)')
QUOTES = set('«»"“”„\'‘’')


def tokens(s):
    return TOKEN.findall(s)


# ---------------------------------------------------------------- clitics
PREFIXES = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]


def stems(tok):
    """Possible bases of a folded Arabic token once clitics are removed.
    Returns (base, had_article) pairs; the article may be part of a name."""
    out = []
    for p in PREFIXES:
        if not tok.startswith(p):
            continue
        rest = tok[len(p):]
        if not rest:
            continue
        out.append(rest)
        # ل + ال = لل (للحياة = ل + الحياة)
        if p.endswith("ل") and rest.startswith("ل") and len(rest) > 2:
            out.append("ال" + rest[1:])
    # the article added by grammar (الإندبندنت for إندبندنت), tried last
    out += [b[2:] for b in list(out) if b.startswith("ال") and len(b) >= 5]
    seen = set()
    return [b for b in out if not (b in seen or seen.add(b))]


HEADS = {fold(w) for w in """صحيفة جريدة وكالة قناة موقع شبكة مجلة إذاعة تلفزيون تليفزيون راديو
يومية أسبوعية صحيفتي جريدتي صحيفتا قناتي مجلتي وكالتي صحف جرائد قنوات مواقع محطة نشرة دورية
فضائية""".split()}
HEADS_DEF = {"ال" + h for h in HEADS}


def head_base(tok):
    """The outlet word a (folded) token is, clitics removed, or None."""
    for b in stems(tok):
        if b in HEADS:
            return b
        if b in HEADS_DEF:
            return b[2:]
    return None


def is_head(tok):
    return head_base(tok) is not None


STOP = {fold(w) for w in """في من على إلى الى عن مع أن إن ان بأن لأن إنه أنه انه الذي التي الذين اللذين
حول بعد قبل خلال عبر منذ حتى عند لدى بين ضد نحو وفق وفقا حسب بحسب نقلا أمس اليوم امس الأحد الاثنين
الثلاثاء الأربعاء الخميس الجمعة السبت قال قالت ذكرت أفادت نقلت أشارت أكدت كشفت نشرت أوردت أضافت
تقول يقول قالا أوضحت اوضحت بثت عرضت تناولت أجرت أجرته أجرتها نشرته نشرتها هذا هذه ذلك تلك هو هي
وقد قد لقد كما كان كانت يكون تكون ليس لم لن لا ما ثم أو أم بل لكن غير عبر وهو وهي التابعة التابع
الرسمية الرسمي الالكتروني الإلكتروني الإلكترونية الالكترونية البريطانية الأمريكية الأميركية
الفرنسية الألمانية السعودية المصرية الإسرائيلية الروسية التركية الإيرانية اللبنانية الكويتية
الإماراتية القطرية الأردنية اليابانية الصينية الإخبارية الإخباري""".split()}
# adjectives ending a name are still kept when they follow it directly (we emit
# every prefix of the span, and a span may run through a nisba adjective)
NISBA_OK = {fold(w) for w in """البريطانية الأمريكية الأميركية الفرنسية الألمانية السعودية المصرية
الإسرائيلية الروسية التركية الإيرانية اللبنانية الكويتية الإماراتية القطرية الأردنية اليابانية
الصينية الإخبارية الرسمية الإلكترونية الالكترونية اللندنية""".split()}

CODES = ["واس", "قنا", "وام", "كونا", "بترا", "سانا", "إرنا", "بنا", "سبأ", "وفا", "معا", "واج",
         "ومع", "تاس", "أ ف ب", "د ب أ", "أ ش أ", "يو بي آي", "يو بي اي", "أ ب", "رويترز", "رويتر",
         "شينخوا", "الأناضول", "إيسنا", "فارس", "تسنيم", "مهر", "إرنا", "ارنا", "سبوتنيك", "نوفوستي"]


def read_corpus(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


# ---------------------------------------------------------------- mining
class Counter2:
    """occurrences and article counts per (source, key), with display forms."""

    def __init__(self):
        self.occ = collections.Counter()
        self.arts = collections.defaultdict(set)
        self.disp = collections.defaultdict(collections.Counter)

    def add(self, source, display, art):
        display = " ".join(display.split())
        key = fold(display)
        if not key or len(key) > 60:
            return
        self.occ[(source, key)] += 1
        self.arts[(source, key)].add(art)
        self.disp[(source, key)][display] += 1


def span_after(toks, i, maxw=4):
    """Words after position i (exclusive) up to punctuation / stop word."""
    out = []
    j = i + 1
    while j < len(toks) and len(out) < maxw:
        t = toks[j]
        ft = fold(t)
        if not (AR_WORD.match(t) or LATIN_WORD.match(t)):
            break
        if ft in STOP and not (out and ft in NISBA_OK):
            break
        if out and ft in {"و"}:
            break
        out.append(t)
        j += 1
    return out


def quoted_after(toks, i, maxw=6):
    """If toks[i+1] opens a quotation, the words up to its close."""
    if i + 1 >= len(toks) or toks[i + 1] not in OPEN_Q or toks[i + 1] == "(":
        return None
    out = []
    j = i + 2
    while j < len(toks) and len(out) <= maxw:
        t = toks[j]
        if t in CLOSE_Q:
            return out if out else None
        if not (AR_WORD.match(t) or LATIN_WORD.match(t) or t in ".-"):
            return None
        if t not in ".-":
            out.append(t)
        j += 1
    return None


TOLD_Q = re.compile(r"(?<![\u0621-\u064A])ل\s*[«\"“]\s*([^»\"”\n]{2,40}?)\s*[»\"”]")
TOLD_PHRASE = re.compile(
    r"في (?:تصريح|تصريحات|حديث|حوار|مقابلة|لقاء)(?: \S+)?\s+(?:ل|مع)\s*([«\"“][^»\"”\n]{2,40}[»\"”]|(?:\S+\s*){1,4})")
PAREN = re.compile(r"\(([^()\n]{2,25})\)")
LATIN = re.compile(r"\b([A-Z][A-Za-z&']*(?:[ -](?:[A-Z][A-Za-z&']*|of|the|de|al|Al|el)){0,4})\b")
BYLINE_SPLIT = re.compile(r"\s*[-–—:،,/|()«»\"“”]+\s*")


def mine(corpus, out_path):
    c = Counter2()
    code_pats = []
    for code in CODES:
        parts = fold(code).split()
        pat = r"(?:\s*\.\s*|\s+)".join(re.escape(p) for p in parts)
        code_pats.append((code, re.compile(r"(?<![\u0621-\u064A])(?:[وفبلك]|وب|ول|فب|فل)?" + pat + r"(?![\u0621-\u064A])")))
    n = 0
    for art in read_corpus(corpus):
        n += 1
        aid = art["id"]
        text = clean(art.get("text") or "").replace("&quot;", '"').replace("&nbsp;", " ")
        author = clean(art.get("author") or "").strip()
        toks = tokens(text)
        # 1. after an outlet word
        for i, t in enumerate(toks):
            hb = head_base(fold(t)) if AR_WORD.match(t) else None
            if not hb:
                continue
            q = quoted_after(toks, i)
            if q:
                c.add("head-quoted:" + hb, " ".join(q), aid)
                continue
            span = span_after(toks, i)
            for k in range(1, len(span) + 1):
                c.add("head:" + hb, " ".join(span[:k]), aid)
        # 2. told-to phrases
        for m in TOLD_Q.finditer(text):
            c.add("told-quoted", m.group(1), aid)
        for m in TOLD_PHRASE.finditer(text):
            s = m.group(1).strip()
            if s and s[0] in "«\"“":
                c.add("told-quoted", s.strip("«»\"“” "), aid)
                continue
            words = []
            for w in s.split():
                w2 = w.strip("«»\"“”.,،:؛")
                if not w2 or fold(w2) in STOP:
                    break
                words.append(w2)
                if w2 != w:
                    break
            if words and fold(words[0]).startswith("ل") and len(words[0]) > 3:
                words[0] = words[0][1:]
            for k in range(1, len(words) + 1):
                c.add("told", " ".join(words[:k]), aid)
        # 3. bylines and datelines
        if author:
            for seg in BYLINE_SPLIT.split(author):
                seg = seg.strip()
                if seg and len(seg.split()) <= 4:
                    c.add("byline", seg, aid)
        first = text.split("\n", 2)
        for line in first[1:2]:
            head = line[:70]
            m = re.match(r"^\s*([^\n]{2,40}?)\s*[-–:]\s*(?:[^\n]{0,30}?)[-–:]", head) or \
                re.match(r"^\s*([^\n]{2,40}?)\s*[-–:]", head)
            if m:
                for seg in BYLINE_SPLIT.split(m.group(0)):
                    seg = seg.strip()
                    if seg and len(seg.split()) <= 4:
                        c.add("dateline", seg, aid)
        for m in PAREN.finditer(text[:400]):
            c.add("paren", m.group(1).strip(), aid)
        # 4. codes and initials
        ftext = fold(text) + "\n" + fold(author)
        for code, pat in code_pats:
            for _ in pat.finditer(ftext):
                c.add("code", code, aid)
        # 5. Latin names
        for m in LATIN.finditer(text):
            c.add("latin", m.group(1), aid)
    rows = []
    for key, occ in c.occ.items():
        src, k = key
        rows.append((occ, len(c.arts[key]), src, c.disp[key].most_common(1)[0][0]))
    rows.sort(key=lambda r: (-r[0], r[2], r[3]))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("occurrences\tarticles\tsource\tcandidate\n")
        for occ, na, src, d in rows:
            if occ >= 2:
                f.write(f"{occ}\t{na}\t{src}\t{d}\n")
    print(f"mined {n} articles, {len(rows)} candidates -> {out_path}", file=sys.stderr)


# ---------------------------------------------------------------- counting
def name_tokens(name):
    toks = [fold(t) for t in tokens(name) if AR_WORD.match(t) or LATIN_WORD.match(t)]
    return tuple(toks)


def is_arabic(name):
    return bool(re.search("[\u0621-\u064A]", name))


# outlet words that make an ambiguous name count: singular/dual indefinite
# nouns only (صحيفة الحياة، لجريدة الرياض).  Left out: plurals (الصحف العربية),
# موقع (موقع الحدث "the scene"), محطة (محطة مترو), نشرة (folds like نشره
# "published it") and فضائية.
CONTEXT_HEADS = {fold(w) for w in """صحيفة جريدة وكالة قناة شبكة مجلة إذاعة تلفزيون تليفزيون
راديو يومية أسبوعية صحيفتي جريدتي صحيفتا قناتي مجلتي وكالتي""".split()}
QUOTE_MARKS = set('«»"“”„')
URLS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|sa|gov|edu|info|tv)\b\S*", re.I)


def is_context_head(tok):
    """An indefinite outlet word, clitics و ف ب ل ك allowed (لصحيفة، وجريدة)."""
    for p in PREFIXES:
        if tok.startswith(p) and tok[len(p):] in CONTEXT_HEADS:
            return True
    return False


def is_nisba(tok):
    return tok.startswith("ال") and (tok.endswith("يه") or tok.endswith("ي"))


class Matcher:
    """Longest-match counter of entry names in a text.

    Words are compared folded; the first word may carry the clitics و ف ب ل ك
    and the article.  A quotation mark may stand inside a name only after an
    outlet word (قناة «الجزيرة») or before a nisba (صحيفة "الوطن" الكويتية).
    An ambiguous name counts only written as listed (no clitic glued to it)
    and right after an outlet word or between quotation marks.  Latin names
    match as written, or all in lower case when they have 4+ letters (mix fm).
    URLs and e-mail addresses are skipped."""

    def __init__(self, entries):
        self.by_first = collections.defaultdict(list)
        for e in entries:
            amb = {name_tokens(a) for a in e.get("amb") or []}
            for nm in [e["name"]] + list(e.get("aliases") or []):
                nt = name_tokens(nm)
                if not nt:
                    continue
                needs_ctx = nt in amb and is_arabic(nm)
                self.by_first[nt[0]].append((nt, False, e["id"], needs_ctx, nm))
                # a Latin name of 4+ letters also matches written all in lower case
                if not is_arabic(nm) and len(re.sub(r"[^A-Za-z]", "", nm)) >= 4 and nm != nm.lower():
                    lk = tuple(t.lower() for t in nt)
                    self.by_first[lk[0]].append((lk, True, e["id"], needs_ctx, nm))
        for k in self.by_first:
            self.by_first[k].sort(key=lambda x: -len(x[0]))

    def count(self, text, counts, arts, aid, examples=None):
        text = text.replace("&quot;", '"').replace("&nbsp;", " ").replace("&amp;", "&")
        raw = tokens(URLS.sub(" ", text))
        pos = [j for j, t in enumerate(raw) if t not in QUOTE_MARKS]
        toks = [fold(raw[j]) for j in pos]
        # gap[k]: a quotation mark stands between word k-1 and word k
        gap = [k > 0 and pos[k] - pos[k - 1] > 1 for k in range(len(pos))]
        i = 0
        L = len(toks)
        while i < L:
            t = toks[i]
            if AR_WORD.match(t):
                bases = stems(t)
            elif LATIN_WORD.match(t):
                bases = [t]
            else:
                i += 1
                continue
            best = None
            for b in bases:
                for key, lower, eid, needs_ctx, nm in self.by_first.get(b, ()):
                    n = len(key)
                    if best and best[0] >= n:
                        continue
                    if tuple(toks[i + 1:i + n]) != key[1:]:
                        continue
                    if not all(not gap[k] or (k == i + 1 and is_context_head(toks[i]))
                               or is_nisba(toks[k]) for k in range(i + 1, i + n)):
                        continue
                    if needs_ctx and (b != t or not self.context(toks, raw, pos, i, n)):
                        continue
                    best = (n, eid, nm)
            if best:
                n = best[0]
                counts[best[1]] += 1
                arts[best[1]].add(aid)
                if examples is not None and len(examples[best[1]]) < 3:
                    a, z = pos[max(0, i - 4)], pos[min(L - 1, i + n + 2)]
                    examples[best[1]].append(" ".join(raw[a:z + 1]))
                i += n
            else:
                i += 1

    @staticmethod
    def context(toks, raw, pos, i, n):
        first, last = pos[i], pos[i + n - 1]
        # between quotation marks: «X» / "X"
        if first > 0 and raw[first - 1] in OPEN_Q and raw[first - 1] != "(" \
                and last + 1 < len(raw) and raw[last + 1] in CLOSE_Q:
            return True
        # right after an outlet word (صحيفة X، لجريدة X، قناة «X»)
        if i > 0 and AR_WORD.match(toks[i - 1]) and is_context_head(toks[i - 1]):
            return True
        return False


def build(corpus, curated_path, out_path, show_examples=False):
    with open(curated_path, encoding="utf-8") as f:
        cur = yaml.safe_load(f)
    entries = cur["gazetteer"]
    m = Matcher(entries)
    counts = collections.Counter()
    arts = collections.defaultdict(set)
    examples = collections.defaultdict(list)
    for art in read_corpus(corpus):
        aid = art["id"]
        m.count(art.get("text") or "", counts, arts, aid, examples)
        m.count(art.get("author") or "", counts, arts, aid, examples)
    header = cur.get("header", "").rstrip()
    lines = []
    for ln in header.splitlines():
        lines.append("# " + ln if ln else "#")
    lines.append("gazetteer:")
    for e in entries:
        aliases = list(e.get("aliases") or [])
        amb = bool(e.get("amb"))
        d = {
            "id": e["id"], "name": e["name"], "kind": e["kind"], "region": e["region"],
            "aliases": aliases, "ambiguous": amb, "count": counts[e["id"]],
        }
        if e.get("examples"):
            d["examples"] = e["examples"]
        block = yaml.safe_dump([d], allow_unicode=True, sort_keys=False, width=1000,
                               default_flow_style=None)
        for ln in block.rstrip().splitlines():
            lines.append("  " + ln)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # a side report for curation: counts and article counts (no article text);
    # --examples prints two short contexts per entry to stdout instead
    with open(os.path.join(HERE, "counts.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tcount\tarticles\n")
        for e in sorted(entries, key=lambda e: -counts[e["id"]]):
            f.write(f"{e['id']}\t{counts[e['id']]}\t{len(arts[e['id']])}\n")
    if show_examples:
        for e in sorted(entries, key=lambda e: -counts[e["id"]]):
            print(e["id"], counts[e["id"]], " | ".join(examples[e["id"]][:2]))
    n_in = sum(1 for e in entries if counts[e["id"]] > 0)
    print(f"{len(entries)} entries, {n_in} occur in the corpus -> {out_path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", nargs="?", choices=["mine", "build", "all"], default="all")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--curated", default=os.path.join(HERE, "curated.yml"))
    ap.add_argument("--candidates", default=os.path.join(HERE, "candidates.tsv"))
    ap.add_argument("--out", default=os.path.join(HERE, "gazetteer.yml"))
    ap.add_argument("--examples", action="store_true", help="print sample contexts (curation aid)")
    a = ap.parse_args()
    if a.step in ("mine", "all"):
        mine(a.corpus, a.candidates)
    if a.step in ("build", "all"):
        build(a.corpus, a.curated, a.out, a.examples)


if __name__ == "__main__":
    main()
