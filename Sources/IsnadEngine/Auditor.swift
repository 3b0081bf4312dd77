import Foundation
import IsnadModel
import IsnadText
import IsnadRules

/// Audits articles with one rule pack: bytes → text → units → labels → an `ArticleAudit`.
public struct Auditor: Sendable {
    /// The compiled rules, immutable once built, held by reference: an auditor is handed to
    /// every article it audits, and a copy retains one object, not every table.
    final class Engine: Sendable {
        let pack: RulePack
        let matcher: CueMatcher
        let regexes: RegexCues
        let classifier: UnitClassifier
        let scorer: Scorer
        let outletNames: OutletNames
        let groupHeads: WordSet
        /// The rules continuity reads by id, found once per pack (speed29).
        let continuityRules: Continuity.RuleIndexes
        init(pack: RulePack) throws(RuleErrors) {
            self.pack = pack
            do { matcher = try CueMatcher(rules: pack.rules) } catch {
                throw RuleErrors(errors: [RuleError(path: pack.directories.first ?? "rules", line: 0, column: 0, message: "invalid pattern: \(error.message)")])
            }
            regexes = RegexCues(rules: pack.rules)
            classifier = UnitClassifier(rules: pack.rules)
            scorer = Scorer(config: pack.scoring)
            outletNames = OutletNames(rules: pack.rules)
            groupHeads = SourceResolver.groupHeadWords(pack.rules)
            continuityRules = Continuity.RuleIndexes(rules: pack.rules)
        }
    }
    private let engine: Engine
    public var pack: RulePack { engine.pack }
    var matcher: CueMatcher { engine.matcher }
    var regexes: RegexCues { engine.regexes }
    var classifier: UnitClassifier { engine.classifier }
    /// The gazetteer's outlets by name, indexed once per pack.
    var outletNames: OutletNames { engine.outletNames }
    /// The pack's group words for the source resolver, built once per pack.
    var groupHeads: WordSet { engine.groupHeads }
    /// The pack's scoring weights, read for every claim.
    var scorer: Scorer { engine.scorer }
    /// When claims and the article fail.
    public var policy: FailurePolicy
    /// The size of the matcher's chunks, in tokens (`ArticleText`): `ArticleText.defaultChunkTokens`,
    /// or the hidden `--chunk-tokens` option of `audit` (tests force tiny chunks with it and
    /// compare the output: the result is the same for any size).
    public var chunkTokens = ArticleText.defaultChunkTokens
    /// The units of a block of the labeller's judgements, as a power of two (`Judgements`): the
    /// default, or fewer in tests, which compare the output (the same for any size).
    var judgementBlockShift = Judgements.defaultBlockShift
    /// For tests: called as the units are built, after each block of the judgements has built
    /// its units, with the block and how many blocks still hold their judgements
    /// (`Judgements.liveBlockCount`); `ChunkedLabellingTests` asserts each block is handed over
    /// as its units are built, none left at the end. Nil in the tool.
    var judgementBlockBuilt: (@Sendable (_ block: Int, _ liveBlocks: Int) -> Void)? = nil
    /// For tests: called after each chunk of a long article is labelled and its matches released
    /// (`ArticleText.releaseMatches`), with the chunk and how many chunks still hold every match
    /// (`SegmentMatches.heldChunkCount`). Nil in the tool.
    var matchChunkReleased: (@Sendable (_ chunk: Int, _ heldChunks: Int) -> Void)? = nil
    /// Labels that make a claim fail the run (default: unsourced).
    public var failOn: Set<Label> { get { policy.labels } set { policy.labels = newValue } }

    public init(pack: RulePack, failOn: Set<Label> = [.unsourced]) throws(RuleErrors) {
        try self.init(pack: pack, policy: FailurePolicy(labels: failOn))
    }

    public init(pack: RulePack, policy: FailurePolicy) throws(RuleErrors) {
        engine = try Engine(pack: pack)
        self.policy = policy
    }

    /// An independent copy for another thread: the same rules rebuilt into storage of its own,
    /// so threads never share (and contend on the reference counts of) the same objects.
    public func replica() -> Auditor {
        func fresh(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }
        var rules: [Rule] = []
        rules.reserveCapacity(pack.rules.count)
        for r in pack.rules {
            var c = r
            c.id = fresh(r.id); c.description = fresh(r.description); c.patterns = r.patterns.map(fresh); c.regexes = r.regexes.map(fresh)
            c.examples = RuleExamples()
            c.location = SourceLocation(path: fresh(r.location.path), line: r.location.line, column: r.location.column)
            rules.append(c)
        }
        var copy = RulePack(rules: rules, scoring: pack.scoring, directories: pack.directories.map(fresh))
        copy.files = pack.files.map(fresh)
        guard var fresh = try? Auditor(pack: copy, policy: policy) else { return self }
        fresh.chunkTokens = chunkTokens
        fresh.judgementBlockShift = judgementBlockShift
        return fresh
    }

    /// Whether the rule with `id` takes effect in `text` (used to run the examples of rule files).
    public func fires(ruleID id: String, in text: String) -> Bool {
        !firings(ruleID: id, in: text).isEmpty
    }

    /// The original text of every match of rule `id` that takes effect in `text`.
    public func firings(ruleID id: String, in text: String) -> [String] {
        guard let index = pack.rules.firstIndex(where: { $0.id == id }) else { return [] }
        let normalized = Normalizer.normalize(text)
        let article = ArticleText(text: normalized, matcher: matcher, regexes: regexes)
        return Labeller(rules: pack.rules, outletNames: outletNames, groupHeads: groupHeads).firings(index, in: article).map {
            normalized.originalText(normalized.originalSpan($0.start, $0.end))
        }
    }

    /// Audits the bytes of a file, decoded as `encoding` (see `TextDecoder.decode`). The failure
    /// policy is applied to the result unless `applyingPolicy` is false (a run with a baseline
    /// applies it once the baseline has marked the claims it knows).
    ///
    /// Markdown (`markup`) is read by `MarkdownReader`: its syntax is blanked out of the text
    /// judged, offsets stay those of the file, and its heading lines are heading units (the
    /// article's first line stays its headline).
    public func audit(bytes: [UInt8], path: String, outlet: String? = nil, encoding: TextEncoding = .auto,
                      invalidUTF8: InvalidUTF8Policy = .error, markup: ArticleMarkup = .text, profile: StageTimer? = nil,
                      applyingPolicy: Bool = true) throws(DecodingError) -> ArticleAudit {
        var clock = StageClock(profile)
        if markup == .text && (encoding == .auto || encoding == .utf8) {
            // most articles: decoded, folded and tokenized in one pass (the staged path below
            // gives the same values, and reads what this declines)
            let start = TextDecoder.hasBOM(bytes) ? 3 : 0
            if !(encoding == .auto && TextDecoder.hasUTF16BOM(bytes)), let read = OnePassReader.read(bytes, from: start) {
                clock.lap("decode+normalise+tokenize")
                var a = audit(normalized: read.normalized, tokens: read.tokens, path: path, outlet: outlet, profile: profile)
                // the units read the file's text as it is: their texts are slices of its bytes
                a.text = ArticleUTF8(bytes: bytes, start: start, scalarCount: read.normalized.original.count)
                Self.attachText(&a)
                a.encoding = .utf8
                if applyingPolicy { policy.apply(to: &a) }
                return a
            }
        }
        if markup == .text && (encoding == .auto || encoding == .utf8) && !TextDecoder.hasUTF16BOM(bytes),
           let a = auditLongUTF8(bytes, path: path, outlet: outlet, profile: profile, applyingPolicy: applyingPolicy) {
            return a
        }
        var decoded = try TextDecoder.decode(bytes, encoding: encoding, invalidUTF8: invalidUTF8)
        clock.lap("decode")
        var nulProblem: ArticleProblem? = nil
        if let (count, byte) = decoded.nulsAsSpaces {
            // where the first one is, as a line and column of the text
            let at = decoded.encoding == .utf8 ? bytes[(TextDecoder.hasBOM(bytes) ? 3 : 0)..<byte].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } : byte
            let before = decoded.scalars[..<min(at, decoded.scalars.count)]
            let lineStart = (before.lastIndex(where: { $0 == "\n" || $0 == "\r" }).map { $0 + 1 }) ?? 0
            let line = before.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
            nulProblem = ArticleProblem(.strayNUL, line: line, column: at - lineStart + 1,
                                        message: "\(count) stray NUL byte\(count == 1 ? "" : "s") read as white space (the first at byte \(byte))")
        }
        var a: ArticleAudit
        if markup == .markdown {
            let (prose, headings) = MarkdownReader.read(decoded.scalars)
            clock.lap("read markdown")
            a = audit(scalars: prose, path: path, outlet: outlet, profile: profile, utf8: nil, headingLines: headings, markdownFile: decoded.scalars)
        } else {
            let count = decoded.scalars.count
            // the scalars handed over, not kept here: a long article holds its text as UTF-8
            // once it is segmented (`ArticleText`), and the array is then released
            let scalars = decoded.scalars
            decoded.scalars = []
            a = audit(scalars: consume scalars, path: path, outlet: outlet, profile: profile,
                      utf8: decoded.utf8Start.map { ArticleUTF8(bytes: bytes, start: $0, scalarCount: count) })
        }
        a.encoding = decoded.encoding
        a.replacements = decoded.replacements
        a.encodingNote = decoded.note
        if let nulProblem { a.problems.append(nulProblem) }
        if applyingPolicy { policy.apply(to: &a) }
        return a
    }

    /// A long article of plain UTF-8 (more scalars than a matcher chunk's tokens, valid, no NUL
    /// byte, no verified marker): its text held as the file's bytes from the start
    /// (`TextDecoder.utf8Original`), folded and segmented a piece of whole lines at a time, never
    /// decoded whole at 4 bytes a scalar beside its bytes — the peak of the audit's first phase
    /// (issue #26, mem26). The same result as the staged path below; nil when it must run.
    /// `pieceScalars`: the least scalars of a piece (tests cross a piece's edge with a few).
    func auditLongUTF8(_ bytes: [UInt8], path: String, outlet: String?, profile: StageTimer?, applyingPolicy: Bool,
                       pieceScalars: Int = OriginalScalars.linePieceScalars) -> ArticleAudit? {
        var clock = StageClock(profile)
        let limit = Swift.max(1, chunkTokens)
        let start = TextDecoder.hasBOM(bytes) ? 3 : 0
        // a verified marker opens with "<!--" (`VerifiedMarkers`): the staged path reads those
        guard bytes.count - start > limit, !Self.holdsCommentOpening(bytes),
              let original = TextDecoder.utf8Original(bytes, from: start, moreThan: limit) else { return nil }
        clock.lap("decode")
        let normalized = Normalizer.normalize(original: original, compactAbove: limit, pieceScalars: pieceScalars)
        clock.lap("normalise")
        let own = ArticleUTF8(bytes: bytes, start: start, scalarCount: original.count)
        var a = audit(normalized: consume normalized, path: path, outlet: outlet, profile: profile, utf8: own, pieceScalars: pieceScalars)
        a.text = own
        Self.attachText(&a)
        a.encoding = .utf8
        if applyingPolicy { policy.apply(to: &a) }
        return a
    }

    /// Whether the bytes hold "<!--" anywhere.
    static func holdsCommentOpening(_ bytes: [UInt8]) -> Bool {
        var i = bytes.startIndex
        while let k = bytes[i...].firstIndex(of: 0x3C) {
            if k + 3 < bytes.count && bytes[k + 1] == 0x21 && bytes[k + 2] == 0x2D && bytes[k + 3] == 0x2D { return true }
            i = k + 1
        }
        return false
    }

    /// Audits decoded text. Offsets in the result count Unicode scalars of `text`.
    public func audit(text: String, path: String, outlet: String? = nil, profile: StageTimer? = nil, applyingPolicy: Bool = true) -> ArticleAudit {
        let scalars = Normalizer.scalars(of: text)
        let count = scalars.count
        // the string's UTF-8 is the text's, scalar for scalar: the result's text is a copy of it
        // (not encoded again), made once the engine is done (not held beside it)
        var a = audit(scalars: consume scalars, path: path, outlet: outlet, profile: profile,
                      utf8: ArticleUTF8(bytes: Array(text.utf8), start: 0, scalarCount: count))
        if applyingPolicy { policy.apply(to: &a) }
        return a
    }

    /// Audits decoded text given as scalars. Verified markers are read and blanked out first.
    public func audit(scalars: [Unicode.Scalar], path: String, outlet: String? = nil, profile: StageTimer? = nil,
                      applyingPolicy: Bool = true) -> ArticleAudit {
        var a = audit(scalars: scalars, path: path, outlet: outlet, profile: profile, utf8: nil)
        if applyingPolicy { policy.apply(to: &a) }
        return a
    }

    /// Audits decoded text; `utf8`, the bytes it was decoded from one for one, is kept as the
    /// result's text when no verified marker was blanked out of the text (else the text is
    /// encoded once). `markdownFile`: `scalars` is the prose of this Markdown file, whose text
    /// the result quotes (a unit's text has one space where syntax was blanked). The policy is
    /// not applied.
    ///
    /// The scalars are handed over (`consuming`): when the result's text is `utf8`, nothing here
    /// keeps them, so a long article's array is released once `ArticleText` holds the text as
    /// that UTF-8.
    func audit(scalars: consuming [Unicode.Scalar], path: String, outlet: String?, profile: StageTimer?, utf8: @autoclosure () -> ArticleUTF8?,
               headingLines: Set<Int> = [], markdownFile: [Unicode.Scalar]? = nil) -> ArticleAudit {
        var clock = StageClock(profile)
        var masked: [Unicode.Scalar]
        let markers: [VerifiedMarker]
        (masked, markers) = VerifiedMarkers.extract(scalars)
        // the file's own UTF-8 is the result's text when nothing was blanked out of the text
        let own = markdownFile == nil && markers.isEmpty ? utf8() : nil
        // the texts `attachText` compares (only when the text judged is not the file's)
        var file: [Unicode.Scalar] = []
        if own == nil { file = markdownFile ?? [] }
        if own == nil && markdownFile == nil { file = scalars }
        let judged = own == nil ? masked : []
        scalars = []
        // a long article (more scalars than a matcher chunk's tokens, `ArticleText`) folded at
        // a byte a scalar, never held at 4 (issue #26)
        let normalized = Normalizer.normalize(scalars: masked, compactAbove: Swift.max(1, chunkTokens))
        masked = []
        clock.lap("normalise")
        var audit = audit(normalized: consume normalized, path: path, outlet: outlet, profile: profile, headingLines: headingLines, utf8: own)
        if let own {
            audit.text = own
        } else {
            audit.text = ArticleUTF8(scalars: file)
        }
        if markdownFile == nil && markers.isEmpty {
            Self.attachText(&audit)
        } else {
            Self.attachText(&audit, judged: judged, file: file, collapsing: markdownFile != nil)
        }
        if !markers.isEmpty { apply(markers, to: &audit) }
        return audit
    }

    /// Gives each unit and evidence item its text as UTF-8 (units and evidence are built with
    /// spans only): a slice of `a.text`, found with one cursor walking the units in order. With
    /// `judged`, the text the units were read from when it is not the file's text (verified
    /// markers blanked, Markdown syntax blanked; same length as `file`, the scalars of
    /// `a.text`), a piece that reads otherwise there gets bytes of its own; `collapsing`: a
    /// unit's text has one space where syntax was blanked (Markdown).
    static func attachText(_ a: inout ArticleAudit, judged: [Unicode.Scalar]? = nil, file: [Unicode.Scalar] = [], collapsing: Bool = false) {
        var cursor = UTF8Cursor(start: a.text.start)
        let text = a.text
        func piece(_ span: TextSpan, collapse: Bool) -> ArraySlice<UInt8> {
            let s = max(0, span.start), e = min(text.scalarCount, span.end)
            guard s < e else { return [] }
            if let judged {
                let own = collapse ? MarkdownReader.collapsingSpaces(judged[s..<e]) : judged[s..<e]
                if !own.elementsEqual(file[s..<e]) { return ArraySlice(UTF8Text.bytes(own)) }
            }
            return cursor.slice(s..<e, of: text)
        }
        for i in a.units.indices {
            let span = a.units[i].span
            let s = max(0, span.start), e = min(text.scalarCount, span.end)
            // the unit's first byte, its evidence (inside it, mostly in order), then its end: the
            // cursor walks through the unit forward once (no walk back from its end to the evidence)
            let first = s < e ? cursor.offset(s, of: text) : 0
            for j in a.units[i].evidence.indices { a.units[i].evidence[j].utf8 = piece(a.units[i].evidence[j].span, collapse: false) }
            if s < e, judged == nil {
                a.units[i].utf8 = text.bytes[first..<cursor.offset(e, of: text)]
            } else {
                a.units[i].utf8 = piece(span, collapse: collapsing)
            }
        }
    }

    /// Gives each verified marker to the claim it ends (the last unit before it on its line).
    func apply(_ markers: [VerifiedMarker], to audit: inout ArticleAudit) {
        for m in markers {
            let target = audit.units.lastIndex { $0.line == m.line && $0.span.start < m.span.start }
            guard let t = target, audit.units[t].label != nil else {
                audit.problems.append(ArticleProblem(.verifiedUnmatched, line: m.line, column: m.column, message: "verified marker matches no claim (put it right after the claim's sentence)"))
                continue
            }
            if m.reason.isEmpty {
                audit.problems.append(ArticleProblem(.verifiedNoReason, line: m.line, column: m.column, message: "verified marker has no reason (write <!-- verified: who checked it and how -->); the claim is not verified"))
                continue
            }
            audit.units[t].verified = m.reason
        }
    }

    /// The kinds of an article's units; a Markdown heading line (`headingLines`) is a heading
    /// whatever its words (the headline and page furniture stay what they are).
    func classify(_ article: ArticleText, headingLines: Set<Int>) -> [UnitKind] {
        var kinds = classifier.classify(article)
        if !headingLines.isEmpty {
            for (i, seg) in article.segments.enumerated() where kinds[i] == .claim && headingLines.contains(seg.lineIndex) { kinds[i] = .heading }
        }
        return kinds
    }

    /// `utf8`: the text's UTF-8, for a long article to hold its original text as (`ArticleText`);
    /// `pieceScalars`: the least scalars of a piece the segmenter reads it in (`Segmenter.lines`).
    func audit(normalized: consuming NormalizedText, tokens: Tokens? = nil, path: String, outlet: String?, profile: StageTimer? = nil,
               headingLines: Set<Int> = [], utf8: ArticleUTF8? = nil, pieceScalars: Int = OriginalScalars.linePieceScalars) -> ArticleAudit {
        var clock = StageClock(profile)
        var article = ArticleText(text: consume normalized, tokens: tokens, matcher: matcher, regexes: regexes, profile: profile, chunkTokens: chunkTokens, utf8: utf8,
                                  pieceScalars: pieceScalars)
        // a long article's folded text at a byte a scalar for the stages after the matcher
        article.holdFoldedTextCompact()
        clock.reset()
        let kinds = classify(article, headingLines: headingLines)
        let own = outlet ?? OutletInference(rules: pack.rules).infer(article, kinds: kinds)
        clock.lap("classify units")
        let labeller = Labeller(rules: pack.rules, ownOutlet: own, outletNames: outletNames, groupHeads: groupHeads,
                                continuityRules: engine.continuityRules)
        // labelled a chunk of the matcher at a time, the labeller's state carried from one to the
        // next (`Labeller.Run`): the same judgements as one pass, for any chunk size
        var run = labeller.begin(article, kinds: kinds, judgementBlockShift: judgementBlockShift)
        var none = NoDecisions()
        // a long article's chunk, once labelled, keeps only the matches the passes after
        // labelling read (`ArticleText.releaseMatches`); the evidence of its units that are no
        // claim is read before (issue #26)
        let releasing = article.chunkSegments.count > 1
        var evidenceAside: [[Evidence]] = releasing ? [[Evidence]](filled: [], count: article.segments.count) : []
        for (c, units) in article.chunkSegments.enumerated() {
            labeller.label(&run, article, units: units, recorder: &none)
            guard releasing else { continue }
            for i in units where !kinds[i].isClaim { evidenceAside[i] = nonClaimEvidence(article, i) }
            article.releaseMatches(ofChunk: c, kinds: kinds, rules: pack.rules)
            matchChunkReleased?(c, article.matches.heldChunkCount)
            // the freed lists' pages among the heap's blocks given back every few chunks (mem32)
            if c % Self.chunksBetweenTrims == Self.chunksBetweenTrims - 1 { AddressSpace.trimHeap() }
        }
        // what the last chunks' labelling freed given back before the sources' names are read,
        // the audit's peak once the tokens are released as they are matched (mem32)
        if releasing { AddressSpace.trimHeap() }
        var (judgements, roster) = labeller.finish(consume run, article, recorder: &none)
        // the sources' names read, a long article's units that are no claim hold matches no
        // longer read: released before the units are built (issue #26, mem28)
        if releasing { article.releaseMatchesOfUnitsNoClaim(kinds: kinds) }
        // nothing after labelling reads a word's readings: released before the units and the standards
        article.releaseReadings()
        // what labelling and the sources' names freed given back before the units are built (mem32)
        if releasing { AddressSpace.trimHeap() }
        clock.lap("label and resolve sources")
        var units: [AuditedUnit] = []
        // reserved whole while every judgement is still held: what is allocated peaks here (the
        // heap's peak of a 50 MB article's audit, mem24), but the list's pages become resident
        // only as the units are appended below, each block of judgements released before the
        // next block's units
        units.reserveCapacity(article.segments.count)
        var counts = LabelCounts()
        // scored once the anonymity flags are known (the penalty follows `reason_given`): what
        // the score reads of each claim's judgement, 24 bytes a claim, not the whole judgement
        // (a long article has hundreds of thousands of claims, issue #26)
        var scored: [(unit: Int32, label: Label, chainLinks: Int, rosterIndexes: [Int])] = []
        // room for exactly the claims judged (grown by doubling, a long article's list had up to
        // twice their room)
        scored.reserveCapacity(judgements.judgedCount)
        // a block of the judgements at a time, each handed over (`take(block:)`) and released
        // once its units hold them: the units' list fills as the judgements' empties, so a long
        // article's units and judgements are never both resident whole (issue #26); allocated
        // whole, both are, from the reserve above until the first block is handed over
        for b in 0..<judgements.blockCount {
            var block = judgements.take(block: b)
            // the block's judged units, in order, met as the units are walked
            var next = 0
            for i in judgements.units(ofBlock: b) {
                let seg = article.segments[i]
                // appended first and filled in place: a unit built aside would be copied into the array, every reference retained
                units.append(AuditedUnit(index: i, kind: kinds[i], span: seg.span, line: seg.line, column: seg.column,
                                         label: nil, sources: [], flags: [], evidence: [],
                                         score: nil, why: nil))
                var judged: Judgement? = nil
                if next < block.units.count && Int(block.units[next]) == i {
                    judged = block.judgements[next].take()  // moved out, not copied: its arrays are handed to the unit
                    next += 1
                }
                if let j = judged {
                    // kept at its size (the labeller trims each list as it judges the claim; `Rebuttals`
                    // may have grown one since)
                    units[i].label = j.label; units[i].sources = j.sources; units[i].flags = j.flags
                    units[i].evidence = j.evidence.capacity > j.evidence.count ? j.evidence.map { $0 } : j.evidence
                    units[i].why = j.why; units[i].proposals = j.proposals; units[i].rule = j.rule
                    scored.append((Int32(i), j.label, j.chainLinks, j.rosterIndexes))
                    counts[j.label, default: 0] += 1
                } else if !kinds[i].isClaim {
                    if releasing { swap(&units[i].evidence, &evidenceAside[i]) } else { units[i].evidence = nonClaimEvidence(article, i) }
                }
            }
            judgementBlockBuilt?(b, judgements.liveBlockCount)
        }
        let sources = roster.entries.map {
            ArticleSource(id: $0.id, name: $0.name, kind: $0.kind, via: $0.via, mentions: $0.mentions, claims: $0.claims)
        }
        let standards = Standards(rules: pack.rules, ownOutletRules: Set(labeller.ownOutletRules))
        standards.flagAnonymity(&units, article)
        let contests = standards.readContests(units, article)
        // the article's problems, read before it is released
        var problems: [ArticleProblem] = []
        for seg in article.segments {
            guard let whole = seg.cutFrom else { continue }
            problems.append(ArticleProblem(.longUnit, line: seg.line, column: seg.column, message: "a unit of \(whole) characters with no sentence end was cut at white space into units of at most \(Segmenter.maxUnitScalars)"))
        }
        problems += budgetProblems(article)
        // nothing reads the article from here on: its tokens, cue matches and folded text (a long
        // article's, most of its memory) released before the denials are weighed (issue #26)
        _ = consume article
        // its blocks under the mapped size given back too, before the sheet is written (mem32)
        if releasing { AddressSpace.trimHeap() }
        standards.linkContests(&units, consume contests)
        var scores: [Double] = []
        scores.reserveCapacity(scored.count)
        for c in scored {
            let i = Int(c.unit)
            let s = scorer.score(label: c.label, rosterIndexes: c.rosterIndexes, chainLinks: c.chainLinks, roster: roster,
                                 reasonGiven: units[i].flags.contains(.reasonGiven))
            units[i].score = s
            scores.append(s)
        }
        var summary = AuditSummary(claims: scores.count, counts: counts, score: scorer.articleScore(scores), failing: 0)
        summary.standards = Standards.figures(units, sources, counts: counts)
        // the units handed over, not shared: marking failing claims below would otherwise copy every unit
        var audit = ArticleAudit(path: path, outlet: own, units: consume units, sources: sources, summary: summary)
        clock.lap("score and build")
        audit.problems += problems
        return audit
    }

    /// How many of a long article's chunks are labelled between two calls of
    /// `AddressSpace.trimHeap` (each walks the allocator's free lists: an article of thousands of
    /// chunks, as with `--chunk-tokens 1`, is not slowed by one a chunk).
    static let chunksBetweenTrims = 16

    /// The evidence of unit `i`, no claim: its boilerplate, caption and byline cues.
    func nonClaimEvidence(_ article: ArticleText, _ i: Int) -> [Evidence] {
        article.matches[i].filter { [.boilerplate, .caption, .byline].contains(pack.rules[$0.rule].kind) }.map {
            Evidence(rule: pack.rules[$0.rule].id, span: article.text.originalSpan($0.start, $0.end))
        }
    }

    /// The rules whose regular expression ran out of its budget on `article`, as problems; each
    /// is counted as a hit for the run, so a rule that runs away on several articles is switched
    /// off for the rest of the run (the audit and the census alike).
    func budgetProblems(_ article: ArticleText) -> [ArticleProblem] {
        article.timedOutRules.map { r in
            let rule = pack.rules[r]
            let disabled = regexes.recordHit(r)
            return ArticleProblem(.regexBudget, line: 1, column: 1, message: "rule '\(rule.id)' (\(rule.location)): its regular expression ran out of its time budget on this article (catastrophic backtracking?) and was skipped"
                + (disabled ? "; after \(RegexCues.hitsBeforeDisabling) such articles it is disabled for the rest of the run" : ""))
        }
    }
}

