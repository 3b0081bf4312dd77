import Foundation
import Testing
@testable import IsnadRules
@testable import IsnadEngine
import IsnadText
import IsnadTestSupport

/// The matcher runs over a long article in chunks of whole segments (issue #26, item 3): the
/// matches (and word lists) of every segment must be those of one pass over the whole text,
/// whatever the size.
@Suite("The matcher in chunks")
struct ChunkedMatchTests {
    /// Dev gold articles one after another, blank lines between (a long, many-paragraph text
    /// with headlines, datelines, quotations, URLs), and a few lines that test the cuts.
    static func article() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted().prefix(40)
        var parts = try names.map { try String(contentsOfFile: Support.gold + "/" + $0, encoding: .utf8) }
        // a cue at a line's end, a URL holding a cue word, a cue at the very end
        parts.append("وقال المتحدث إن الخبر صحيح\nوأضاف أن الموقع http://example.com/قال.html يعمل. قال")
        return parts.joined(separator: "\n\n")
    }

    /// The shipped unit-test pack, with regular expressions (searched over the whole text, and
    /// merged into each chunk's matches) of which some cross lines.
    static let pack: RulePack = try! TestSupport.pack(Support.yaml.merging(["zz-regex.yml": """
        kind: hedge
        rules:
          - id: hedge.re-words
            regex: ["(?:وقال|وأضاف)\\\\s+\\\\S+"]
          - id: hedge.re-line-end
            regex: ["\\\\S+\\\\s*\\n\\\\S+"]
        """]) { a, _ in a })

    @Test("every chunk size gives every segment the matches of one pass over the whole text")
    func sameMatchesAnyChunkSize() throws {
        let n = Normalizer.normalize(try Self.article())
        let matcher = try CueMatcher(rules: Self.pack.rules)
        let regexes = RegexCues(rules: Self.pack.rules)
        let whole = ArticleText(text: n, matcher: matcher, regexes: regexes, chunkTokens: Int.max)
        #expect(whole.matches.chunks.count == 1)
        let total = whole.matches.reduce(0) { $0 + $1.count }
        #expect(total > 1000)
        #expect(whole.matches.contains { $0.contains { Self.pack.rules[$0.rule].id == "hedge.re-words" } })
        for size in [1, 2, 50, 4096] {
            let chunked = ArticleText(text: n, matcher: matcher, regexes: regexes, chunkTokens: size)
            #expect(chunked.matches.chunks.count > 1, "size \(size)")
            // an article of several chunks holds no readings: the matcher made each chunk's
            #expect(!chunked.tokens.readingsHeld && whole.tokens.readingsHeld)
            #expect(chunked.matches.count == whole.matches.count)
            let differing = whole.matches.indices.first { !chunked.matches[$0].elementsEqual(whole.matches[$0]) }
            #expect(differing == nil, "size \(size): segment \(differing ?? -1) differs")
            #expect(chunked.timedOutRules == whole.timedOutRules)
            // the word lists of an article of several chunks are found when asked for, not held
            #expect(chunked.segmentWords.isEmpty && !whole.segmentWords.isEmpty)
            #expect(whole.segments.indices.allSatisfy { chunked.words(of: $0) == whole.words(of: $0) }, "size \(size)")
        }
    }

    @Test("a chunk is cut only before a word that follows a hard break")
    func cutsOnlyAtHardBreaks() throws {
        // a line end and a full stop are hard breaks: with chunks of one token, every segment
        // starts a chunk
        let n = Normalizer.normalize("قال الوزير إن الخبر صحيح. وأضاف أنه سيعود\nوقال المتحدث: نعم\nقال")
        let a = ArticleText(text: n, matcher: try CueMatcher(rules: Self.pack.rules), chunkTokens: 1)
        #expect(a.segments.count == 4)
        #expect(a.matches.chunks.count == 4)
        for s in a.segments.indices.dropFirst() {
            let first = try #require(a.tokenRanges[s].first { a.tokens[$0].kind == .word })
            #expect(a.tokens[first].afterBreak)
        }
        // a unit with no sentence end, cut at white space into pieces: no piece after the first
        // follows a hard break, so the line stays one chunk
        let long = String(repeating: "قال الوزير ", count: Segmenter.maxUnitScalars / 5)
        let cut = ArticleText(text: Normalizer.normalize(long), matcher: try CueMatcher(rules: Self.pack.rules), chunkTokens: 1)
        #expect(cut.segments.count > 1)
        #expect(cut.matches.chunks.count == 1)
    }
}
