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
}
