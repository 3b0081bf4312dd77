/// Why an article fails the run's policy, as a value: reporters word it in their own
/// language (`description` is the English of the CI formats and of JSON's `reasons`).
public enum PolicyFailure: Sendable, Hashable, CustomStringConvertible {
    /// `count` claims carry a label that fails (`labels`, in name order).
    case claims(count: Int, labels: [Label])
    /// The article's score is below the policy's minimum.
    case score(Double, minimum: Double)

    public var description: String {
        switch self {
        case let .claims(count, labels): "\(count) claim(s) labelled " + labels.map(\.rawValue).joined(separator: "/")
        case let .score(score, minimum): "score \(score) below the minimum \(minimum)"
        }
    }
}
