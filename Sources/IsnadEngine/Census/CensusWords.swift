import IsnadText

/// The shapes of Arabic words the census goes by: complementisers, verbs, stems, nouns of
/// a group, nationality adjectives. All on folded letters (`Normalizer.fold`: أ إ آ → ا,
/// ى → ي, ة → ه), as the tokens hold them.
public enum CensusWords {
    /// A word folded as patterns and tokens are.
    public static func folded(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.compactMap(Normalizer.fold) }

    static let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}", ya: Unicode.Scalar = "\u{064A}"
    static let ta: Unicode.Scalar = "\u{062A}", waw: Unicode.Scalar = "\u{0648}", nun: Unicode.Scalar = "\u{0646}"
    static let mim: Unicode.Scalar = "\u{0645}", ha: Unicode.Scalar = "\u{0647}"

    /// Complementisers that open the content of a statement: أن، إن، بأن and their pronoun forms.
    static let complements: Set<[Unicode.Scalar]> = Set(
        ["أن", "بأن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا", "أنني", "أني", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأنهن", "بأننا"].map(folded))
    /// Prepositions that may stand between a verb and its complement (أشار إلى أن، شدد على أن، أعرب عن أمله في أن).
    static let prepositions: Set<[Unicode.Scalar]> = Set(["في", "على", "إلى", "عن", "من", "ل", "ب", "لدى", "عبر", "مع"].map(folded))
    /// The outlet words whose next words may name an outlet, folded, with their written form.
    static let outletHeads: [[Unicode.Scalar]: String] = Dictionary(uniqueKeysWithValues:
        ["صحيفة", "جريدة", "وكالة", "موقع", "قناة", "شبكة", "مجلة", "إذاعة"].map { (folded($0), String(String.UnicodeScalarView(folded($0)))) })
    /// The first letters of the outlet words (ص ج و م ق ش ا), tested before any lookup.
    @inline(__always) static func isOutletInitial(_ s: Unicode.Scalar) -> Bool {
        switch s.value { case 0x0635, 0x062C, 0x0648, 0x0645, 0x0642, 0x0634, 0x0627: true; default: false }
    }
    static let anbaa = folded("الأنباء"), tawasul = folded("التواصل"), ijtimai = folded("الاجتماعي"), electronic = folded("الإلكتروني")

    public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool { (0x0621...0x064A).contains(s.value) }

    /// Particles, conjunctions, prepositions, adverbs and auxiliaries: words that stand before
    /// أن without heading a statement (رغم أن، بعد أن، بيد أن، علما بأن، كان من المقرر أن،
    /// سبق أن، يعني أن), never a reporting verb.
    static let particles: Set<[Unicode.Scalar]> = Set([
        "رغم", "برغم", "بيد", "بما", "علما", "خصوصا", "خاصة", "لاسيما", "سيما", "غير", "إلا", "كما", "بعد", "قبل", "حتى", "منذ",
        "مع", "لو", "ولو", "كون", "بسبب", "نظرا", "ذلك", "بل", "لكن", "طالما", "مجرد", "بمجرد", "أي", "إذ", "حيث", "أما", "إما",
        "صحيح", "جدير", "ليس", "ليست", "كان", "كانت", "كانوا", "يكون", "تكون", "يكن", "تكن", "أصبح", "أصبحت", "بات", "باتت", "ظل",
        "ظلت", "صار", "صارت", "سبق", "سبقت", "يسبق", "يعني", "تعني", "على", "إلى", "عن", "في", "من", "لا", "لم", "لن", "قد", "لقد",
        "أن", "إن", "لأن", "كأن", "مثل", "عبر", "نحو", "حول", "ضمن", "وسط", "خلال", "لدى", "عند", "بين", "فقط", "أيضا", "كذلك",
        "هنا", "هناك", "الآن", "هذا", "هذه", "تلك", "إضافة", "فضلا", "ناهيك", "لدرجة", "درجة", "حد", "شرط", "بشرط", "مما", "ما",
        "عما", "بعدما", "حينما", "عندما", "كلما", "لما", "وقت", "حين", "يوم", "ثم", "أو", "أم", "هل", "إذا", "بأن", "سوى", "عدا",
        "خاصة", "بخاصة", "كي", "لكي", "حتى", "ريثما", "بينما", "فيما", "إذن", "لذا", "لذلك", "هو", "هي", "هم", "نحن", "أنا", "أنت",
        "كيف", "لماذا", "متى", "أين", "ماذا", "كم", "كنت", "كنا", "كنتم", "يكونوا", "تكونوا",
        "فقد", "وقد", "ولقد", "فلقد", "يمكن", "يجب", "ينبغي", "يتعين", "يحق", "يجوز", "لابد", "بد", "بمعنى", "و", "ب", "ل", "ف", "ك",
    ].map(folded))
    /// Nouns that announce a title in quotation marks (بعنوان «...»), not a quotation.
    static let titling: Set<[Unicode.Scalar]> = Set(["بعنوان", "عنوان", "عنوانه", "عنوانها", "شعار", "بشعار", "اسم", "باسم", "مسمى", "تحت",
        "برنامج", "معرض", "كتاب", "كتابه", "مهرجان", "فيلم", "مسلسل", "رواية", "ديوان", "قصيدة", "مسرحية", "أغنية", "حملة", "مبادرة",
        "مشروع", "جائزة", "مسابقة", "ملتقى", "مؤتمر", "ندوة", "وسم", "هاشتاق", "هاشتاغ", "تطبيق", "منصة", "لقب", "عبارة", "كلمة", "تسمية",
        "شركة", "مجموعة", "تنظيم", "جهاز", "ملعب", "سهم", "فندق", "مطعم", "مركز", "نادي", "فريق", "منتخب", "حزب", "جمعية", "مؤسسة",
        "قرية", "حي", "شارع", "عملية", "يسمى", "تسمى", "سمي", "سميت", "المعروف", "المعروفة", "الملقب", "الملقبة", "المسمى", "المسماة",
        "الشهير", "الشهيرة", "بلقب", "بـ", "صحيفة", "قناة", "مجلة", "موقع", "وكالة", "كتب", "روايته", "ديوانه", "قصيدته", "بيت",
        "فعاليات", "فعالية", "احتفالية", "حفل", "ورشة", "دورة", "بطولة", "كأس", "مباراة", "معرضه", "برنامجه"].map(folded))
    /// What follows an outlet word without naming an outlet (قناة السويس، شبكة الإنترنت) or
    /// names a credit, not an outlet (وكالات، متابعة).
    static let notOutlets: Set<[Unicode.Scalar]> = Set(["السويس", "الإنترنت", "الانترنت", "انترنت", "إنترنت", "الطرق", "الكهرباء", "المياه",
        "الصرف", "الاتصالات", "النقل", "القطارات", "السكك", "الأمان", "التواصل", "وكالات", "متابعة", "متابعات", "خاص", "خاصة", "تقرير",
        "الري", "المواصلات", "الألياف", "الطاقة", "الغاز", "المترو"].map(folded))

    /// Whether a word carries the article (ال، and لل).
    static func isDefinite<C: Collection>(_ l: C) -> Bool where C.Element == Unicode.Scalar {
        guard l.count >= 4 else { return false }
        let a = Array(l.prefix(3))
        if a[0] == alef && a[1] == lam { return true }
        if (a[0] == waw || a[0] == "\u{0641}"), a[1] == alef, a[2] == lam { return true }
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
        if l.count >= 4 && (f == "\u{0628}" || f == "\u{0643}") && l[l.startIndex + 1] == alef && l[l.startIndex + 2] == lam { return false }
        if let o = original.last(where: { !Normalizer.isMark($0) }), o == "\u{0629}" { return false }
        if f != mim && original.contains(where: { (0x064B...0x064D).contains($0.value) }) { return false }
        let endsPlural = l.count >= 5 && (l.hasSuffix2(waw, nun) || l.hasSuffix2(ya, nun) || l.hasSuffix2(alef, ta))
        if endsPlural && f != ya && f != ta { return false }
        // pronouns and particles (هناك، لدينا) are no verbs
        if isPronounLike(l) { return false }
        _ = last
        return true
    }

    /// Words that are pronouns or demonstratives, never a verb or a speaker's noun.
    static func isPronounLike(_ l: ArraySlice<Unicode.Scalar>) -> Bool { pronouns.contains(Array(l)) }
    static let pronouns: Set<[Unicode.Scalar]> = Set(["هناك", "هنا", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "الذي", "التي", "الذين", "لدينا", "لديه", "لديها", "كل", "بعض", "جميع", "كافة", "عدد", "ذات", "نفس",
        "كثير", "كثيرا", "معظم", "أغلب", "غالبية", "أكثر", "أقل", "قليل", "عديد", "مجموعة", "جانب", "أحد", "إحدى", "بقية", "سائر"].map(folded))

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
        if a.count >= 5 && a.last == "\u{0621}" && a[a.count - 2] == alef { return true }
        if a.count == 5 && a[0] == alef && a[3] == alef { return true }
        return false
    }

    /// A sound or broken plural, or a feminine noun: what a group or a body is called.
    static func looksPluralOrFeminine(_ l: ArraySlice<Unicode.Scalar>, original: ArraySlice<Unicode.Scalar>) -> Bool {
        if l.count >= 5 && (l.hasSuffix2(waw, nun) || l.hasSuffix2(ya, nun) || l.hasSuffix2(alef, ta)) { return true }
        if let o = original.last(where: { !Normalizer.isMark($0) }), o == "\u{0629}" { return true }
        // فُعّال (سكان، طلاب)، فعلاء (خبراء)، أفعال (أهالي)
        if l.count == 4 && l[l.startIndex + 2] == alef { return true }
        if l.count >= 5 && l.last == "\u{0621}" && l[l.index(l.endIndex, offsetBy: -2)] == alef { return true }
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
            || (0x2028...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x061C }) { return s }
        var v = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: v.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
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
            if let t = latin[folded] { out += t; dash = false; continue }
            switch folded.value {
            case 0x61...0x7A, 0x30...0x39: out.unicodeScalars.append(folded); dash = false
            default:
                if !dash && !out.isEmpty { out += "-"; dash = true }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }
    static let latin: [Unicode.Scalar: String] = [
        "\u{0627}": "a", "\u{0628}": "b", "\u{062A}": "t", "\u{062B}": "th", "\u{062C}": "j", "\u{062D}": "h", "\u{062E}": "kh",
        "\u{062F}": "d", "\u{0630}": "dh", "\u{0631}": "r", "\u{0632}": "z", "\u{0633}": "s", "\u{0634}": "sh", "\u{0635}": "s",
        "\u{0636}": "d", "\u{0637}": "t", "\u{0638}": "z", "\u{0639}": "", "\u{063A}": "gh", "\u{0641}": "f", "\u{0642}": "q",
        "\u{0643}": "k", "\u{0644}": "l", "\u{0645}": "m", "\u{0646}": "n", "\u{0647}": "h", "\u{0648}": "w", "\u{064A}": "y",
        "\u{0621}": "", "\u{0624}": "", "\u{0626}": "",
    ]
}

extension Collection where Element == Unicode.Scalar {
    /// Whether the last two scalars are `a`, `b`.
    func hasSuffix2(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        guard count >= 2 else { return false }
        let s = Array(suffix(2))
        return s[0] == a && s[1] == b
    }
}
