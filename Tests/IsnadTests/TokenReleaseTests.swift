import Foundation
import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadText
import IsnadTestSupport

/// A long article's tokens released chunk by chunk once labelled (`Tokens.release(before:keeping:)`,
/// issue #26: mem31 kept its claims' and its units' that hold a title or a body's noun, mem32
/// keeps none): kept tokens read as they were, and released ones too (their piece of the text
/// tokenized again, the last pieces kept).
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

    @Test("tokens released whole are read tokenized again a piece at a time, the last pieces kept: read in order each piece is tokenized once, and a read of an early token between later ones (a claim and the headline) tokenizes no piece again")
    func releasedPiecesKept() throws {
        let whole = Tokenizer.tokenize(Self.text, holdingReadings: false)
        var t = whole
        t.release(before: 20_000, keeping: [])
        t.release(before: whole.count, keeping: [])
        #expect((0..<whole.count).allSatisfy { !t.isHeld($0) })
        #expect(t.piecesTokenizedAgain == 0)
        func same(_ i: Int) -> Bool { Self.fields(t[i]) == Self.fields(whole[i]) && t.letters(i).elementsEqual(whole.letters(i)) }
        #expect((0..<whole.count).allSatisfy(same))
        // the text's pieces (a few, fewer than the pieces kept), each tokenized once
        let pieces = t.piecesTokenizedAgain
        try #require(pieces >= 3)
        // the first token read between each of the others, backward: nothing tokenized again
        #expect((0..<whole.count).reversed().allSatisfy { same(0) && same($0) })
        #expect(t.piecesTokenizedAgain == pieces)
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

    @Test("a claim late in a long article audited in chunks of a few tokens (each chunk's tokens released once matched) is audited as the whole article in one pass; once every chunk is matched the article holds no token, and every one reads as it was")
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
        // every chunk matched, the article holds no token already (mem32: released as each chunk
        // is matched), and each reads as the whole text tokenized at once
        let atOnce = Tokenizer.tokenize(Array(Normalizer.normalize(Self.article).scalars), holdingReadings: false)
        #expect(a.tokens.count == atOnce.count && (0..<atOnce.count).allSatisfy { !a.tokens.isHeld($0) })
        #expect((0..<atOnce.count).allSatisfy { Self.fields(a.tokens[$0]) == Self.fields(atOnce[$0]) && a.tokens.letters($0).elementsEqual(atOnce.letters($0)) })
        let kinds = auditor.classify(a, headingLines: [])
        let before = a.tokens
        for c in a.chunkSegments.indices { a.releaseMatches(ofChunk: c, kinds: kinds, rules: MatchReleaseTests.pack.rules) }
        // no token held (mem32: the claims' no more than the others'), each read as it was
        #expect((0..<before.count).allSatisfy { !a.tokens.isHeld($0) })
        #expect((0..<before.count).allSatisfy { Self.fields(a.tokens[$0]) == Self.fields(before[$0]) && a.tokens.letters($0).elementsEqual(before.letters($0)) })
        // the claims still keep their matches (the passes after labelling read them)
        #expect(a.segments.indices.filter { kinds[$0].isClaim }.allSatisfy { a.matches.isHeld($0) })
    }
}
