import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// Kinds found on fresh corpus text and fixed from the language (issue 22, backlog2): each test
/// is a made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: backlog kinds (issue 22)")
struct ShippedBacklogTests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("a press review's later items carry the unnamed press; a quoted speaker's do not")
    func pressReviewItems() throws {
        let c = try claims("""
            أبرزت الصحف الأردنية الصادرة اليوم افتتاح المعرض الدولي للكتاب.
            وتطرقت إلى ارتفاع أسعار الوقود في الأسواق المحلية.
            وعرجت على نتائج الانتخابات في اليونان.
            وقالت وزيرة الثقافة هالة زريقات إن المعرض سيستمر أسبوعا.
            وتطرقت إلى دور الناشرين في دعم القراءة.
            """)
        try #require(c.count == 5)
        #expect(c[1].label == .anonymous)
        #expect(c[1].sources.first?.text.hasPrefix("الصحف الأردنية") == true)
        #expect(c[2].label == .anonymous)
        // after the minister the item verb is hers, not the papers': this rule leaves it
        #expect(c[4].sources.allSatisfy { !$0.text.hasPrefix("الصحف") })
    }

    @Test("a review's source ends before the ب-object of اهتمت")
    func pressReviewSpanEndsBeforeObject() throws {
        let c = try claims("واهتمت الصحف الأوروبية بإعلان بروكسل عن فشل المفاوضات، وقالت إن الأزمة ستطول.")
        try #require(c.count == 1)
        #expect(c[0].sources.first?.text == "الصحف الأوروبية")
        let d = try claims("وأفادت وسائل الإعلام المعنية بالاقتصاد في اليونان بأن الضرائب سترتفع.")
        try #require(d.count == 1)
        #expect(d[0].sources.first?.text.contains("المعنية بالاقتصاد") == true)
    }

    @Test("what the subject published in the accusative (مقالا، تقريرا) is no word of the source's name")
    func publishedObjectEndsTheName() throws {
        let c = try claims("كتب الكاتب محمد الأحمد مقالا بعنوان «الطريق إلى الغد» قال فيه إن الاقتصاد سيتعافى.")
        try #require(c.count == 1)
        #expect(c[0].sources.first?.text == "الكاتب محمد الأحمد")
        let d = try claims("ونشرت صحيفة نيويورك تايمز تقريرا أكدت فيه أن المفاوضات متعثرة.")
        try #require(d.count == 1)
        #expect(d[0].sources.first?.text == "صحيفة نيويورك تايمز")
    }
}
