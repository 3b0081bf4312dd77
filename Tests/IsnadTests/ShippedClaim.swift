import Testing
import IsnadModel
import IsnadTestSupport

/// The one claim the shipped pack finds in `text` — the shared preamble of the shipped-pack
/// tests: a text that is not exactly one claim fails the test where it was called.
func oneClaim(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> AuditedUnit {
    let claims = try TestSupport.shippedClaims(text)
    try #require(claims.count == 1, "\(text): \(claims.count) claims", sourceLocation: sourceLocation)
    return claims[0]
}

/// Each text is one claim the shipped pack attributes (not unsourced) to its given source, first:
/// the name the cue's subject spans, no word more or less (ShippedBacklog13Tests, 14).
func expectAttributed(_ cases: [(text: String, source: String)], sourceLocation: SourceLocation = #_sourceLocation) throws {
    for (text, source) in cases {
        let c = try oneClaim(text, sourceLocation: sourceLocation)
        #expect(c.label != .unsourced, "\(text): \(c.label)", sourceLocation: sourceLocation)
        #expect(c.sources.first?.text == source, "\(text): \(c.sources.map(\.text))", sourceLocation: sourceLocation)
    }
}
