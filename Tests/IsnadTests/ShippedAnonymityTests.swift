import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// The shipped pack's reasons and bases for anonymity in context (Rules/anonymity.yml): the rule
/// examples test each pattern alone; these test what reaches the claim — the flag on the anonymous
/// source's claim, and no anonymous claim made out of advice or another party's motive.
@Suite("shipped anonymity reasons and bases")
struct ShippedAnonymityTests {
    static let pack: RulePack = try! RuleLoader.load(directories: [TestSupport.rules])

    func audit(_ text: String) throws -> ArticleAudit {
        try Auditor(pack: Self.pack, policy: FailurePolicy(labels: [])).audit(test: text)
    }

    @Test("a basis after the anonymous source flags its claim: مقربين منه، يعملون بالقرب من، أحد الشهود، بأنهم شاهدوا")
    func bases() throws {
        for text in [
            "والزيارة مقررة الأسبوع المقبل بحسب مقربين منه.",
            "وقال مسؤولون يعملون بالقرب من قائد الجيش إن الهجوم وشيك.",
            "وقال أحد الشهود إن الحريق امتد إلى المخازن.",
            "وأفاد ناشطون بأنهم شاهدوا أرتالا عسكرية تغادر المدينة.",
        ] {
            let claim = try #require(try audit(text).units.first { $0.label == .anonymous }, "\(text)")
            #expect(claim.flags.contains(.basisGiven), "\(text)")
            #expect(!claim.flags.contains(.unexplainedAnonymity), "\(text)")
        }
    }

    @Test("a source named as the same one (وأضافت المصادر نفسها، نفس المصدر) carries the basis of the anonymous source just before it; not when its unit names another anonymous source, nor one with no basis")
    func sameSourceCarriesBasis() throws {
        for same in ["وأضافت المصادر نفسها", "وأضاف نفس المصدر", "وأضافت المصادر ذاتها"] {
            let a = try audit("""
                وقال شهود محليون إن الطائرات قصفت المبنى.
                \(same) أن القصف استمر حتى الفجر.
                """)
            let claims = a.units.filter { $0.label == .anonymous }
            #expect(claims.count == 2, "\(same)")
            #expect(claims.allSatisfy { $0.flags.contains(.basisGiven) }, "\(same)")
            #expect(claims.last?.anonymityCues.first?.unit == claims.first?.index, "\(same)")
        }
        // the sources of its own unit are the ones it points back to
        let own = try audit("""
            وقال شهود محليون إن الطائرات قصفت المبنى.
            وذكرت مصادر خاصة أن الحملة مستمرة، وبحسب المصادر نفسها فإن المعتقلين نقلوا.
            """)
        let second = try #require(own.units.filter { $0.label == .anonymous }.last)
        #expect(!second.flags.contains(.basisGiven))
        // nothing to carry from a source with no basis
        let bare = try audit("""
            وقالت مصادر خاصة إن الطائرات قصفت المبنى.
            وأضافت المصادر نفسها أن القصف استمر حتى الفجر.
            """)
        #expect(bare.units.filter { $0.label == .anonymous }.allSatisfy { $0.flags == [.unexplainedAnonymity] })
    }

    @Test("an indefinite mention relayed by another outlet (ونقل التلفزيون السوري عن مصدر عسكري) is a source anew: the reason of the paper's own مصدر عسكري أردني does not carry to it; through the same outlet it does")
    func relayedMentionIsNew() throws {
        let lead = """
            وقال مصدر عسكري أردني طلب عدم نشر اسمه خشية على سلامته إن الدورية عادت.
            وأضاف المصدر أن الحدود آمنة.
            """
        for (last, carried) in [("ونقل التلفزيون السوري عن مصدر عسكري أن الجيش دمر مواقع للمسلحين.", false),
                                ("وقال مصدر عسكري إن الجيش دمر مواقع للمسلحين.", true)] {
            let claims = try audit(lead + "\n" + last).units.filter { $0.label == .anonymous }
            try #require(claims.count == 3, "\(last)")
            // (the resolver joins the three mentions: the cues' carrying is what is tested)
            try #require(Set(claims.flatMap { $0.sources.map(\.id) }).count == 1, "\(last)")
            #expect(claims.prefix(2).allSatisfy { $0.flags.contains(.reasonGiven) }, "\(last)")
            #expect(claims[2].flags.contains(.reasonGiven) == carried, "\(last)")
            #expect(claims[2].flags.contains(.unexplainedAnonymity) == !carried, "\(last)")
        }
    }

    @Test("a plain later mention (وقال مصدر عسكري) after one relayed by an outlet (ونقلت وكالة رويترز عن مصدر عسكري) keeps the earlier reason: only a later mention through a different outlet is a source anew; a told-to via of the article's own configured outlet is none")
    func plainMentionAfterRelayedKeepsReason() throws {
        let later = "وقال مصدر عسكري إن الانسحاب سيكتمل خلال يومين."
        for first in ["ونقلت وكالة رويترز عن مصدر عسكري طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام أن القوات انسحبت من البلدة.",
                      "ونقلت صحيفة الشرق الأوسط عن مصدر عسكري طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام أن القوات انسحبت من البلدة."] {
            let claims = try audit(first + "\n" + later).units.filter { $0.label == .anonymous }
            try #require(claims.count == 2, "\(first)")
            try #require(Set(claims.flatMap { $0.sources.map(\.id) }).count == 1, "\(first)")
            #expect(claims.allSatisfy { $0.flags.contains(.reasonGiven) }, "\(first)")
            #expect(!claims[1].flags.contains(.unexplainedAnonymity), "\(first)")
        }
        // the paper's own outlet told to (لصحيفة الشرق الأوسط), named by `--outlet`: the same source
        let text = """
            وقال مصدر عسكري طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام إن القوات انسحبت من البلدة.
            وأكد مصدر عسكري لصحيفة الشرق الأوسط أن الانسحاب سيكتمل خلال يومين.
            """
        let auditor = try Auditor(pack: Self.pack, policy: FailurePolicy(labels: []))
        let own = auditor.audit(text: text, path: "own.txt", outlet: "الشرق الأوسط").units.filter { $0.label == .anonymous }
        try #require(own.count == 2)
        #expect(own.allSatisfy { $0.flags.contains(.reasonGiven) })
        // unnamed, the tool cannot know the paper is its own: told to another outlet, a source anew
        let other = try audit(text).units.filter { $0.label == .anonymous }
        try #require(other.count == 2)
        #expect(other[1].flags == [.unexplainedAnonymity])
    }

    @Test("being told directly is a basis: تم إبلاغهم، تلقينا إشعارا، أبلغتنا الوزارة; a third person object (أبلغتهم: often someone else) and a named source are not flagged")
    func toldDirectly() throws {
        for text in [
            "وقال موظفون في الشركة إنه تم إبلاغهم بتأجيل الرواتب.",
            "وقال عاملون في المصنع: تلقينا إشعارا بالإغلاق.",
            "وقالت معلمات: أبلغتنا الوزارة أن العقود لن تجدد.",
        ] {
            let claim = try #require(try audit(text).units.first { $0.label == .anonymous }, "\(text)")
            #expect(claim.flags.contains(.basisGiven), "\(text)")
            #expect(claim.anonymityCues.contains { $0.rule == "anonymity.basis-told-directly" }, "\(text)")
        }
        let other = try #require(try audit("وقالت مصادر إن الإدارة أبلغتهم بحل الشكاوى.").units.first { $0.label == .anonymous })
        #expect(!other.flags.contains(.basisGiven))
        #expect(other.flags.contains(.unexplainedAnonymity))
        let named = try #require(try audit("وقال وزير المالية محمد الجدعان: تلقينا خطابا من الصندوق.").units.first { $0.label == .named })
        #expect(!named.flags.contains(.basisGiven))
    }

    @Test("told by no one named (لقد تم إبلاغنا بأن, the anonymous source itself) is the named hearer's basis, not the unnamed teller's; an anonymous hearer keeps it")
    func toldPassiveIsNoBasisOfTheTeller() throws {
        let told = try #require(try audit("وقال المتحدث باسم الوزارة لوكالة فرانس برس: «لقد تم إبلاغنا بأن قاصرا موجودة في سوريا».").units.first { $0.label == .anonymous })
        #expect(!told.flags.contains(.basisGiven))
        #expect(told.flags.contains(.unexplainedAnonymity))
        let anon = try #require(try audit("وقال مصدر في النادي إنه تم إبلاغه بالعقوبة أمس.").units.first { $0.label == .anonymous })
        #expect(anon.flags.contains(.basisGiven))
    }

    @Test("visitors, the audience and the injured are a basis inside the source's own words (basis-visitor, basis-affected); in the claim's content, or as the preposition's بحضور, not")
    func visitorsAndInjured() throws {
        for (text, rule) in [("وأبدى عدد من زوار المهرجان سعادتهم بالتنظيم.", "anonymity.basis-visitor"),
                             ("وأوضح أحد الحاضرين أن العرض تأخر ساعة.", "anonymity.basis-visitor"),
                             ("وقال أحد المصابين إن المفجر دخل المسجد قبل الصلاة.", "anonymity.basis-affected")] {
            let claim = try #require(try audit(text).units.first { $0.label == .anonymous }, "\(text)")
            #expect(claim.anonymityCues.contains { $0.rule == rule }, "\(text)")
            #expect(claim.flags.contains(.basisGiven), "\(text)")
        }
        for text in ["وقال مسؤولون إن الزوار تجاوزوا مليونا.", "وقال مصدر إن المصابين نقلوا إلى المستشفى."] {
            let claim = try #require(try audit(text).units.first { $0.label == .anonymous }, "\(text)")
            #expect(!claim.flags.contains(.basisGiven), "\(text)")
        }
    }

    @Test("the affected party and those in charge are a basis inside the source's own words (scope source), carried to the source's later claims; the same words in the claim's content are not")
    func sourceScoped() throws {
        let a = try audit("""
            وقال عدد من الطلاب المتضررين إن الجامعة لم ترد على شكواهم.
            وأضافوا أن الوزارة وعدت بحل المشكلة.
            """)
        let claims = a.units.filter { $0.label == .anonymous }
        #expect(claims.count == 2)
        #expect(claims.allSatisfy { $0.flags.contains(.basisGiven) && !$0.flags.contains(.unexplainedAnonymity) })
        #expect(claims.first?.anonymityCues.first?.rule == "anonymity.basis-affected")
        // carried: the cue is the first unit's
        #expect(claims.last?.anonymityCues.first?.unit == claims.first?.index)
        let inCharge = try #require(try audit("وقال القائمون على الدراسة إن النتائج مشجعة.").units.first { $0.label == .anonymous })
        #expect(inCharge.anonymityCues.contains { $0.rule == "anonymity.basis-in-charge" })
        // the same words after the source, in what it says: not its basis (an earlier rule would
        // have taken any basis within 40 characters after the source)
        for text in ["وقال مصدر إن المتضررين سيحصلون على تعويضات.", "وقال مسؤولون إن القائمين على المشروع سيحاسبون."] {
            let claim = try #require(try audit(text).units.first { $0.label == .anonymous }, "\(text)")
            #expect(!claim.flags.contains(.basisGiven), "\(text)")
            #expect(claim.flags.contains(.unexplainedAnonymity), "\(text)")
        }
    }

    @Test("fear named right after the withheld name is a reason; the bare condition, and a basis-like phrase about someone else, are not")
    func reasons() throws {
        let given = try #require(try audit("وقال موظفون فضلوا عدم ذكر أسمائهم خوفا من إدارة الشركة إن الرواتب متأخرة.").units.first { $0.label == .anonymous })
        #expect(given.flags.contains(.reasonGiven))
        let bare = try #require(try audit("وقال موظفون فضلوا عدم ذكر أسمائهم إن الرواتب متأخرة.").units.first { $0.label == .anonymous })
        #expect(bare.flags.contains(.unexplainedAnonymity))
        let other = try #require(try audit("وأفادت تقارير بأن ابنة الرجل شاهدت الهجوم.").units.first { $0.label == .anonymous })
        #expect(!other.flags.contains(.basisGiven))
    }

    @Test("advice and another party's motive (حفاظا على سلامتهم، خشية ردة فعل) make no claim anonymous")
    func advice() throws {
        let a = try audit("""
            وأهاب السفير بالمواطنين عدم الخروج إلا للضرورة حفاظا على سلامتهم.
            وفضلت إدارة النادي عدم الإعلان عن القائمة خشية ردة فعل الجماهير.
            """)
        #expect(!a.units.contains { $0.label == .anonymous })
        #expect(!a.units.contains { $0.flags.contains(.reasonGiven) })
    }

    @Test("the speaker a condition of anonymity is about is the source, never the condition's words: وطلب المسؤول عدم نشر اسمه، المسؤول الذي طلب عدم نشر اسمه، مصدر رفض الإفصاح عن هويته")
    func conditionSubject() throws {
        let first = "قال مسؤول في هيئة الطيران إن الرحلات ستعود غدا.\n"
        for (second, mention) in [("وطلب المسؤول عدم نشر اسمه لحساسية الموضوع.", "المسؤول"),
                                  ("ولم يقدم المسؤول الذي طلب عدم نشر اسمه تفاصيل أخرى.", "المسؤول")] {
            let a = try audit(first + second)
            let claim = try #require(a.units.last, "\(second)")
            #expect(claim.label == .anonymous, "\(second)")
            let source = try #require(claim.sources.first, "\(second)")
            #expect(source.text == mention, "\(second)")
            // the same source as the official met in the first sentence, counted once
            #expect(source.id == a.units.first?.sources.first?.id, "\(second)")
            #expect(a.sources.count == 1, "\(second)")
            #expect(a.sources.first?.name == "مسؤول في هيئة الطيران", "\(second)")
        }
        // a refusal to be named ends the speaker's phrase and makes the speaker anonymous
        let refused = try #require(try audit("وقال مصدر رفض الإفصاح عن هويته إن الاجتماع تأجل.").units.last)
        #expect(refused.label == .anonymous)
        #expect(refused.sources.map(\.text) == ["مصدر"])
        // a body refusing to name someone else makes no one anonymous
        let other = try #require(try audit("وقالت الشرطة إنها رفضت الكشف عن هوية المتهم.").units.last)
        #expect(other.label == .named)
    }
}
