import IsnadText

/// The shapes of Arabic words the census goes by: complementisers, verbs, stems, nouns of
/// a group, nationality adjectives. All on folded letters (`Normalizer.fold`: أ إ آ → ا,
/// ى → ي, ة → ه), as the tokens hold them.
public enum CensusWords {

    static let alef = Arabic.alef, lam = Arabic.lam, ya = Arabic.ya, ta = Arabic.ta, waw = Arabic.waw, nun = Arabic.nun
    static let mim = Arabic.mim, ha = Arabic.ha

    /// Complementisers that open the content of a statement: أن، إن، بأن and their pronoun forms.
    static let complements = Set(Arabic.complements.map(Normalizer.foldedScalars))
    /// Prepositions that may stand between a verb and its complement (أشار إلى أن، شدد على أن، أعرب عن أمله في أن).
    static let prepositions = Set(Arabic.prepositions.map(Normalizer.foldedScalars))
    /// The outlet words whose next words may name an outlet (`Arabic.outletHeads`, the
    /// gazetteer's, less `outletHeadsNotForCensus`), folded, each with its folded text.
    static let outletHeads: [[Unicode.Scalar]: String] = Dictionary(
        Arabic.outletHeads.filter { !Arabic.outletHeadsNotForCensus.contains($0) }.map { (Normalizer.foldedScalars($0), Normalizer.folded($0)) },
        uniquingKeysWith: { a, _ in a })
    /// وكالة، موقع، شبكة folded, as `outletHeads` gives them.
    static let agency = Normalizer.folded(Arabic.agency), site = Normalizer.folded(Arabic.site), network = Normalizer.folded(Arabic.network)
    /// How many letters an outlet word has, at least and at most.
    static let outletHeadLengths: ClosedRange<Int> = outletHeads.keys.map(\.count).min()!...outletHeads.keys.map(\.count).max()!
    /// The first letters of the outlet words, tested before any lookup.
    static let outletInitials = Set(outletHeads.keys.compactMap(\.first))
    @inline(__always) static func isOutletInitial(_ s: Unicode.Scalar) -> Bool { outletInitials.contains(s) }
    static let anbaa = Normalizer.foldedScalars(Arabic.anbaa), tawasul = Normalizer.foldedScalars(Arabic.tawasul), ijtimai = Normalizer.foldedScalars(Arabic.ijtimai), electronic = Normalizer.foldedScalars(Arabic.electronic)
    /// أن folded (ان): before an imperfect verb, the particle of the subjunctive.
    static let an = Normalizer.foldedScalars(Arabic.an)

    public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool { Arabic.isLetter(s) }

    /// Particles, conjunctions, prepositions, adverbs and auxiliaries: words that stand before
    /// أن without heading a statement (رغم أن، بعد أن، بيد أن، علما بأن، كان من المقرر أن،
    /// سبق أن، يعني أن), never a reporting verb.
    static let particles = Set(Arabic.particles.map(Normalizer.foldedScalars))
    /// Nouns that announce a title in quotation marks (بعنوان «...»), not a quotation.
    static let titling = Set(Arabic.titling.map(Normalizer.foldedScalars))
    /// What follows an outlet word without naming an outlet (قناة السويس، شبكة الإنترنت) or
    /// names a credit, not an outlet (وكالات، متابعة).
    static let notOutlets = Set(Arabic.notOutlets.map(Normalizer.foldedScalars))

    /// Whether a word carries the article (ال، and لل).
    static func isDefinite<C: Collection>(_ l: C) -> Bool where C.Element == Unicode.Scalar {
        guard l.count >= 4 else { return false }
        let a = Array(l.prefix(3))
        if a[0] == alef && a[1] == lam { return true }
        if (a[0] == waw || a[0] == Arabic.faa), a[1] == alef, a[2] == lam { return true }
        return a[0] == lam && a[1] == lam
    }

    /// Whether a word starts like an imperfect verb (يكون، تتم، نعمل), so that أن before it is
    /// the particle of the subjunctive, not a complementiser.
    static func looksImperfect(_ l: ArraySlice<Unicode.Scalar>) -> Bool {
        guard l.count >= 3, let f = l.first else { return false }
        return f == ya || f == ta || f == nun
    }

    /// Whether a word (without و ف) may be a verb: three to nine Arabic letters, no article, no
    /// ة, no nunation (unless a participle مُفعِلًا), not a sound plural of a noun.
    static func looksLikeVerb(_ l: ArraySlice<Unicode.Scalar>, original: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (3...9).contains(l.count), l.allSatisfy(isArabicLetter), let f = l.first, let last = l.last else { return false }
        if isDefinite(l) { return false }
        if l.count >= 4 && (f == Arabic.baa || f == Arabic.kaf) && l[l.startIndex + 1] == alef && l[l.startIndex + 2] == lam { return false }
        if let o = original.last(where: { !Normalizer.isMark($0) }), o == Arabic.taMarbuta { return false }
        if f != mim && original.contains(where: Arabic.isNunation) { return false }
        let endsPlural = l.count >= 5 && (l.hasSuffix2(waw, nun) || l.hasSuffix2(ya, nun) || l.hasSuffix2(alef, ta))
        if endsPlural && f != ya && f != ta { return false }
        // pronouns and particles (هناك، لدينا) are no verbs
        if isPronounLike(l) { return false }
        _ = last
        return true
    }

    /// Words that are pronouns or demonstratives, never a verb or a speaker's noun.
    static func isPronounLike(_ l: ArraySlice<Unicode.Scalar>) -> Bool { pronouns.contains(Array(l)) }
    static let pronouns = Set(Arabic.pronouns.map(Normalizer.foldedScalars))

    /// The stem a verb's forms are counted under: و ف removed, one person or number suffix
    /// (ون، ين، ان، وا، تا، ت، ا) and the prefixes of the present (ي ت, twice for يتفاعل)
    /// folded away while three letters remain, so غمغم، غمغمت، يغمغم، تغمغمون are one stem; an
    /// adverbial participle مُفعِلًا loses its م.
    public static func stem<C: Collection>(_ word: C) -> String where C.Element == Unicode.Scalar {
        var s = Array(word)
        var suffix = 0
        for suf in [[waw, nun], [ya, nun], [alef, nun], [waw, alef], [ta, alef], [ta], [alef]] where s.count - suf.count >= 3 && s.suffix(suf.count).elementsEqual(suf) {
            s.removeLast(suf.count); suffix = suf.count
            break
        }
        var n = 0
        while n < 2 && s.count > 3 && (s[0] == ya || s[0] == ta) { s.removeFirst(); n += 1 }
        if n == 0 && suffix > 0 && s.count >= 4 && s[0] == mim && s.last != ha { s.removeFirst() }
        return String(String.UnicodeScalarView(s))
    }

    /// A sound or broken plural: what a group is called (باحثون، مزارعين، سكان، خبراء، أهالي).
    public static func looksPlural<C: BidirectionalCollection>(_ l: C) -> Bool where C.Element == Unicode.Scalar {
        let a = Array(l)
        if a.count >= 5 && (a.hasSuffix2(waw, nun) || a.hasSuffix2(ya, nun) || a.hasSuffix2(alef, ta)) { return true }
        if a.count == 4 && a[2] == alef { return true }
        if a.count >= 5 && a.last == Arabic.hamza && a[a.count - 2] == alef { return true }
        if a.count == 5 && a[0] == alef && a[3] == alef { return true }
        return false
    }

    /// A sound or broken plural, or a feminine noun: what a group or a body is called.
    static func looksPluralOrFeminine(_ l: ArraySlice<Unicode.Scalar>, original: ArraySlice<Unicode.Scalar>) -> Bool {
        if l.count >= 5 && (l.hasSuffix2(waw, nun) || l.hasSuffix2(ya, nun) || l.hasSuffix2(alef, ta)) { return true }
        if let o = original.last(where: { !Normalizer.isMark($0) }), o == Arabic.taMarbuta { return true }
        // فُعّال (سكان، طلاب)، فعلاء (خبراء)، أفعال (أهالي)
        if l.count == 4 && l[l.startIndex + 2] == alef { return true }
        if l.count >= 5 && l.last == Arabic.hamza && l[l.index(l.endIndex, offsetBy: -2)] == alef { return true }
        if l.count == 5 && l.first == alef && l[l.startIndex + 3] == alef { return true }
        return false
    }

    /// A nationality or relational adjective (سعودية، الإلكتروني، اللندنية).
    static func isNisba(_ l: ArraySlice<Unicode.Scalar>) -> Bool {
        guard l.count >= 4, let last = l.last else { return false }
        return last == ya || (last == ha && l[l.index(l.endIndex, offsetBy: -2)] == ya)
    }

    /// Text with line breaks, controls and bidi controls made harmless for a one-line example.
    public static func clean(_ s: String) -> String {
        // most text has nothing to clean
        if !s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x200E...0x200F).contains($0.value)
            || (0x2028...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0 == Arabic.letterMark }) { return s }
        var v = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: v.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, Arabic.letterMark.value: continue
            default: v.append(c)
            }
        }
        return String(v)
    }

    /// Lower-case ASCII letters for Arabic ones (rule ids, gazetteer ids): غمغم → ghmghm.
    public static func transliterate(_ s: String) -> String {
        var out = ""
        var dash = false
        for c in s.unicodeScalars {
            let folded = Normalizer.fold(c) ?? " "
            if let t = Arabic.latinLetters[folded] { out += t; dash = false; continue }
            switch folded.value {
            case 0x61...0x7A, 0x30...0x39: out.unicodeScalars.append(folded); dash = false
            default:
                if !dash && !out.isEmpty { out += "-"; dash = true }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
}

extension Collection where Element == Unicode.Scalar {
    /// Whether the last two scalars are `a`, `b`.
    func hasSuffix2(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        guard count >= 2 else { return false }
        let s = Array(suffix(2))
        return s[0] == a && s[1] == b
    }
}
