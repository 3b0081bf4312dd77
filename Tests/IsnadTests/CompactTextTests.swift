import Foundation
import IsnadModel
import Testing
@testable import IsnadEngine
@testable import IsnadReport
@testable import IsnadText

/// Issue #26: a long article's folded text held at a byte a scalar once the matcher has run
/// (`CompactScalars`), and the presentation forms written into the folded text in place — the
/// same scalars, letters, readings and audit as before.
@Suite("The folded text held compact")
struct CompactTextTests {
    /// Arabic, Latin, digits, the ends of the Basic Multilingual Plane and scalars above it.
    static let mixed: [Unicode.Scalar] = Array("قال 😀 المتحدث x9 \u{FFFF}\u{E000}\u{10FFFF}ب\u{10000}".unicodeScalars)

    @Test("every scalar, slice and the whole text read back from a byte a scalar, those above U+FFFF too")
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

    @Test("a byte a scalar: ASCII and U+0600–U+067E as their byte, every other scalar kept aside and read back in place, in any range")
    func byteClasses() {
        // each edge of the byte's two ranges, scalars just outside them (U+0080, U+05FF, U+067F,
        // « », U+06CC, U+FFFF) and above U+FFFF, alone, in runs and between Arabic letters
        let edges: [Unicode.Scalar] = ["\u{0}", "\u{7F}", "\u{80}", "\u{5FF}", "\u{600}", "\u{67E}", "\u{67F}", "\u{AB}", "\u{BB}", "\u{6CC}", "\u{FFFF}", "\u{10000}"]
        let text: [Unicode.Scalar] = edges + Array("قال«المتحدث»".unicodeScalars) + edges.reversed() + ["\u{67F}", "\u{67F}", "ب", "\u{AB}"]
        let c = CompactScalars(text)
        #expect(c.count == text.count && c.array == text)
        // the scalars kept aside: exactly those outside the two ranges
        let aside = text.filter { !($0.value < 0x80 || (0x600...0x67E).contains($0.value)) }
        #expect(c.otherScalars == aside && c.otherPositions.count == aside.count && c.bytes.count == text.count)
        for a in 0...text.count {
            for b in a...text.count {
                #expect(Array(c.slice(a..<b)) == Array(text[a..<b]), "\(a)..<\(b)")
                let read: [Unicode.Scalar] = c.withScalars(a..<b) { buffer in (a..<b).map { buffer[$0] } }
                #expect(read == Array(text[a..<b]), "withScalars \(a)..<\(b)")
            }
        }
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

    /// Texts of presentation forms that grow and shrink the folded text, HTML references, marks
    /// dropped, scalars above U+FFFF, web addresses: the long article's folded compact from the start.
    static let foldingTexts: [String] = [
        "", "😀", "قَالَ \u{FEFB} ثم \u{FDFA} و&quot;المتحدث&quot; 😀 www.spa.gov.sa \u{10FFFF}",
        "\u{FEFB}\u{FEFB}\u{FDFA}", "بَِّ\u{FEFB} &#8220;عكاظ&#8221; 𝐀 ﻷ ﷲ https://x.com/a ـ\u{200F}",
        "َُِّ\u{FEFB}😀\u{FDFA}ب", StorageTests.readingSentence + " news@spa.gov.sa \u{FDFA}",
        // forms whose parts are kept aside (U+0686, U+06AF, U+06CC), between scalars kept aside
        // and forms that grow the text: the positions of those kept aside move with the parts
        "«\u{FB7A}» \u{FB92}😀\u{FDFA}«\u{FEFB}» ژ \u{FBFC}\u{FDFA}\u{FB7A}“ن”",
    ]

    @Test("a long text folded compact from the start has the folded scalars, the map and the web addresses of the array; a short one is an array")
    func foldedCompactFromTheStart() {
        for text in Self.foldingTexts {
            let original = Array(text.unicodeScalars)
            let array = Normalizer.normalize(scalars: original)
            for limit in Set([0, 1, original.count - 1, original.count, original.count + 5].filter { $0 >= 0 }) {
                let c = Normalizer.normalize(scalars: original, compactAbove: limit)
                #expect((c.compact != nil) == (original.count > limit), "\(text) limit \(limit)")
                #expect(c.foldedCount == array.scalars.count)
                #expect(array.scalars.indices.allSatisfy { c.foldedScalar($0) == array.scalars[$0] }, "\(text) limit \(limit)")
                #expect(c.origin == array.origin)
                #expect(c.folded(0, c.foldedCount) == array.folded(0, array.scalars.count))
                #expect(c.originalSpan(0, c.foldedCount) == array.originalSpan(0, array.scalars.count))
                if let compact = c.compact {
                    #expect(WebAddresses.ranges(in: compact) == WebAddresses.ranges(in: array.scalars))
                    // written a byte each by the normaliser's pass: the bytes and the scalars kept
                    // aside, by position, of the array's compacted
                    #expect(compact == CompactScalars(array.scalars), "\(text) limit \(limit)")
                }
                var back = c
                back.holdArray()
                #expect(back.compact == nil && back.scalars == array.scalars)
            }
        }
        #expect(!WebAddresses.ranges(in: Normalizer.normalize(scalars: Array(Self.foldingTexts[2].unicodeScalars), compactAbove: 0).compact!).isEmpty)
    }

    @Test("tokens made from the compact text, a piece decoded at a time, are those of the array field for field; the matcher's views read the same readings and letters")
    func tokenizedCompact() {
        for text in StorageTests.readingTexts(from: 0) + Self.foldingTexts {
            let letters = Normalizer.foldedScalars(text)
            let compactText = CompactScalars(letters)
            for chunk in [1, 7, 64, Tokenizer.chunk] {
                let array = Tokenizer.tokenizeWithoutReadings(letters, chunk: chunk)
                let compact = Tokenizer.tokenizeWithoutReadings(compactText, chunk: chunk)
                #expect(compact.compact == compactText && !compact.readingsHeld && compact.count == array.count, "chunk \(chunk)")
                guard compact.count == array.count else { continue }
                let differing = StorageTests.firstDifferingToken(array, compact)
                #expect(differing == nil, "chunk \(chunk): token \(differing ?? -1)")
            }
            #expect(Tokenizer.tokenizeWithoutReadings(compactText).count == Tokenizer.tokenize(letters).count)
            // the matcher's views of a range: the same readings, and each reading's letters read
            // from the scalars' view at their own offsets
            let array = Tokenizer.tokenize(letters, holdingReadings: false)
            let compact = Tokenizer.tokenizeWithoutReadings(compactText, chunk: 64)
            let n = array.count
            let bounds = [(0, n), (n / 3, n), (n / 3 + 1, n - n / 5), (n / 2, n / 2 + 1), (n, n)]
            for range in bounds.filter({ $0.0 <= $0.1 && $0.1 <= n }).map({ $0.0..<$0.1 }) {
                func read(_ t: Tokens) -> [[TokenForm]] {
                    t.withViews(readingsOf: range) { toks, readings, _ in range.map { Array(readings[$0, toks[$0]]) } }
                }
                func lettersRead(_ t: Tokens) -> [[Unicode.Scalar]] {
                    t.withViews(readingsOf: range) { toks, readings, scalars in
                        range.flatMap { i in readings[i, toks[i]].map { f in (f.start..<f.end).map { scalars[$0] } } }
                    }
                }
                #expect(read(compact) == read(array), "tokens \(range)")
                #expect(lettersRead(compact) == lettersRead(array), "tokens \(range)")
            }
        }
    }

    @Test("an article folded compact is audited as one folded at 4 bytes: a long one, one whose folded text is no longer than the limit (read as an array), and one whose folded text grew past it")
    func auditedCompact() {
        func json(_ a: ArticleAudit) -> [UInt8] {
            var w = JSONWriter(pretty: false, open: [])
            JSONReporter.write(a, &w)
            return w.out
        }
        // folded longer than the original (ﷺ), and shorter (marks, HTML references)
        let grows = String(repeating: "قال مسؤول أمريكي إن اللقاء تم 😀 \u{FDFA} ما نشر.\n", count: 6)
        let shrinks = String(repeating: "قَالَ مَسْؤُولٌ أَمْرِيكِيٌّ إِنَّ &quot;اللِّقَاءَ&quot; تَمَّ 😀 مَا نُشِرَ.\n", count: 6)
        for text in [grows, shrinks] {
            let count = text.unicodeScalars.count, folded = Normalizer.normalize(text).scalars.count
            #expect(count != folded)
            let whole = json(Support.auditor.audit(text: text, path: "a.txt"))
            #expect(whole.count > 500)
            for limit in [1, 40, min(count, folded), max(count, folded) - 1, max(count, folded)] {
                var auditor = Support.auditor
                auditor.chunkTokens = limit
                #expect(json(auditor.audit(text: text, path: "a.txt")) == whole, "limit \(limit)")
            }
        }
    }
}
