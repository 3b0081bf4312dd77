import Foundation
import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadText
import IsnadTestSupport

/// A long article's tokens released chunk by chunk once labelled, but its claims' and its units
/// that hold a title or a body's noun (`Tokens.release(before:keeping:)`, issue #26, mem31): the
/// kept tokens read as they were, and a released one too (its piece of the text tokenized again).
@Suite("The tokens released chunk by chunk")
struct TokenReleaseTests {
    /// What a token is, field by field (`Token` is not `Equatable`).
    static func fields(_ t: Token) -> [Int] {
        [t.start, t.end, t.kind == .word ? 0 : 1, Int(t.first.value), t.afterBreak ? 1 : 0]
    }

    /// A made-up text of some tens of thousands of tokens, in several of the tokenizer's pieces
    /// (`Tokenizer.chunk` scalars), with a word of more than 63 letters now and then (its end
    /// kept aside, `longEnds`), and sentences cut by full stops, colons and line ends (a piece's
    /// first word after a break in the piece before).
    static let text: [Unicode.Scalar] = {
        var s = ""
        for i in 0..<3_000 {
            s += "قال مسؤول في الوزارة إن الاجتماع \(i) سيعقد غدا، وأضاف: الوفد يصل مساء."
            s += i % 5 == 0 ? "\n" : " "
            if i % 37 == 0 { s += String(repeating: "ب", count: 70) + " " }
        }
        return Array(Normalizer.normalize(s).scalars)
    }()

    @Test("released in steps, every token reads as it was (a long one's end included; the released ones tokenized again), and only the released ones are not held")
    func keptTokensReadAsBefore() throws {
        let whole = Tokenizer.tokenize(Self.text, holdingReadings: false)
        try #require(!whole.readingsHeld && whole.count > 40_000 && Self.text.count > 3 * Tokenizer.chunk)
        func same(_ t: Tokens, _ i: Int) -> Bool { Self.fields(t[i]) == Self.fields(whole[i]) && t.letters(i).elementsEqual(whole.letters(i)) }
        var t = whole
        // kept: a run of 7 tokens in every 21, and each step's last token
        var keptAll = Set<Int>()
        var from = 0
        for end in [100, 101, 10_000, 25_000, 25_000, 42_000] {
            var kept: [Range<Int>] = []
            var k = from + 3
            while k + 7 < end - 1 { kept.append(k..<k + 7); k += 21 }
            if end - from > 2 { kept.append(end - 1..<end) }
            for r in kept { keptAll.formUnion(r) }
            t.release(before: end, keeping: kept)
            from = end
            // kept and undecided tokens held, released ones not; every one read as it was
            #expect((0..<whole.count).allSatisfy { t.isHeld($0) == ($0 >= end || keptAll.contains($0)) })
            #expect((0..<whole.count).allSatisfy { same(t, $0) })
        }
        // the whole rest released, nothing kept: only the kept ones before are held
        t.release(before: whole.count, keeping: [])
        #expect((0..<whole.count).filter { t.isHeld($0) } == keptAll.sorted())
        #expect((0..<whole.count).allSatisfy { same(t, $0) })
        // read backward, and by leaps, a piece tokenized again each time
        #expect((0..<whole.count).reversed().allSatisfy { same(t, $0) })
        #expect(stride(from: 0, to: whole.count, by: 997).map { ($0 * 7_919) % whole.count }.allSatisfy { same(t, $0) })
        // a copy taken before a release keeps every token (the release never writes into a list it shares)
        var u = whole
        let copy = u
        u.release(before: 3_000, keeping: [10..<20])
        #expect((0..<whole.count).allSatisfy { copy.isHeld($0) && same(copy, $0) && same(u, $0) })
        #expect(!u.isHeld(9) && u.isHeld(10) && !u.isHeld(20) && u.isHeld(3_000))
    }

    @Test("tokens whose readings are held (an ordinary article's) are not released")
    func readingsHeldNotReleased() {
        var t = Tokenizer.tokenize(Self.text, holdingReadings: true)
        t.release(before: 1_000, keeping: [])
        #expect((0..<t.count).allSatisfy { t.isHeld($0) })
    }

    /// A long made-up article: lines of page furniture (no claim, nothing read after labelling),
    /// and late in it the claims of `ChunkedLabellingTests.article` (a colon quotation, a وأضاف,
    /// a rebuttal, a denial contesting an earlier claim).
    static let article: String = {
        var s = ChunkedLabellingTests.article + "\n"
        for i in 0..<60 {
            s += "اقرأ أيضا: أسعار الذهب اليوم \(i)\n"
            s += "اقرأ أيضا: النتائج الكاملة للجولة \(i + 3)\n"
        }
        return s + ChunkedLabellingTests.article.split(separator: "\n").dropFirst().joined(separator: "\n")
    }()

    @Test("a claim late in a long article audited in chunks of a few tokens (each chunk's unread tokens released) is audited as the whole article in one pass; the article keeps the claims' tokens, and a unit's tokens exactly while it keeps its matches")
    func lateClaimAuditedAlike() throws {
        let whole = try MatchReleaseTests().auditor(chunkTokens: Int.max).audit(test: Self.article)
        for size in [1, 5, 64] {
            let chunked = try MatchReleaseTests().auditor(chunkTokens: size).audit(test: Self.article)
            #expect(ChunkedLabellingTests.described(chunked.units) == ChunkedLabellingTests.described(whole.units))
            #expect(chunked.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
            #expect(chunked.summary.claims == whole.summary.claims && chunked.summary.score == whole.summary.score)
        }
        // the late claims are there: the denial contests the anonymous claim before it
        let denial = try #require(whole.units.first { $0.text.hasPrefix("ونفت وزارة الطاقة") })
        #expect(denial.label == .denied && !denial.contests.isEmpty)
        // what the article's tokens hold once every chunk is released
        let auditor = try MatchReleaseTests().auditor(chunkTokens: 5)
        var a = ArticleText(text: Normalizer.normalize(Self.article), matcher: auditor.matcher, chunkTokens: 5)
        try #require(!a.tokens.readingsHeld && a.chunkSegments.count > 100)
        let kinds = auditor.classify(a, headingLines: [])
        let before = a.tokens
        for c in a.chunkSegments.indices { a.releaseMatches(ofChunk: c, kinds: kinds, rules: MatchReleaseTests.pack.rules) }
        for s in a.segments.indices {
            let held = a.matches.isHeld(s)
            #expect(a.tokenRanges[s].allSatisfy { a.tokens.isHeld($0) == held })
            if held { #expect(a.tokenRanges[s].allSatisfy { Self.fields(a.tokens[$0]) == Self.fields(before[$0]) }) }
        }
        // the claims' tokens held
        #expect(a.segments.indices.filter { kinds[$0].isClaim }.allSatisfy { a.tokenRanges[$0].allSatisfy { a.tokens.isHeld($0) } })
    }
}
