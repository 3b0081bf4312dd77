import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// A claim lists each of its sources once (Labeller, `Proposals.distinctMentions`): two bare
/// verbs of one claim each take the previous speaker, who is one source.
@Suite("shipped pack: a claim lists a source once")
struct ShippedDistinctSourcesTests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("two participles going on from one speaker (داعيا … مؤكدا) list him once")
    func twoBareVerbsOneSource() throws {
        let c = try claims("وقال وزير النقل سالم العمر إن الطرق آمنة.\nداعيا السكان إلى الهدوء، مؤكدا أن الحكومة ستؤمن لهم رحلات.")
        try #require(c.count == 2)
        #expect(c[1].label == .named)
        #expect(c[1].sources.count == 1)
        #expect(c[1].sources.first?.id == c[0].sources.first?.id)
    }
}
