import Foundation
import PropertyBased
import Testing
@testable import Isnad
import IsnadTestSupport

/// The one-pass reader gives the values of the staged path (decoder, normaliser, tokenizer),
/// and declines what only the staged path reads.
@Suite("one-pass reader")
struct OnePassTests {
    /// The staged path's values for `bytes`, or nil when it gives an error.
    static func staged(_ bytes: [UInt8]) -> (NormalizedText, Tokens)? {
        guard let decoded = try? TextDecoder.decode(bytes, encoding: .auto) else { return nil }
        let normalized = Normalizer.normalize(scalars: decoded.scalars)
        return (normalized, Tokenizer.tokenize(normalized.scalars))
    }

    static func read(_ bytes: [UInt8]) -> OnePassReader.Result? {
        bytes.withUnsafeBufferPointer { OnePassReader.read($0, from: TextDecoder.hasBOM(bytes) ? 3 : 0) }
    }

    /// Records every difference between the one-pass values and the staged ones.
    static func expectSame(_ bytes: [UInt8], _ what: String) {
        guard let one = read(bytes) else { return }
        guard let (normalized, tokens) = staged(bytes) else { Issue.record("\(what): read in one pass, refused by the staged path"); return }
        #expect(one.normalized.original == normalized.original, "\(what): original text")
        #expect(one.normalized.scalars == normalized.scalars, "\(what): folded text")
        #expect(one.normalized.origin == normalized.origin, "\(what): offset map")
        func fields(_ t: Tokens) -> [[Int]] {
            t.indices.map { i in
                let k = t[i]
                return [k.start, k.end, Int(k.first.value), k.afterBreak ? 1 : 0, k.kind == .word ? 1 : 0, t.formRange(i).lowerBound, Int(k.formCount)]
            }
        }
        #expect(fields(one.tokens) == fields(tokens), "\(what): tokens")
        #expect(one.tokens.forms == tokens.forms, "\(what): readings")
    }

    @Test("every gold and hostile article it reads gives the staged path's text, offset map, tokens and readings")
    func fixtures() throws {
        var read = 0
        let hostile = Support.fixtures + "/hostile"
        let paths = TestSupport.goldArticles().map(\.text)
            + (try FileManager.default.contentsOfDirectory(atPath: hostile)).sorted().filter { $0.hasSuffix(".txt") }.map { hostile + "/" + $0 }
        for path in paths {
            let bytes = try InputFiles.read(path)
            if Self.read(bytes) != nil { read += 1 }
            Self.expectSame(bytes, (path as NSString).lastPathComponent)
        }
        #expect(read >= 23)  // every gold article at least
    }

    @Test("generated articles: the same values as the staged path, or declined")
    func generated() async {
        await propertyCheck(count: 300, input: PropertyTests.article) { text in
            Self.expectSame(Array(text.utf8), text)
        }
    }

    /// Pieces of generated articles that the reader reads itself: all but presentation forms
    /// and "&" (HTML references), which it leaves to the staged path.
    static let readable = Gen.element(of: PropertyTests.pieces.filter { piece in
        !piece.unicodeScalars.contains { (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) || $0 == "&" }
    }).array(of: 1...60).map { $0.compactMap { $0 }.joined() }

    @Test("generated articles with nothing it declines: read in one pass, with the staged path's values")
    func generatedAccepted() async {
        await propertyCheck(count: 300, input: Self.readable) { text in
            let bytes = Array(text.utf8)
            #expect(Self.read(bytes) != nil, "declined: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            Self.expectSame(bytes, text)
        }
    }

    @Test("it declines what the staged path reads its own way: bad UTF-8, NUL, verified markers, presentation forms, \"&\", long texts")
    func declines() {
        let plain = Array("قال الوزير إن الاجتماع انتهى.".utf8)
        #expect(Self.read(plain) != nil)
        #expect(Self.read([]) == nil)
        #expect(Self.read(plain + [0xFF]) == nil)  // not UTF-8
        #expect(Self.read(plain + [0xD8]) == nil)  // cut in the middle of a letter
        #expect(Self.read(plain + [0xE0, 0x80, 0x80]) == nil)  // overlong
        #expect(Self.read(plain + [0xED, 0xA0, 0x80]) == nil)  // a surrogate
        #expect(Self.read(plain + [0xF4, 0x90, 0x80, 0x80]) == nil)  // past U+10FFFF
        #expect(Self.read(plain + [0]) == nil)  // binary
        #expect(Self.read(plain + Array(" <!-- verified: x -->".utf8)) == nil)
        #expect(Self.read(plain + Array(" a < b <!- c".utf8)) != nil)  // a "<" alone is text
        #expect(Self.read(Array("ﻻ".utf8)) == nil)
        #expect(Self.read(plain + Array(" &quot;".utf8)) == nil)  // "&" may open an HTML reference
        #expect(Self.read(Array(repeating: 0x61, count: Tokenizer.chunk + 1)) == nil)
        #expect(Self.read(Array(repeating: 0x61, count: Tokenizer.chunk)) != nil)
        // and the auditor then takes the staged path: the same audit either way
        let marked = "قال الوزير إن الاجتماع انتهى. <!-- verified: checked -->\n"
        let a = try! Support.auditor.audit(bytes: Array(marked.utf8), path: "m.txt")
        #expect(a.units.first?.verified == "checked")
    }

    @Test("an article read in one pass audits as the same article given as text")
    func sameAudit() throws {
        for name in ["seed-01", "seed-03", "snn-05"] {
            let bytes = try InputFiles.read(Support.gold + "/\(name).txt")
            #expect(Self.read(bytes) != nil)
            let one = try Support.auditor.audit(bytes: bytes, path: name)
            let staged = Support.auditor.audit(text: String(decoding: bytes, as: UTF8.self), path: name)
            var w1 = JSONWriter(pretty: false), w2 = JSONWriter(pretty: false)
            JSONReporter.write(one, &w1); JSONReporter.write(staged, &w2)
            #expect(w1.out == w2.out, "\(name)")
            // the audit's text is the file's bytes, not a copy (the units' texts are slices of them)
            #expect(one.text.bytes == bytes && one.text.start == 0 && staged.text.string == one.text.string)
        }
    }
}
