import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadText
import IsnadTestSupport

/// A reviewer's findings on the merges of sample22, links4, backlog9, mem20 and sample23 (mends5):
/// each test a made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: review mends (mends5)")
struct ShippedMends5Tests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("a regulation's phrase opening its sentence after a dateline, a credit or a list number tells what the regulation provides, as with none")
    func normAfterDateline() throws {
        for text in [
            "وفقا للأنظمة، فإن آخر موعد للترشح في أكتوبر.",
            "الرياض - وفقا للأنظمة، فإن آخر موعد للترشح في أكتوبر.",
            "الرياض (واس) - وبحسب اللوائح، فإن آخر موعد للترشح في أكتوبر.",
            "1- وفقا للأنظمة، فإن آخر موعد للترشح في أكتوبر.",
        ] {
            let c = try claims("عنوان الخبر\n" + text).filter { $0.index > 0 }
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .named, "\(text): \(c[0].label.map { "\($0)" } ?? "-")")
        }
        // inside the sentence, after a word of it, the phrase is still manner
        let c = try claims("عنوان الخبر\nالرياض - ويسجل الطلاب وفقا للأنظمة المعلنة.").filter { $0.index > 0 }
        try #require(c.count == 1)
        #expect(c[0].label == .unsourced)
    }

    @Test("one rule for 'in accordance with a norm': the norms voice.idiom had (الضوابط، المعايير) read as the others (الشروط) — named opening the unit, manner inside it")
    func oneNormRule() throws {
        for noun in ["الضوابط", "الشروط", "المعايير"] {
            let opening = try claims("وبحسب \(noun)، فإن آخر موعد للترشح في أكتوبر.")
            try #require(opening.count == 1)
            #expect(opening[0].label == .named, "\(noun)")
            let inside = try claims("وتقبل الطلبات وفق \(noun) الموضحة في الموقع.")
            try #require(inside.count == 1)
            #expect(inside[0].label == .unsourced, "\(noun)")
        }
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        #expect(shipped.rules.contains { $0.id == "voice.norm" })
    }

    @Test("a family is the affected's kin only before the one the story is about: an institution's 'family' (أسرة الجامعة، أسرة التحرير) gives no basis")
    func familyOfInstitution() throws {
        let uni = try claims("وقال منسوبو أسرة جامعة الملك سعود إن الحفل كان ناجحا.")
        try #require(uni.count == 1)
        #expect(!uni[0].flags.contains(.basisGiven))
        let kin = try claims("وقال أقارب المفقودين إن البحث متواصل.")
        try #require(kin.count == 1)
        #expect(kin[0].flags.contains(.basisGiven))
    }

    @Test("a claim noun's charge is spelled out in its object only before a new verb: ونفى الوزير الاتهامات وقال إن … is the denier's own statement")
    func chargeWindowStopsAtVerb() throws {
        let auditor = try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: []))
        let standards = Standards(rules: auditor.pack.rules, ownOutletRules: [])
        func states(_ text: String) -> Bool {
            let a = ArticleText(text: Normalizer.normalize(text), matcher: auditor.matcher)
            return standards.statesChargeInObject(a, 0)
        }
        #expect(states("وترفض الحكومة اتهامات من المعارضة بأنها أيدت المتشددين."))
        #expect(!states("ونفى الوزير الاتهامات وقال إن العمل مستمر."))
        #expect(!states("ونفى الوزير الاتهامات وأكد أن العمل مستمر."))
    }
}
