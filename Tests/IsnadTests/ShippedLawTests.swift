import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// Three readings withdrawn at the last stop (mends18, mends20), redone with the reviewers' inputs as
/// tests, through the whole pipeline with the shipped pack: a passed law's or an issued decision's
/// provision inside a clause (document.provides-indefinite), a definition by an unnamed group
/// (report.defined-as) and an agreement's terms with فإن after them (voice.norm's agreement branch).
@Suite("shipped pack: a passed law's provision, a group's definition, an agreement's terms (law)")
struct ShippedLawTests {
    func unit(_ text: String) throws -> AuditedUnit {
        try #require(try TestSupport.shippedClaims(text).last)
    }

    @Test("a passed law's or an issued decision's ban or obligation is the document speaking: named")
    func passedLaw() throws {
        for text in [
            "وأصبحت المدينة ثاني مدينة توافق على قانون يحظر إلقاء الأغذية في القمامة.",
            "وأصدرت الحكومة قانونا جديدا يلزم الشركات بتوظيف المواطنين.",
            "وصدر قرار يلزم الشركات بتوظيف المواطنين.",
            "وكان الرئيس قد وقع في العام الماضي مرسوما يحظر التعذيب.",
        ] {
            let u = try unit(text)
            #expect(u.label == .named, "\(text)")
            #expect(u.sources.contains { $0.kind == .document }, "\(text)")
        }
    }

    @Test("a law that does not exist, is not passed, or يلزم meaning 'must': unsourced")
    func lawNotPassed() throws {
        for text in [
            "ولا يوجد قانون يحظر بيع الأسلحة في الولاية.",
            "وتأجيل الانتخابات قرار يلزم دراسته بعناية.",
            "وناقش البرلمان مشروع قانون يحظر بيع الأسلحة.",
            "ويسعى النائب إلى سن قانون يحظر بيع الأسلحة.",
            "ورفض مجلس الشيوخ قانونا يحظر بيع الأسلحة.",
            "وأقر البرلمان مشروع قانون يحظر دخول المفتشين.",
            "ولم يصدر حتى الآن قرار يلزم الشركات بالتوظيف.",
            "وأصدرت المحكمة قرارا يلزم مراجعته قبل التنفيذ.",
        ] {
            #expect(try unit(text).label == .unsourced, "\(text)")
        }
    }

    @Test("an unnamed group defining something as (عرّف / يعرّف … بأنه) is anonymous, the group the source")
    func groupDefinition() throws {
        let u = try unit("ويعرف علماء النفس القلق بأنه خوف دائم.")
        #expect(u.label == .anonymous)
        #expect(u.sources.contains { $0.text.contains("علماء") })
        #expect(try unit("ويعرّف الخبراء الفقر بأنها حالة عجز عن تلبية الحاجات.").label == .anonymous)
    }

    @Test("is known as, not knowing, knowing that, a passive definition: no definition by the group")
    func notDefinition() throws {
        for text in [
            "ويعرف الأطباء في هذه المنطقة بأنهم الأكثر خبرة.",
            "وعرف العلماء المسلمون بأنهم أول من درس الفلك.",
            "ولا يعرف العلماء حتى الآن سبب المرض.",
            "ويعرف العلماء منذ قرون أن الأرض تدور.",
            "ويعرف التليف الكيسي بأنه حالة طبية.",
            "ولم يعرف الخبراء المرض بأنه معد.",
        ] {
            #expect(try unit(text).label == .unsourced, "\(text)")
        }
    }

    @Test("an agreement whose terms are the content (فإن after it) is a source: named, the agreement among its sources")
    func agreementTerms() throws {
        for text in [
            "وفي حال تعثر المفاوضات، وبحسب الاتفاق، فإن العقوبات ستعود تلقائيا.",
            "وفي المرحلة الثانية وفقا للاتفاق فإن الأسرى سيطلق سراحهم على دفعات.",
        ] {
            let u = try unit(text)
            #expect(u.label == .named, "\(text)")
            #expect(u.sources.contains { $0.text.contains("اتفاق") }, "\(text)")
        }
        let minister = try unit("وقال الوزير إنه وفقا لاتفاق أوسلو فإن الأراضي ستسلم على مراحل.")
        #expect(minister.label == .named)
        #expect(minister.sources.contains { $0.text.contains("الوزير") })
        #expect(minister.sources.contains { $0.text.contains("اتفاق أوسلو") })
    }

    @Test("an agreement as the manner of an act inside a sentence is no source")
    func agreementManner() throws {
        for text in [
            "وتم الإفراج عنهم وفقا للاتفاق.",
            "وطلبت الوكالة دخول الموقع وفقا للاتفاق الذي أعلن عنه في يوليو.",
            "وتنقل العمالة وفق اتفاقية ثنائية بين البلدين.",
        ] {
            let u = try unit(text)
            #expect(u.label == .unsourced, "\(text)")
            #expect(!u.sources.contains { $0.text.contains("اتفاق") }, "\(text)")
        }
    }
}
