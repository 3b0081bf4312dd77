import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// The shipped pack's topic adverbials between a verb and its subject (Rules/grammar.yml
/// grammar.adverb-topic, SourceResolver.phrase): no source of their own (spans12, #22).
@Suite("shipped topic adverbials before the subject")
struct ShippedTopicAdverbTests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("بذلك / بهذا الخصوص after the verb is skipped: the subject after it is the source, none when none follows")
    func topicAdverbIsNoSource() throws {
        let c = try claims("وقال المتحدث الأمني فهد العلي إن الدورة انتهت.\nوقال بهذا الخصوص مدير المركز سالم العمر إن الخريجين كثر.\nوبين أنه بذلك يصبح عدد المستفيدين 63 خريجا.")
        try #require(c.count == 3)
        #expect(c[1].sources.first?.text == "مدير المركز سالم العمر")
        // a verb right after the adverb opens a clause of its own: no source is read from it
        #expect(c[2].label == .named)
        #expect(!c[2].sources.contains { $0.text.contains("بذلك") || $0.text.contains("يصبح") })
    }
}
