import Testing
@testable import Isnad
@testable import IsnadEngine
import IsnadTestSupport

/// The writer's own voice and the unit kinds of columns and round-ups (issue 22): what the
/// writer thinks or imagines others say, a reporting verb after a relative pronoun, a credit
/// closing a line, a section label ending in a colon — on the unit pack of `Support`, with a
/// background formula added where a test needs one.
@Suite("Writer's voice, relative subjects and line credits")
struct WritersVoiceTests {
    /// The unit pack and a background formula whose complementiser is part of the phrase.
    static let auditor: Auditor = {
        var files = Support.yaml
        files["background.yml"] = """
            rules:
              - id: voice.background
                kind: own_voice
                patterns: [يذكر أن]
              - id: grammar.relatives
                kind: stop
                clitics: none
                patterns: [الذي|التي]
            """
        return try! Auditor(pack: TestSupport.pack(files))
    }()

    func claim(_ text: String) -> AuditedUnit { Self.auditor.claims(text)[0] }

    @Test("a cue inside what the writer imagines or thinks (an own-voice phrase and its أن) names no source")
    func writersContent() {
        // the same clause alone has a speaker
        #expect(claim("وقال الوزير إن الأسعار ارتفعت.").label == .named)
        let imagined = claim("وقد يقول قائل إن الوزير قال إن الأسعار ارتفعت.")
        #expect(imagined.label == .unsourced)
        #expect(imagined.sources.isEmpty)
        // a complementiser inside the phrase (the background formula) opens nothing: the rest is judged by itself
        let background = claim("يذكر أن الوزير قال إن الأسعار ارتفعت.")
        #expect(background.label == .named)
        #expect(background.sources.first?.text == "الوزير")
    }

    @Test("a verb right after a relative pronoun takes the speaker before the pronoun, when it has its content")
    func relativeSubject() {
        let u = claim("وتأخرت رواتب الوزير أحمد العلي الذي قال إن الاجتماع انتهى.")
        #expect(u.label == .named)
        #expect(u.sources.first?.text == "الوزير أحمد العلي")
        // a noun that names no speaker is no subject
        #expect(claim("وارتفعت الأسعار التي قالت إن الاجتماع انتهى.").sources.isEmpty)
        // without its content (أن، a colon, a quotation) the relative clause may be the object's
        #expect(claim("وعاد الوزير أحمد العلي الذي قال.").label == .unsourced)
    }

    @Test("in a list item, the phrase before a colon is a label unless it names a speaker")
    func listLabel() {
        let label = Self.auditor.claims("عنوان\n* الغرض: الطائرة مصممة لنقل القوات.\n").last!
        #expect(label.label == .unsourced && label.sources.isEmpty)
        let speaker = Self.auditor.claims("عنوان\n* الوزير: الطائرة مصممة لنقل القوات.\n").last!
        #expect(speaker.label == .named && speaker.sources.first?.text == "الوزير")
        // outside a list a short phrase before a colon still names its speaker
        #expect(Self.auditor.claims("عنوان\nالغرض: الطائرة مصممة لنقل القوات.\n").last!.label == .named)
    }

    @Test("a short verbless name closing a line after its sentence is a credit, not a claim")
    func closingCredit() {
        let audit = Self.auditor.audit(test: "عنوان\nالتغافل خصلة محمودة بين الأصدقاء. عبدالرحمن الدريس\n")
        #expect(audit.units.map(\.kind) == [.headline, .claim, .byline])
        // a sentence fragment with a cue is no credit
        let cued = Self.auditor.audit(test: "عنوان\nالتغافل خصلة محمودة. وقال الوزير ذلك\n")
        #expect(cued.units.last?.kind == .claim)
        // a short nominal sentence closing a paragraph is a claim, not a credit
        let nominal = Self.auditor.audit(test: "عنوان\nتراجعت البورصة أمس بشكل حاد. الأسهم القيادية متراجعة\n")
        #expect(nominal.units.last?.kind == .claim)
        // a name on a line of its own is a heading's business, not a credit's
        let alone = Self.auditor.audit(test: "عنوان\nالتغافل خصلة محمودة بين الأصدقاء.\nعبدالرحمن الدريس\n")
        #expect(alone.units.last?.kind != .byline)
    }

    @Test("a short verbless label ending in a colon is a heading; a longer one introduces what follows")
    func colonLabel() {
        // past the first lines, where a short line ending in a colon is a dateline
        let opening = "عنوان\nارتفعت الأسعار.\nارتفعت الأسعار.\nارتفعت الأسعار.\nارتفعت الأسعار.\nارتفعت الأسعار.\n"
        let audit = Self.auditor.audit(test: opening + "طريقة التحضير:\nيخلط الدقيق بالماء.\n")
        #expect(audit.units[6].text == "طريقة التحضير:")
        #expect(audit.units[6].kind == .heading)
        // a product's or a list item's title runs to six words (kinds34, d175)
        let product = Self.auditor.audit(test: opening + "ساعة الشركة الذكية الجديدة ذات الإطار:\nيخلط الدقيق بالماء.\n")
        #expect(product.units[6].text == "ساعة الشركة الذكية الجديدة ذات الإطار:")
        #expect(product.units[6].kind == .heading)
        let long = Self.auditor.audit(test: opening + "وفيما يلي أبرز ما جاء في البيان الختامي:\nيخلط الدقيق بالماء.\n")
        #expect(long.units[6].kind == .claim)
        let spoken = Self.auditor.audit(test: opening + "وقال الوزير:\nالأسعار ارتفعت.\n")
        #expect(spoken.units[6].kind == .claim)
    }
}
