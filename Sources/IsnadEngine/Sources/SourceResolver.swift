import IsnadModel
import IsnadText
import IsnadRules

/// A source phrase found in a unit, before it is resolved against the article's roster.
public struct SourcePhrase: Sendable, Equatable {
    /// Folded half-open range of the phrase.
    public var start: Int
    public var end: Int
    /// Indexes of its word tokens.
    public var words: [Int]
    public var kind: SourceKind
    /// Whether the phrase is a definite description (المسؤول، الصحيفة، التقرير) that refers back.
    public var refersBack: Bool
    /// The words used to match later mentions: a hash of each word's consonant skeleton
    /// (clitics stripped; see `SourceResolver.key`), for words of two letters or more.
    public var key: [UInt64]
    /// Whether the phrase is a group followed by its named members (مسؤولون من بينهم ...).
    public var namesMembers = false
    /// The outlet the speaker told it to, when the phrase stops at one glued to the
    /// preposition ل (`الوزير لوكالة الأناضول`, `المتحدث لرويترز`): the statement's via.
    public var toldTo: ToldOutlet? = nil
    /// The same, when the outlet told is unnamed (`الوزير لصحيفة محلية`, `لوسائل إعلام محلية`):
    /// no via, but a second, anonymous source the statement rests on (SOURCING.md, anonymous:
    /// unnamed outlets, with no via; a chain is as strong as its weakest link).
    public var toldUnnamed: ToldOutlet? = nil
    /// Whether the phrase is headed by a plural group noun (الخبراء، المسؤولون): it can point
    /// back to a group, never to one named person.
    public var isGroup = false
    /// For a phrase opened by a title or a role (الأمين العام للهيئة إحسان طيب، المتحدث باسم
    /// الوزارة): the key of the words before the holder's name, and whether a name follows them.
    /// A title named later with its holder is the same source as the title met alone before.
    public var titleKey: [UInt64] = []
    public var named = false
    /// Whether the phrase is `named` under words that hold a title (عضو مجلس الشورى الدكتور فلان،
    /// الخبير العسكري العميد فلان) — not under a role alone, whose words after it are as often no
    /// name (مسؤول بالشرطة رفض الإفصاح، مسؤول أمريكي أطلعه مسؤول أجنبي، نفى المسؤول وجود علاقة).
    public var holderNamed = false
    /// Whether the phrase names one member of a group (أحد سكان المنطقة عبدالله الفريح): a
    /// group word before the name, and a name of one to three words no rule knows (not أحد
    /// المسافرين مشكلة أخرى, whose أخرى is a qualifier).
    public var namedMember = false
    /// Whether the phrase is a title and nothing else (الأمين العام لهيئة الإغاثة الإسلامية).
    public var untitled = false
    /// The key of the name after the first بن / ابن (محمد بن نايف → نايف): a father's name tells
    /// two people of one first name apart.
    public var lineage: UInt64? = nil
    /// The key of the phrase's first word when it is a generic noun of a body (وزارة، شركة،
    /// جامعة: `Arabic.bodyHeadNouns`): what a definite one alone may refer back to (see
    /// `SourceRoster.resolve`).
    public var bodyHead: UInt64? = nil
    /// Whether the phrase is a document headed by a normative text's noun (القانون الدولي، الدستور:
    /// `Arabic.normativeTextHeads`), or a body's bulletin (النشرة الإحصائية): a definite one never
    /// points back to an outlet (`resolve`).
    public var normativeText = false
    /// Whether the phrase is a source's noun said to be the same as one met before (المصدر نفسه،
    /// المصدر ذاته، نفس المصدر: `Arabic.sameSourceNouns`) — not a title's reflexive (الرئيس نفسه):
    /// with no word shared it points back to the nearest speaker in the text (`SourceRoster.resolve`).
    public var sameMention = false
}

/// An outlet named right after a speaker with the preposition ل (`لوكالة الأناضول`):
/// the speaker's words reach the article through it.
public struct ToldOutlet: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var words: [Int]
    public var key: [UInt64]
    /// The outlet as a source phrase of its own.
    public var phrase: SourcePhrase { SourcePhrase(start: start, end: end, words: words, kind: .outlet, refersBack: false, key: key) }
    /// An unnamed outlet as the anonymous source of its own.
    public var anonymousPhrase: SourcePhrase { SourcePhrase(start: start, end: end, words: words, kind: .anonymous, refersBack: false, key: key) }
}

/// Reads source phrases out of a unit and keeps the article's roster of sources,
/// so later mentions (المسؤول، الصحيفة، نيلسون) resolve to the source already introduced.
public struct SourceResolver: Sendable {
    let rules: [Rule]
    /// A source phrase has at most this many words.
    public var maxWords = 12

    /// The first words of the pack's groups, roles and anonymous sources (`groupHeadWords`).
    let groupHeads: WordSet

    /// `groupHeads` is the pack's (`groupHeadWords`), built once per pack by the auditor; it is
    /// built here when not given (a resolver of its own, in tests).
    init(rules: [Rule], groupHeads: WordSet? = nil) { self.rules = rules; self.groupHeads = groupHeads ?? Self.groupHeadWords(rules) }
    public init(rules: [Rule]) { self.init(rules: rules, groupHeads: nil) }

    /// The words that open a pattern of a group, a role or an anonymous source (سكان، أهالي، بعض،
    /// مسؤول، مصادر), folded, as written and without an article written out (الصحف → صحف): the
    /// lexicon that tells a و or ف glued on a group's word (وسكان، وأهالي، والسكان) from one that
    /// is the word's own first letter (وزراء، وكلاء، وسائل).
    static func groupHeadWords(_ rules: [Rule]) -> WordSet {
        var out: [[Unicode.Scalar]] = []
        let article = [Arabic.alef, Arabic.lam]
        for r in rules where !r.disabled && [.collective, .role, .anonymous].contains(r.kind) {
            for p in r.patterns {
                guard let first = p.split(separator: " ").first else { continue }
                for alt in first.filter({ !"[]=".contains($0) }).split(separator: "|") where !alt.contains("*") && !alt.contains("{") {
                    let w = Normalizer.foldedScalars(String(alt))
                    guard w.count >= 2 else { continue }
                    out.append(w)
                    if w.count > 4 && w.starts(with: article) { out.append(Array(w.dropFirst(2))) }
                }
            }
        }
        return WordSet(out)
    }

    /// Where a phrase whose first word is a group's, a role's or an anonymous source's begins in
    /// that word: after a و or ف glued on it (وسكان الحي، وأهالي القرية، والمشاركون، وبعض
    /// المحللين) when the word without it, bare or without its article, opens such a rule's
    /// pattern and the word as written opens none (وزراء، وكلاء، وسائل الإعلام keep their first
    /// letter) — the source is the group, not the conjunction (SOURCING.md, Sources). Nil otherwise.
    /// The same for a preposition ب / ك / ل glued on the group's word, after a glued و or ف or alone
    /// (التقى الوزير بعدد من المواطنين الذين أكدوا → «عدد من المواطنين»; not بعض، كبار, whose
    /// first letter is their own): the source is the group, not the preposition.
    func afterGluedConjunction(_ a: ArticleText, _ w: Int, cues: TokenCues) -> Int? {
        let l = a.tokens.letters(w)
        guard l.count >= 4 else { return nil }
        // (a rule's cue covers the word with a glued و or ف; with a preposition it may not — عدد من
        // takes no ب — and the word without it opening a group's pattern is the test)
        let covered = cues.covered(w).intersects([.collective, .role, .anonymous])
        var n = 0
        if covered, !groupHeads.contains(l), let f = l.first, f == Arabic.waw || f == Arabic.faa {
            n = 1
            let rest = l.dropFirst()
            let bare = Self.isDefinite(rest) ? rest.dropFirst(2) : rest
            if !(groupHeads.contains(rest) || groupHeads.contains(bare)) { n = 0 }
        }
        if n == 0 {
            var p = 0
            if let f = l.first, f == Arabic.waw || f == Arabic.faa { p = 1 }
            // (not ل before the article, whose alef it drops: للمواطنين)
            guard l.count - p >= 4, Self.gluedPrepositions.contains(l[l.startIndex + p]) else { return nil }
            let rest = l.dropFirst(p + 1)
            // (the pack writes some such words whole, لعدد، بعدد، لكثير: the word without the
            // preposition opening a pattern too is the test, which بعض، كبار fail)
            guard !Self.isDefinite(rest) || l[l.startIndex + p] != Arabic.lam,
                  groupHeads.contains(rest) || (Self.isDefinite(rest) && groupHeads.contains(rest.dropFirst(2))) else { return nil }
            n = p + 1
        }
        // (the clitics as written, one letter each and any marks on them: وَسكان)
        let t = a.tokens[w]
        guard t.end > t.start + n else { return nil }
        return t.start + n
    }
    static let gluedPrepositions: [Unicode.Scalar] = [Arabic.baa, Arabic.kaf, Arabic.lam]

    /// A number or a percentage of a group opening a source phrase, at position `i` of `words`:
    /// «نحو» / «حوالي» / «قرابة» / «زهاء» or «نسبة» before it taken in, the number in digits, a
    /// percent sign or «في المئة» / «بالمئة» after it, من, and a group — a word a collective or
    /// anonymous cue covers, or a plural in ين / ون — with the words the group's own phrase takes
    /// (وقال 60% من المستطلعين، ويرى 70 بالمئة من الأمريكيين، وقال 12 من الأعضاء): part of an
    /// unidentified group, anonymous (SOURCING.md, anonymous: `12 من الأعضاء`), its source the
    /// whole phrase (SOURCING.md, Sources: "at its fullest mention"). Nil otherwise.
    func numberedGroup(in a: ArticleText, unit: Int, words: [Int], at i: Int, cues: TokenCues) -> SourcePhrase? {
        var n = i
        func clean(_ x: Int, _ y: Int) -> Bool { !a.tokens[words[y]].afterBreak && !hasPunctBetween(a, words[x], words[y]) }
        if n + 1 < words.count, Self.isAmong(a.tokens.letters(words[n]), Self.beforeNumberLetters), clean(n, n + 1) { n += 1 }
        let num = a.tokens.letters(words[n])
        guard !num.isEmpty, num.allSatisfy({ Segmenter.isDigit($0) }), n + 1 < words.count else { return nil }
        // (a decimal's fraction, split off by its point: 87.5 في المائة من المواطنين)
        if n + 2 < words.count, words[n + 1] == words[n] + 2, isDecimalPart(a, words[n]), isDecimalPart(a, words[n + 1]) { n += 1 }
        var q = n + 1
        // (only a percent sign may stand between the number and what follows it)
        guard !a.tokens[words[q]].afterBreak else { return nil }
        for t in (words[n] + 1)..<words[q] where a.tokens[t].kind == .punct && !Arabic.percentSigns.contains(where: { a.tokens[t].is($0) }) { return nil }
        if a.tokens.letters(words[q]).elementsEqual(Self.fiLetters), q + 1 < words.count, clean(q, q + 1),
           Self.isAmong(a.tokens.letters(words[q + 1]), Self.percentWordLetters) { q += 2 }
        else if Self.isAmong(a.tokens.letters(words[q]), Self.percentWordLetters) { q += 1 }
        guard q + 1 < words.count, q > n + 1 ? clean(q - 1, q) : true, clean(q, q + 1),
              a.tokens.letters(words[q]).elementsEqual(Self.partOfLetters) else { return nil }
        let head = a.tokens.letters(words[q + 1])
        guard cues.covered(words[q + 1]).intersects([.collective, .anonymous])
                || Arabic.endsInPluralYn(head, count: 5) || Arabic.endsInPluralWn(head, count: 5),
              let rest = phrase(in: a, unit: unit, words: words, from: q + 1, cues: cues, skipAdverbs: false),
              rest.words.first == words[q + 1] else { return nil }
        let span = Array(words[i...q]) + rest.words
        var ph = SourcePhrase(start: a.tokens[words[i]].start, end: rest.end, words: span, kind: .anonymous, refersBack: false, key: key(a, span))
        ph.isGroup = true
        return ph
    }
    /// Whether word `t` is a number in digits.
    func isNumber(_ a: ArticleText, _ t: Int) -> Bool {
        let l = a.tokens.letters(t)
        return !l.isEmpty && l.allSatisfy { Segmenter.isDigit($0) }
    }
    /// Whether the number at position `i` of `words` counts a group or a role named right after
    /// it, with no break or punctuation between (3 مسؤولين، 12 نائبا، خمسة … in digits): a word a
    /// group, anonymous, role or title cue covers, or a plural in ين / ون.
    func countsGroup(_ a: ArticleText, _ words: [Int], _ i: Int, cues: TokenCues) -> Bool {
        guard i + 1 < words.count, !a.tokens[words[i + 1]].afterBreak, !hasPunctBetween(a, words[i], words[i + 1]) else { return false }
        let next = words[i + 1], l = a.tokens.letters(next)
        return cues.covered(next).intersects([.collective, .anonymous, .role, .title, .organization])
            || Arabic.endsInPluralYn(l, count: 5) || Arabic.endsInPluralWn(l, count: 5)
            // a count of bodies or states (ونددت 19 منظمة غير حكومية، وتشترط 64 دولة): a source,
            // named or anonymous as the noun says; a number and a Levantine month is a bloc's name
            // (14 آذار تدعو) — mends39
            || Self.bodyHeadNoun(l) != nil
            || Self.countedStateLetters.contains { $0.elementsEqual(l) }
            || Self.levantineMonthLetters.contains { $0.elementsEqual(l) }
    }
    static let countedStateLetters = Arabic.countedStateNouns.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let levantineMonthLetters = Arabic.levantineMonths.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// Whether word `t` is a number in digits that a decimal point or comma joins, with no space,
    /// to digits before or after it (0.41، 3,5، ٢٫٥): one amount the tokenizer split in two.
    func isDecimalPart(_ a: ArticleText, _ t: Int) -> Bool {
        func digits(_ w: Int) -> Bool {
            w >= 0 && w < a.tokens.count && a.tokens[w].kind == .word && !a.tokens.letters(w).isEmpty
                && a.tokens.letters(w).allSatisfy { Segmenter.isDigit($0) }
        }
        func point(_ p: Int) -> Bool {
            p > 0 && p + 1 < a.tokens.count && a.tokens[p].kind == .punct
                && Self.decimalMarks.contains { a.tokens[p].is($0) }
                && a.tokens[p - 1].end == a.tokens[p].start && a.tokens[p].end == a.tokens[p + 1].start
        }
        guard digits(t) else { return false }
        return (point(t + 1) && digits(t + 2)) || (point(t - 1) && digits(t - 2))
    }
    static let decimalMarks = Arabic.decimalMarks
    /// Whether a percent sign or a percent word (في المائة، بالمئة) follows the number at position
    /// `i` of `words` and its decimal fraction, if any.
    func isPercentAfter(_ a: ArticleText, _ words: [Int], _ i: Int) -> Bool {
        var j = i
        if j + 1 < words.count, words[j + 1] == words[j] + 2, isDecimalPart(a, words[j + 1]) { j += 1 }
        let end = j + 1 < words.count ? words[j + 1] : a.tokens.count
        for t in (words[j] + 1)..<min(end, a.tokens.count) where a.tokens[t].kind == .punct {
            if Arabic.percentSigns.contains(where: { a.tokens[t].is($0) }) { return true }
        }
        guard j + 1 < words.count else { return false }
        let w = a.tokens.letters(words[j + 1])
        if Self.isAmong(w, Self.percentWordLetters) { return true }
        return j + 2 < words.count && w.elementsEqual(Self.fiLetters) && Self.isAmong(a.tokens.letters(words[j + 2]), Self.percentWordLetters)
    }
    static let fiLetters = Normalizer.foldedScalars(Arabic.fi)
    static let partOfLetters = Normalizer.foldedScalars(Arabic.partOf)
    static let percentWordLetters = Arabic.percentWords.map { Normalizer.foldedScalars($0) }
    static let beforeNumberLetters = (Arabic.aboutWords + [Arabic.shareWord]).map { Normalizer.foldedScalars($0) }

    /// Cues that end a source phrase. (No `anonymityBasis`: a basis of knowledge often opens
    /// the source's own words, والد الشهيد، أقارب المفقودين, and would leave the phrase empty;
    /// the own-story noun that ends one, روى لاجئ سوري حكايته, is a `stop` rule of its own.)
    static let stopKinds: CueKinds = [.stop, .complement, .told, .report, .relay, .according, .denial, .noComment, .hedge, .passive, .anonymity, .anonymityReason, .pronoun, .ownVoice]
    /// Cues that can be part of a source's name.
    static let namePartKinds: CueKinds = [.outlet, .outletHead, .organization, .role, .collective, .title, .anonymous, .documentHead]

    /// What the tokens of a unit are, by the kinds of the cues that start at or cover them.
    /// Arrays indexed by token, relative to the unit's first token; tokens outside the unit have no cues.
    /// The cues of one unit by token: which kinds start at and cover each token, and the
    /// matches starting at each. One table serves every unit of an article in turn
    /// (`load`), so judging a unit allocates nothing here.
    public struct TokenCues: Sendable {
        /// The tokens of the unit loaded last; tokens outside it have no cues.
        private(set) var tokens: Range<Int> = 0..<0
        /// The unit's matches ordered by first token, and for each of its tokens (counted from
        /// the unit's first) the range of those starting there. The per-token tables are as long
        /// as the longest unit loaded, not the article: 24 bytes a token of the article otherwise.
        var byStart: [CueMatch] = []
        var startRange: [Range<Int32>] = []
        var startKinds: [CueKinds] = []
        var coveredKinds: [CueKinds] = []

        /// An empty table (`load` fills it for a unit).
        init() {}

        /// Token `t`'s place in the per-token tables; nil outside the unit loaded.
        @inline(__always) func local(_ t: Int) -> Int? { tokens.contains(t) ? t - tokens.lowerBound : nil }
        /// The kinds of the cues that start at token `t`.
        func kinds(at t: Int, _ rules: [Rule]) -> CueKinds { local(t).map { startKinds[$0] } ?? CueKinds() }
        /// The kinds of the cues that cover token `t`.
        func covered(_ t: Int) -> CueKinds { local(t).map { coveredKinds[$0] } ?? CueKinds() }
        func has(_ k: CueKind, at t: Int, _ rules: [Rule]) -> Bool { kinds(at: t, rules).contains(k) }
        /// The matches that start at token `t`.
        func starting(at t: Int) -> ArraySlice<CueMatch> {
            guard let l = local(t) else { return [] }
            let r = startRange[l]
            return byStart[Int(r.lowerBound)..<Int(r.upperBound)]
        }
        func longest(_ k: CueKinds, at t: Int, _ rules: [Rule]) -> CueMatch? {
            var best: CueMatch? = nil
            for m in starting(at: t) where k.contains(rules[m.rule].kind) && (best.map { m.end > $0.end } ?? true) { best = m }
            return best
        }

        /// Makes the table describe the unit whose tokens are `range` and whose matches are `matches`.
        mutating func load(_ matches: ArraySlice<CueMatch>, tokens range: Range<Int>, rules: [Rule]) {
            let previous = tokens.count
            tokens = range
            let lo = range.lowerBound
            if startRange.count < range.count {
                let more = range.count - startRange.count
                startRange.append(contentsOf: repeatElement(0..<0, count: more))
                startKinds.append(contentsOf: repeatElement(CueKinds(), count: more))
                coveredKinds.append(contentsOf: repeatElement(CueKinds(), count: more))
            }
            byStart.removeAll(keepingCapacity: true)
            // room for all of them at once: grown by appending, the table would be reallocated
            // several times for a long unit
            if byStart.capacity < matches.count { byStart.reserveCapacity(matches.count) }
            var sorted = true
            for m in matches where range.contains(m.firstToken) {
                if let l = byStart.last, l.firstToken > m.firstToken { sorted = false }
                byStart.append(m)
            }
            // matches come ordered by start, hence by first token
            if !sorted { byStart.sort { $0.firstToken < $1.firstToken } }
            // the previous unit's entries go back to empty, then this unit's are filled
            for t in 0..<previous { startRange[t] = 0..<0; startKinds[t] = CueKinds(); coveredKinds[t] = CueKinds() }
            var i = 0
            while i < byStart.count {
                let first = byStart[i].firstToken, t = first - lo
                var j = i
                while j < byStart.count && byStart[j].firstToken == first {
                    let m = byStart[j]
                    let k = CueKinds(rules[m.rule].kind)
                    startKinds[t].formUnion(k)
                    for u in m.firstToken..<min(max(m.firstToken + 1, m.nextToken), range.upperBound) { coveredKinds[u - lo].formUnion(k) }
                    j += 1
                }
                startRange[t] = Int32(i)..<Int32(j)
                i = j
            }
        }
    }

    /// The cues of a unit whose tokens are `tokens` (a table of its own; `TokenCues.load`
    /// reuses one for a whole article).
    public func cues(_ matches: ArraySlice<CueMatch>, tokens: Range<Int>) -> TokenCues {
        var c = TokenCues()
        c.load(matches, tokens: tokens, rules: rules)
        return c
    }

    /// The phrase that starts at word position `from` of `words` (indexes into `a.tokens`),
    /// ending before punctuation, a stop word, a complementiser or another cue.
    /// `startOffset` lets the phrase begin inside its first token (after a proclitic).
    public func phrase(in a: ArticleText, unit: Int, words: [Int], from: Int, startOffset: Int? = nil,
                       cues: TokenCues, skipAdverbs: Bool = true, quotedName: Bool = false, afterAccording: Bool = false) -> SourcePhrase? {
        var i = from
        // adverbs between the verb and its subject
        if skipAdverbs {
            while i < words.count, cues.has(.adverb, at: words[i], rules), let m = cues.longest([.adverb], at: words[i], rules) {
                var j = i
                while j < words.count && words[j] < m.nextToken { j += 1 }
                i = j
            }
        }
        guard i < words.count else { return nil }
        // a verb right after the adverbs skipped opens a clause of its own (وبين أنه بذلك يصبح
        // عدد المستفيدين): no subject here
        if i > from && cues.has(.verb, at: words[i], rules) && !cues.covered(words[i]).intersects(Self.namePartKinds) { return nil }
        // a pronoun or demonstrative (هو، هؤلاء المسؤولون) points back
        var pointsBack = false
        if cues.has(.pronoun, at: words[i], rules) {
            pointsBack = true; i += 1
            // 'تلك كانت ...' — a demonstrative before a verb is the content, not a subject
            if i < words.count && cues.has(.verb, at: words[i], rules) { return nil }
        }
        guard i < words.count else { return nil }
        // the relative ما after 'according to' (وفقا لما كشفه لـ«عكاظ» مسؤول، وفق ما أعلنته الوزارة،
        // طبقا لما أفادت به مصادر) opens a clause: the source is the subject after its verb (and
        // after the به / بها that takes ما up), or none (وفقا لما يلي:) — never «ما كشفه»
        // — when a rule reads the word after ما as speech (a report, a relay, according.hasabama's
        // verbs): not وفق ما حددتها الخريطة, حسب ما تمليه العقيدة, nor هو / هي (وفق ما هو معلن), a
        // passive (حسب ما تم عرضه) or كان (فحسب ما كان ينبغي)
        if afterAccording && isRelativeMa(a, words[i], glued: startOffset != nil) {
            var j = i + 2
            guard j < words.count, cues.covered(words[i + 1]).intersects([.report, .relay, .according, .denial, .outletHead]),
                  !Self.isAmong(a.tokens.letters(words[i + 1]), Self.noSpeakerAfterMaLetters) else { return nil }
            if Self.resumptiveLetters.contains(where: { $0.elementsEqual(a.tokens.letters(words[j])) }) { j += 1 }
            guard j < words.count, !(i + 1..<j).contains(where: { a.tokens[words[$0]].afterBreak || hasPunctBetween(a, words[$0 - 1], words[$0]) }),
                  (!a.tokens[words[j]].afterBreak && !hasPunctBetween(a, words[j - 1], words[j])) || onlyQuotesBetween(a, words[j - 1], words[j])
            else { return nil }
            // (a name in quotation marks right after the verb: وفقا لما تقوله «بيلد»)
            let quoted = (words[j - 1] + 1..<words[j]).contains { a.tokens[$0].kind == .punct && a.tokens[$0].is("\"") }
            return phrase(in: a, unit: unit, words: words, from: j, cues: cues, skipAdverbs: true, quotedName: quoted)
        }
        // the preposition ل standing alone before an outlet opens who it was told to, not the
        // subject: the speaker follows the outlet's name (أكد ذلك لـ«عكاظ» عضو اللجنة فلان، كما
        // يقول لـ«الشرق الأوسط» المحلل فلان) — ذلك there is the verb's object, pointing nowhere —
        // or stands before the verb (القاضي فلان أكد من جانبه لـ«الشرق الأوسط» أنه): no phrase here
        if startOffset == nil && Self.isLoneLam(a.tokens.letters(words[i])) {
            return toldThenSpeaker(in: a, unit: unit, words: words, lam: i, cues: cues)
        }
        // a subject never starts with a preposition glued to the article (للتركيز، بالرد، بقوله),
        // nor with a detached object pronoun (واصفا إياها بالخطوة، حاثًا إياهم على)
        if startOffset == nil && Self.isPrepositional(a.tokens.letters(words[i])) { return nil }
        if Self.isAmong(a.tokens.letters(words[i]), Self.objectPronounLetters) { return nil }
        // nor with a first-person pronoun (أنا مقتنع ببراءتي، ويضيف أنا لا أحبذ): the speaker of the
        // quotation it stands in, who is named before it
        if Self.isAmong(a.tokens.letters(words[i]), Self.firstPersonLetters) { return nil }
        // nor with a verbal noun that carries a possessive pronoun and that no rule reads as a
        // title, a role, a group or a quantifier: it is the object of a verb whose subject is
        // dropped or stands before it (وأوضحت امتلاكهم حسابات، وأبدى استعداده للتعاون)
        if startOffset == nil && !quotedName, Self.isPossessedVerbalNoun(a.tokens.letters(words[i])),
           !cues.covered(words[i]).intersects(Self.namePartKinds.union([.qualifier, .pronoun, .members, .role])) { return nil }
        // nor with a word whose tanween fath marks it accusative (واعتبرتها إسهاماً، وأضاف مخاطبًا
        // الحضور، يأملون دائمًا أن): the verb's second object, a circumstantial or an adverb — a
        // subject after its verb is nominative. Only after a word of the unit that is no
        // complementiser: after إن / أن the accusative is the subject's own case (أن مسؤولاً أكد)
        if i > 0, !cues.has(.complement, at: words[i - 1], rules), hasTanweenFath(a, words[i]) { return nil }
        // a number or a percentage of a group (وقال 60% من المستطلعين إن، ويرى 70 بالمئة من
        // الأمريكيين، وقال 12 من الأعضاء): the whole phrase, not the number alone
        if startOffset == nil, let ph = numberedGroup(in: a, unit: unit, words: words, at: i, cues: cues) { return ph }
        // nor with a decimal number, split by its point or comma into two words (بعد أن أضاف 0.41
        // نقطة، تابع 25.5 مليون مشاهد): an amount, no source — but a percentage (يقول 45.7 في
        // المائة إن) is part of a group, read as before
        if isDecimalPart(a, words[i]), !isPercentAfter(a, words, i) { return nil }
        // a number is never a source (فإنها تتوقع 25-30 في المائة، توقع 15 مارس، يتوقع 2 مليون): a
        // subject opens with a word — a number only as the count of a group or a role right after
        // it, in its clause (وقال 3 مسؤولين، أكد 12 نائبا), or a percentage of the people asked (قال
        // 88 في المائة إنهم، as the decimal above); a count with من is `numberedGroup`'s (kinds47)
        if startOffset == nil, isNumber(a, words[i]), !countsGroup(a, words, i, cues: cues), !isPercentAfter(a, words, i) { return nil }
        var taken: [Int] = []
        var toldAt: (position: Int, start: Int)? = nil
        // the words of what a supervisor oversees, between the title and the holder (`overseenThenName`)
        var overseen: [Int] = []
        // a group phrase the rules name whole (عدد من المشرعين، بعض المسؤولين) is taken whole:
        // its من is no stop
        let wholeGroupEnd = cues.longest([.collective], at: words[i], rules)?.nextToken ?? words[i]
        // room for a whole phrase at once (appending would reallocate it two or three times)
        taken.reserveCapacity(Swift.min(maxWords, words.count - i))
        var k = i
        // the end of an outlet's name of several words that a taken word opens (قناة سي إن إن،
        // وكالة د ب أ): its words are the name, though one is also a complementiser or a stop
        var outletNameEnd = words[i]
        while k < words.count && taken.count < maxWords {
            let t = words[k]
            if k > i && t < outletNameEnd && !a.tokens[t].afterBreak && !hasPunctBetween(a, words[k - 1], t) {
                taken.append(t); k += 1; continue
            }
            // a document word right after an outlet's whole name is what the outlet published, the
            // object of the verb (نشر صحيفة وول ستريت جورنال تقريرها): not part of the name
            if k > i && t == outletNameEnd && cues.has(.documentHead, at: t, rules) { break }
            if let m = cues.longest([.outlet], at: t, rules), m.nextToken > outletNameEnd { outletNameEnd = m.nextToken }
            // a numbered part of a document and the document it belongs to (المادة (27) من لائحة
            // انتخاب أعضاء المجالس البلدية): the document is the source at its fullest mention
            if k == i + 1, let j = numberedPartOf(a, words, at: k, phraseStart: i, cues: cues) {
                taken += words[k..<j]; k = j; continue
            }
            if (k > i || startOffset == nil) && !(k > i && t < wholeGroupEnd) {
                // (for a name told to, the quotation marks that open it, as in لـ«الرياض», are no break)
                if k > 0, a.tokens[t].afterBreak || hasPunctBetween(a, words[k - 1], t), !isTitleDot(a, words[k - 1], t),
                   !(k == i && quotedName && onlyQuotesBetween(a, words[k - 1], t, brackets: true)),
                   // an outlet's name in quotation marks after its outlet word (صحيفة «الأيام»)
                   !(k == i + 1 && taken.count == 1 && cues.has(.outletHead, at: words[i], rules) && onlyQuotesBetween(a, words[k - 1], t)),
                   // and the adjective of its country or city after the quoted name (صحيفة «نيويورك
                   // تايمز» الأميركية، صحيفة «الحياة» اللندنية)
                   !(k >= i + 2 && cues.has(.outletHead, at: words[i], rules) && onlyQuotesBetween(a, words[k - 1], t)
                     && isOutletAdjective(a, t, cues: cues) && closesQuotedName(a, from: words[i], to: t)) { break }
                let kinds = cues.kinds(at: t, rules)
                // an outlet glued to the preposition ل after the name is who it was told to
                // (الوزير لوكالة الأناضول، المتحدث لرويترز), not part of the name — but a
                // document's outlet is its author (تقرير لصحيفة واشنطن بوست)
                if k > i, !cues.has(.documentHead, at: words[i], rules), let told = toldOutletStart(a, t, cues: cues) {
                    toldAt = (k, told)
                    break
                }
                // an outlet right after a speaker whose last word takes no genitive — definite or a
                // relational adjective (وأبلغ المصدر وكالة الأنباء الألمانية، أبلغ مسؤول حكومي آخر
                // وكالة أنباء، وأبلغ المتحدث باسم الشركة رويترز) — is the verb's object, the outlet
                // told: the speaker's via, not part of his name (مدير وكالة الأنباء, a construct, is).
                // A named outlet only: an outlet word alone after a body is as often the object
                // of another verb (اتهم القصر الصحيفة، وتدعو الحملة مستخدمي الموقع)
                // (not an outlet whose own name begins with ل, لوموند: read after قال, the letter is
                // taken for the preposition and nothing is the object)
                // (nor one glued to ب, where the speaker works: الكاتب بصحيفة عكاظ; nor a name after
                // a title, which an agency's initials may look like: البروفيسور واس)
                if k > i, let last = taken.last, !hasPunctBetween(a, last, t), a.tokens.letters(t).first != Arabic.lam,
                   a.tokens.letters(t).first != Arabic.baa, !cues.covered(last).contains(.title),
                   !cues.kinds(at: words[i], rules).intersects([.outlet, .outletHead, .documentHead]),
                   kinds.contains(.outlet) || kinds.contains(.outletHead) && k + 1 < words.count
                    && !hasPunctBetween(a, t, words[k + 1]) && cues.kinds(at: words[k + 1], rules).contains(.outlet),
                   !cues.covered(last).intersects([.outlet, .outletHead]),
                   Self.isDefinite(a.tokens.letters(last))
                    || a.tokens.letters(last).last == Arabic.ya && Self.isRelational(Self.stemLetters(a.tokens.letters(last))) {
                    toldAt = (k, a.tokens[t].start)
                    break
                }
                // the same with the preposition standing alone (الفيفي لـ"سبق"، الوزير لـ رويترز)
                if k > i, k + 1 < words.count, Self.isLoneLam(a.tokens.letters(t)),
                   !cues.has(.documentHead, at: words[i], rules),
                   cues.kinds(at: words[k + 1], rules).intersects([.outlet, .outletHead]) {
                    toldAt = (k + 1, a.tokens[words[k + 1]].start)
                    break
                }
                // an adverb pair after a title ends the name, the title alone is the subject (ونفى
                // الوزير جملة وتفصيلا، رفض المدير قطعيا وتماما): no rule knows its words
                if k > i, let last = taken.last, cues.covered(last).contains(.title), kinds.isEmpty,
                   opensAdverbPair(a, words, at: k) { break }
                // an adverb after the first word ends the name (وأدانت المنامة بشدة، وقال الوزير مجددا)
                // — unless it stands between two words of a name (المتهم عبدالرحمن صباح عيدان: صباح
                // is a name there, not the morning, and no stop either)
                if k > i && kinds.contains(.adverb) && !kinds.intersects(Self.namePartKinds) {
                    if isInsideName(a, words, at: k, cues: cues) { taken.append(t); k += 1; continue }
                    break
                }
                // what the subject published, in the accusative (كتب فلان مقالا بعنوان، نشرت صحيفة
                // نيويورك تايمز تقريرا): the verb's object, the name ends before it
                if k > i, Self.isAmong(a.tokens.letters(t), Self.publishedObjectLetters) { break }
                // what a denial disputes, a claim noun (ونفى المدرب الهولندي الشائعات، ونفت الوزارة
                // الاتهامات، ونفت إدارة النادي جميع الأنباء): never a word of a name — after a definite
                // word, which takes no genitive (وكالة الأنباء is a name), or after a quantifier or a
                // demonstrative before it (كل التقارير), the name is whole
                if k > i, closesBeforeClaimNoun(a, words, at: k, last: taken.last, cues: cues) { break }
                // a word glued to ب after an outlet word and its country's adjective is what the
                // papers took up, the verb's object (اهتمت الصحف الأوروبية بإعلان بروكسل، واهتمت
                // صحيفة «ستاندرد» البلجيكية بالتعديل) — unless a rule names it (an outlet, a body),
                // or the adjective is one that takes its field with ب (وسائل الإعلام المعنية بالاقتصاد)
                if k >= i + 2, let last = taken.last, a.tokens.letters(t).first == Arabic.baa, a.tokens.letters(t).count >= 4,
                   !kinds.intersects(Self.namePartKinds), cues.has(.outletHead, at: words[i], rules),
                   Self.isRelational(a.tokens.letters(last)), !Self.isAmong(Self.stemLetters(a.tokens.letters(last)), Self.concernedWordLetters) { break }
                // a word glued to بال that no rule names is the object of the speech, not part of the
                // name (وطالب بعضهم بالمحاسبة، دعا أعضاءه بالتوقيع) — but a body in it is (مدير الإعلام
                // بالوزارة), and so is the place of a title or a body (رئيس اللجنة المحلية بالجوف)
                // — until the holder's name is taken (المتهم عبدالرحمن صباح عيدان بالتنسيق: the
                // object again)
                if k > i && Self.isBiAl(a.tokens.letters(t)) && !kinds.intersects(Self.namePartKinds)
                    && (!cues.kinds(at: words[i], rules).intersects([.title, .organization, .outletHead])
                        || hasName(a, taken.dropFirst(), cues: cues)) { break }
                // a group of people glued to بال is the one a call is made to (وأهاب المجلس
                // بالمواطنين، وتهيب الأمانة بالمتقدمين، وطالب الناقد فلان بالمختصين): the verb's
                // object, whatever heads the name — never a word of it (a body is: مسؤولون بالوزارة)
                // — a group the rules name, or a sound masculine plural in ين no rule knows (بالمتقدمين،
                // بالرياضيين): a place or a body in ين is one a rule names (بالبحرين)
                if k > i, Self.isBiAl(a.tokens.letters(t)),
                   kinds.contains(.collective) && !kinds.intersects([.organization, .outlet, .outletHead, .title, .documentHead])
                    || kinds.isEmpty && Arabic.endsInPluralYn(a.tokens.letters(t), count: 8) { break }
                // a document issued by its author (بيان صادر عن الوزارة، الإحصائيات الصادرة عن مؤسسة
                // النقد): the author is part of the fullest mention
                if k > i, taken.count >= 2, cues.has(.documentHead, at: words[i], rules),
                   Self.isAmong(Self.stemLetters(a.tokens.letters(taken[taken.count - 1])), Self.issuedWordLetters),
                   Self.isAmong(a.tokens.letters(t), Self.issuedByLetters) {
                    taken.append(t); k += 1; continue
                }
                // a definite study, report or survey and the relative clause naming who prepared
                // it (جاء ذلك في الدراسة التي أعدها الباحث فلان، التقرير الذي أصدرته الهيئة): the
                // author is part of the fullest mention, as after the indefinite noun (دراسة أعدها
                // الباحث فلان) — a document with a named author, not the bare noun pointing back to
                // an unauthored finding (`Arabic.findingNouns`; other documents are left as they were)
                if k == i + 1, k + 2 < words.count, taken.count == 1, cues.has(.documentHead, at: words[i], rules),
                   Self.isDefinite(a.tokens.letters(words[i])),
                   Self.isAmong(Standards.withoutArticle(Self.stemLetters(a.tokens.letters(words[i])))[...], Self.findingNounLetters),
                   isAuthoringRelative(a, words, at: k, cues: cues),
                   let author = phrase(in: a, unit: unit, words: words, from: k + 2, cues: cues), author.words.first == words[k + 2] {
                    taken += [t, words[k + 1]] + author.words
                    k += 2 + author.words.count
                    break
                }
                // a body named by one word with the article is whole before a word without it: the
                // word is the verb's object (ودعت الوزارة المهتمين، واتهمت اللجنة رئيس كوريا)
                // غير and a relational adjective agreeing with the word before it go on the name
                // (المنظمة غير الحكومية، منظمات غير حكومية): غير is no stop there, nor the object
                // — after a body, a group or a role, and the name ends there (19 منظمة غير حكومية)
                if k > i, k + 1 < words.count, let last = taken.last, isNonAdjective(a, last, t, words[k + 1]),
                   cues.kinds(at: words[i], rules).intersects([.organization, .collective, .role, .anonymous]) {
                    taken += [t, words[k + 1]]; k += 2; break
                }
                if k > i && closesDefiniteBody(a, taken, before: t, head: words[i], cues: cues) { break }
                // a subject that is whole before a definite noun is followed by the verb's object
                // (وبرر الوزير القرار بأن، وانتقدت منظمات غير حكومية الحكومة)
                if k > i && closesBeforeObject(a, taken, before: t, head: words[i], wholeGroupEnd: wholeGroupEnd, cues: cues) { break }
                // the same after a body's leadership (مديرو التعليم، قادة الحزب): the body closes
                // before the verb's object (أكد مديرو التعليم جاهزية المدارس)
                if k > i + 1 && closesLeadership(a, taken, before: t, cues: cues) { break }
                // the name بان كي مون, whose بان folding makes one word with بأن
                if isNameBan(a, words, at: k) {
                    // (whole at مون: the next word is the verb's object — أدان … بان كي مون التفجير)
                    if k + 2 < words.count, a.tokens.letters(words[k + 2]).elementsEqual(Self.banThird),
                       !hasPunctBetween(a, words[k + 1], words[k + 2]) {
                        taken += words[k...(k + 2)]; k += 3; break
                    }
                    taken.append(t); k += 1; continue
                }
                if kinds.intersects(Self.stopKinds) && !isNameAli(a, t, cues: cues) && !isIdleReport(a, words, at: k, phraseStart: i, cues: cues) {
                    // 'المتحدث باسم الشرطة في الرياض العقيد فواز الميمان': a place after في, then the
                    // holder's rank or title and name — the fullest mention goes on to the name
                    if let j = placeThenTitle(a, words, at: k, phraseStart: i, cues: cues) {
                        taken += words[k..<j]; k = j; continue
                    }
                    // 'مدير الإعلام في شرطة المنطقة، أحمد السالم لـ«سكاي نيوز»': the body or place
                    // after في, then the holder's name — the fullest mention goes on to the name
                    if let j = placeThenName(a, words, at: k, phraseStart: i, cues: cues) {
                        taken += words[k..<j]; k = j; continue
                    }
                    // 'عضو البرلمان العراقي عن ائتلاف دولة القانون محمد الشمري': the bloc or the
                    // place a member sits for, after عن, then the member's name
                    if let j = blocThenName(a, words, at: k, phraseStart: i, cues: cues) {
                        taken += words[k..<j]; k = j; continue
                    }
                    // 'المحلل في شؤون التكنولوجيا كريس غرين': a field after في, then the holder's name
                    if let j = fieldThenName(a, words, at: k, phraseStart: i, cues: cues) {
                        taken += words[k..<j]; k = j; continue
                    }
                    // 'المشرف العام على البرنامج الوطني للحرف … "بارع" الدكتور جاسر الحربش': what a
                    // supervisor oversees, after على, then the holder's title and name
                    // (what is overseen is no word of the holder's: إدارة الأهلي is not المشرف العام على
                    // إدارة الكرة بالنادي الأهلي مروان دفتردار)
                    if let j = overseenThenName(a, words, at: k, phraseStart: i, cues: cues) {
                        overseen += words[k..<j].filter { !cues.covered($0).contains(.title) }
                        taken += words[k..<j]; k = j; continue
                    }
                    // 'مسؤولون في وزارة الصحة', 'مصدر في الحزب': an unnamed group or role inside a
                    // body — the body is part of the fullest mention
                    if isInsideBody(a, words, at: k, phraseStart: i, cues: cues) {
                        taken.append(t); k += 1; continue
                    }
                    // a cue inside a source name (the outlet 'اليوم', the role 'المصدر') does not stop it
                    let namePart = kinds.intersects(Self.namePartKinds)
                    if !namePart || kinds.contains(.complement) || kinds.contains(.told) { break }
                }
            }
            taken.append(t)
            k += 1
        }
        // a long title cut by the word limit before its holder's name is whole (المتحدث الرسمي لهيئة
        // الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد بن مساعد | السهلي: إن): the name goes on
        // after a lineage particle or عبد, and a family name with the article closes it before what
        // follows a speaker — not a word a rule knows, nor one after a word that ends no name
        if taken.count >= maxWords, k < words.count, cues.covered(taken[0]).intersects([.title, .role]) {
            var extra = 0
            while k < words.count && extra < 4 {
                let t = words[k]
                if a.tokens[t].afterBreak || hasPunctBetween(a, words[k - 1], t) || !cues.covered(t).isEmpty { break }
                let l = a.tokens.letters(t)
                let afterParticle = Self.isOneOf(a.tokens.letters(words[k - 1]), Self.nameLinkLetters)
                let closes = Self.isDefinite(l) && (k + 1 == words.count || a.tokens[words[k + 1]].afterBreak
                    || hasPunctBetween(a, t, words[k + 1]) || Self.isLoneLam(a.tokens.letters(words[k + 1]))
                    || cues.kinds(at: words[k + 1], rules).intersects([.complement, .stop, .told, .adverb, .report, .verb]))
                guard afterParticle || Self.isOneOf(l, Self.nameLinkLetters) || closes else { break }
                taken.append(t); k += 1; extra += 1
                if closes { break }
            }
        }
        // the outlet told after a time that ends the name, and a place or a statement phrase after
        // it (وقال مسؤول سعودي أمس الثلاثاء لرويترز، وقال الوزير أمس في الرياض لوكالة فرانس برس، قال
        // مسؤول كبير يوم الجمعة لـ«الشرق الأوسط»): the speaker's via — not a document's (its outlet
        // is its author). Not after في alone: a name that stops at في goes on to a place or a body
        // whose own name may hold an outlet's (خبير في مركز كارنيجي للشرق الأوسط، عضو في المجلس
        // المحلي للمدينة), and only a statement noun (في تصريح لـ) says it was told — grammar.told's
        if toldAt == nil, k > i, k < words.count, !taken.isEmpty, !cues.has(.documentHead, at: words[i], rules),
           cues.covered(words[k]).contains(.adverb),
           let told = toldAfterInterlude(a, words, from: k, cues: cues) {
            toldAt = told
        }
        var memberWords: [Int]? = nil
        // a group followed by its named members (مسؤولون من بينهم الأمين العام، خبراء مثل بيلار وفايفر)
        if k < words.count, taken.count < maxWords, let m = cues.longest([.members], at: words[k], rules),
           !a.tokens[words[k]].afterBreak, let head = taken.first,
           cues.kinds(at: head, rules).intersects([.collective, .role]) {
            var j = k
            while j < words.count && words[j] < m.nextToken { j += 1 }
            var named: [Int] = []
            while j < words.count && named.count < 6 {
                let t = words[j]
                if a.tokens[t].afterBreak || hasPunctBetween(a, words[j - 1], t) && !commaBetween(a, words[j - 1], t) { break }
                if cues.kinds(at: t, rules).intersects(Self.stopKinds.union([.adverb, .verb])) { break }
                // the outlet it was told to ends the name (يدعى أحمد اكاي لرويترز)
                if !named.isEmpty, toldAt == nil, let told = toldOutletStart(a, t, cues: cues) { toldAt = (j, told); break }
                named.append(t); j += 1
            }
            if !named.isEmpty && (hasName(a, named, cues: cues) || cues.has(.title, at: named[0], rules)) {
                taken += words[k..<j]
                k = j
                memberWords = named  // the source is its named members, not the group's description
            }
        }
        // apposition: 'مدير وكالة ناسا، بيل نيلسون،' — a short name between commas joins the phrase
        // the outlet told, set off by commas after the speaker's title (وصرح فلان، مبعوث …، لهيئة
        // الإذاعة البريطانية، بأن): his via, not an apposition
        if toldAt == nil, k < words.count, let lastTaken = taken.last, commaBetween(a, lastTaken, words[k]),
           let told = toldAfterComma(a, words, at: k, cues: cues) ?? toldAfterRelativeAside(a, words, at: k, cues: cues) {
            toldAt = told
        } else if k < words.count, taken.count < maxWords, let lastTaken = taken.last, commaBetween(a, lastTaken, words[k]) {
            var m = k
            var extra: [Int] = []
            while m < words.count && extra.count < 6 {
                let t = words[m]
                if m > k && (a.tokens[t].afterBreak || hasPunctBetween(a, words[m - 1], t)) { break }
                // (علي spelled with ي opening the apposition is the name: after a comma it is the
                // name in all 88 of the corpus's «، علي …» — رئيس البلدية، علي الحجيري،)
                if cues.kinds(at: t, rules).intersects(Self.stopKinds.union([.adverb, .verb])) && !(m == k && isNameAli(a, t, cues: cues)) { extra = []; break }
                // the preposition ل standing alone closes the name: who it was told to follows
                // (الدكتور رياض ياسين، وزير الخارجية اليمني لـ«الشرق الأوسط»)
                if m > k && Self.isLoneLam(a.tokens.letters(t)) {
                    if toldAt == nil, m + 1 < words.count, cues.kinds(at: words[m + 1], rules).intersects([.outlet, .outletHead]) {
                        toldAt = (m + 1, a.tokens[words[m + 1]].start)
                    }
                    break
                }
                extra.append(t); m += 1
            }
            // the name closes at a comma, a colon or a quotation mark (سو غوف" لإذاعة — not at the
            // hyphen of ترامب-فانس), or before what follows a speaker (told to, a complement, a stop
            // word, an adverb)
            let closesPlainly = m >= words.count || commaBetween(a, words[m - 1], words[m])
                || cues.kinds(at: words[m], rules).intersects([.told, .complement, .stop, .adverb])
                || Self.isLoneLam(a.tokens.letters(words[m]))
            let closes = closesPlainly
                || ((words[m - 1] + 1)..<words[m]).contains { a.tokens[$0].kind == .punct && (a.tokens[$0].is("\"") || a.tokens[$0].is(":")) }
            // four words at most (بيل نيلسون), or six when they are a title and its holder's
            // name (أمين المنطقة المهندس عجب القحطاني)
            let titled = cues.has(.title, at: extra.first ?? words[k], rules)
            let fits = extra.count <= 4 || (titled && hasName(a, extra.suffix(2), cues: cues))
            // closed by other punctuation, the words must hold a name besides a title (not «مدير "مجموعة»)
            if !extra.isEmpty && closes && fits && m > k
                && hasName(a, closesPlainly ? extra : extra.filter { !cues.covered($0).contains(.title) }, cues: cues)
                && (titled || !extra.contains(where: { Self.isDefinite(a.tokens.letters($0)) && cues.kinds(at: $0, rules).isEmpty == false })) {
                taken += extra
                // and the outlet told after the apposition's comma (وزير الخارجية، جون كيري، لشبكة …)
                if toldAt == nil, m < words.count, commaBetween(a, words[m - 1], words[m]), let told = toldAfterComma(a, words, at: m, cues: cues) {
                    toldAt = told
                }
            }
        }
        // a phrase ending in a qualifier chain is fine; one made only of stop words is not
        guard let first = taken.first, let last = taken.last else { return nil }
        let start = (startOffset != nil && first == words[from]) ? startOffset! : (afterGluedConjunction(a, first, cues: cues) ?? a.tokens[first].start)
        let end = a.tokens[last].end
        var kind = classify(a, taken, cues: cues)
        if kind == .document, isUnauthoredFinding(a, taken, in: words, unit: unit, cues: cues) { kind = .anonymous }
        let refersBack = pointsBack || isDefiniteDescription(a, taken, cues: cues)
        // members named inside the phrase itself (مسؤولون سابقون مثل بيلار وفايفر)
        if memberWords == nil, let headWord = taken.first, cues.kinds(at: headWord, rules).intersects([.collective, .role]),
           let m = taken.dropFirst().firstIndex(where: { cues.has(.members, at: $0, rules) }) {
            let rest = Array(taken[(m + 1)...].filter { !cues.covered($0).contains(.members) })
            if !rest.isEmpty && (hasName(a, rest, cues: cues) || cues.has(.title, at: rest[0], rules)) { memberWords = rest }
        }
        // a group or role that goes on to name its members is a named source, even when it is
        // the anonymous kind of group (شاهد عيان يدعى أحمد اكاي)
        if memberWords != nil && kind == .anonymous { kind = .person }
        var phrase = SourcePhrase(start: start, end: end, words: taken, kind: kind, refersBack: memberWords == nil && refersBack,
                                  key: key(a, memberWords ?? (overseen.isEmpty ? taken : taken.filter { !overseen.contains($0) })))
        phrase.namesMembers = memberWords != nil
        phrase.sameMention = phrase.refersBack && taken.contains { Self.isSameSourceWord(a.tokens.letters($0)) }
            && taken.contains { w in let t = Arabic.withoutConjunctions(a.tokens.letters(w)); return Self.sameSourceNouns.contains { t.elementsEqual($0) } }
        phrase.lineage = lineage(a, memberWords ?? taken)
        phrase.isGroup = memberWords == nil && cues.has(.collective, at: first, rules)
        if kind == .organization, let head = Self.bodyHeadNoun(a.tokens.letters(first)) {
            phrase.bodyHead = Self.skeletonKey(Array(head.unicodeScalars)[...])
        }
        // (so is a body's bulletin, its head an outlet word read as a document, النشرة الإحصائية:
        // it never joins an outlet named before, وكالة رويترز — mends37, review38 #1)
        if kind == .document { phrase.normativeText = Self.isAmong(Self.stemLetters(a.tokens.letters(first)), Self.normativeTextHeadLetters)
                                   || cues.has(.outletHead, at: first, rules) }
        if memberWords == nil, kind == .person, cues.covered(first).intersects([.title, .role]) {
            // the title runs up to the first word that neither carries the article nor belongs to
            // a title, a role or a body the rules know: the holder's name (السيد قبادي، السيدة
            // توملينسون are named, though their names look like adjectives)
            let titleWords = taken.prefix { (Self.isDefinite(a.tokens.letters($0)) && !Self.isGluedTitle(a.tokens.letters($0)))
                || cues.covered($0).intersects(Self.namePartKinds) }
            phrase.untitled = titleWords.count == taken.count
            // named when the words after the title hold a proper name (not منسوبي الحرس الوطني)
            phrase.named = !phrase.untitled && hasName(a, taken[titleWords.count...], cues: cues)
            phrase.titleKey = key(a, Array(titleWords)).sortedUnique()
            phrase.holderNamed = phrase.named && !phrase.refersBack && titleWords.contains { cues.covered($0).contains(.title) }
            phrase.namedMember = phrase.named && taken.count - titleWords.count <= 3
                && titleWords.contains { cues.covered($0).contains(.collective) }
                && taken[titleWords.count...].allSatisfy { cues.covered($0).isEmpty }
        }
        if let (p, s) = toldAt, let told = self.phrase(in: a, unit: unit, words: words, from: p, startOffset: s, cues: cues,
                                                       skipAdverbs: false, quotedName: true),
           told.kind == .outlet || isUnnamedTold(a, told, cues: cues) {
            let outlet = ToldOutlet(start: told.start, end: told.end, words: told.words, key: told.key)
            if told.kind == .outlet { phrase.toldTo = outlet } else { phrase.toldUnnamed = outlet }
        }
        return phrase
    }

    /// Whether a phrase read after the preposition ل of a statement (or a told-to cue) is an
    /// unnamed outlet told (`صحيفة محلية`، `وسائل إعلام محلية`، `إحدى الصحف`، `قناة تلفزيونية`): an
    /// anonymous phrase holding an outlet word — not the press at large, an outlet word with a
    /// definite word after it (`وسائل الإعلام`، `الصحف`), which is the audience of a statement made
    /// in public (a briefing), no outlet it went through (Fixtures/gold d06).
    func isUnnamedTold(_ a: ArticleText, _ p: SourcePhrase, cues: TokenCues) -> Bool {
        guard p.kind == .anonymous, let first = p.words.first,
              p.words.contains(where: { cues.kinds(at: $0, rules).contains(.outletHead) }) else { return false }
        if Self.isDefinite(a.tokens.letters(first)) { return false }
        // (a part of them, إحدى الصحف، أحد المواقع، is unnamed whatever follows)
        if !cues.kinds(at: first, rules).contains(.outletHead) { return true }
        // one outlet, in the singular (صحيفة، قناة، موقع: `Arabic.outletHeads`): the press in the
        // plural (لوسائل إعلام محلية، لصحف أجنبية) is the audience of a statement made in public, a
        // briefing or a press conference, not a link it went through — named (mends21)
        var head = a.tokens.letters(first)
        if head.count > 3, head.first == Arabic.lam, !Self.singularOutletHeads.contains(where: { head.elementsEqual($0) }) { head = head.dropFirst() }
        guard Self.singularOutletHeads.contains(where: { head.elementsEqual($0) }) else { return false }
        // (a nisba written with what looks like the article, ألمانية → المانيه, is no definite word)
        return !p.words.dropFirst().contains {
            let l = a.tokens.letters($0)
            return Self.isDefinite(l) && !Self.isRelational(Self.stemLetters(l))
        }
    }

    /// Whether word `t` is the relative ما a phrase cannot start with: ما itself, or لما when the
    /// cue before it ended at its ل (`glued`: وفقا لـ|ما).
    func isRelativeMa(_ a: ArticleText, _ t: Int, glued: Bool) -> Bool {
        let l = a.tokens.letters(t)
        return l.elementsEqual(Self.maLetters) || (glued && l.count == 3 && l.first == Arabic.lam && l.dropFirst().elementsEqual(Self.maLetters))
    }
    static let maLetters = Array(Arabic.ma.unicodeScalars)
    /// `Arabic.noSpeakerAfterMa` and `Arabic.resumptivePronouns`, folded.
    static let noSpeakerAfterMaLetters = Arabic.noSpeakerAfterMa.map { Normalizer.foldedScalars($0) }
    static let resumptiveLetters = Arabic.resumptivePronouns.map { Normalizer.foldedScalars($0) }

    /// The speaker named after an outlet told to, `words[lam]` being the preposition ل standing
    /// alone before the outlet (لـ«عكاظ» عضو اللجنة فلان): that speaker's phrase, the outlet as its
    /// `toldTo`; nil when no outlet follows the ل, or no speaker the outlet (a complement, the
    /// end of the clause: the speaker stands before the verb or is the previous one).
    func toldThenSpeaker(in a: ArticleText, unit: Int, words: [Int], lam: Int, cues: TokenCues) -> SourcePhrase? {
        let o = lam + 1
        // (the outlet's name may stand in brackets as well as quotation marks: لـ(عكاظ) مسؤول)
        guard o < words.count, !a.tokens[words[o]].afterBreak || onlyQuotesBetween(a, words[lam], words[o], brackets: true),
              cues.kinds(at: words[o], rules).intersects([.outlet, .outletHead]),
              let q = phrase(in: a, unit: unit, words: words, from: o, startOffset: a.tokens[words[o]].start, cues: cues,
                             skipAdverbs: false, quotedName: true), q.kind == .outlet else { return nil }
        // the outlet's name ends where its longest outlet match does; the phrase read from it may
        // run on into the speaker's words
        let nameEnd = q.words.compactMap({ cues.longest([.outlet], at: $0, rules)?.nextToken }).max() ?? Int.max
        let cut = q.words.firstIndex(where: { $0 >= nameEnd }) ?? q.words.count
        guard cut > 0 else { return nil }
        let outletWords = Array(q.words[..<cut])
        guard let lastOutlet = outletWords.last, let from = words.firstIndex(where: { $0 > lastOutlet }),
              (!a.tokens[words[from]].afterBreak && !hasPunctBetween(a, lastOutlet, words[from]))
                || onlyQuotesBetween(a, lastOutlet, words[from], brackets: true),
              // (a name in quotation marks closes before the speaker: لـ«عكاظ» عضو اللجنة)
              !cues.kinds(at: words[from], rules).intersects(Self.stopKinds.union([.verb])),
              var ph = phrase(in: a, unit: unit, words: words, from: from, cues: cues, quotedName: true),
              ph.kind != .outlet,
              ph.kind != .person || hasName(a, ph.words, cues: cues) || ph.words.contains(where: { cues.kinds(at: $0, rules).intersects(Self.namePartKinds) })
        else { return nil }
        if ph.toldTo == nil {
            ph.toldTo = ToldOutlet(start: q.start, end: a.tokens[lastOutlet].end, words: outletWords, key: key(a, outletWords))
        }
        return ph
    }

    /// Whether word `t` cannot go on a body's name that is one word with the article (`taken`, a
    /// body rule's word and nothing else: الوزارة، اللجنة): a definite noun takes no genitive and
    /// its adjectives carry the article, so a word without it, or a definite plural of people
    /// after a body in the singular (الوزارة المهتمين), is the verb's object. A word glued to ل
    /// or ب goes on, a number too, and a word a group, role or body rule covers (المرصد …
    /// ومصادر أخرى is read as before). Not after a rank (الفريق مهاب مميش) or a state's name.
    func closesDefiniteBody(_ a: ArticleText, _ taken: [Int], before t: Int, head: Int, cues: TokenCues) -> Bool {
        guard let last = taken.last else { return false }
        let headKinds = cues.kinds(at: head, rules)
        guard headKinds.contains(.organization),
              !headKinds.intersects([.title, .role, .collective, .anonymous, .outlet, .outletHead, .documentHead]),
              Self.isDefinite(a.tokens.letters(last)),
              !cues.covered(t).intersects([.organization, .outlet, .outletHead]) else { return false }
        // a body's name closed by a definite relational adjective (وزارة الدفاع الأمريكية، مجلس
        // الأمن الدولي): an adjective takes no genitive, so a bare word after it is the verb's
        // object (نفت وزارة الدفاع الأمريكية خطف جبهة النصرة …) — not one glued to ل or ب
        // (الشركة السعودية للكهرباء), a number, a Latin name (شركة الوساطة المحلية E*Trade), or
        // a word a rule names
        if taken.count >= 2 {
            let w = a.tokens.letters(t)
            guard Self.isRelational(Self.stemLetters(a.tokens.letters(last))), !Self.isDefinite(w),
                  let first = w.first, first != Arabic.lam, first != Arabic.baa, Arabic.isLetter(first),
                  !w.allSatisfy({ $0.properties.numericType != nil }), cues.kinds(at: t, rules).isEmpty,
                  cues.covered(t).isEmpty,
                  // (a title inside the body's name is followed by its holder's: حكومة رئيس الوزراء الياباني شينزو آبي)
                  !taken.contains(where: { cues.covered($0).contains(.title) }) else { return false }
            return true
        }
        // (not a rank before a name, الفريق مهاب مميش, nor a state's name shaped like a relational
        // adjective, السعودية: a name, which no definite description stands for)
        let head = Self.stemLetters(a.tokens.letters(last))
        guard !Self.isAmong(head, Self.rankBodyWordLetters), !Self.isRelational(head) else { return false }
        let w = a.tokens.letters(t)
        guard let first = w.first, first != Arabic.lam, first != Arabic.baa,
              !w.allSatisfy({ $0.properties.numericType != nil }) else { return false }
        if !Self.isDefinite(w) { return !cues.covered(t).intersects(Self.namePartKinds.subtracting([.title, .documentHead])) }
        // (a body in the singular, ة folded to ه, then ـين / ـون: الوزارة المهتمين)
        guard a.tokens.letters(last).last == Arabic.ha, w.count >= 6 else { return false }
        let end = Array(w.suffix(2))
        return end[1] == Arabic.nun && (end[0] == Arabic.ya || end[0] == Arabic.waw)
    }

    /// Whether a subject (`taken`, opened by `head`) is whole before word `t`, a noun with the
    /// bare article that can only be the verb's object: a definite noun takes no genitive and an
    /// adjective agrees with it, so (1) a document the rules know (القرار، البيان، النتائج) after a
    /// definite last word (وبرر الوزير القرار بأن، وانتقد وزير الداخلية القرار) is no adjective
    /// and no family name; (2) a group the rules name whole that ends in an indefinite adjective
    /// or a sound plural with its ن (منظمات غير حكومية، مصادر مطلعة، مسؤولون) takes no
    /// definite word after it (وانتقدت منظمات غير حكومية الحكومة); (3), (4) a verbal noun
    /// after a definite last word (below). Not after a document or an outlet opening the phrase
    /// (its own words), and not a relational adjective (البحوث الإحصائية) nor a word glued to ب or ل.
    func closesBeforeObject(_ a: ArticleText, _ taken: [Int], before t: Int, head: Int, wholeGroupEnd: Int, cues: TokenCues) -> Bool {
        guard let last = taken.last, !hasPunctBetween(a, last, t) else { return false }
        let headKinds = cues.kinds(at: head, rules)
        guard !headKinds.intersects([.documentHead, .outlet, .outletHead]) else { return false }
        let w = a.tokens.letters(t)
        let l = a.tokens.letters(last)
        // (not a word opening with لل, as often ل on a noun in construct as on one with the article:
        // الأمين العام للجنة الإعلام)
        let lastDefinite = Self.isDefinite(l) && !(l.count > 2 && l[l.startIndex] == Arabic.lam && l[l.startIndex + 1] == Arabic.lam)
            && !cues.covered(last).intersects([.documentHead, .outlet, .outletHead])
        // (3) a verbal noun with its possessive pronoun (وبررت الغرفة رفضها، وأعلن الجيش استعداده)
        if lastDefinite, Self.isPossessedVerbalNoun(w), cues.covered(t).isEmpty { return true }
        guard w.count >= 5, w[w.startIndex] == Arabic.alef, w[w.startIndex + 1] == Arabic.lam,
              !Self.isRelational(w) else { return false }
        if lastDefinite && cues.has(.documentHead, at: t, rules) { return true }
        // (4) a verbal noun of a derived verb with the article (وبررت المصادر التأجيل، انتقد
        // الوزير الانسحاب): تفعيل / إفعال / افتعال / انفعال / استفعال, no rule's word
        // — not before a title, where the word is a name's own (والدعوة الإرشاد الدكتور فلان)
        if lastDefinite, !cues.covered(t).intersects(Self.namePartKinds), !cues.covered(t + 1).contains(.title) {
            // (not the plurals أفعال / أفعلاء, which fold the same: الأسباب، الأفغان، الأشقاء — the
            // إفعال noun is told by its إ, the derived forms by their ت or ن; not a plural adjective
            // in ين / ون, التونسيين)
            let stem = w.dropFirst(2)
            let n = stem.count, b = stem.startIndex
            guard n >= 5, stem.last != Arabic.ha, stem.last != Arabic.ta, !Arabic.endsInPluralYn(stem, count: 5),
                  !Arabic.endsInPluralWn(stem, count: 5) else { return false }
            if stem[b] == Arabic.ta && stem[b + n - 2] == Arabic.ya { return true }
            if stem[b] == Arabic.alef && stem[b + n - 2] == Arabic.alef {
                if stem[b + 1] == Arabic.ta || n >= 6 && (stem[b + 1] == Arabic.nun || stem[b + 2] == Arabic.ta) { return true }
                let span = a.text.originalSpan(a.tokens[t].start, a.tokens[t].end)
                // (إفعال in ان after a plural in ين / ون is as often the people's adjective: الصحافيين الإسبان)
                if a.text.originalScalars(span).contains(Arabic.alefWithHamzaBelow),
                   !(stem.last == Arabic.nun && (Arabic.endsInPluralYn(l, count: 5) || Arabic.endsInPluralWn(l, count: 2))) {
                    return true
                }
            }
        }
        // (2) the group's last word right before t, indefinite: a relational adjective in ة
        // (منظمات غير حكومية) or a sound plural with its ن (مسؤولون، مسؤولين)
        guard headKinds.contains(.collective), wholeGroupEnd == t, !Self.isDefinite(l) else { return false }
        if taken.count >= 2 && l.last == Arabic.ha && Self.isRelational(l) { return true }
        return Arabic.endsInPluralYn(l, count: 5) || Arabic.endsInPluralWn(l, count: 5)
    }

    /// Whether the word at `k` opens the object of a denial, a claim noun (`claimObjects`) right
    /// after the definite last word of the name (`last`: not one opening with لل, which is as often
    /// ل on a noun in construct, nor one opening with وك / فك, where the ك is the word's own, not
    /// the preposition before an article — وكالات الأنباء, وكالتا الأنباء —, nor an outlet's or a
    /// document's word), or a quantifier or demonstrative (`Arabic.pronouns`: جميع، كل،
    /// هذه) right before a claim noun: the name is whole before it.
    func closesBeforeClaimNoun(_ a: ArticleText, _ words: [Int], at k: Int, last: Int?, cues: TokenCues) -> Bool {
        guard let last, !hasPunctBetween(a, last, words[k]) else { return false }
        let w = a.tokens.letters(words[k])
        // (a definite word takes no genitive after it: the noun after one opens another phrase)
        func definiteLast() -> Bool {
            let l = a.tokens.letters(last)
            let b = l.startIndex
            return Self.isDefinite(l) && !(l.count > 2 && l[b] == Arabic.lam && l[b + 1] == Arabic.lam)
                && !((l[b] == Arabic.waw || l[b] == Arabic.faa) && l[b + 1] == Arabic.kaf)
                && !cues.covered(last).intersects([.documentHead, .outlet, .outletHead])
        }
        if Self.claimObjects.contains(w) { return definiteLast() }
        guard k + 1 < words.count, !a.tokens[words[k + 1]].afterBreak, !hasPunctBetween(a, words[k], words[k + 1]) else { return false }
        let next = a.tokens.letters(words[k + 1])
        // the truth of a claim (ونفى المتحدث باسم الوزارة صحة الأنباء، نفت الشركة حقيقة ما تردد،
        // دقة هذه التقارير): what is denied, not a word of the name — also before any definite noun
        // when the name's last word is definite (ونفى المتحدث صحة المعلومات): the bare truth noun
        // is no genitive of it (مدير صحة جدة, after an indefinite title, is the directorate's name)
        if Self.truthNouns.contains(w) {
            return Self.claimObjects.contains(next) || Self.deniedObjects.contains(next) || (Self.isDefinite(next) && definiteLast())
        }
        guard Self.quantifiers.contains(w) else { return false }
        return Self.claimObjects.contains(next)
    }
    /// `Arabic.truthNouns`, folded.
    static let truthNouns = WordSet(PatternCompiler.foldedWords(Arabic.truthNouns).map { Array($0.unicodeScalars) })
    /// What the truth of a claim is said of: `Arabic.anaphoricWords` (ذلك، هذه، الأنباء، تردد) and
    /// the relative ما of `Arabic.saidWhatRelatives`, folded.
    static let deniedObjects = WordSet(PatternCompiler.foldedWords(Arabic.anaphoricWords + " " + Arabic.saidWhatRelatives).map { Array($0.unicodeScalars) })
    /// Claim nouns a denial takes as its object: the nouns with the article of
    /// `Arabic.anaphoricWords` (الشائعات، الأنباء، الاتهامات، الخبر), and the plurals of
    /// `Arabic.claimNouns` bare and with the article (تصريحات، التصريحات).
    static let claimObjects: WordSet = {
        let article: [Unicode.Scalar] = [Arabic.alef, Arabic.lam]
        let anaphoric = PatternCompiler.foldedWords(Arabic.anaphoricWords).map { Array($0.unicodeScalars) }
            .filter { $0.count > 3 && $0.starts(with: article) }
        let claims = PatternCompiler.foldedWords(Arabic.claimNouns).map { Array($0.unicodeScalars) }
        return WordSet(anaphoric + claims + claims.map { article + $0 })
    }()
    static let quantifiers = WordSet(Arabic.pronouns.map { Normalizer.foldedScalars($0) })

    /// Whether word `t` is a relational adjective with the bare article (الأميركية، اللندنية) and
    /// no cue that ends a name: after an outlet's quoted name, the outlet's country or city.
    func isOutletAdjective(_ a: ArticleText, _ t: Int, cues: TokenCues) -> Bool {
        guard Self.isRelationalWithArticle(a.tokens.letters(t)) else { return false }
        return !cues.kinds(at: t, rules).intersects([.complement, .stop, .report, .relay, .according, .told, .verb, .adverb, .pronoun])
    }

    /// Whether the quotation marks between tokens `from` and `to` pair up (the name's opening and
    /// closing marks, «نيويورك تايمز» الأميركية — not a quotation opening before `to`).
    func closesQuotedName(_ a: ArticleText, from: Int, to: Int) -> Bool {
        var marks = 0
        for t in from..<to where a.tokens[t].kind == .punct && a.tokens[t].is("\"") { marks += 1 }
        return marks > 0 && marks % 2 == 0
    }

    /// When word `t` is an outlet (or an outlet word) glued to the preposition ل
    /// (لوكالة، لرويترز، ولصحيفة), the folded offset where the outlet begins; nil otherwise.
    /// An outlet whose own name begins with ل (لوموند) is no preposition: the word without
    /// the ل must be one of the outlet's names.
    /// The outlet told after the words that may stand between a speaker and it — adverbs of time
    /// or manner, and one phrase opened by في (a place, a day, a statement: في الرياض، في تصريح
    /// خاص) — from `words[k]`, an adverb ending the speaker's name: the position and start of the
    /// outlet glued to ل (لرويترز) or after a lone ل (لـ«عكاظ»); nil when anything else comes
    /// first, or a punctuation mark.
    func toldAfterInterlude(_ a: ArticleText, _ words: [Int], from k: Int, cues: TokenCues) -> (position: Int, start: Int)? {
        var j = k, inPhrase = 0, usedPhrase = false
        while j < words.count && j < k + Arabic.toldInterludeWords {
            let t = words[j]
            if j > k && (a.tokens[t].afterBreak || hasPunctBetween(a, words[j - 1], t)) { return nil }
            if let told = toldOutletStart(a, t, cues: cues) { return (j, told) }
            if Self.isLoneLam(a.tokens.letters(t)) {
                guard j + 1 < words.count, !hasPunctBetween(a, t, words[j + 1]) || onlyQuotesBetween(a, t, words[j + 1], brackets: true),
                      cues.kinds(at: words[j + 1], rules).intersects([.outlet, .outletHead]) else { return nil }
                return (j + 1, a.tokens[words[j + 1]].start)
            }
            // (an adverb first: يوم of يوم الجمعة is also read as a verb)
            if cues.covered(t).contains(.adverb) { inPhrase = 0; j += 1; continue }
            if cues.kinds(at: t, rules).intersects([.complement, .report, .relay, .according, .denial, .noComment, .verb, .pronoun]) { return nil }
            if !usedPhrase && a.tokens.letters(t).elementsEqual(Arabic.fi.unicodeScalars) { usedPhrase = true; inPhrase = 1; j += 1; continue }
            // the words of the في phrase: three at most (في تصريح خاص، في العاصمة الرياض)
            if inPhrase > 0 && inPhrase <= 3 { inPhrase += 1; j += 1; continue }
            return nil
        }
        return nil
    }

    /// The outlet words in the singular (`Arabic.outletHeads`), folded: one outlet told (`isUnnamedTold`).
    static let singularOutletHeads = Arabic.outletHeads.map { Normalizer.foldedScalars($0) }

    /// The outlet told right after a comma that closes the speaker's name (`words[k]` the first
    /// word after it): glued to ل (`، لصحيفة الحياة`) or after the preposition standing alone, the
    /// name in quotation marks or not (`، لـ«الحياة»`، `، لـ"عكاظ"`، `، ل رويترز`) — its position
    /// in `words` and where its phrase starts; nil otherwise.
    func toldAfterComma(_ a: ArticleText, _ words: [Int], at k: Int, cues: TokenCues) -> (position: Int, start: Int)? {
        if let told = toldOutletStart(a, words[k], cues: cues) { return (k, told) }
        guard Self.isLoneLam(a.tokens.letters(words[k])), k + 1 < words.count,
              cues.kinds(at: words[k + 1], rules).intersects([.outlet, .outletHead]),
              !a.tokens[words[k + 1]].afterBreak || onlyQuotesBetween(a, words[k], words[k + 1], brackets: true) else { return nil }
        return (k + 1, a.tokens[words[k + 1]].start)
    }

    /// How many words a relative clause set off by commas may take before the outlet told.
    static let toldRelativeAsideReach = 12

    /// The outlet told after a relative clause set off by commas after the speaker's name
    /// (`words[k]` the relative pronoun after the first comma: وقال النائب، الذي صوت ضد القانون،
    /// لرويترز إن): `toldAfterComma` at the word after the clause's closing comma, within
    /// `toldRelativeAsideReach` words with no other punctuation and no complementiser, reporting,
    /// according, relay, told-to or denial cue inside the clause; nil otherwise.
    func toldAfterRelativeAside(_ a: ArticleText, _ words: [Int], at k: Int, cues: TokenCues) -> (position: Int, start: Int)? {
        guard Self.relativeLetters.contains(where: { a.tokens.letters(words[k]).elementsEqual($0) }) else { return nil }
        var j = k + 1
        while j < words.count && j - k <= Self.toldRelativeAsideReach {
            let t = words[j]
            if hasPunctBetween(a, words[j - 1], t) {
                guard j > k + 1, commaBetween(a, words[j - 1], t) else { return nil }
                return toldAfterComma(a, words, at: j, cues: cues)
            }
            if a.tokens[t].afterBreak { return nil }
            if cues.kinds(at: t, rules).intersects([.complement, .report, .according, .relay, .told, .denial]) { return nil }
            j += 1
        }
        return nil
    }
    static let relativeLetters = Arabic.relativePronouns.map { Normalizer.foldedScalars($0) }

    func toldOutletStart(_ a: ArticleText, _ t: Int, cues: TokenCues) -> Int? {
        // most words start no outlet: nothing to read (and nothing allocated) for them
        guard cues.kinds(at: t, rules).intersects([.outlet, .outletHead]) else { return nil }
        let letters = Array(a.tokens.letters(t))
        var n = 0
        if letters.count > 4 && (letters[0] == Arabic.waw || letters[0] == Arabic.faa) { n = 1 }
        // (a name of short words, لبي بي سي، has a glued word of three letters)
        guard letters.count > n + 2, letters[n] == Arabic.lam else { return nil }
        n += 1
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: letters[n...])
        var word = String(rest)
        // لل: the preposition on the article (للصحيفة = ل + الصحيفة)
        if word.hasPrefix(String(Arabic.lam)) { word = String(Arabic.alef) + word }
        for m in cues.starting(at: t) {
            switch rules[m.rule].kind {
            case .outletHead:
                return a.tokens[t].start + n
            case .outlet:
                let bare = word.hasPrefix(Arabic.article) ? String(word.dropFirst(2)) : word
                if rules[m.rule].outletNames.contains(where: { $0.first == word || $0.first == bare || $0.first == Arabic.article + bare }) {
                    return a.tokens[t].start + n
                }
            default: continue
            }
        }
        return nil
    }

    /// When `words[k]` is في after a title or role (the phrase's first word) and one or two
    /// place words follow it, then a title and a name (`... في تعز العميد سمير الحاج`), the
    /// position of that title: the phrase takes the place and goes on. Nil otherwise.
    func placeThenTitle(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Int? {
        guard k > i, k + 3 < words.count, a.tokens.letters(words[k]).elementsEqual(Arabic.fi.unicodeScalars),
              cues.kinds(at: words[i], rules).intersects([.title, .role]) else { return nil }
        for n in 1...2 where k + n + 1 < words.count {
            let t = words[k + n]
            // the place words: no cue of their own, no punctuation before the title
            if !cues.kinds(at: t, rules).isEmpty && !cues.kinds(at: t, rules).subtracting([.organization]).isEmpty { return nil }
            let title = words[k + n + 1]
            if hasPunctBetween(a, words[k], title) { return nil }
            if cues.has(.title, at: title, rules), hasName(a, words[(k + n + 2)..<min(words.count, k + n + 5)].filter { !cues.kinds(at: $0, rules).intersects(Self.stopKinds) }, cues: cues) {
                return k + n + 1
            }
        }
        return nil
    }

    /// When `words[k]` is في after a title that opens the phrase and one to three words of a
    /// body or a place follow it (no cue of their own but a body's, the last with the article),
    /// then — after a comma or none — the holder's name of one to four words that closes before
    /// what follows a speaker (a comma, the outlet told to, a complement): `مدير الإعلام في شرطة
    /// المنطقة، أحمد السالم لـ«سكاي نيوز»`. The position after the place words (the name joins
    /// the phrase there, or as an apposition after the comma). Nil otherwise.
    func placeThenName(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Int? {
        guard k > i, k + 2 < words.count, a.tokens.letters(words[k]).elementsEqual(Arabic.fi.unicodeScalars),
              cues.has(.title, at: words[i], rules), !cues.has(.role, at: words[i], rules),
              // (not after who was spoken to: وزير النقل فلان للصحافيين في المطار)
              !Self.isPrepositional(a.tokens.letters(words[k - 1])) else { return nil }
        func plain(_ w: Int) -> Bool { cues.kinds(at: w, rules).subtracting([.organization]).isEmpty }
        var n = 1
        while n <= 3 && k + n < words.count {
            let t = words[k + n]
            if a.tokens[t].afterBreak || hasPunctBetween(a, words[k + n - 1], t) || !plain(t) { return nil }
            // the name after the place words
            let p = k + n + 1
            if p < words.count, Self.isDefinite(a.tokens.letters(t)),
               (!a.tokens[words[p]].afterBreak && !hasPunctBetween(a, t, words[p])) || commaBetween(a, t, words[p]) {
                var e = p
                while e < words.count && e - p < 4 && cues.covered(words[e]).isEmpty && !Self.isDefinite(a.tokens.letters(words[e]))
                    && (e == p || !hasPunctBetween(a, words[e - 1], words[e])) && !Self.isLoneLam(a.tokens.letters(words[e])) {
                    e += 1
                }
                // (a family name with the article ends it: أحمد السالم)
                if e > p, e < words.count, e - p < 4, cues.covered(words[e]).isEmpty, Self.isDefinite(a.tokens.letters(words[e])),
                   !hasPunctBetween(a, words[e - 1], words[e]) { e += 1 }
                if e > p, hasName(a, words[p..<e], cues: cues), !Self.isDefinite(a.tokens.letters(words[p])) {
                    let closes = e >= words.count || commaBetween(a, words[e - 1], words[e])
                        || Self.isLoneLam(a.tokens.letters(words[e])) || toldOutletStart(a, words[e], cues: cues) != nil
                        || cues.kinds(at: words[e], rules).intersects([.told, .complement])
                    if closes { return p }
                }
            }
            n += 1
        }
        return nil
    }

    /// Whether `words[k]` is في after an unnamed group or role that opens the phrase, with a
    /// body or an outlet right after it (`مسؤولون في وزارة الصحة`, `مصادر في الحزب`).
    func isInsideBody(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Bool {
        guard k > i, k + 1 < words.count, a.tokens.letters(words[k]).elementsEqual(Arabic.fi.unicodeScalars),
              !hasPunctBetween(a, words[k], words[k + 1]) else { return false }
        let head = cues.kinds(at: words[i], rules)
        guard head.intersects([.collective, .role, .anonymous]), !head.contains(.title) else { return false }
        return cues.kinds(at: words[k + 1], rules).intersects([.organization, .outlet, .outletHead])
    }

    /// Whether `words[k]`, inside a phrase opened by a title or a role, is a reporting word whose
    /// every rule needs a complement, followed by a word that goes on the phrase (أستاذ علم الإجرام
    /// بجامعة نايف ... أحسن أبو طالب: علم is the science, not "learned"): it names no speech and
    /// does not end the name.
    func isIdleReport(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Bool {
        guard k > i, cues.kinds(at: words[i], rules).intersects([.title, .role]) else { return false }
        let t = words[k]
        let kinds = cues.kinds(at: t, rules)
        guard kinds.contains(.report), kinds.subtracting([.report, .verb]).isEmpty else { return false }
        for m in cues.starting(at: t) where rules[m.rule].kind == .report && !rules[m.rule].needsComplement { return false }
        // the word after it goes on a name or a term (علم الإجرام، علم الدين), not a
        // preposition or another cue (مشيرا إلى: a participle of speech)
        // (the complement of the verb that opened the phrase may well follow: قال أستاذ علم
        // الاجتماع فلان إن ...)
        guard k + 1 < words.count, !hasPunctBetween(a, t, words[k + 1]),
              !cues.kinds(at: words[k + 1], rules).intersects(Self.stopKinds.union([.adverb, .verb])) else { return false }
        return true
    }

    /// Whether `words[k]`, a word a rule reads as an adverb, stands between two words that look
    /// like proper names with no cue of their own and no punctuation around it
    /// (عبدالرحمن صباح عيدان): it is part of the name.
    func isInsideName(_ a: ArticleText, _ words: [Int], at k: Int, cues: TokenCues) -> Bool {
        guard k > 0, k + 1 < words.count else { return false }
        let before = words[k - 1], t = words[k], after = words[k + 1]
        guard !a.tokens[t].afterBreak, !a.tokens[after].afterBreak,
              !hasPunctBetween(a, before, t), !hasPunctBetween(a, t, after),
              !Self.isDefinite(a.tokens.letters(t)) else { return false }
        func plainName(_ w: Int) -> Bool { cues.covered(w).isEmpty && hasName(a, CollectionOfOne(w), cues: cues) }
        // (a short word after it is more likely the adverb's own, مساء أول أمس, and one before it
        // a particle, بل أيضا)
        return plainName(before) && plainName(after) && a.tokens.letters(before).count >= 3 && a.tokens.letters(after).count >= 4
    }

    /// Whether the word is the name علي, spelled with a dotted ي where the preposition على has
    /// ى (folding makes them one word): `المرشد الأعلى آية الله علي خامنئي` goes on to the name.
    /// The word must be inside a phrase that already holds a word, so `على` spelled `علي` by a
    /// writer who drops the dots can only lengthen a name, never start one.
    /// Spelled so, it is still the preposition now and then (all.jsonl: 3,627 «X علي Y», about one
    /// in twenty the preposition by a sample's reading — most before a function word, 78, or a
    /// noun of the ة ending: قادرة علي القضاء، علي ضرورة، علي أهمية): it is the name only with a
    /// name's evidence around it — a title or a lineage particle before it (الدكتور علي، د. علي،
    /// بن علي: 682), or a given name (الوزير محمد علي، وذكر أحمد علي بأنه); a particle or عبد after it (علي
    /// بن، علي آل، علي عبدالله: 1,000); a word after it that no rule knows and looks like a family
    /// name: one with the article (علي الزهراني: 429, علي الشعيلان) or without it, not ending in ة
    /// (علي خامنئي، علي صالح); or nothing after it on the unit (الحاج علي،).
    /// The speech verb a علي answers to decides first (review): after one that takes على (أكد،
    /// شدد، حث، أصر على: `Arabic.alaVerbs`), a علي before أن, a word a rule knows, a noun of the ة
    /// ending or a verbal noun (أهمية، ضرورة، الالتزام، استمرار) is the preposition even after a
    /// title (وأكد الوزير علي الالتزام) — a particle, عبد or a family name after it keeps the name;
    /// after one that takes no على (قال، أوضح، أضاف) it is the name before إن / أن / في / لـ
    /// (قال علي إن، وقال نجله الأكبر علي لوكالة).
    func isNameAli(_ a: ArticleText, _ t: Int, cues: TokenCues) -> Bool {
        guard isDottedAli(a, t) else { return false }
        let n = t + 1
        let next: ArraySlice<Unicode.Scalar>? = n < a.tokens.count && a.tokens[n].kind == .word && !a.tokens[n].afterBreak ? a.tokens.letters(n) : nil
        let verb = speechVerbBefore(a, t, cues: cues)
        let alaVerb = verb.map { Self.takesAla(a.tokens.letters($0)) } ?? false
        var preposition = false
        if alaVerb, let l = next, !Self.isAmong(l, Self.nameLinkLetters), !Self.isAmong(l, Self.abuLetters), !l.starts(with: Self.abd) {
            preposition = !cues.covered(n).isEmpty || Standards.functionWords.contains(l) || l.last == Arabic.ha
                || Self.isVerbalNounShape(Self.isDefinite(l) ? Standards.withoutArticle(l)[...] : l)
            // (the verb's own على right after the word: وشدد الشيخ علي جمعة على أن — the word
            // before it is a family name, the علي before that the name)
            if preposition, cues.covered(n).isEmpty, !Standards.functionWords.contains(l), isAla(a, after: n) { preposition = false }
        }
        var p = t - 1
        // (د. علي، م. علي: an abbreviated title's dot between)
        if p - 1 >= 0, a.tokens[p].kind == .punct, a.tokens[p].is("."), a.tokens[p - 1].kind == .word,
           cues.covered(p - 1).contains(.title) || a.tokens.letters(p - 1).count == 1 { return true }
        if p >= 0, a.tokens[p].kind == .word, !a.tokens[t].afterBreak {
            let l = a.tokens.letters(p)
            if Self.isAmong(l, Self.lineageParticles) { return true }
            if cues.covered(p).contains(.title) { return !preposition }
            // a given name before it (الوزير محمد علي قال، وذكر أحمد علي بأنه، قال محمد علي الذي)
            if cues.covered(p).isEmpty, !Self.isDefinite(l), hasName(a, CollectionOfOne(p), cues: cues) { return true }
        }
        if preposition { return false }
        // (nothing after it but punctuation or the unit's end: a name called so, الحاج علي،)
        guard let l = next else { return p >= 0 && a.tokens[p].kind == .word }
        if Self.isAmong(l, Self.nameLinkLetters) || Self.isAmong(l, Self.abuLetters) || l.starts(with: Self.abd) { return true }
        if !cues.covered(n).isEmpty || Standards.functionWords.contains(l) { return verb != nil && !alaVerb }
        if Self.isDefinite(l) { return true }
        // a word of the ة ending is a noun after the preposition (قادرة علي القضاء، حرصنا علي
        // إقامة) — but not after a speech verb that takes no على: there it is a family name
        // (وقال الشيخ علي جمعة، ودعا مدير التعليم علي عوضة إلى، وقال القيادي علي عيدة لـ;
        // all.jsonl: a speech verb up to four words before «علي + word in ة», 22, all names), nor
        // after one that does when its own على follows the word (وشدد مدير التعليم علي عوضة على)
        let familyInTa = verb != nil && (!alaVerb || isAla(a, after: n))
        return (l.last != Arabic.ha || familyInTa) && ((l.count >= 4 && l.last == Arabic.ya) || hasName(a, CollectionOfOne(n), cues: cues))
    }
    /// Whether the word after word `t` on its line, with no mark between, is على (either spelling).
    func isAla(_ a: ArticleText, after t: Int) -> Bool {
        let n = t + 1
        guard n < a.tokens.count, a.tokens[n].kind == .word, !a.tokens[n].afterBreak else { return false }
        return a.tokens.letters(n).elementsEqual(Arabic.ali.unicodeScalars)
    }
    /// Whether the word is علي spelled with a dotted ي where the preposition على has ى (folding
    /// makes them one word; عليّ "on me" ends in its shadda).
    func isDottedAli(_ a: ArticleText, _ t: Int) -> Bool {
        guard a.tokens.letters(t).elementsEqual(Arabic.ali.unicodeScalars) else { return false }
        let span = a.text.originalSpan(a.tokens[t].start, a.tokens[t].end)
        return a.text.originalScalars(span).last == Arabic.ya
    }
    /// The nearest speech verb before word `t` on its line, with only words between (a title, a
    /// role, a name: وقال نجله الأكبر علي، وأكد المتحدث باسم الشركة علي), at most six words back.
    func speechVerbBefore(_ a: ArticleText, _ t: Int, cues: TokenCues) -> Int? {
        var p = t - 1, words = 0
        while p >= 0, a.tokens[p].kind == .word, !a.tokens[p + 1].afterBreak, words < 6 {
            if cues.covered(p).intersects([.verb, .report, .denial]) { return p }
            p -= 1; words += 1
        }
        return nil
    }
    /// Whether a verb's word is one of `Arabic.alaVerbs` (its stem inside the word, و / ف aside).
    static func takesAla(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        alaVerbLetters.contains { stem in w.count >= stem.count && (0...(w.count - stem.count)).contains { w.dropFirst($0).starts(with: stem) } }
    }
    static let alaVerbLetters = Arabic.alaVerbs.map { Normalizer.foldedScalars($0) }
    static let abuLetters = Arabic.abu.map { Normalizer.foldedScalars($0) }

    /// Whether word `t` reads as an adverb of manner by its form: the accusative's tanween fath
    /// (قطعياً، مخاطبًا), or ـا ending a word of four letters or more (وتفصيلا، وتماما).
    func looksAdverbial(_ a: ArticleText, _ t: Int) -> Bool {
        let o = a.text.originalScalars(a.text.originalSpan(a.tokens[t].start, a.tokens[t].end))
        return hasTanweenFath(a, t) || (a.tokens.letters(t).count >= 4 && o.last == Arabic.alef)
    }
    /// Whether `words[k]` and the word after it are one of the fixed adverb pairs
    /// (`Arabic.adverbPairs`: جملة وتفصيلا، شكلا ومضمونا، قلبا وقالبا), with or without the
    /// tanween fath and no mark between — not a name and a second name after و (المدرب زيدان
    /// ومارادونا، اللواء عطاً الله).
    func opensAdverbPair(_ a: ArticleText, _ words: [Int], at k: Int) -> Bool {
        guard k + 1 < words.count else { return false }
        let t = words[k], n = words[k + 1]
        guard !a.tokens[n].afterBreak, !hasPunctBetween(a, t, n) else { return false }
        let first = a.tokens.letters(t), second = a.tokens.letters(n)
        return Self.adverbPairLetters.contains { $0.0.elementsEqual(first) && $0.1.elementsEqual(second) }
    }
    static let adverbPairLetters: [([Unicode.Scalar], [Unicode.Scalar])] = Arabic.adverbPairs.map {
        (Normalizer.foldedScalars($0.0), Normalizer.foldedScalars($0.1))
    }

    /// Whether word `t` carries the tanween fath (ً) in the original text: a noun or adjective in
    /// the accusative, or an adverb (إسهاماً، مخاطبًا، دائمًا).
    func hasTanweenFath(_ a: ArticleText, _ t: Int) -> Bool {
        a.text.originalScalars(a.text.originalSpan(a.tokens[t].start, a.tokens[t].end)).contains(Arabic.tanweenFath)
    }

    /// Whether word `t` is غير right after `last` and followed by `next`, a relational adjective
    /// that agrees with `last` in carrying the article or not (المنظمة غير الحكومية، مصادر غير
    /// رسمية), with nothing between them: "non-", part of the name, not a stop.
    func isNonAdjective(_ a: ArticleText, _ last: Int, _ t: Int, _ next: Int) -> Bool {
        guard a.tokens.letters(t).elementsEqual(Arabic.ghayr.unicodeScalars), t == last + 1, next == t + 1,
              !a.tokens[t].afterBreak, !a.tokens[next].afterBreak else { return false }
        let n = a.tokens.letters(next)
        guard Self.isDefinite(n) == Self.isDefinite(a.tokens.letters(last)),
              Self.isRelational(Array(Self.stem(n).unicodeScalars)[...]) else { return false }
        return Self.stem(n).unicodeScalars.count >= 4
    }

    /// Whether `words[k]` is بان opening the name بان كي مون: كي after it, and no hamza written
    /// on its alef (بأن, the complementiser, folds to the same word).
    func isNameBan(_ a: ArticleText, _ words: [Int], at k: Int) -> Bool {
        guard k + 1 < words.count, a.tokens.letters(words[k]).elementsEqual(Self.banLetters),
              Self.banSecond.contains(where: { $0.elementsEqual(a.tokens.letters(words[k + 1])) }),
              !hasPunctBetween(a, words[k], words[k + 1]) else { return false }
        let t = words[k]
        let span = a.text.originalSpan(a.tokens[t].start, a.tokens[t].end)
        return !a.text.originalScalars(span).contains(where: Arabic.isAlefWithHamzaOrMadda)
    }
    static let banLetters = Array(Arabic.ban.unicodeScalars)
    static let banSecond = Arabic.banSecond.map { Normalizer.foldedScalars($0) }
    static let banThird = Normalizer.foldedScalars(Arabic.banThird)

    /// Whether a phrase opened by a body's leadership and the body's name (`taken`: مديرو
    /// التعليم، قادة الاتحاد الأوروبي) is whole before word `t`: `closesDefiniteBody` read on
    /// the body's words.
    func closesLeadership(_ a: ArticleText, _ taken: [Int], before t: Int, cues: TokenCues) -> Bool {
        // (the cue tests before the stem, which builds a String)
        guard taken.count >= 2, cues.has(.collective, at: taken[0], rules), cues.has(.organization, at: taken[1], rules),
              Self.leadershipNouns.contains(Self.stem(a.tokens.letters(taken[0]))),
              !hasPunctBetween(a, taken[0], taken[1]) else { return false }
        return closesDefiniteBody(a, Array(taken.dropFirst()), before: t, head: taken[1], cues: cues)
    }

    func commaBetween(_ a: ArticleText, _ w1: Int, _ w2: Int) -> Bool {
        guard w1 + 1 < w2 else { return false }
        var comma = false
        for t in (w1 + 1)..<w2 where a.tokens[t].kind == .punct {
            if a.tokens[t].isComma { comma = true } else if !a.tokens[t].is("\"") { return false }
        }
        return comma
    }

    /// Whether only the dot of a one-letter title stands between two words (د.نبيل، د. خالد):
    /// the name goes on.
    func isTitleDot(_ a: ArticleText, _ w1: Int, _ w2: Int) -> Bool {
        guard w2 == w1 + 2, a.tokens[w1 + 1].kind == .punct, a.tokens[w1 + 1].is(".") else { return false }
        let l = a.tokens.letters(w1)
        if l.count == 1 && Arabic.isLetter(l[l.startIndex]) { return true }
        // spelled-out initials (سي. آي. أيه، إف. بي. آي): short letter names on both sides
        return Self.isLetterName(l) && Self.isLetterName(a.tokens.letters(w2))
    }

    /// Whether a word is a Latin letter as Arabic spells it out in initials (سي. آي. أيه، إف. بي. آي),
    /// by the segmenter's one table of letter names.
    static func isLetterName<C: Collection>(_ l: C) -> Bool where C.Element == Unicode.Scalar {
        guard l.count >= 2 && l.count <= 3 else { return false }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: l)
        return Abbreviations.letterNames.contains(String(v))
    }

    /// Whether only quotation marks stand between two words (with `brackets`, round brackets too:
    /// دعا (تحالف دعم الشرعية) إلى).
    func onlyQuotesBetween(_ a: ArticleText, _ w1: Int, _ w2: Int, brackets: Bool = false) -> Bool {
        guard w1 + 1 < w2 else { return false }
        for t in (w1 + 1)..<w2 {
            let tok = a.tokens[t]
            guard tok.kind == .punct, tok.is("\"") || (brackets && (tok.is("(") || tok.is(")"))) else { return false }
        }
        return true
    }

    /// Whether a round bracket stands between two words.
    func bracketBetween(_ a: ArticleText, _ w1: Int, _ w2: Int, closing: Bool) -> Bool {
        guard w1 + 1 < w2 else { return false }
        return ((w1 + 1)..<w2).contains { a.tokens[$0].is(closing ? ")" : "(") }
    }

    /// Whether a closing quotation mark, then a colon, stand between two words (and nothing else
    /// but marks): a name in marks introducing what it said (وأكدت "فاطمة السلمي": "يجب …").
    func quoteThenColon(_ a: ArticleText, _ w1: Int, _ w2: Int) -> Bool {
        guard w1 + 2 < w2, a.tokens[w1 + 1].kind == .punct, a.tokens[w1 + 1].is("\"") else { return false }
        var colon = false
        for t in (w1 + 1)..<w2 {
            guard a.tokens[t].kind == .punct else { return false }
            if a.tokens[t].is(":") { colon = true } else if !a.tokens[t].is("\"") { return false }
        }
        return colon
    }

    /// After a title or role that opens the phrase, في and a field (شؤون التكنولوجيا، مجال الطاقة,
    /// an idafa chain of up to three words ending in a definite noun), then the holder's name of
    /// one to three words that carry no article and no cue, closed by punctuation, the end of the
    /// unit or what follows a speaker (المحلل في شؤون التكنولوجيا كريس غرين لبي بي سي نيوز): the
    /// position of the name, so the phrase takes the field and goes on to it. Nil otherwise (باحثة
    /// متخصصة في مجال مكافحة الإرهاب من …: no name).
    func fieldThenName(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Int? {
        guard k > i, k + 3 < words.count, a.tokens.letters(words[k]).elementsEqual(Arabic.fi.unicodeScalars),
              cues.kinds(at: words[i], rules).intersects([.title, .role]), isFieldHead(a, words[k + 1]) else { return nil }
        // the field's last word: the first definite one within three words after the head
        guard let last = (k + 2..<min(words.count, k + 5)).first(where: { Self.isDefinite(a.tokens.letters(words[$0])) }),
              !hasPunctBetween(a, words[k], words[last]), !a.tokens[words[last]].afterBreak else { return nil }
        var n = last + 1
        while n < words.count && n < last + 4 {
            let t = words[n]
            if a.tokens[t].afterBreak || hasPunctBetween(a, words[n - 1], t) { break }
            let l = a.tokens.letters(t)
            // (a family name with the article ending in ي closes a full name: محمد العلي, as after a
            // member's bloc, `blocThenName`)
            if n > last + 1 && isFamilyName(a, t, cues: cues) { n = afterFamilyNames(a, words, from: n, cues: cues); break }
            if !cues.kinds(at: t, rules).isEmpty || Self.isDefinite(l) || Self.isLoneLam(l) || !hasName(a, CollectionOfOne(t), cues: cues) { break }
            n += 1
        }
        guard n > last + 1 else { return nil }
        if n < words.count {
            let t = words[n]
            let closes = a.tokens[t].afterBreak || hasPunctBetween(a, words[n - 1], t) || Self.isLoneLam(a.tokens.letters(t))
                || cues.kinds(at: t, rules).intersects(Self.stopKinds.union([.complement, .told, .outlet, .outletHead]))
            if !closes { return nil }
        }
        return last + 1
    }

    /// Whether a word is a family name with the article ending in ي and no cue of its own (العلي،
    /// الشمري) — what closes a full name after its given names.
    func isFamilyName(_ a: ArticleText, _ t: Int, cues: TokenCues) -> Bool {
        let l = a.tokens.letters(t)
        return Self.isDefinite(l) && l.last == Arabic.ya && cues.kinds(at: t, rules).isEmpty
    }
    /// The position after the family name at `n` and a second one right after it, with no
    /// punctuation or line break between (محمد العلي الشمري: a tribe's name after the family's).
    func afterFamilyNames(_ a: ArticleText, _ words: [Int], from n: Int, cues: TokenCues) -> Int {
        let m = n + 1
        guard m < words.count, !a.tokens[words[m]].afterBreak, !hasPunctBetween(a, words[n], words[m]),
              isFamilyName(a, words[m], cues: cues) else { return m }
        return m + 1
    }

    static let memberTitles = Arabic.memberTitles.map { Normalizer.foldedScalars($0) }
    /// After a member's title that opens the phrase (عضو البرلمان، النائب، عضو مجلس الشيوخ:
    /// `Arabic.memberTitles`; not a title before أعرب عن's object, خادم الحرمين الشريفين عن شكره), عن and
    /// the bloc or the place the holder sits for (one to four words, the last with the article or
    /// a name: ائتلاف دولة القانون، ولاية فلوريدا), then the holder's name — one to three words
    /// with no article and no cue, and a family name with the article ending in ي after them
    /// (محمد الشمري) — closed by punctuation, the end of the unit or what follows a speaker: the
    /// position after the bloc, so the phrase takes it and goes on to the name. Nil otherwise
    /// (النائب عن الحزب الديمقراطي الكردستاني: no name).
    func blocThenName(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Int? {
        guard k > i, k + 2 < words.count, a.tokens.letters(words[k]).elementsEqual(Arabic.anFor.unicodeScalars),
              Self.memberTitles.contains(where: { $0.elementsEqual(a.tokens.letters(words[i])) }) else { return nil }
        // the bloc: up to four words with no punctuation and no cue but a name's (ائتلاف دولة
        // القانون: a body, a document word), then the name
        for end in (k + 2)...min(words.count - 1, k + 5) {
            let last = words[end - 1]
            if hasPunctBetween(a, words[k], last) || a.tokens[last].afterBreak { return nil }
            if !cues.kinds(at: last, rules).subtracting(Self.namePartKinds).isEmpty { return nil }
            var n = end
            var name = 0
            while n < words.count && n < end + 4 {
                let t = words[n]
                if a.tokens[t].afterBreak || hasPunctBetween(a, words[n - 1], t) { break }
                let l = a.tokens.letters(t)
                if !cues.kinds(at: t, rules).isEmpty || Self.isLoneLam(l) { break }
                if Self.isDefinite(l) {
                    if name > 0 && isFamilyName(a, t, cues: cues) { name += 1; n = afterFamilyNames(a, words, from: n, cues: cues) }
                    break
                }
                if !hasName(a, CollectionOfOne(t), cues: cues) { break }
                name += 1; n += 1
            }
            guard name >= 2 else { continue }
            if n < words.count {
                let t = words[n]
                let closes = a.tokens[t].afterBreak || hasPunctBetween(a, words[n - 1], t) || Self.isLoneLam(a.tokens.letters(t))
                    || cues.kinds(at: t, rules).intersects(Self.stopKinds.union([.complement, .told, .outlet, .outletHead]))
                if !closes { continue }
            }
            return end
        }
        return nil
    }

    static let objectPronounLetters = Arabic.objectPronouns.map { Normalizer.foldedScalars($0) }
    static let firstPersonLetters = Arabic.firstPersonPronouns.map { Normalizer.foldedScalars($0) }
    static let overseerTitleLetters = Arabic.overseerTitles.map { Normalizer.foldedScalars($0) }
    static let alaLetters = Normalizer.foldedScalars(Arabic.alaOver)
    /// After a supervisor's title that opens the phrase (المشرف العام، المشرفة: `Arabic.overseerTitles`),
    /// على and what the holder oversees (one to eight words, no punctuation but quotation marks or
    /// brackets, no cue but a name's: البرنامج الوطني للحرف والصناعات اليدوية "بارع"), then the
    /// holder's title and name (الدكتور جاسر الحربش) or the name alone after a word with the article
    /// (على المشروع عبدالمحسن بوحمد: two words at least) — up to four words with no article and no
    /// cue, the last may be a family name with the article, closed by punctuation, the end of the unit or what follows
    /// a speaker: the position of the name, so the phrase takes what is overseen and the title and
    /// goes on to it. Nil otherwise (أثنى المشرف العام على جهود …: على is the verb's; no name).
    func overseenThenName(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Int? {
        guard k > i, k + 2 < words.count, a.tokens.letters(words[k]).elementsEqual(Self.alaLetters),
              Self.isAmong(a.tokens.letters(words[i]), Self.overseerTitleLetters) else { return nil }
        // a word that can open the holder's name: one that looks like a name, or one ending in ي
        // (مهدي، صبري، علي: after what is overseen, no adjective — it would carry the article)
        func isFirstName(_ t: Int) -> Bool {
            let l = a.tokens.letters(t)
            return hasName(a, CollectionOfOne(t), cues: cues) || (l.count >= 3 && l.last == Arabic.ya && !Self.isDefinite(l))
        }
        // the holder's name from position p: its end when it closes as a speaker's does, else nil
        func name(from p: Int) -> Int? {
            var n = p, count = 0
            while n < words.count && count < 4 {
                let t = words[n]
                if a.tokens[t].afterBreak || hasPunctBetween(a, words[n - 1], t) { break }
                let l = a.tokens.letters(t)
                if (!cues.covered(t).isEmpty && !isNameAli(a, t, cues: cues)) || Self.isLoneLam(l) { break }
                if Self.isDefinite(l) {
                    if count > 0 { n += 1; count += 1 }
                    break
                }
                // (the first word a name; the next ones may look like a preposition on a word: بوحمد)
                if count == 0 && !isFirstName(t) { break }
                n += 1; count += 1
            }
            guard count > 0 else { return nil }
            if n < words.count {
                let t = words[n]
                let closes = a.tokens[t].afterBreak || hasPunctBetween(a, words[n - 1], t) || Self.isLoneLam(a.tokens.letters(t))
                    || cues.kinds(at: t, rules).intersects(Self.stopKinds.union([.complement, .told, .outlet, .outletHead, .adverb, .verb, .title, .role]))
                if !closes { return nil }
            }
            return n
        }
        var n = k + 1
        while n < words.count && n <= k + 9 {
            let t = words[n]
            if a.tokens[t].afterBreak { return nil }
            if hasPunctBetween(a, words[n - 1], t) && !onlyQuotesBetween(a, words[n - 1], t, brackets: true) { return nil }
            if n > k + 1 {
                // the holder's title, then the name (الدكتور جاسر الحربش)
                if cues.has(.title, at: t, rules), let m = cues.longest([.title], at: t, rules) {
                    var p = n
                    while p < words.count && words[p] < m.nextToken { p += 1 }
                    guard p < words.count, !hasPunctBetween(a, words[p - 1], words[p]), name(from: p) != nil else { return nil }
                    return p
                }
                // the name alone after a word with the article (على المشروع عبدالمحسن بوحمد)
                // — two words at least (a lone word there is what the speaker did: على القناة الثقافية رداً)
                if Self.isDefinite(a.tokens.letters(words[n - 1])), cues.covered(t).isEmpty || isNameAli(a, t, cues: cues), !Self.isDefinite(a.tokens.letters(t)),
                   !hasPunctBetween(a, words[n - 1], t), isFirstName(t), let end = name(from: n), end - n >= 2 {
                    return n
                }
            }
            if !cues.covered(t).subtracting(Self.namePartKinds).isEmpty { return nil }
            n += 1
        }
        return nil
    }

    /// Whether a word heads a field after في (شؤون، مجال، قضايا …: Arabic.fieldHeads).
    func isFieldHead(_ a: ArticleText, _ t: Int) -> Bool {
        let l = a.tokens.letters(t)
        return Self.fieldHeads.contains { $0.elementsEqual(l) }
    }

    /// The preposition ل written alone, with or without tatweel (ل، لـ).
    static func isLoneLam(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        w.first == Arabic.lam && w.dropFirst().allSatisfy { $0 == Arabic.tatweel }
    }

    /// After a document word opening a phrase (المادة، البند، الفقرة), its number, in brackets or
    /// not, then من and the word that names the document (المادة (27) من لائحة …): the index of
    /// that word, so the phrase reads on into the document's name; nil otherwise.
    func numberedPartOf(_ a: ArticleText, _ words: [Int], at k: Int, phraseStart i: Int, cues: TokenCues) -> Int? {
        guard k + 2 < words.count, cues.has(.documentHead, at: words[i], rules) else { return nil }
        let number = words[k], min = words[k + 1], named = words[k + 2]
        guard a.tokens.letters(number).allSatisfy({ $0.properties.numericType != nil }),
              a.tokens.letters(min).elementsEqual(Arabic.partOf.unicodeScalars),
              cues.kinds(at: named, rules).intersects([.documentHead, .organization]) else { return nil }
        let brackets = { (from: Int, to: Int) in ((from + 1)..<to).allSatisfy { a.tokens[$0].is("(") || a.tokens[$0].is(")") } }
        guard brackets(words[i], number), brackets(number, min), !hasPunctBetween(a, min, named) else { return nil }
        return k + 2
    }

    func hasPunctBetween(_ a: ArticleText, _ w1: Int, _ w2: Int) -> Bool { a.hasPunct(from: w1 + 1, to: w2) }

    /// The kind of a source phrase, from the cues inside it.
    public func classify(_ a: ArticleText, _ words: [Int], cues: TokenCues) -> SourceKind {
        guard let first = words.first else { return .person }
        var kinds = CueKinds()
        for w in words { kinds.formUnion(cues.kinds(at: w, rules)) }
        if kinds.contains(.anonymous) || kinds.contains(.passive) { return .anonymous }
        // a number as the speaker is a part of a group (12 من الأعضاء): SOURCING.md, anonymous
        if words.allSatisfy({ a.tokens.letters($0).allSatisfy { Segmenter.isDigit($0) } }) { return .anonymous }
        // a number before a group's plural (ثلاثة شهود، خمسة مسؤولين، 3 مسؤولين): an unnamed group
        // of that many, anonymous like the plural alone (SOURCING.md, anonymous) — unless its
        // members are named after it
        if words.count >= 2, !kinds.contains(.members), !hasPunctBetween(a, first, words[1]), cues.has(.collective, at: words[1], rules),
           a.tokens.letters(first).allSatisfy({ Segmenter.isDigit($0) }) || Self.isAmong(Arabic.withoutProclitics(a.tokens.letters(first)), Self.countingCardinalLetters) {
            return .anonymous
        }
        // an agency that is no news agency (وكالة ناسا، وكالة الطاقة الذرية، وكالة الوزارة):
        // the body's name runs past the outlet word
        if let org = cues.longest([.organization], at: first, rules),
           org.end > (cues.longest([.outletHead, .outlet], at: first, rules)?.end ?? Int.max) { return .organization }
        // an agency named by spelled-out initials that no outlet rule knows (وكالة سي. آي. أيه)
        if cues.has(.outletHead, at: first, rules) && !kinds.contains(.outlet) && words.count > 2
            && words.dropFirst().allSatisfy({ Self.isLetterName(a.tokens.letters($0)) }) { return .organization }
        // a named body's members as a whole (أعضاء مجلس الإدارة، أعضاء اللجنة): a body rule longer
        // than the group word it opens is the body on the record, named — not part of a group
        // (أعضاء في الحركة) (SOURCING.md, anonymous / named)
        if let org = cues.longest([.organization], at: first, rules), let group = cues.longest([.collective], at: first, rules),
           org.end > group.end { return .organization }
        // a body's own site or account (موقع النادي الرسمي، الموقع الرسمي للوزارة، صفحتها الرسمية):
        // the body speaking, named — not another outlet's reporting (SOURCING.md, secondhand)
        if !kinds.contains(.outlet) && cues.has(.outletHead, at: first, rules) && isOwnSite(a, words, cues: cues) { return .organization }
        // unnamed outlets (وسائل إعلام محلية، صحف غربية) are an unidentified group
        if cues.has(.collective, at: first, rules) && cues.has(.outletHead, at: first, rules) && !kinds.contains(.outlet) { return .anonymous }
        // the leadership of a named state or body (قادة إيران، قادة الاتحاد الأوروبي، مديرو التعليم):
        // the holders of its offices, on the record like the body — not a group inside it (قيادات
        // في الحزب) nor leaders described (قادة عسكريون) (SOURCING.md, named)
        if words.count >= 2, cues.has(.collective, at: first, rules),
           Self.isAmong(Self.stemLetters(a.tokens.letters(first)), Self.leadershipNounLetters),
           cues.has(.organization, at: words[1], rules), !hasPunctBetween(a, first, words[1]) { return .organization }
        // a body's bulletin (النشرة الإحصائية، النشرة التحليلية لمنظمة أوبك، نشرة الإصدار): a
        // document rule reaching past the outlet word at the same place is the body's document,
        // named — not an outlet's (a channel's نشرة الأخبار keeps its outlet) (SOURCING.md,
        // named: a document; a body's own publication is the body speaking)
        if !kinds.contains(.outlet), let d = cues.longest([.documentHead], at: first, rules),
           d.end > (cues.longest([.outletHead], at: first, rules)?.end ?? Int.max) { return .document }
        if kinds.contains(.outlet) || cues.has(.outletHead, at: first, rules) { return .outlet }
        // a group whose members are named is a named source
        if kinds.contains(.members) && (cues.has(.collective, at: first, rules) || cues.has(.role, at: first, rules)) { return .person }
        if cues.has(.collective, at: first, rules) { return .anonymous }
        // a deputy of a title (نائب الرئيس العراقي، نائب وزير الخارجية) holds a unique title, named
        // like the title (SOURCING.md, named) — not نائب alone, a member of parliament (a role)
        let deputyOfTitle = words.count >= 2 && Self.deputyWords.contains { $0.elementsEqual(a.tokens.letters(first)) }
            && cues.has(.title, at: words[1], rules) && !hasPunctBetween(a, first, words[1])
        // a compound title that opens with a role's word (النائب العام، المدعي العام، العضو
        // المنتدب): one holder, named like the title (SOURCING.md, named) — the title's cue reaches
        // past the role's
        let titleOverRole = (cues.longest([.title], at: first, rules)?.end ?? 0) > (cues.longest([.role], at: first, rules)?.end ?? Int.max)
        if cues.has(.role, at: first, rules) && !deputyOfTitle && !titleOverRole {
            // a generic role is anonymous unless a name follows it (a body it is in, after في,
            // names no one: مصدر في الحزب)
            let rest = words.dropFirst().prefix { !a.tokens.letters($0).elementsEqual(Arabic.fi.unicodeScalars) }
            if hasName(a, rest, cues: cues) { return .person }
            // a field after في, then the holder's name (المحلل في شؤون التكنولوجيا كريس غرين)
            if rest.count + 2 < words.count, isFieldHead(a, words[rest.count + 2]),
               let end = words[(rest.count + 3)...].firstIndex(where: { Self.isDefinite(a.tokens.letters($0)) }),
               end + 1 < words.count, hasName(a, words[(end + 1)...], cues: cues) { return .person }
            // the body after في, then the holder's name in apposition after a comma (القيادي في
            // حركة الجهاد الإسلامي، الشيخ وحيد أبو ماريا؛ الناشط في الحركة، أحمد علي): the role
            // is his, the person named (SOURCING.md, named) — not a body alone (مصدر في الحركة)
            if rest.count + 3 < words.count,
               let c = ((rest.count + 3)..<words.count).first(where: { commaBetween(a, words[$0 - 1], words[$0]) }),
               hasName(a, words[c...], cues: cues) { return .person }
            return .anonymous
        }
        // reports with no author named (وذكرت التقارير، وحسب تلك التقارير، تقارير أمنية) are an
        // unidentified source, like تشير التقارير (SOURCING.md, anonymous)
        if cues.has(.documentHead, at: first, rules), Self.stemLetters(a.tokens.letters(first)).elementsEqual(Self.reportsLetters),
           !kinds.intersects([.outlet, .outletHead, .organization, .title]) { return .anonymous }
        if cues.has(.documentHead, at: first, rules) {
            // an outlet's report (تقرير الصحيفة، تقرير وول ستريت جورنال) is the outlet speaking —
            // not a body's whose name opens with an outlet word (تقرير صادر عن وكالة الطاقة النمساوية)
            if words.contains(where: { w in cues.has(.outletHead, at: w, rules)
                && (cues.longest([.organization], at: w, rules)?.end ?? 0) <= (cues.longest([.outletHead, .outlet], at: w, rules)?.end ?? 0) }) { return .outlet }
            return .document
        }
        if cues.has(.organization, at: first, rules) && !cues.has(.title, at: first, rules) { return .organization }
        return .person
    }

    /// Whether a document phrase is an indefinite report, study or survey with no author named in
    /// it or right after it (كشف تقرير اقتصادي حديث، أظهرت دراسة أمريكية حديثة، وفق استطلاع
    /// حديث): an unnamed source, anonymous like تشير التقارير — not one whose author the phrase
    /// names (دراسة أعدتها جامعة الملك سعود، تقرير لوزارة الصحة) or the words after it give
    /// (تقرير نشرته صحيفة الحياة), nor a definite one (تقرير البنك الدولي، التقرير) (SOURCING.md,
    /// anonymous).
    func isUnauthoredFinding(_ a: ArticleText, _ taken: [Int], in words: [Int], unit: Int, cues: TokenCues) -> Bool {
        guard let first = taken.first, let last = taken.last else { return false }
        let head = a.tokens.letters(first)
        guard !Self.isDefinite(head), Self.isAmong(Self.stemLetters(head), Self.findingNounLetters) else { return false }
        let authors: CueKinds = [.outlet, .outletHead, .organization, .title, .members]
        if taken.contains(where: { cues.kinds(at: $0, rules).intersects(authors) }) { return false }
        if hasName(a, taken.dropFirst(), cues: cues) { return false }
        // a definite word right after the indefinite head is its genitive, the author (تقرير
        // المزايا، تقرير الإسكوا، تقرير اليونيسكو): an adjective would be indefinite like its noun
        if taken.count >= 2, a.tokens.letters(taken[1]).starts(with: Self.articleLetters) { return false }
        // its author before it in the same clause, after a verb of authoring (أصدر صندوق النقد
        // الدولي دراسة … أظهرت، أجرت جامعة الملك سعود دراسة): the body is the subject (kinds36)
        // (read in the unit's words: `words` may start at the phrase)
        let unitWords = a.words(of: unit)
        if let s = unitWords.firstIndex(of: first), s > 0 {
            var next = first, sawAuthor = false
            for t in unitWords[..<s].reversed().prefix(Self.findingAuthorReach + 4) {
                if a.tokens[next].afterBreak || hasPunctBetween(a, t, next) { break }
                if cues.kinds(at: t, rules).intersects(authors) { sawAuthor = true }
                else if sawAuthor, Self.isAmong(Self.stemLetters(a.tokens.letters(t)), Self.findingAuthorVerbLetters) { return false }
                next = t
            }
        }
        // its author in the next words (نشرته صحيفة الحياة، أعده مركز الدراسات), or a name in
        // quotation marks or brackets (تقرير "أوكسفام"، دراسة قامت بها «أرقام»)
        guard let e = words.firstIndex(of: last) else { return true }
        var prev = last
        for t in words[(e + 1)...].prefix(Self.findingAuthorReach) {
            let quoted = onlyQuotesBetween(a, prev, t, brackets: true)
            if a.tokens[t].afterBreak || (!quoted && hasPunctBetween(a, prev, t)) { break }
            if cues.kinds(at: t, rules).intersects(authors) { return false }
            // a word set off in quotation marks or brackets right after the noun is its author's
            // name (تقرير «صحارى»، تقرير (بيتك))
            if quoted && (t == words[e + 1] || hasName(a, [t], cues: cues)) { return false }
            prev = t
        }
        return true
    }
    static let findingNounLetters = Arabic.findingNouns.map { Normalizer.foldedScalars($0) }
    static let findingAuthorReach = 4
    static let findingAuthorVerbLetters = Arabic.findingAuthorVerbs.map { Normalizer.foldedScalars($0) }
    static let articleLetters = Normalizer.foldedScalars(Arabic.article)

    /// Whether a phrase names a body's own site or channel: a site word (موقع، منصة، قناة،
    /// تلفزيون) followed by a body (موقع النادي، تلفزيون النادي) or called official (الموقع الرسمي
    /// للوزارة، موقعها الرسمي).
    func isOwnSite(_ a: ArticleText, _ words: [Int], cues: TokenCues) -> Bool {
        guard let first = words.first, words.count >= 2 else { return false }
        let head = Self.stem(a.tokens.letters(first))
        guard Self.siteWords.contains(where: { head.hasPrefix($0) && head.count <= $0.count + 2 }) else { return false }
        let rest = words.dropFirst()
        if let second = rest.first, cues.kinds(at: second, rules).contains(.organization) { return true }
        return rest.contains { Self.isAmong(Self.stemLetters(a.tokens.letters($0)), Self.officialWordLetters) }
    }

    static let siteWords = Arabic.ownSiteWords
    static let rankBodyWords = Arabic.rankBodyWords
    static let nameParticles = Arabic.nameParticles.map { Normalizer.foldedScalars($0) }
    /// نفسه، ذاته، نفس، ذات: the words by which a mention is "the same" source, folded.
    static let sameSourceWords = PatternCompiler.foldedWords(Arabic.sameSourceAfter + " " + Arabic.sameSourceBefore).map { Array($0.unicodeScalars) }
    static func isSameSourceWord(_ t: ArraySlice<Unicode.Scalar>) -> Bool { sameSourceWords.contains { t.elementsEqual($0) } }
    /// مصدر، المصدر (`Arabic.sameSourceNouns`), folded: the nouns whose reflexive (المصدر ذاته) makes
    /// a same-mention.
    static let sameSourceNouns = Arabic.sameSourceNouns.map { Normalizer.foldedScalars($0) }
    static let lineageParticles = Arabic.lineageParticles.map { Normalizer.foldedScalars($0) }
    /// The words after which a person's name goes on: its particles (بن، بنت، آل) and عبد.
    static let nameLinkLetters = (Arabic.nameParticles + [Arabic.abd]).map { Normalizer.foldedScalars($0) }
    static let fieldHeads = Arabic.fieldHeads.map { Normalizer.foldedScalars($0) }
    static let deputyWords = Arabic.deputyWords.map { Normalizer.foldedScalars($0) }
    static let countingCardinalLetters = Arabic.countingCardinals.map { Normalizer.foldedScalars($0) }
    /// Whether a word is one of a few short words (read without allocating: `key` reads every
    /// word of every phrase).
    @inline(__always) static func isOneOf(_ w: ArraySlice<Unicode.Scalar>, _ words: [[Unicode.Scalar]]) -> Bool {
        guard w.count <= 3 else { return false }
        return words.contains { $0.elementsEqual(w) }
    }
    static let leadershipNouns = Set(Arabic.leadershipNouns.map { Normalizer.folded($0) })
    static let bodyHeadNouns = Set(Arabic.bodyHeadNouns.map { Normalizer.folded($0) })
    /// The generic body noun a word is (وزارة، الوزارة، ووزارة → وزاره), or nil (the word as it
    /// stands is tried too: `stem` takes the و of وزارة for a conjunction).
    /// Nouns of one kind of body are one head (شركة، مجموعة، مؤسسة: `Arabic.companyHeadNouns`).
    /// (Compared letter by letter against `bodyHeadNounLetters`: no String is built for a word
    /// that is none, and `nameBodies` asks of every word of a unit with a body cue.)
    static func bodyHeadNoun(_ w: ArraySlice<Unicode.Scalar>) -> String? {
        func hit(_ v: ArraySlice<Unicode.Scalar>) -> String? {
            bodyHeadNounLetters.first(where: { $0.letters.elementsEqual(v) })?.word
        }
        guard let head = hit(Arabic.withoutProclitics(w)) ?? hit(w) else { return nil }
        return companyHeadNouns.contains(head) ? companyHead : head
    }
    static let bodyHeadNounLetters = bodyHeadNouns.sorted().map { (letters: Array($0.unicodeScalars), word: $0) }
    static let companyHead = companyHeadNouns.min()!
    static let companyHeadNouns = Set(Arabic.companyHeadNouns.map { Normalizer.folded($0) })
    static let officialWords = Arabic.officialWords
    static let reports = Arabic.reportsPlural
    static let issuedWords = Arabic.issuedWords
    static let issuedBy = Arabic.issuedBy
    // the same word lists as letters, for the tests per word of `phrase`, `classify` and
    // `closesDefiniteBody` (a String per word tested was most of their allocations)
    static let leadershipNounLetters = leadershipNouns.map { Array($0.unicodeScalars) }
    static let officialWordLetters = officialWords.map { Array($0.unicodeScalars) }
    /// (a body's statement too, `Arabic.statementNoun`: البيان points back to no outlet)
    static let normativeTextHeadLetters = (Arabic.normativeTextHeads + [Arabic.statementNoun]).map { Array($0.unicodeScalars) }
    static let reportsLetters = Array(reports.unicodeScalars)
    /// Whether `words[k]` is الذي / التي right after a document noun, followed by a verb of
    /// authoring (`Arabic.findingAuthorVerbs`, past) with its object pronoun (أعدها، أجراها،
    /// أصدرته) and then its author: a word a title, role, body or outlet rule covers, or a name.
    /// No mark between the words.
    func isAuthoringRelative(_ a: ArticleText, _ words: [Int], at k: Int, cues: TokenCues) -> Bool {
        guard k > 0, k + 2 < words.count else { return false }
        let rel = words[k], verb = words[k + 1], author = words[k + 2]
        guard Self.isAmong(a.tokens.letters(rel), Self.documentRelativeLetters),
              !hasPunctBetween(a, words[k - 1], rel), !hasPunctBetween(a, rel, verb), !hasPunctBetween(a, verb, author),
              !a.tokens[rel].afterBreak, !a.tokens[verb].afterBreak, !a.tokens[author].afterBreak else { return false }
        var v = Array(a.tokens.letters(verb))
        if v.count > 2, v.suffix(2).elementsEqual([Arabic.ha, Arabic.alef]) { v.removeLast(2) }
        else if v.count > 1, v.last == Arabic.ha { v.removeLast() } else { return false }
        // (أجراها: the verb's final ى is written ا before the pronoun)
        if v.last == Arabic.alef { v[v.count - 1] = Arabic.ya }
        guard Self.isAmong(v[...], Self.findingAuthorVerbLetters) else { return false }
        return cues.covered(author).intersects([.title, .role, .organization, .outlet, .outletHead]) || hasName(a, CollectionOfOne(author), cues: cues)
    }
    static let documentRelativeLetters = Arabic.documentRelatives.map { Normalizer.foldedScalars($0) }
    static let issuedWordLetters = issuedWords.map { Array($0.unicodeScalars) }
    static let concernedWordLetters = Arabic.concernedWords.map { Array($0.unicodeScalars) }
    static let publishedObjectLetters = Arabic.publishedObjects.map { Normalizer.foldedScalars($0) }
    static let issuedByLetters = issuedBy.map { Array($0.unicodeScalars) }
    static let rankBodyWordLetters = rankBodyWords.map { Array($0.unicodeScalars) }

    /// A folded word without a leading و ف, ب ل ك and the article (لموقع → موقع، للموقع → موقع):
    /// `Arabic.withoutProclitics`, as a string to look up in the word lists.
    static func stem(_ w: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: Arabic.withoutProclitics(w))
        return String(v)
    }
    /// `stem` as the letters of `w` it keeps (`Arabic.withoutProclitics`: a slice, nothing copied).
    @inline(__always) static func stemLetters(_ w: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        Arabic.withoutProclitics(w)
    }
    /// Whether a word's letters are one of `words` (folded letters), compared scalar by scalar.
    @inline(__always) static func isAmong(_ w: ArraySlice<Unicode.Scalar>, _ words: [[Unicode.Scalar]]) -> Bool {
        words.contains { $0.elementsEqual(w) }
    }

    /// Whether some word after a role noun looks like a proper name: not definite, not a
    /// qualifier, not a relational (nisba) adjective.
    func hasName<C: Collection>(_ a: ArticleText, _ words: C, cues: TokenCues) -> Bool where C.Element == Int {
        for w in words {
            let t = a.tokens.letters(w)
            // (the word's letters read in place, counted from 0: no copy per word)
            let n = t.count, b = t.startIndex
            @inline(__always) func sc(_ i: Int) -> Unicode.Scalar { t[b + i] }
            // (nor a word of an unnamed speaker's vantage, دبلوماسي غربي كبير مشارك في الاتفاق: a
            // role described, no one named)
            if cues.covered(w).intersects([.qualifier, .role, .collective, .anonymous, .organization, .outlet, .outletHead, .anonymityBasis]) { continue }
            if Self.isDefinite(t) && !Self.isGluedTitle(t) { continue }
            // (nor the word that makes a mention "the same" source, المصدر ذاته، المسؤول نفسه: it
            // names no one — the mention points back, `isDefiniteDescription`)
            if Self.isSameSourceWord(t) { continue }
            if n >= 4, let l = t.last, l == Arabic.ya || (l == Arabic.ha && sc(n - 2) == Arabic.ya) {
                // a given or family name shaped like a nisba right after a title with the article
                // (المهندس مدني، الأمير تركي، الدكتور فتحي): an adjective of that title would
                // carry the article too (المهندس المدني)
                // — not a noun's dual or oblique in ي or an ordinal (المهندس يومي الأحد، الموظف ثاني
                // أيام العيد: `Arabic.nounsInYa`), nor a word before a day, a time or a number
                if l == Arabic.ya, isAfterDefiniteTitle(a, w, cues: cues), !Self.isAmong(t, Self.officialWordLetters),
                   !Self.isAmong(t, Self.concernedWordLetters), !Self.isAmong(t, Self.nounsInYaLetters), !isBeforeTime(a, w, cues: cues) { return true }
                continue
            }
            if n >= 5, sc(n - 1) == Arabic.nun && (sc(n - 2) == Arabic.ya || sc(n - 2) == Arabic.waw) { continue }
            if a.tokens.forms(w).count > 1 && a.tokens.forms(w).contains(where: { $0.clitics == .any }) && n >= 5 && (sc(0) == Arabic.baa || sc(0) == Arabic.lam) { continue }
            if t.allSatisfy({ (0x30...0x39).contains($0.value) }) { continue }
            // a demonstrative with ب / ل / ك glued on (بهذه، لذلك، بتلك) points at a thing, no name
            // (دبلوماسي مصري مسؤول معني بهذه القضية: a role described, no one named)
            if n >= 4, sc(0) == Arabic.baa || sc(0) == Arabic.lam || sc(0) == Arabic.kaf, Self.demonstratives.contains(t.dropFirst()) { continue }
            return true
        }
        return false
    }
    static let nounsInYaLetters = Arabic.nounsInYa.map { Normalizer.foldedScalars($0) }
    /// Whether the word after `w`, on its line, is a day or a time (a stop's or an adverb's cue:
    /// الأحد، صباح) or a number.
    func isBeforeTime(_ a: ArticleText, _ w: Int, cues: TokenCues) -> Bool {
        let n = w + 1
        guard n < a.tokens.count, !a.tokens[n].afterBreak, a.tokens[n].kind == .word else { return false }
        return cues.covered(n).intersects([.stop, .adverb]) || a.tokens.letters(n).allSatisfy { (0x30...0x39).contains($0.value) }
    }
    /// Whether word `w`, no definite word and no cue's, comes right after a title that carries the
    /// article (الدكتور، المهندس، الشيخ), on the same line with nothing between them.
    func isAfterDefiniteTitle(_ a: ArticleText, _ w: Int, cues: TokenCues) -> Bool {
        let p = w - 1
        // (a verb's cue spanning the phrase, ورفض المهندس مدني ما تردد, is no knowledge of the word)
        guard p >= 0, a.tokens[p].kind == .word, !a.tokens[w].afterBreak, cues.covered(w).subtracting([.verb, .report, .denial]).isEmpty,
              !Self.isDefinite(a.tokens.letters(w)), cues.covered(p).contains(.title) else { return false }
        let l = a.tokens.letters(p)
        return Self.isDefinite(l) && !Self.isGluedTitle(l)
    }
    /// The demonstratives, folded: what a preposition glued on makes no name (بهذه، لذلك).
    static let demonstratives = WordSet(PatternCompiler.foldedWords(Arabic.demonstratives).map { Array($0.unicodeScalars) })

    /// Whether a folded word is a title with the article and a name glued to it, no space
    /// between (الدكتورعزام، المهندسخالد: `Arabic.gluedTitles`): three letters at least after the
    /// title, so no ending of the title's own (الدكتورة، المهندسين، الأستاذية) is read as a name.
    static func isGluedTitle(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count >= 8 else { return false }
        return gluedTitles.contains { t in w.count >= t.count + 3 && w.prefix(t.count).elementsEqual(t) }
    }
    static let gluedTitles = Arabic.gluedTitles.map { Normalizer.foldedScalars($0) }

    /// Whether a word is a preposition ب / ل on a definite noun or a verbal noun with a pronoun (بالرد، للتركيز، بقوله).
    static func isPrepositional(_ t: String) -> Bool { isPrepositional(Array(t.unicodeScalars)[...]) }
    static func isPrepositional(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count >= 4 else { return false }
        let b = w.startIndex
        if w[b] == Arabic.lam && w[b + 1] == Arabic.lam { return true }
        if w[b] == Arabic.baa && w[b + 1] == Arabic.alef && w[b + 2] == Arabic.lam { return true }
        return false
    }

    /// Names the holder of every title the roster met alone and never with a name
    /// (شدد رئيس اللجنة المحلية للانتخابات البلدية) when the article names that holder under the
    /// same title anywhere else — also in a sentence that attributes nothing, a caption or a
    /// heading (أقر رئيس اللجنة المحلية للانتخابات البلدية بالجوف، أمين المنطقة المهندس عجب
    /// القحطاني): the source is named at its fullest mention in the article (SOURCING.md, Sources).
    /// Every word of the title must be in the holder's, and the holder's title may add places or
    /// bodies but no qualifier (a former or deputy holder, السابق، نائب, is someone else); of several
    /// holders, the one whose title adds the fewest words. Reads only units holding a title cue,
    /// and only when some source is such a title.
    public func nameHolders(_ roster: inout SourceRoster, in a: ArticleText) {
        let wanted = roster.entries.indices.filter { roster.entries[$0].untitledHolder && roster.entries[$0].kind == .person && roster.entries[$0].key.count >= 2 }
        // an honorific pronoun (سموه، معاليه) met as a source: the first holder the article names
        // with that honorific (صاحب السمو الملكي الأمير سعود بن نايف، معالي الوزير خالد العرج)
        let honorifics: [(entry: Int, noun: String)] = roster.entries.indices.compactMap { e in
            let entry = roster.entries[e]
            guard entry.untitledHolder, entry.kind == .person, entry.key.count == 1,
                  let noun = Self.honorificNouns[Normalizer.folded(entry.name)] else { return nil }
            return (e, noun)
        }
        guard !wanted.isEmpty || !honorifics.isEmpty else { return }
        var best = [Int: (extra: Int, text: String, phrase: SourcePhrase)]()
        var cues = TokenCues()
        var order = 0
        var wordCounts: WordCounts? = nil
        // (a unit whose matches were released held no such cue: `ArticleText.releaseMatches`)
        for u in 0..<a.segments.count where a.matches.isHeld(u) {
            let ms = a.matches[u]
            guard ms.contains(where: { rules[$0.rule].kind == .title }) else { continue }
            cues.load(ms, tokens: a.tokenRanges[u], rules: rules)
            let words = a.words(of: u)
            var p = 0
            while p < words.count {
                let t = words[p]
                // a title that opens a phrase, not one inside a phrase read already
                guard cues.has(.title, at: t, rules), p == 0 || !cues.covered(words[p - 1]).contains(.title),
                      let ph = phrase(in: a, unit: u, words: words, from: p, cues: cues, skipAdverbs: false),
                      ph.kind == .person, ph.named, !ph.titleKey.isEmpty else { p += 1; continue }
                p = max(p + 1, words.lowerBound(of: ph.words[ph.words.count - 1] + 1))
                let titleWords = ph.words.prefix { (Self.isDefinite(a.tokens.letters($0)) && !Self.isGluedTitle(a.tokens.letters($0)))
                    || cues.covered($0).intersects(Self.namePartKinds) }
                // (a second title glued to ل is someone the first did something to: خادم الحرمين
                // الشريفين لرئيس وزراء نيوزيلندا جون كي)
                if titleWords.contains(where: { cues.covered($0).contains(.qualifier) })
                    || titleWords.dropFirst().contains(where: { cues.has(.title, at: $0, rules) && a.tokens.letters($0).first == Arabic.lam }) { continue }
                // the holder's name: up to six words no rule knows (a family name with the article
                // and the ending ي closes it: عجب القحطاني), then punctuation, the unit's end, a title
                // or a word that ends a name (أمير المنطقة after سعود بن نايف بن عبدالعزيز) — read out of a verb's reach, a
                // phrase can run on into what the holder did (قائد الجيش يعد باحترام …, السبسي وعقد)
                // (a cue that spans the whole phrase from before its title is no part of the name:
                // رفع صاحب السمو الملكي الأمير سعود بن نايف … التعازي, a condolence's reach)
                let around = titleWords.first.map { cues.covered($0).subtracting(Self.namePartKinds) } ?? []
                var run: [Int] = []
                var family = false
                for w in ph.words[titleWords.count...] {
                    guard run.count < 6, cues.covered(w).subtracting(around).isEmpty else { break }
                    let l = a.tokens.letters(w)
                    // (a name glued to its title, الدكتورعزام, is a name; a family name with the
                    // article after it is the name's too: الدكتورعزام الدخيل)
                    if Self.isDefinite(l) && !Self.isGluedTitle(l) {
                        if !run.isEmpty && (l.last == Arabic.ya || run.count == 1 && Self.isGluedTitle(a.tokens.letters(run[0]))) { run.append(w) }
                        // any other family name with the article (محافظ الخفجي محمد بن سلطان الهزاع على
                        // الطرق): the article calls the holder by it again (والتقى الهزاع) — a noun
                        // after a name is the verb's object (رعى الأمير سعود بن نايف الحفل) and is
                        // rarely met alone again right after a verb or a conjunction
                        else if !run.isEmpty, a.tokens.letters(run[run.count - 1]).first != Arabic.waw,
                                isFamilyNameAgain(a, word: w, counts: &wordCounts) { run.append(w); family = true }
                        break
                    }
                    run.append(w)
                }
                guard let last = run.last, a.tokens.letters(last).first != Arabic.waw else { continue }
                // the word before the name belongs to a title: a cue's, or a relational adjective
                // (البريطاني، الإغاثية) — not a participle no rule knows (أوامر خادم الحرمين الشريفين المتضمنة
                // اختيار …)
                if let before = titleWords.last, cues.covered(before).isEmpty, !Self.isRelational(a.tokens.letters(before)) { continue }
                let after = words.lowerBound(of: last + 1)
                let closed = family || after >= words.count || hasPunctBetween(a, last, words[after])
                    || cues.covered(words[after]).intersects([.title, .role, .stop, .complement, .adverb, .report, .told])
                let span = Array(titleWords) + run
                // (a comma inside only before a title: بالجوف، أمين المنطقة المهندس عجب القحطاني)
                let commas = zip(span, span.dropFirst()).allSatisfy { !hasPunctBetween(a, $0, $1) || cues.covered($1).contains(.title) }
                // an honorific's holder is named in narration as often as not (رعى صاحب السمو الملكي
                // الأمير سعود بن نايف الحفل): a name of two words at least closes there too, when the
                // phrase read on past it (one cut at its length, … الدكتور خالد بن, may be cut mid-name)
                guard commas, closed || (!honorifics.isEmpty && run.count >= 2 && last != ph.words[ph.words.count - 1]) else { continue }
                var holder = SourcePhrase(start: ph.start, end: a.tokens[last].end, words: span, kind: .person, refersBack: false, key: key(a, span))
                holder.titleKey = ph.titleKey
                holder.named = true
                let text = a.text.originalText(a.text.originalSpan(holder.start, holder.end))
                order += 1
                for e in wanted where closed && ph.titleKey.count >= 2 {
                    let key = roster.entries[e].key
                    guard SourceRoster.common(key, ph.titleKey) == key.count else { continue }
                    let extra = ph.titleKey.count - key.count
                    if let b = best[e], b.extra <= extra { continue }
                    best[e] = (extra, text, holder)
                }
                for h in honorifics where best[h.entry] == nil {
                    if titleWords.contains(where: { w in
                        let l = a.tokens.letters(w)
                        // (the one proclitic stripper: والسمو, بالسمو → سمو — two letters off read لسمو)
                        let bare = Self.isDefinite(l) ? Arabic.withoutProclitics(l) : l
                        return bare.elementsEqual(h.noun.unicodeScalars)
                    }) { best[h.entry] = (order, text, holder) }
                }
            }
        }
        for (e, b) in best { roster.nameHolder(e, b.phrase, text: b.text) }
    }

    /// Whether word `w`, with the article after a title holder's given names (الهزاع), is met again
    /// elsewhere in the article as a word of its own (الهزاع، والهزاع): how an article calls back the
    /// holder by the family name. Read only for a title whose holder a source waits for; `counts`
    /// is made on the first call and kept for the article's next ones.
    func isFamilyNameAgain(_ a: ArticleText, word w: Int, counts: inout WordCounts?) -> Bool {
        let l = a.tokens.letters(w)
        guard l.count >= 4 else { return false }
        if counts == nil { counts = WordCounts(a) }
        // (`w` is one of the words spelt so: another is met when they are two)
        return counts!.bare.count(of: l) >= 2 || counts!.afterConjunction.count(of: l) > 0
    }

    /// The article's words of four letters or more counted by their letters, and the words of
    /// five or more with و or ف glued, without it (والهزاع: الهزاع) — `isFamilyNameAgain`'s, made
    /// once an article (a scan of the whole article for each title made a long article's
    /// labelling quadratic: half the time of a 12 MB one). Each spelling is held once, in a
    /// `LetterTable`: a 50 MB article has about 200,000 distinct words of four letters or more,
    /// which a dictionary keyed by each word's letters (an array of its own each) held in about
    /// 39 MB (issue #26, mem28).
    struct WordCounts {
        var bare = LetterTable()
        var afterConjunction = LetterTable()
        init(_ a: ArticleText) {
            for t in a.tokens.indices where a.tokens[t].kind == .word {
                let m = a.tokens.letters(t)
                if m.count >= 4 { bare.add(m) }
                if m.count >= 5 && (m.first == Arabic.waw || m.first == Arabic.faa) { afterConjunction.add(m.dropFirst()) }
            }
        }
    }

    /// Names every body the roster met only as a generic noun with the article (أعلنت الوزارة،
    /// وقالت الشركة: one word, `SourcePhrase.bodyHead`) when the article names one body, and only
    /// one, called by that noun — anywhere, also in a sentence that attributes nothing or in the
    /// headline (وزارة الآثار المصرية تدشن حملة …): the source is named at its fullest mention
    /// (SOURCING.md, Sources). Two bodies of that noun (وزارة الداخلية، وزارة الصحة) leave it as
    /// it is, and so does a body named that the roster holds already. Reads only units holding a
    /// body cue, and only when some source is such a noun.
    public func nameBodies(_ roster: inout SourceRoster, in a: ArticleText) {
        let wanted = roster.entries.indices.filter {
            let e = roster.entries[$0]
            return e.kind == .organization && e.bodyHead != nil && e.key.count == 1 && !e.name.contains(" ")
                && Self.isDefinite(Normalizer.foldedScalars(e.name)[...])
        }
        guard !wanted.isEmpty else { return }
        let heads = Set(wanted.compactMap { roster.entries[$0].bodyHead })
        // the bodies the article names by each noun: their key and their first mention
        var named = [UInt64: [(key: [UInt64], text: String, phrase: SourcePhrase)]]()
        var cues = TokenCues()
        // (a unit whose matches were released held no such cue: `ArticleText.releaseMatches`)
        for u in 0..<a.segments.count where a.matches.isHeld(u) {
            let ms = a.matches[u]
            guard ms.contains(where: { rules[$0.rule].kind == .organization }) else { continue }
            cues.load(ms, tokens: a.tokenRanges[u], rules: rules)
            let words = a.words(of: u)
            for p in words.indices where p + 1 < words.count {
                let l = a.tokens.letters(words[p])
                // a noun in construct (وزارة الآثار), not one with the article: a description
                // (the cue test first: it is a lookup, the noun a scan of the body nouns)
                guard cues.has(.organization, at: words[p], rules), !Self.isDefinite(l), let head = Self.bodyHeadNoun(l),
                      let headKey = Self.skeletonKey(Array(head.unicodeScalars)[...]), heads.contains(headKey),
                      let ph = phrase(in: a, unit: u, words: words, from: p, cues: cues, skipAdverbs: false),
                      ph.kind == .organization, ph.words.count >= 2, ph.bodyHead == headKey else { continue }
                // read out of a verb's reach, a name can run on into what the body did (شركة سبكيم
                // تراجعاً بنسبة …): only a name whose words after the first after the noun all carry the
                // article (alone, after و, or after ل: وزارة الشؤون البلدية والقروية، شركة رابغ للتكرير)
                // counts, and one glued to a preposition (بجامعة) is no mention of the body by name
                let bare = l.first == Arabic.waw || l.first == Arabic.faa ? l.dropFirst() : l
                // (an indefinite adjective after the noun describes a body, names none: شركة إلكترونية)
                let second = a.tokens.letters(ph.words[1])
                let clean = (l.elementsEqual(head.unicodeScalars) || bare.elementsEqual(head.unicodeScalars))
                    && (Self.isDefinite(second) || !Self.isRelational(second))
                    && ph.words.dropFirst(2).allSatisfy { Self.isDefinite(a.tokens.letters($0)) }
                let key = ph.key.sortedUnique()
                let text = clean ? a.text.originalText(a.text.originalSpan(ph.start, ph.end)) : ""
                // one name inside the other is one body (وزارة الآثار المصرية تدشن حملة … in the
                // headline, وزارة الآثار المصرية in the text): its clean, shorter mention is its name;
                // a name not read clean still counts as a body of that noun (two leave the noun as it is)
                if let j = named[headKey]?.firstIndex(where: { SourceRoster.common($0.key, key) == min($0.key.count, key.count) }) {
                    let old = named[headKey]![j]
                    if !text.isEmpty && (old.text.isEmpty || key.count < old.key.count) { named[headKey]![j] = (key, text, ph) }
                    continue
                }
                named[headKey, default: []].append((key, text, ph))
            }
        }
        for e in wanted {
            guard let head = roster.entries[e].bodyHead, let bodies = named[head], bodies.count == 1, let body = bodies.first, !body.text.isEmpty,
                  !roster.entries.contains(where: { $0.kind == .organization && SourceRoster.common($0.key, body.key) == body.key.count })
            else { continue }
            roster.nameBody(e, body.phrase, text: body.text)
        }
    }

    /// Whether a folded word is a relational (nisba) adjective with the bare article and at least
    /// two letters of its own before the ending (الأميركية، اللندنية، العراقي).
    static func isRelationalWithArticle(_ l: ArraySlice<Unicode.Scalar>) -> Bool {
        l.count >= 5 && l[l.startIndex] == Arabic.alef && l[l.startIndex + 1] == Arabic.lam && isRelational(l)
    }

    /// Whether a folded word ends as a relational (nisba) adjective: ي, or ية folded to يه.
    static func isRelational(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let l = w.last else { return false }
        return l == Arabic.ya || (l == Arabic.ha && w.count >= 2 && w[w.index(before: w.endIndex)] == Arabic.ha && w[w.index(w.endIndex, offsetBy: -2)] == Arabic.ya)
    }

    /// The honorific noun each honorific pronoun stands for (`Arabic.honorificNouns`), folded.
    static let honorificNouns: [String: String] = Dictionary(uniqueKeysWithValues: Arabic.honorificNouns.map {
        (Normalizer.folded($0.pronoun), Normalizer.folded($0.noun))
    })

    /// Whether a folded word is a verbal noun of a derived verb carrying a possessive pronoun of
    /// the third person (ه، ها، هم، هما، هن), without the article: a stem of the patterns
    /// إفعال / افتعال / انفعال / استفعال (امتلاكهم، استعداده، اعتزازها) or تفعيل / تفعّل
    /// (تقديره، تأخيرها، ترحيبهم). A person with a pronoun is no such noun (مرشدهم، متحدثها، زوجها),
    /// nor a word whose hamza sits on و before the pronoun: that is the nominative (أصدقاؤه،
    /// أبناؤه، أعضاؤها — the plural أفعلاء, which folding spells like إفعال), a subject, never
    /// the verb's object (the accusative is أبناءه).
    static func isPossessedVerbalNoun(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count >= 5, !isDefinite(w) else { return false }
        let v = Array(w)
        var n = v.count
        if v[n - 1] == Arabic.ha { n -= 1 }
        else if v[n - 2] == Arabic.ha && (v[n - 1] == Arabic.alef || v[n - 1] == Arabic.mim || v[n - 1] == Arabic.nun) { n -= 2 }
        else if n >= 6 && v[n - 3] == Arabic.ha && v[n - 2] == Arabic.mim && v[n - 1] == Arabic.alef { n -= 3 }
        else { return false }
        // (a stem of four letters at least; a stem ending in ت is a feminine noun, not these patterns)
        guard n >= 4 else { return false }
        let stem = v[0..<n]
        if stem.last == Arabic.ta || stem.last == Arabic.hamzaOnWaw { return false }
        return isVerbalNounShape(stem)
    }
    /// Whether a folded stem (no article, no pronoun) has the shape of a derived verb's verbal
    /// noun, five letters at least: إفعال and the derived forms — ا, then a long vowel ا before the
    /// last letter (التزام، استمرار) — or تفعيل: ت, then ي before the last letter; تفعّل (ترحيب has
    /// ي too; تأييد).
    static func isVerbalNounShape(_ stem: ArraySlice<Unicode.Scalar>) -> Bool {
        let n = stem.count, b = stem.startIndex
        guard n >= 5 else { return false }
        return (stem[b] == Arabic.alef && stem[b + n - 2] == Arabic.alef) || (stem[b] == Arabic.ta && stem[b + n - 2] == Arabic.ya)
    }

    /// Whether a word opens with the preposition ب glued to the article (بالتوقيع، بالمشاركة).
    static func isBiAl(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count >= 5 else { return false }
        let b = w.startIndex
        return w[b] == Arabic.baa && w[b + 1] == Arabic.alef && w[b + 2] == Arabic.lam
    }

    /// Whether a word carries the article ال, alone or after و ف ب ل ك (الـ، وال، بال، لل).
    static func isDefinite(_ t: String) -> Bool { isDefinite(Array(t.unicodeScalars)[...]) }
    static func isDefinite(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        guard w.count >= 4 else { return false }
        let b = w.startIndex
        func sc(_ i: Int) -> Unicode.Scalar { w[b + i] }
        var p = 0
        if sc(p) == Arabic.waw || sc(p) == Arabic.faa { p += 1 }
        if sc(p) == Arabic.baa || sc(p) == Arabic.kaf { p += 1 }
        if sc(p) == Arabic.lam && sc(p + 1) == Arabic.lam { return w.count - p >= 4 }
        return w.count - p >= 4 && sc(p) == Arabic.alef && sc(p + 1) == Arabic.lam
    }

    /// A definite description of one or two words (المسؤول، الصحيفة، التقرير، الوزارة) refers back.
    func isDefiniteDescription(_ a: ArticleText, _ words: [Int], cues: TokenCues) -> Bool {
        // a noun with its reflexive (المصدر ذاته، المسؤول نفسه، الرئيس نفسه) points back like the
        // noun alone (SOURCING.md, sources: later mentions are the same source); only a source's
        // noun makes a same-mention (`SourcePhrase.sameMention`)
        if words.count >= 2, words.count <= 4, Self.isSameSourceWord(a.tokens.letters(words[words.count - 1])) {
            return isDefiniteDescription(a, Array(words.dropLast()), cues: cues)
        }
        guard let first = words.first, words.count <= 3 else { return false }
        // تقرير الصحيفة، بيان الوزارة: a document of a definite outlet or body
        if words.count >= 2, cues.has(.documentHead, at: first, rules), Self.isDefinite(a.tokens.letters(words[1])),
           cues.kinds(at: words[1], rules).intersects([.outletHead, .organization]) { return true }
        guard words.allSatisfy({ Self.isDefinite(a.tokens.letters($0)) }) else { return false }
        let kinds = cues.kinds(at: first, rules)
        if kinds.contains(.outlet) { return false }
        return kinds.contains(.role) || kinds.contains(.collective) || kinds.contains(.title) || kinds.contains(.outletHead) || kinds.contains(.documentHead) || kinds.contains(.organization) || kinds.contains(.anonymous)
    }

    /// The key of the word after the first lineage particle of a phrase (بن، ابن، بنت), if any.
    func lineage(_ a: ArticleText, _ words: [Int]) -> UInt64? {
        guard let i = words.firstIndex(where: { Self.isOneOf(a.tokens.letters($0), Self.lineageParticles) }),
              i > 0, i + 1 < words.count else { return nil }
        // (عبد العزيز written in two words is عبدالعزيز)
        var name = Array(a.tokens.letters(words[i + 1]))
        if name.elementsEqual(Self.abd), i + 2 < words.count { name += a.tokens.letters(words[i + 2]) }
        return Self.skeletonKey(name[...])
    }
    static let abd = Normalizer.foldedScalars(Arabic.abd)

    /// Folded words of a phrase with their proclitics removed, reduced to their consonant
    /// skeleton (long vowels dropped) so spelling variants of one name match
    /// (الأمريكي / الأميركي, بوتين / بوتن, إرافاني / إيرفاني).
    func key(_ a: ArticleText, _ words: [Int]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(words.count)
        for w in words {
            // (not a name's particle: محمد بن نايف and محمد بن سلمان share محمد only, and البيان
            // is no mention of عبدالله بن زايد though بيان and بن have one skeleton)
            if Self.isOneOf(a.tokens.letters(w), Self.nameParticles) { continue }
            // (nor the word that makes a mention "the same" source, المصدر ذاته، نفس المصدر: it
            // names nothing, and kept it leaves the mention too few shared words to resolve)
            if words.count > 1, Self.isSameSourceWord(a.tokens.letters(w)) { continue }
            if let k = Self.wordKey(a, w) { out.append(k) }
        }
        return out
    }

    /// The key of word `w` (`key`): its skeleton with its proclitics removed.
    static func wordKey(_ a: ArticleText, _ w: Int) -> UInt64? {
        let f = a.tokens.forms(w)
        let base = f.last { $0.clitics == .any } ?? f.last { $0.clitics == .conjunction } ?? f[f.startIndex]
        return skeletonKey(a.tokens.letters(in: base.start..<base.end), alef: base.alef)
    }

    /// The hash of a word's consonant skeleton: its first letter, then its letters other than
    /// ا و ي. Nil when the skeleton has fewer than two letters (too short to identify a source).
    static func skeletonKey(_ letters: ArraySlice<Unicode.Scalar>, alef: Bool = false) -> UInt64? {
        var h = Tokenizer.fnvBasis
        var n = 0
        if alef { Tokenizer.mix(&h, Tokenizer.alef); n = 1 }
        for c in letters {
            if n > 0 && (c == Arabic.alef || c == Arabic.waw || c == Arabic.ya) { continue }
            Tokenizer.mix(&h, c); n += 1
        }
        return n >= 2 ? h : nil
    }
}

/// The article's sources, each counted once, in order of first mention.
public struct SourceRoster: Sendable {
    public struct Entry: Sendable {
        public var id: String
        public var name: String
        public var kind: SourceKind
        public var via: String?
        /// Skeleton hashes of the source's name words (see `SourcePhrase.key`), ascending, each once.
        public var key: [UInt64]
        public var mentions: [SourceMentionRef]
        public var claims: [Int]
        public var anonymityReason: Bool
        /// Whether the source was met as a title or a role with no holder named
        /// (الأمين العام لهيئة الإغاثة): its holder, named later under that title, is the same source.
        public var untitledHolder = false
        /// The key of the title the source was named under with its holder (الأمين العام
        /// للهيئة إحسان طيب → الأمين العام للهيئة): the title met alone later is the same source.
        public var titleKey: [UInt64] = []
        /// The father's name the source was named with (`SourcePhrase.lineage`).
        public var lineage: UInt64? = nil
        /// The generic body noun the source was first named by (`SourcePhrase.bodyHead`).
        public var bodyHead: UInt64? = nil
    }
    public private(set) var entries: [Entry] = []
    /// Entries by key word (newest first), and by kind (ascending), so resolving a mention never scans the roster.
    var byWord = Postings()
    var byKind = [[Int]](filled: [], count: 5)
    /// At most this many of the latest sources sharing a word are tried for a mention.
    public var candidateLimit = 256

    public init() {}

    /// The number of words two ascending key lists share: each word of the shorter looked
    /// up in the longer (a source's key grows with its mentions; a phrase's stays short).
    static func common(_ a: [UInt64], _ b: [UInt64]) -> Int {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var n = 0
        for w in short where long.sortedContains(w) { n += 1 }
        return n
    }

    /// Every mention recorded, keyed by entry and start (a unit can name one source twice: it is recorded once).
    var mentionSeen = KeyTable()
    @inline(__always) static func mentionKey(_ entry: Int, _ start: Int) -> UInt64 { UInt64(entry) << 32 | UInt64(UInt32(truncatingIfNeeded: start)) }

    static func slot(_ k: SourceKind) -> Int {
        switch k { case .person: 0; case .organization: 1; case .outlet: 2; case .document: 3; case .anonymous: 4 }
    }

    /// The entry a phrase refers to: an earlier source sharing a name word, or — for a
    /// definite description — the latest source of the same kind. Nil when it is new.
    public func resolve(_ p: SourcePhrase, text: String) -> Int? {
        let key = p.key.sortedUnique()
        // the latest unidentified source sharing a word with a definite unidentified mention
        // (المصدر الأمني after مصادر عسكرية): what it refers back to before any later source
        var sharedAnonymous: Int? = nil
        if !key.isEmpty {
            var candidates: [Int] = []
            for w in key { byWord.latest(w, limit: candidateLimit, into: &candidates) }
            candidates.sort(by: >)
            var previous = -1
            for i in candidates where i != previous {
                previous = i
                let e = entries[i]
                // (the bare definite document noun, الدراسة، التقرير, points back to an unauthored
                // finding met before, دراسة سعودية … كشفت، ذكر تقرير أن: anonymous, its word shared —
                // not a fuller mention, التقرير الحادي والخمسون الذي أصدرته المؤسسة; so does the bare
                // outlet noun to an unnamed outlet, صحيفة محلية … وأضافت الصحيفة: mends21; and the
                // bare outlet noun to a body's bulletin, النشرة الإحصائية … وأوضحت النشرة: ownpaper)
                guard e.kind == p.kind || p.kind == .person || e.kind == .person
                        || ((p.kind == .document || p.kind == .outlet) && e.kind == .anonymous && p.refersBack && key.count == 1)
                        || (p.kind == .outlet && e.kind == .document && p.refersBack && key.count == 1) else { continue }
                let common = Self.common(key, e.key)
                if common == 0 { continue }
                if p.kind == .anonymous && e.kind == .anonymous && p.refersBack && !p.isGroup && sharedAnonymous == nil { sharedAnonymous = i }
                if p.kind == .anonymous && e.kind == .anonymous && !p.refersBack && common < key.count { continue }
                // a title with its holder's name (الدكتور محمد مارم السكرتير الخاص للرئيس اليمني) is no
                // unidentified source met before, whatever words it shares with one (مصدر رئاسي يمني)
                if p.holderNamed && e.kind == .anonymous { continue }
                // a person named as one of a group (أحد سكان المنطقة عبدالله الفريح, after سكان الحي
                // complained): the group's word is shared, the name is not — someone identified,
                // not the unidentified group met before
                if p.namedMember && p.kind == .person && e.kind == .anonymous,
                   !key.contains(where: { w in !p.titleKey.contains(w) && e.key.contains(w) }) { continue }
                // two people named with their fathers' names are one only if those agree: الأمير محمد
                // بن نايف is not الأمير محمد بن سلمان, though the title and the first name are shared
                if p.kind == .person, e.kind == .person, let l = p.lineage, let m = e.lineage, l != m { continue }
                // a title alone is not the holder of another title: رئيس اللجنة المحلية is not رئيس
                // اللجنة الإعلامية عبدالعزيز المشيطي, though most of their words are shared (one title
                // inside the other is the same: الأمين العام للهيئة / الأمين العام لهيئة الإغاثة)
                if p.untitled && p.kind == .person && e.kind == .person && !e.titleKey.isEmpty && key.count - common >= 2
                    && !(e.titleKey.count >= 2 && Self.common(e.titleKey, key) == e.titleKey.count) { continue }
                // one key inside the other, or most of the shorter shared
                if common == key.count || common == e.key.count || common * 2 >= min(key.count, e.key.count) + 1 {
                    return i
                }
                // a title met alone before, now with its holder's name (الأمين العام لهيئة الإغاثة
                // الإسلامية … الأمين العام للهيئة إحسان بن صالح طيب): every word of the title is in
                // the earlier mention (a title of two words at least: one, الرئيس، المتحدث, says
                // too little of which holder)
                if e.untitledHolder, p.named, e.kind == .person, Self.namesHolder(p, of: e) { return i }
                // the other way round: a holder named under a title, the title met alone later
                // (… الأمين العام لهيئة الإغاثة الإسلامية العالمية)
                if e.titleKey.count >= 2, p.untitled, p.kind == .person,
                   Self.common(e.titleKey, key) == e.titleKey.count {
                    return i
                }
            }
        }
        if p.refersBack {
            if let i = sharedAnonymous { return i }
            let want: [SourceKind]
            switch p.kind {
            case .outlet: want = [.outlet]
            // (a law, a constitution, a decree points back to no outlet: وفقا لما بثته الوكالة …
            // ممنوع بحسب القانون الدولي is the law's provision, not the agency's report)
            case .document: want = p.normativeText ? [.document] : [.document, .outlet]
            case .anonymous: want = p.isGroup ? [.anonymous] : [.anonymous, .person]
            case .organization: want = [.organization]
            case .person: want = [.person]
            }
            // "the same" source (المصدر نفسه، نفس المصدر, no word shared): the speaker nearest before
            // in the text that a مصدر can be — a person, an unnamed source, a body (أعلنت وزارة
            // الداخلية … حسب المصدر نفسه); not a document (القانون الدولي), not an outlet
            if p.sameMention && !p.isGroup && p.kind == .anonymous {
                var best: Int? = nil
                var at = (-1, -1)
                for (i, e) in entries.enumerated() where [.person, .anonymous, .organization].contains(e.kind) {
                    for m in e.mentions where (m.unit, m.span.start) > at { best = i; at = (m.unit, m.span.start) }
                }
                if let i = best { return i }
            }
            var best: Int? = nil
            for k in want {
                // the latest entry listed under k that still has kind k
                for i in byKind[Self.slot(k)].reversed() where entries[i].kind == k { if i > (best ?? -1) { best = i }; break }
            }
            // a body pointed back to with no name shared needs evidence: a generic body noun alone
            // (الشركة، الوزارة) and a body not called by another such noun (أرامكو … الشركة; not
            // وزارة الداخلية … الجامعة, nor … الجامعة العربية, a name; nor الحكومة التونسية …
            // الحكومة الأردنية, one word shared is too little)
            if p.kind == .organization, let i = best {
                guard let head = p.bodyHead, p.key.count == 1, entries[i].bodyHead == nil || entries[i].bodyHead == head else { return nil }
            }
            if let i = best { return i }
        }
        return nil
    }

    /// Whether a phrase naming a title's holder (الرئيس الفرنسي فرنسوا هولاند) names the holder of
    /// the title an entry was met as alone (الرئيس الفرنسي): a title of two words at least (one,
    /// الرئيس، سموه, says too little of which holder), every word of it in the entry.
    static func namesHolder(_ p: SourcePhrase, of e: Entry) -> Bool {
        p.named && p.titleKey.count >= 2 && common(p.titleKey, e.key) == p.titleKey.count
    }

    /// Adds a mention, creating the source when it is new; returns the entry index.
    @discardableResult
    public mutating func add(_ p: SourcePhrase, text: String, span: TextSpan, unit: Int, resolved: Int?, via: String?) -> Int {
        let ref = SourceMentionRef(unit: unit, text: text, span: span)
        if let i = resolved {
            if mentionSeen.set(Self.mentionKey(i, span.start), 0) == nil { entries[i].mentions.append(ref) }
            if entries[i].via == nil { entries[i].via = via }
            if entries[i].lineage == nil { entries[i].lineage = p.lineage }
            // the holder of a title named: the fullest mention names the source, and a second
            // name under the same title is someone else
            if entries[i].untitledHolder && p.named && Self.namesHolder(p, of: entries[i]) {
                nameHolder(i, p, text: text)
            } else {
                mergeKey(i, p.key)
            }
            return i
        }
        let i = entries.count
        let key = p.key.sortedUnique()
        mentionSeen.set(Self.mentionKey(i, span.start), 0)
        entries.append(Entry(id: "s" + String(i + 1), name: text, kind: p.kind, via: via,
                             key: key, mentions: [ref], claims: [], anonymityReason: false,
                             untitledHolder: p.kind == .person && p.untitled,
                             titleKey: p.named ? p.titleKey : [], lineage: p.lineage, bodyHead: p.bodyHead))
        for w in key { byWord.append(i, to: w) }
        byKind[Self.slot(p.kind)].append(i)
        return i
    }

    /// Names the holder of a title met alone (`SourceResolver.nameHolders`): the entry takes the
    /// fullest mention's text as its name and the holder's words in its key.
    public mutating func nameHolder(_ i: Int, _ p: SourcePhrase, text: String) {
        entries[i].untitledHolder = false
        entries[i].name = text
        entries[i].titleKey = p.titleKey
        mergeKey(i, p.key)
    }

    /// Names a body met only as its generic noun (`SourceResolver.nameBodies`): the entry takes
    /// the body's name and its words in its key.
    public mutating func nameBody(_ i: Int, _ p: SourcePhrase, text: String) {
        entries[i].name = text
        mergeKey(i, p.key)
    }

    /// Adds a mention's words to entry `i`'s sorted key and to the word index, once each.
    private mutating func mergeKey(_ i: Int, _ words: [UInt64]) {
        for w in words {
            let at = entries[i].key.lowerBound(of: w)
            if at < entries[i].key.count && entries[i].key[at] == w { continue }
            entries[i].key.insert(w, at: at)
            byWord.append(i, to: w)
        }
    }

    public mutating func addClaim(_ unit: Int, to i: Int) {
        // claims come unit after unit: a unit already recorded is the last one
        if let last = entries[i].claims.last, last >= unit {
            if !entries[i].claims.contains(unit) { entries[i].claims.append(unit) }
        } else {
            entries[i].claims.append(unit)
        }
    }

    public mutating func setAnonymityReason(_ i: Int) { entries[i].anonymityReason = true }
    public mutating func setKind(_ i: Int, _ k: SourceKind) {
        entries[i].kind = k
        // keep the list ascending, so its last entry of kind k is the latest
        let slot = Self.slot(k)
        let at = byKind[slot].lowerBound(of: i)
        if at == byKind[slot].count || byKind[slot][at] != i { byKind[slot].insert(i, at: at) }
    }
}

/// How many times each spelling (a run of scalars) was added, held compact: every distinct
/// spelling's scalars once, one after another in one list, found through an open-addressed
/// table of their hash (linear probing, at most half full) — about 40 bytes a distinct spelling
/// and no allocation of its own, where a dictionary keyed by the letters took an array each
/// (`SourceResolver.WordCounts`, issue #26, mem28). Exact: spellings are compared scalar for
/// scalar, the hash only finds where to look.
struct LetterTable {
    /// The scalars of every distinct spelling, one after another.
    private var pool: [UInt32] = []
    /// `ends[k]`: where spelling `k`'s scalars end in `pool` (they start where `k - 1`'s end).
    private var ends: [Int32] = []
    /// `counts[k]`: how many times spelling `k` was added.
    private var counts: [Int32] = []
    /// The table: a spelling's number, or -1 for an empty slot; a power of two.
    private var slots: [Int32]

    /// An empty table of `slots` slots at first (a power of two; tests make it small).
    init(slots: Int = 1 << 10) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "a power of two")
        self.slots = [Int32](repeating: -1, count: slots)
    }

    /// The number of distinct spellings added.
    var count: Int { counts.count }

    /// Adds one occurrence of `letters`.
    mutating func add(_ letters: ArraySlice<Unicode.Scalar>) {
        let (s, found) = find(letters)
        if found { counts[Int(slots[s])] += 1; return }
        slots[s] = Int32(counts.count)
        for c in letters { pool.append(c.value) }
        ends.append(Int32(pool.count))
        counts.append(1)
        if counts.count * 2 > slots.count { grow() }
    }

    /// How many times `letters` was added (0 if never).
    func count(of letters: ArraySlice<Unicode.Scalar>) -> Int {
        let (s, found) = find(letters)
        return found ? Int(counts[Int(slots[s])]) : 0
    }

    /// The scalars of spelling `k`.
    private func spelling(_ k: Int) -> ArraySlice<UInt32> { pool[(k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k])] }

    /// FNV-1a over the scalars' values, its high bits folded into the low ones (the slot).
    private static func hash<S: Sequence>(_ values: S) -> Int where S.Element == UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in values { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The slot holding `letters`, or the empty slot where it would go.
    private func find(_ letters: ArraySlice<Unicode.Scalar>) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var s = Self.hash(letters.lazy.map(\.value)) & mask
        while true {
            let k = slots[s]
            if k < 0 { return (s, false) }
            if spelling(Int(k)).elementsEqual(letters.lazy.map(\.value)) { return (s, true) }
            s = (s + 1) & mask
        }
    }

    /// Twice the slots, every spelling placed again.
    private mutating func grow() {
        var grown = [Int32](repeating: -1, count: slots.count * 2)
        let mask = grown.count - 1
        for k in counts.indices {
            var s = Self.hash(spelling(k)) & mask
            while grown[s] >= 0 { s = (s + 1) & mask }
            grown[s] = Int32(k)
        }
        slots = grown
    }
}
