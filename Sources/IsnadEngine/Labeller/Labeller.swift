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
    /// The rules continuity reads by id, found once per pack (`Continuity.RuleIndexes`).
    let continuityRules: Continuity.RuleIndexes
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
        self.init(rules: rules, ownOutlet: ownOutlet, outletNames: outletNames, groupHeads: nil)
    }
    /// `groupHeads`: the pack's group words (`SourceResolver.groupHeadWords`), built once per
    /// pack by the auditor — not once per article, where building it cost more than labelling.
    /// `continuityRules`: the rules continuity reads by id (`Continuity.RuleIndexes`), found once
    /// per pack by the auditor — the labeller is built for every article.
    init(rules: [Rule], ownOutlet: String? = nil, outletNames: OutletNames? = nil, groupHeads: WordSet?,
         continuityRules: Continuity.RuleIndexes? = nil) {
        self.rules = rules
        self.outletNames = outletNames ?? OutletNames(rules: rules)
        self.resolver = SourceResolver(rules: rules, groupHeads: groupHeads)
        self.filter = CueFilter(rules: rules)
        self.evidence = EvidenceReader(rules: rules)
        self.finder = AttributionFinder(rules: rules, resolver: resolver)
        self.anonymity = Anonymity(rules: rules, resolver: resolver)
        self.rebuttals = Rebuttals(rules: rules)
        self.continuityRules = continuityRules ?? Continuity.RuleIndexes(rules: rules)
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
        // in one block, which `joined()` returns as it is: in blocks, it would copy every judgement
        var run = begin(a, kinds: kinds, judgementBlockShift: Judgements.oneBlockShift(count: a.segments.count))
        label(&run, a, units: 0..<a.segments.count, recorder: &rec)
        let (out, roster) = finish(consume run, a, recorder: &rec)
        return (out.joined(), roster)
    }

    /// What the labeller carries from one unit to the next while it labels an article's claims in
    /// reading order: the roster of sources so far (title holders' keys among them), the
    /// resolver's state, the continuity state (the latest speaker, an open quotation and its
    /// owner, a colon quotation running on), the judgements so far, and the claim's working
    /// lists. `label(_:kinds:recorder:)` labels every unit in one call; the units may be labelled
    /// a run at a time instead (`label(_:_:units:recorder:)`, consecutive runs from the first
    /// unit, e.g. the matcher's chunks), then `finish`ed: the judgements and the roster are the
    /// same for any cut (`ChunkedLabellingTests`). What reads claims at any distance (stage 8,
    /// the holders' and bodies' names) runs in `finish`, once every claim is labelled.
    struct Run {
        var roster = SourceRoster()
        var out: Judgements
        var resolution: Resolution
        var continuity: Continuity
        var cues = SourceResolver.TokenCues()
        // working lists of a claim that nothing keeps: emptied for each claim, their storage reused
        var attributions: [Attribution] = []
        var p = Proposals()
        let kinds: [UnitKind]
        /// The first unit not yet labelled: runs are labelled in order, with no gap.
        var next = 0
    }

    /// A run of the labeller over `a` before its first unit is labelled; its judgements held in
    /// blocks of 2^`judgementBlockShift` units (`Judgements`).
    func begin(_ a: ArticleText, kinds: [UnitKind], judgementBlockShift: Int = Judgements.defaultBlockShift) -> Run {
        Run(out: Judgements(count: a.segments.count, blockShift: judgementBlockShift),
            resolution: Resolution(rules: rules, ownOutletKey: ownOutletKey, ownOutletRules: ownOutletRules, kinds: kinds),
            continuity: Continuity(a, rules: rules, ruleIndexes: continuityRules), kinds: kinds)
    }

    /// Labels the claims among `units`, the run's next units (from `run.next` on), carrying the
    /// run's state to the units after them.
    func label<R: DecisionRecorder>(_ run: inout Run, _ a: ArticleText, units: Range<Int>, recorder rec: inout R) {
        precondition(units.lowerBound == run.next && units.upperBound <= a.segments.count, "units labelled in order, with no gap")
        run.next = units.upperBound
        let kinds = run.kinds
        for i in units where kinds[i].isClaim {
            let words = a.words(of: i)
            let effective = filter.run(a.matches[i], a, unit: i, &rec)
            // the claim's quotation marks, and the quotation a speaker owns still open at its start
            let q = run.continuity.begin(a, unit: i)
            // a stance inside another speaker's content (or a forecast inside his quoted words) is
            // evidence, not an attribution
            let ms = filter.settingAsideContentStances(effective, a, unit: i, openQuote: run.continuity.openQuoteDepth(unit: i, q), &rec)
            // a unit with no cue that attributes and no colon has no attribution to find: its
            // label comes from the quotation it continues, if any (most unsourced claims)
            let attributes = ms.contains { AttributionFinder.attributing.contains(rules[$0.rule].kind) }
                || a.tokenRanges[i].contains { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }
            if attributes { run.cues.load(ms, tokens: a.tokenRanges[i], rules: rules) }
            var read = evidence.run(effective, a, unit: i, &rec)
            var colonLabel = false
            if attributes {
                colonLabel = finder.run(ms, a, unit: i, words: words, cues: run.cues, isHeadline: i == 0 || kinds[i] == .headline, into: &run.attributions, &rec)
            } else {
                run.attributions.removeAll(keepingCapacity: true)
            }
            run.p.reset()
            var scope = read.anonymityReason ? anonymity.scope(ms) : Anonymity.Scope()
            if attributes { scope.initials = anonymity.initials(ms, a, unit: i) }
            run.continuity.enter(unit: i)
            run.resolution.run(run.attributions, a, unit: i, cues: run.cues, anonymityCue: read.anonymityCue,
                               anonymity: scope, last: run.continuity.last, lastSingle: run.continuity.lastSingle,
                               roster: &run.roster, into: &run.p, &rec)
            if let (h, e) = run.resolution.namedHeadline {
                run.resolution.namedHeadline = nil
                // (a headline in the block of this claim: a block before may have been handed over)
                if h >> run.out.blockShift == i >> run.out.blockShift { namesHeadlineSpeaker(&run.out, unit: h, entry: e, run.roster) }
            }
            if read.anonymityReason {
                // (the condition's subject is read from the unit's cues: loaded here when no cue attributes)
                if !attributes { run.cues.load(ms, tokens: a.tokenRanges[i], rules: rules) }
                anonymity.run(ms, a, unit: i, words: words, cues: run.cues, resolution: &run.resolution, roster: &run.roster, into: &run.p, &rec)
            }
            // a label before a colon (a list item, a bracket) is the writer's: an earlier colon quotation has ended
            if colonLabel { run.continuity.endColonQuotation(unit: i, &rec) }
            let label: Label, reason: Reason, decidedBy: String?
            // (a verse of a poem's run with its halves marked is the poet's, over a verb of its own)
            if let owner = run.continuity.heldVerse(a, unit: i, &rec) {
                label = owner.label; run.p.mentions = owner.sources; run.p.rosterIndexes = owner.roster; run.p.chain = owner.chain
                reason = Reason(.continuesQuotation(label)); decidedBy = nil
            } else if let choice = Precedence.choose(run.p, unit: i, &rec) {
                label = choice.label; reason = choice.reason; decidedBy = choice.rule
            } else if let owner = run.continuity.inherited(a, unit: i, q, &rec) {
                label = owner.label; run.p.mentions = owner.sources; run.p.rosterIndexes = owner.roster; run.p.chain = owner.chain
                reason = Reason(.continuesQuotation(label)); decidedBy = nil
            } else {
                label = .unsourced; reason = Reason(.unsourced); decidedBy = nil
            }
            EvidenceReader.finish(&read.flags, label: label, quotation: q.hasQuotation)
            if run.p.mentions.count > 1 { run.p.mentions = run.p.distinctMentions }
            let claimSources = run.p.rosterIndexes.sortedUnique()
            for r in claimSources { run.roster.addClaim(i, to: r) }
            // the evidence list was given room for every cue of the claim, most of which are no
            // evidence: kept at its size (about a third of the room), since every judgement is
            // held until the last claim is labelled (the peak of a long article's audit)
            let kept = read.evidence.capacity > read.evidence.count ? read.evidence.map { $0 } : read.evidence
            run.out[i] = Judgement(label: label, sources: run.p.mentions, flags: read.flags, evidence: kept, why: reason,
                                   proposals: run.p.reasons, rule: decidedBy, rosterIndexes: claimSources, chainLinks: run.p.chain)
            run.continuity.end(a, unit: i, q, label: label, proposals: run.p, attributions: run.attributions, &rec)
        }
    }

    /// A headline whose only source is an indefinite speaker (`خبير: …`) that a claim after it has
    /// named (`Resolution.namedHeadline`): the headline is that person's, named (kinds46). Its
    /// judgement is still held: the naming claim comes right after it, in its block.
    func namesHeadlineSpeaker(_ out: inout Judgements, unit h: Int, entry e: Int, _ roster: SourceRoster) {
        guard var j = out[h], j.label == .anonymous, j.rosterIndexes == [e] else { return }
        j.label = .named
        j.sources = j.sources.map { var m = $0; if m.id == roster.entries[e].id { m.kind = .person }; return m }
        out[h] = j
    }

    /// Ends a run once every unit is labelled: stage 8 (`Rebuttals`, which pairs claims at any
    /// distance), then the names of title holders and bodies met alone, read from the whole article.
    func finish<R: DecisionRecorder>(_ run: consuming Run, _ a: ArticleText, recorder rec: inout R) -> (Judgements, SourceRoster) {
        precondition(run.next == a.segments.count, "every unit labelled before the run is finished")
        var out = run.out
        var roster = run.roster
        // the run's references given up: the lists below are mutated in place, not copied
        run.out = Judgements(count: 0); run.roster = SourceRoster()
        // and the rest of the run (the continuity's table of every unit's quotation depth, the
        // resolver's state) released before the passes below (issue #26, mem28)
        _ = consume run
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
