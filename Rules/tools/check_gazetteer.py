#!/usr/bin/env python3
"""Validate gazetteer.yml.

    python3 check.py [gazetteer.yml]

Errors (exit status 1): missing or wrong-typed keys, ids that are not unique or
not [a-z0-9-]+, kinds outside agency|newspaper|channel|radio|site|magazine,
regions that are neither ISO 3166 alpha-2 nor INT, empty names, a name or alias
that occurs in two entries (compared after the folding the tool applies:
diacritics, tatweel, alef forms, ى/ي, ة/ه, dots as spaces, and a leading
article ال), fewer than 300 entries, fewer than 200 entries with count > 0,
Arabic names written with diacritics/tatweel, initials written with dots,
aliases that begin with a grammatical clitic glued to an article (لل، بال،
وال ...), a very common word used as an alias of an entry not marked
ambiguous.  Warnings: an alias that repeats its entry's name once folded
(Latin names are compared as written: MBC and mbc are two spellings).
"""
import collections
import os
import re
import sys

import yaml

KINDS = {"agency", "newspaper", "channel", "radio", "site", "magazine"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REGION_RE = re.compile(r"^(?:[A-Z]{2}|INT)$")
DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
TATWEEL = "\u0640"
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# words that are too common to stand alone as an alias unless the entry is
# marked ambiguous (a sample; the curator marks the rest)
COMMON = """اليوم الوطن الرياض المدينه الجزيره الحياه البلاد الشرق الخليج البيان الاتحاد الاخبار
النهار الايام الراي الغد الدستور الصباح العربيه الحدث الشرقيه الوسط العرب العالم الثوره
الجمهوريه الشعب الفجر المساء الاقتصاديه الرياضيه الخبر المستقبل السياسه السفير اللواء
الحره الاخباريه الميادين المسيره القدس الديار الزمان المدي الاهرام الوفد الشروق مكه عمان
سبق عاجل معا فارس مهر العربي الرسالة الرساله صباح زمان""".split()


def fold(s):
    s = DIACRITICS.sub("", s).replace(TATWEEL, "").translate(FOLD)
    s = re.sub(r"[.\-_/]", " ", s)
    return " ".join(s.split())


def key(s):
    """Folded form, without a leading article (the tool accepts ال as a clitic)."""
    k = fold(s)
    if k.startswith("ال") and len(k.split()[0]) >= 5:
        k = k[2:]
    return k


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteer.yml")
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    errors, warnings = [], []
    entries = (data or {}).get("gazetteer")
    if not isinstance(entries, list):
        print(f"{path}: error: no `gazetteer:` list")
        return 1
    ids = collections.Counter()
    owner = {}
    common = {c for c in COMMON}
    for n, e in enumerate(entries):
        where = f"entry {n + 1} ({e.get('id', '?') if isinstance(e, dict) else '?'})"
        if not isinstance(e, dict):
            errors.append(f"{where}: not a mapping")
            continue
        for k in ("id", "name", "kind", "region", "aliases", "ambiguous", "count"):
            if k not in e:
                errors.append(f"{where}: missing `{k}`")
        extra = set(e) - {"id", "name", "kind", "region", "aliases", "ambiguous", "count", "examples"}
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        eid = str(e.get("id", ""))
        ids[eid] += 1
        if not ID_RE.match(eid):
            errors.append(f"{where}: id {eid!r} is not [a-z0-9-]+")
        if e.get("kind") not in KINDS:
            errors.append(f"{where}: kind {e.get('kind')!r} not in {sorted(KINDS)}")
        if not isinstance(e.get("region"), str) or not REGION_RE.match(e.get("region", "")):
            errors.append(f"{where}: region {e.get('region')!r} is not ISO alpha-2 or INT")
        name = e.get("name")
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{where}: empty name")
            name = ""
        aliases = e.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            errors.append(f"{where}: aliases must be a list of non-empty strings")
            aliases = [a for a in (aliases or []) if isinstance(a, str)]
        if not isinstance(e.get("ambiguous"), bool):
            errors.append(f"{where}: ambiguous must be true or false")
        if not isinstance(e.get("count"), int) or e.get("count", 0) < 0:
            errors.append(f"{where}: count must be a non-negative integer")
        seen_here = {}
        for nm in [name] + aliases:
            if not nm:
                continue
            if DIACRITICS.search(nm) or TATWEEL in nm:
                errors.append(f"{where}: {nm!r} has diacritics or tatweel")
            if re.search(r"[\u0621-\u064A]\.", nm):
                errors.append(f"{where}: {nm!r}: write initials with spaces, not dots")
            if re.match(r"^(?:لل|[وفبك]ال)[\u0621-\u064A]", nm):
                errors.append(f"{where}: {nm!r} seems to carry a clitic")
            k = key(nm)
            if k in seen_here:
                if nm != name:
                    warnings.append(f"{where}: alias {nm!r} folds like {seen_here[k]!r}")
                continue
            seen_here[k] = nm
            if k in owner and owner[k] != eid:
                errors.append(f"{where}: {nm!r} also belongs to {owner[k]}")
            owner.setdefault(k, eid)
            if fold(nm) in common and not e.get("ambiguous"):
                errors.append(f"{where}: {nm!r} is a common word: mark the entry ambiguous")
    for i, c in ids.items():
        if c > 1:
            errors.append(f"id {i!r} used {c} times")
    if len(entries) < 300:
        errors.append(f"only {len(entries)} entries (need >= 300)")
    n_in = sum(1 for e in entries if isinstance(e, dict) and isinstance(e.get("count"), int) and e["count"] > 0)
    if n_in < 200:
        errors.append(f"only {n_in} entries occur in the corpus (need >= 200)")
    for w in warnings:
        print(f"{path}: warning: {w}")
    for er in errors:
        print(f"{path}: error: {er}")
    kinds = collections.Counter(e.get("kind") for e in entries if isinstance(e, dict))
    print(f"{len(entries)} entries, {n_in} with count > 0; "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
