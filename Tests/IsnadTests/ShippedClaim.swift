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
