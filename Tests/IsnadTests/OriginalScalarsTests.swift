import Foundation
import Testing
import IsnadModel
@testable import IsnadEngine
@testable import IsnadText
import IsnadTestSupport

/// `OriginalScalars` reads the same scalars from its UTF-8 form as from its array form, at
/// every offset (on both sides of each kept offset), in slices and as quotation state; and a
/// long article audited in chunks, which holds its original text as UTF-8, gives what one
/// chunk gives.
@Suite("original text as UTF-8")
struct OriginalScalarsTests {
    /// Texts of one-, two-, three- and four-byte scalars in runs that cross the marks kept every
    /// `OriginalScalars.stride` (64) scalars.
    static let texts: [String] = [
        "",
        "a",
        "قال المتحدث «إن الوزارة لم تتلق أي طلب» مضيفا: \"لا تعليق\".\r\nسطر ثان 😀 ﷺ ـ نص",
        String(repeating: "ab😀ق€", count: 41),
        String(repeating: "🙂", count: 33) + String(repeating: "ت", count: 17) + "x",
        String(repeating: "🙂", count: 70) + String(repeating: "ت", count: 61) + "€x" + String(repeating: "a", count: 63),
        "\u{FEFF}بداية" + String(repeating: " \u{064B}\u{0640}", count: 20),
    ]

    @Test func readsTheScalarsOfTheArray() throws {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let array = OriginalScalars(scalars)
            let utf8 = try #require(OriginalScalars(utf8: Array(text.utf8), start: 0, count: scalars.count))
            #expect(!array.isUTF8)
            #expect(utf8.isUTF8 == !scalars.isEmpty)
            #expect(utf8.count == scalars.count)
            #expect(Array(utf8) == scalars, "\(text.prefix(20))")
            #expect(utf8 == array)
            for i in scalars.indices { #expect(utf8[i] == scalars[i], "scalar \(i)") }
            #expect(utf8.array == scalars)
            // one kept offset every 64 scalars (a long article's 2.2 bytes a scalar of UTF-8 carry
            // 0.06 bytes of offsets a scalar, not 0.25: mem20)
            #expect(OriginalScalars.stride == 64)
            #expect(utf8.marks.count == (scalars.count + 63) / 64)
            // slices at every start and a few lengths, against the array's
            for a in scalars.indices {
                for len in [0, 1, 15, 16, 17, 40, 63, 64, 65, 130] where a + len <= scalars.count {
                    #expect(Array(utf8.arraySlice(a..<(a + len))) == Array(scalars[a..<(a + len)]), "slice \(a) +\(len)")
                    #expect(Array(array.arraySlice(a..<(a + len))) == Array(scalars[a..<(a + len)]))
                }
            }
        }
    }

    @Test func startsAfterAByteOrderMark() throws {
        let text = "نص بعد علامة الترتيب ✓ 😀"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let utf8 = try #require(OriginalScalars(utf8: bytes, start: 3, count: text.unicodeScalars.count))
        #expect(Array(utf8) == Array(text.unicodeScalars))
    }

    @Test func refusesBytesOfAnotherCount() {
        let text = "قال 😀"
        #expect(OriginalScalars(utf8: Array(text.utf8), start: 0, count: text.unicodeScalars.count + 1) == nil)
        #expect(OriginalScalars(utf8: Array(text.utf8), start: 0, count: text.unicodeScalars.count - 1) == nil)
        #expect(OriginalScalars(utf8: Array(text.utf8), start: Array(text.utf8).count + 1, count: 0) == nil)
    }

    @Test func normalizedTextReadsTheSameFromUTF8() {
        for text in Self.texts where !text.isEmpty {
            let before = Normalizer.normalize(text)
            var after = before
            let held = after.holdOriginal(asUTF8: Array(text.utf8), start: 0)
            #expect(held)
            #expect(after.original.isUTF8)
            let again = after.holdOriginal(asUTF8: Array(text.utf8), start: 0)
            #expect(!again, "held as UTF-8 once")
            #expect(after.original == before.original)
            let n = before.original.count
            for a in stride(from: 0, to: n, by: 7) {
                for e in [a, a + 1, a + 9, n] where e <= n {
                    let span = TextSpan(a, e)
                    #expect(after.originalText(span) == before.originalText(span))
                    #expect(Array(after.originalScalars(span)) == Array(before.originalScalars(span)))
                    for depth in 0...1 {
                        let q0 = QuotationMarks.state(of: before.original, from: a, to: e, startDepth: depth)
                        let q1 = QuotationMarks.state(of: after.original, from: a, to: e, startDepth: depth)
                        #expect(q0 == q1, "quotation state of \(a)..<\(e)")
                    }
                }
            }
            for f in stride(from: 0, to: before.scalars.count, by: 5) {
                #expect(after.originalSpan(f, min(before.scalars.count, f + 6)) == before.originalSpan(f, min(before.scalars.count, f + 6)))
            }
        }
    }

    /// An article audited in chunks of 1 token, with its UTF-8 (so its original text is held as
    /// UTF-8 from segmenting on), gives the units of one chunk without it.
    @Test func chunkedArticleHoldingUTF8AuditsAlike() throws {
        let text = try ChunkedMatchTests.article()
        let normalized = Normalizer.normalize(text)
        let utf8 = ArticleUTF8(bytes: Array(text.utf8), start: 0, scalarCount: normalized.original.count)
        let matcher = Support.auditor.matcher
        let whole = ArticleText(text: normalized, matcher: matcher, chunkTokens: Int.max, utf8: utf8)
        let chunked = ArticleText(text: normalized, matcher: matcher, chunkTokens: 1, utf8: utf8)
        #expect(!whole.text.original.isUTF8)
        #expect(chunked.text.original.isUTF8)
        #expect(chunked.text.original == whole.text.original)
        #expect(chunked.segments.map(\.span) == whole.segments.map(\.span))
        let labeller = Labeller(rules: Support.auditor.pack.rules)
        let kinds = Support.auditor.classify(whole, headingLines: [])
        #expect(Support.auditor.classify(chunked, headingLines: []) == kinds)
        let a = labeller.label(whole, kinds: kinds).0.map { $0.map { "\($0)" } }
        let b = labeller.label(chunked, kinds: kinds).0.map { $0.map { "\($0)" } }
        #expect(a == b)
        #expect(a.contains { $0 != nil })
    }
}
