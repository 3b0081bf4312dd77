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

    @Test("كان … قد with a bare verb: the subject between them says it (a regression guard: read before this round too)")
    func kanaQad() throws {
        let text = "وكانت الهيئة العامة للإحصاء قد أعلنت أن التضخم ارتفع."
        let c = try claim(claims(Self.before + text), "التضخم")
        #expect(c.label == .named)
        #expect(c.sources.first?.text == "الهيئة العامة للإحصاء", "\(c.sources.map(\.text))")
    }

    @Test("kept out (review): فكأن 'as if', a relative clause after the comma, a noun phrase before an aside, a root ت, a clause inside a quotation")
    func reviewKeptOut() throws {
        // فكأن folded is فكان: no subject read between it and قد
        let asIf = try claim(claims(Self.before + "لم يعلق أحد، فكأن الوزير قد أكد أن الخطة فاشلة."), "الخطة")
        #expect(!asIf.sources.contains { $0.text == "الوزير" }, "\(asIf.sources.map(\.text))")
        // a title before a name is no construct
        let title = try claim(claims(Self.before + "وكان الداعية محمد جبريل، قد دعا إلى التبرع للمستشفى."), "التبرع")
        #expect(title.sources.first?.text.contains("محمد جبريل") == true, "\(title.sources.map(\.text))")
        // the relative clause has قد and the verb for its own
        let rel = try claim(claims(Self.before + "وكان الوزير عضوا في اللجنة، التي قد أكدت أن الخطة فاشلة."), "اللجنة")
        #expect(!rel.sources.contains { $0.text.contains("الوزير") }, "\(rel.sources.map(\.text))")
        // a noun phrase set off by an aside is no name
        let np = try claim(claims(Self.before + "وكان ارتفاع الأسعار، في الأشهر الماضية، قد أكد أن السوق مضطرب."), "الأسعار")
        #expect(!np.sources.contains { $0.text.contains("ارتفاع") }, "\(np.sources.map(\.text))")
        // لفت is masculine though it ends in ت: the ministry's feminine verb does not share its subject
        let root = try claim(claims(Self.before + "افتتحت الوزارة المعرض، كما لفت إلى أن الزوار كثيرون."), "المعرض")
        #expect(!root.sources.contains { $0.text.contains("الوزارة") }, "\(root.sources.map(\.text))")
        let root2 = try claim(claims(Self.before + "أنصت الوزير إلى المواطنين، حيث أكد أن مطالبهم مشروعة."), "أنصت")
        #expect(root2.sources.first?.text.hasPrefix("الوزير") == true, "\(root2.sources.map(\.text))")
        // inside another speaker's quotation the opening clause is the content, no source
        let q = try claim(claims(Self.before + "«أطلقت الوزارة المبادرة، حيث أكدت أن الخطة جاهزة»، قال المدير."), "المبادرة")
        #expect(!q.sources.contains { $0.text.contains("الوزارة") }, "\(q.sources.map(\.text))")
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
