import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// A bare reporting verb linked to the action verb that opens its unit (issue 22,
/// participles2): حيث / إذ / كما / قد, its own و, or a comma — the opening verb's subject says
/// it, not the previous unit's speaker. Made-up sentences, read by the shipped pack.
@Suite("shipped pack: a bare verb linked to the unit's opening action verb (issue 22, participles2)")
struct ShippedLinkedVerbTests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    /// The claim whose text holds `part`.
    func claim(_ cs: [AuditedUnit], _ part: String) throws -> AuditedUnit {
        try #require(cs.first { $0.text.contains(part) }, "no claim holds \(part)")
    }

    static let before = "وقال المتحدث باسم الشرطة إن الطريق مغلق.\n"

    @Test("a bare verb after حيث / إذ / كما, or with its own و, is said by the opening verb's subject")
    func linkedToOpeningSubject() throws {
        for (text, speaker) in [
            ("أطلق وزير الصحة حملة التطعيم في العاصمة، حيث أكد أن اللقاح آمن.", "وزير الصحة"),
            ("زار وزير الخارجية القاهرة أمس، إذ أوضح أن العلاقات متينة.", "وزير الخارجية"),
            ("استقبل رئيس الجامعة الوفد الزائر، كما أوضح أن الجامعة تسعى إلى التوسع.", "رئيس الجامعة"),
            ("افتتحت وزارة التعليم المدرسة الجديدة وقالت إن الدراسة ستبدأ غدا.", "وزارة التعليم"),
            ("افتتحت وزارة التعليم المدرسة الجديدة، حيث قالت إن الدراسة ستبدأ غدا.", "وزارة التعليم"),
        ] {
            // alone, and after another speaker (whom a bare verb would otherwise refer back to)
            for whole in [text, Self.before + text] {
                let c = try claim(claims(whole), String(text.prefix(12)))
                #expect(c.label == .named, "\(whole)")
                #expect(c.sources.first?.text.hasPrefix(speaker) == true, "\(whole): \(c.sources.map(\.text))")
            }
        }
    }

    @Test("كان … قد with a bare verb: the subject between them says it")
    func kanaQad() throws {
        let text = "وكانت الهيئة العامة للإحصاء قد أعلنت أن التضخم ارتفع."
        let c = try claim(claims(Self.before + text), "التضخم")
        #expect(c.label == .named)
        #expect(c.sources.first?.text == "الهيئة العامة للإحصاء", "\(c.sources.map(\.text))")
    }

    @Test("kept out: a speaker named after the verb, a verb of another gender, a quantifier opening the unit")
    func keptOut() throws {
        // the verb's own subject after it
        let own = try claim(claims("افتتح وزير الصحة المستشفى، حيث قالت مديرته إن الخدمة ستبدأ فورا."), "مديرته")
        #expect(own.label == .named)
        #expect(own.sources.first?.text == "مديرته", "\(own.sources.map(\.text))")
        // a feminine verb after a masculine opening one is someone else's: not the minister
        let fem = try claim(claims(Self.before + "افتتح وزير الصحة المستشفى، حيث قالت إن الخدمة ستبدأ فورا."), "افتتح")
        #expect(!fem.sources.contains { $0.text.contains("وزير الصحة") }, "\(fem.sources.map(\.text))")
        // كل opens a noun phrase, no verb: its words are no subject
        let all = try claim(claims("كل وزارة، تقريبا، ستؤكد أن خطتها ناجحة."), "كل وزارة")
        #expect(!all.sources.contains { $0.text.contains("وزارة") }, "\(all.sources.map(\.text))")
    }
}
