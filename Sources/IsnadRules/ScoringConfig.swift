import IsnadModel
import IsnadText

/// Weights and penalties that turn labels into credibility scores (`scoring.yml`).
public struct ScoringConfig: Sendable, Equatable {
    /// Score of a claim per label, 0...100.
    public var weights: [Label: Double] = Dictionary(uniqueKeysWithValues: Label.allCases.map { ($0, $0.descriptor.defaultWeight) })
    /// Taken off an anonymous claim whose source has no stated reason for anonymity.
    public var anonymousWithoutReason: Double = 10
    /// Taken off a secondhand claim for every link of the chain beyond the first.
    public var extraChainLink: Double = 10
    /// Taken off a sourced claim whose source backs no other claim of the article.
    public var singleUseSource: Double = 5
    public init() {}
}
