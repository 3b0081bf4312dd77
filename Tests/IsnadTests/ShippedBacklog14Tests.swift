import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadTestSupport

/// Misreadings left from the last two stops (backlog14): each a made-up sentence of the kind,
/// read by the shipped pack.
@Suite("shipped pack: backlog14")
struct ShippedBacklog14Tests {
    @Test("علي before a family name in ة after a speech verb that takes no على, or before the verb's own على, is the name")
    func aliBeforeFamilyNameInTa() throws {
        try expectAttributed([("وقال مفتي مصر السابق علي جمعة إن الفتوى واضحة.", "مفتي مصر السابق علي جمعة"),
                              ("وقال القيادي في المقاومة علي عيدة إن الهجوم صد.", "القيادي في المقاومة علي عيدة"),
                              ("وأوضح الطفل علي دوابشة أن البيت احترق.", "الطفل علي دوابشة"),
                              ("وشدد الشيخ علي جمعة على أن الفتوى واضحة.", "الشيخ علي جمعة"),
                              ("وشدد مدير التعليم علي عوضة على أن الدراسة مستمرة.", "مدير التعليم علي عوضة")])
        // (a role in a body with its holder named is read anonymous, as before: another question)
        // after a verb that takes على, a noun of the ة ending is still the preposition's object
        for text in ["وأكد الوزير علي ضرورة الالتزام بالقرار.", "وشدد المدير علي أهمية المشروع."] {
            let c = try oneClaim(text)
            #expect(!(c.sources.first?.text.contains("علي") ?? false), "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("a decimal tally after أضاف is the score added, and a number is never its speaker")
    func decimalTally() throws {
        let c = try TestSupport.shippedClaims("وقال المحلل خالد العمري إن السوق مستقرة.\nوارتفع سهم الشركة بعد أن أضاف 0.41 نقطة في ختام التداول.")
        #expect(c.count == 2)
        #expect(c.last?.label == .unsourced, "\(c.last?.label as Any)")
        #expect(!(c.last?.sources.contains { $0.text.first?.isNumber ?? false } ?? true), "\(c.last?.sources.map(\.text) ?? [])")
    }

    @Test("a definite study with the researcher who prepared it is a named document, not the unauthored study met before")
    func studyByNamedResearcher() throws {
        let c = try TestSupport.shippedClaims("أكدت دراسة اقتصادية حديثة أن الصكوك تنتشر بسرعة.\nجاء ذلك في الدراسة التي أعدها الباحث خالد المطيري.")
        #expect(c.count == 2)
        #expect(c.first?.label == .anonymous, "\(c.first?.label as Any)")
        #expect(c.last?.label == .named, "\(c.last?.label as Any)")
        #expect(c.last?.sources.first?.text.contains("خالد المطيري") ?? false, "\(c.last?.sources.map(\.text) ?? [])")
    }

    @Test("رأي with a dotted ي and no holder after it is the noun «opinion», not the verb رأى; the verb and a holder's view stay")
    func opinionNoun() throws {
        for text in ["وتحولت القضية إلى قضية رأي عام بعد أن نشرت الصور أن الموظف مخطئ.",
                     "استطلاع رأي: المرشح يتقدم على منافسيه"] {
            let c = try oneClaim(text)
            #expect(c.label == .unsourced, "\(text): \(c.label) \(c.sources.map(\.text))")
        }
        let verb = try oneClaim("ورأى الوزير أن الأزمة طويلة.")
        #expect(verb.label == .named && verb.sources.first?.text == "الوزير", "\(verb.label) \(verb.sources.map(\.text))")
        let held = try oneClaim("وكان رأي الخبراء هو أن الأسعار باهظة.")
        #expect(held.label == .anonymous, "\(held.label) \(held.sources.map(\.text))")
    }

    @Test("an agreement inside a condition (إذا سارت الأمور وفقا للاتفاق، فإن) is manner, no second source")
    func agreementInCondition() throws {
        let c = try oneClaim("وقال الوزير إنه إذا سارت الأمور وفقا للاتفاق، فإن العقوبات سترفع في الربيع.")
        #expect(c.label == .named)
        #expect(c.sources.map(\.text) == ["الوزير"], "\(c.sources.map(\.text))")
    }
}
