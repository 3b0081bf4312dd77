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

    @Test("a dateline with no colon (a name or desk, a dash, a desk or place) before the first sentence of its line is a unit of its own")
    func bareDateline() {
        #expect(texts("عنوان الخبر\nعين اليوم – متابعات نشرت شركة أمس هاتفا جديدا.") ==
                ["عنوان الخبر", "عين اليوم – متابعات", "نشرت شركة أمس هاتفا جديدا."])
        #expect(texts("عنوان الخبر\nفهد العلي -الطائف بعث الأمير برقية تهنئة.") ==
                ["عنوان الخبر", "فهد العلي -الطائف", "بعث الأمير برقية تهنئة."])
        #expect(texts("عنوان الخبر\nسعد الأحمد – مكة المكرمة تلقى المركز بلاغا.") ==
                ["عنوان الخبر", "سعد الأحمد – مكة المكرمة", "تلقى المركز بلاغا."])
        // not the title line, not a dash before any other word, not a second place after a slash
        #expect(texts("طريق العبلة - المدينة يحصد الأرواح") == ["طريق العبلة - المدينة يحصد الأرواح"])
        #expect(texts("عنوان الخبر\nكرمت أسرة المهيدب -في بادرة- الشيخ.") == ["عنوان الخبر", "كرمت أسرة المهيدب -في بادرة- الشيخ."])
        #expect(texts("عنوان الخبر\nعين اليوم – مكة المكرمة / المدينة المنورة") == ["عنوان الخبر", "عين اليوم – مكة المكرمة / المدينة المنورة"])
        // one definite word before places only is a pairing (two clubs, a club and a city), not a
        // byline; before a desk or an agency it is one (review)
        #expect(texts("عنوان الخبر\nالنصر – أبها يلتقيان على ملعب الأول بارك مساء اليوم.") == ["عنوان الخبر", "النصر – أبها يلتقيان على ملعب الأول بارك مساء اليوم."])
        #expect(texts("عنوان الخبر\nالرياض – واس أعلنت الوزارة أمس بدء التسجيل.") == ["عنوان الخبر", "الرياض – واس", "أعلنت الوزارة أمس بدء التسجيل."])
        // a paper's own one-word name, a reporter's family name in ي: bylines
        #expect(texts("عنوان الخبر\nالاقتصادية – الرياض أعلنت الوزارة أمس بدء التسجيل.") == ["عنوان الخبر", "الاقتصادية – الرياض", "أعلنت الوزارة أمس بدء التسجيل."])
        #expect(texts("عنوان الخبر\nالغامدي – جدة أعلنت الوزارة أمس بدء التسجيل.") == ["عنوان الخبر", "الغامدي – جدة", "أعلنت الوزارة أمس بدء التسجيل."])
    }

    @Test("a share bar glued before the first sentence of its line is a unit of its own; alone on its line or inside a sentence it is not cut")
    func shareBar() {
        let bar = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"
        #expect(texts("عنوان الخبر\n\(bar) أظهرت دراسة أن الأسعار ارتفعت. وقال المعهد إن ذلك متوقع.") ==
                ["عنوان الخبر", bar, "أظهرت دراسة أن الأسعار ارتفعت.", "وقال المعهد إن ذلك متوقع."])
        #expect(texts("\(bar)\nقال الوزير إن الوضع جيد.") == [bar, "قال الوزير إن الوضع جيد."])
        #expect(texts("شارك من خلال برامج الحي عدد من الشباب.") == ["شارك من خلال برامج الحي عدد من الشباب."])
        #expect(texts("وقال إن الطلاب \(bar) كل يوم.") == ["وقال إن الطلاب \(bar) كل يوم."])
    }

    @Test("an ellipsis, a decimal point and an initial do not end a unit; closing quotes stay")
    func exceptions() {
        #expect(texts("اقرأ أيضا.. رسائل مسربة") == ["اقرأ أيضا.. رسائل مسربة"])
        #expect(texts("ارتفع 2.5 في المائة.") == ["ارتفع 2.5 في المائة."])
        #expect(texts("ساهمت ميشيل إل. برايس في التقرير.") == ["ساهمت ميشيل إل. برايس في التقرير."])
        #expect(texts("اغتيل جون إف. كينيدي في دالاس.") == ["اغتيل جون إف. كينيدي في دالاس."])
        // initials in brackets or quotation marks, and a chain of them (issue 22)
        #expect(texts("وقالت المواطنة (غ.ع) إن الخدمة سيئة.") == ["وقالت المواطنة (غ.ع) إن الخدمة سيئة."])
        #expect(texts("وقال لوكالة الأنباء الألمانية (د.ب.أ) إن الوفد وصل.") == ["وقال لوكالة الأنباء الألمانية (د.ب.أ) إن الوفد وصل."])
        #expect(texts("ولاحظت وكالة «أ.ف.ب» أن الوفد وصل.") == ["ولاحظت وكالة «أ.ف.ب» أن الوفد وصل."])
        // a two-letter word that is no letter name ends its sentence
        #expect(texts("قال إن اللقاء تم. وارتفعت الأسعار.") == ["قال إن اللقاء تم.", "وارتفعت الأسعار."])
        #expect(texts("وأكد أن القرار يعود له. ولم يعلق الوزير.") == ["وأكد أن القرار يعود له.", "ولم يعلق الوزير."])
        #expect(texts("وقال: \"انتهى الأمر.\" ثم غادر.") == ["وقال: \"انتهى الأمر.\"", "ثم غادر."])
        // a closing quote written as an HTML reference stays too (#22); a malformed one does not
        #expect(texts("وقال: &quot;انتهى الأمر.&quot; ثم غادر.") == ["وقال: &quot;انتهى الأمر.&quot;", "ثم غادر."])
        #expect(texts("وقال: «انتهى الأمر.&#187; ثم غادر.") == ["وقال: «انتهى الأمر.&#187;", "ثم غادر."])
        #expect(texts("وقال: &quot;انتهى الأمر.&quot ثم غادر.") == ["وقال: &quot;انتهى الأمر.", "&quot ثم غادر."])
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

    @Test("dots inside URLs, domains, e-mail addresses and dotted abbreviations do not end a unit")
    func webAndAbbreviations() {
        #expect(texts("وقال الوزير في تغريدة على https://x.com/minister/status/123 إن الأسعار سترتفع.")
                == ["وقال الوزير في تغريدة على https://x.com/minister/status/123 إن الأسعار سترتفع."])
        #expect(texts("وذكر موقع aljazeera.net أن الاجتماع انتهى. ثم غادر.") == ["وذكر موقع aljazeera.net أن الاجتماع انتهى.", "ثم غادر."])
        #expect(texts("نشر على www.spa.gov.sa بيانا.") == ["نشر على www.spa.gov.sa بيانا."])
        #expect(texts("راسلوا press@ministry.gov.sa للاستفسار.") == ["راسلوا press@ministry.gov.sa للاستفسار."])
        // `?` and `.` inside a URL's path and query go on; the full stop after it ends the sentence
        #expect(texts("انظر https://x.example/a.html?id=3&x=1 للتفاصيل. وانتهى.") == ["انظر https://x.example/a.html?id=3&x=1 للتفاصيل.", "وانتهى."])
        #expect(texts("نشرت الخبر على aljazeera.net. وقال الوزير إنه راض.") == ["نشرت الخبر على aljazeera.net.", "وقال الوزير إنه راض."])
        // acronyms of Latin letter names spelt in Arabic, with and without spaces
        #expect(texts("وقال مسؤول في سي. آي. أيه إن التقرير دقيق.") == ["وقال مسؤول في سي. آي. أيه إن التقرير دقيق."])
        #expect(texts("وأفادت شبكة إن.بي.سي بأن الرئيس غادر.") == ["وأفادت شبكة إن.بي.سي بأن الرئيس غادر."])
        // an outlet's name with its domain spelled in Arabic; a dot before a word that is no domain ends
        #expect(texts("وقال الوزير لـ«العربية.نت» إن الاجتماع انتهى.") == ["وقال الوزير لـ«العربية.نت» إن الاجتماع انتهى."])
        #expect(texts("ونشرت سبق.كوم الخبر. وأكدت إيلاف.أورغ ذلك.") == ["ونشرت سبق.كوم الخبر.", "وأكدت إيلاف.أورغ ذلك."])
        #expect(texts("وانتهى الاجتماع.نتائج الاجتماع معلنة.") == ["وانتهى الاجتماع.", "نتائج الاجتماع معلنة."])
        // Latin initials before an Arabic word; before a Latin capital they may end an English sentence
        #expect(texts("وزار الوفد U.S. الأسبوع الماضي.") == ["وزار الوفد U.S. الأسبوع الماضي."])
        #expect(texts("He lives in the U.S. Then he left.") == ["He lives in the U.S.", "Then he left."])
        #expect(texts("وقال Dr. Smith إن الوضع مستقر.") == ["وقال Dr. Smith إن الوضع مستقر."])
        // decimals and digit grouping; an ellipsis inside a quotation
        #expect(texts("ارتفع 3.75 في المائة وبلغ 1.200.000 ريال.") == ["ارتفع 3.75 في المائة وبلغ 1.200.000 ريال."])
        #expect(texts("وقال: «لن نتراجع... وسنمضي قدما» في الخطة. وغادر.") == ["وقال: «لن نتراجع... وسنمضي قدما» في الخطة.", "وغادر."])
        // what still ends a sentence: an Arabic word glued to the next, the last dot of an acronym before a sentence
        #expect(texts("انتهى الأمر.وقال الوزير إنه راض.") == ["انتهى الأمر.", "وقال الوزير إنه راض."])
        #expect(texts("وأفادت شبكة بي.بي.سي. وقال الوزير إنه راض.") == ["وأفادت شبكة بي.بي.سي.", "وقال الوزير إنه راض."])
    }

    @Test("the abbreviation table: letter names with any alef, and no common word that ends sentences")
    func abbreviationTable() {
        #expect(Abbreviations.isLetterName("أيه".unicodeScalars) && Abbreviations.isLetterName("إيه".unicodeScalars) && Abbreviations.isLetterName("آي".unicodeScalars))
        #expect(Abbreviations.isLetterName("دبليو".unicodeScalars))
        #expect(!Abbreviations.isLetterName("كي".unicodeScalars) && !Abbreviations.isLetterName("تم".unicodeScalars))
        #expect(Abbreviations.isLatin("Dr".unicodeScalars) && Abbreviations.isLatin("NO".unicodeScalars) && !Abbreviations.isLatin("Inc".unicodeScalars))
    }

    @Test("web addresses: URLs, www. names and e-mail addresses, less the punctuation around them")
    func webAddresses() {
        func found(_ s: String) -> [String] {
            let sc = Array(s.unicodeScalars)
            return WebAddresses.ranges(in: sc).map { String(String.UnicodeScalarView(sc[$0])) }
        }
        #expect(found("على https://x.com/a?b=1. وقال") == ["https://x.com/a?b=1"])
        #expect(found("(www.spa.gov.sa) و press@x.gov.sa،") == ["www.spa.gov.sa", "press@x.gov.sa"])
        #expect(found("aljazeera.net وقال: الساعة 10:30 @user") == [])
    }
}
