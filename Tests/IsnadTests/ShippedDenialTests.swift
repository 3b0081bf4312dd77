import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadRules
import IsnadTestSupport

/// The shipped pack's rebuttals in context (Rules/denial.yml, AttributionFinder).
@Suite("shipped denials in context")
struct ShippedDenialTests {
    static let pack: RulePack = try! RuleLoader.load(directories: [TestSupport.rules])

    func audit(_ text: String) throws -> ArticleAudit {
        try Auditor(pack: Self.pack, policy: FailurePolicy(labels: [])).audit(test: text)
    }

    @Test("a denial's noun after a demonstrative (هذه الأكاذيب) is the speaker's rebuttal: denied by the one speaking, and the word after it is no subject")
    func demonstrativeNounPointsBack() throws {
        let a = try audit("ونفى المتحدث باسم الحركة ما نشرته الوكالة عن الاتفاق.\nوأضاف أن هذه الأكاذيب تهدف إلى التشويش على زيارة الوفد.")
        let claims = a.units.filter { $0.label != nil }
        try #require(claims.count == 2)
        #expect(claims[1].label == .denied)
        #expect(claims[1].sources.contains { $0.text == "المتحدث باسم الحركة" })
        // (the verb after the noun was read as its subject's name: تهدف, a person)
        #expect(!claims[1].sources.contains { $0.text.contains("تهدف") })
        #expect(Set(claims[1].sources.map(\.id)).isSubset(of: Set(claims[0].sources.map(\.id))))
    }

    @Test("a rebuttal noun predicated of a demonstrative that opens the statement (وتابع: هذه أكاذيب) goes on denying, by the one speaking, and the word after it is no subject; a further sentence that no longer disputes is named")
    func demonstrativePredicateGoesOnDenying() throws {
        let a = try audit("ونفى المتحدث باسم الحركة الأنباء عن الاتفاق.\nوتابع: هذه أكاذيب هدفها التضليل.\nوأضاف: الوفد سيصل إلى العاصمة غدا.")
        let claims = a.units.filter { $0.label != nil }
        try #require(claims.count == 3)
        // (the noun after هذه was set aside as a noun after a demonstrative: named)
        #expect(claims[1].label == .denied)
        #expect(claims[1].sources.contains { $0.text.contains("المتحدث باسم الحركة") })
        #expect(!claims[1].sources.contains { $0.text.contains("هدفها") })
        #expect(claims[2].label == .named)
        #expect(claims[2].sources.contains { $0.text.contains("المتحدث باسم الحركة") })
    }

    @Test("the object of a denial (ما نشرته صحيفة ...، لا صحة لما ...) is no source: the denier is, and a later bare verb goes on from the denier, named; after بحسب ما the outlet stays the one relaying")
    func denialObjectIsNoSource() throws {
        let a = try audit("ونفى المتحدث باسم الحركة ما نشرته صحيفة الحياة عن الاتفاق.\nوأضاف أن الوفد سيصل غدا.")
        let claims = a.units.filter { $0.label != nil }
        try #require(claims.count == 2)
        #expect(claims[0].label == .denied)
        #expect(claims[0].sources.map(\.text) == ["المتحدث باسم الحركة"])
        // (the outlet, the teller of the claim disputed, was a source, and وأضاف went on from it: secondhand)
        #expect(claims[1].label == .named)
        #expect(claims[1].sources.map(\.text) == ["المتحدث باسم الحركة"])
        let b = try audit("وقال المتحدث إنه لا صحة لما أوردته وكالة رويترز عن الاتفاق.\nوأضاف أن الوفد سيصل غدا.")
        let bc = b.units.filter { $0.label != nil }
        try #require(bc.count == 2)
        #expect(bc[0].label == .denied && !bc[0].sources.contains { $0.kind == .outlet })
        #expect(bc[1].label == .named)
        // a ما after a cue before its source, or far from the denial, leaves the teller a source
        let c = try audit("ونفت الوزارة ذلك، بحسب ما نشرته صحيفة الحياة.")
        #expect(c.units.first { $0.label != nil }?.sources.contains { $0.kind == .outlet } == true)
    }

    @Test("a ما after كما (also وكما), or after another verb of saying between the denial and it, is not the denial's object: its teller stays a source")
    func notTheDenialsObject() throws {
        // «وكما نشرته»: "as the paper published", no object of the denial
        let a = try audit("ونفت الوزارة الاتهامات وكما نشرته صحيفة الحياة فإن الوفد سيصل غدا.")
        #expect(a.units.first { $0.label != nil }?.sources.contains { $0.kind == .outlet } == true)
        // «وأكدت ما نشرته»: the ما is أكدت's object
        let b = try audit("ونفت الوزارة الاتهامات، وأكدت ما نشرته صحيفة الحياة عن الاتفاق.")
        #expect(b.units.first { $0.label != nil }?.sources.contains { $0.kind == .outlet } == true)
        // with the denial alone before it, the outlet is the object, no source
        let c = try audit("ونفت الوزارة الاتهامات وما نشرته صحيفة الحياة عن الاتفاق.")
        #expect(c.units.first { $0.label != nil }?.sources.contains { $0.kind == .outlet } == false)
    }

    @Test("a negated belief (لا أعتقد أن) of a denier about what its denial disputes goes on with the rebuttal, by the rule rebuttal.negated-belief; about something else, or a belief not negated, it stays the denier's named claim")
    func negatedBeliefGoesOnWithTheRebuttal() throws {
        let denial = "ونفى رئيس النادي ما تردد عن إقالة المدرب بعد الخسارة.\n"
        let a = try audit(denial + "وأضاف: لا أعتقد أن إقالة المدرب مطروحة الآن.")
        let claims = a.units.filter { $0.label != nil }
        try #require(claims.count == 2)
        #expect(claims[1].label == .denied)
        #expect(claims[1].rule == "rebuttal.negated-belief")
        #expect(Set(claims[1].sources.map(\.id)).isSubset(of: Set(claims[0].sources.map(\.id))))
        let other = try audit(denial + "وأضاف: لا أعتقد أن الجماهير ستغيب عن المباراة المقبلة.")
        #expect(other.units.filter { $0.label != nil }.last?.label == .named)
        let held = try audit(denial + "وأضاف: أعتقد أن إقالة المدرب مطروحة الآن.")
        #expect(held.units.filter { $0.label != nil }.last?.label == .named)
    }
}
