import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// What counts as a person's name, and a bare verb continuing a group (names): each test is a
/// made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: names")
struct ShippedNamesTests {
    @Test("علي spelled with ي is the preposition without a name's evidence, the name with it")
    func aliNeedsEvidence() throws {
        let prep = try oneClaim("وأكد المتحدث باسم الشركة علي أهمية الالتزام بالتعليمات.")
        #expect(prep.label == .named)
        #expect(prep.sources.map(\.text) == ["المتحدث باسم الشركة"], "\(prep.sources.map(\.text))")
        for (text, name) in [
            ("وأكد الدكتور علي الزهراني أن العمل مستمر.", "الدكتور علي الزهراني"),
            ("وقال المتحدث باسم الشركة علي بن سالم إن العمل مستمر.", "المتحدث باسم الشركة علي بن سالم"),
            ("وقال مدير الجمعية علي الغامدي إن العمل مستمر.", "مدير الجمعية علي الغامدي"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .named, "\(text): \(c.label)")
            #expect(c.sources.first?.text == name, "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("after a verb that takes على, علي before a verbal noun is the preposition even after a title; a family name keeps the name")
    func aliAfterAlaVerb() throws {
        for (text, source) in [
            ("وأكد الوزير علي أهمية الالتزام بالتعليمات.", "الوزير"),
            ("وشدد الرئيس علي ضرورة الحوار.", "الرئيس"),
            ("وأكد الوزير علي الالتزام بالاتفاق.", "الوزير"),
            ("وأكد الرئيس علي عبدالله صالح أن العمل مستمر.", "الرئيس علي عبدالله صالح"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .named, "\(text): \(c.label)")
            #expect(c.sources.map(\.text) == [source], "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("after a speech verb that takes no على (قال، أوضح), علي before إن / أن / لـ is the name")
    func aliAfterPlainVerb() throws {
        for (text, label, source) in [
            ("قال علي إن الوضع صعب.", Label.named, "علي"),
            ("وأوضح علي أن الوضع صعب.", .named, "علي"),
            ("وقال المواطن علي إن الوضع صعب.", .named, "المواطن علي"),
            ("وقال نجله الأكبر علي إن الأسرة تطالب بالعدالة.", .named, "نجله الأكبر علي"),
            ("وقال علي لوكالة رويترز إن الوضع صعب.", .secondhand, "علي"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == label, "\(text): \(c.label)")
            #expect(c.sources.contains { $0.text == source }, "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("a name shaped like a nisba right after a title with the article is a name; a dual before a day is not")
    func nisbaShapedName() throws {
        let c = try oneClaim("وقال المهندس مدني إن المشروع سينتهي قريبا.")
        #expect(c.label == .named)
        #expect(c.sources.first?.text == "المهندس مدني", "\(c.sources.map(\.text))")
        // (the dual يومي before a day names no one: the title alone, anonymous)
        let dual = try oneClaim("وقال المهندس يومي الأحد والاثنين إن المشروع سينتهي.")
        #expect(dual.label == .anonymous, "\(dual.label) \(dual.sources.map(\.text))")
    }

    @Test("a title and its holder's name are the subject of رفض … ما تردد; one word after a title may be the object")
    func titleNameRejects() throws {
        let c = try oneClaim("ورفض الأمير محمد بن سلمان ما تردد عن الصفقة.")
        #expect(c.label == .denied, "\(c.label)")
        #expect(c.sources.first?.text == "الأمير محمد بن سلمان", "\(c.sources.map(\.text))")
        // (an adverb after the title is no name: جملة وتفصيلا، قطعيا وتماما)
        for text in ["ورفض الوزير جملة وتفصيلا ما تردد عن الصفقة.", "ورفض الوزير قطعيا وتماما ما تردد عن الصفقة."] {
            let d = try oneClaim(text)
            #expect(d.label == .denied, "\(text): \(d.label)")
            #expect(d.sources.map(\.text) == ["الوزير"], "\(text): \(d.sources.map(\.text))")
        }
    }

    @Test("a nationality after a force named by its leader is a place, not a family name")
    func nisbaAfterForce() {
        func letters(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        let places: Set<[Unicode.Scalar]> = [letters("ليبيا")]
        #expect(Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places))
        #expect(!Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, before: [letters("قوات")[...]]))
        #expect(!Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, before: [letters("وميليشيات")[...]]))
        #expect(Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, before: [letters("الفنان")[...]]))
        // (over the leader's given name or title: قوات خليفة حفتر الليبي، قوات المشير حفتر الليبي)
        #expect(!Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, before: [letters("خليفه")[...], letters("قوات")[...]]))
        #expect(!Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, before: [letters("المشير")[...], letters("قوات")[...]]))
    }

    @Test("a singular bare verb after an unnamed plural group goes on from the singular speaker before it")
    func singularAfterGroup() throws {
        let claims = try TestSupport.shippedClaims("""
            وقال المتحدث باسم الجيش أحمد العلي إن القوات تقدمت.
            وقال ناشطون إن القصف استمر طوال الليل.
            وأضاف بصراحة أن الوضع سيئ.
            """)
        try #require(claims.count == 3)
        #expect(claims[1].label == .anonymous)
        #expect(claims[2].label == .named, "\(claims[2].label)")
        #expect(claims[2].sources.first?.text == "المتحدث باسم الجيش أحمد العلي", "\(claims[2].sources.map(\.text))")
        // a plural bare verb agrees with the group; with no singular speaker before the group, the
        // group it is
        for next in ["وأضافوا أن الوضع سيئ.", "وأضاف أن الوضع سيئ."] {
            let alone = try TestSupport.shippedClaims("وقال ناشطون إن القصف استمر طوال الليل.\n" + next)
            try #require(alone.count == 2)
            #expect(alone[1].label == .anonymous, "\(next)")
        }
        let plural = try TestSupport.shippedClaims("""
            وقال المتحدث باسم الجيش أحمد العلي إن القوات تقدمت.
            وقال ناشطون إن القصف استمر طوال الليل.
            وأضافوا أن السكان نزحوا.
            """)
        try #require(plural.count == 3)
        #expect(plural[2].label == .anonymous, "\(plural[2].label)")
        // not back to a woman, an outlet, or a speaker more than two claims before the verb: the
        // group goes on
        for (first, gap) in [("وقالت وزيرة الصحة هند الأحمد إن الوضع مستقر.", ""),
                             ("وقالت وكالة رويترز إن الأمن مستتب.", ""),
                             ("وقال وزير الداخلية محمد الأحمد إن الأمن مستتب.", "وتعرضت المدينة لقصف عنيف.\nوانقطعت الكهرباء عن الأحياء.\n")] {
            let claims = try TestSupport.shippedClaims(first + "\nوقال ناشطون إن القصف استمر طوال الليل.\n" + gap + "وأضاف أن السكان نزحوا.")
            let last = try #require(claims.last)
            #expect(last.label == .anonymous, "\(first) \(gap): \(last.label) \(last.sources.map(\.text))")
        }
    }
}
