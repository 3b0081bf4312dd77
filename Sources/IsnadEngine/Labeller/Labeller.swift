import IsnadModel
import IsnadText
import IsnadRules

/// The judgement of one claim before scoring.
public struct Judgement: Sendable {
    public var label: Label
    public var sources: [SourceMention]
    public var flags: [ClaimFlag]
    public var evidence: [Evidence]
    /// Which precedence step chose the label.
    public var why: Reason
    /// Every label the unit's attributions proposed, with why, before precedence chose one.
    public var proposals: [Reason] = []
    /// `why` in words.
    public var reason: String { why.description }
    /// `proposals` in words.
    public var candidates: [String] { proposals.map(\.description) }
    /// The id of the rule whose cue decided the label (nil for unsourced).
    public var rule: String? = nil
    /// Roster indexes of the sources the claim rests on.
    public var rosterIndexes: [Int]
    /// Number of relay links (outlets) between the claim and its source.
    public var chainLinks: Int
}

/// Labels the claims of an article in reading order (SOURCING.md, "The five labels"):
/// finds each unit's attributions from its cue matches, resolves their sources
/// against the article's roster, and applies the precedence
/// denied > anonymous > secondhand > named > unsourced.
public struct Labeller: Sendable {
    let rules: [Rule]
    let resolver: SourceResolver
    /// The publication's own outlet, folded; never an intermediary.
    public var ownOutlet: [String]? {
        didSet { ownOutletKey = Self.outletKey(ownOutlet ?? []); ownOutletRules = outletNames.rules(named: ownOutlet) }
    }
    /// The gazetteer's outlets by name (built once per pack by the auditor).
    let outletNames: OutletNames
    /// See `isOwn`.
    var ownOutletKey: Set<UInt64> = []
    /// The gazetteer rules that name the own outlet, under any of its names (`واس` is also
    /// `وكالة الأنباء السعودية`).
    var ownOutletRules: [Int] = []

    public init(rules: [Rule], ownOutlet: String? = nil, outletNames: OutletNames? = nil) {
        self.rules = rules
        self.outletNames = outletNames ?? OutletNames(rules: rules)
        self.resolver = SourceResolver(rules: rules)
        self.ownOutlet = ownOutlet.map { PatternCompiler.foldedWords($0) }
        self.ownOutletKey = Self.outletKey(self.ownOutlet ?? [])
        self.ownOutletRules = self.outletNames.rules(named: self.ownOutlet)
    }

    /// One attribution found in a unit.
    struct Attribution {
        var cue: CueMatch
        var phrase: SourcePhrase?
        /// The outlet the statement went through (told to, relayed by).
        var via: SourcePhrase?
        var backReference = false
        var isDenial = false
    }

    /// The judgement of every claim (indexed by unit; nil for a unit that is not a claim) and the roster.
    public func label(_ a: ArticleText, kinds: [UnitKind]) -> ([Judgement?], SourceRoster) {
        var roster = SourceRoster()
        var out = [Judgement?](filled: nil, count: a.segments.count)
        /// The claim number of each unit (1-based, as sheets number claims), made when a source first resolves back.
        var claimNumbers: [Int] = []
        func claimNumber(_ unit: Int) -> Int {
            if claimNumbers.isEmpty {
                var n = 0
                claimNumbers = kinds.map { k in if k.isClaim { n += 1 }; return n }
            }
            return claimNumbers[unit]
        }
        /// The label and sources of the latest attributed claim, for bare verbs and quotations.
        var last: (label: Label, sources: [SourceMention], roster: [Int], chain: Int)? = nil
        var quoteOpenOwner: (label: Label, sources: [SourceMention], roster: [Int], chain: Int)? = nil
        /// The speaker of a colon quotation without marks (وقال الآتي: ...), which runs to the end
        /// of its paragraph (SOURCING.md, "Quotation continuity"), and the line it is on.
        var colonOwner: (label: Label, sources: [SourceMention], roster: [Int], chain: Int)? = nil
        var colonLine = -1
        /// A colon that ends its paragraph (`وتقول كلمات القصيدة:` and the verses below it) opens
        /// the next paragraph instead: its lines, one after the other, are the quotation.
        var colonNextParagraph = false, colonAwaitingStart = false
        var previousQuoted = false
        var previousLine = -1
        let depths = quoteDepths(a)
        var cues = SourceResolver.TokenCues()
        // working lists of a claim that nothing keeps: emptied for each claim, their storage reused
        var attributions: [Attribution] = []
        var labels: [Label] = []
        var labelRules: [String] = []  // the cue behind each proposed label
        for i in 0..<a.segments.count where kinds[i].isClaim {
            let seg = a.segments[i]
            let words = a.words(of: i)
            let ms = effectiveMatches(a.matches[i], a, unit: i)
            // a unit with no cue that attributes and no colon has no attribution to find: its
            // label comes from the quotation it continues, if any (most unsourced claims)
            let attributes = ms.contains { Self.attributing.contains(rules[$0.rule].kind) }
                || a.tokenRanges[i].contains { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }
            if attributes { cues.load(ms, tokens: a.tokenRanges[i], rules: rules) }
            var evidence: [Evidence] = []
            // (reserving room in an empty array allocates even for none)
            if !ms.isEmpty { evidence.reserveCapacity(ms.count) }
            var flags: [ClaimFlag] = []
            attributions.removeAll(keepingCapacity: true)
            var anonymityReason = false
            var told: SourcePhrase? = nil
            for m in ms {
                switch rules[m.rule].kind {
                case .stop, .complement, .verb, .adverb, .qualifier, .pronoun, .boilerplate, .caption, .byline: continue
                case .hedge: if !flags.contains(.hedged) { flags.append(.hedged) }
                case .noComment: if !flags.contains(.noComment) { flags.append(.noComment) }
                case .anonymity, .anonymityReason: anonymityReason = true
                default: break
                }
                let span = a.text.originalSpan(m.start, m.end)
                evidence.append(Evidence(rule: rules[m.rule].id, scalars: a.text.originalScalars(span), span: span))
            }
            // told-to outlets: في تصريح لـ X، تحدثوا إلى صحيفة X، قال لـ«X»
            for m in ms where attributes && rules[m.rule].kind == .told {
                if let p = phraseAfter(m, a, i, words, cues), p.kind == .outlet { told = p; break }
            }
            for m in ms where attributes {
                let kind = rules[m.rule].kind
                switch kind {
                case .report, .denial, .noComment, .relay:
                    guard var at = verbAttribution(m, a, i, words, cues) else { continue }
                    if kind == .relay {
                        // نقل X عن Y: X relays, Y is the source; without عن / من, نقل is carrying
                        // (نقل الركاب، نقل الحيوانات), no attribution
                        guard let y = objectAfterAn(m, a, i, words, cues) else { continue }
                        if let p = at.phrase { at.via = p.kind == .outlet ? p : at.via }
                        // the source is named after عن / من, whatever the relayer's subject was
                        at.phrase = y
                        at.backReference = false
                    }
                    if at.via == nil, let t = told { at.via = t }
                    attributions.append(at)
                case .according:
                    guard let p = phraseAfter(m, a, i, words, cues) else { continue }
                    var at = Attribution(cue: m, phrase: p)
                    if let t = told { at.via = t }
                    attributions.append(at)
                case .passive, .anonymous:
                    let words = Array(words[position(words, m.firstToken)..<position(words, m.nextToken)])
                    let p = SourcePhrase(start: m.start, end: m.end, words: words, kind: .anonymous, refersBack: false,
                                         key: resolver.key(a, words))
                    // a phrase holding this cue was found by a cue close before it: look back a short way only
                    var recent: [Int] = []
                    var k = attributions.count - 1
                    while k >= 0 && attributions[k].cue.start > m.start - Self.phraseReach {
                        if attributions[k].phrase.map({ $0.start <= m.start && $0.end >= m.start }) ?? false { recent.append(k) }
                        k -= 1
                    }
                    if !recent.isEmpty {
                        // already inside a found source phrase: make it anonymous
                        for k in recent {
                            attributions[k].phrase?.kind = .anonymous
                        }
                        continue
                    }
                    var at = Attribution(cue: m, phrase: p)
                    if let t = told { at.via = t }
                    attributions.append(at)
                default: continue
                }
            }
            // 'Speaker: statement' — a short phrase before a colon names the speaker
            if attributes && attributions.isEmpty, let at = colonAttribution(a, i, words, cues, unitIsHeadline: i == 0 || kinds[i] == .headline) { attributions.append(at) }
            // sources named twice by overlapping cues count once
            if attributions.count > 1 { attributions = dedupe(attributions) }
            // someone who declined to comment is a source of the unit, but not of what others said in it:
            // their label does not count when another attribution gives one
            let othersSpeak = attributions.contains { $0.cue.rule < 0 || rules[$0.cue.rule].kind != .noComment }

            // resolve
            var mentions: [SourceMention] = []
            var rosterIdx: [Int] = []
            labels.removeAll(keepingCapacity: true)
            var reasons: [Reason] = []
            labelRules.removeAll(keepingCapacity: true)
            var denialRule: String? = nil
            var chain = 0
            var denied = false
            for at in attributions {
                if at.isDenial { denied = true; denialRule = denialRule ?? ruleName(at.cue) }
                // a refusal to comment next to what others said: its source is recorded, its label not
                let silenced = othersSpeak && at.cue.rule >= 0 && rules[at.cue.rule].kind == .noComment
                if at.backReference || at.phrase == nil {
                    if silenced { continue }
                    // a bare verb told to another outlet (وقال لرويترز، وأضافت في حديث نقلته وكالة ...):
                    // the speaker's words reach the article through that outlet
                    let toldVia: SourcePhrase? = at.via.flatMap { isOwn($0, a, cues) ? nil : $0 }
                    let toldText = toldVia.map { a.text.originalText(a.text.originalSpan($0.start, $0.end)) }
                    if let l = last {
                        let why = Reason(.bareMention(rule: ruleName(at.cue)))
                        mentions += l.sources.map { var s = $0; s.why = why; if let t = toldText, s.kind != .outlet { s.via = t }; return s }
                        rosterIdx += l.roster
                        let label: Label = toldText != nil && l.label == .named ? .secondhand : l.label
                        labels.append(label); chain = max(chain, toldText != nil ? max(1, l.chain) : l.chain); labelRules.append(ruleName(at.cue))
                        reasons.append(Reason(.bareVerb(label)))
                    } else if let v = toldVia {
                        // no earlier speaker: the outlet is the source the unit rests on
                        let text = toldText ?? ""
                        let resolved = roster.resolve(v, text: text)
                        let idx = roster.add(v, text: text, span: a.text.originalSpan(v.start, v.end), unit: i, resolved: resolved, via: nil)
                        mentions.append(SourceMention(id: roster.entries[idx].id, text: text, span: a.text.originalSpan(v.start, v.end),
                                                      kind: .outlet, via: nil))
                        rosterIdx.append(idx)
                        labels.append(.secondhand); chain = max(chain, 1); labelRules.append(ruleName(at.cue))
                        reasons.append(Reason(.names(.secondhand, rule: ruleName(at.cue), text: text, kind: .outlet, via: nil)))
                    }
                    continue
                }
                guard let p = at.phrase else { continue }
                if p.kind == .outlet && isOwn(p, a, cues) { continue }
                var via: SourcePhrase? = at.via
                if let v = via, isOwn(v, a, cues) { via = nil }
                var kind = p.kind
                let text = a.text.originalText(a.text.originalSpan(p.start, p.end))
                let resolved = roster.resolve(p, text: text)
                // a later mention takes the kind of the source it resolves to — unless it names
                // people where the earlier mention was anonymous (المسؤولون السابقون مثل بيلار وفايفر)
                if let r = resolved, !(p.namesMembers && p.kind == .person) { kind = roster.entries[r].kind }
                let viaText = via.map { a.text.originalText(a.text.originalSpan($0.start, $0.end)) }
                let idx = roster.add(p, text: text, span: a.text.originalSpan(p.start, p.end), unit: i, resolved: resolved,
                                    via: kind == .outlet ? nil : viaText)
                if anonymityReason && (kind == .anonymous || kind == .person) { roster.setAnonymityReason(idx); kind = .anonymous; roster.setKind(idx, .anonymous) }
                let entryVia = roster.entries[idx].via
                // a definite description (المسؤول الأميركي) carries the earlier mention's channel; a name does not
                let mentionVia = kind == .outlet ? nil : (viaText ?? (resolved != nil && p.refersBack ? entryVia : nil))
                mentions.append(SourceMention(id: roster.entries[idx].id, text: text, span: a.text.originalSpan(p.start, p.end),
                                              kind: kind, via: mentionVia,
                                              why: resolved.map { r in
                                                  let first = roster.entries[r].mentions.first
                                                  return Reason(.sameSource(name: roster.entries[r].name, id: roster.entries[r].id,
                                                                            claim: first.map { claimNumber($0.unit) }, line: first.map { a.segments[$0.unit].line } ?? 0))
                                              }))
                rosterIdx.append(idx)
                let l: Label
                switch kind {
                case .anonymous: l = .anonymous
                case .outlet: l = .secondhand; chain = max(chain, 1)
                default: l = mentionVia != nil ? .secondhand : .named; if mentionVia != nil { chain = max(chain, 1) }
                }
                if silenced { continue }
                labels.append(l); labelRules.append(ruleName(at.cue))
                reasons.append(Reason(.names(l, rule: ruleName(at.cue), text: text, kind: kind, via: mentionVia)))
            }
            if anonymityReason && !labels.contains(.anonymous) {
                // a stated reason for anonymity makes the speaker anonymous, named or not
                let stated = ms.first(where: { rules[$0.rule].kind == .anonymity || rules[$0.rule].kind == .anonymityReason })
                if mentions.isEmpty, let m = stated {
                    let span = a.text.originalSpan(m.start, m.end)
                    let ws = Array(words[position(words, m.firstToken)..<position(words, m.nextToken)])
                    let p = SourcePhrase(start: m.start, end: m.end, words: ws, kind: .anonymous, refersBack: false, key: resolver.key(a, ws))
                    let idx = roster.add(p, text: a.text.originalText(span), span: span, unit: i, resolved: nil, via: nil)
                    roster.setAnonymityReason(idx)
                    mentions.append(SourceMention(id: roster.entries[idx].id, text: a.text.originalText(span), span: span, kind: .anonymous, via: nil))
                    rosterIdx.append(idx)
                }
                labels.append(.anonymous); reasons.append(Reason(.anonymityStated))
                labelRules.append(stated.map { rules[$0.rule].id } ?? "anonymity")
            }
            // quotation continuity
            let q = depths[i].depth == 0 && !depths[i].hasMark ? QuoteState() : quoteState(a, seg, startDepth: depths[i].depth)
            if seg.lineIndex != previousLine { if !q.startsWithQuote { quoteOpenOwner = nil } }
            var label: Label
            var reason: Reason
            var decidedBy: String? = nil
            if denied {
                label = .denied; decidedBy = denialRule
                reason = Reason(.denied(rule: denialRule))
            } else if let best = labels.min() {
                let k = labels.firstIndex(of: best)!
                label = best; reason = reasons[k]; decidedBy = labelRules[k]
            } else if let owner = quoteOpenOwner, q.startsInside || (q.startsWithQuote && previousQuoted) {
                label = owner.label; mentions = owner.sources; rosterIdx = owner.roster; chain = owner.chain
                reason = Reason(.continuesQuotation(label))
            } else if let owner = colonOwner, colonContinues(seg.lineIndex, &colonLine, next: colonNextParagraph, awaiting: &colonAwaitingStart) {
                label = owner.label; mentions = owner.sources; rosterIdx = owner.roster; chain = owner.chain
                reason = Reason(.continuesQuotation(label))
            } else {
                label = .unsourced; reason = Reason(.unsourced)
            }
            if label != .unsourced && q.hasQuotation && !flags.contains(.quote) { flags.append(.quote) }
            // (sorting makes even an empty array's storage its own: allocated, for nothing)
            if flags.count > 1 { flags.sort { $0.order < $1.order } }
            let claimSources = rosterIdx.sortedUnique()
            for r in claimSources { roster.addClaim(i, to: r) }
            out[i] = Judgement(label: label, sources: mentions, flags: flags, evidence: evidence, why: reason,
                               proposals: reasons, rule: decidedBy, rosterIndexes: claimSources, chainLinks: chain)
            if label != .unsourced && !mentions.isEmpty {
                let own = label == .denied ? (labels.min() ?? .named) : label
                last = (own, mentions, rosterIdx, chain)
                if q.opensQuotation || q.hasQuotation { quoteOpenOwner = last }
                // a colon with no quotation mark after it opens a quotation to the paragraph's end
                if !labels.isEmpty, let opens = opensColonQuotation(a, i, after: attributions) {
                    colonOwner = last; colonLine = seg.lineIndex
                    colonNextParagraph = opens == .nextParagraph; colonAwaitingStart = colonNextParagraph
                }
            }
            if q.opensQuotation == false && !q.startsInside && label == .unsourced { quoteOpenOwner = q.endsInside ? quoteOpenOwner : nil }
            previousQuoted = q.hasQuotation || q.startsWithQuote
            previousLine = seg.lineIndex
        }
        return (out, roster)
    }

    /// Whether rule `index` takes effect in `a`: it matches, survives the overlap and scope
    /// filters, and — for a verb cue — has its complement and a subject of an allowed kind.
    public func fires(_ index: Int, in a: ArticleText) -> Bool { !firings(index, in: a).isEmpty }

    /// The matches of rule `index` that take effect in `a` (see `fires`).
    public func firings(_ index: Int, in a: ArticleText) -> [CueMatch] {
        var out: [CueMatch] = []
        var cues = SourceResolver.TokenCues()
        for i in 0..<a.segments.count where a.matches[i].contains(where: { $0.rule == index }) {
            let words = a.words(of: i)
            let ms = effectiveMatches(a.matches[i], a, unit: i)
            cues.load(ms, tokens: a.tokenRanges[i], rules: rules)
            for m in ms where m.rule == index {
                let r = rules[index]
                // a speaker-less cue still takes effect (its flag); a verb cue needs its attribution
                if r.speaker && Self.speakerKinds.contains(r.kind) && verbAttribution(m, a, i, words, cues) == nil { continue }
                out.append(m)
            }
        }
        return out
    }

    /// The attribution of a verb cue, or nil when the cue names no speaker here: a rule with
    /// `speaker: false`, a verb that needs a complement and has none, or a subject of a kind
    /// the rule does not accept.
    func verbAttribution(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Attribution? {
        // fields read one by one: a copy of the whole rule costs a retain per field
        if !rules[m.rule].speaker { return nil }
        if rules[m.rule].needsComplement && !hasComplement(after: m, a, unit, words, cues) { return nil }
        if hasRelativeSubject(m, a, unit) || followsNominalWord(m, a, unit) { return nil }
        var at = subject(of: m, a, unit, words, cues)
        if !rules[m.rule].subjects.isEmpty && !(at.phrase.map { rules[m.rule].subjects.contains($0.kind) } ?? false) { return nil }
        at.isDenial = rules[m.rule].kind == .denial
        return at
    }

    func ruleName(_ m: CueMatch) -> String { m.rule >= 0 ? rules[m.rule].id : "a colon after the speaker" }

    /// How far (in scalars) a source phrase can reach from the cue that found it.
    static let phraseReach = 600

    /// Cues that swallow a shorter attribution cue inside them.
    static let strong: CueKinds = [.passive, .noComment, .denial, .according, .told, .hedge, .anonymity, .anonymityReason, .relay]
    /// The kinds of cue an attribution is found from (with a colon: 'Speaker: statement').
    static let attributing: CueKinds = [.report, .denial, .noComment, .relay, .according, .passive, .anonymous, .told]
    /// Attribution cues a longer strong cue can swallow.
    static let swallowable: CueKinds = [.report, .denial, .relay, .according]
    /// Cues whose subject is a speaker.
    static let speakerKinds: CueKinds = [.report, .denial, .noComment, .relay]

    /// Drops report verbs swallowed by a longer cue (تشير التقارير is passive, not a
    /// report; رفض التعليق is no-comment, not a denial).
    func effectiveMatches(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int) -> ArraySlice<CueMatch> {
        guard !ms.isEmpty else { return ms }
        // a rule with scope 'start' counts only at the start of a clause
        let ms = settingAsideOwnVoice(ms).keeping { m in
            guard rules[m.rule].scope == .start else { return true }
            let t = m.firstToken
            return t == a.tokenRanges[unit].lowerBound || a.tokens[t].afterBreak || a.tokens[t - 1].kind == .punct
        }
        // impersonal cues inside reported content (قال إنه يعتقد أن) belong to the speaker
        let contentStart: Int? = ms.first { rules[$0.rule].kind == .report }.flatMap { r in
            ms.first { rules[$0.rule].kind == .complement && $0.start >= r.end }?.start
        }
        // strong cues by kind, each list ordered by start with a running maximum of ends, so
        // "is this match inside a longer strong cue" costs a binary search, not a scan
        // (a few kinds at most: a list, searched in order, not a hashed dictionary)
        var strongByKind: [(kind: CueKind, index: SpanIndex)] = []
        for o in ms where Self.strong.contains(rules[o.rule].kind) {
            let k = rules[o.rule].kind
            if let at = strongByKind.firstIndex(where: { $0.kind == k }) { strongByKind[at].index.add(o.start, o.end) } else {
                var index = SpanIndex()
                index.add(o.start, o.end)
                strongByKind.append((k, index))
            }
        }
        if strongByKind.isEmpty {
            return contentStart == nil ? ms : ms.keeping { !($0.start >= contentStart! && rules[$0.rule].kind == .passive) }
        }
        let noComment = strongByKind.first { $0.kind == .noComment }?.index
        return ms.keeping { m in
            let k = rules[m.rule].kind
            if let c = contentStart, m.start >= c, k == .passive { return false }
            guard Self.swallowable.contains(k) else { return true }
            for (sk, index) in strongByKind where sk != k && !(k == .denial && sk == .according) {
                if index.strictlyCovers(m.start, m.end) { return false }
            }
            // a refusal to comment overlapping a denial cue: not a denial
            if k == .denial, let nc = noComment, nc.overlaps(m.start, m.end) { return false }
            // a negated denial disputes nothing: لا ينفي أن، لا ينكر ذلك أحد
            if k == .denial && negated(m, a, unit) { return false }
            return true
        }
    }

    /// Negations that turn a denial verb after them into none (folded, with و / ف).
    static let negations: [[Unicode.Scalar]] = ["لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم"].map { Array($0.unicodeScalars) }

    /// Whether the word just before a cue (in its unit, with no punctuation between) is a negation.
    func negated(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let t = m.firstToken - 1
        guard t >= a.tokenRanges[unit].lowerBound, a.tokens[t].kind == .word else { return false }
        let w = a.tokens.letters(t)
        return Self.negations.contains { w.elementsEqual($0) }
    }

    /// Position in `words` of the first word at or after token `t`.
    func position(_ words: [Int], _ t: Int) -> Int { words.lowerBound(of: t) }

    /// A phrase right after a cue; when the cue ends inside a word (a proclitic ل) the phrase starts there.
    func phraseAfter(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        if m.nextToken < a.tokens.count && m.end > a.tokens[m.nextToken].start {
            // the cue ends with a proclitic glued to the next word (وفقًا لـصنداي)
            let p = position(words, m.nextToken)
            return resolver.phrase(in: a, unit: unit, words: words, from: p, startOffset: m.end, cues: cues, skipAdverbs: false)
        }
        let p = position(words, m.nextToken)
        guard p < words.count, !hasBreak(a, between: lastWord(m, words), and: words[p]) else { return nil }
        return resolver.phrase(in: a, unit: unit, words: words, from: p, cues: cues, skipAdverbs: false)
    }

    /// The last word token of a match.
    func lastWord(_ m: CueMatch, _ words: [Int]) -> Int {
        let p = position(words, m.nextToken)
        return p > 0 ? words[p - 1] : m.firstToken
    }

    func hasBreak(_ a: ArticleText, between t1: Int, and t2: Int) -> Bool {
        guard t1 + 1 < t2 else { return false }
        for t in (t1 + 1)..<t2 where a.tokens[t].kind == .punct && !a.tokens[t].is("\"") && !a.tokens[t].is("'") { return true }
        return false
    }

    /// The subject of a reporting verb: the phrase after it (VS), else a short phrase
    /// before it (SV), else a back-reference to the previous source.
    func subject(of m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Attribution {
        var at = Attribution(cue: m)
        // words a gap of the pattern skipped hold the subject (لم يرد فريق ترامب على ... التعليق)
        if let g = m.gapToken {
            let inner = Array(words[position(words, g)..<max(position(words, g), position(words, m.gapEnd ?? m.nextToken))])
            if !inner.isEmpty, let ph = resolver.phrase(in: a, unit: unit, words: inner, from: 0, cues: cues) {
                at.phrase = ph
                return at
            }
        }
        if let sv = svSubject(m, a, unit, words, cues) { at.phrase = sv; return at }
        if isParticiple(a.tokens, m.firstToken) { at.backReference = true; return at }
        let p = position(words, m.nextToken)
        if p < words.count {
            let next = a.tokens[words[p]]
            // قال لـ«X» / قال لرويترز: told to an outlet, the speaker is bare
            if next.is("\u{0644}") || (next.starts(with: "\u{0644}") && cues.kinds(at: words[p], rules).intersects([.outlet, .outletHead])) {
                at.backReference = true
                if let q = p + 1 < words.count && next.is("\u{0644}") ? resolver.phrase(in: a, unit: unit, words: words, from: p + 1, cues: cues, skipAdverbs: false, quotedName: true)
                    : resolver.phrase(in: a, unit: unit, words: words, from: p, startOffset: next.start + 1, cues: cues, skipAdverbs: false),
                   q.kind == .outlet {
                    at.via = q
                }
            } else if !hasBreak(a, between: lastWord(m, words), and: words[p]),
                      let ph = resolver.phrase(in: a, unit: unit, words: words, from: p, cues: cues) {
                at.phrase = ph
                return at
            }
        }
        if at.via != nil { return at }
        at.backReference = true
        return at
    }

    /// SV order: up to six words before a verb with no conjunction, in the verb's clause
    /// (روسيا وماسك ينفيان، المتهم قال، هيئة الإغاثة تصف).
    func svSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        let v = position(words, m.firstToken)
        let verb = a.tokens[m.firstToken]
        let verbForms = a.tokens.forms(m.firstToken)
        let conj = verb.starts(with: "\u{0648}") && verbForms.count > 1 && verbForms[verbForms.startIndex + 1].clitics == .conjunction
        if !conj && v > 0 && !isParticiple(a.tokens, m.firstToken) {
            var s = v - 1
            while s > 0 && !a.tokens[words[s]].afterBreak && !hasBreak(a, between: words[s - 1], and: words[s])
                    && !cues.covered(words[s - 1]).intersects([.stop, .complement, .report, .according, .told, .adverb]) { s -= 1 }
            // the subject opens its clause: at the unit start, after punctuation, or after a complementiser
            let opens = s == 0 || a.tokens[words[s]].afterBreak || hasBreak(a, between: words[s - 1], and: words[s])
                || cues.has(.complement, at: words[s - 1], rules)
            let inSpan = words[s..<v].reduce(into: CueKinds()) { $0.formUnion(cues.covered($1)) }
            if opens && v - s <= 6 && !a.tokens[words[v]].afterBreak && !hasBreak(a, between: words[v - 1], and: words[v]),
               !inSpan.intersects([.stop, .complement, .hedge, .verb, .adverb, .pronoun]),
               !words[s..<v].allSatisfy({ a.tokens.letters($0).allSatisfy { (0x30...0x39).contains($0.value) } }),
               let ph = resolver.phrase(in: a, unit: unit, words: Array(words[s..<v]), from: 0, cues: cues, skipAdverbs: false),
               ph.words.count == v - s {
                return ph
            }
        }
        return nil
    }

    /// Whether a verb's subject is the relative ما just before it — `مما يؤكد أن`، `وهو ما
    /// يشير إلى أن` ("which confirms", "which is what shows"): a thing, not a speaker, so the verb
    /// attributes nothing. (`بحسب ما قال الوزير`، `كما يقول` have their speaker after the verb.)
    func hasRelativeSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let range = a.tokenRanges[unit]
        let v = m.firstToken
        // the verb itself carries no conjunction (… ما، ويؤكد … is a new clause)
        if hasConjunction(a, v) { return false }
        guard v - 1 >= range.lowerBound, a.tokens[v - 1].kind == .word else { return false }
        func word(_ t: Int, _ w: String) -> Bool { a.tokens.letters(t).elementsEqual(w.unicodeScalars) }
        if word(v - 1, "\u{0645}\u{0645}\u{0627}") { return true }  // مما
        guard word(v - 1, "\u{0645}\u{0627}"), v - 2 >= range.lowerBound, a.tokens[v - 2].kind == .word else { return false }  // ما
        // هو / هي / هذا / ذلك ما (with و)
        return Self.relativeHeads.contains { word(v - 2, $0) }
    }

    /// Whether a verb cue stands right after a word no finite verb can follow — a preposition
    /// (`على ذكر اسم`، `في وصف`), a demonstrative (`وهذا وصف شخصي`، `هذا يؤكد أن`) or a
    /// quantifier (`كل طالب`): the word is a verbal noun, or its subject is a thing, and it
    /// attributes nothing. (`من يقول` and `ما قال` are relatives, with a verb after them.)
    func followsNominalWord(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let v = m.firstToken
        guard v - 1 >= a.tokenRanges[unit].lowerBound, a.tokens[v - 1].kind == .word else { return false }
        if hasConjunction(a, v) { return false }
        let before = a.tokens.letters(v - 1)
        return Self.nominalHeads.contains { before.elementsEqual($0) }
    }

    /// Whether a word opens with the conjunction و / ف before a stem of three letters or more
    /// (وقال، فأكد; not وصف، وعد, whose و is the stem's).
    func hasConjunction(_ a: ArticleText, _ t: Int) -> Bool {
        let l = a.tokens.letters(t)
        guard l.count >= 4, let f = l.first else { return false }
        return f == "\u{0648}" || f == "\u{0641}"
    }

    /// Words after which a verb-looking word is a noun (see `followsNominalWord`), folded.
    static let nominalHeads: [[Unicode.Scalar]] = ["في", "على", "علي", "الى", "إلى", "عن", "مع", "عند", "لدى", "دون", "بدون", "حول", "ضد", "نحو", "عقب", "إثر", "اثر", "هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه", "وذلك", "وتلك", "كل", "وكل", "أي", "اي"]
        .map { Array(PatternCompiler.foldedWords($0).joined().unicodeScalars) }

    /// Pronouns and demonstratives that make ما after them the subject of the next verb (وهو ما يؤكد).
    static let relativeHeads = ["هو", "هي", "هذا", "ذلك", "وهو", "وهي", "وهذا", "وذلك"].map { PatternCompiler.foldedWords($0).joined() }

    /// An adverbial participle in the accusative describes the subject of its clause and has
    /// none of its own: derived forms مُفعِلًا (موضحًا، مضيفًا), with their feminine and plural
    /// (موضحةً، مضيفين, written without the accusative's alef), and the form-I فاعلًا (قائلًا، نافيًا).
    func isParticiple(_ tokens: Tokens, _ i: Int) -> Bool {
        let forms = tokens.forms(i)
        let f = (forms.last { $0.clitics <= .conjunction } ?? forms[forms.startIndex]).letters(tokens.scalars)
        guard f.count >= 4 else { return false }
        let b = f.startIndex
        if f[b] == "\u{0645}" && f.count >= 5 {
            if f.last == "\u{0647}" { return true }  // ة, folded
            if f.count >= 6 && f[f.endIndex - 2] == "\u{064A}" && f.last == "\u{0646}" { return true }  // ين
        }
        guard f.last == "\u{0627}" else { return false }
        // not the past plural / dual (قالوا، قالتا), which end in ا too
        return f[b] == "\u{0645}" || (f.count == 5 && f[b + 1] == "\u{0627}" && f[b + 3] != "\u{0648}" && f[b + 3] != "\u{062A}")
    }

    /// `بيرسي: فان غال منعني ...`, `ووالدها: تجاهلوا شكواي` — up to five words before a colon,
    /// opening the unit or following a break, with no verb, stop word or cue of their own.
    func colonAttribution(_ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues, unitIsHeadline: Bool = false) -> Attribution? {
        let range = a.tokenRanges[unit]
        guard let colon = range.first(where: { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }) else { return nil }
        let before = words.filter { $0 < colon }
        guard !before.isEmpty else { return nil }
        var s = before.count - 1
        while s > 0 && !a.tokens[before[s]].afterBreak { s -= 1 }
        var span = Array(before[s...])
        guard span.count <= 5, words.contains(where: { $0 > colon }) else { return nil }
        // 'NAME لـ«OUTLET»: ...' — the headline of an interview: the speaker is NAME, told to OUTLET
        var via: SourcePhrase? = nil
        if let j = span.indices.dropFirst().first(where: { span[$0] > span[$0 - 1] && a.tokens.letters(span[$0]).elementsEqual(["\u{0644}"]) }),
           j + 1 < span.count {
            let outletWords = Array(span[(j + 1)...])
            if resolver.classify(a, outletWords, cues: cues) == .outlet {
                via = SourcePhrase(start: a.tokens[outletWords[0]].start, end: a.tokens[outletWords[outletWords.count - 1]].end, words: outletWords,
                                   kind: .outlet, refersBack: false, key: resolver.key(a, outletWords))
                span = Array(span[..<j])
            }
        }
        for (k, t) in span.enumerated() {
            let ks = cues.kinds(at: t, rules)
            if ks.intersects([.stop, .complement, .hedge, .report, .according, .told, .ownVoice]) { return nil }
            // a verb before the colon makes it a sentence — but in a headline's 'Name: ...' a later
            // word that only looks like a verb is a name (هيام يونس، أحمد يحيى)
            if ks.contains(.verb) && !(unitIsHeadline && k > 0 && ks.subtracting([.verb]).isEmpty) { return nil }
        }
        // the phrase opens the unit or follows a break; an opening quotation mark around the
        // speaker's name ("الصحة": ...) is no break
        if let first = span.first, first > range.lowerBound, a.tokens[first - 1].kind == .punct, !a.tokens[first - 1].is("\""),
           !a.tokens[first].afterBreak { return nil }
        let kind = resolver.classify(a, span, cues: cues)
        let p = SourcePhrase(start: a.tokens[span[0]].start, end: a.tokens[span[span.count - 1]].end, words: span, kind: kind,
                             refersBack: resolver.isDefiniteDescription(a, span, cues: cues), key: resolver.key(a, span))
        let pseudo = CueMatch(rule: -1, start: p.start, end: p.end, firstToken: span[0], nextToken: colon)
        return Attribution(cue: pseudo, phrase: p, via: via)
    }

    enum ColonQuotation { case restOfParagraph, nextParagraph }

    /// At most this many words between an attribution and the colon that opens its quotation.
    static let colonReach = 10

    /// Whether the unit holds a colon with no quotation mark opening right after it (`وقال
    /// الآتي: ...`, `وأضاف: ...`): a colon quotation without marks, which runs to the end of its
    /// paragraph — or, when the colon ends the unit's line, through the next paragraph.
    /// The colon must follow one of the unit's attributions closely (`وقال الوزير في ختام كلمته:`):
    /// a colon at the end of a long sentence whose attribution lies far back (`وحسبما تقول
    /// الإحصاءات ...، يمكننا إرجاع الأسباب إلى سببين:`) introduces the writer's own list.
    func opensColonQuotation(_ a: ArticleText, _ unit: Int, after attributions: [Attribution]) -> ColonQuotation? {
        let range = a.tokenRanges[unit]
        guard let colon = range.first(where: { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }) else { return nil }
        let close = attributions.contains { at in
            var from = at.cue.nextToken
            if let p = at.phrase, let last = p.words.last { from = max(from, last + 1) }
            guard from <= colon else { return false }
            var n = 0
            for t in from..<colon where a.tokens[t].kind == .word { n += 1 }
            return n <= Self.colonReach
        }
        guard close else { return nil }
        var t = colon + 1
        while t < range.upperBound && a.tokens[t].kind == .punct {
            if a.tokens[t].is("\"") { return nil }
            t += 1
        }
        if t < range.upperBound { return .restOfParagraph }
        // nothing after the colon: the quotation is the next paragraph, if this unit ends its line
        let seg = a.segments[unit]
        let lastOnLine = unit + 1 >= a.segments.count || a.segments[unit + 1].lineIndex != seg.lineIndex
        return lastOnLine ? .nextParagraph : nil
    }

    /// Whether a unit on `line` is still inside the open colon quotation; moves the quotation's
    /// current line along a paragraph read line after line.
    func colonContinues(_ line: Int, _ current: inout Int, next: Bool, awaiting: inout Bool) -> Bool {
        if line == current { return true }
        guard next else { return false }
        // the first line after the colon, blank lines between allowed; then each adjacent line
        if awaiting && line > current || line == current + 1 { current = line; awaiting = false; return true }
        return false
    }

    /// For a relaying verb: the phrase after عن or من.
    func objectAfterAn(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        var p = position(words, m.nextToken)
        var n = 0
        while p < words.count && n < 9 {
            let t = a.tokens.letters(words[p])
            if t.count == 2 && t.last == "\u{0646}" && (t.first == "\u{0639}" || t.first == "\u{0645}") {
                return p + 1 < words.count ? resolver.phrase(in: a, unit: unit, words: words, from: p + 1, cues: cues, skipAdverbs: false) : nil
            }
            // a clause boundary ends the search; the quotation marks around a name do not (علمت «الشرق الأوسط» من)
            if n > 0 && hasBreak(a, between: words[p - 1], and: words[p]) { break }
            p += 1; n += 1
        }
        return nil
    }

    /// Whether a complement (أن، إن، a colon, a quotation) follows a verb within the unit.
    func hasComplement(after m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        let end = a.tokenRanges[unit].upperBound
        var t = m.firstToken + 1
        var seenWords = 0
        while t < end && seenWords <= 12 {
            let tok = a.tokens[t]
            if tok.kind == .punct && tok.is(":") { return true }
            // a quotation, not a quoted name («داعش»): three words or more before the mark closes
            if tok.kind == .punct && tok.is("\"") {
                var words = 0, u = t + 1
                while u < end && !(a.tokens[u].kind == .punct && a.tokens[u].is("\"")) && words < 3 {
                    if a.tokens[u].kind == .word { words += 1 }
                    u += 1
                }
                if words >= 3 { return true }
            }
            if tok.kind == .word {
                if cues.has(.complement, at: t, rules) { return true }
                // an adverbial participle of saying describes this verb's subject (كتب فلان ...
                // معلقا على الصورة: «...»): its complement is the verb's
                if t > m.firstToken, isParticiple(a.tokens, t), let p = cues.longest([.report], at: t, rules) {
                    return hasComplement(after: p, a, unit, words, cues)
                }
                seenWords += 1
            }
            t += 1
        }
        return false
    }

    func dedupe(_ ats: [Attribution]) -> [Attribution] {
        // one attribution: nothing to merge
        guard ats.count > 1 else { return ats }
        var out: [Attribution] = []
        // which kept attribution's phrase holds each token: overlapping phrases share a token
        // (a few words in most units: a list searched in order, a dictionary past 16 words)
        var owner: [(word: Int, owner: Int)] = []
        var ownerMap: [Int: Int] = [:]
        func ownerOf(_ w: Int) -> Int? { ownerMap.isEmpty ? owner.first { $0.word == w }?.owner : ownerMap[w] }
        func setOwner(_ w: Int, _ o: Int) {
            if ownerMap.isEmpty && owner.count < 16 { owner.append((w, o)); return }
            if ownerMap.isEmpty { for (w, o) in owner { ownerMap[w] = o } }
            ownerMap[w] = o
        }
        var firstPhrase: Int? = nil
        for at in ats {
            if let p = at.phrase, let k = p.words.compactMap({ ownerOf($0) }).min() {
                // keep the more specific kind: anonymous over others
                if p.kind == .anonymous { out[k].phrase?.kind = .anonymous }
                if out[k].via == nil { out[k].via = at.via }
                if at.isDenial { out[k].isDenial = true }
                continue
            }
            if at.backReference && at.via == nil && firstPhrase != nil && !at.isDenial { continue }
            if at.backReference && at.isDenial, let k = firstPhrase { out[k].isDenial = true; continue }
            if let p = at.phrase {
                for w in p.words where ownerOf(w) == nil { setOwner(w, out.count) }
                if firstPhrase == nil { firstPhrase = out.count }
            }
            out.append(at)
        }
        // a bare verb after a named source in the same unit refers to it, not further back
        return out
    }

    /// Whether a phrase names the publication's own outlet: under any of its gazetteer names,
    /// or with every word of its name.
    func isOwn(_ p: SourcePhrase, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> Bool {
        if !ownOutletRules.isEmpty {
            for w in p.words { for m in cues.starting(at: w) where ownOutletRules.contains(m.rule) { return true } }
        }
        return isOwn(p, a)
    }

    /// Whether a phrase names the publication's own outlet (every word of its name).
    func isOwn(_ p: SourcePhrase, _ a: ArticleText) -> Bool {
        guard !ownOutletKey.isEmpty else { return false }
        // every word of the outlet's name among the phrase's (a phrase has a few words: no set is built)
        return ownOutletKey.allSatisfy { p.key.contains($0) }
    }

    /// The skeleton hashes of the own outlet's words, read as a phrase's key words are
    /// (the article ال removed), so `isOwn` compares like with like.
    static func outletKey(_ words: [String]) -> Set<UInt64> {
        Set(words.compactMap { w in
            var s = Array(w.unicodeScalars)[...]
            if s.count >= 4 && s[s.startIndex] == "\u{0627}" && s[s.startIndex + 1] == "\u{0644}" { s = s.dropFirst(2) }
            return SourceResolver.skeletonKey(s)
        })
    }

    struct QuoteState {
        var startsInside = false
        var startsWithQuote = false
        var opensQuotation = false
        var endsInside = false
        var hasQuotation = false
    }

    /// The quotation depth at the start of every segment, counting the quotes opened
    /// earlier on its line, and whether the segment holds a quotation mark. Every quotation
    /// mark lies inside a segment, so only the quotation-mark tokens of each segment are
    /// stepped through.
    func quoteDepths(_ a: ArticleText) -> [(depth: Int, hasMark: Bool)] {
        var out: [(depth: Int, hasMark: Bool)] = []
        out.reserveCapacity(a.segments.count)
        var depth = 0, line = -1
        for (i, seg) in a.segments.enumerated() {
            if seg.lineIndex != line { depth = 0; line = seg.lineIndex }
            let before = depth
            var hasMark = false
            for t in a.tokenRanges[i] where a.tokens[t].kind == .punct && a.tokens[t].is("\"") {
                hasMark = true
                depth = step(a.text.original[Int(a.text.origin[a.tokens[t].start])], depth)
            }
            out.append((before, hasMark))
        }
        return out
    }

    /// Quotation marks of a unit, against the open quotation carried from earlier units of the same line.
    func quoteState(_ a: ArticleText, _ seg: Segment, startDepth: Int) -> QuoteState {
        var q = QuoteState()
        var depth = startDepth
        q.startsInside = depth > 0
        var first = true
        var inside = 0
        var wordsInQuote = 0
        var prevSpace = true
        Self.plainLetters.withUnsafeBufferPointer { letters in
            a.text.original.withUnsafeBufferPointer { original in
                var j = seg.span.start &- 1
                while true {
                    j &+= 1
                    // outside a quotation, once the first letter is read, only quotation marks change anything
                    if depth == 0 && !first { j = Self.nextQuotationMark(original, j, seg.span.end) }
                    guard j < seg.span.end else { break }
                    let c = original[j]
                    // a letter that is no space, no quotation mark and reads as a letter: only words are counted
                    if c.value < letters.count && letters[Int(c.value)] {
                        first = false
                        if depth > 0 { if prevSpace { inside += 1 }; prevSpace = false }
                        continue
                    }
                    if first && !Tokenizer.isSpace(c) { q.startsWithQuote = Self.isQuote(c); first = false }
                    let before = depth
                    depth = step(c, depth)
                    if depth > before { q.opensQuotation = true; inside = 0 }
                    if depth > 0 {
                        if Tokenizer.isSpace(c) { prevSpace = true } else if prevSpace && Tokenizer.isWordScalar(Normalizer.fold(c) ?? " ") { inside += 1; prevSpace = false } else { prevSpace = false }
                    }
                    if depth < before { wordsInQuote = max(wordsInQuote, inside) }
                }
            }
        }
        if depth > 0 { wordsInQuote = max(wordsInQuote, inside) }
        q.endsInside = depth > 0
        q.hasQuotation = wordsInQuote >= 3
        return q
    }

    /// The first index in `j..<end` that holds a quotation mark (`isQuote`), or a little before
    /// it (never past `end`): eight scalars are tested at once.
    @inline(__always) static func nextQuotationMark(_ o: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, _ end: Int) -> Int {
        ScalarBlocks.skip(o, from: j, to: end) { x in
            ScalarBlocks.equal(x, 0x22) | ScalarBlocks.equal(x, 0xAB) | ScalarBlocks.equal(x, 0xBB)
                | ScalarBlocks.equal(x, 0x201C) | ScalarBlocks.equal(x, 0x201D) | ScalarBlocks.equal(x, 0x201E)
        }
    }

    /// Scalars below U+0700 that `quoteState` may take as a plain letter: not white space, not a
    /// quotation mark, folding to a letter or digit (diacritics and tatweel are not).
    static let plainLetters: [Bool] = (0..<0x700).map { v in
        guard let c = Unicode.Scalar(UInt32(v)) else { return false }
        return !Tokenizer.isSpace(c) && !isQuote(c) && Tokenizer.isWordScalar(Normalizer.fold(c) ?? " ")
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: true; default: false }
    }

    /// Quotation depth after a scalar: « “ „ open, » ” close, a straight quote toggles.
    func step(_ c: Unicode.Scalar, _ depth: Int) -> Int {
        switch c {
        case "\u{00AB}", "\u{201C}", "\u{201E}": return depth + 1
        case "\u{00BB}", "\u{201D}": return max(0, depth - 1)
        case "\"": return depth > 0 ? depth - 1 : depth + 1
        default: return depth
        }
    }
}

/// Spans ordered by start with the running maximum of their ends: answers "does a span
/// cover this one" and "does a span overlap this one" in logarithmic time.
struct SpanIndex {
    var starts: [Int] = []
    var maxEnds: [Int] = []
    /// Spans must be added in order of start.
    mutating func add(_ start: Int, _ end: Int) {
        starts.append(start)
        maxEnds.append(max(end, maxEnds.last ?? Int.min))
    }
    /// The largest end among spans starting before `x` (or at `x` when `inclusive`).
    func maxEnd(startingBefore x: Int, inclusive: Bool) -> Int? {
        let n = starts.partitionPoint { $0 < x || (inclusive && $0 == x) }
        return n == 0 ? nil : maxEnds[n - 1]
    }
    /// Whether some span contains [start, end) and is longer than it.
    func strictlyCovers(_ start: Int, _ end: Int) -> Bool {
        if let e = maxEnd(startingBefore: start, inclusive: false), e >= end { return true }
        if let e = maxEnd(startingBefore: start, inclusive: true), e > end { return true }
        return false
    }
    /// Whether some span overlaps [start, end).
    func overlaps(_ start: Int, _ end: Int) -> Bool {
        if let e = maxEnd(startingBefore: end, inclusive: false), e > start { return true }
        return false
    }
}

/// The gazetteer's outlet rules by each of their names (folded words; the article ال and an
/// outlet word before the name do not count), built once per pack: the own outlet of an
/// article is looked up here under whatever name the article or `--outlet` gives it.
public struct OutletNames: Sendable {
    let byName: [String: [Int]]

    public init(rules: [Rule]) {
        var map: [String: [Int]] = [:]
        for (i, r) in rules.enumerated() {
            for n in r.outletNames { map[Self.key(n), default: []].append(i) }
        }
        byName = map
    }

    /// The rules naming the outlet `words` (folded), or none.
    func rules(named words: [String]?) -> [Int] {
        guard let words, !words.isEmpty, !byName.isEmpty else { return [] }
        return byName[Self.key(words)] ?? []
    }


    static func key(_ words: [String]) -> String {
        var w = words[...]
        if let f = w.first, Gazetteer.headWords.contains(f), w.count > 1 { w = w.dropFirst() }
        return w.map { $0.count > 3 && $0.hasPrefix("ال") ? String($0.dropFirst(2)) : $0 }.joined(separator: " ")
    }
}
