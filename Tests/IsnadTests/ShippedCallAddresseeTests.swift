import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// The shipped pack's calls and appeals (Rules/reporting.yml report.talaba): a group of people
/// glued to بال after the subject is the one the call is made to, the verb's object — not a word
/// of the caller's name (SourceResolver.phrase; kinds29, #22).
@Suite("shipped calls: the addressee after بال is no part of the caller")
struct ShippedCallAddresseeTests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("أهاب / أشاد + subject + بال + a group of people: the source ends before the group")
    func addresseeEndsTheCaller() throws {
        let c = try claims("وأهاب المجلس بالمواطنين الابتعاد عن مجاري السيول.\nوأهاب الرائد سالم العمري بالمواطنين والمقيمين التقيد بتعليمات السلامة.\nوأشادت الفنانة منى سالم بالممثلين الشباب في العمل.\nوأهابت الكلية بالمتقدمين إحضار ملفاتهم.")
        try #require(c.count == 4)
        #expect(c[0].label == .named)
        #expect(c[0].sources.map(\.text) == ["المجلس"])
        #expect(c[1].sources.map(\.text) == ["الرائد سالم العمري"])
        #expect(c[2].sources.map(\.text) == ["الفنانة منى سالم"])
        // a sound plural in ين no rule names, glued to بال: the people appealed to
        #expect(c[3].sources.map(\.text) == ["الكلية"])
    }

    @Test("a body glued to بال stays in the name (مسؤولون بالوزارة)")
    func bodyAfterBiStays() throws {
        let c = try claims("وقال مسؤولون بالوزارة إن الخطة جاهزة.")
        try #require(c.count == 1)
        #expect(c[0].label == .anonymous)
        #expect(c[0].sources.map(\.text) == ["مسؤولون بالوزارة"])
    }
}
