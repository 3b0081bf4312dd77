import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadRules
import IsnadTestSupport

/// How far a quotation reaches (issue #22): a colon after a reporting verb inside its sentence
/// is indirect speech, ending with the sentence; after a verb that opens its sentence it opens
/// a quotation to the paragraph's end — on a small inline pack.
@Suite("Quotation reach")
struct QuotationReachTests {
    static let pack = AttributionReachTests.pack + """

          - id: report.ittahama
            kind: report
            clitics: conjunction
            lemmas: [اتهم يتهم متهم]
        """

    /// The shipped pack (`كما يقول` is also according.yml's `كما يقول X`, set aside with no X).
    static let shipped: Auditor = try! Auditor(pack: RuleLoader.load(directories: [TestSupport.rules]))

    func auditor() throws -> Auditor { try Auditor(pack: TestSupport.pack(["p.yml": Self.pack])) }

    @Test("«التي قال: إن ...» inside a sentence is indirect speech: the next sentence of its paragraph is narration; «وقال الوزير: إن ...» runs on")
    func indirectColon() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nواتهم الوزير سالم العلي أطرافا بالوقوف ضد الإصلاحات التي قال: إن حكومته تسعى إلى تطبيقها. وجاءت الزيارة في وقت صعب.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced])
        // the relative pronoun with و glued on (والتي قال: إن) is one as well
        let w = a.claims("عنوان الخبر\nواتهم الوزير سالم العلي أطرافا بالوقوف ضد الإصلاحات والتي قال: إن حكومته تسعى إلى تطبيقها. وجاءت الزيارة في وقت صعب.\n")
        #expect(w.map(\.label) == [.unsourced, .named, .unsourced])
        // the verb opens its sentence: its colon still opens a quotation to the paragraph's end
        let d = a.claims("عنوان الخبر\nوقال الوزير سالم العلي: إن الخطة جاهزة. والتنفيذ يبدأ غدا.\n")
        #expect(d.map(\.label) == [.unsourced, .named, .named])
    }

    @Test("«…، كما يقول.» puts the speaker after the claim: the latest speaker's; with a subject, the plural idiom or no speaker before it, nothing")
    func speakerAfterClaim() throws {
        let a = Self.shipped
        let c = a.claims("عنوان الخبر\nوقال الوزير سالم العلي إن الاقتصاد سينمو. والبطالة ستتراجع هذا العام، كما يقول. وأخيرا، كما قال، الأسعار مستقرة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named])
        #expect(c[2].sources.first?.text == "الوزير سالم العلي")
        // no speaker before it, and the idiom of the plural: the writer's
        let d = a.claims("عنوان الخبر\nوالبطالة ستتراجع هذا العام، كما يقول.\nوقال الوزير سالم العلي إن الاقتصاد سينمو. والصبر مفتاح الفرج، كما يقولون.\n")
        #expect(d.map(\.label) == [.unsourced, .unsourced, .named, .unsourced])
    }

    /// A headline's text before its colon, and what the headline should be labelled.
    static let headlineTags: [(String, Label)] = [
        // a competition is a topic tag, not a speaker
        ("دوري أبطال أوروبا : اياكس يتعادل مع رابيد فيينا\nتعادل اياكس مع رابيد فيينا أمس.\n", .unsourced),
        ("شرطة مكة: ضبط شخص طعن رجل أمن\nضبطت الشرطة شخصا أمس.\n", .named),
        // a state alone is a place tag
        ("إيطاليا: إنقاذ 414 مهاجرا قبالة السواحل\nأنقذت البحرية الإيطالية مهاجرين أمس.\n", .unsourced),
        // a verb right after the colon: the state speaks
        ("إيران: لن نتخلى عن برنامجنا النووي\nقالت إيران إنها لن تتخلى عن برنامجها.\n", .named),
        // a body before the colon is no place
        ("شرطة الرياض: ضبط شخص سرق سيارة\nضبطت الشرطة شخصا أمس.\n", .named),
        // an adverb alone before the colon names no one (sample20); beside a body, the body speaks
        ("رسمياً: «مونتاري» اتحادي لموسمين\nوقع النادي عقدا مع اللاعب أمس.\n", .unsourced),
        ("وزارة الصحة رسميا: لا إصابات جديدة\nنشرت الوزارة الأرقام أمس.\n", .named),
    ]

    @Test("a competition or a state alone before a headline's colon is a topic or place tag, not a speaker: «دوري أبطال أوروبا : اياكس يتعادل»، «إيطاليا: إنقاذ 414 مهاجرا»، an adverb alone «رسمياً: ...» unsourced; a body before the colon, or a verb right after it, still speaks", arguments: headlineTags)
    func headlineTag(_ text: String, _ label: Label) {
        let c = Self.shipped.audit(test: text)
        #expect(c.units.first?.kind == .headline)
        #expect(c.units.first?.label == label)
    }

    @Test("outside a headline a state's colon still opens its words")
    func placeOutsideHeadline() {
        let a = Self.shipped
        // outside a headline the state's colon still opens its words
        let body = a.claims("عنوان الخبر\nوردت الحكومة على الاتهامات. إيطاليا: لا تهاون مع المهربين.\n")
        #expect(body.last?.label == .named)
    }
}
