import IsnadText

/// The language data the segmenter needs to tell the dot of an abbreviation from a full stop
/// (SOURCING.md, "Units"): the names of Latin letters as Arabic spells them in dotted
/// acronyms (`سي. آي. أيه`, `إن.بي.سي`, `جون إف. كينيدي`), and Latin abbreviations that
/// are followed by a name or number (`Mr.`, `Dr.`, `No.`). One table: the segmenter asks
/// it and nothing else.
public enum Abbreviations {
    /// Latin letter names as written in Arabic, with every alef variant (أ إ آ) written as bare ا.
    /// Two-letter spellings that are common Arabic words ending sentences (كي 'so that', زي
    /// 'uniform') are left out: a dot after them stays a full stop.
    public static let letterNames: Set<String> = Set(Arabic.latinLetterNames)

    /// Latin abbreviations written with a dot before a name or a number, in lower case: titles
    /// and `No.` / `vs.` (never a sentence's last word; `Inc.` and `Ltd.` often are, so they are not here).
    public static let latin: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "gov", "sen", "rep", "mt", "ft", "no", "vs",
    ]

    /// Whether the Arabic letters spell the name of a Latin letter (alef variants folded).
    public static func isLetterName<C: Collection>(_ letters: C) -> Bool where C.Element == Unicode.Scalar {
        guard (2...5).contains(letters.count) else { return false }
        var s = String.UnicodeScalarView()
        for c in letters {
            if Arabic.isAlefWithHamzaOrMadda(c) { s.append(Arabic.alef) } else if Arabic.isLetter(c) { s.append(c) } else { return false }
        }
        return letterNames.contains(String(s))
    }

    /// The domain endings of outlets' names spelled in Arabic (العربية.نت، سبق.كوم، إيلاف.أورغ),
    /// alef variants written as bare ا: a dot glued between a word and one of them is part of
    /// the name, not a full stop.
    public static let arabicDomains: Set<String> = Set(Arabic.domainEndings)

    /// Whether the Arabic letters are a domain ending of `arabicDomains` (alef variants folded).
    public static func isArabicDomain<C: Collection>(_ letters: C) -> Bool where C.Element == Unicode.Scalar {
        guard (2...4).contains(letters.count) else { return false }
        var s = String.UnicodeScalarView()
        for c in letters {
            if Arabic.isAlefWithHamzaOrMadda(c) { s.append(Arabic.alef) } else if Arabic.isLetter(c) { s.append(c) } else { return false }
        }
        return arabicDomains.contains(String(s))
    }

    /// Whether the ASCII letters are a Latin abbreviation of `latin` (any case).
    public static func isLatin<C: Collection>(_ letters: C) -> Bool where C.Element == Unicode.Scalar {
        guard (2...5).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        return latin.contains(String(String.UnicodeScalarView(letters)).lowercased())
    }
}
