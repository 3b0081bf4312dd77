import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// Unnamed groups and speakers the earlier rounds noticed and left (issue 22, backlog8): each
/// test is a made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: unnamed groups and speakers (issue 22, backlog8)")
struct ShippedBacklog8Tests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("a number or a percentage of a group before its verb is part of an unnamed group")
    func percentageBeforeVerb() throws {
        for (text, name) in [
            ("و54% من المشاركين قالوا إن الخدمة سيئة.", "54% من المشاركين"),
            ("و48 في المائة من السكان يرون أن الخدمة سيئة.", "48 في المائة من السكان"),
            ("فنحو 60% من الأميركيين يرون أن الحكومة تتدخل كثيرا.", "نحو 60% من الأميركيين"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text)")
            #expect(c.sources.first?.text == name, "\(text)")
        }
        // things agree in the feminine singular, people in the plural: laws are no group (review)
        let laws = try oneClaim("و40 من القوانين تنص على أن العقوبة مشددة.")
        #expect(laws.label != .anonymous, "\(laws.sources.map(\.text))")
        // inside a poll's finding the figures are the poll's, no speaker of their own
        let c = try oneClaim("وأظهر الاستطلاع أن 60% من المشاركين يرون أن الخدمة سيئة.")
        #expect(c.label == .named)
        #expect(c.sources.allSatisfy { $0.kind != .anonymous })
    }

    @Test("a plural relative takes up the unnamed group before it as its verb's subject")
    func relativeClauseOfGroup() throws {
        for (text, name) in [
            ("والتقى الأمير عددا من المواطنين الذين أكدوا أن الخدمات تحسنت.", "عددا من المواطنين"),
            ("وأثار المقطع غضب رواد شبكات التواصل الذين طالبوا بمحاسبة المتسببين.", "رواد شبكات التواصل"),
            ("واستمع الوزير إلى عدد من الأطباء العاملين في المستشفى الذين أكدوا أنهم فخورون بعملهم.", "عدد من الأطباء العاملين في المستشفى"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text)")
            #expect(c.sources.first?.text == name, "\(text): \(c.sources.map(\.text))")
        }
        // inside a named speaker's words the group is the content, not a further source
        let c = try oneClaim("وقال الوزير إن المواطنين الذين أكدوا ذلك سيكافأون.")
        #expect(c.label == .named)
    }

    @Test("the plural past of اعتبر before its object is a view, with no أن")
    func consideredWithoutComplement() throws {
        for text in ["وتظاهر العمال أمام المصنع واعتبروا القرار ظلما لهم.", "وتجمع عشرات المحتجين أمام الوزارة، واعتبروا ذلك تراجعا عن الإصلاح."] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text)")
        }
        // the passive, spelt alike, before an indefinite predicate is no view
        let p = try oneClaim("وقتل ثلاثة جنود اعتبروا شهداء الواجب.")
        #expect(p.label == .unsourced)
    }

    @Test("a و glued on a group's word is the conjunction, not part of the source")
    func gluedConjunctionOnGroup() throws {
        for (text, name) in [
            ("وسكان الحي قالوا إن المياه مقطوعة منذ أيام.", "سكان الحي"),
            ("وأهالي القرية يؤكدون أن الطريق مغلق.", "أهالي القرية"),
            ("والمشاركون قالوا إن الخدمة سيئة.", "المشاركون"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text)")
            #expect(c.sources.first?.text == name, "\(text)")
        }
        // a و that is the word's own first letter stays (وزراء is no و + زراء)
        let c = try oneClaim("وقال وزراء الخارجية العرب إن الاجتماع كان ناجحا.")
        #expect(c.sources.first?.text.hasPrefix("وزراء") == true)
    }

    @Test("an indefinite role with adjectives and what it is concerned with names no one")
    func roleWithAdjectives() throws {
        let c = try oneClaim("وأفصح دبلوماسي مصري مسؤول معني بهذه القضية عن أن المفاوضات متعثرة.")
        #expect(c.label == .anonymous)
    }

    @Test("the truth of what is denied ends a definite denier's name before any definite noun")
    func truthBeforeDefiniteNoun() throws {
        let c = try oneClaim("ونفى المتحدث صحة المعلومات المتداولة.")
        #expect(c.label == .denied)
        #expect(c.sources.first?.text == "المتحدث")
        // after an indefinite title, صحة is the directorate's name
        let d = try oneClaim("وقال مدير صحة جدة إن المستشفى جاهز.")
        #expect(d.sources.first?.text == "مدير صحة جدة")
    }

    @Test("a full name after a field may carry two family names")
    func twoFamilyNamesAfterField() throws {
        let c = try claims("""
            ويرى خبراء أن الأزمة ستطول.
            وقال الخبير في شؤون الطاقة محمد العلي الشمري إن الأسعار سترتفع.
            """)
        try #require(c.count == 2)
        #expect(c[1].label == .named)
        #expect(c[1].sources.first?.text == "الخبير في شؤون الطاقة محمد العلي الشمري")
    }
}
