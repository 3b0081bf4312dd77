import IsnadModel
import IsnadText
import IsnadRules

/// One cue match of a unit, and whether it took effect.
public struct CueTrace: Sendable {
    public var rule: String
    public var kind: CueKind
    /// The matched words, in the original text.
    public var text: String
    public var span: TextSpan
    /// Whether the labeller used the match; when not, why.
    public var used: Bool
    public var why: String?
}

/// An audit with, for every unit, the cues that fired on it: what `audit explain` prints.
public struct Explanation: Sendable {
    public var audit: ArticleAudit
    /// `cues[i]` — the cue matches of unit `i`, in text order.
    public var cues: [[CueTrace]]
}

extension Auditor {
    /// Audits `scalars` and traces every cue match: which rules fired on which words, and
    /// why a match was set aside (swallowed by a longer cue, out of its scope, no speaker).
    /// Markdown (`markup`) is read as `audit(bytes:markup:)` reads it: the units are the sheet's.
    public func explain(scalars: [Unicode.Scalar], path: String, outlet: String? = nil, markup: ArticleMarkup = .text) -> Explanation {
        let (text, headings) = markup == .markdown ? MarkdownReader.read(scalars) : (scalars, [])
        var audit = audit(scalars: text, path: path, outlet: outlet, profile: nil, utf8: nil, headingLines: headings)
        if markup == .markdown {
            audit.source = scalars
            for i in audit.units.indices { audit.units[i].scalars = MarkdownReader.collapsingSpaces(audit.units[i].scalars) }
        }
        policy.apply(to: &audit)
        let normalized = Normalizer.normalize(scalars: VerifiedMarkers.extract(text).masked)
        let article = ArticleText(text: normalized, matcher: matcher, regexes: regexes)
        let labeller = Labeller(rules: pack.rules, ownOutlet: audit.outlet)
        var traces: [[CueTrace]] = []
        for i in 0..<article.segments.count {
            let raw = article.matches[i]
            let effective = labeller.effectiveMatches(raw, article, unit: i)
            let cues = labeller.resolver.cues(effective, tokens: article.tokenRanges[i])
            let words = article.words(of: i)
            traces.append(raw.map { m in
                let r = pack.rules[m.rule]
                let span = normalized.originalSpan(m.start, m.end)
                let fate = labeller.fate(of: m, effective: effective.contains(m), raw: raw, article, unit: i, kind: audit.units[i].kind, words: words, cues: cues)
                let why = fate.reason(rules: pack.rules, text: normalized)
                return CueTrace(rule: r.id, kind: r.kind, text: normalized.originalText(span), span: span, used: why == nil, why: why)
            })
        }
        return Explanation(audit: audit, cues: traces)
    }
}

/// What became of one cue match: used, or set aside and why. `audit explain` prints it for
/// each match of a claim; `audit rules census` counts it for each rule over an archive.
public enum CueFate: Sendable, Hashable {
    case used
    /// A rule with `scope: start` away from the start of a clause.
    case outOfScope
    /// Swallowed by this longer strong cue.
    case insideLongerCue(CueMatch)
    /// A denial overlapped by a refusal to comment.
    case refusalOverlaps
    /// An impersonal cue inside the content of a reporting verb (its speaker's).
    case insideContent
    /// The unit is furniture, not a claim.
    case notAClaim(UnitKind)
    /// A verb cue that needs a complement and has none.
    case noComplement
    /// A verb cue with no subject of a kind it accepts.
    case noSubject
    /// A furniture cue (boilerplate, caption, byline) in a unit that stayed a claim.
    case stayedClaim
    /// Inside this phrase in the writer's own voice (كما يقال، قد يقول قائل): it names no source.
    case ownVoice(CueMatch)
    /// A verb cue whose word is a noun here, or whose subject is a thing (مما يؤكد، على ذكر، هذا وصف).
    case nominal

    static let nominalReason = "after ما، مما، a preposition, a demonstrative or كل it is a noun or has a thing as subject, so it names no speaker here"

    /// Why the match was set aside, in words (nil when it was used).
    public func reason(rules: [Rule], text: NormalizedText) -> String? {
        switch self {
        case .used: nil
        case .outOfScope: "counts only at the start of a clause"
        case .insideLongerCue(let o): "inside the longer cue '\(text.originalText(text.originalSpan(o.start, o.end)))' (\(rules[o.rule].id))"
        case .refusalOverlaps: "a refusal to comment overlaps it: not a denial"
        case .insideContent: "an impersonal cue inside the content of a reporting verb belongs to its speaker"
        case .notAClaim(let k): "the unit is a \(k.rawValue), not a claim"
        case .noComplement: "no complement (أن، إن، a colon or a quotation) follows, so it names no speaker here"
        case .noSubject: "no subject of an accepted kind, so it names no speaker here"
        case .stayedClaim: "the unit stayed a claim: the cue did not make it furniture here"
        case .nominal: Self.nominalReason
        case .ownVoice(let o): "in the writer's own voice: inside '\(text.originalText(text.originalSpan(o.start, o.end)))' (\(rules[o.rule].id)), it names no source"
        }
    }
}

extension Labeller {
    /// Cues that make a unit furniture.
    static let furniture: CueKinds = [.boilerplate, .caption, .byline]

    /// What became of match `m` of unit `i` (of kind `kind`): `effective` says whether it
    /// survived `effectiveMatches`, `raw` are the unit's matches, `cues` the unit's table
    /// of effective matches.
    func fate(of m: CueMatch, effective: Bool, raw: ArraySlice<CueMatch>, _ a: ArticleText, unit i: Int, kind: UnitKind,
              words: [Int], cues: SourceResolver.TokenCues) -> CueFate {
        var attribution: Attribution? = nil
        return fate(of: m, effective: effective, raw: raw, a, unit: i, kind: kind, words: words, cues: cues, attribution: &attribution)
    }

    /// `fate(of:...)`, also giving the attribution a used verb cue makes (its speaker).
    func fate(of m: CueMatch, effective: Bool, raw: ArraySlice<CueMatch>, _ a: ArticleText, unit i: Int, kind: UnitKind,
              words: [Int], cues: SourceResolver.TokenCues, attribution: inout Attribution?) -> CueFate {
        // fields read one by one: a copy of the whole rule costs a retain per field
        let ruleKind = rules[m.rule].kind
        // a furniture cue works on the unit's kind (the classifier's), not on its label
        if Self.furniture.contains(ruleKind) { return kind.isClaim ? .stayedClaim : .used }
        if !effective {
            if let o = ownVoice(covering: m, in: raw) { return .ownVoice(o) }
            if rules[m.rule].scope == .start { return .outOfScope }
            if let o = raw.first(where: { o in
                o != m && Self.strong.contains(rules[o.rule].kind) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start
            }) { return .insideLongerCue(o) }
            return ruleKind == .denial ? .refusalOverlaps : .insideContent
        }
        if !kind.isClaim { return .notAClaim(kind) }
        if Self.speakerKinds.contains(ruleKind) && rules[m.rule].speaker {
            attribution = verbAttribution(m, a, i, words, cues)
            if attribution == nil {
                if rules[m.rule].needsComplement && !hasComplement(after: m, a, i, words, cues) { return .noComplement }
                if hasRelativeSubject(m, a, i) || followsNominalWord(m, a, i) { return .nominal }
                return .noSubject
            }
        }
        return .used
    }
}
