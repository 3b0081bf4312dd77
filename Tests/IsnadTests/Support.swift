import Foundation
@testable import Isnad
import IsnadTestSupport

/// Shared values for the unit tests: a small rule pack written here, never the shipped
/// `Rules/` (editing those cannot break a unit test; the end-to-end tests cover them).
enum Support {
    static let fixtures = TestSupport.fixtures
    static let gold = TestSupport.gold

    /// A few cues of each kind the engine reads, enough for the sentences of the unit tests.
    static let yaml: [String: String] = [
        "verbs.yml": """
            clitics: conjunction
            rules:
              - id: report.qala
                kind: report
                patterns: [قال|قالت|قالوا|يقول|أضاف|أضافت|أكد|أكدت|ذكر|ذكرت]
              - id: relay.naqala
                kind: relay
                patterns: [نقل|نقلت]
              - id: denial.nafa
                kind: denial
                patterns: [نفى|نفت|ينفي|تنفي]
              - id: no-comment.declined
                kind: no_comment
                patterns: [رفض|رفضت التعليق]
              - id: according.wifqan
                kind: according
                patterns: [وفقا|بحسب ل, بحسب]
              - id: hedge.yabdu
                kind: hedge
                patterns: [يبدو]
              - id: voice.own
                kind: own_voice
                patterns: [كما يقال, قد يقول قائل, أتساءل]
              - id: passive.yuqal
                kind: passive
                patterns: [يقال|قيل]
              - id: verb.perfect
                kind: verb
                patterns: [ارتفعت|عقد|انتهى]
            """,
        "sources.yml": """
            rules:
              - id: grammar.complement
                kind: complement
                patterns: [أن|إن|بأن]
              - id: grammar.stop
                kind: stop
                clitics: none
                patterns: [في|أمس|من|عن|على|إلى|لـ|ل]
              - id: grammar.told
                kind: told
                patterns: [في تصريح ل]
              - id: entity.title
                kind: title
                patterns: [الوزير|وزير|المتحدث|المدير|مدير]
              - id: entity.organization
                kind: organization
                patterns: [وزاره|الوزاره|الشركه]
              - id: role.generic
                kind: role
                patterns: [مسؤول|المسؤول]
              - id: anonymous.sources
                kind: anonymous
                patterns: [مصادر مطلعه]
              - id: anonymity.condition
                kind: anonymity
                patterns: [شريطه عدم الكشف عن هويته]
              - id: outlet.heads
                kind: outlet_head
                patterns: [صحيفه|وكاله]
              - id: outlet.names
                kind: outlet
                patterns: [رويترز|عكاظ]
            """,
        "furniture.yml": """
            rules:
              - id: furniture.more
                kind: boilerplate
                scope: line
                patterns: [اقرأ أيضا]
            """,
    ]

    /// The unit pack, loaded once.
    static let pack: RulePack = try! TestSupport.pack(yaml)
    static let auditor: Auditor = try! Auditor(pack: pack)

    static func audit(_ text: String, outlet: String? = nil) -> ArticleAudit { auditor.audit(test: text, outlet: outlet) }
    static func claims(_ text: String, outlet: String? = nil) -> [AuditedUnit] { auditor.claims(text, outlet: outlet) }
    static func tempDir() throws -> String { try TestSupport.tempDir() }
}
