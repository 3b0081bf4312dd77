import Foundation
import Testing
import IsnadModel
@testable import IsnadEngine
@testable import IsnadText
import IsnadTestSupport

/// A long article of plain UTF-8 is held as its bytes from the start and read by the normaliser
/// and the segmenter a piece of whole lines at a time (`OriginalScalars.forEachLinePiece`,
/// issue #26, mem26): whatever the pieces, the folded text, the map back to the original text,
/// the segments and the audit are those of the whole text read as an array.
@Suite("long articles read in pieces of whole lines")
struct LinePieceTests {
    /// Made-up texts with what a piece's edge could cut: CRLF and CR line ends, blank lines,
    /// HTML references at a line's end and cut by one, presentation forms, diacritics and
    /// tatweel, a base letter with several marks and an emoji sequence of several scalars
    /// (graphemes of many scalars), datelines, initials and addresses, with and without a
    /// final line feed.
    static let texts: [String] = [
        "قال المتحدث «إن الوزارة لم تتلق أي طلب».\nوأضاف: &quot;لا تعليق&quot;\r\nسطر ثالث\rسطر رابع\n",
        "الرياض - واس:\nأكد الوزير د. سالم العمري أن الخطة تمضي.\n\n\nوقال مصدر ﻻ يريد ذكر اسمه إن ﷺ ليس هنا &amp\n&quot;\n&#1575;&#x644;\n",
        "سطر بلا نهاية " + String(repeating: "كَتَبَ ـ ", count: 30) + " 👩‍👩‍👧‍👦 و🇸🇦 نص",
        "\r\n\r\n" + String(repeating: "قال مسؤول: الاجتماع انتهى. www.spa.gov.sa و U.S. أيضا\r\n", count: 5) + "\n",
        "a\u{0301}\u{0308}\nب\u{064E}\u{0651}\u{0640}\n\u{200F}.\u{202C}\n",
        // what the segmenter reads at a line's start, where a piece may start (mends32, review31):
        // a lone tatweel is a dash at the text's start or after a space, not after a line feed or
        // a CR (`tatweelDash`: the first and fourth lines open with a dateline, the third, fifth
        // and last do not); a credit, a dateline with no colon, a share bar, an initial, an
        // ellipsis and a decimal point opening a line; a tatweel alone on its line
        "ـ واشنطن ـ «الشرق الأوسط»: قال الوزير إن المحادثات مستمرة.\nعنوان الخبر\nـ واشنطن الشرق الأوسط: قال الوزير إن المحادثات مستمرة.\n"
            + " ـ جدة ـ عكاظ: أكد مصدر أن القرار نهائي.\rـ الرياض واس: قال المتحدث إن الخطة جاهزة.\n(أ ف ب) - قال مسؤول إن الاجتماع تأجل.\n"
            + "عين اليوم – متابعات نشرت الصحيفة أن الوزير سافر.\nشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك قال الوزير إن الخطة جاهزة.\n"
            + "د. نبيل العربي قال إن الجامعة ستجتمع.\n...وأكد أن الأمر محسوم.\n.5 في المئة قال المصدر.\nـ\nـ واشنطن رويترز: قال مسؤول إن المحادثات مستمرة\n",
    ]

    /// The scalar offsets of `text`'s grapheme boundaries.
    static func graphemeBoundaries(_ text: String) -> Set<Int> {
        var out: Set<Int> = [0], k = 0
        for c in text { k += c.unicodeScalars.count; out.insert(k) }
        return out
    }

    static func utf8Original(_ text: String) throws -> OriginalScalars {
        let bytes = Array(text.utf8)
        return try #require(OriginalScalars(utf8: bytes, start: 0, count: text.unicodeScalars.count))
    }

    @Test("pieces of whole lines: together the text, each but the last at least the minimum and ending with a line feed, never inside a grapheme (CRLF, a letter's marks, an emoji sequence)")
    func piecesAreWholeLines() throws {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let original = try Self.utf8Original(text)
            let boundaries = Self.graphemeBoundaries(text)
            for minimum in [1, 2, 3, 5, 8, 64, 1 << 16] {
                var pieces: [([Unicode.Scalar], Int)] = []
                original.forEachLinePiece(minimum: minimum) { pieces.append(($0, $1)) }
                #expect(pieces.flatMap(\.0) == scalars, "minimum \(minimum)")
                var next = 0
                for (k, (piece, base)) in pieces.enumerated() {
                    #expect(base == next)
                    next += piece.count
                    #expect(boundaries.contains(base + piece.count), "a piece's end at \(base + piece.count) inside a grapheme")
                    guard k < pieces.count - 1 else { continue }
                    #expect(piece.count >= minimum && piece.last == "\n")
                }
                // small pieces cut a text of several lines into several
                if minimum == 1 { #expect(pieces.count == scalars.filter { $0 == "\n" }.count + (scalars.last == "\n" ? 0 : 1)) }
            }
            // the array form is one piece, its own storage
            var arrayPieces = 0
            OriginalScalars(scalars).forEachLinePiece(minimum: 1) { piece, base in
                arrayPieces += 1
                #expect(piece == scalars && base == 0)
            }
            #expect(arrayPieces == 1)
        }
    }

    @Test("the normaliser reading UTF-8 in pieces folds as it folds the array: the same folded text, map and original spans, mapped back exactly")
    func normaliserAlike() throws {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let whole = Normalizer.normalize(scalars: scalars, compactAbove: 0)
            for minimum in [1, 2, 3, 7, 1 << 16] {
                let pieces = Normalizer.normalize(original: try Self.utf8Original(text), compactAbove: 0, pieceScalars: minimum)
                #expect(pieces.original.isUTF8 && whole.compact != nil)
                #expect(pieces.compact == whole.compact, "minimum \(minimum): \(text.prefix(12))")
                #expect(pieces.origin == whole.origin)
                #expect(Array(pieces.original) == scalars)
                for s in 0..<whole.foldedCount {
                    for e in s...min(whole.foldedCount, s + 4) {
                        #expect(pieces.originalSpan(s, e) == whole.originalSpan(s, e))
                    }
                }
            }
            // a text of no more scalars than the limit is folded from its array
            let short = Normalizer.normalize(original: try Self.utf8Original(text), compactAbove: scalars.count)
            #expect(short.compact == nil && short.scalars == Normalizer.normalize(scalars: scalars).scalars)
        }
    }

    @Test("the segmenter reading UTF-8 in pieces gives the segments and line count of the array")
    func segmenterAlike() throws {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let whole = Segmenter.lines(Normalizer.normalize(scalars: scalars))
            #expect(!whole.segments.isEmpty)
            for minimum in [1, 2, 3, 7, 1 << 16] {
                let normalized = Normalizer.normalize(original: try Self.utf8Original(text), compactAbove: 0, pieceScalars: minimum)
                let pieces = Segmenter.lines(normalized, pieceScalars: minimum)
                #expect(pieces.segments == whole.segments, "minimum \(minimum): \(text.prefix(12))")
                #expect(pieces.lineCount == whole.lineCount)
            }
        }
    }

    @Test("a lone tatweel opening a line is a dateline's dash at the text's start or after a space, not after a line feed or a CR, whatever the pieces")
    func tatweelDash() throws {
        let text = Self.texts[5]
        let whole = Segmenter.lines(Normalizer.normalize(scalars: Array(text.unicodeScalars)))
        let opening = Set(whole.segments.filter(\.dateline).map(\.lineIndex))
        #expect(opening.isSuperset(of: [0, 3]) && opening.isDisjoint(with: [2, 4, 12]), "\(opening.sorted())")
        for minimum in [1, 2, 3, 7, 1 << 16] {
            let pieces = Segmenter.lines(Normalizer.normalize(original: try Self.utf8Original(text), compactAbove: 0, pieceScalars: minimum), pieceScalars: minimum)
            #expect(Set(pieces.segments.filter(\.dateline).map(\.lineIndex)) == opening, "minimum \(minimum)")
        }
    }

    @Test("the decoder holds plain UTF-8 of more scalars than the limit as its bytes; invalid UTF-8, a NUL byte or a short text are left to the staged path")
    func utf8Original() throws {
        let text = "قال المتحدث: لا تعليق.\n"
        let bytes = Array(text.utf8), count = text.unicodeScalars.count
        let held = try #require(TextDecoder.utf8Original(bytes, from: 0, moreThan: 1))
        #expect(held.isUTF8 && Array(held) == Array(text.unicodeScalars))
        #expect(TextDecoder.utf8Original(bytes, from: 0, moreThan: count) == nil)
        #expect(TextDecoder.utf8Original(bytes, from: 0, moreThan: count - 1) != nil)
        #expect(TextDecoder.utf8Original(bytes + [0xD9], from: 0, moreThan: 1) == nil)  // cut short
        #expect(TextDecoder.utf8Original([0x61, 0x00] + bytes, from: 0, moreThan: 1) == nil)
        let bom = [0xEF, 0xBB, 0xBF] + bytes
        #expect(TextDecoder.utf8Original(bom, from: 3, moreThan: 1).map { Array($0) } == Array(text.unicodeScalars))
    }

    static let article = """
        الرياض - واس:
        أكد الوزير سالم العمري أن الخطة تمضي كما رسمت.\r
        وقال مصدر أمني إن الحكومة سترفع أسعار الوقود &quot;الشهر المقبل&quot;.
        ونفت وزارة الطاقة أن تكون الحكومة سترفع أسعار الوقود.

        وأضاف ﻻ تعليق لدينا 👩‍👩‍👧‍👦.
        """

    /// The shipped pack's auditor labelling in chunks of `chunkTokens` tokens, failing on nothing.
    static func auditor(_ chunkTokens: Int) throws -> Auditor {
        var a = try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: []))
        a.chunkTokens = chunkTokens
        return a
    }

    @Test("a long article's bytes audited through its UTF-8 (chunks of one and of two tokens) give the units, sources and summary of the staged path and of one pass; a verified marker or invalid UTF-8 still takes the staged path")
    func auditAlike() throws {
        let bytes = Array(Self.article.utf8)
        let whole = try Self.auditor(Int.max).audit(bytes: bytes, path: "a.txt")
        for chunkTokens in [1, 2] {
            let a = try Self.auditor(chunkTokens)
            let long = try a.audit(bytes: bytes, path: "a.txt")
            #expect(a.auditLongUTF8(bytes, path: "a.txt", outlet: nil, profile: nil, applyingPolicy: true) != nil)  // the path taken
            let staged = a.audit(text: Self.article, path: "a.txt")
            for other in [staged, whole] {
                #expect(ChunkedLabellingTests.described(long.units) == ChunkedLabellingTests.described(other.units))
                #expect(long.units.map(\.text) == other.units.map(\.text))
                #expect(long.sources.map { "\($0)" } == other.sources.map { "\($0)" })
                #expect("\(long.summary)" == "\(other.summary)")
            }
            #expect(long.encoding == .utf8)
        }
        // not taken: a comment that may be a verified marker, bytes that are not UTF-8
        let a = try Self.auditor(1)
        #expect(a.auditLongUTF8(Array(("<!-- verified -->\n" + Self.article).utf8), path: "a.txt", outlet: nil, profile: nil, applyingPolicy: true) == nil)
        #expect(a.auditLongUTF8(bytes + [0xFF], path: "a.txt", outlet: nil, profile: nil, applyingPolicy: true) == nil)
    }

    @Test("a long article's bytes audited through its UTF-8 in pieces of a few scalars (every line a piece's first) give the units, sources and summary of the whole text: the datelines and credits at a piece's start too")
    func auditAcrossPieces() throws {
        for text in [Self.article + "\n" + Self.texts[5], Self.texts[1] + Self.texts[5]] {
            let bytes = Array(text.utf8)
            let whole = try Self.auditor(Int.max).audit(bytes: bytes, path: "a.txt")
            let a = try Self.auditor(1)
            for pieceScalars in [1, 5, 64, 1 << 16] {
                let long = try #require(a.auditLongUTF8(bytes, path: "a.txt", outlet: nil, profile: nil, applyingPolicy: true, pieceScalars: pieceScalars))
                #expect(ChunkedLabellingTests.described(long.units) == ChunkedLabellingTests.described(whole.units), "pieces of \(pieceScalars)")
                #expect(long.units.map(\.text) == whole.units.map(\.text))
                #expect(long.sources.map { "\($0)" } == whole.sources.map { "\($0)" })
                #expect("\(long.summary)" == "\(whole.summary)")
            }
        }
    }
}
