import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// Kinds the sixteenth validation draw showed (issue 22, backlog10): each test is a made-up
/// sentence of the kind, read by the shipped pack.
@Suite("shipped pack: backlog10 (issue 22)")
struct ShippedBacklog10Tests {
    @Test("a statement told to واس in quotation marks is the agency's reporting, not the paper آس's own exclusive")
    func toldToSPA() throws {
        for text in [
            "وأكد الوزير خالد العلي في تصريح لـ«واس» أن العمل مستمر.",
            "وأكد الوزير خالد العلي في تصريح لـ»واس»، أن العمل مستمر.",
            "وأوضح الوزير خالد العلي لـ\"واس\" أن العمل مستمر.",
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .secondhand, "\(text): \(c.label)")
            #expect(c.sources.first?.via == "واس", "\(text): \(c.sources.map { $0.via ?? "-" })")
        }
        // a paper told so still marks its own exclusive: first-hand
        let own = try oneClaim("وأكد الوزير خالد العلي لـ«عكاظ» أن العمل مستمر.")
        #expect(own.label == .named)
    }

    @Test("اتفق with a counterpart is a deal (an act); agreeing on a course among themselves or with a view is attributed")
    func agreed() throws {
        for text in [
            "واتفقت إدارة النادي مع شركة البريد على تشغيل المتجر الإلكتروني.",
            "اتفق الاتحاد السعودي لكرة القدم مع المدرب الأرجنتيني لتدريب المنتخب.",
        ] {
            #expect(try oneClaim(text).label == .unsourced, "\(text)")
        }
        for text in [
            "واتفق قادة الاتحاد الأوروبي الشهر الماضي على إعادة توزيع اللاجئين.",
            "ويتفق الوزير خالد العلي مع نظيره على أن الحل سياسي.",
            "وكان وزير الخارجية قد اتفق مع نظيره على أهمية تعزيز التعاون.",
        ] {
            #expect(try oneClaim(text).label == .named, "\(text)")
        }
    }

    @Test("a reservation on a decision is a stance; holding someone is not")
    func reservation() throws {
        let c = try oneClaim("وكانت مصر قد تحفظت على القرار في اجتماع سابق.")
        #expect(c.label == .named)
        #expect(c.sources.first?.text == "مصر")
        #expect(try oneClaim("وتحفظت الشرطة على السائق بعد الحادث.").label == .unsourced)
    }
}
