import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadText
import IsnadTestSupport

/// Q&A interviews printed after their text is announced (interview, v219): the answers are the
/// interviewee's — the speaker of the unit that introduces the interview, nobody the lead names
/// after — only in the strict Q&A shape (an opener ending its line, then questions at a line's
/// start alternating with answers), and the announcement is never a source. Made-up articles,
/// read by the shipped pack; the cases a review of the withdrawn attempt (mends21) found wrong.
@Suite("shipped pack: Q&A interviews after an announced text (interview)")
struct ShippedInterviewTests {
    func units(_ text: String) throws -> [AuditedUnit] {
        try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: [])).audit(test: text).units
    }
    func unit(_ us: [AuditedUnit], _ prefix: String) throws -> AuditedUnit {
        try #require(us.first { $0.text.hasPrefix(prefix) }, "no unit «\(prefix)»")
    }
    static let answers = ["نريد الدعم السياسي", "لم نتلق أي دعم"]
    static let qa = "ما الذي تريدونه من العالم العربي؟\nنريد الدعم السياسي والإعلامي لقضيتنا.\nوهل تلقيتم دعما من قبل؟\nلم نتلق أي دعم من أي دولة حتى اليوم."

    @Test("the interviewee is the one the introducing unit names (مسؤول أحوازي في حوار مع «اليوم»), not a person the lead names after him (ظريف قد قال أمس): the answers are anonymous, his")
    func intervieweeFromIntroduction() throws {
        let text = "مسؤول أحوازي: وجهنا بوصلة النضال نحو استعادة سيادتنا\n"
            + "قال مسؤول أحوازي في حوار مع «اليوم» إن شعبه حسم خياره منذ زمن بعيد. وكان وزير الخارجية الإيراني محمد جواد ظريف قد قال أمس إن بلاده لا تتدخل في شؤون جيرانها. وتاليا نص الحوار:\n"
            + Self.qa
        let us = try units(text)
        for a in Self.answers {
            let u = try unit(us, a)
            #expect(u.label == .anonymous, "\(a): \(u.label.map { "\($0)" } ?? "-")")
            #expect(u.sources.first?.text == "مسؤول أحوازي", "\(a): \(u.sources.map(\.text))")
            #expect(!u.sources.contains { $0.text.contains("ظريف") }, "\(a): \(u.sources.map(\.text))")
        }
        // the announcement names no one
        #expect(!us.contains { $0.sources.contains { $0.text.contains("نص الحوار") } })
        // the questions keep today's reading: not the interviewee's
        for q in ["ما الذي تريدونه", "وهل تلقيتم"] { #expect(try unit(us, q).sources.isEmpty, "\(q)") }
    }

    @Test("no unit introduces the interview (only a headline's speaker and a lead's other speaker): the answers are nobody's, not the lead's later speaker's")
    func noIntroductionNoInterviewee() throws {
        let text = "مسؤول أحوازي: وجهنا بوصلة النضال نحو استعادة سيادتنا\n"
            + "وكان وزير الخارجية الإيراني محمد جواد ظريف قد قال أمس إن بلاده لا تتدخل في شؤون جيرانها. وتاليا نص الحوار:\n"
            + Self.qa
        let us = try units(text)
        for a in Self.answers {
            let u = try unit(us, a)
            #expect(u.label == .unsourced && u.sources.isEmpty, "\(a): \(u.label.map { "\($0)" } ?? "-") \(u.sources.map(\.text))")
        }
    }

    @Test("«فإلى الحوار.» with a full stop opens the block; an interview given to another outlet makes the answers secondhand, that outlet the via")
    func fullStopOpenerAndOutletChain() throws {
        let own = try units("قال وزير التجارة سالم العمري في حوار مع «اليوم» إن الأسواق مستقرة. فإلى الحوار.\n" + Self.qa)
        for a in Self.answers {
            let u = try unit(own, a)
            #expect(u.label == .named && u.sources.first?.text.contains("سالم العمري") == true, "\(a): \(u.label.map { "\($0)" } ?? "-") \(u.sources.map(\.text))")
        }
        let other = try units("قال وزير التجارة سالم العمري في حوار مع صحيفة الحياة إن الأسواق مستقرة. فإلى الحوار.\n" + Self.qa)
        for a in Self.answers {
            let u = try unit(other, a)
            #expect(u.label == .secondhand, "\(a): \(u.label.map { "\($0)" } ?? "-")")
            #expect(u.sources.contains { $0.via?.contains("الحياة") == true }, "\(a): \(u.sources.map { "\($0.text) via \($0.via ?? "-")" })")
        }
    }

    @Test("ordinary articles are no interview: a line with no full stop ending in «… نص المقابلة» or «، إلى الحوار», or an opener whose next unit is no question at a line's start")
    func strictShape() throws {
        let intro = "قال وزير التجارة سالم العمري في حوار مع «اليوم» إن الأسواق مستقرة"
        for opener in ["، وفيما يلي نص المقابلة\n", "، إلى الحوار\n", "، وعاد بعدها إلى الحوار\n", ". وتاليا نص الحوار:\nوتحدث الوزير عن الأسواق في العام المقبل.\n"] {
            let us = try units(intro + opener + Self.qa)
            for a in Self.answers {
                let u = try unit(us, a)
                #expect(u.label == .unsourced, "«\(opener)» \(a): \(u.label.map { "\($0)" } ?? "-") \(u.sources.map(\.text))")
            }
        }
        // the questions must alternate with answers: a last question with no answer is no block
        let us = try units(intro + ". وتاليا نص الحوار:\nما الذي تريدونه من العالم العربي؟\nنريد الدعم السياسي والإعلامي لقضيتنا.\nوهل تلقيتم دعما من قبل؟")
        #expect(try unit(us, "نريد الدعم السياسي").label == .unsourced)
    }

    @Test("an answer keeps its own cues: a third party it quotes is that party's, and the next answer is the interviewee's again")
    func answersKeepOwnCues() throws {
        let text = "قال وزير التجارة سالم العمري في حوار مع «اليوم» إن الأسواق مستقرة. فإلى الحوار.\n"
            + "كيف ترى الأسواق؟\nوقال رئيس الغرفة التجارية خالد الزهراني إن الأسعار ستنخفض.\n"
            + "وماذا عن الرقابة؟\nالرقابة مستمرة في كل المدن."
        let us = try units(text)
        let quoted = try unit(us, "وقال رئيس الغرفة")
        #expect(quoted.sources.first?.text.contains("خالد الزهراني") == true, "\(quoted.sources.map(\.text))")
        let next = try unit(us, "الرقابة مستمرة")
        #expect(next.label == .named && next.sources.first?.text.contains("سالم العمري") == true, "\(next.sources.map(\.text))")
    }

    @Test("the announcement with the interview run on after its colon on one line names no one: the rest of the line is the introduced interviewee's")
    func oneLineAnnouncement() throws {
        let text = "قال وزير التجارة سالم العمري في حوار مع «اليوم» إن الأسواق مستقرة. وتاليا نص الحوار:  في البداية كيف ترى الأسواق؟ الأسواق مستقرة والأسعار في تراجع."
        let us = try units(text)
        #expect(!us.contains { $0.sources.contains { $0.text.contains("نص الحوار") } }, "\(us.map { $0.sources.map(\.text) })")
        let answer = try unit(us, "الأسواق مستقرة والأسعار")
        #expect(answer.sources.first?.text.contains("سالم العمري") == true, "\(answer.sources.map(\.text))")
        // none introduced: nobody's
        let bare = try units("وتاليا نص الحوار:  في البداية كيف ترى الأسواق؟ الأسواق مستقرة والأسعار في تراجع.")
        #expect(!bare.contains { !$0.sources.isEmpty }, "\(bare.map { $0.sources.map(\.text) })")
    }

    @Test("interviewBlock: the opener and its questions, strict")
    func blockShape() throws {
        let auditor = try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: []))
        func block(_ text: String) -> UnitClassifier.InterviewBlock? {
            let a = ArticleText(text: Normalizer.normalize(text), matcher: auditor.matcher, regexes: auditor.regexes)
            return UnitClassifier.interviewBlock(a, rules: auditor.pack.rules)
        }
        let b = try #require(block("عنوان\nتحدث الوزير عن الخطة. فإلى الحوار.\n" + Self.qa))
        #expect(b.opener == 2 && b.questions == [3, 5], "\(b)")
        // two question lines in a row are one question
        #expect(block("عنوان\nفإلى الحوار.\nسؤال أول عن الخطة؟\nوسؤال ثان عنها؟\nجواب عن الخطة.\nسؤال ثالث؟\nجواب آخر.")?.questions.count == 3)
        // the questions on the opener's own line: none
        #expect(block("عنوان\nفإلى الحوار: ما الخطة؟\nجواب عن الخطة.\nسؤال ثالث؟\nجواب آخر.") == nil)
        // one pair only: none
        #expect(block("عنوان\nفإلى الحوار.\nما الخطة؟\nجواب عن الخطة.") == nil)
    }
}
