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

    @Test("a name shaped like a nisba right after a title with the article is a name; an adjective is not")
    func nisbaShapedName() throws {
        let c = try oneClaim("وقال المهندس مدني إن المشروع سينتهي قريبا.")
        #expect(c.label == .named)
        #expect(c.sources.first?.text == "المهندس مدني", "\(c.sources.map(\.text))")
        // (an indefinite nisba after an indefinite role is its adjective: no one is named)
        let anon = try oneClaim("وقال مسؤول محلي إن المشروع سينتهي قريبا.")
        #expect(anon.label == .anonymous, "\(anon.label)")
    }

    @Test("an unnamed member of a group is anonymous (dev gold: أحد الاستشاريين)")
    func memberOfGroup() throws {
        for text in ["وقالت إحدى المعلمات إن الطالبات تفوقن.", "وقال أحد المعلمين إن الطلاب تفوقوا."] {
            #expect(try oneClaim(text).label == .anonymous, "\(text)")
        }
    }

    @Test("a title and its holder's name are the subject of رفض … ما تردد; one word after a title may be the object")
    func titleNameRejects() throws {
        let c = try oneClaim("ورفض الأمير محمد بن سلمان ما تردد عن الصفقة.")
        #expect(c.label == .denied, "\(c.label)")
        #expect(c.sources.first?.text == "الأمير محمد بن سلمان", "\(c.sources.map(\.text))")
    }

    @Test("a nationality after a force named by its leader is a place, not a family name")
    func nisbaAfterForce() {
        func letters(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        let places: Set<[Unicode.Scalar]> = [letters("ليبيا")]
        #expect(Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places))
        #expect(!Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, head: letters("قوات")[...]))
        #expect(!Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, head: letters("وميليشيات")[...]))
        #expect(Standards.isNisbaName(letters("الليبي")[...], after: letters("حفتر")[...], places, head: letters("الفنان")[...]))
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
    }
}
