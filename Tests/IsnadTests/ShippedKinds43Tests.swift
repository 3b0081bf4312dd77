import Testing
import IsnadModel
import IsnadTestSupport

/// The three readings mends27 withdrew (kinds42's report.afsaha-an, report.as-explained and
/// denial.reply-to-report), brought back guarded by kinds43: the reviewer's inputs (review of
/// kinds42, items 1, 3 and 4) as made-up sentences read by the shipped pack. mends30 (review30)
/// withdrew report.as-explained-by and narrowed the other two.
@Suite("shipped pack: kinds43")
struct ShippedKinds43Tests {
    @Test("أفصح عن + a noun is disclosing, named to a person or body after the verb")
    func afsahaObject() throws {
        for (text, source) in [("وأفصح وزير الداخلية عن خطة جديدة لمكافحة التهريب.", "وزير الداخلية"),
                               ("وأفصحت الشركة في بيانها عن أرباحها.", "الشركة")] {
            let c = try oneClaim(text)
            #expect(c.label == .named, "\(text): \(c.label)")
            #expect(c.sources.map(\.text) == [source], "\(text): \(c.sources.map(\.text))")
        }
        // an unnamed source disclosing: anonymous
        let anon = try oneClaim("وأفصحت مصادر طبية عن سقوط خمسة قتلى.")
        #expect(anon.label == .anonymous, "\(anon.label)")
    }

    @Test("a refusal to disclose, a disclosure not yet made and a thing that discloses tell nothing: no speaker, not the previous one")
    func afsahaGuards() throws {
        for second in ["ولم يعد المدير يفصح عن خططه.", "ورفض المدير أن يفصح عن اسم المشتري.",
                       "ولم تشأ الشركة أن تفصح عن قيمة الصفقة.", "وجددت الإدارة العقد دون أن تفصح عن قيمته.",
                       "وكان يجب أن يفصح الاتحاد عن نيته قبل التصويت.", "ويفصح الفيلم عن جانب خفي من حياة الكاتب.",
                       "وكانت الأجهزة تفصح عن الفكر الذي يحمله هؤلاء.",
                       // mends30 (review30): a condition, a wait, a purpose, a question, a negation five words back
                       "وإذا أفصح المدير عن خطته الجديدة فسيكون ذلك مفاجأة.", "وينتظر الجميع حتى يفصح المدير عن خطته الجديدة.",
                       "وعقد المجلس جلسة طارئة لكي يفصح المدير عن خطته الجديدة.", "وهل يفصح المدير عن خطته الجديدة في المؤتمر؟",
                       "ولم يكن حتى مساء أمس قد أفصح أي من المسؤولين عن أسماء المرشحين."] {
            let c = try TestSupport.shippedClaims("وقال الوزير خالد العلي إن الخطة جاهزة.\n" + second)
            try #require(c.count == 2, "\(second): \(c.count) claims")
            #expect(c[1].label == .unsourced, "\(second): \(c[1].label) \(c[1].sources.map(\.text))")
        }
    }

    @Test("mends30 withdrew report.as-explained-by and the resolver's comma cut: a source does not run to the sentence end, and a name after a bare title and its comma is kept")
    func asExplainedWithdrawn() throws {
        let c = try oneClaim("والتعديلات كما أعلنها المتحدث باسم الحكومة سامي أحمد تدخل حيز التنفيذ غدا.")
        #expect(!c.sources.contains { $0.text.contains("تدخل") }, "\(c.sources.map(\.text))")
        for (text, name) in [("وتراجعت الغابات، كما قال المؤرخ، جون وود.", "جون وود"),
                             ("والإصلاح ماض، حسبما قال المتحدث، جون سميث.", "جون سميث")] {
            let t = try oneClaim(text)
            #expect(t.sources.contains { $0.text.contains(name) }, "\(text): \(t.sources.map(\.text))")
        }
    }

    @Test("a reply to a published report is a denial only when it rebuts it; a reply that confirms, explains or thanks is not")
    func replyRebutting() throws {
        let denied = try oneClaim("وقال مدير العلاقات العامة في رده على خبر نشرته الصحيفة إن ما ورد فيه غير صحيح.")
        #expect(denied.label == .denied, "\(denied.label)")
        #expect(denied.sources.contains { $0.text == "مدير العلاقات العامة" }, "\(denied.sources.map(\.text))")
        for text in ["وأكد مدير المياه في رده على ما نشرته الصحيفة صحة الخبر.",
                     "وأوضحت الشركة في ردها على ما نشرته الصحيفة أن طول الخط أخر الإصلاح.",
                     "ورحب الوزير في رده على ما نشرته الصحيفة بالملاحظات.",
                     // mends30 (review30): a bare negation in the reply is no rebuttal
                     "وأقر المدير في رده على ما نشرته الصحيفة بأن المشروع لم يكتمل في موعده.",
                     "وأوضح المدير في رده على ما نشرته الصحيفة أن المشروع لم يكتمل بسبب الأمطار.",
                     "وشكر الوزير في رده على ما نشرته الصحيفة اهتمامها، مؤكدا أن الوزارة لن تتوانى عن خدمة المواطنين.",
                     "وأكد المدير في رده على خبر الصحيفة أنه لا شك أن الملاحظات في محلها.",
                     "وقال المدير الذي لم يمض على تعيينه شهر في رده على ما نشرته الصحيفة إن الخطة تسير وفق الجدول."] {
            let c = try oneClaim(text)
            #expect(c.label != .denied, "\(text): \(c.label)")
        }
        // the report's author is no source of the reply
        let health = try oneClaim("وقالت وزارة الصحة في ردها على تقرير المنظمة إنها ستدرس التوصيات.")
        #expect(health.label == .named, "\(health.label)")
        #expect(health.sources.map(\.text) == ["وزارة الصحة"], "\(health.sources.map(\.text))")
    }
}
