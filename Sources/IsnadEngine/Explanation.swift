import IsnadModel
import IsnadText
import IsnadRules

/// One cue match of a unit, and what the labeller did with it.
public struct CueTrace: Sendable {
    public var rule: String
    public var kind: CueKind
    /// The matched words, in the original text.
    public var text: String
    public var span: TextSpan
    /// Whether the labeller used the match; when not, why.
    public var used: Bool
    public var why: String?
    /// What else a stage decided about a used match (merged with another, made a phrase anonymous ...).
    public var notes: [String] = []
}

/// A decision of a labeller stage about a claim as a whole, in words.
public struct DecisionNote: Sendable, Hashable {
    public var stage: LabellerStage
    public var text: String
}

/// An audit with, for every unit, the cues that fired on it and the labeller's decisions:
/// what `audit explain` prints.
public struct Explanation: Sendable {
    public var audit: ArticleAudit
    /// `cues[i]` — the cue matches of unit `i`, in text order.
    public var cues: [[CueTrace]]
    /// `notes[i]` — the decisions about unit `i` that concern no single cue, in the order the stages made them.
    public var notes: [[DecisionNote]] = []
}

extension Auditor {
    /// Audits `scalars` and traces every cue match: which rules fired on which words, and —
    /// from the decisions the labeller's stages record as they label the article — why a
    /// match was set aside (swallowed by a longer cue, out of its scope, no speaker) and what
    /// else decided each claim (precedence, quotation continuity, anonymity).
    /// Markdown (`markup`) is read as `audit(bytes:markup:)` reads it: the units are the sheet's.
    public func explain(scalars: [Unicode.Scalar], path: String, outlet: String? = nil, markup: ArticleMarkup = .text) -> Explanation {
        let (text, headings) = markup == .markdown ? MarkdownReader.read(scalars) : (scalars, [])
        var audit = audit(scalars: text, path: path, outlet: outlet, profile: nil, utf8: nil, headingLines: headings,
                          markdownFile: markup == .markdown ? scalars : nil)
        policy.apply(to: &audit)
        let normalized = Normalizer.normalize(scalars: VerifiedMarkers.extract(text).masked)
        let article = ArticleText(text: normalized, matcher: matcher, regexes: regexes)
        // the same labeller the audit ran, on the same units, this time keeping its decisions
        var log = DecisionLog()
        let kinds = audit.units.map(\.kind)
        let labeller = Labeller(rules: pack.rules, ownOutlet: audit.outlet, outletNames: outletNames, groupHeads: groupHeads)
        _ = labeller.label(article, kinds: kinds, recorder: &log)
        // the labeller reads claims only: the cue filter's reasons in the other units, as the census reads them
        for i in kinds.indices where !kinds[i].isClaim { _ = labeller.filter.run(article.matches[i], article, unit: i, &log) }
        let words = DecisionWords(rules: pack.rules, text: normalized, units: audit.units)
        var traces: [[CueTrace]] = []
        var notes: [[DecisionNote]] = []
        for i in 0..<article.segments.count {
            let kind = kinds[i]
            let decisions = log.decisions(unit: i)
            traces.append(article.matches[i].map { m in
                let r = pack.rules[m.rule]
                let span = normalized.originalSpan(m.start, m.end)
                var trace = CueTrace(rule: r.id, kind: r.kind, text: normalized.originalText(span), span: span, used: true, why: nil)
                if !kind.isClaim {
                    // the filter's reason, if it dropped the cue; else a furniture cue made this
                    // unit what it is, and any other cue is in a unit that is no claim
                    if let d = decisions.first(where: { $0.cue == m && $0.setsAside }) {
                        trace.used = false; trace.why = words.describe(d)
                    } else if !EvidenceReader.furniture.contains(r.kind) {
                        trace.used = false; trace.why = CueFate.notAClaim(kind).reason(naming: words.named)
                    }
                    return trace
                }
                for d in decisions where d.cue == m {
                    if d.setsAside { trace.used = false; trace.why = words.describe(d) } else { trace.notes.append(words.describe(d)) }
                }
                return trace
            })
            notes.append(decisions.filter { $0.cue == nil }.map { DecisionNote(stage: $0.stage, text: words.describe($0)) })
        }
        return Explanation(audit: audit, cues: traces, notes: notes)
    }
}

/// The labeller's decisions in words, as `audit explain` prints them.
struct DecisionWords {
    let rules: [Rule]
    let text: NormalizedText
    let units: [AuditedUnit]
    /// The claim number of each unit, counted once.
    let claimNumbers: [Int]

    init(rules: [Rule], text: NormalizedText, units: [AuditedUnit]) {
        self.rules = rules; self.text = text; self.units = units
        claimNumbers = Resolution.claimNumbers(of: units.lazy.map(\.kind))
    }

    func quoted(_ m: CueMatch) -> String { "'\(text.originalText(text.originalSpan(m.start, m.end)))'" }
    func rule(_ m: CueMatch) -> String { AttributionFinder.ruleName(m, rules) }
    /// Another cue as explain names it: its words and its rule.
    func named(_ m: CueMatch) -> String { "\(quoted(m)) (\(rule(m)))" }
    /// A unit as the sheets name it: its claim number and line.
    func claim(_ unit: Int) -> String { "claim \(claimNumbers[unit]) (line \(units[unit].line))" }

    func describe(_ d: Decision) -> String {
        switch d {
        case .outOfScope, .opensUnit, .insideLongerCue, .refusalOverlaps, .negated, .insideContent, .nameAfterVerb, .ownVoice, .stayedClaim,
             .noComplement, .nominal, .noSubject, .noRelayedSource, .objectOfDenial, .noPhrase:
            // a cue set aside: in the census's words (one wording, `CueFate.reason`)
            CueFate(d)?.reason(naming: named) ?? ""
        case .makesPhraseAnonymous(_, let f): "makes the source found by \(rule(f)) \(quoted(f)) anonymous"
        case .coordinatedGroup(_, let g): "its subject joins an unidentified group with \(Arabic.waw): '\(text.originalText(g))' is a second source, anonymous"
        case .colonSpeaker(let span): "the phrase '\(text.originalText(span))' before the colon names the speaker"
        case .merged(_, let k): "names the same source as \(rule(k)) \(quoted(k)): counted once"
        case .sameSpeaker(_, let k): "a bare verb: its speaker is the one \(rule(k)) \(quoted(k)) found in this unit, counted once"
        case .refusalSilenced: "a refusal to comment next to what others said: its source is kept, its label not"
        case .ownOutlet: "names the publication's own outlet, which is no source"
        case let .madeAnonymous(s, cue):
            "\(rules[cue.rule].kind == .anonymityReason ? "the reason for anonymity" : "the anonymity condition") \(named(cue)) makes '\(s)' anonymous"
        case .anonymityCueIsSource(let r): "no source is named: the anonymity cue \(r) stands for an anonymous source"
        case let .opensQuotation(l, opens):
            (opens ? "opens a quotation: the claims that continue it take" : "holds a quotation: a claim that continues it takes")
                + " its speaker, labelled \(l.rawValue)"
        case .opensColonQuotation(let next): "opens a quotation after a colon, " + (next ? "through the next paragraph" : "to the end of its paragraph")
        case .continuesQuotation(let u): "continues the quotation opened in \(claim(u))"
        case .continuesColonQuotation(let u): "continues the colon quotation opened in \(claim(u))"
        case .endsColonQuotation(let u): "a label before its colon names no speaker: ends the colon quotation opened in \(claim(u))"
        case .speakerAfterClaim(let u): "names its speaker after it with a bare verb of saying: the speaker of \(claim(u))"
        case .answersInterview(let u): "an answer of a question-and-answer piece: the interviewee's, the speaker of \(claim(u))"
        case let .precedence(chosen, over): "\(chosen.rawValue) over \(over.map(\.rawValue).joined(separator: ", "))"
        }
    }
}

/// What became of one cue match: used, or set aside and why. `audit rules census` counts it
/// for each rule over an archive; `audit explain` says it of each match set aside (from the
/// labeller's `Decision`s), in the same words (`reason`).
public enum CueFate: Sendable, Hashable {
    case used
    /// A rule with `scope: start` away from the start of a clause.
    case outOfScope
    /// A rule with `scope: inside` opening its unit.
    case opensUnit
    /// Swallowed by this longer strong cue (nil: by strong cues together).
    case insideLongerCue(CueMatch?)
    /// A denial overlapped by a refusal to comment.
    case refusalOverlaps
    /// A denial after a negation.
    case negated
    /// An impersonal cue, or a verb with an object pronoun, inside the content of a reporting verb (its speaker's).
    case insideContent
    /// The unit is furniture, not a claim.
    case notAClaim(UnitKind)
    /// A verb cue that needs a complement and has none.
    case noComplement
    /// A verb cue with no subject of a kind it accepts.
    case noSubject
    /// A furniture cue (boilerplate, caption, byline) in a unit that stayed a claim.
    case stayedClaim
    /// A verb cue whose word is a noun here, or whose subject is a thing (مما يؤكد، على ذكر، هذا وصف).
    case nominal
    /// Inside this phrase in the writer's own voice (كما يقال، قد يقول قائل): it names no source.
    case ownVoice(CueMatch)
    /// A relaying verb with no عن / من after it: carrying, not relaying.
    case noRelayedSource
    /// A cue before its source (وفقا لـ) with no source phrase after it.
    case noPhrase
    /// A verb after ما, the object of this denial: it tells the claim disputed.
    case objectOfDenial(CueMatch)
    /// Right after this reporting verb: the verb's subject, a name that is also a verb.
    case nameAfterVerb(CueMatch?)

    /// Why the fate set its cue aside, in words (nil: used) — the one wording of a reason,
    /// which `audit explain` gives each match and the census each rule's matches. `naming`
    /// names the other cue a fate points to (a longer cue, a phrase in the writer's own
    /// voice): explain by its words and rule, the census by its rule.
    public func reason(naming: (CueMatch) -> String) -> String? {
        switch self {
        case .used: nil
        case .outOfScope: "counts only at the start of a clause"
        case .opensUnit: "counts only inside its unit, not opening it"
        case .insideLongerCue(let o): o.map { "inside the longer cue \(naming($0))" } ?? "inside a longer strong cue"
        case .refusalOverlaps: "a refusal to comment overlaps it: not a denial"
        case .negated: "a negation (\(Arabic.listed(Arabic.negationParticles))) stands before it: it disputes nothing"
        case .insideContent: "an impersonal cue, or a verb with an object pronoun, inside the content of a reporting verb belongs to its speaker"
        case .notAClaim(let k): "the unit is a \(k.rawValue), not a claim"
        case .noComplement: "no complement (\(Arabic.listed([Arabic.an, Arabic.inna, "a colon or a quotation"]))) follows, so it names no speaker here"
        case .noSubject: "no subject of an accepted kind, so it names no speaker here"
        case .stayedClaim: "the unit stayed a claim: the cue did not make it furniture here"
        case .nominal:
            "after \(Arabic.listed([Arabic.ma, Arabic.mimma, "a preposition"])), a demonstrative or \(Arabic.kull) it is a noun or has a thing as subject, so it names no speaker here"
        case .ownVoice(let o): "in the writer's own voice: inside \(naming(o)), it names no source"
        case .noRelayedSource: "no \(Arabic.relayPrepositions.joined(separator: " or ")) follows it: it carries, it does not relay, so it names no source here"
        case .noPhrase: "no source phrase follows it, so it names no source here"
        case .objectOfDenial(let o): "after \(Arabic.ma) it tells the claim \(naming(o)) disputes: whose claim it is is no source here"
        case .nameAfterVerb(let o):
            "right after " + (o.map { "the reporting verb \(naming($0))" } ?? "a reporting verb") + ", with no conjunction: that verb's subject, a name, not a second verb"
        }
    }

    /// The fate a stage's decision gives the cue it is about: exactly the decisions that set
    /// a cue aside have one (nil: a decision about the claim, or a cue that took effect).
    init?(_ d: Decision) {
        switch d {
        case .outOfScope: self = .outOfScope
        case .opensUnit: self = .opensUnit
        case .insideLongerCue(_, let o): self = .insideLongerCue(o)
        case .refusalOverlaps: self = .refusalOverlaps
        case .negated: self = .negated
        case .insideContent: self = .insideContent
        case .ownVoice(_, let o): self = .ownVoice(o)
        case .stayedClaim: self = .stayedClaim
        case .noComplement: self = .noComplement
        case .nominal: self = .nominal
        case .noSubject: self = .noSubject
        case .noRelayedSource: self = .noRelayedSource
        case .noPhrase: self = .noPhrase
        case .objectOfDenial(_, let o): self = .objectOfDenial(o)
        case .nameAfterVerb(_, let v): self = .nameAfterVerb(v)
        case .makesPhraseAnonymous, .coordinatedGroup, .colonSpeaker, .merged, .sameSpeaker, .refusalSilenced, .ownOutlet,
             .madeAnonymous, .anonymityCueIsSource, .opensQuotation, .opensColonQuotation, .continuesQuotation,
             .continuesColonQuotation, .endsColonQuotation, .speakerAfterClaim, .answersInterview, .precedence: return nil
        }
    }
}

extension Labeller {
    /// What became of match `m` of unit `i` (of kind `kind`), read from the stages' records:
    /// `setAside` is the cue filter's record of `m` (nil when it kept the match); a cue that
    /// names a speaker is put to the attribution stage's test (`AttributionFinder.effect`),
    /// which records why it names none, and the attribution it makes is given back.
    func fate(of m: CueMatch, setAside: Decision?, _ a: ArticleText, unit i: Int, kind: UnitKind,
              words: [Int], cues: SourceResolver.TokenCues, attribution: inout Attribution?) -> CueFate {
        // a furniture cue works on the unit's kind (the classifier's), not on its label
        if EvidenceReader.furniture.contains(rules[m.rule].kind) && setAside == nil { return kind.isClaim ? .stayedClaim : .used }
        if let d = setAside { return CueFate(d) ?? .used }
        if !kind.isClaim { return .notAClaim(kind) }
        var log = DecisionLog()
        switch finder.effect(of: m, a, i, words, cues, &log) {
        case .evidence: return .used
        case .attribution(let at): attribution = at; return .used
        case .setAside: return log.last.flatMap { CueFate($0) } ?? .noSubject
        }
    }
}
