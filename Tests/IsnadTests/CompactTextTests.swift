import Foundation
import IsnadModel
import Testing
@testable import IsnadEngine
@testable import IsnadReport
@testable import IsnadText

/// Issue #26: a long article's folded text held at 2 bytes a scalar once the matcher has run
/// (`CompactScalars`), and the presentation forms written into the folded text in place — the
/// same scalars, letters, readings and audit as before.
@Suite("The folded text held compact")
struct CompactTextTests {
    /// Arabic, Latin, digits, the ends of the Basic Multilingual Plane and scalars above it.
    static let mixed: [Unicode.Scalar] = Array("قال 😀 المتحدث x9 \u{FFFF}\u{E000}\u{10FFFF}ب\u{10000}".unicodeScalars)

    @Test("every scalar, slice and the whole text read back from 2 bytes a scalar, those above U+FFFF too")
    func compactReadsBack() {
        for text in [Self.mixed, [], Array("😀".unicodeScalars), Array("وقال".unicodeScalars)] {
            let c = CompactScalars(text)
            #expect(c.count == text.count)
            #expect(text.indices.allSatisfy { c[$0] == text[$0] })
            #expect(c.array == text)
            for a in 0...text.count {
                for b in a...text.count { #expect(Array(c.slice(a..<b)) == Array(text[a..<b]), "\(a)..<\(b)") }
            }
        }
        #expect(CompactScalars(Self.mixed) == CompactScalars(Self.mixed) && CompactScalars(Self.mixed) != CompactScalars(Array(Self.mixed.dropLast())))
    }

    @Test("tokens held compact give every word's letters, readings and text as the array did")
    func tokensHeldCompact() {
        let texts = StorageTests.readingTexts(from: 0) + ["😀 وبالمدينة \u{10000}للوزير ﷺ، قال"]
        for text in texts {
            let letters = Normalizer.foldedScalars(text)
            let held = Tokenizer.tokenize(letters)
            var compact = Tokenizer.tokenize(letters, holdingReadings: false)
            compact.holdCompact(CompactScalars(letters))
            #expect(compact.compact != nil && held.compact == nil)
            for i in held.indices {
                #expect(Array(compact.letters(i)) == Array(held.letters(i)), "token \(i)")
                #expect(compact.text(i) == held.text(i))
                #expect(Array(compact.forms(i)) == Array(held.forms(i)), "token \(i)")
                for f in held.forms(i) {
                    #expect(compact.text(f) == held.text(f))
                    #expect(Array(compact.letters(f)) == Array(held.letters(f)))
                }
            }
        }
    }

    @Test("a text held compact reads every folded scalar and range as before")
    func textHeldCompact() {
        let n = Normalizer.normalize("😀 وَقَالَ المُتَحَدِّث ﷺ لـ«عكاظ» \u{10FFFF}")
        var c = n
        c.holdCompact(CompactScalars(n.scalars))
        #expect(c.compact != nil && n.compact == nil)
        #expect(c.foldedCount == n.scalars.count && n.foldedCount == n.scalars.count)
        #expect(n.scalars.indices.allSatisfy { c.foldedScalar($0) == n.scalars[$0] && n.foldedScalar($0) == n.scalars[$0] })
        for a in 0...n.scalars.count {
            for b in a...n.scalars.count { #expect(c.folded(a, b) == n.folded(a, b)) }
        }
    }

    @Test("a long article's text and tokens are held compact once matched, an ordinary one's not; its audit is the same")
    func longArticleCompact() throws {
        let matcher = try CueMatcher(rules: [])
        let sentence = StorageTests.readingSentence
        var short = ArticleText(text: Normalizer.normalize(sentence), matcher: matcher)
        var long = ArticleText(text: Normalizer.normalize(sentence), matcher: matcher, chunkTokens: 4)
        short.holdFoldedTextCompact(); long.holdFoldedTextCompact()
        #expect(short.text.compact == nil && short.tokens.compact == nil)
        #expect(long.text.compact != nil && long.tokens.compact != nil)
        #expect(short.tokens.indices.allSatisfy { Array(short.tokens.letters($0)) == Array(long.tokens.letters($0)) })
        // the audit of an article of many units, whole and as a long article (every later stage
        // reading the compact text), written as JSON
        let text = (0..<40).map { k in
            ["قال مسؤول أمريكي رقم \(k) إن اللقاء تم 😀.", "وأضاف الوزير خالد الفالح أن «الإنتاج سيرتفع».",
             "ونفت الوزارة ما نشر عن الصفقة.", "وارتفعت الأسعار ﷺ."][k % 4]
        }.joined(separator: "\n")
        var longAuditor = Support.auditor
        longAuditor.chunkTokens = 4
        func json(_ a: ArticleAudit) -> [UInt8] {
            var w = JSONWriter(pretty: false, open: [])
            JSONReporter.write(a, &w)
            return w.out
        }
        let whole = json(Support.auditor.audit(text: text, path: "a.txt")), chunked = json(longAuditor.audit(text: text, path: "a.txt"))
        #expect(whole.count > 1000)
        #expect(whole == chunked)
    }

    @Test("presentation forms are written into the folded text in place, growing or shrinking it, or into a new array when it has no room or both")
    func replaceInPlace() {
        func reference(_ text: [Unicode.Scalar], _ at: [Int], _ parts: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = []
            var r = 0
            for (j, k) in at.enumerated() { out += text[r..<k]; out += parts[j]; r = k + 1 }
            return out + text[r...]
        }
        let base: [Unicode.Scalar] = Array("abcdefghij".unicodeScalars)
        let cases: [([Int], [[Unicode.Scalar]])] = [
            ([0, 4, 9], [["x", "y"], ["z", "z", "z"], ["w", "v"]]),  // grows
            ([0, 4, 9], [[], ["z"], []]),  // shrinks
            ([2], [["x"]]),  // same length
            ([1, 6], [["x", "y", "z"], []]),  // grows, then less
            ([1, 6], [[], ["x", "y", "z"]]),  // shrinks first, then grows: a new array
        ]
        for (at, parts) in cases {
            for room in [0, 2, 10] {
                var text = base
                text.reserveCapacity(base.count + room)
                Normalizer.replace(&text, at: at, with: parts)
                #expect(text == reference(base, at, parts), "\(at) \(parts) room \(room)")
            }
        }
        // through the normaliser: a presentation form after dropped marks (room) and in a text of
        // nothing else (none)
        func folded(_ s: String) -> String { let n = Normalizer.normalize(s); return n.folded(0, n.scalars.count) }
        #expect(folded("بَِّ\u{FEFB}") == "بلا")
        #expect(folded("\u{FEFB}\u{FEFB}\u{FDFA}") == folded("لالا") + folded("صلى الله عليه وسلم"))
        let n = Normalizer.normalize("قَالَ \u{FEFB} ثم \u{FDFA}")
        #expect(n.scalars.count == n.origin.count)
        #expect(n.originalText(n.originalSpan(0, n.scalars.count)) == "قَالَ \u{FEFB} ثم \u{FDFA}")
    }
}
