import Foundation
import Testing
@testable import Isnad

@Suite("Normaliser")
struct NormalizerTests {
    func folded(_ s: String) -> String { Normalizer.normalize(s).folded(0, Normalizer.normalize(s).scalars.count) }

    @Test("the one-pass normaliser gives exactly what folding each scalar gives, with the offset of each")
    func tableMatchesFold() {
        // every scalar below U+0800 (the table covers Latin and Arabic), a few above, and presentation forms in between
        var text: [Unicode.Scalar] = (0..<0x800).compactMap { Unicode.Scalar(UInt32($0)) }
        text += ["\u{200F}", "\u{201C}", "\u{FEFF}", "\u{3000}", "\u{1F600}", "\u{FEFB}", "\u{0628}", "\u{FDF2}"]
        let n = Normalizer.normalize(scalars: text)
        var expected: [Unicode.Scalar] = [], origin: [UInt32] = []
        for (i, c) in text.enumerated() {
            if (0xFB50...0xFDFF).contains(c.value) || (0xFE70...0xFEFC).contains(c.value) {
                for part in String(c).decomposedStringWithCompatibilityMapping.unicodeScalars {
                    if let f = Normalizer.fold(part) { expected.append(f); origin.append(UInt32(i)) }
                }
            } else if let f = Normalizer.fold(c) { expected.append(f); origin.append(UInt32(i)) }
        }
        #expect(n.scalars == expected)
        #expect(Array(n.origin) == origin)
    }

    @Test("diacritics, tatweel, alef, yaa and taa marbuta variants fold to one spelling")
    func folding() {
        #expect(folded("وفقًا") == folded("وفقاً"))
        #expect(folded("وفقاً") == "وفقا")
        #expect(folded("لـصنداي") == "لصنداي")
        #expect(folded("أإآا") == "اااا")
        #expect(folded("مصطفى") == "مصطفي")
        #expect(folded("صحيفة") == "صحيفه")
        #expect(folded("ی ک ۀ") == "ي ك ه")
    }

    @Test("bidi and zero-width marks vanish; digits and quotes unify; presentation forms expand")
    func marksDigitsQuotes() {
        #expect(folded("قا\u{200F}ل\u{200B}") == "قال")
        #expect(folded("\u{202B}نفى\u{202C}") == "نفي")
        #expect(folded("٢٠١٥ ۱۴") == "2015 14")
        #expect(folded("«عكاظ» “x”") == "\"عكاظ\" \"x\"")
        #expect(folded("\u{FEFB}") == "لا")
    }

    @Test("every folded offset maps back to the original text, also after an emoji")
    func offsets() {
        let text = "😀 وَقَالَ المُتَحَدِّث"
        let n = Normalizer.normalize(text)
        let f = n.folded(0, n.scalars.count)
        let start = Array(f.unicodeScalars).firstIndex(of: "و")!
        let span = n.originalSpan(start, start + 4)
        #expect(n.originalText(span) == "وَقَالَ")
        #expect(span.start == 2)
    }

    @Test("normalising twice equals normalising once")
    func idempotent() {
        let s = "وَفْقًا لـ«صنداي تايمز»، قال المسؤول ١٢"
        let once = folded(s)
        #expect(folded(once) == once)
    }

    @Test("a well-formed HTML reference reads as its character; the original text and its offsets stay exact")
    func htmlReferences() {
        let text = "وقال &quot;محمد العتيبي&quot; إن &#8220;x&#x201D; &laquo;ب&raquo;"
        let n = Normalizer.normalize(text)
        #expect(n.folded(0, n.scalars.count) == "وقال \"محمد العتيبي\" ان \"x\" \"ب\"")
        #expect(n.originalText(TextSpan(0, n.original.count)) == text)
        let f = Array(n.folded(0, n.scalars.count).unicodeScalars)
        let o = Array(text.unicodeScalars)
        // every folded scalar maps to the scalar it came from, a reference's to its "&"
        for (k, c) in f.enumerated() {
            let i = Int(n.origin[k])
            if c == "\"" { #expect(o[i] == "&") } else { #expect(Normalizer.fold(o[i]) == c) }
        }
        // a span over the quoted name, quotes and all, is the original text exactly
        let open = f.firstIndex(of: "\"")!
        let close = f[(open + 1)...].firstIndex(of: "\"")!
        #expect(n.originalText(n.originalSpan(open, close + 1)) == "&quot;محمد العتيبي&quot;")
        #expect(n.originalText(n.originalSpan(open + 1, close)) == "محمد العتيبي")
        let x = f.firstIndex(of: "x")!
        #expect(n.originalText(n.originalSpan(x - 1, x + 2)) == "&#8220;x&#x201D;")
        // an original offset inside a reference falls on the next folded scalar
        #expect(n.origin.firstFolded(atOrAfter: 6) == open + 1)
    }

    @Test("a malformed or unknown reference stays as it is")
    func malformedReferences() {
        for raw in ["&quot", "&QUOTE;", "&foo;", "&#;", "&#x;", "&#0;", "&#xD800;", "&#12345678;", "& quot;", "&#x1F60", "AT&T", "&", "&amp"] {
            let n = Normalizer.normalize(raw)
            #expect(n.folded(0, n.scalars.count) == Normalizer.folded(raw), "\(raw)")
            #expect(Array(n.origin) == (0..<UInt32(raw.unicodeScalars.count)).map { $0 }, "\(raw)")
        }
        // one level only: "&amp;quot;" is "&quot;" as text
        #expect(folded("&amp;quot;") == "&quot;")
        #expect(folded("&#1604;&#1575;") == "لا")
        #expect(folded("&hellip;&nbsp;&apos;&lt;&gt;") == Normalizer.folded("\u{2026}\u{00A0}'<>"))
    }
}
