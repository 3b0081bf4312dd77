import PropertyBased
import Testing
@testable import Isnad

/// Invariants of the pipeline on generated articles: pieces of Arabic news text mixed with
/// punctuation of every kind, line endings, marks, bidi and zero-width characters,
/// presentation forms, digits, Latin, emoji and markup.
@Suite("properties")
struct PropertyTests {
    static let pieces: [String] = [
        "قال", "وقال", "الوزير", "إن", "أن", "مصادر", "مطلعة", "وفقًا", "لصنداي", "تايمز", "نفت", "الشركة", "وأضاف",
        "المتحدث", "باسم", "الحكومة", "ارتفعت", "الأسعار", "في", "السوق", "أمس", "رويترز", "عكاظ", "مسؤول", "أمريكي",
        " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{00A0}",
        ".", "،", ":", "؟", "!", "...", "«", "»", "\"", "“", "”", "(", ")", "-", "–",
        "\u{064E}", "\u{0640}", "\u{200D}", "\u{200F}", "\u{202B}", "\u{2066}", "\u{FEFF}", "\u{200B}",
        "ﻻ", "ﺍﻟﻮﺯﻳﺮ", "٣٤", "2015", "ABC", "x.y", "😀", "<b>", "&amp;", "ی", "ک",
    ]
    static let article = Gen.element(of: pieces).array(of: 0...60).map { $0.compactMap { $0 }.joined() }

    @Test("units cover the text exactly once and in order: nothing outside a unit but white space and dropped marks")
    func coverage() async {
        await propertyCheck(count: 150, input: Self.article) { text in
            let scalars = Normalizer.scalars(of: text)
            let audit = Support.audit(text)
            var covered = [Int](repeating: 0, count: scalars.count)
            var last = 0
            for u in audit.units {
                #expect(u.span.start >= last && u.span.end > u.span.start)
                last = u.span.end
                for i in u.span.start..<u.span.end { covered[i] += 1 }
            }
            for (i, c) in scalars.enumerated() where covered[i] == 0 {
                #expect(Tokenizer.isSpace(c) || Normalizer.fold(c) == nil || Normalizer.fold(c) == " ", "scalar U+\(String(c.value, radix: 16)) at \(i) is in no unit")
            }
            #expect(covered.allSatisfy { $0 <= 1 })
        }
    }

    @Test("every reported offset maps back to the same characters of the original text")
    func offsets() async {
        await propertyCheck(count: 150, input: Self.article) { text in
            let scalars = Normalizer.scalars(of: text)
            func original(_ s: TextSpan) -> String { String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
            let audit = Support.audit(text)
            for u in audit.units {
                #expect(original(u.span) == u.text)
                for e in u.evidence { #expect(original(e.span) == e.text) }
                for s in u.sources { #expect(original(s.span) == s.text) }
            }
        }
    }

    @Test("normalising twice equals normalising once")
    func idempotent() async {
        await propertyCheck(count: 200, input: Self.article) { text in
            let once = Normalizer.normalize(text)
            let twice = Normalizer.normalize(scalars: once.scalars)
            #expect(twice.scalars == once.scalars)
            #expect(once.origin.count == once.scalars.count && zip(once.origin, once.origin.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }

    @Test("appending an unrelated paragraph never changes the labels of the claims before it")
    func appendUnrelated() async {
        let unrelated = "\n\nوارتفعت درجات الحرارة في المدينة أمس.\n"
        await propertyCheck(count: 150, input: Self.article) { text in
            let before = Support.audit(text).units
            let after = Support.audit(text + unrelated).units
            #expect(after.count >= before.count)
            for (a, b) in zip(before, after) {
                #expect(a.span == b.span && a.kind == b.kind && a.label == b.label, "unit \(a.index): \(a.kind)/\(a.label?.rawValue ?? "-") became \(b.kind)/\(b.label?.rawValue ?? "-")")
            }
        }
    }
}
