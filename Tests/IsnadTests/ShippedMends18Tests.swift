import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// A reviewer's findings on the standards merge (mends18), through the whole pipeline with the
/// shipped pack: the own-story basis only for the anonymous source's OWN story, no denial made of
/// the party that failed to give evidence or of a search's result, and an agreement's terms with
/// فإن after them a source again.
@Suite("shipped pack: the standards merge reviewed (mends18)")
struct ShippedMends18Tests {
    func unit(_ text: String) throws -> AuditedUnit {
        try #require(try TestSupport.shippedClaims(text).first)
    }

    @Test("a teller's own story is a basis, the story noun no part of the source (روى لاجئ سوري حكايته)")
    func ownStory() throws {
        let refugee = try unit("وروى لاجئ سوري حكايته مع المهربين في البحر.")
        #expect(refugee.label == .anonymous)
        #expect(refugee.sources.map(\.text) == ["لاجئ سوري"])
        #expect(refugee.flags.contains(.basisGiven))
        let defector = try unit("داعشي ألماني هارب يروي تفاصيل إغرائه بالمال.")
        #expect(defector.label == .anonymous && defector.flags.contains(.basisGiven))
        // a fable's hen is no anonymous source, and her story noun no part of her name
        let hen = try unit("وتروي الدجاجة قصتها للصغار.")
        #expect(!hen.flags.contains(.basisGiven))
        #expect(!hen.sources.contains { $0.text.contains("قصتها") })
    }

    @Test("no basis for bare details, someone else's story, a story of another party, irrigation or a report's details")
    func notOwnStory() throws {
        for text in [
            "وروت مصادر تفاصيل الاجتماع السري.",
            "وروى مسؤولون أمريكيون للصحيفة تفاصيل الغارة.",
            "وقال مصدر مطلع إن اللاعب محمد صالح روى قصته مع الإصابة.",
            "وروى مصدر أمني للصحيفة ما جرى للضحية وحكايتها مع الخاطفين.",
            "وقال مصدر مطلع إن المياه التي تروي الحقول ستخفف معاناتهم في الصيف.",
            "وقال مصدر إن التقرير يروي تفاصيل الصفقة.",
        ] {
            let u = try unit(text)
            #expect(u.label == .anonymous, "\(text)")
            #expect(!u.flags.contains(.basisGiven), "\(text)")
        }
    }

    @Test("«لم يقدم أي دليل» is denied by the one who says it, never the party that failed to give evidence; «لم تجد أي دليل» is a search's result, no denial")
    func noEvidence() throws {
        // (denials, brief v222: denial.gave-no-evidence redone with `speaker: previous`)
        let accused = try unit("وأضاف أن المتهم لم يقدم أي إثبات على براءته.")
        #expect(!accused.sources.contains { $0.text.contains("المتهم") })
        let prosecutor = try #require(try TestSupport.shippedClaims("وقال النائب العام إن التحقيق مستمر.\nوأضاف أن المتهم لم يقدم أي إثبات على براءته.").last)
        #expect(prosecutor.label == .denied)
        #expect(prosecutor.sources.map(\.text) == ["النائب العام"])
        let lawyer = try unit("وقال المحامي خالد يوسف إن الصحيفة لم تقدم أي دليل على ما نشرته.")
        #expect(lawyer.label == .denied)
        #expect(lawyer.sources.map(\.text) == ["المحامي خالد يوسف"])
        let mp = try unit("وقال النائب أحمد علي إن الوزير لم يقدم أي دليل")
        #expect(mp.label == .denied)
        #expect(mp.sources.map(\.text) == ["النائب أحمد علي"])
        #expect(try unit("ولم تجد الشرطة أي دليل على وجود شبهة جنائية في الحادث.").label == .unsourced)
        #expect(try unit("وقال الباحثون إن الدراسة لم تجد أي دليل على أن القهوة تسبب السرطان.").label != .denied)
    }

    @Test("an agreement whose terms are the content (فإن after it) is a source (voice.norm's agreement terms withdrawn)")
    func agreementTerms() throws {
        for text in [
            "وفي حال تعثر المفاوضات، وبحسب الاتفاق، فإن العقوبات ستعود تلقائيا.",
            "وفي المرحلة الثانية وفقا للاتفاق فإن الأسرى سيطلق سراحهم على دفعات.",
        ] {
            let u = try unit(text)
            #expect(u.label != .unsourced, "\(text)")
            #expect(u.sources.contains { $0.text.contains("اتفاق") }, "\(text)")
        }
        let minister = try unit("وقال الوزير إنه وفقا لاتفاق أوسلو فإن الأراضي ستسلم على مراحل.")
        #expect(minister.sources.contains { $0.text.contains("اتفاق أوسلو") })
    }
}
