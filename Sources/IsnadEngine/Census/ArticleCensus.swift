import IsnadModel
import IsnadText
import IsnadRules

/// Where a census candidate was seen: the article, the line, the unit's words around it.
public struct CensusExample: Sendable, Equatable {
    public var path: String
    public var line: Int
    /// The unit's text, cut around the candidate when the unit is long.
    public var text: String
    /// For rule candidates: a short sentence with the candidate's words marked `[[...]]`, for
    /// the `examples.match` of its stub (it fires the stub's rule).
    public var marked: String?
}

/// One sighting of a candidate in an article.
public struct CensusObservation: Sendable {
    /// What the candidate is counted under: a verb's stem, a speaker's head word, an outlet's
    /// name, a quotation's verb or first words (folded).
    public var key: String
    /// The words as written (without diacritics or clitics).
    public var form: String
    /// How it was found: the outlet word before an outlet's name (folded) or `told` or
    /// `dateline`; the rule of a speaker's cue; the complement after a verb.
    public var context: String
    public var example: CensusExample
}

/// What became of one cue match in the census: its rule, and its fate as a code
/// (`CueFate.code`) with the rule of the longer cue that swallowed it, or the unit kind.
public struct CensusFate: Sendable, Hashable {
    public var rule: Int32
    public var code: UInt8
    public var other: Int32
}

/// What `audit rules census` reads out of one article: its counts, the fate of every cue
/// match, and the candidates it holds. Small: the article itself is not kept.
public struct ArticleCensus: Sendable {
    public var path: String
    public var units = 0, claims = 0, unsourced = 0
    /// The rules matching in each unit, each rule once per unit.
    public var ruleUnits: [Int32] = []
    /// Every match's fate.
    public var fates: [CensusFate] = []
    /// Words heading a complement clause in unsourced claims (likely reporting verbs).
    public var verbs: [CensusObservation] = []
    /// Subjects of used cues whose kind came from no cue (likely group nouns, titles, bodies).
    public var speakers: [CensusObservation] = []
    /// Names after an outlet word, told to in quotation marks, or in a dateline, that no outlet rule knows.
    public var outlets: [CensusObservation] = []
    /// Quotations in unsourced claims.
    public var quotes: [CensusObservation] = []
    /// Problems with the article's markup and rules that ran out of time (as the audit reports them).
    public var problems: [ArticleProblem] = []
    public init(path: String) { self.path = path }
}

extension CueFate {
    /// The fate as a code and a number: the swallowing rule (-1: none found), or the unit kind.
    public var code: (code: UInt8, other: Int32) {
        switch self {
        case .used: (0, -1)
        case .outOfScope: (1, -1)
        case .insideLongerCue(let o): (2, o.map { Int32($0.rule) } ?? -1)
        case .refusalOverlaps: (3, -1)
        case .negated: (10, -1)
        case .insideContent: (4, -1)
        case .notAClaim(let k): (5, Int32(UnitKind.allCases.firstIndex(of: k) ?? 0))
        case .noComplement: (6, -1)
        case .noSubject: (7, -1)
        case .stayedClaim: (8, -1)
        case .nominal: (9, -1)
        case .ownVoice(let o): (11, Int32(o.rule))
        case .noRelayedSource: (12, -1)
        case .noPhrase: (13, -1)
        case .objectOfDenial(let o): (14, Int32(o.rule))
        case .opensUnit: (15, -1)
        case .nameAfterVerb(let o): (16, o.map { Int32($0.rule) } ?? -1)
        }
    }

    /// The fate of a code (`code`): the other cue it points to is known by its rule only.
    init?(code: UInt8, other: Int32) {
        // a rule number a pack cannot hold (CueMatch stores at most 65,534) is bad input: no fate
        guard other < 65_535 else { return nil }
        let o = other >= 0 ? CueMatch(rule: Int(other), start: 0, end: 0, firstToken: 0, nextToken: 0) : nil
        switch code {
        case 0: self = .used
        case 1: self = .outOfScope
        case 2: self = .insideLongerCue(o)
        case 3: self = .refusalOverlaps
        case 4: self = .insideContent
        case 5:
            guard other >= 0 && Int(other) < UnitKind.allCases.count else { return nil }
            self = .notAClaim(UnitKind.allCases[Int(other)])
        case 6: self = .noComplement
        case 7: self = .noSubject
        case 8: self = .stayedClaim
        case 9: self = .nominal
        case 10: self = .negated
        case 11:
            guard let o else { return nil }
            self = .ownVoice(o)
        case 12: self = .noRelayedSource
        case 13: self = .noPhrase
        case 15: self = .opensUnit
        case 16: self = .nameAfterVerb(o)
        case 14:
            guard let o else { return nil }
            self = .objectOfDenial(o)
        default: return nil
        }
    }

    /// The reason of a fate code in words, as `audit explain` gives it (`reason`; the other cue by its rule).
    public static func reason(code: UInt8, other: Int32, rules: [Rule]) -> String? {
        CueFate(code: code, other: other)?.reason { $0.rule < rules.count ? rules[$0.rule].id : "another rule" }
    }
}

extension Auditor {
    /// Whether a `match` example (words marked `[[...]]`, or none) fires rule `id`, as
    /// `audit rules test` checks it.
    public func exampleFires(_ raw: String, ruleID id: String) -> Bool {
        let (text, marked) = MarkedExample.parse(raw)
        let found = firings(ruleID: id, in: text)
        guard let marked else { return !found.isEmpty }
        return found.contains { RuleTester.same($0, marked) }
    }

    /// The census of an article's bytes, decoded as the audit decodes them.
    public func census(bytes: [UInt8], path: String, encoding: TextEncoding = .auto, invalidUTF8: InvalidUTF8Policy = .error,
                       markup: ArticleMarkup = .text) throws(DecodingError) -> ArticleCensus {
        if markup == .text && (encoding == .auto || encoding == .utf8) {
            let start = TextDecoder.hasBOM(bytes) ? 3 : 0
            if !(encoding == .auto && TextDecoder.hasUTF16BOM(bytes)), let read = OnePassReader.read(bytes, from: start) {
                return census(normalized: read.normalized, tokens: read.tokens, path: path)
            }
        }
        let decoded = try TextDecoder.decode(bytes, encoding: encoding, invalidUTF8: invalidUTF8)
        if markup == .markdown {
            // read as the audit reads Markdown: the same units, the same offsets
            let (prose, headings) = MarkdownReader.read(decoded.scalars)
            return census(normalized: Normalizer.normalize(scalars: VerifiedMarkers.extract(prose).masked), tokens: nil, path: path, headingLines: headings)
        }
        return census(scalars: decoded.scalars, path: path)
    }

    /// The census of decoded text (a JSON-lines record, a test).
    public func census(text: String, path: String) -> ArticleCensus {
        census(scalars: Normalizer.scalars(of: text), path: path)
    }

    /// The census of decoded text given as scalars; verified markers are blanked out as the audit does.
    public func census(scalars: [Unicode.Scalar], path: String) -> ArticleCensus {
        census(normalized: Normalizer.normalize(scalars: VerifiedMarkers.extract(scalars).masked), tokens: nil, path: path)
    }

    /// The audit's own stages up to the labels (matches, units, own outlet, labels), then the census of what they found.
    func census(normalized: NormalizedText, tokens: Tokens?, path: String, headingLines: Set<Int> = []) -> ArticleCensus {
        let article = tokens.map { ArticleText(text: normalized, tokens: $0, matcher: matcher, regexes: regexes, profile: nil) }
            ?? ArticleText(text: normalized, matcher: matcher, regexes: regexes)
        let kinds = classify(article, headingLines: headingLines)
        let own = OutletInference(rules: pack.rules).infer(article, kinds: kinds)
        let labeller = Labeller(rules: pack.rules, ownOutlet: own, outletNames: outletNames, groupHeads: groupHeads)
        let (judgements, _) = labeller.label(article, kinds: kinds)
        var reader = CensusReader(article: article, kinds: kinds, labeller: labeller, path: path)
        var c = reader.read(judgements)
        c.problems += budgetProblems(article)
        return c
    }
}

/// Reads the census out of one labelled article.
struct CensusReader {
    let a: ArticleText
    let kinds: [UnitKind]
    let labeller: Labeller
    let rules: [Rule]
    let path: String
    /// The kinds of the (raw) matches covering each token, made on first use.
    var coveredKinds: [CueKinds] = []

    init(article: ArticleText, kinds: [UnitKind], labeller: Labeller, path: String) {
        self.a = article; self.kinds = kinds; self.labeller = labeller; self.rules = labeller.rules; self.path = path
    }

    /// Cues that attribute a statement: a window reaching one is already attributed.
    static let attributing: CueKinds = [.report, .relay, .according, .passive, .denial, .noComment, .told, .hedge, .anonymous, .anonymity, .anonymityReason, .ownVoice]
    /// Cues that end an outlet's name.
    static let nameStops: CueKinds = [.stop, .complement, .report, .relay, .according, .told, .denial, .noComment, .hedge, .passive, .adverb, .pronoun, .members, .anonymity, .anonymityReason, .ownVoice]
    /// Cues that give a source phrase its kind (a subject with one of them is no fallback).
    static let kindCues: CueKinds = [.title, .role, .collective, .organization, .outlet, .outletHead, .documentHead, .anonymous, .passive, .members]

    mutating func read(_ judgements: [Judgement?]) -> ArticleCensus {
        var c = ArticleCensus(path: path)
        var stamp = [Int](repeating: -1, count: rules.count)
        var cues = SourceResolver.TokenCues()
        for i in 0..<a.segments.count {
            let kind = kinds[i]
            c.units += 1
            if kind.isClaim { c.claims += 1 }
            let label = judgements[i]?.label
            if label == .unsourced { c.unsourced += 1 }
            let raw = a.matches[i]
            let words = a.words(of: i)
            if !raw.isEmpty {
                for m in raw where stamp[m.rule] != i { stamp[m.rule] = i; c.ruleUnits.append(Int32(m.rule)) }
                // the cue filter's records say why each match it drops was dropped
                var dropped = DecisionLog()
                let effective = labeller.filter.run(raw, a, unit: i, &dropped)
                let loaded = kind.isClaim && effective.contains { m in
                    AttributionFinder.speakerKinds.contains(rules[m.rule].kind) || rules[m.rule].kind == .according
                }
                if loaded { cues.load(effective, tokens: a.tokenRanges[i], rules: rules) }
                // the effective matches are the raw ones less some, in the same order
                var e = effective.startIndex
                for m in raw {
                    let isEffective = e < effective.endIndex && effective[e] == m
                    if isEffective { e += 1 }
                    var at: Attribution? = nil
                    let fate = labeller.fate(of: m, setAside: isEffective ? nil : dropped.setAside(m, unit: i), a, unit: i, kind: kind, words: words, cues: cues, attribution: &at)
                    let code = fate.code
                    c.fates.append(CensusFate(rule: Int32(m.rule), code: code.code, other: code.other))
                    guard fate == .used, kind.isClaim, loaded else { continue }
                    var phrase: SourcePhrase? = nil
                    switch rules[m.rule].kind {
                    case .relay: phrase = labeller.finder.objectAfterAn(m, a, i, words, cues) ?? at?.phrase
                    case .report, .denial, .noComment: phrase = at?.phrase
                    case .according: phrase = labeller.finder.phraseAfter(m, a, i, words, cues)
                    default: break
                    }
                    if let p = phrase { speaker(p, cue: m, unit: i, words: words, sources: judgements[i]?.sources ?? [], into: &c) }
                }
            }
            if label == .unsourced && !words.isEmpty {
                verbs(unit: i, words: words, into: &c)
                quotes(unit: i, words: words, into: &c)
            }
            if !words.isEmpty { outlets(unit: i, words: words, into: &c) }
        }
        return c
    }

    // MARK: - words

    /// The kinds of the raw matches covering token `t` (a gap's skipped words are not covered).
    mutating func covered(_ t: Int) -> CueKinds {
        if coveredKinds.isEmpty {
            coveredKinds = [CueKinds](repeating: CueKinds(), count: a.tokens.count)
            for i in 0..<a.segments.count {
                for m in a.matches[i] {
                    let k = CueKinds(rules[m.rule].kind)
                    for u in m.firstToken..<max(m.firstToken + 1, m.nextToken) where u < coveredKinds.count {
                        if let g = m.gapToken, u >= g && u < (m.gapEnd ?? m.nextToken) { continue }
                        coveredKinds[u].formUnion(k)
                    }
                }
            }
        }
        return t < coveredKinds.count ? coveredKinds[t] : CueKinds()
    }

    /// The folded letters of a token.
    func letters(_ t: Int) -> ArraySlice<Unicode.Scalar> { a.tokens.letters(t) }

    /// A token's reading without و ف (and the future س): its letters and how many scalars were removed.
    /// (A word of three letters keeps a و that may be its own: وصف، وعد.)
    func conjunctionFree(_ t: Int) -> (letters: ArraySlice<Unicode.Scalar>, offset: Int) {
        let forms = a.tokens.forms(t)
        let f = forms.last { $0.clitics <= .conjunction && $0.count >= 3 } ?? forms[forms.startIndex]
        return (a.tokens.letters(f), f.start - a.tokens[t].start)
    }

    /// A token's shortest reading without و ف: what a particle is looked up by (ولا → لا).
    func bare(_ t: Int) -> [Unicode.Scalar] {
        let forms = a.tokens.forms(t)
        return Array(a.tokens.letters(forms.last { $0.clitics <= .conjunction } ?? forms[forms.startIndex]))
    }

    /// Whether a token is a particle, a conjunction, a preposition or an auxiliary (`CensusWords.particles`).
    func isParticle(_ t: Int) -> Bool {
        CensusWords.particles.contains(bare(t)) || CensusWords.particles.contains(Array(letters(t)))
    }

    /// The original scalars of a token (with its diacritics).
    func original(_ t: Int) -> ArraySlice<Unicode.Scalar> {
        a.text.originalScalars(a.text.originalSpan(a.tokens[t].start, a.tokens[t].end))
    }

    /// A token as written, without diacritics and invisible marks, less its first `drop` letters.
    func surface(_ t: Int, dropping drop: Int = 0) -> String {
        let kept = original(t).filter { Normalizer.fold($0) != nil }
        let folded = letters(t)
        var s = String.UnicodeScalarView()
        // one written letter per folded letter, none a presentation form (else the folded letters)
        if kept.count == folded.count && !kept.contains(where: Arabic.isPresentationForm) {
            s.append(contentsOf: kept.dropFirst(drop))
        } else {
            s.append(contentsOf: folded.dropFirst(drop))
        }
        return String(s)
    }

    /// The original text from token `t1` to token `t2` (inclusive).
    func text(_ t1: Int, _ t2: Int) -> String {
        CensusWords.clean(a.text.originalText(a.text.originalSpan(a.tokens[t1].start, a.tokens[t2].end)))
    }

    /// Punctuation other than quotation marks between two tokens, or a line break before the second.
    func breaks(_ t1: Int, _ t2: Int) -> Bool {
        if a.tokens[t2].afterBreak { return true }
        guard t1 + 1 < t2 else { return false }
        for t in (t1 + 1)..<t2 where a.tokens[t].kind == .punct && !a.tokens[t].is("\"") && !a.tokens[t].is("'") { return true }
        return false
    }

    /// The unit's text, or, when it is long, its words around positions `from...to` of `words`.
    func excerpt(unit i: Int, words: [Int], from: Int, to: Int) -> String {
        let span = a.segments[i].span
        if span.end - span.start <= 280 { return CensusWords.clean(a.text.originalText(span)) }
        let lo = max(0, from - 8), hi = min(words.count - 1, to + 16)
        return (lo > 0 ? "… " : "") + text(words[lo], words[hi]) + (hi < words.count - 1 ? " …" : "")
    }

    /// A short sentence for a stub's `examples.match`: positions `from...to` of `words`, the
    /// words at `mark...markEnd` in `[[...]]`.
    func marked(words: [Int], from: Int, to: Int, mark: Int, markEnd: Int) -> String? {
        let o = a.text
        func original(_ start: Int, _ end: Int) -> String { start < end ? CensusWords.clean(o.originalText(TextSpan(start, end))) : "" }
        let first = o.originalSpan(a.tokens[words[from]].start, a.tokens[words[from]].end).start
        let m0 = o.originalSpan(a.tokens[words[mark]].start, a.tokens[words[mark]].end).start
        let m1 = o.originalSpan(a.tokens[words[markEnd]].start, a.tokens[words[markEnd]].end).end
        let last = o.originalSpan(a.tokens[words[to]].start, a.tokens[words[to]].end).end
        // a text with brackets of its own could read as a mark: no example from it
        if o.original[first..<last].contains(where: { $0 == "[" || $0 == "]" }) { return nil }
        var s = original(first, m0) + "[[" + original(m0, m1) + "]]" + original(m1, last)
        if to < words.count - 1 { s += " ..." }
        return s
    }

    func example(unit i: Int, words: [Int], from: Int, to: Int, marked: String? = nil) -> CensusExample {
        CensusExample(path: path, line: a.segments[i].line, text: excerpt(unit: i, words: words, from: from, to: to), marked: marked)
    }

    // MARK: - likely reporting verbs

    /// Words that head a complement clause (أن، إن، بأن، أنه ...، or a colon before a
    /// quotation) within six words before it, are no cue, and look like a verb.
    mutating func verbs(unit i: Int, words: [Int], into c: inout ArticleCensus) {
        for (p, t) in words.enumerated() where p > 0 {
            let l = letters(t)
            guard l.count <= 6, let first = l.first, first == Arabic.alef || first == Arabic.baa, CensusWords.complements.contains(Array(l)),
                  // one the pack knows too, so that a verb accepted with needs_complement fires before it
                  covered(t).contains(.complement) else { continue }
            // أن before a verb in the subjunctive (يجب أن يكون، بعد أن) is no complement clause
            if l.elementsEqual(CensusWords.an), p + 1 < words.count, CensusWords.looksImperfect(letters(words[p + 1])) { continue }
            verb(before: p, anchor: t, unit: i, words: words, complement: surface(t), into: &c)
        }
        // 'وغمغم الوزير: «...' — a colon right before a quotation mark
        for t in a.tokenRanges[i] where a.tokens[t].kind == .punct && a.tokens[t].is(":") {
            guard t + 1 < a.tokenRanges[i].upperBound, a.tokens[t + 1].is("\"") else { continue }
            let p = words.lowerBound(of: t)
            guard p > 0 else { continue }
            verb(before: p, anchor: t, unit: i, words: words, complement: ":", into: &c)
        }
    }

    /// The word heading the clause that ends before position `p` of `words`, at token `anchor`
    /// (the complement, or the colon).
    mutating func verb(before p: Int, anchor: Int, unit i: Int, words: [Int], complement: String, into c: inout ArticleCensus) {
        var q = p - 1
        var head: Int? = nil
        while q >= 0 && p - q <= 6 {
            let t = words[q]
            if breaks(t, q == p - 1 ? anchor : words[q + 1]) { break }
            let k = covered(t)
            // a known cue heads it: not a new verb
            if k.intersects(Self.attributing) { return }
            if k.contains(.stop) || isParticle(t) {
                // أشار إلى أن، شدد على أن: a preposition between the verb and its complement
                if CensusWords.prepositions.contains(bare(t)) { q -= 1; continue }
                // كما أن، بعد أن، رغم أن، بيد أن: a conjunction, no verb
                if q == p - 1 { return }
                break
            }
            if k.intersects([.complement, .pronoun]) { break }
            if k.subtracting([.verb]).isEmpty && CensusWords.looksLikeVerb(conjunctionFree(t).letters, original: original(t)) { head = q }
            q -= 1
        }
        guard let h = head else { return }
        let t = words[h]
        let (l, offset) = conjunctionFree(t)
        let end = min(words.count - 1, p + 5)
        let ex = example(unit: i, words: words, from: h, to: p, marked: marked(words: words, from: h, to: end, mark: h, markEnd: h))
        c.verbs.append(CensusObservation(key: CensusWords.stem(l), form: surface(t, dropping: offset), context: complement, example: ex))
    }

    // MARK: - unknown speakers

    /// A subject whose kind came from no cue: counted under its head word, when it looks like a
    /// common noun (a group, a title, a body) rather than a person's name.
    mutating func speaker(_ p: SourcePhrase, cue m: CueMatch, unit i: Int, words: [Int], sources: [SourceMention], into c: inout ArticleCensus) {
        guard p.kind == .person, !p.refersBack, !p.namesMembers, let head = p.words.first else { return }
        for w in p.words where covered(w).intersects(Self.kindCues) { return }
        let (l, offset) = conjunctionFree(head)
        guard l.count >= 3, l.allSatisfy(CensusWords.isArabicLetter) else { return }
        let definite = l.count >= 4 && l.first == Arabic.alef && l[l.startIndex + 1] == Arabic.lam
        let bare = definite ? l.dropFirst(2) : l
        let orig = original(head)
        // a common noun: definite (المشرف، المرصد) or plural (باحثون، علماء); an indefinite singular
        // is most often a person's first name (عادل الجبير), a definite singular nisba a family name (العمري)
        let plural = CensusWords.looksPlural(bare)
        guard definite || plural, !(definite && !plural && CensusWords.isNisba(bare) && bare.count >= 4) else { return }
        guard bare.count >= 3, !CensusWords.isPronounLike(bare), !CensusWords.particles.contains(Array(bare)) else { return }
        _ = orig
        // a mention the engine resolved to a source named earlier in other words (الجبير after
        // عادل الجبير) is that source, counted where it was first named
        let span = a.text.originalSpan(p.start, p.end)
        if let mention = sources.first(where: { $0.span.start == span.start }), case .sameSource(let name, _, _, _)? = mention.why?.form,
           name != mention.text { return }
        let hp = words.lowerBound(of: head)
        let lp = words.lowerBound(of: p.words[p.words.count - 1])
        let cp = words.lowerBound(of: m.firstToken)
        let from = min(cp, hp)
        let ex = example(unit: i, words: words, from: from, to: lp,
                         marked: marked(words: words, from: from, to: min(words.count - 1, lp + 5), mark: hp, markEnd: hp))
        // a sound plural counted once, whatever its case (مزارعون، مزارعين)
        var key = Array(bare)
        if key.count >= 5 && key.hasSuffix2(CensusWords.waw, CensusWords.nun) { key[key.count - 2] = CensusWords.ya }
        c.speakers.append(CensusObservation(key: String(String.UnicodeScalarView(key)), form: surface(head, dropping: offset + (definite ? 2 : 0)),
                                            context: rules[m.rule].id, example: ex))
    }

    // MARK: - unknown outlets

    mutating func outlets(unit i: Int, words: [Int], into c: inout ArticleCensus) {
        let range = a.tokenRanges[i]
        // after an outlet word: صحيفة، جريدة، وكالة، موقع، قناة، شبكة، مجلة، إذاعة (with و ف ب ل ك, not ال)
        for (p, t) in words.enumerated() where p + 1 < words.count {
            var l = letters(t)
            if l.count >= 5 && (l.first == Arabic.waw || l.first == Arabic.faa) { l = l.dropFirst() }
            if l.count >= 5, let f = l.first, f == Arabic.baa || f == Arabic.lam || f == Arabic.kaf { l = l.dropFirst() }
            guard CensusWords.outletHeadLengths.contains(l.count), let h = l.first, CensusWords.isOutletInitial(h), let head = CensusWords.outletHeads[Array(l)] else { continue }
            var q = p + 1
            // وكالة الأنباء X; موقع التواصل الاجتماعي X
            var social = false
            if head == CensusWords.agency, letters(words[q]).elementsEqual(CensusWords.anbaa) { q += 1 }
            if head == CensusWords.site || head == CensusWords.network, q + 1 < words.count, letters(words[q]).elementsEqual(CensusWords.tawasul),
               letters(words[q + 1]).elementsEqual(CensusWords.ijtimai) { q += 2; social = true }
            guard q < words.count else { continue }
            let quoted = hasQuote(between: words[q - 1], and: words[q])
            if breaks(words[q - 1], words[q]) { continue }
            guard var name = name(from: q, words: words, quoted: quoted, limit: quoted ? 5 : 4) else { continue }
            // a site is named in quotation marks, in Latin letters, with الإلكتروني, or as a social network:
            // otherwise موقع is a place (موقع الحادث)
            if head == CensusWords.site && !quoted && !social {
                let latin = letters(words[name.lowerBound]).allSatisfy { $0.value < 0x80 }
                let e = name.upperBound + 1
                let electronic = e < words.count && letters(words[e]).elementsEqual(CensusWords.electronic)
                if !latin && !electronic {
                    // ... or its last word is الإلكتروني
                    guard name.count > 1, letters(words[name.upperBound]).elementsEqual(CensusWords.electronic) else { continue }
                }
            }
            if name.count > 1 && letters(words[name.upperBound]).elementsEqual(CensusWords.electronic) { name = name.lowerBound...(name.upperBound - 1) }
            // شبكة before a definite noun is a network of things (شبكة المعلومات، شبكة الحافلات), unless quoted
            if head == CensusWords.network && !quoted && !social && CensusWords.isDefinite(letters(words[name.lowerBound])) { continue }
            outlet(name, unit: i, words: words, context: head, quoted: quoted, keepNisba: head == CensusWords.agency, into: &c)
        }
        // told to: قال لـ«X»، أكد ل"X" — after a cue of attribution in the unit
        for t in range where a.tokens[t].kind == .word && a.tokens[t].is(Arabic.lam) {
            guard t + 2 < range.upperBound, a.tokens[t + 1].is("\""), a.tokens[t + 2].kind == .word else { continue }
            let p = words.lowerBound(of: t)
            guard words[max(0, p - 10)..<p].contains(where: { covered($0).intersects(Self.attributing) }) else { continue }
            let q = words.lowerBound(of: t + 2)
            if let name = name(from: q, words: words, quoted: true, limit: 5, closed: true) {
                outlet(name, unit: i, words: words, context: "told", quoted: true, keepNisba: false, into: &c)
            }
        }
        // a dateline opening a line
        if i == 0 || a.segments[i - 1].lineIndex != a.segments[i].lineIndex {
            dateline(unit: i, words: words, into: &c)
        }
    }

    /// Whether a quotation mark stands between two tokens.
    func hasQuote(between t1: Int, and t2: Int) -> Bool {
        guard t1 + 1 < t2 else { return false }
        return (t1 + 1..<t2).contains { a.tokens[$0].is("\"") }
    }

    /// The words of a name from position `q`: up to `limit` words, to the closing quotation
    /// mark when `quoted`, else to punctuation or a word that cannot be part of a name.
    /// With `closed`, a name whose quotation does not close within the limit is no name.
    mutating func name(from q: Int, words: [Int], quoted: Bool, limit: Int, closed: Bool = false) -> ClosedRange<Int>? {
        var e = q
        while e < words.count && e - q < limit {
            if e > q {
                if quoted && hasQuote(between: words[e - 1], and: words[e]) { return q...(e - 1) }
                if breaks(words[e - 1], words[e]) { break }
            }
            if !quoted && (covered(words[e]).intersects(Self.nameStops) || isParticle(words[e]) || SourceResolver.isPrepositional(letters(words[e]))) { break }
            e += 1
        }
        guard e > q else { return nil }
        if quoted && closed {
            // the quotation must close right after the name
            let last = words[e - 1]
            let next = last + 1
            guard next < a.tokens.count, a.tokens[next].is("\"") else { return nil }
        }
        return q...(e - 1)
    }

    /// Records a name as an outlet candidate, unless a rule knows it or it is a common noun.
    mutating func outlet(_ r: ClosedRange<Int>, unit i: Int, words: [Int], context: String, quoted: Bool, keepNisba: Bool, into c: inout ArticleCensus) {
        var r = r
        // trailing nationality adjectives are no part of a paper's name (الحياة اللندنية); an
        // agency's are (وكالة الصحافة الفرنسية)
        while !keepNisba && r.count > 1 && CensusWords.isNisba(letters(words[r.upperBound])) && CensusWords.isDefinite(letters(words[r.upperBound])) {
            r = r.lowerBound...(r.upperBound - 1)
        }
        if CensusWords.notOutlets.contains(Array(letters(words[r.lowerBound]))) { return }
        // a name an outlet rule knows in full is no candidate; one it knows only in part is a longer
        // name (صحيفة الفجر الجديد, where the gazetteer has الفجر)
        if r.allSatisfy({ covered(words[$0]).contains(.outlet) }) { return }
        for p in r {
            let l = letters(words[p])
            if !l.allSatisfy({ CensusWords.isArabicLetter($0) || ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }) { return }
        }
        let first = words[r.lowerBound]
        // (an outlet cue on the first word only means a shorter outlet's name is inside this one)
        if covered(first).subtracting([.outlet]).intersects(Self.kindCues.union([.stop, .complement, .pronoun, .qualifier])) { return }
        let fl = letters(first)
        // a description, not a name: صحيفة سعودية، موقع إلكتروني، قناة فضائية
        if !quoted && CensusWords.isNisba(fl) && !CensusWords.isDefinite(fl) { return }
        if fl.count < 2 || fl.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) { return }
        let key = r.map { String(String.UnicodeScalarView(letters(words[$0]))) }.joined(separator: " ")
        let form = r.map { surface(words[$0]) }.joined(separator: " ")
        let from = max(0, r.lowerBound - 3)
        let ex = example(unit: i, words: words, from: from, to: r.upperBound,
                         marked: marked(words: words, from: from, to: min(words.count - 1, r.upperBound + 5), mark: r.lowerBound, markEnd: r.upperBound))
        c.outlets.append(CensusObservation(key: key, form: form, context: context, example: ex))
    }

    /// A dateline: the parts of `P1 - P2 - ... - Pn:` before a colon near the start of a line,
    /// and `(NAME) -`. An outlet stands in the middle parts (`سلطان السلمي- سبق- جدة:`), or first
    /// when it is one word (`واس- جدة:`, `سبق- وكالات:`), or last after a reporter's name of
    /// several words (`نافل السبيعي – سبق:`); the last part after an outlet is the place.
    mutating func dateline(unit i: Int, words: [Int], into c: inout ArticleCensus) {
        let range = a.tokenRanges[i]
        let head = range.prefix(16)
        func isDash(_ t: Int) -> Bool { a.tokens[t].kind == .punct && (a.tokens[t].is("-") || a.tokens[t].is("\u{2013}") || a.tokens[t].is("\u{2014}")) }
        func record(_ inner: [Int]) {
            guard (1...3).contains(inner.count), let q = words.firstIndex(of: inner[0]) else { return }
            outlet(q...(q + inner.count - 1), unit: i, words: words, context: "dateline", quoted: false, keepNisba: false, into: &c)
        }
        if let colon = head.first(where: { a.tokens[$0].is(":") }) {
            let dashes = head.filter { $0 < colon && isDash($0) }
            guard !dashes.isEmpty, !head.contains(where: { $0 < colon && a.tokens[$0].kind == .punct && !isDash($0) }) else { return }
            let bounds = [range.lowerBound - 1] + dashes + [colon]
            let parts = (0..<(bounds.count - 1)).map { k in words.filter { $0 > bounds[k] && $0 < bounds[k + 1] } }
            guard parts.allSatisfy({ !$0.isEmpty }) else { return }
            let n = parts.count
            if parts[0].count == 1 { record(parts[0]) }
            for k in 1..<max(1, n - 1) { record(parts[k]) }
            if n == 2 && parts[0].count >= 2 { record(parts[1]) }
            return
        }
        if let open = head.first, a.tokens[open].is("("), let close = head.first(where: { a.tokens[$0].is(")") }),
           close + 1 < range.upperBound, isDash(close + 1) {
            record(words.filter { $0 > open && $0 < close })
        }
    }

    // MARK: - quotations without a speaker

    /// The first quotation (a quotation mark and three words or more, to the closing mark or
    /// the end of the unit) of an unsourced claim: counted under the nearest word before it in its
    /// clause that is no particle (its verb, or the noun of a speech: وفي كلمته «...»), or
    /// under its first words when there is none. A title in quotation marks (بعنوان «...») is no quotation.
    mutating func quotes(unit i: Int, words: [Int], into c: inout ArticleCensus) {
        let range = a.tokenRanges[i]
        var t = range.lowerBound
        while t < range.upperBound {
            guard a.tokens[t].is("\"") else { t += 1; continue }
            var n = 0, u = t + 1
            while u < range.upperBound && !a.tokens[u].is("\"") { if a.tokens[u].kind == .word { n += 1 }; u += 1 }
            guard n >= 3 else { t = u + 1; continue }
            let q0 = words.lowerBound(of: t)
            guard q0 < words.count else { return }
            let qEnd = max(q0, words.lowerBound(of: u) - 1)
            var key: Int? = nil
            var q = q0 - 1
            while q >= 0 && q0 - q <= 6 {
                if breaks(words[q], q == q0 - 1 ? t : words[q + 1]) && !(q == q0 - 1 && Self.colonOnly(a, words[q], t)) { break }
                if isParticle(words[q]) || letters(words[q]).count < 3 || covered(words[q]).intersects([.stop, .complement]) { q -= 1; continue }
                key = words[q]
                break
            }
            let ex = example(unit: i, words: words, from: key.map { words.lowerBound(of: $0) } ?? q0, to: min(qEnd, q0 + 8))
            if let k = key {
                if CensusWords.titling.contains(bare(k)) || CensusWords.titling.contains(Array(letters(k))) { return }
                let (l, offset) = conjunctionFree(k)
                c.quotes.append(CensusObservation(key: CensusWords.stem(l), form: surface(k, dropping: offset), context: "", example: ex))
            } else {
                let first = words[q0...min(q0 + 1, words.count - 1)]
                let key = first.map { String(String.UnicodeScalarView(letters($0))) }.joined(separator: " ")
                c.quotes.append(CensusObservation(key: "« " + key, form: "«" + first.map { surface($0) }.joined(separator: " ") + " …»", context: "", example: ex))
            }
            return
        }
    }

    /// Whether the only punctuation between two tokens is a colon (وقال: «...»).
    static func colonOnly(_ a: ArticleText, _ t1: Int, _ t2: Int) -> Bool {
        guard t1 + 1 < t2 else { return true }
        return (t1 + 1..<t2).allSatisfy { a.tokens[$0].is(":") || a.tokens[$0].is("\"") }
    }
}
