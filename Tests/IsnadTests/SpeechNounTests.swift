import Testing
@testable import Isnad
@testable import IsnadEngine
@testable import IsnadRules
import IsnadTestSupport

/// Who speaks (issue 22): a verbal noun whose possessive pronoun is the speaker
/// (`speaker: previous`), spans that stop at the speech's object, appositions closed by any
/// punctuation, and a group or role that goes on to name its member.
@Suite("Who speaks: verbal nouns, spans, named members")
struct SpeechNounTests {
    static let yaml: [String: String] = [
        "cues.yml": """
            rules:
              - id: report.qala
                kind: report
                clitics: conjunction
                patterns: [قال|قالت|طالب|أكد|أعلنت|أضاف]
              - id: speech.possessive
                kind: report
                clitics: all
                speaker: previous
                patterns: ["تأكيده|تأكيدها على|أن"]
              - id: grammar.complement
                kind: complement
                patterns: [أن|إن]
              - id: grammar.stop
                kind: stop
                clitics: none
                patterns: [في|من|عن|على]
              - id: grammar.members-called
                kind: members
                clitics: none
                patterns: [يدعى]
              - id: entity.title
                kind: title
                patterns: [الوزير|مدير|المتحدثه]
              - id: entity.organization
                kind: organization
                patterns: [وزاره|شركه]
              - id: role.generic
                kind: role
                patterns: [شاهد|مواطن]
              - id: anonymous.witnesses
                kind: anonymous
                patterns: ["شاهد عيان"]
              - id: lex.collective.partitive-pronoun
                kind: collective
                clitics: conjunction
                patterns: [بعضهم]
            """,
        "gazetteer.yml": """
            gazetteer:
              - id: reuters
                name: رويترز
                kind: agency
            """,
    ]
    static let auditor: Auditor = try! Auditor(pack: try! TestSupport.pack(yaml))
    func claims(_ text: String) -> [AuditedUnit] { Self.auditor.claims(text, outlet: nil) }

    @Test("a verbal noun with the speaker as its pronoun points back to the previous source, never to the verb before it")
    func previousSpeaker() {
        let c = claims("وقال الوزير أحمد العلي إن الخطة جاهزة. وجدد تأكيده على أهمية التعاون.")
        #expect(c.map(\.label) == [.named, .named])
        #expect(c[1].sources.first?.text.contains("أحمد العلي") == true)
        #expect(c[1].sources.contains { $0.text.contains("وجدد") } == false)
        // with no source before it, the pronoun points to no one
        #expect(claims("وجدد تأكيده على أهمية التعاون.").map(\.label) == [.unsourced])
    }

    @Test("speaker: takes true, false, previous or clause; any other value (gap, withdrawn) is an error with its place")
    func speakerValues() throws {
        let dir = try TestSupport.tempDir()
        try """
            rules:
              - id: report.x
                kind: report
                speaker: maybe
                patterns: [قال]
            """.write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); Issue.record("speaker: maybe loaded") } catch {
            #expect(error.errors.contains { $0.message.contains("'speaker' must be true, false, previous or clause") && $0.line == 4 })
        }
        let pack = try TestSupport.pack(Self.yaml)
        #expect(pack.rules.first { $0.id == "speech.possessive" }?.speaker == .previous)
        #expect(pack.rules.first { $0.id == "report.qala" }?.speaker == .subject)
        try """
            rules:
              - id: report.y
                kind: report
                speaker: clause
                patterns: [بقوله]
            """.write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        #expect(try RuleLoader.load(directories: [dir]).rules.first { $0.id == "report.y" }?.speaker == .clause)
        // (speaker: gap was withdrawn, mends17: an unknown value is a located error)
        try """
            rules:
              - id: report.z
                kind: report
                speaker: gap
                patterns: ["نقل *10 تعازي"]
            """.write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); Issue.record("speaker: gap loaded") } catch {
            #expect(error.errors.contains { $0.message.contains("'speaker' must be") && $0.line == 4 })
        }
    }

    @Test("a word glued to بال ends a group's span (the object of its demand), not a body's or a title's")
    func biAlEndsGroup() {
        #expect(claims("وطالب بعضهم بالمحاسبة العاجلة.").first?.sources.first?.text == "بعضهم")
        #expect(claims("وقال مدير الإعلام بالوزارة إن العمل مستمر.").first?.sources.first?.text == "مدير الإعلام بالوزارة")
    }

    @Test("an apposition closes at any punctuation: a colon or a quotation mark after the name")
    func appositionPunctuation() {
        #expect(claims("وقال مدير الشركة، أحمد العلي: إن العمل مستمر.").first?.sources.first?.text == "مدير الشركة، أحمد العلي")
        // a title alone before an opening mark is no name
        #expect(claims("وقال أحمد العلي، مدير \"الشركة\"، إن العمل مستمر.").first?.sources.first?.text == "أحمد العلي")
    }

    @Test("a name in quotation marks right after the verb is its subject; quoted words are not")
    func quotedSubject() {
        let u = claims("وأعلنت “الشركة” عن نيتها توسيع المصنع.")[0]
        #expect(u.label == .named)
        #expect(u.sources.first?.text == "الشركة")
        let c = claims("وقال الوزير أحمد العلي إن الخطة جاهزة. وأضاف \"شكرا للجميع\".")
        #expect(c[1].sources.first?.text.contains("أحمد العلي") == true)
    }

    @Test("the preposition ل standing alone before an outlet ends the name: the outlet is the via")
    func toldToDetached() {
        let u = claims("وقال الوزير أحمد العلي لـ رويترز إن العمل مستمر.")[0]
        #expect(u.label == .secondhand)
        #expect(u.sources.first?.text == "الوزير أحمد العلي")
        #expect(u.sources.first?.via?.contains("رويترز") == true)
    }

    @Test("a witness who is named (يدعى) is a named source, and the outlet he spoke to is the via")
    func namedWitness() {
        let u = claims("وقال شاهد عيان يدعى أحمد العلي لرويترز إن النار أطلقت.")[0]
        #expect(u.label == .secondhand)
        #expect(u.sources.first?.kind == .person)
        #expect(u.sources.first?.text == "شاهد عيان يدعى أحمد العلي")
        #expect(u.sources.first?.via?.contains("رويترز") == true)
        #expect(claims("وقال شاهد عيان إن النار أطلقت.")[0].label == .anonymous)
    }
}
