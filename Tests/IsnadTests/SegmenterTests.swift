import Testing
@testable import Isnad

@Suite("Segmenter")
struct SegmenterTests {
    func texts(_ s: String) -> [String] {
        let n = Normalizer.normalize(s)
        return Segmenter.segment(n).map { n.originalText($0.span) }
    }

    @Test("sentences end at . ! ؟ ? and line breaks, not at commas")
    func sentences() {
        #expect(texts("قال الوزير، أمس، إن الوضع جيد. وأضاف أنه متفائل! هل انتهى؟ نعم\nسطر جديد") ==
                ["قال الوزير، أمس، إن الوضع جيد.", "وأضاف أنه متفائل!", "هل انتهى؟", "نعم", "سطر جديد"])
    }

    @Test("an ellipsis, a decimal point and an initial do not end a unit; closing quotes stay")
    func exceptions() {
        #expect(texts("اقرأ أيضا.. رسائل مسربة") == ["اقرأ أيضا.. رسائل مسربة"])
        #expect(texts("ارتفع 2.5 في المائة.") == ["ارتفع 2.5 في المائة."])
        #expect(texts("ساهمت ميشيل إل. برايس في التقرير.") == ["ساهمت ميشيل إل. برايس في التقرير."])
        #expect(texts("اغتيل جون إف. كينيدي في دالاس.") == ["اغتيل جون إف. كينيدي في دالاس."])
        // a two-letter word that is no letter name ends its sentence
        #expect(texts("قال إن اللقاء تم. وارتفعت الأسعار.") == ["قال إن اللقاء تم.", "وارتفعت الأسعار."])
        #expect(texts("وأكد أن القرار يعود له. ولم يعلق الوزير.") == ["وأكد أن القرار يعود له.", "ولم يعلق الوزير."])
        #expect(texts("وقال: \"انتهى الأمر.\" ثم غادر.") == ["وقال: \"انتهى الأمر.\"", "ثم غادر."])
    }

    @Test("line and column are 1-based; spans are trimmed")
    func positions() {
        let n = Normalizer.normalize("عنوان\n\n  جملة أولى. جملة ثانية.")
        let s = Segmenter.segment(n)
        #expect(s.count == 3)
        #expect(s[1].line == 3 && s[1].column == 3)
        #expect(s[2].line == 3 && s[2].column == 14)
        #expect(s[0].wholeLine && !s[1].wholeLine)
    }

    @Test("a terminator or line break is found wherever it falls in the scan's blocks of eight scalars")
    func everyOffset() {
        // letters and spaces are skipped eight at a time: a mark at any offset must still end the unit
        for k in 0..<24 {
            let before = String(repeating: "ب", count: k)
            for mark in ["؟", "۔", ".", "!", "\n"] {
                let t = texts(before + "ا" + mark + " كتب الوزير كلمة طويلة جدا هنا")
                #expect(t.count == 2, "offset \(k), mark \(mark.unicodeScalars.first!.value): \(t)")
            }
        }
    }
}
