import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// Verbless denials of a reported change (`denial.no-change`: «لا تأجيل للدراسة») on the shipped
/// pack: the speaker of a colon headline is the denier, the change's noun is what is disputed, and
/// the denial answers the report of the change, not the writer's narration (issue #27, links3).
@Suite("verbless denials")
struct VerblessDenialTests {
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
}
