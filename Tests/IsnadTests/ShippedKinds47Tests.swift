import Testing
import IsnadModel
import IsnadTestSupport

/// An unnamed group's forecast inside a named speaker's words is the speaker's (kinds47, #22):
/// made-up sentences read by the shipped pack.
@Suite("shipped pack: kinds47")
struct ShippedKinds47Tests {
    @Test("a group's forecast inside a named speaker's quotation marks, opened in the unit or in the sentence before, is the speaker's: named")
    func forecastInsideQuotation() throws {
        let c = try oneClaim("وقالت المديرة سلمى الحربي «يتوقع المحللون نموا كبيرا في المنطقة».")
        #expect(c.label == .named, "\(c.label) \(c.sources.map(\.text))")
        #expect(c.sources.map(\.text) == ["المديرة سلمى الحربي"], "\(c.sources.map(\.text))")
        // a colon quotation without marks
        let colon = try oneClaim("وقال الوزير خالد العمري: يتوقع الخبراء تراجع الأسعار في الربع المقبل.")
        #expect(colon.label == .named, "\(colon.label) \(colon.sources.map(\.text))")
        // the quotation opened in the sentence before, still open
        let on = try TestSupport.shippedClaims("وقالت المديرة سلمى الحربي «السوق قوية هذا العام. ويتوقع المحللون نموا كبيرا في المنطقة».")
        try #require(on.count == 2, "\(on.count) claims")
        #expect(on[1].label == .named, "\(on[1].label) \(on[1].sources.map(\.text))")
    }

    @Test("a group's forecast in the إن clause of a named speaker's saying, or after a far «فإنها», is the speaker's: named")
    func forecastInsideClause() throws {
        let inClause = try oneClaim("وقال وزير المالية خالد العمري إن خبراء يتوقعون نمو الاقتصاد في العام المقبل.")
        #expect(inClause.label == .named, "\(inClause.label) \(inClause.sources.map(\.text))")
        let far = try oneClaim("وقال مدير الصندوق سامي العلي إن الصناديق تستهدف عائدا في أوروبا، فإنها تتوقع 25-30 في المائة في الخليج.")
        #expect(far.label == .named, "\(far.label) \(far.sources.map(\.text))")
        #expect(far.sources.allSatisfy { $0.text != "25" }, "\(far.sources.map(\.text))")
    }

    @Test("a number is never a source: «فإنها تتوقع 25-30» names no one")
    func numberIsNoSource() throws {
        let c = try TestSupport.shippedClaims("وتستهدف الصناديق عائدا مرتفعا في أوروبا. وفي الخليج فإنها تتوقع 25-30 في المائة.")
        try #require(c.count == 2, "\(c.count) claims")
        #expect(c[1].sources.allSatisfy { $0.text != "25" }, "\(c[1].sources.map(\.text))")
        #expect(c[1].label != .anonymous, "\(c[1].label)")
        // a count of a group is still a source
        let count = try oneClaim("وقال 3 مسؤولين إن الاجتماع تأجل.")
        #expect(count.label == .anonymous, "\(count.label) \(count.sources.map(\.text))")
    }

    @Test("a group's forecast standing on its own stays anonymous; a named speaker's forecast after a closed quotation stays the group's")
    func standaloneForecast() throws {
        let c = try oneClaim("ويتوقع محللون تراجع أسعار النفط في العام المقبل.")
        #expect(c.label == .anonymous, "\(c.label)")
        let closed = try oneClaim("وقالت المديرة سلمى الحربي «السوق قوية»، فيما يتوقع محللون تراجع الأسعار.")
        #expect(closed.label == .anonymous, "\(closed.label) \(closed.sources.map(\.text))")
    }

    @Test("a number before a body or a state noun counts them, and a number with a Levantine month is a bloc's name: a source (mends39)")
    func countOfBodiesAndBlocs() throws {
        let states = try oneClaim("وتشترط 42 دولة أن يحمل الزائر تأشيرة مسبقة.")
        #expect(states.label == .named, "\(states.label) \(states.sources.map(\.text))")
        #expect(states.sources.map(\.text) == ["42 دولة"], "\(states.sources.map(\.text))")
        let bodies = try oneClaim("ونددت 17 منظمة غير حكومية بقرار إغلاق المعبر.")
        #expect(!bodies.sources.isEmpty, "\(bodies.label)")
        #expect(bodies.sources.first?.text.hasPrefix("17") == true, "\(bodies.sources.map(\.text))")
        let bloc = try oneClaim("وقالت 8 آذار إن الجلسة تأجلت.")
        #expect(bloc.label == .named, "\(bloc.label) \(bloc.sources.map(\.text))")
        #expect(bloc.sources.map(\.text) == ["8 آذار"], "\(bloc.sources.map(\.text))")
        // an amount still names no one
        let minutes = try oneClaim("وصفة 45 دقيقة تقدمها الطاهية للمبتدئين.")
        #expect(minutes.sources.isEmpty, "\(minutes.sources.map(\.text))")
        let features = try oneClaim("7 ميزات يقدمها الحاسوب الجديد.")
        #expect(features.sources.isEmpty, "\(features.sources.map(\.text))")
    }

    @Test("«توقع ب» + a person is a trap, no forecast: no anonymous source (mends39)")
    func trapIsNoForecast() throws {
        let c = try oneClaim("210 حقيبة عطور توقع بمواطن في مطار الميناء.")
        #expect(c.label != .anonymous, "\(c.label) \(c.sources.map(\.text))")
        #expect(c.sources.isEmpty, "\(c.sources.map(\.text))")
        // a forecast with a thing for object stays the group's
        let f = try oneClaim("ويتوقع خبراء تراجع أسعار الذهب في الربع المقبل.")
        #expect(f.label == .anonymous, "\(f.label)")
    }
}
