import IsnadText

/// A verb written once, by its principal parts, and conjugated by the engine: the
/// third-person forms of the past and the present (with the jussive and subjunctive
/// plural), and the active participle as an adverbial accusative (مؤكدًا، مؤكدةً، مؤكدين، مؤكدتين). A rule lists its verbs as
/// `lemmas: ["أكد يؤكد مؤكد"]`, or names one inside a pattern as `{أكد/يؤكد/مؤكد}`, so
/// that no conjugation can be missing from a hand-written list.
///
/// The principal parts, separated by spaces (in `lemmas:`) or slashes (in a pattern):
///   1. the past, third person masculine singular (`قال`, `أكد`, `نفى`, `دعا`);
///   2. the present, third person masculine singular, starting with ي (`يقول`, `يؤكد`,
///      `ينفي`, `يرى`, `يدعو`); `-` when its forms are left out on purpose (`يذكر أن`
///      introduces background, `يعتبر` is mostly the passive "is considered");
///   3. optionally, the active participle, masculine singular without a case ending
///      (`قائل`, `مؤكد`, `نافي`); `-` or nothing when the verb has none in use.
/// The past may end in `(ا)` (`أكد(ا) يؤكد مؤكد`): the opt-in for the masculine dual فعلا of a
/// sound three-letter verb, which is left out by default because it is most often spelled as
/// the verb's accusative verbal noun (وصفًا، شكرًا، ذكرًا); written where the corpus shows the
/// dual is the verb (أكدا، شددا). Every other dual (أكدتا، يؤكدان، تؤكدان، أوضحا، قالا) is always generated.
/// Clitics (و ف س) are added by the matcher, as for every pattern; spelling variants
/// (alef forms, ى/ي, ة/ه, diacritics) are folded as in every pattern.
public enum Lemma {
    /// Every form of a lemma, in a stable order without repeats; an error message when the
    /// principal parts cannot be read.
    public static func forms(_ spec: String) -> Result<[String], LemmaError> {
        var parts = spec.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\t" }).map(String.init)
        // the dual opt-in: أكد(ا)
        var dual = false
        if let first = parts.first, first.hasSuffix(dualMark) {
            dual = true
            parts[0] = String(first.dropLast(dualMark.count))
        }
        guard parts.count == 2 || parts.count == 3 else {
            return .failure(LemmaError("a lemma is its past, its present and (optionally) its participle, e.g. 'أكد يؤكد مؤكد'; got \(parts.count) part(s) in '\(spec)'"))
        }
        let past = Array(parts[0].unicodeScalars.filter { !isDiacritic($0) })
        let present = parts[1] == "-" ? nil : Array(parts[1].unicodeScalars.filter { !isDiacritic($0) })
        let participle = parts.count == 3 && parts[2] != "-" ? Array(parts[2].unicodeScalars.filter { !isDiacritic($0) }) : nil
        guard past.count >= 2, past.allSatisfy(Arabic.isLetter) else {
            return .failure(LemmaError("the past '\(parts[0])' of lemma '\(spec)' must be an Arabic word of two letters or more"))
        }
        if let present, present.count < 3 || !present.allSatisfy(Arabic.isLetter) || present[0] != ya {
            return .failure(LemmaError("the present '\(parts[1])' of lemma '\(spec)' must be its third person masculine, starting with ي (يقول، يؤكد), or '-' for none"))
        }
        if let p = participle, p.count < 2 || !p.allSatisfy(Arabic.isLetter) {
            return .failure(LemmaError("the participle '\(parts[2])' of lemma '\(spec)' must be an Arabic word, or '-' for none"))
        }
        var out: [String] = []
        var seen = Set<String>()
        func add(_ s: [Unicode.Scalar]) {
            // a one-letter remnant (the jussive of a short verb) is no word to match
            guard s.count >= 2 else { return }
            var str = ""
            str.unicodeScalars.append(contentsOf: s)
            if seen.insert(str).inserted { out.append(str) }
        }
        let (ta, alef, waw, nun): (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (Arabic.ta, Arabic.alef, Arabic.waw, Arabic.nun)
        let yaEnd: Set<Unicode.Scalar> = [ya, alefMaqsura]
        // a sound three-letter past, whose masculine dual is left out unless the lemma opts in
        let sound3 = past.count == 3 && past[1] != alef && past[1] != waw && past[1] != ya && past[2] != alef && !yaEnd.contains(past[2])
        if dual && !sound3 {
            return .failure(LemmaError("'\(dualMark)' on the past '\(parts[0])' of lemma '\(spec)': its masculine dual is always generated but for a sound three-letter past (أكد(ا)); remove '\(dualMark)'"))
        }
        // the past: he, she, they two (m., f.), they (m., f.)
        let pl = past.last!
        if pl == alef {
            // دعا: دعت، دعتا، دعوا
            let s = Array(past.dropLast())
            add(past); add(s + [ta]); add(s + [ta, alef]); add(s + [waw, alef])
        } else if yaEnd.contains(pl) {
            // نفى: نفت، نفتا، نفيا، نفوا، نفين
            let s = Array(past.dropLast())
            add(past); add(s + [ta]); add(s + [ta, alef]); add(s + [waw, alef]); add(s + [ya, nun])
            // the dual نفيا of a three-letter verb is spelled as its verbal noun (نفيًا، رأيًا)
            if past.count > 3 { add(s + [ya, alef]) }
        } else {
            add(past); add(past + [ta])
            // the dual فعلا of a sound three-letter verb is spelled as its verbal noun in the
            // accusative (وصفًا، شكرًا، ذكرًا): left out, the plural and feminine dual kept, unless
            // the lemma opts in with (ا) (أكد(ا): أكدا is the verb)
            if !sound3 || dual { add(past + [alef]) }
            add(past + [ta, alef]); add(past + [waw, alef]); add(past + [nun])
        }
        // the present: he, she, they two, they (m., f.), the subjunctive and jussive plural,
        // and the jussive of defective verbs (لم ينف، لم ير)
        if let present {
        let b = Array(present.dropFirst())
        // لام التعليل before the subjunctive: ليقول، لتؤكد (عاد ليؤكد أن ...)
        add([lam, ya] + b); add([lam, ta] + b)
        let bl = b.last!
        if bl == ya || bl == alefMaqsura || bl == waw {
            let c = Array(b.dropLast())
            let dual: [Unicode.Scalar] = bl == alefMaqsura ? c + [ya, alef, nun] : b + [alef, nun]
            add([ya] + b); add([ta] + b); add([ya] + dual); add([ta] + dual)
            add([ya] + c + [waw, nun]); add([ya] + c + [waw, alef])
            add(bl == waw ? [ya] + b + [nun] : [ya] + c + [ya, nun])
            add([ya] + c); add([ta] + c)
        } else {
            add([ya] + b); add([ta] + b); add([ya] + b + [alef, nun]); add([ta] + b + [alef, nun])
            add([ya] + b + [waw, nun]); add([ya] + b + [waw, alef]); add([ya] + b + [nun])
            // the shortened jussive of a hollow verb (يقول، لم يقل) is not generated: alone it is
            // another verb (لا تقل عن "not less than", ترد "arrives"); a rule that needs it writes
            // it after its particle (لم يقل)
        }
        }
        // the participle as an adverbial accusative (حال): مؤكدًا، مؤكدةً، مؤكدين. Its bare and
        // nominative forms are mostly nouns and adjectives (متحدث، مقترح، مبلغ، مؤكد "certain"),
        // so they are not generated.
        // The masculine plural's ين is also the masculine dual's (مؤكدَين); the feminine dual is
        // مؤكدتين، داعيتين. The feminine plural in ات is left out: it is most often the noun
        // (مطالبات "demands", مضيفات "hostesses").
        if let m = participle {
            if m.last == ya {
                let c = Array(m.dropLast())
                add(m + [alef]); add(m + [taMarbuta]); add(c + [ya, nun]); add(m + [ta, ya, nun])
            } else {
                add(m + [alef]); add(m + [taMarbuta]); add(m + [ya, nun]); add(m + [ta, ya, nun])
            }
        }
        return .success(out)
    }

    /// Which forms of a lemma take an attached object pronoun (ه، ها، هم، هما، هن، ك، كم، ني، نا),
    /// as a rule's `object_pronouns:` asks: `اعتبره`، `وصفته`، `يرونه`، `أبلغهم`.
    public struct ObjectPronouns: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The past of the third person masculine singular itself (اعتبره، أبلغه). Left out when
        /// that form is also a noun with a possessive (وصفه "his description", طالبه "his student").
        public static let barePast = ObjectPronouns(rawValue: 1)
        /// The other persons of the past: she, they (وصفته، اتهموه).
        public static let past = ObjectPronouns(rawValue: 2)
        /// The present: he, she, they two, they, the subjunctive plural, ل + subjunctive
        /// (يصفها، تتهمه، يرونه، يصفانه، لن يصفوه، ليبلغهم).
        public static let present = ObjectPronouns(rawValue: 4)
        /// The names written in a rule's `object_pronouns:` list.
        public static let names: [(String, ObjectPronouns)] = [("bare_past", .barePast), ("past", .past), ("present", .present)]
    }

    /// The attached object pronouns, in the order they are generated.
    static let objectSuffixes: [[Unicode.Scalar]] = Arabic.objectPronounSuffixes.map { Array($0.unicodeScalars) }

    /// The forms of a lemma with an attached object pronoun, for the tenses asked for — and
    /// only those (the plain forms are the verb's own rule). An error when the principal parts
    /// cannot be read, or a tense is asked for that the lemma leaves out.
    public static func objectForms(_ spec: String, _ tenses: ObjectPronouns) -> Result<[String], LemmaError> {
        if case .failure(let e) = forms(spec) { return .failure(e) }
        let parts = spec.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\t" }).map(String.init)
        // the dual opt-in (ا) marks the plain forms only: the dual's object forms are the plural's stem
        let pastWord = parts[0].hasSuffix(dualMark) ? String(parts[0].dropLast(dualMark.count)) : parts[0]
        let past = Array(pastWord.unicodeScalars.filter { !isDiacritic($0) })
        let present = parts[1] == "-" ? nil : Array(parts[1].unicodeScalars.filter { !isDiacritic($0) })
        if tenses.contains(.present) && present == nil {
            return .failure(LemmaError("object pronouns on the present of '\(spec)', which has none: write its present (يعتبر) or leave 'present' out of object_pronouns"))
        }
        let (ta, alef, waw, nun): (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (Arabic.ta, Arabic.alef, Arabic.waw, Arabic.nun)
        // the stems a pronoun is glued to
        var stems: [[Unicode.Scalar]] = []
        let pl = past.last!
        let weakPast = pl == alef || pl == ya || pl == alefMaqsura
        let pastStem = weakPast ? Array(past.dropLast()) : past
        if tenses.contains(.barePast) {
            // نفى → نفاه، دعا → دعاه
            stems.append(weakPast ? pastStem + [alef] : past)
        }
        if tenses.contains(.past) {
            // she: وصفته، نفته؛ they: وصفوه، نفوه (the alef of وا drops before a pronoun)
            stems.append(pastStem + [ta]); stems.append(pastStem + [waw])
        }
        if tenses.contains(.present), let present {
            let b = Array(present.dropFirst())
            let bl = b.last!
            // يرى → يراه; ينفي → ينفيه; يدعو → يدعوه
            let one = bl == alefMaqsura ? Array(b.dropLast()) + [alef] : b
            let c = bl == alefMaqsura || bl == ya || bl == waw ? Array(b.dropLast()) : b
            let dual: [Unicode.Scalar] = bl == alefMaqsura ? c + [ya, alef, nun] : b + [alef, nun]
            stems.append([ya] + one); stems.append([ta] + one)
            stems.append([lam, ya] + one); stems.append([lam, ta] + one)
            stems.append([ya] + dual); stems.append([ta] + dual)
            stems.append([ya] + c + [waw, nun]); stems.append([ya] + c + [waw])
        }
        // the bare past + نا is also the first person plural (اعتبرنا "we considered"): left out
        let bareStem: [Unicode.Scalar]? = tenses.contains(.barePast) ? stems.first : nil
        let na: [Unicode.Scalar] = [nun, alef]
        var out: [String] = []
        var seen = Set<String>()
        for stem in stems {
            for sfx in objectSuffixes where !(sfx == na && stem == bareStem) {
                var str = ""
                str.unicodeScalars.append(contentsOf: stem + sfx)
                if seen.insert(str).inserted { out.append(str) }
            }
        }
        return .success(out)
    }

    /// A pattern with its `{past/present/participle}` words replaced by the alternation of
    /// their forms (`{قال/يقول/قائل} إن` → `قال|قالت|... إن`).
    public static func expand(pattern: String) -> Result<String, LemmaError> {
        guard pattern.contains("{") else { return .success(pattern) }
        var words: [String] = []
        for word in pattern.split(separator: " ", omittingEmptySubsequences: true) {
            var alternatives: [String] = []
            for alt in word.split(separator: "|", omittingEmptySubsequences: false) {
                if alt.hasPrefix("{") {
                    guard alt.hasSuffix("}"), alt.count > 2 else {
                        return .failure(LemmaError("'\(alt)' in pattern '\(pattern)': a lemma in a pattern is written {past/present/participle}"))
                    }
                    switch forms(String(alt.dropFirst().dropLast())) {
                    case .success(let f): alternatives += f
                    case .failure(let e): return .failure(e)
                    }
                } else if alt.contains("{") || alt.contains("}") {
                    return .failure(LemmaError("'\(alt)' in pattern '\(pattern)': a lemma in a pattern is a whole word, {past/present/participle}"))
                } else {
                    alternatives.append(String(alt))
                }
            }
            words.append(alternatives.joined(separator: "|"))
        }
        return .success(words.joined(separator: " "))
    }

    /// The opt-in for the masculine dual of a sound three-letter past, written after it: أكد(ا).
    public static let dualMark = "(ا)"
    static let ya: Unicode.Scalar = Arabic.ya
    static let lam: Unicode.Scalar = Arabic.lam
    static let alefMaqsura: Unicode.Scalar = Arabic.alefMaqsura
    static let taMarbuta: Unicode.Scalar = Arabic.taMarbuta
    static func isDiacritic(_ s: Unicode.Scalar) -> Bool { (0x064B...0x0652).contains(s.value) || s.value == 0x0640 || s.value == 0x0670 }
}

/// Why the principal parts of a lemma could not be read.
public struct LemmaError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
