import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadTestSupport

/// A subject that stands before its reporting verb, set off from it by commas or by a relative
/// clause (subj32, #22): each a made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: subj32")
struct ShippedSubj32Tests {
    @Test("a subject before its verb behind a relative clause or a circumstance set off by commas is the verb's subject")
    func commaAside() throws {
        try expectAttributed([("والشركة، التي تأسست عام 1990 في جدة، قالت إن أرباحها ارتفعت.", "الشركة"),
                              ("والمدرب، الذي تولى المهمة قبل عامين، أكد أن الفريق جاهز.", "المدرب"),
                              ("الوزير، في تصريح صحفي أمس، أكد أن المشروع سيكتمل.", "الوزير"),
                              // after قد the relative agrees with the verb, not with قد (review)
                              ("والشركة، التي تأسست عام 1990 في جدة، قد أعلنت أن أرباحها ارتفعت.", "الشركة"),
                              ("والمسؤولون، الذين شاركوا في الاجتماع، قد أكدوا أن الخطة جاهزة.", "المسؤولون")])
        // a noun with a definite noun after it is a construct, no name (ارتفاع الأسعار); a name
        // followed by its title is a name
        let np = try oneClaim("وارتفاع الأسعار، في الأشهر الماضية، أكد أن السوق مضطرب.")
        #expect(!np.sources.contains { $0.text.contains("ارتفاع") }, "\(np.sources.map(\.text))")
        let titled = try oneClaim("أما سامر خليل المدير التنفيذي، الذي تولى المنصب العام الماضي، فقال إن الأرباح ارتفعت.")
        #expect(titled.sources.contains { $0.text.contains("سامر خليل") }, "\(titled.sources.map(\.text))")
    }

    @Test("after an aside that is no title, the relative agrees with the verb, the subject names a speaker, and a preposition with a pronoun after the verb takes the topic back as its object")
    func commaAsideGuards() throws {
        // (الذي with a feminine verb: the relative clause is not the subject's)
        for text in ["والشركة، الذي تأسس عام 1990 في جدة، قالت إن أرباحها ارتفعت.",
                     // a thing described, no speaker
                     "والمشروع، الذي تبلغ تكلفته مليار ريال، يؤكد أن المدينة تنمو.",
                     // the topic taken back by به: the speaker follows the verb
                     "والقرار، الذي اتخذته اللجنة أمس، رحب به الوزير."] {
            let c = try oneClaim(text)
            #expect(!c.sources.contains { $0.text == "الشركة" || $0.text == "المشروع" || $0.text == "القرار" }, "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("a subject before its verb behind a relative clause with no comma is the verb's subject, when the relative agrees with the verb")
    func relativeClause() throws {
        try expectAttributed([("والوزارة التي تشرف على القطاع أكدت أن الأسعار ستنخفض.", "الوزارة"),
                              ("واللجنة التي شكلها المجلس أوصت بإغلاق المصنع.", "اللجنة")])
        // (التي with a masculine verb: the verb is not the noun's)
        let c = try oneClaim("والوزارة التي تشرف على القطاع أكد أن الأسعار ستنخفض.")
        #expect(!c.sources.contains { $0.text == "الوزارة" }, "\(c.sources.map(\.text))")
    }

    @Test("كان, its subject and an aside before a present verb with no قد: the subject is the verb's, when كان agrees with the verb")
    func kanaWithoutQad() throws {
        try expectAttributed([("وكانت الوزارة في وقت سابق تؤكد أن الخطة تسير.", "الوزارة"),
                              ("وكان الدستور في السابق يحظر ترشح العسكريين.", "الدستور")])
        let c = try oneClaim("وكانت الوزارة في وقت سابق يؤكد أن الخطة تسير.")
        #expect(!c.sources.contains { $0.text == "الوزارة" }, "\(c.sources.map(\.text))")
    }

    @Test("an outlet told after a relative clause set off by commas, or after a verb whose subject stands before it, is the statement's via")
    func toldAfterRelativeClause() throws {
        let c = try TestSupport.shippedClaims("وقال النائب خالد العلي، الذي صوت ضد القانون، لرويترز إن الحكومة أخطأت.\nوالشركة، التي يقع مقرها في دبي، قالت لصحيفة الحياة إن المبيعات زادت.")
        #expect(c.map(\.label) == [.secondhand, .secondhand], "\(c.map(\.label))")
        #expect(c.first?.sources.first?.via == "رويترز", "\(c.first?.sources.map(\.via) as Any)")
        #expect(c.last?.sources.first?.via == "صحيفة الحياة", "\(c.last?.sources.map(\.via) as Any)")
    }
}
