import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// Contest links on the shipped pack (issue #27, links3): verbless denials of a reported change
/// (`denial.no-change`: «لا تأجيل للدراسة») — the speaker of a colon headline is the denier, the
/// change's noun is what is disputed, and the denial answers the report of the change, not the
/// writer's narration — and the reports a denial names in its own words as what it answers.
@Suite("contest links: verbless denials and the reports a denial names")
struct ContestLinkTests {
    func audit(_ text: String) throws -> ArticleAudit {
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        return try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: text)
    }

    @Test("a colon headline whose speaker denies by «لا تأجيل» keeps its speaker as the denier, and disputes the earlier report of the postponement, not the writer's narration of the school year")
    func colonHeadlineDenier() throws {
        let a = try audit("""
            وزير التعليم: لا تأجيل للدراسة
            وكانت مصادر مطلعة قد قالت إن الوزارة تدرس تأجيل الدراسة إلى ما بعد العيد.
            ويبدأ العام الدراسي الجديد في المدارس يوم الأحد.
            """)
        #expect(a.units[0].label == .denied)
        #expect(a.units[0].sources.map(\.text) == ["وزير التعليم"])
        #expect(a.units[1].label == .anonymous)
        #expect(a.units[0].contests == [1])
        #expect(a.units[1].contestedBy == [0])
        #expect(a.units[2].contestedBy.isEmpty)
    }

    @Test("a verbless headline with no report of its change in the text links nothing: the claims sharing its words are the denier's own account or the writer's narration")
    func noReportNoLink() throws {
        let a = try audit("""
            لا تأجيل للدراسة في مدارس الجنوب
            وأكد وزير التعليم أن الدراسة في مدارس الجنوب ستبدأ في موعدها المحدد.
            ويبدأ العام الدراسي الجديد في مدارس الجنوب يوم الأحد.
            """)
        #expect(a.units[0].label == .denied)
        #expect(a.units[0].contests.isEmpty)
    }

    @Test("a verbless denial in the body («أن لا استثناءات للناديين») shares its noun with the report it answers, and is not linked to the narration that shares the teams")
    func verblessBodyDenial() throws {
        let a = try audit("""
            عنوان الخبر
            وكانت تقارير قد أشارت إلى احتمال استثناء الناديين من شرط الضمان البنكي.
            ولم يقدم الناديان الضمان البنكي حتى أمس.
            وأكد مسؤول في اللجنة أن لا استثناءات للناديين من شرط الضمان البنكي.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.index == 3)
        #expect(a.units[2].label == .unsourced)
        #expect(denial.contests == [1])
        #expect(a.units[2].contestedBy.isEmpty)
    }

    @Test("a colon headline that states a denial with its own verb keeps that verb's subject")
    func ownSubjectKept() throws {
        let a = try audit("""
            الوزارة تنفي تأجيل الدراسة
            وكانت مصادر قد تحدثت عن تأجيل الدراسة إلى ما بعد العيد.
            """)
        #expect(a.units[0].label == .denied)
        #expect(a.units[0].sources.map(\.text) == ["الوزارة"])
    }

    @Test("the reports a denial names in its own words as what it answers (… وتم تداول تقارير تفيد بأن …) are not its denier: their earlier claim is what it disputes")
    func reportsNamedInDenial() throws {
        let a = try audit("""
            عنوان الخبر
            وتم تداول تقارير صحافية الأسبوع الماضي تفيد بأن السلطات فرضت قيودا مشددة على سفر الشباب إلى الخارج.
            لكن المتحدث باسم وزارة الداخلية نفى فرض أي قيود على سفر الشباب إلى الخارج، وتم تداول تقارير تفيد بأن القيود تشمل الطلاب.
            """)
        #expect(a.units[1].label == .anonymous)
        #expect(a.units[2].label == .denied)
        // the reports are one source, named in the denial too
        #expect(a.units[2].sources.contains { $0.id == a.units[1].sources.first?.id })
        #expect(a.units[2].contests == [1])
        #expect(a.units[1].contestedBy == [2])
    }
}
