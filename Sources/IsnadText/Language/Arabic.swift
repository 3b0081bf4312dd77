import IsnadModel

/// What the tool knows of a script, in one place: how its text is folded for matching, which
/// scalars are its letters, digits and marks. The text kernel (`Normalizer`, `Tokenizer`) reads
/// the script of the articles through `ArticleScript`, a conformer of this protocol; the engine's
/// heuristics read the letters and word lists of the language they were written for (`Arabic`).
///
/// A second script is a second conformer, `ArticleScript` pointed at it, and the kernel's
/// tests (`NormalizerTests`, `TokenizerTests`) run over it; see README, "A second language".
public protocol Script {
    /// Folds one scalar for matching, or drops it (nil): one spelling of a letter for all its
    /// variants, digits as ASCII, quotation marks as `"`, marks and invisible controls dropped.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar?
    /// Marks dropped by folding and kept with their letter in spans (diacritics, tatweel).
    static func isMark(_ s: Unicode.Scalar) -> Bool
    /// A letter of the script, as folded text holds it.
    static func isLetter(_ s: Unicode.Scalar) -> Bool
    /// A digit of the script (folding makes it ASCII).
    static func isDigit(_ s: Unicode.Scalar) -> Bool
}

/// The script the articles are written in: the text kernel folds and tokenises by it.
public typealias ArticleScript = Arabic

/// The Arabic language: its script (letters, folding, punctuation) and the word lists the
/// engine's heuristics go by. Every Arabic letter or word the Swift code compares against is
/// named here; lists an editor tunes (cue words, outlets, titles) live in the rule pack (`Rules/`).
///
/// Words are written as an editor writes them; `Normalizer.folded` folds them as tokens are
/// folded (أ إ آ → ا, ى → ي, ة → ه).
public enum Arabic: Script {
    // MARK: letters (folded forms)

    public static let hamza: Unicode.Scalar = "\u{0621}"
    /// ؤ, the hamza on waw (folding keeps it): before a possessive pronoun it marks the
    /// nominative of a noun ending in a hamza (أصدقاؤه، أبناؤه, against the accusative أبناءه).
    public static let hamzaOnWaw: Unicode.Scalar = "\u{0624}"
    public static let alef: Unicode.Scalar = "\u{0627}"
    /// أ, the alef with a hamza above, as written (folding makes it ا): the first person singular
    /// of the imperfect (أعتقد) against the bare alef of a derived verb's past (اعتقد).
    public static let alefWithHamzaAbove: Unicode.Scalar = "\u{0623}"
    /// إ, the alef with a hamza below, as written (folding makes it ا): the verbal noun إفعال
    /// (الإعلان، الإقبال) against the plurals أفعال / أفعلاء (الأسباب، الأشقاء), which fold the same.
    public static let alefWithHamzaBelow: Unicode.Scalar = "\u{0625}"
    public static let baa: Unicode.Scalar = "\u{0628}"
    public static let taMarbuta: Unicode.Scalar = "\u{0629}"
    public static let ta: Unicode.Scalar = "\u{062A}"
    public static let jeem: Unicode.Scalar = "\u{062C}"
    public static let seen: Unicode.Scalar = "\u{0633}"
    public static let sheen: Unicode.Scalar = "\u{0634}"
    public static let sad: Unicode.Scalar = "\u{0635}"
    public static let ain: Unicode.Scalar = "\u{0639}"
    public static let tatweel: Unicode.Scalar = "\u{0640}"
    public static let faa: Unicode.Scalar = "\u{0641}"
    public static let qaf: Unicode.Scalar = "\u{0642}"
    public static let kaf: Unicode.Scalar = "\u{0643}"
    public static let lam: Unicode.Scalar = "\u{0644}"
    public static let mim: Unicode.Scalar = "\u{0645}"
    public static let nun: Unicode.Scalar = "\u{0646}"
    public static let ha: Unicode.Scalar = "\u{0647}"
    public static let waw: Unicode.Scalar = "\u{0648}"
    public static let alefMaqsura: Unicode.Scalar = "\u{0649}"
    public static let ya: Unicode.Scalar = "\u{064A}"

    // MARK: suffixes

    /// The object pronouns a verb takes attached (him, her, them, them two, them f., you,
    /// you pl., me, us): اعتبره، وصفتها، يتهمهم، أبلغني. The lemma generator glues them on.
    public static let objectPronounSuffixes: [String] = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا"]

    // MARK: quotation reach (the labeller's continuity stage)

    /// The complementisers (folded) that, after a reporting verb's colon, make it indirect
    /// speech: `التي قال: إن حكومته ...`.
    public static let colonComplementisers: [[Unicode.Scalar]] = ["ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم"].map { Array($0.unicodeScalars) }
    /// The words of poetry that, just before a colon, introduce a poem's verses (folded, without
    /// و / ف): `التي تقول أبياتها:`، `وفيما يلي أبيات القصيدة:`، `وقصيدته طويلة ومنها:`.
    public static let poemWords: [[Unicode.Scalar]] = ["أبيات", "أبياتها", "أبياته", "الأبيات", "قصيدة", "القصيدة", "قصيدته", "قصيدتها", "أبياتا"].map { Normalizer.foldedScalars($0) }
    /// The words of poets and of poetry that, beside `poemWords`, tell a colon ending its line
    /// above short lines (`يقول الشاعر فلان:`، `يقول ابن لعبون في قصيدته:`، `أنشد قائلا:`)
    /// introduces verse, not a letter's or a list's lines (folded, without و / ف; one ب / ل / ك
    /// is also taken off). Only words that mean poetry whatever the article: `بيت` / `البيت` /
    /// `بيتا` (a house, البيت الأبيض، بيت حانون), `الديوان` (the Royal Court), `الشعر` / `شعره` /
    /// `شعرها` (hair) and `مطلعها` / `مطلعه` (the start of a month, of a season) are common news
    /// words and no opener (review21). Corpus (30,336 articles): a colon ending its line above
    /// two short lines, 171 times.
    public static let verseOpenerWords: [[Unicode.Scalar]] = poemWords + ["الشاعر", "شاعر", "الشاعرة", "شاعرة", "شاعرنا", "أنشد", "أنشدت", "ينشد", "تنشد", "أنشده", "منشدا", "قصيد", "قصيدتي", "شعرا", "ديوانه", "ديوانها"].map { Normalizer.foldedScalars($0) }
    /// Whether a folded word is one of `verseOpenerWords`, without و / ف and then one ب / ل / ك
    /// (`بقصيدته`، `لقصيدة`).
    public static func isVerseOpenerWord(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        var w = withoutConjunctions(letters)
        if verseOpenerWords.contains(where: { w.elementsEqual($0) }) { return true }
        guard w.count > 4, let f = w.first, f == "ب" || f == "ل" || f == "ك" else { return false }
        w = w.dropFirst()
        return verseOpenerWords.contains(where: { w.elementsEqual($0) })
    }
    /// `مما` "among what" (folded, without و / ف), before a verb of saying that introduces a
    /// speaker's verses with no colon: `ومما قاله الشاعر فلان`.
    public static let partitiveWhat: [Unicode.Scalar] = Array("مما".unicodeScalars)
    /// `كما` "as", before a verb of saying that puts the speaker after the claim (`…، كما يقول.`).
    public static let kama: [Unicode.Scalar] = Array("كما".unicodeScalars)
    /// Okaz's share bar, glued before the first sentence on the same line (`شارك من خلال تويتر
    /// فيسبوك جوجل بلس اكتب رأيك أظهرت دراسة …`): page furniture, a unit of its own (SOURCING.md,
    /// "Units"). Corpus (30,336 articles): 156 times, every one opening its line, always in these words.
    public static let shareBar: [Unicode.Scalar] = Array("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك".unicodeScalars)
    /// The verbs of saying a trailing كما takes: he or she said, says (folded).
    public static let trailingSaying: [[Unicode.Scalar]] = ["قال", "قالت", "يقول", "تقول"].map { Array($0.unicodeScalars) }

    // MARK: punctuation

    /// ، (the Arabic comma)
    public static let comma: Unicode.Scalar = "\u{060C}"
    /// ؛
    public static let semicolon: Unicode.Scalar = "\u{061B}"
    /// ؟
    public static let questionMark: Unicode.Scalar = "\u{061F}"
    /// أما "as for": its topic is the subject of the verb after ف (أما فلان فبين أن).
    public static let amma = "أما"
    /// ۔ (the Urdu full stop, met in Arabic text)
    public static let fullStop: Unicode.Scalar = "\u{06D4}"
    /// The Arabic letter mark (an invisible bidi control).
    public static let letterMark: Unicode.Scalar = "\u{061C}"

    // MARK: classes

    /// A basic Arabic letter (ء to ي), as folded text holds it.
    @inlinable @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool { (0x0621...0x064A).contains(s.value) }
    /// A basic letter's place from ء (0 to `letterCount - 1`); nil for any other scalar.
    @inlinable
    public static func letterIndex(_ s: Unicode.Scalar) -> Int? { isLetter(s) ? Int(s.value - 0x0621) : nil }
    public static let letterCount = 0x064A - 0x0621 + 1

    /// Arabic-Indic and extended Arabic-Indic digits.
    @inlinable @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x0660...0x0669).contains(s.value) || (0x06F0...0x06F9).contains(s.value)
    }

    /// أ إ آ: the alef forms with hamza or madda (folding makes them ا).
    @inlinable @inline(__always)
    public static func isAlefWithHamzaOrMadda(_ s: Unicode.Scalar) -> Bool { s.value == 0x0622 || s.value == 0x0623 || s.value == 0x0625 }

    /// A scalar of the Arabic block (U+0600 to U+06FF).
    @inlinable @inline(__always)
    public static func isInBlock(_ s: Unicode.Scalar) -> Bool { (0x0600...0x06FF).contains(s.value) }

    /// Whether `s` is one of the Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC): a
    /// letter written in its joined shape, which the fold turns back into the letter.
    public static func isPresentationForm(_ s: Unicode.Scalar) -> Bool { (0xFB50...0xFDFF).contains(s.value) || (0xFE70...0xFEFC).contains(s.value) }

    /// Diacritics, Quranic marks and tatweel: dropped by folding, kept with their letter in spans.
    @inlinable @inline(__always)
    public static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return true
        default: return false
        }
    }

    /// The tanween fath (ً), the accusative's nunation.
    public static let tanweenFath: Unicode.Scalar = "\u{064B}"

    /// The nunation marks (ً ٌ ٍ): an adverbial accusative (مؤكدًا) when on a participle.
    @inlinable @inline(__always)
    public static func isNunation(_ s: Unicode.Scalar) -> Bool { (0x064B...0x064D).contains(s.value) }

    /// The fold table (SOURCING.md, "Text conventions"): folds one scalar, or drops it (nil).
    /// Alef forms → ا, ى and Persian/Urdu yeh → ي, ة and heh forms → ه, keheh → ك, Arabic
    /// digits → ASCII, quotation marks → `"` and `'`, spaces → space, Latin lower-cased;
    /// diacritics, tatweel, zero-width and bidi controls dropped.
    @inlinable @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x41...0x5A: return Unicode.Scalar(v + 32)
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640:
            return nil  // diacritics, Quranic marks, tatweel
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C, 0x00AD, 0x2060:
            return nil  // zero-width and bidi controls, soft hyphen
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return "\u{0627}"  // alef variants
        case 0x0649, 0x06CC, 0x06D2, 0x06D0: return "\u{064A}"  // alef maqsura, Persian/Urdu yeh
        case 0x0629, 0x06C0, 0x06C1, 0x06D5: return "\u{0647}"  // taa marbuta, heh variants
        case 0x06A9, 0x06AA: return "\u{0643}"  // keheh
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02:
            return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A: return "'"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x066B: return "."  // Arabic decimal separator
        case 0x066C: return ","
        default: return s
        }
    }
}

// MARK: - word lists

/// The words the engine's heuristics go by (census, sourcing standards, segmenter), as written:
/// each user folds them once (`Normalizer.folded`, `PatternCompiler.foldedWords`).
extension Arabic {
    /// The words that introduce an outlet's name (صحيفة الرياض، وكالة الأنباء الكويتية), each
    /// with the gazetteer kind of the outlets it introduces: the gazetteer's outlet words (before
    /// an ambiguous name they are required), the engine's test for an outlet word, and the
    /// census's, one list.
    public static let outletHeadKinds: KeyValuePairs<String, OutletKind> = [
        "صحيفة": .newspaper, "جريدة": .newspaper, "يومية": .newspaper, "قناة": .channel, "فضائية": .channel,
        "موقع": .site, "وكالة": .agency, "مجلة": .magazine, "إذاعة": .radio, "اذاعة": .radio, "شبكة": .channel,
        "تلفزيون": .channel, "محطة": .channel,
    ]
    /// The outlet words of `outletHeadKinds`.
    public static var outletHeads: [String] { outletHeadKinds.map(\.key) }
    /// Three outlet words the census reads on: وكالة (وكالة الأنباء X), موقع and شبكة (a site or a
    /// social network: موقع التواصل الاجتماعي X, not موقع الحادث).
    public static let agency = "وكالة", site = "موقع", network = "شبكة"
    /// The outlet words too often something else (محطة جديدة 'a new stage') for the census to
    /// look for unknown outlets after them.
    public static let outletHeadsNotForCensus: Set<String> = ["محطة"]

    /// Complementisers that open the content of a statement: أن، إن، بأن and their pronoun forms.
    public static let complements: [String] = ["أن", "بأن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا", "أنني", "أني", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأنهن", "بأننا"]

    /// The words that open a statement right after its speaker (أن، إن and their pronoun forms):
    /// a name with ل glued to it (لعكاظ، للوطن) is an outlet told to only when one of them, a
    /// colon or a quotation follows (قال لعكاظ إن ...), not in للوطن فضلاً "to the homeland".
    public static let statementOpeners: [String] = complements + ["إن", "إنه", "إنها", "إنهم", "إنهما", "إننا", "إنني", "إني"]
    /// How many words may stand between a told-to outlet and the statement (قال لعكاظ أمس الأول إن).
    public static let toldToGap = 2
    /// How many words may stand between a speaker's name and the outlet told (adverbs of time and
    /// one phrase opened by في: أمس الثلاثاء، في تصريح خاص، في العاصمة الرياض).
    public static let toldInterludeWords = 7

    /// The preposition a bare أفعل verb stands right before, with no object between, in its first
    /// person or imperative (ارجع إلى والديك، وقتما أرجع إلى نفسي) — the causative past puts its
    /// object first (أرجع المتحدث التأخير إلى).
    public static let intransitivePrepositions: [String] = ["إلى"]
    /// Prepositions that may stand between a verb and its complement (أشار إلى أن، شدد على أن، أعرب عن أمله في أن).
    public static let prepositions: [String] = ["في", "على", "إلى", "عن", "من", "ل", "ب", "لدى", "عبر", "مع"]

    /// Particles, conjunctions, prepositions, adverbs and auxiliaries: words that stand before
    /// أن without heading a statement (رغم أن، بعد أن، بيد أن، علما بأن، كان من المقرر أن،
    /// سبق أن، يعني أن), never a reporting verb.
    public static let particles: [String] = [
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
    ]

    /// قد / لقد and adverbs of sequence that open a sentence right before its verb (وقد ابتدأ
    /// الشيخ، وأخيرًا اكتفى): the verb's subject is read after the verb (`speaker: clause`).
    public static let beforeVerbOpeners: [String] = ["قد", "وقد", "فقد", "لقد", "ولقد", "فلقد", "أخيرا", "وأخيرا", "ختاما", "وختاما"]

    /// Conjunctions of time that open a clause whose verb shares the main clause's subject
    /// (عزز المدرب فرضية ضمه عندما قال …، حين أكد). Not لما: unvocalised it is as often لِما
    /// "to what" (استجابة لما طالب به المواطنون).
    public static let whenConjunctions: [String] = ["عندما", "حينما", "حين"]
    /// Words that join a clause to the one before with the same subject (افتتح الوزير المعرض،
    /// حيث أكد أن …؛ إذ قال، كما أوضح، وقد شدد): a bare verb after them is said by the subject of
    /// the verb that opens the unit. (With و: وحيث، وكما, and the short وقد، وإذ listed.)
    public static let sameSubjectLinks: [String] = ["حيث", "إذ", "كما", "وقد", "وإذ"] + qadParticles
    /// Pasts whose root ends in ت, masculine though they end like a feminine (لفت، ثبت، أنصت).
    public static let rootTaPasts: [String] = ["لفت", "التفت", "أنصت", "انصت", "ثبت", "أثبت", "سكت", "صمت", "كبت", "بت", "نبت", "أنبت", "شتت", "فات", "مات", "بات"]
    /// "then", which may open a unit before its verb (ثم عزز المدرب …).
    public static let thumma = "ثم"

    /// Nouns that announce a title in quotation marks (بعنوان «...»), not a quotation.
    public static let titling: [String] = ["بعنوان", "عنوان", "عنوانه", "عنوانها", "شعار", "بشعار", "اسم", "باسم", "مسمى", "تحت",
        "برنامج", "معرض", "كتاب", "كتابه", "مهرجان", "فيلم", "مسلسل", "رواية", "ديوان", "قصيدة", "مسرحية", "أغنية", "حملة", "مبادرة",
        "مشروع", "جائزة", "مسابقة", "ملتقى", "مؤتمر", "ندوة", "وسم", "هاشتاق", "هاشتاغ", "تطبيق", "منصة", "لقب", "عبارة", "كلمة", "تسمية",
        "شركة", "مجموعة", "تنظيم", "جهاز", "ملعب", "سهم", "فندق", "مطعم", "مركز", "نادي", "فريق", "منتخب", "حزب", "جمعية", "مؤسسة",
        "قرية", "حي", "شارع", "عملية", "يسمى", "تسمى", "سمي", "سميت", "المعروف", "المعروفة", "الملقب", "الملقبة", "المسمى", "المسماة",
        "الشهير", "الشهيرة", "بلقب", "بـ", "صحيفة", "قناة", "مجلة", "موقع", "وكالة", "كتب", "روايته", "ديوانه", "قصيدته", "بيت",
        "فعاليات", "فعالية", "احتفالية", "حفل", "ورشة", "دورة", "بطولة", "كأس", "مباراة", "معرضه", "برنامجه"]

    /// What follows an outlet word without naming an outlet (قناة السويس، شبكة الإنترنت) or
    /// names a credit, not an outlet (وكالات، متابعة).
    public static let notOutlets: [String] = ["السويس", "الإنترنت", "الانترنت", "انترنت", "إنترنت", "الطرق", "الكهرباء", "المياه",
        "الصرف", "الاتصالات", "النقل", "القطارات", "السكك", "الأمان", "التواصل", "وكالات", "متابعة", "متابعات", "خاص", "خاصة", "تقرير",
        "الري", "المواصلات", "الألياف", "الطاقة", "الغاز", "المترو"]

    /// Comparatives that take من of the compared amount (أكثر من مليون ضيف), no من of origin.
    public static let comparatives = ["أكثر", "أقل", "أزيد", "أدنى"]

    /// What stands after the dash of a dateline with no colon, opening the first body line before the
    /// first sentence (`عين اليوم – متابعات نشرت …`، `نايف السعدي – الطائف بعث …`): a desk's credit
    /// (متابعات، وكالات), the agency or site (واس، سبق، عين اليوم) or a place of the region. Mined from the
    /// corpus's datelines (the part after the last dash, before the colon, seen five times or more).
    public static var datelineTails: [String] { datelineDesks + datelinePlaces }
    /// God's name, the definite word of a compound given name written apart (عبد الله).
    public static let allah = "الله"
    /// The region's papers whose one-word names carry the article, heads of a byline with no colon
    /// (الاقتصادية – الرياض، الوطن – أبها), not a club paired with a city (النصر – أبها).
    public static let definitePapers: [String] = ["الاقتصادية", "الوطن", "المدينة", "الرياض", "الجزيرة", "اليوم", "الوئام",
                                                  "الرياضية", "الحياة", "البلاد", "الشرق", "المواطن", "الندوة"]
    public static let datelineDesks: [String] = ["متابعات", "متابعة", "وكالات", "واس", "سبق", "عين اليوم"]
    /// The places of `datelineTails`: in a byline with no colon, a paper's name that is one of them
    /// (الرياض، المدينة) is the place the reporter writes from, not the own outlet.
    public static let datelinePlaces: [String] = [
        "الرياض", "جدة", "مكة المكرمة", "مكة", "المدينة المنورة", "الدمام", "الطائف", "الباحة", "نجران", "أبها", "تبوك",
        "جازان", "حائل", "القصيم", "بريدة", "الأحساء", "الخبر", "القطيف", "عسير", "محايل عسير", "خميس مشيط", "بيشة", "ينبع",
        "الجوف", "القريات", "عرعر", "سكاكا", "رفحاء", "عفيف", "حفر الباطن", "الجبيل", "القنفذة", "تيماء", "بلقرن"]

    /// Words that are pronouns or demonstratives, never a verb or a speaker's noun.
    public static let pronouns: [String] = ["هناك", "هنا", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "الذي", "التي", "الذين", "لدينا", "لديه", "لديها", "كل", "بعض", "جميع", "كافة", "عدد", "ذات", "نفس",
        "كثير", "كثيرا", "معظم", "أغلب", "غالبية", "أكثر", "أقل", "قليل", "عديد", "مجموعة", "جانب", "أحد", "إحدى", "بقية", "سائر"]

    /// Function words (folded, without clitics), never content.
    public static let functionWords = """
        في من على الى إلى عن مع ان أن إن لن لم لا ما ماذا هل قد كان كانت يكون تكون كانوا التي الذي الذين اللذين اللتين اللاتي هذا هذه \
        ذلك تلك هؤلاء اولئك أولئك هنا هناك هو هي هم هما هن انه أنه انها أنها انهم أنهم بعد قبل حول عند عندما كل بين غير اي أي او أو ثم حتى \
        كما ايضا أيضا منذ خلال اليوم امس أمس غدا لدى لدي له لها لهم به بها بهم منه منها منهم عليه عليها عليهم اليه إليه اليها إليها فيه فيها \
        فيهم عنه عنها عنهم وقد لقد لكن لكنه بل اذا إذا إذ اذ حيث بان بأن كي لكي دون سوى مثل نحو وفق ضمن عبر لدى تم يتم جرى وذلك سواء \
        مما عما كما وهو وهي الا إلا ليس ليست مازال ما زال زال يزال تزال لذلك ولذلك اما أما فقط جدا اكثر أكثر اقل أقل كذلك
        """

    /// Words by which a source is "the same" as one met before (المصادر نفسها، المصدر ذاته، نفس
    /// المصدر، ذات المصادر): the reflexive after the noun, or نفس / ذات opening the phrase.
    public static let sameSourceAfter = "نفسه نفسها نفسهم نفسهما ذاته ذاتها ذاتهم ذاتهما"
    public static let sameSourceBefore = "نفس ذات"
    /// The nouns of a source whose reflexive after them (المصدر ذاته، المصدر نفسه) makes a
    /// same-mention; a title's (الرئيس نفسه "the president himself") does not.
    public static let sameSourceNouns = ["المصدر", "مصدر"]

    /// Objects of a denial that refer back to what was said (نفى ذلك، هذه الأنباء، ما تردد).
    public static let anaphoricWords = """
        ذلك هذا هذه تلك الانباء الأنباء انباء أنباء الخبر خبر الاخبار الأخبار التقارير تقارير التقرير الشائعات الشائعه الاشاعات الإشاعات \
        المزاعم الادعاءات الاتهامات تردد نشر اشيع أشيع يتردد يشاع تداول تداولته نشرته مزاعم ادعاءات اتهامات الاتهام اتهام \
        شائعات اشاعات إشاعات تكهنات التكهنات الروايه الرواية روايه رواية الاقاويل الأقاويل اقاويل أقاويل
        """

    /// Verbs of saying with an object pronoun after ما (خلافا لما ذكره المرصد، ما قاله المعهد، مما
    /// نشرته الصحيفة): the name after one in a denial is the source of what it disputes.
    public static let saidWhatVerbs = """
        ذكره ذكرته ذكروه قاله قالته قالوه أعلنه أعلنته أعلنوه نشره نشرته نشروه أورده أوردته أوردوه \
        أكده أكدته زعمه زعمته زعموه ادعاه ادعته ادعوه روجه روجته
        """
    /// The relative ما, bare or with a preposition glued on, before such a verb.
    public static let saidWhatRelatives = "ما لما مما بما"

    /// Nouns of a claim that name whose claim it is by the words after them, without the
    /// article, a preposition or a conjunction glued on or not (ووصف ساذرلاند تصريحات كاميرون
    /// بأنها «مبالغ فيها»، نفى متحدث باسم المتمردين مزاعم الحكومة، رفض اتحاد الكرة ادعاءات
    /// اللاعب، رفضه لتصريحات نائب رئيس الجمهورية): the name after one in a denial is the source
    /// of what it disputes, as after «ما قاله». Mined from the corpus (saudinewsnet) after a
    /// denial verb (نفى، رفض، كذب، وصف، فند، دحض، رد على).
    /// Plural only: a singular verbal noun takes the one it charges after it as often as the one
    /// who speaks (اتهام هيربالايف بالغش: Herbalife is accused).
    public static let claimNouns = "تصريحات اتهامات ادعاءات مزاعم أقوال اقوال"
    /// The endings of a nationality adjective, folded, the longest first (الإيرانيين، الإيرانيون،
    /// الإيرانيات، الإيرانية، الإيراني): what is left is the place's name, or its stem (سوري of سوريا).
    public static let nationalityEndings = "يين يون يات يه ي"
    /// Singular nouns of someone's account of events, the one who gave it after them (شكك معهد في
    /// تفسير إيران للنشاط): unlike a singular noun of a charge (`claimNouns`), never the one it
    /// charges. Read by the contest links only, for whose account a denial disputes.
    public static let accountNouns = "تفسير تفسيرات"
    /// Nouns of a claim's truth that a denial takes before what it disputes (نفى صحة الأنباء، نفت
    /// حقيقة ما تردد، شكك في دقة هذه التقارير): with a claim noun after them, the object, never a
    /// word of the denier's name.
    public static let truthNouns = "صحة حقيقة دقة مصداقية"
    /// Words before a claim noun that make it the denier's own statements (نفى ذلك في تصريحات
    /// لإذاعة فرنسا، خلال تصريحات صحفية), no one's claim it disputes, or the subject of its clause,
    /// the one who contradicts (فإن تصريحات شيرمان تتناقض مع الموقف الرسمي).
    public static let ownStatementsBefore = "في خلال عبر إن أن ان لأن لان فإن فان وإن وان"

    /// Demonstratives: an object of a denial they point with (نفت هذه الأنباء عن ...) refers back
    /// even when its content follows; with ب / ل / ك glued on (بهذه، لذلك) they are no name.
    public static let demonstratives = "ذلك هذا هذه تلك"

    /// Words that open the content of what was said (ما تردد عن أن، الأنباء حول): a report word
    /// followed by one states the disputed claim there, it does not refer back.
    public static let statedContentOpeners = "عن أن ان بأن بان على حول بشأن بشان من"
    /// The first letters of the complement أن / إن with its pronoun (أنها، إنهم; folded, a ب glued
    /// on taken off first: بأنها): the content clause of a charge a denial spells out.
    public static let complementOpening = "ان"

    /// The pluperfect of a news story's background (وكانت وسائل إعلام قد تناقلت): كان and قد
    /// within a few words, an event before the one reported.
    public static let pluperfectAuxiliaries = "كان كانت كانوا"
    /// The particle of the pluperfect after its auxiliary (كانت ... قد نفت).
    public static let pluperfectParticle = "قد"

    /// Latin letter names as written in Arabic, with every alef variant (أ إ آ) written as bare ا.
    /// Two-letter spellings that are common Arabic words ending sentences (كي 'so that', زي
    /// 'uniform') are left out: a dot after them stays a full stop.
    public static let latinLetterNames: [String] = [
        "ايه", "اي", "بي", "سي", "دي", "اف", "جي", "اتش", "جيه", "كيه", "ال", "ام", "ان", "او",
        "كيو", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد",
    ]

    /// The domain endings of outlets' names spelled in Arabic (العربية.نت، سبق.كوم، إيلاف.أورغ),
    /// alef variants written as bare ا: the segmenter keeps a dot glued before one of them.
    public static let domainEndings: [String] = ["نت", "كوم", "اورغ", "اورج", "انفو"]

    /// Honorific pronouns (titles.yml, lex.title.honorific-pronoun) and the honorific noun the
    /// holder is named with (سموه → صاحب السمو الأمير …، معاليه → معالي الوزير …), as written.
    public static let honorificNouns: [(pronoun: String, noun: String)] = [
        ("سموه", "سمو"), ("معاليه", "معالي"), ("سماحته", "سماحة"), ("فضيلته", "فضيلة"),
        ("سعادته", "سعادة"), ("فخامته", "فخامة"), ("جلالته", "جلالة"),
    ]

    // single words the heuristics compare against, as written

    /// بين 'between', which is also the bare verb بيّن "made clear": repeated with و further on in
    /// its clause (بين الجريمة وبين الإرهاب) it is the preposition.
    public static let bayna = "بين"

    /// في 'in': a place may follow it inside a source's title (المتحدث باسم الشرطة في الرياض العقيد ...).
    public static let fi = "في"
    /// لدى 'at, to': the state or body an envoy is posted to (سفير بنجلاديش لدى المملكة).
    public static let lada = "لدى"
    /// عن 'for': the bloc or place a member sits for (عضو البرلمان عن ائتلاف دولة القانون ...).
    public static let anFor = "عن"
    /// The titles of a member who sits for a bloc or a place, named after عن (النائب عن محافظة
    /// البصرة، عضو البرلمان عن ائتلاف دولة القانون، المرشح عن الحزب الجمهوري).
    public static let memberTitles = ["النائب", "نائب", "النائبة", "نائبة", "عضو", "العضو", "عضوة", "العضوة", "المرشح", "مرشح", "المرشحة", "مرشحة"]
    /// The titles of a supervisor, named with على and what they oversee before the holder's name
    /// (المشرف العام على البرنامج الوطني للحرف … الدكتور جاسر الحربش، المشرفة على الملتقى …).
    public static let overseerTitles = ["المشرف", "مشرف", "المشرفة", "مشرفة"]
    /// على 'over': what a supervisor oversees follows it (المشرف العام على المركز ...).
    public static let alaOver = "على"
    /// The detached object pronouns (إياه "him", إياها، إياهم …): always a verb's or a participle's
    /// object, never a subject (واصفا إياها بالخطوة الإيجابية، حاثًا إياهم على …).
    /// The first-person pronouns, with the conjunctions و / ف (أنا مقتنع ببراءتي، ويضيف أنا لا
    /// أحبذ، ونحن نرى): inside a quotation they are its speaker, never a source's name.
    public static let firstPersonPronouns = ["أنا", "نحن", "وأنا", "ونحن", "فأنا", "فنحن"]
    public static let objectPronouns = ["إياه", "إياها", "إياهما", "إياهم", "إياهن", "إياك", "إياكم", "إياكما", "إياكن", "إياي", "إيانا"]
    /// من 'of' between a document's numbered part and the document (المادة (27) من لائحة ...).
    public static let partOf = "من"
    /// علي, the name, which folding makes one word with the preposition على.
    public static let ali = "علي"
    /// رأى "held the view", the verb's past (its noun رأي "opinion" folds to the same word).
    public static let raa = "رأى"
    /// Words before رأي "opinion" that make its genitive the holder of a view reported (بحسب رأي
    /// العاصمي، وعلى رأي فلان، في رأي الخبراء).
    public static let viewHolderPrepositions = ["حسب", "بحسب", "على", "في", "وفي"]
    /// The singular relative pronouns after a document noun (الدراسة التي أعدها، التقرير الذي أصدره).
    public static let documentRelatives = ["الذي", "التي"]
    /// The marks that join a decimal's whole part and fraction (0.41، 3,5، the Arabic decimal separator).
    public static let decimalMarks: [Unicode.Scalar] = [".", ",", "\u{066B}"]
    /// علمت 'has learned' before an outlet's name in quotation marks (علمت «عكاظ»): an outlet marking its exclusive.
    public static let alimat = "علمت"
    /// An outlet's own sources after its «علمت» (وعلمت «عكاظ» من مصادرها الخاصة أن، علمت "سبق" من
    /// مصادرها، من مصدرها الخاص): the informants it does not name. all.jsonl, علمت + a paper's name +
    /// من + these 34. (Here, not anonymity.yml's «مصدر|مصادر»: that rule's words take a describing
    /// adjective and no pronoun suffix, and this check reads a word with its suffix right after من —
    /// mends37, review38 #7.)
    public static let ownSources = ["مصادرها", "مصادره", "مصادرنا", "مصدرها", "مصدره", "مصدرنا"]
    /// The paper's own earlier reporting around its name bare in quotation marks, folded: نشرته/نشرتها
    /// (ما نشرته «عكاظ»، تنشره «سبق») before the name; نشرت (وكانت «عكاظ» نشرت، «سبق» قد نشرت) and
    /// its issue, عدده/عددها («عكاظ» في عددها الصادر أمس), after it. Papers name themselves so; mined
    /// on the corpus (≥ 90 % the article's own outlet; another paper is introduced with صحيفة/جريدة).
    public static let ownPublishedBefore: Set<String> = ["نشرته", "نشرتها", "تنشره", "تنشرها", "ونشرته", "ونشرتها"]
    /// After it also انفردت, the paper's exclusive (أن «سبق» انفردت): a quoted outlet's name bare before
    /// it is the article's own on the corpus (sample20). Not كشفت "revealed": the commonest verb after
    /// any paper's name (وكانت «نيويورك تايمز» قد كشفت) — another outlet's report, secondhand.
    public static let ownPublishedAfter: Set<String> = ["نشرت", "ونشرت", "انفردت", "وانفردت"]
    public static let ownIssue: Set<String> = ["عدده", "عددها"]
    /// A statement given as the paper's exclusive, its name bare in quotation marks after the verb
    /// and its pronoun (حديث خص به «اليوم»، تقرير خصت به "الوطن"، معلومات خص بها "الرياض"), folded:
    /// on the corpus the article's own outlet every time (11 of 11).
    public static let grantedExclusive: [String] = ["خص به", "خص بها", "خصت به", "خصت بها", "خصوا به", "خصوا بها", "خصنا به", "خصنا بها", "خصني به", "خصني بها"]
    /// قد before a perfect verb (قد نشرت).
    public static let qad = "قد"
    /// The preposition مع (a statement told to an outlet: في حوار مع «الشرق الأوسط»).
    public static let maa = "مع"
    /// The words of a site or a channel a body owns (موقع النادي، تلفزيون النادي، منصتها), folded,
    /// without clitics: a phrase they head names the body's own site (the source resolver).
    public static let ownSiteWords = ["موقع", "منصه", "منصت", "تلفزيون", "قناه", "قنات"]
    /// The particles of a person's lineage before a father's name (son, daughter of: محمد بن
    /// نايف): the name after one tells two people of one first name apart.
    public static let lineageParticles = ["بن", "ابن", "بنت"]
    /// The particles of a person's lineage or family (`lineageParticles` and آل: آل نهيان):
    /// they tell no one apart, so no source is matched by them (a kunya's أبو is: أبو شعيب).
    public static let nameParticles = lineageParticles + ["آل"]
    /// The heads of a normative text — a law, a constitution, a regulation, a decree, an article
    /// or a clause, a treaty, a charter, a decision (folded, without clitics or the article:
    /// القانون الدولي، الدستور، النظام، المادة الخامسة): what such a text provides is the text's, and
    /// a definite mention of one never points back to an outlet met before, as التقرير may.
    public static let normativeTextHeads = ["قانون", "قوانين", "دستور", "نظام", "انظمه", "مرسوم", "مراسيم", "ماده", "بند", "لائحه", "لوائح", "ميثاق", "اتفاقيه", "معاهده", "قرار", "قرارات"]
    /// A reporter of an outlet, before its name (مراسل الأناضول): an ambiguous outlet name
    /// (الأناضول is also Anatolia) counts after it as after an outlet word.
    public static let reporterNouns = ["مراسل", "مراسلة", "مراسلو", "مراسلي", "مراسلا", "مراسلون", "مراسلين"]
    /// A deputy's word: before a title (نائب الرئيس، نائبة وزير الخارجية) it makes a unique title,
    /// named; alone it is a member of parliament, a role.
    public static let deputyWords = ["نائب", "نائبة"]
    /// The cardinals three to ten, both genders, that count the plural after them (ثلاثة شهود،
    /// خمسة مسؤولين، أربع صحفيات): before a group's plural they make an unnamed group of a number
    /// (SOURCING.md, anonymous); a number in digits does the same (3 مسؤولين).
    public static let countingCardinals = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
                                           "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
    /// Heads of a field after في in a title or role (المحلل في شؤون التكنولوجيا كريس غرين): the
    /// field belongs to the title, and the holder's name may follow it.
    public static let fieldHeads = ["شؤون", "الشؤون", "شئون", "الشئون", "مجال", "قضايا", "ملف", "ملفات"]
    /// عبد, which opens a name written in one word or two (عبدالعزيز، عبد العزيز).
    public static let abd = "عبد"
    /// أبو "father of", which opens a name (علي أبو الحسن، أبو محمد); folding spells ابو the same.
    public static let abu = ["أبو"]
    /// Nouns in the dual's oblique ي (the construct: يومي الأحد والاثنين، طرفي النزاع، جانبي
    /// الطريق) and ordinals in ي (ثاني أيام العيد): after a title they are no name shaped like a
    /// nisba (المهندس مدني).
    public static let nounsInYa = ["يومي", "شهري", "عامي", "أسبوعي", "طرفي", "جانبي", "شطري", "ضفتي", "شقي", "ثاني", "حادي"]
    /// Stems of speech verbs whose complement opens with على (أكد على، شدد على أهمية، حث على،
    /// أصر على، حرص على، ركز على، علق على): after one, علي spelled with ي before a verbal noun is
    /// the preposition. (يؤكد spells its stem with ؤ.) Not قال، أوضح، أضاف، ذكر: after those علي
    /// before إن / أن is the name.
    public static let alaVerbs = ["أكد", "ؤكد", "شدد", "حث", "أصر", "حرص", "ركز", "علق", "أثنى", "اتفق", "وافق", "أجمع", "حض", "عقب"]
    /// Stems of the relaying verbs that also mean carrying (نقل المصابين من الموقع، ينقل الركاب،
    /// ناقلا): with من they relay only with what was relayed right after the source (نقلت الوكالة
    /// من الوزارة أن / خبر). علم has no such reading.
    public static let carryingRelayStems = ["نقل", "ناقل"]
    /// The fixed adverb pairs of manner, the second glued to و (ونفى الوزير جملة وتفصيلا، رفض
    /// المقترح شكلا ومضمونا): after a title they end the subject. Mined from the corpus (30,336
    /// articles: جملة وتفصيلا 19, شكلا ومضمونا 44, مرارا وتكرارا 29, ماديا ومعنويا 63, أولا وأخيرا
    /// 13, زورا وبهتانا 10, قلبا وقالبا 11, قولا وفعلا 9 …); a list, not the shape — a name and a
    /// second after و (المدرب زيدان ومارادونا، اللواء عطاً الله) look the same.
    public static let adverbPairs: [(String, String)] = [
        ("جملة", "وتفصيلا"), ("شكلا", "ومضمونا"), ("شكلا", "وموضوعا"), ("قلبا", "وقالبا"), ("مرارا", "وتكرارا"),
        ("أولا", "وأخيرا"), ("قولا", "وفعلا"), ("زورا", "وبهتانا"), ("ظلما", "وعدوانا"), ("ماديا", "ومعنويا"),
        ("داخليا", "وخارجيا"), ("محليا", "ودوليا"), ("إقليميا", "ودوليا"), ("محليا", "وإقليميا"),
        ("كميا", "ونوعيا"), ("ليلا", "ونهارا"), ("شرقا", "وغربا"), ("قديما", "وحديثا"),
    ]
    /// The nouns of an armed force named by its leader or side (قوات حفتر، جيش الأسد، ميليشيات
    /// الحوثي): a nationality adjective after the name is the force's, no family name.
    public static let forceHeads = ["ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "ميلشيات"] + armedBodyNouns
    /// The generic nouns of an armed body (جيش، قوات): bodies (`bodyHeadNouns`) and forces (`forceHeads`).
    public static let armedBodyNouns = ["جيش", "قوات"]
    /// A body's word that is also a military rank before its holder's name (الفريق مهاب مميش),
    /// folded, without the article.
    public static let rankBodyWords: Set<String> = ["فريق"]
    /// The nouns of a body's or a state's leadership, without the article (قادة إيران، زعماء
    /// الحزب، مديرو التعليم): before the body's name, the holders of its offices on the record.
    public static let leadershipNouns = ["قادة", "زعماء", "قيادات", "مديرو", "مديري", "مدراء", "رؤساء"]
    /// The generic nouns a body is called by (وزارة، شركة، جامعة، لجنة …), folded, without the
    /// article: a definite one alone (الشركة، الوزارة) may refer back to a body named before it
    /// with no shared word (أرامكو … الشركة) — not to a body headed by another such noun
    /// (الجامعة is not وزارة الداخلية), and a longer description (الجامعة العربية) is a name.
    public static let bodyHeadNouns = Set<String>([
        "وزاره", "هيئه", "شركه", "مجموعه", "مجلس", "منظمه", "مؤسسه", "مكتب", "اداره", "مديريه", "امانه",
        "جامعه", "جمعيه", "اتحاد", "نادي", "لجنه", "محكمه", "نيابه", "شرطه", "حكومه",
        "سفاره", "قنصليه", "بلديه", "مصلحه", "صندوق", "بنك", "مصرف", "معهد", "مركز", "حزب", "حركه",
        "تحالف", "رئاسه", "ديوان", "سلطه", "سلطات", "مفوضيه", "بعثه", "غرفه", "نقابه", "رابطه", "كليه",
        "عماده", "اكاديميه", "مستشفي", "مجمع", "جهاز", "قياده", "تنظيم", "جماعه", "جبهه", "ائتلاف",
        "وفد", "فرع", "محافظه", "برلمان", "وكاله", "اماره",
    ]).union(armedBodyNouns)
    /// The nouns of a state a number counts (وتشترط 64 دولة، 20 بلدا), folded, without the
    /// article: the count of states is a source as a count of a group is (mends39).
    public static let countedStateNouns: Set<String> = ["دوله", "دول", "بلدا", "بلدان"]
    /// The months of the Levantine calendar (شباط، آذار …) but آب (one word with أب), folded: a
    /// number right before one opens a bloc's name (14 آذار، 8 آذار), no amount (mends39).
    public static let levantineMonths: Set<String> = ["كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول", "تشرين"]
    /// Titles a name is found glued to, no space between (ترأس وزير التعليم الدكتورعزام الدخيل):
    /// only those whose own endings are all shorter than three letters (not الأمير: الأميركية).
    public static let gluedTitles = ["الدكتور", "المهندس", "الأستاذ", "المستشار"]
    /// The generic nouns of a company (شركة، مجموعة، مؤسسة), one kind of body: one may refer
    /// back to a body called by another (مجموعة بيرسون … الشركة).
    public static let companyHeadNouns = ["شركه", "مجموعه", "مؤسسه"]
    /// غير "non-", which with a definite relational adjective after it goes on a body's name
    /// (المنظمة غير الحكومية، الجمعيات غير الربحية): no stop there.
    public static let ghayr = "غير"
    /// بان, the first name of بان كي مون, which folding makes one word with بأن; كي after it
    /// tells the name.
    public static let ban = "بان"
    public static let banSecond = ["كي", "كى"]
    /// The last word of the name بان كي مون: the name is whole there, and what follows is the
    /// verb's object (أدان بان كي مون التفجير).
    public static let banThird = "مون"
    /// "official", folded, without the article (الموقع الرسمي للوزارة).
    public static let officialWords: Set<String> = ["رسمي", "رسميه"]
    /// "reports", folded, without the article (وحسب تلك التقارير: reports with no author named).
    public static let reportsPlural = "تقارير"
    /// A report, a study, a survey (without the article): indefinite and with no author named
    /// (كشف تقرير اقتصادي حديث، أظهرت دراسة أمريكية، وفق استطلاع حديث), an unnamed source.
    public static let findingNouns = ["تقرير", "دراسة", "استطلاع", "مسح"]
    /// The letters that mark a Q&A piece's question and answer (س: …، ج: …; س/ …، ج/ …): the
    /// interview's layout, no speaker (kinds36).
    public static let questionLetter: Unicode.Scalar = "\u{0633}"
    public static let answerLetter: Unicode.Scalar = "\u{062C}"
    /// The verbs of authoring a study or a report, before its author and the finding noun
    /// (أصدر صندوق النقد الدولي دراسة … أظهرت، أعدت الوزارة تقريرا، أجرت الجامعة استطلاعا):
    /// the body between is the finding's author. With and without the hamza, without a
    /// conjunction (the stem is compared). Not the present يعد / تعد: "is considered" as often
    /// (وتعد الوزارة الجهة الأولى في دراسة …; review).
    public static let findingAuthorVerbs = [
        "أصدر", "أصدرت", "اصدر", "اصدرت", "يصدر", "تصدر", "أعد", "أعدت", "اعد", "اعدت",
        "أجرى", "أجرت", "اجرى", "اجرت", "يجري", "تجري", "نشر", "نشرت", "ينشر", "تنشر",
    ]
    /// "issued", folded, without the article, and the prepositions of its issuer (بيان صادر عن
    /// الوزارة، الإحصائيات الصادرة من الهيئة).
    public static let issuedWords: Set<String> = ["صادر", "صادره"]
    public static let issuedBy: Set<String> = ["عن", "من"]
    /// What a writer or an outlet publishes, in the indefinite accusative (folded, the tanween
    /// gone): after the subject it is the verb's object (كتب فلان مقالا بعنوان، نشرت صحيفة
    /// نيويورك تايمز تقريرا عن), never a word of the source's name.
    public static let publishedObjects: Set<String> = [
        "مقالا", "تقريرا", "تحقيقا", "بيانا", "كتابا", "تعليقا", "عمودا", "تحليلا", "خبرا", "حوارا", "منشورا", "مقطعا",
    ]
    /// "concerned with, specialised in", folded, without the article: participles that take
    /// their field with ب as part of an outlet's description (وسائل الإعلام المعنية بالاقتصاد),
    /// not a relational adjective after which a ب-word is the verb's object.
    public static let concernedWords: Set<String> = ["معني", "معنيه", "مهتم", "مهتمه", "مختص", "مختصه", "متخصص", "متخصصه"]
    /// أن: before an imperfect verb the particle of the subjunctive, not a complementiser.
    public static let an = "أن"
    /// بأن, the complementiser with its ب (أفاد بأن): with أن / إن, what a content complement starts with.
    public static let bian = "بأن"
    /// The words of the outlet names the census reads (وكالة الأنباء X، موقع التواصل الاجتماعي X، موقع X الإلكتروني).
    public static let anbaa = "الأنباء", tawasul = "التواصل", ijtimai = "الاجتماعي", electronic = "الإلكتروني"

    /// إن, the complementiser after قال (قال إن ...).
    public static let inna = "إن"
    /// كل 'every': a quantifier, after which a verb-looking word is a noun (كل طالب).
    public static let kull = "كل"
    /// ما 'what, which': before a verb, a relative whose thing is the verb's subject (وهو ما يؤكد).
    public static let ma = "ما"
    /// مما 'from which': a thing as the subject of the verb after it (مما يؤكد أن).
    public static let mimma = "مما"
    /// Words after a relative ما that leave no speaker after them: a pronoun (وفق ما هو معلن),
    /// the passive's auxiliaries (حسب ما تم عرضه، ما جرى) and كان (ما كان ينبغي).
    public static let noSpeakerAfterMa = ["هو", "هي", "هم", "تم", "يتم", "جرى", "يجري", "كان", "كانت", "يكون", "تكون"]
    /// The pronoun with ب or عن that takes a relative ما up after its verb (ما أفادت به، ما كشف عنه).
    public static let resumptivePronouns = ["به", "بها", "عنه", "عنها"]
    /// The article ال (folded), which the words of a name may carry or not.
    public static let article = "ال"
    /// The prepositions after which a relaying verb names its source (نقل X عن Y، نقلت عن / من).
    public static let relayPrepositions = ["عن", "من"]
    /// The third person's pronouns glued on (ه، ها، هم، هما، هن: `objectPronounSuffixes`): with عن
    /// after a relaying verb (ونقلت عنه قوله، نقلت الصحيفة عنها أن) the source is the pronoun's
    /// referent, the speaker before; with قول / تصريح after it, the saying relayed (قوله، تصريحها).
    public static let thirdPersonSuffixes = Array(objectPronounSuffixes.prefix(5))
    /// The nouns of a saying that, with a pronoun glued on, open what a relay from a pronoun carries
    /// (ونقلت عنه قوله، نقلت عنها تصريحها بأن): without one, nor أن / إن / a colon / a quotation,
    /// عنه after نقل is no relay (نقل المتهم … والكشف عنه).
    public static let sayingNounsWithPronoun = ["قول", "تصريح", "تصريحات"]
    /// The saying's noun with the article that opens what a relay from a pronoun carries as well
    /// (ونقلت وكالة «فارس» عنه القول إن).
    public static let sayingNounsDefinite = ["القول", "التصريح"]
    /// The nouns that make عن / من after a relaying verb a compound preposition of means or
    /// purpose, no origin: عن طريق "by way of", من أجل "for the sake of" (نقل الحالات عن طريق
    /// الإسعاف، نقل التقنية من أجل تطويرها): the verb carries, the words after name no source.
    public static let meansAfterRelayPreposition = ["طريق", "أجل"]
    /// The negations written before a verb (لا، لم، لن).
    public static let negationParticles = ["لا", "لم", "لن"]
    /// The negations that turn a denial verb after them into none, alone or after و / ف.
    public static let negations = ["لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم"]
    /// A statement said not to be a denial (kinds31): verbs of issuing a denial noun (لم تصدر
    /// نفيا، لم يصدر أي نفي), the «أي» between, and «دون / بدون» before «أن» (دون أن ينفي).
    public static let denialIssuingVerbs = ["يصدر", "تصدر", "يصدروا", "أصدر", "أصدرت"]
    public static let denialIssuingAny = "أي"
    public static let withoutBeforeAn = ["دون", "بدون", "ودون", "وبدون"]
    /// Words after which a verb-looking word is a noun or has a thing as subject: prepositions
    /// (على ذكر اسم، في وصف), demonstratives (وهذا وصف شخصي، هذا يؤكد أن) and quantifiers (كل طالب).
    public static let nominalHeads = ["في", "على", "علي", "الى", "إلى", "عن", "مع", "عند", "لدى", "دون", "بدون", "حول", "ضد", "نحو", "عقب", "إثر", "اثر", "هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه", "وذلك", "وتلك", "كل", "وكل", "أي", "اي"]
    /// Prepositions and adverbs whose object ذلك closes an adverbial phrase (إلى ذلك، ومع ذلك،
    /// وبعد ذلك، في غضون ذلك): a verb after it is a finite verb with its own subject (إلى ذلك نفى
    /// الجيش التركي), not a noun after a demonstrative.
    public static let adverbialDemonstrativeHeads = ["إلى", "الى", "وإلى", "والى", "مع", "ومع", "بعد", "وبعد", "قبل", "وقبل", "رغم", "ورغم", "برغم", "وبرغم",
                                                     "غضون", "أثناء", "اثناء", "وأثناء", "واثناء", "خلال", "وخلال", "إثر", "اثر", "وإثر", "عقب", "وعقب", "على", "وعلى", "عن", "وعن", "في", "وفي"]
    /// The first words of a rebuttal's predicate (غير صحيح، ليس صحيحًا، لا أساس له، مجرد شائعات،
    /// عارٍ عن الصحة): no verb, so a demonstrative before one is the claim it calls untrue (هذا غير
    /// صحيح), not the head of a noun.
    public static let rebuttalPredicateOpeners = ["غير", "ليس", "ليست", "لا", "مجرد", "محض", "عار", "عارية", "عاري",
                                                  "أكاذيب", "أكذوبة", "افتراءات", "افتراء", "أباطيل", "تلفيقات", "فبركات"]
    /// Words that make أن after them a connective, not a statement's complementiser (غير أن
    /// "however", إلا أن، رغم أن، كما أن، بما أن).
    public static let connectivesBeforeAn = ["غير", "إلا", "الا", "رغم", "برغم", "ورغم", "كما", "بما", "لولا", "مع", "بعد", "قبل", "حين", "حيث"]
    /// Words before أن / إن that make it the head of a clause of condition, cause or degree, not a
    /// saying's content: على أن "on condition that", خاصة أن "especially as", بحيث إن "so that"
    /// (`Attributions.unbrokenLongComplement`, misses4: read on the corpus where a verb's أن stands
    /// past twelve words — وأعلن الفيفا إنشاء مجموعة … على أن يرأسها).
    public static let clauseHeadsBeforeAn = ["على", "خاصة", "خاصه", "خصوصا", "بحيث", "لدرجة", "حتى", "كي", "لكي"]
    /// Words of contrast that turn a sentence from a report to its denial (… أنباء عن مقتله، لكن
    /// الحركة نفت صحتها; …، إلا أن السلطات نفت صحة التصريح; غير أن الوزارة نفت), without و / ف.
    public static let contrastConnectives = ["لكن", "لكنه", "لكنها", "إلا", "الا", "غير", "بيد"]
    /// The demonstrative that closes such a phrase.
    public static let adverbialDemonstrative = "ذلك"
    /// Number words after which a verb-looking word is the counted noun (850 ألف متابعًا).
    public static let numberWords = ["ألف", "آلاف", "الف", "مليون", "ملايين", "مليار", "مئة", "مائة", "مئات"]
    /// The past of كان with و or ف, opening a sentence whose subject precedes its verb (وكانت الجبهة
    /// أعلنت، فكانت الوزارة قد قالت) — not فكان, which folded is also فكأن "as if".
    /// The bare past of كان (folded, also كأن "as if": read only opening a sentence, before قد).
    public static let kana = "كان"
    public static let kanaPast = ["وكان", "وكانت", "وكانوا", "وكانا", "وكانتا", "فكانت", "فكانوا", "فكانا", "فكانتا"]
    /// The particle قد, which may stand between a subject and its verb (النيابة قد وجهت).
    public static let qadParticles = ["قد", "لقد"]
    /// The head of a body's statement (folded, without clitics or the article: البيان), one of
    /// `publishedReportNouns`: a definite one points back to a document, never to the outlet that
    /// relayed it (`وأشار البيان إلى` after a statement credited to a wire is the body's statement,
    /// named: kinds46; `SourceResolver.normativeTextHeadLetters`).
    public static let statementNoun = "بيان"
    /// What an outlet publishes, as a told-to phrase names it (في تقرير نشرته، وفق نبأ أوردته).
    public static let publishedReportNouns = ["نبأ", "خبر", "تقرير", statementNoun, "مقال", "مقاله", "مقالها", "مقالته", "عموده", "عمودها", "زاويته", "زاويتها"]
    /// Relative pronouns after a noun (فرناندو الذي غرد، الشركة التي أكدت): a verb right after one,
    /// with no subject of its own, has that noun as its subject.
    public static let relativePronouns = ["الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي"]
    /// The feminine singular relative pronoun (الشركة التي …): its clause's noun is the subject of a
    /// feminine verb after it (`Attributions.relativeAgrees`).
    public static let feminineRelativePronoun = "التي"
    /// A preposition with the third person's pronoun right after a verb (رحب به، علق عليها): the
    /// pronoun takes up a topic before the verb as its object, so that topic is no subject.
    public static let resumptivePrepositions = ["به", "بها", "عليه", "عليها", "عنه", "عنها", "فيه", "فيها", "منه", "منها", "إليه", "إليها"]
    /// The relative pronouns of people in the plural or the dual: an unnamed group they take up is
    /// their verb's subject (المواطنون الذين أكدوا، رواد التواصل الذين طالبوا).
    public static let peopleRelativePronouns = ["الذين", "اللواتي", "اللاتي", "اللذين", "اللذان", "اللتين", "اللتان"]
    /// منه، منها، منهم، منهما — the doer after an accusative verbal noun of cause (ظنًا منه أن،
    /// اعتقادًا منهم بأن): the verbal noun describes the subject of its clause's verb.
    public static let doerAfterCausalNoun = ["منه", "منها", "منهم", "منهما"]
    /// The words of a percentage after its number (54 في المائة، 30 بالمئة).
    public static let percentWords = ["المئة", "المائة", "بالمئة", "بالمائة", "المية", "بالمية"]
    /// The percent signs, Latin and Arabic (54%، 54٪).
    public static let percentSigns: [Unicode.Scalar] = ["%", "٪"]
    /// "About" before a number (نحو 60%، حوالي نصف).
    public static let aboutWords = ["نحو", "حوالي", "قرابة", "زهاء"]
    /// The verbs that go on with what the last speaker said (وأضاف أن، واستطرد أن، وأردف أن), as
    /// lemmas: their أن may stand further from them than another verb's, past a long aside
    /// (`Attributions.continuationComplementReach`). Not تابع, as often "watched, followed up"
    /// (تابع 25 مليون مشاهد المباراة، تابعت اللجنة عرض المسرحية): a wider reach found it an أن of
    /// another clause (first 6,000 corpus articles: 5 labels of 5 wrong).
    public static let continuationVerbLemmas = ["أضاف يضيف مضيف", "استطرد يستطرد مستطرد", "أردف يردف مردف"]
    /// "A share of" before a number (نسبة 60% من المستطلعين).
    public static let shareWord = "نسبة"
    /// Pronouns and demonstratives that make ما after them the subject of the next verb (وهو ما يؤكد).
    public static let relativeHeads = ["هو", "هي", "هذا", "ذلك", "وهو", "وهي", "وهذا", "وذلك"]

    /// Words listed as Arabic lists them, with the Arabic comma (لا، لم، لن): for explanations in English.
    public static func listed(_ words: [String]) -> String { words.joined(separator: String(comma) + " ") }

    // clitics and affixes

    /// The conjunctions written joined to the next word: و ف.
    public static let conjunctions = ["و", "ف"]
    /// Whether a folded word of `count` letters or more ends in ين, the sound masculine plural
    /// (اللاعبين، المتقدمين, after بال: بالمتقدمين): the one test of the labeller and the resolver,
    /// each with the length below which a word in ين is more often something else (الدين).
    @inlinable public static func endsInPluralYn<L: BidirectionalCollection>(_ letters: L, count: Int) -> Bool where L.Element == Unicode.Scalar {
        guard letters.count >= count, let last = letters.last, last == nun else { return false }
        return letters[letters.index(letters.endIndex, offsetBy: -2)] == ya
    }
    /// Whether a folded word of `count` letters or more ends in ون, the sound masculine plural's
    /// nominative (مسؤولون، المتظاهرون): the resolver's test beside `endsInPluralYn`.
    @inlinable public static func endsInPluralWn<L: BidirectionalCollection>(_ letters: L, count: Int) -> Bool where L.Element == Unicode.Scalar {
        guard letters.count >= count, let last = letters.last, last == nun else { return false }
        return letters[letters.index(letters.endIndex, offsetBy: -2)] == waw
    }
    /// A word's letters without its first و then ف (each in turn) while more than three letters
    /// remain (وغير → غير، فإلا → إلا; وفد stays): the one stripper of the labeller and the standards.
    public static func withoutConjunctions(_ letters: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var bare = letters
        if bare.count > 3, bare.first == waw { bare = bare.dropFirst() }
        if bare.count > 3, bare.first == faa { bare = bare.dropFirst() }
        return bare
    }
    /// A folded word's letters without its proclitics and article, for comparing a word with a
    /// list of bare nouns (لموقع → موقع، للموقع → موقع، والوزارة → وزاره): one و or ف, then ل ل
    /// (the preposition on the article, and nothing more is taken), or one ب ل ك, then the
    /// article — each only while enough letters remain (more than three, and five for the
    /// article) that a short word is not cut into another. The one stripper of the source
    /// resolver's word lists (`withoutConjunctions` is the labeller's, which strips و then ف).
    public static func withoutProclitics(_ letters: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var v = letters
        if v.count > 3, v.first == waw || v.first == faa { v = v.dropFirst() }
        if v.count > 3, v.first == lam, v[v.startIndex + 1] == lam { return v.dropFirst(2) }
        if v.count > 3, v.first == baa || v.first == lam || v.first == kaf { v = v.dropFirst() }
        if v.count > 4, v.first == alef, v[v.startIndex + 1] == lam { v = v.dropFirst(2) }
        return v
    }
    /// The proclitic runs a rule example's marked cue may leave outside its brackets (و، ف، ب، ل، ك،
    /// the article and their combinations: وال، بال، لل، وبال، ولل ...).
    public static let procliticPrefixes: Set<String> = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "وب", "ول", "فب", "فل", "وبال", "ولل"]
    /// What a content word loses in front before stems are compared (sourcing standards), the
    /// first that fits: the article with its proclitics, then a proclitic.
    public static let stemPrefixes = ["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب"]
    /// What a content word loses at the end before stems are compared, the first that fits:
    /// nisba, plural, dual and pronoun endings.
    public static let stemSuffixes = ["يه", "يات", "ات", "ون", "ين", "ان", "تين", "ها", "هم", "هما", "ه", "ي"]
    /// The letters a verb's present or future starts with (ي ت ن س ا), dropped to compare a verb with its noun.
    public static let verbPrefixes = "يتنسا"
    /// The first letters of a word that is no bare past verb standing as a name (CueFilter's
    /// `nameAfterVerb`): a conjunction (و ف: a second verb joined on), the present's prefixes
    /// (ي ت ن س: وأضاف يقول) and the participle's م (وأضاف موضحا).
    public static let notNameVerbInitials: Set<Unicode.Scalar> = ["و", "ف", "ي", "ت", "ن", "س", "م"]
    /// … and its last letters, folded: the accusative alef of a participle (قائلا), the ة of a
    /// feminine one, folded to ه (قائلة), and the ت of a feminine past (وقال أبدت كتل …).
    public static let notNameVerbFinals: Set<Unicode.Scalar> = ["ا", "ه", "ت"]

    /// Latin letters for Arabic ones, for ids made of Arabic words (غمغم → ghmghm); folded letters.
    public static let latinLetters: [Unicode.Scalar: String] = [
        "\u{0627}": "a", "\u{0628}": "b", "\u{062A}": "t", "\u{062B}": "th", "\u{062C}": "j", "\u{062D}": "h", "\u{062E}": "kh",
        "\u{062F}": "d", "\u{0630}": "dh", "\u{0631}": "r", "\u{0632}": "z", "\u{0633}": "s", "\u{0634}": "sh", "\u{0635}": "s",
        "\u{0636}": "d", "\u{0637}": "t", "\u{0638}": "z", "\u{0639}": "", "\u{063A}": "gh", "\u{0641}": "f", "\u{0642}": "q",
        "\u{0643}": "k", "\u{0644}": "l", "\u{0645}": "m", "\u{0646}": "n", "\u{0647}": "h", "\u{0648}": "w", "\u{064A}": "y",
        "\u{0621}": "", "\u{0624}": "", "\u{0626}": "",
    ]
}
