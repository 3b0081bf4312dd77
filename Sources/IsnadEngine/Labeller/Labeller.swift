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

/// Labels the claims of an article in reading order (SOURCING.md, "The five labels"), each
/// claim through these stages, one file each:
///
/// 1. `CueFilter` — the cue matches that take effect;
/// 2. `EvidenceReader` — evidence, flags, a stated reason for anonymity;
/// 3. `AttributionFinder` — who is said to speak, from each kind of cue;
/// 4. `Resolution` — each speaker against the article's roster of sources, and the label it proposes;
/// 5. `Anonymity` — a stated reason for anonymity makes the speaker anonymous;
/// 6. `Continuity` — a claim with no attribution inside a quotation takes its speaker's;
/// 7. `Precedence` — denied > anonymous > secondhand > named > (continuity) > unsourced;
/// 8. `Rebuttals` — once all are labelled, a negated claim that restates its source's denial is denied,
///    and so are the claims that go on with a rebuttal while they still dispute.
///
/// Each stage records its decisions in a `DecisionRecorder`: `audit explain` passes a
/// `DecisionLog` and prints them; an audit passes `NoDecisions` and none are made.
public struct Labeller: Sendable {
    let rules: [Rule]
    let resolver: SourceResolver
    let filter: CueFilter
    let evidence: EvidenceReader
    let finder: AttributionFinder
    let anonymity: Anonymity
    let rebuttals: Rebuttals
    /// The publication's own outlet, folded; never an intermediary.
    public var ownOutlet: [String]? {
        didSet { ownOutletKey = Resolution.outletKey(ownOutlet ?? []); ownOutletRules = outletNames.rules(named: ownOutlet) }
    }
    /// The gazetteer's outlets by name (built once per pack by the auditor).
    let outletNames: OutletNames
    /// See `Resolution.isOwn`.
    var ownOutletKey: Set<UInt64> = []
    /// The gazetteer rules that name the own outlet, under any of its names (`واس` is also
    /// `وكالة الأنباء السعودية`).
    var ownOutletRules: [Int] = []

    public init(rules: [Rule], ownOutlet: String? = nil, outletNames: OutletNames? = nil) {
        self.rules = rules
        self.outletNames = outletNames ?? OutletNames(rules: rules)
        self.resolver = SourceResolver(rules: rules)
        self.filter = CueFilter(rules: rules)
        self.evidence = EvidenceReader(rules: rules)
        self.finder = AttributionFinder(rules: rules, resolver: resolver)
        self.anonymity = Anonymity(rules: rules, resolver: resolver)
        self.rebuttals = Rebuttals(rules: rules)
        self.ownOutlet = ownOutlet.map { PatternCompiler.foldedWords($0) }
        self.ownOutletKey = Resolution.outletKey(self.ownOutlet ?? [])
        self.ownOutletRules = self.outletNames.rules(named: self.ownOutlet)
    }

    /// The judgement of every claim (indexed by unit; nil for a unit that is not a claim) and the roster.
    public func label(_ a: ArticleText, kinds: [UnitKind]) -> ([Judgement?], SourceRoster) {
        var none = NoDecisions()
        return label(a, kinds: kinds, recorder: &none)
    }

    /// `label(_:kinds:)`, with every stage's decisions put in `recorder`.
    public func label<R: DecisionRecorder>(_ a: ArticleText, kinds: [UnitKind], recorder rec: inout R) -> ([Judgement?], SourceRoster) {
        var roster = SourceRoster()
        var out = [Judgement?](filled: nil, count: a.segments.count)
        var resolution = Resolution(rules: rules, ownOutletKey: ownOutletKey, ownOutletRules: ownOutletRules, kinds: kinds)
        var continuity = Continuity(a, rules: rules)
        var cues = SourceResolver.TokenCues()
        // working lists of a claim that nothing keeps: emptied for each claim, their storage reused
        var attributions: [Attribution] = []
        var p = Proposals()
        for i in 0..<a.segments.count where kinds[i].isClaim {
            let words = a.words(of: i)
            let effective = filter.run(a.matches[i], a, unit: i, &rec)
            // a stance inside another speaker's content is evidence, not an attribution
            let ms = filter.settingAsideContentStances(effective, a, unit: i, &rec)
            // a unit with no cue that attributes and no colon has no attribution to find: its
            // label comes from the quotation it continues, if any (most unsourced claims)
            let attributes = ms.contains { AttributionFinder.attributing.contains(rules[$0.rule].kind) }
                || a.tokenRanges[i].contains { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }
            if attributes { cues.load(ms, tokens: a.tokenRanges[i], rules: rules) }
            var read = evidence.run(effective, a, unit: i, &rec)
            var colonLabel = false
            if attributes {
                colonLabel = finder.run(ms, a, unit: i, words: words, cues: cues, isHeadline: i == 0 || kinds[i] == .headline, into: &attributions, &rec)
            } else {
                attributions.removeAll(keepingCapacity: true)
            }
            p.reset()
            var scope = read.anonymityReason ? anonymity.scope(ms) : Anonymity.Scope()
            if attributes { scope.initials = anonymity.initials(ms, a, unit: i) }
            resolution.run(attributions, a, unit: i, cues: cues, anonymityCue: read.anonymityCue,
                           anonymity: scope, last: continuity.last,
                           roster: &roster, into: &p, &rec)
            if read.anonymityReason {
                // (the condition's subject is read from the unit's cues: loaded here when no cue attributes)
                if !attributes { cues.load(ms, tokens: a.tokenRanges[i], rules: rules) }
                anonymity.run(ms, a, unit: i, words: words, cues: cues, resolution: &resolution, roster: &roster, into: &p, &rec)
            }
            let q = continuity.begin(a, unit: i)
            // a label before a colon (a list item, a bracket) is the writer's: an earlier colon quotation has ended
            if colonLabel { continuity.endColonQuotation(unit: i, &rec) }
            let label: Label, reason: Reason, decidedBy: String?
            if let choice = Precedence.choose(p, unit: i, &rec) {
                label = choice.label; reason = choice.reason; decidedBy = choice.rule
            } else if let owner = continuity.inherited(a, unit: i, q, &rec) {
                label = owner.label; p.mentions = owner.sources; p.rosterIndexes = owner.roster; p.chain = owner.chain
                reason = Reason(.continuesQuotation(label)); decidedBy = nil
            } else {
                label = .unsourced; reason = Reason(.unsourced); decidedBy = nil
            }
            EvidenceReader.finish(&read.flags, label: label, quotation: q.hasQuotation)
            if p.mentions.count > 1 { p.mentions = p.distinctMentions }
            let claimSources = p.rosterIndexes.sortedUnique()
            for r in claimSources { roster.addClaim(i, to: r) }
            // the evidence list was given room for every cue of the claim, most of which are no
            // evidence: kept at its size (about a third of the room), since every judgement is
            // held until the last claim is labelled (the peak of a long article's audit)
            let kept = read.evidence.capacity > read.evidence.count ? read.evidence.map { $0 } : read.evidence
            out[i] = Judgement(label: label, sources: p.mentions, flags: read.flags, evidence: kept, why: reason,
                               proposals: p.reasons, rule: decidedBy, rosterIndexes: claimSources, chainLinks: p.chain)
            continuity.end(a, unit: i, q, label: label, proposals: p, attributions: attributions, &rec)
        }
        rebuttals.run(a, &out, &rec)
        // a title met alone takes its holder's name from anywhere in the article
        resolver.nameHolders(&roster, in: a)
        // and a body met only as its generic noun (الوزارة) its name (وزارة الآثار المصرية)
        resolver.nameBodies(&roster, in: a)
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
                // a speaker-less cue still takes effect (its flag); a cue that names a speaker needs its attribution
                var none = NoDecisions()
                if case .setAside = finder.effect(of: m, a, i, words, cues, &none) { continue }
                out.append(m)
            }
        }
        return out
    }

    /// The matches of a unit that take effect and may attribute (`CueFilter`).
    func effectiveMatches(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int) -> ArraySlice<CueMatch> {
        var none = NoDecisions()
        return filter.settingAsideContentStances(filter.run(ms, a, unit: unit, &none), a, unit: unit, &none)
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
        return w.map { $0.count > 3 && $0.hasPrefix(Arabic.article) ? String($0.dropFirst(2)) : $0 }.joined(separator: " ")
    }
}
