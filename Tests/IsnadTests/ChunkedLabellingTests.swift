import Foundation
import Synchronization
import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadText
import IsnadTestSupport

/// The labeller labels a long article a chunk of the matcher at a time (`Labeller.Run`, issue
/// #26 item 3), carrying what crosses units from one chunk to the next: the claims, their sources
/// and the contest links must be those of one pass, whatever the cut.
@Suite("The labeller in chunks")
struct ChunkedLabellingTests {
    /// A made-up article whose continuity crosses the units: a colon quotation running on to the
    /// paragraph's next sentence, a bare وأضاف going on from the speaker before it, a rebuttal
    /// going on in its quotation, and a denial disputing claims several units before it.
    static let article = """
        الحكومة سترفع أسعار الوقود الشهر المقبل
        وقال مصدر أمني إن الحكومة سترفع أسعار الوقود الشهر المقبل.
        وقال مسؤول: الوفد سيصل غدا. والاجتماع سيعقد مساء.
        وقال مسؤول إن الاجتماع انتهى.
        وأضاف أن الوفد سيعود.
        ونفى النادي تكهنات عن فقدان اللاعب وعيه، وقال: "لم يتعرض اللاعب لأي إصابة. الفحوص الطبية سليمة تماما. وسيكون جاهزا للمباراة".
        ونفت وزارة الطاقة أن تكون الحكومة سترفع أسعار الوقود.
        """

    func auditor(chunkTokens: Int) throws -> Auditor {
        var a = try Auditor(pack: try TestSupport.pack(["p.yml": StandardsTests.pack]), policy: FailurePolicy(labels: []))
        a.chunkTokens = chunkTokens
        return a
    }

    /// Everything the sheet shows of a unit.
    static func described(_ units: [AuditedUnit]) -> [String] { units.map { "\($0)" } }

    @Test("an article audited in chunks of one token gives the units of one pass: a colon quotation, a وأضاف, an open rebuttal and a contest link across a chunk's edge")
    func chunkedAuditAlike() throws {
        let whole = try auditor(chunkTokens: Int.max).audit(test: Self.article)
        let chunked = try auditor(chunkTokens: 1).audit(test: Self.article)
        #expect(Self.described(chunked.units) == Self.described(whole.units))
        #expect(chunked.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
        // the cuts: every sentence its own chunk (so each thing below crosses an edge)
        let a = ArticleText(text: Normalizer.normalize(Self.article), matcher: try auditor(chunkTokens: 1).matcher, chunkTokens: 1)
        #expect(a.chunkSegments.count == a.segments.count)
        #expect(Array(a.chunkSegments.joined()) == Array(a.segments.indices))
        let u = whole.units
        func unit(_ words: String) throws -> AuditedUnit { try #require(u.first { $0.text.hasPrefix(words) }) }
        // the colon quotation's next sentence, its own chunk, takes the speaker's label
        let quoted = try unit("والاجتماع سيعقد")
        #expect(quoted.label != .unsourced && quoted.why?.description.contains("continues the quotation") == true)
        // the bare وأضاف goes on from the speaker of the sentence before it
        let added = try unit("وأضاف أن الوفد")
        let speaker = try unit("وقال مسؤول إن")
        #expect(added.label != .unsourced && !speaker.sources.isEmpty && added.sources.map(\.text) == speaker.sources.map(\.text))
        // the rebuttal goes on in its quotation, sentence after sentence
        let rebuttal = try unit("الفحوص الطبية")
        #expect(rebuttal.label == .denied && rebuttal.why?.description.contains("goes on with its source's rebuttal") == true)
        // the denial disputes the anonymous claim, chunks before it (not the unsourced headline,
        // which sums up the news: Standards' set-aside headline, recorded though it is chunks away)
        let denial = try unit("ونفت وزارة الطاقة")
        #expect(denial.contests.contains(1) && !denial.contests.contains(0))
        #expect(denial.contestMatch?.setAside == 0)
    }

    /// A made-up Q&A piece (the shipped pack's reporting verbs): the interviewee is named in the
    /// introduction, and each answer, its own chunk at `--chunk-tokens 1`, is the interviewee's
    /// through the state the run carries (the question lines and the interviewee), an answer's
    /// denial included.
    static let interview = """
        عنوان المقابلة
        أكد الوزير سالم العمري أن الخطة تمضي كما رسمت.
        - ما أبرز ما في الخطة الجديدة؟
        الخطة تشمل بناء عشرين مدرسة في المدن الصغيرة.
        - متى يبدأ التنفيذ؟
        لا صحة لما يقال عن تأخير التنفيذ.
        - وماذا عن التمويل؟
        التمويل مؤمن بالكامل من الميزانية.
        """

    /// The shipped pack's auditor labelling in chunks of `chunkTokens` tokens.
    static func shippedAuditor(_ chunkTokens: Int) throws -> Auditor {
        var a = try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: []))
        a.chunkTokens = chunkTokens
        return a
    }

    @Test("a Q&A interview audited in chunks of one token gives the units of one pass: its answers, each in a chunk of its own, are the interviewee's")
    func chunkedInterviewAlike() throws {
        let whole = try Self.shippedAuditor(Int.max).audit(test: Self.interview)
        let chunked = try Self.shippedAuditor(1).audit(test: Self.interview)
        #expect(Self.described(chunked.units) == Self.described(whole.units))
        #expect(chunked.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
        // every line its own chunk: each answer is chunks away from the introduction's speaker
        let a = ArticleText(text: Normalizer.normalize(Self.interview), matcher: try Self.shippedAuditor(1).matcher, chunkTokens: 1)
        #expect(a.chunkSegments.count == a.segments.count)
        for answer in ["الخطة تشمل", "لا صحة", "التمويل مؤمن"] {
            let u = try #require(whole.units.first { $0.text.hasPrefix(answer) })
            #expect(u.label != .unsourced && u.sources.first?.text.contains("سالم العمري") == true, "\(answer)")
        }
        #expect(whole.units.first { $0.text.hasPrefix("لا صحة") }?.label == .denied)
        #expect(whole.units.first { $0.text.hasPrefix("- متى") }?.label == .unsourced)
    }

    static let openerInterview = """
        التقت «اليوم» وزير التجارة سالم العمري، وقال في حوار لـ«اليوم» إن الأسواق مستقرة.
        وتاليا نص الحوار:
        متى تبدأ الخطة؟
        الخطة تبدأ في الربيع المقبل بعد اكتمال الدراسات.
        وماذا عن الأسعار؟
        الأسعار ستبقى مستقرة طوال العام.
        """

    @Test("an interview opened by «وتاليا نص الحوار:» with unmarked questions, audited in chunks of one token (its opener and questions, no claims, released as they are labelled), gives the units and sources of one pass")
    func chunkedOpenerInterviewAlike() throws {
        var chunkedAuditor = try Self.shippedAuditor(1)
        let released = Mutex<Int>(0)
        chunkedAuditor.matchChunkReleased = { _, _ in released.withLock { $0 += 1 } }
        let whole = try Self.shippedAuditor(Int.max).audit(test: Self.openerInterview)
        let chunked = chunkedAuditor.audit(test: Self.openerInterview)
        #expect(released.withLock { $0 } > 3)
        #expect(Self.described(chunked.units) == Self.described(whole.units))
        #expect(chunked.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
    }

    @Test("the labeller's run carries its state from one run of units to the next: one unit at a time gives the judgements and the roster of one pass")
    func runsCarryState() throws {
        let auditor = try auditor(chunkTokens: Int.max)
        let a = ArticleText(text: Normalizer.normalize(Self.article), matcher: auditor.matcher, regexes: auditor.regexes)
        let kinds = auditor.classify(a, headingLines: [])
        let labeller = Labeller(rules: auditor.pack.rules)
        let (whole, roster) = labeller.label(a, kinds: kinds)
        var run = labeller.begin(a, kinds: kinds)
        var none = NoDecisions()
        for i in a.segments.indices { labeller.label(&run, a, units: i..<i + 1, recorder: &none) }
        let (cutJudgements, cutRoster) = labeller.finish(run, a, recorder: &none)
        let cut = cutJudgements.joined()
        #expect(cut.map { $0.map { "\($0)" } } == whole.map { $0.map { "\($0)" } })
        #expect(cutRoster.entries.map { "\($0)" } == roster.entries.map { "\($0)" })
        #expect(whole.compactMap { $0 }.count >= 8)
        // what a continuation inherits is the carried state's: a run started afresh at the وأضاف
        // unit (nothing carried) labels it otherwise
        let added = try #require(a.segments.indices.first { a.text.originalText(a.segments[$0].span).hasPrefix("وأضاف") })
        var fresh = labeller.begin(a, kinds: kinds)
        fresh.next = added
        labeller.label(&fresh, a, units: added..<added + 1, recorder: &none)
        #expect(fresh.out[added].map { "\($0)" } != whole[added].map { "\($0)" })
    }

    /// A judgement told apart by its rule.
    static func judgement(_ n: Int) -> Judgement {
        Judgement(label: .named, sources: [], flags: [], evidence: [], why: Reason(.unsourced), rule: "r\(n)", rosterIndexes: [n], chainLinks: 0)
    }

    @Test("the judgements held in blocks read and write unit by unit as one list; a block handed over holds its units' judgements in order and leaves none behind")
    func judgementBlocks() {
        // 11 units in blocks of 4: 0–3, 4–7, 8–10; every third unit judged
        var js = Judgements(count: 11, blockShift: 2)
        #expect(js.blockCount == 3)
        #expect((0..<3).map { js.units(ofBlock: $0) } == [0..<4, 4..<8, 8..<11])
        var flat = [Judgement?](repeating: nil, count: 11)
        for i in stride(from: 0, to: 11, by: 3) { js[i] = Self.judgement(i); flat[i] = Self.judgement(i) }
        // written in place (what `Rebuttals` does to a claim it denies)
        js[9]!.label = .denied; flat[9]!.label = .denied
        js[9]!.proposals.append(Reason(.unsourced)); flat[9]!.proposals.append(Reason(.unsourced))
        #expect(js.indices == 0..<11)
        #expect(js.indices.map { js[$0].map { "\($0)" } } == flat.map { $0.map { "\($0)" } })
        #expect(js.judgedCount == 4)
        // sparse: a place for each unit judged, none for the others (mem28)
        #expect(js.heldCount == 4)
        // a unit judged out of order (before the last judged of its block) finds its place, and
        // so does one judged again; reading a unit never judged makes no place
        var late = Judgements(count: 8, blockShift: 3)
        late[6] = Self.judgement(6); late[2] = Self.judgement(2); late[4] = Self.judgement(4); late[2]!.label = .denied
        _ = late[5]; _ = late[7]
        #expect(late.heldCount == 3 && late.indices.map { late[$0]?.rule } == [nil, nil, "r2", nil, "r4", nil, "r6", nil])
        #expect(late[2]?.label == .denied)
        let lateBlock = late.take(block: 0)
        #expect(lateBlock.units == [2, 4, 6] && lateBlock.judgements.map { $0?.rule } == ["r2", "r4", "r6"])
        #expect(js.joined().map { $0.map { "\($0)" } } == flat.map { $0.map { "\($0)" } })
        // the middle block handed over: units 4–7, unit 6 judged, and nothing left of them; the
        // other blocks' units still read (reading unit 4–7 now is a precondition failure, not nil)
        #expect(js.liveBlockCount == 3)
        let middle = js.take(block: 1)
        #expect(js.units(ofBlock: 1).map { middle.judgement(ofUnit: $0)?.rule } == [nil, nil, "r6", nil] && middle.units == [6])
        #expect(js.liveBlockCount == 2)
        #expect(js.judgedCount == 3 && js[9]?.label == .denied && js[0]?.rule == "r0" && js[3]?.rule == "r3" && js[8] == nil)
        // the last, short block handed over too: units 8–10
        let last = js.take(block: 2)
        #expect(js.units(ofBlock: 2).map { last.judgement(ofUnit: $0)?.rule } == [nil, "r9", nil] && js.liveBlockCount == 1 && js[0]?.rule == "r0")
        // the size that holds n units in one block (what `Labeller.label(_:kinds:)` begins with,
        // so its `joined()` copies nothing)
        #expect([0, 1, 2, 3, 4, 5, 8, 9, 8_192, 8_193].map { Judgements.oneBlockShift(count: $0) } == [0, 0, 1, 2, 2, 3, 3, 4, 13, 14])
        #expect(Judgements(count: 8_193, blockShift: Judgements.oneBlockShift(count: 8_193)).blockCount == 1)
        // one block (the default size for a short article): the whole list
        var one = Judgements(count: 3)
        one[2] = Self.judgement(2)
        #expect(one.blockCount == 1 && one.joined().map { $0?.rule } == [nil, nil, "r2"])
        #expect(Judgements(count: 0).blockCount == 0)
    }

    @Test("an article whose units are built from judgements in blocks of one and of two units gives the units of one block, a rebuttal denied across blocks included")
    func judgementBlocksAuditAlike() throws {
        let whole = try auditor(chunkTokens: Int.max).audit(test: Self.article)
        for shift in [0, 1] {
            for chunkTokens in [1, Int.max] {
                var inBlocks = try auditor(chunkTokens: chunkTokens)
                inBlocks.judgementBlockShift = shift
                let blocked = inBlocks.audit(test: Self.article)
                #expect(Self.described(blocked.units) == Self.described(whole.units), "blocks of 2^\(shift), chunks of \(chunkTokens) tokens")
                #expect(blocked.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
                #expect(blocked.summary.claims == whole.summary.claims && blocked.summary.score == whole.summary.score)
            }
        }
        #expect(whole.units.filter { $0.label == .denied }.count >= 3)
    }

    /// `article` with a last line: 11 units, in blocks of 4 a short last block of 3.
    static let elevenUnits = article + "\nوقال الوزير إن الوفد سيصل غدا."

    @Test("the auditor hands each block of judgements over as it builds the block's units (none held at the end), in blocks of 4 with a short last block and in the default block, and gives the units of one block")
    func judgementBlocksHandedOver() throws {
        let whole = try auditor(chunkTokens: Int.max).audit(test: Self.elevenUnits)
        try #require(whole.units.count == 11)
        #expect(whole.units.contains { $0.label != nil && $0.text.hasPrefix("وقال الوزير") })
        // (block, blocks still holding judgements) after each block's units are built: a build
        // that read the judgements unit by unit or copied a block, not handing it over, would
        // leave every block held (and its memory with it), the output alike
        for (shift, built) in [(2, [[0, 2], [1, 1], [2, 0]]), (Judgements.defaultBlockShift, [[0, 0]])] {
            for chunkTokens in [1, Int.max] {
                var a = try auditor(chunkTokens: chunkTokens)
                a.judgementBlockShift = shift
                let seen = Mutex<[[Int]]>([])
                a.judgementBlockBuilt = { b, live in seen.withLock { $0.append([b, live]) } }
                let blocked = a.audit(test: Self.elevenUnits)
                #expect(seen.withLock { $0 } == built, "blocks of 2^\(shift), chunks of \(chunkTokens) tokens")
                #expect(Self.described(blocked.units) == Self.described(whole.units), "blocks of 2^\(shift), chunks of \(chunkTokens) tokens")
                #expect(blocked.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
                #expect(blocked.summary.claims == whole.summary.claims && blocked.summary.score == whole.summary.score)
            }
        }
    }
}

/// A long article's chunk, once labelled, keeps only the cue matches the passes after labelling
/// read (`ArticleText.releaseMatches`, issue #26): its claims', and those of its units that are no
/// claim but hold a title or a body's noun (`SourceResolver.nameHolders` / `nameBodies`); a unit
/// that is no claim gets its evidence before.
@Suite("The matches released chunk by chunk")
struct MatchReleaseTests {
    /// `ChunkedLabellingTests.article` with lines that are no claim: page furniture holding its
    /// boilerplate cue (its evidence), and one also naming the club (a body's noun).
    static let article = ChunkedLabellingTests.article + "\nاقرأ أيضا: أسعار الذهب اليوم\nاقرأ أيضا: النادي يفوز بالكأس"

    static let pack = try! TestSupport.pack(["p.yml": StandardsTests.pack, "furniture.yml": """
        rules:
          - id: furniture.more
            kind: boilerplate
            scope: line
            patterns: [اقرأ أيضا]
        """])

    func auditor(chunkTokens: Int) throws -> Auditor {
        var a = try Auditor(pack: Self.pack, policy: FailurePolicy(labels: []))
        a.chunkTokens = chunkTokens
        return a
    }

    @Test("releasing a chunk keeps the named segments' matches as they were, in a list of their number, and marks the others released")
    func releaseKeepsTheNamedSegments() throws {
        let matcher = try auditor(chunkTokens: 1).matcher
        // chunks of about 30 tokens: several sentences each
        let a = ArticleText(text: Normalizer.normalize(Self.article), matcher: matcher, chunkTokens: 30)
        let before = a.matches
        let chunks = a.chunkSegments.count
        try #require(chunks > 1 && a.matches.heldChunkCount == chunks)
        // a chunk of several segments (a line of two sentences) keeping its second only
        let c = try #require(a.chunkSegments.firstIndex { $0.count > 1 && before[$0.lowerBound + 1].count > 0 })
        let segs = a.chunkSegments[c]
        let keep = segs.lowerBound + 1
        var asked: [Int] = []
        var m = a.matches
        m.release(chunk: c, segments: segs) { s, ms in
            asked.append(s)
            #expect(ms.elementsEqual(before[s]))
            return s == keep
        }
        #expect(asked == Array(segs))
        #expect(m.heldChunkCount == chunks - 1)
        #expect(m[keep].elementsEqual(before[keep]) && m.isHeld(keep))
        #expect(segs.filter { $0 != keep }.allSatisfy { !m.isHeld($0) })
        // the chunk's list holds the kept segment's matches only
        #expect(m.chunks[c].count == before[keep].count)
        // every other chunk as it was
        #expect(a.segments.indices.filter { !segs.contains($0) }.allSatisfy { m.isHeld($0) && m[$0].elementsEqual(before[$0]) })
    }

    @Test("the auditor releases each chunk's matches once it is labelled (none held at the end), keeps the claims' and a furniture line's with a body's noun, and gives the units of one pass")
    func chunksReleasedAsLabelled() throws {
        let whole = try auditor(chunkTokens: Int.max).audit(test: Self.article)
        let u = whole.units
        let more = try #require(u.first { $0.text.hasPrefix("اقرأ أيضا: أسعار") })
        #expect(more.label == nil && more.evidence.map(\.rule) == ["furniture.more"])
        // one chunk: nothing released
        var one = try auditor(chunkTokens: Int.max)
        let none = Mutex<[[Int]]>([])
        one.matchChunkReleased = { c, held in none.withLock { $0.append([c, held]) } }
        _ = one.audit(test: Self.article)
        #expect(none.withLock { $0 }.isEmpty)
        // chunks of one token: each released in turn, as it is labelled
        var chunked = try auditor(chunkTokens: 1)
        let seen = Mutex<[[Int]]>([])
        chunked.matchChunkReleased = { c, held in seen.withLock { $0.append([c, held]) } }
        let audit = chunked.audit(test: Self.article)
        let n = ArticleText(text: Normalizer.normalize(Self.article), matcher: chunked.matcher, chunkTokens: 1).chunkSegments.count
        #expect(n > 5 && seen.withLock { $0 } == (0..<n).map { [$0, n - 1 - $0] })
        #expect(ChunkedLabellingTests.described(audit.units) == ChunkedLabellingTests.described(whole.units))
        #expect(audit.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
        #expect(audit.summary.claims == whole.summary.claims && audit.summary.score == whole.summary.score)
        // what the article keeps once every chunk is released
        var a = ArticleText(text: Normalizer.normalize(Self.article), matcher: chunked.matcher, chunkTokens: 1)
        let kinds = chunked.classify(a, headingLines: [])
        for c in a.chunkSegments.indices { a.releaseMatches(ofChunk: c, kinds: kinds, rules: Self.pack.rules) }
        #expect(a.matches.heldChunkCount == 0)
        let club = try #require(a.segments.indices.first { a.text.originalText(a.segments[$0].span).hasPrefix("اقرأ أيضا: النادي") })
        let prices = try #require(a.segments.indices.first { a.text.originalText(a.segments[$0].span).hasPrefix("اقرأ أيضا: أسعار") })
        #expect(!kinds[club].isClaim && a.matches.isHeld(club) && a.matches[club].contains { Self.pack.rules[$0.rule].kind == .organization })
        #expect(!kinds[prices].isClaim && !a.matches.isHeld(prices))
        #expect(a.segments.indices.filter { kinds[$0].isClaim }.allSatisfy { a.matches.isHeld($0) })
        // once the sources' names are read, the furniture line with the body's noun is released
        // too, and only the claims keep their matches, as they were (mem28)
        let claimsBefore = a.segments.indices.filter { kinds[$0].isClaim }.map { Array(a.matches[$0]) }
        a.releaseMatchesOfUnitsNoClaim(kinds: kinds)
        #expect(!a.matches.isHeld(club) && !a.matches.isHeld(prices))
        #expect(a.segments.indices.allSatisfy { a.matches.isHeld($0) == kinds[$0].isClaim })
        let claimsAfter = a.segments.indices.filter { kinds[$0].isClaim }.map { Array(a.matches[$0]) }
        #expect(claimsAfter.count == claimsBefore.count && zip(claimsAfter, claimsBefore).allSatisfy { $0.elementsEqual($1) })
        #expect(a.matches.chunks.reduce(0) { $0 + $1.count } == claimsBefore.reduce(0) { $0 + $1.count })
    }
}
