import Testing
import IsnadModel
import IsnadTestSupport

/// The three readings mends27 withdrew (kinds42's report.afsaha-an, report.as-explained and
/// denial.reply-to-report), brought back guarded by kinds43: the reviewer's inputs (review of
/// kinds42, items 1, 3 and 4) as made-up sentences read by the shipped pack.
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
                       "وكانت الأجهزة تفصح عن الفكر الذي يحمله هؤلاء."] {
            let c = try TestSupport.shippedClaims("وقال الوزير خالد العلي إن الخطة جاهزة.\n" + second)
            try #require(c.count == 2, "\(second): \(c.count) claims")
            #expect(c[1].label == .unsourced, "\(second): \(c[1].label) \(c[1].sources.map(\.text))")
        }
    }

    @Test("كما شرحها / كشف عنها + a speaker: the clause is the speaker's, the source ends at the comma")
    func asExplained() throws {
        let named = try oneClaim("وخطة هؤلاء، كما شرحها المدعي العام فرانسوا مولين أمس، كانت تقوم على قتل الحراس.")
        #expect(named.label == .named, "\(named.label)")
        #expect(named.sources.map(\.text) == ["المدعي العام فرانسوا مولين"], "\(named.sources.map(\.text))")
        // an unnamed official: anonymous, and his name stops at the comma
        let anon = try oneClaim("والمشروع، كما كشف عنها مسؤول رفيع، تشمل ثلاث مراحل.")
        #expect(anon.label == .anonymous, "\(anon.label)")
        #expect(anon.sources.map(\.text) == ["مسؤول رفيع"], "\(anon.sources.map(\.text))")
        // an investigation is no speaker, and the words after the comma are no part of it
        let finding = try oneClaim("والنتائج، كما كشفها التحقيق، صادمة.")
        #expect(finding.label != .named || !finding.sources.contains { $0.kind == .person }, "\(finding.label) \(finding.sources.map(\.text))")
        #expect(!finding.sources.contains { $0.text.contains("صادمة") }, "\(finding.sources.map(\.text))")
        // no subject after the verb: no one, not the previous speaker
        let c = try TestSupport.shippedClaims("وقال الوزير خالد العلي إن الخطة جاهزة.\nوالمشروع، كما كشف عنها، يشمل ثلاث مراحل.")
        try #require(c.count == 2)
        #expect(c[1].label == .unsourced, "\(c[1].label) \(c[1].sources.map(\.text))")
    }

    @Test("a reply to a published report is a denial only when it rebuts it; a reply that confirms, explains or thanks is not")
    func replyRebutting() throws {
        let denied = try oneClaim("وقال مدير العلاقات العامة في رده على خبر نشرته الصحيفة إن الجثة سلمت في اليوم نفسه ولا يوجد أي تأخير.")
        #expect(denied.label == .denied, "\(denied.label)")
        #expect(denied.sources.contains { $0.text == "مدير العلاقات العامة" }, "\(denied.sources.map(\.text))")
        for text in ["وأكد مدير المياه في رده على ما نشرته الصحيفة صحة الخبر.",
                     "وأوضحت الشركة في ردها على ما نشرته الصحيفة أن طول الخط أخر الإصلاح.",
                     "ورحب الوزير في رده على ما نشرته الصحيفة بالملاحظات.",
                     "وقال المدير في رده على ما نشرته الصحيفة إن العمل لا يزال جاريا.",
                     "وقالت المتحدثة باسم الشركة إن الشركة غير ملزمة بتطهير المجاري المائية."] {
            let c = try oneClaim(text)
            #expect(c.label != .denied, "\(text): \(c.label)")
        }
        // the report's author is no source of the reply
        let health = try oneClaim("وقالت وزارة الصحة في ردها على تقرير المنظمة إنها ستدرس التوصيات.")
        #expect(health.label == .named, "\(health.label)")
        #expect(health.sources.map(\.text) == ["وزارة الصحة"], "\(health.sources.map(\.text))")
    }
}
