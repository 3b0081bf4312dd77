import IsnadModel
import IsnadText
import IsnadRules

/// Turns labels into credibility scores with the weights of `scoring.yml`.
///
/// A claim scores `weight[label]`, minus `anonymous_without_reason` when it is anonymous
/// without the `reason_given` flag (the standards' definition: a stated reason, not the bare
/// condition `شريطة عدم الكشف عن هويته`), minus `extra_chain_link` for every
/// relay beyond the first, minus `single_use_source` when the source it rests on backs
/// no other claim; clamped to 0...100. The article scores the mean of its claims
/// (100 when it has none).
public struct Scorer: Sendable {
    public var config: ScoringConfig { didSet { weights = Self.weights(config) } }
    /// `config.weights` by label rank: read for every claim.
    private var weights: [Double]
    public init(config: ScoringConfig) { self.config = config; weights = Self.weights(config) }
    private static func weights(_ c: ScoringConfig) -> [Double] { Label.allCases.sorted().map { c.weights[$0] ?? 0 } }

    /// `reasonGiven`: the claim carries `reason_given` (`Standards.flagAnonymity`).
    public func score(_ j: Judgement, roster: SourceRoster, reasonGiven: Bool) -> Double {
        score(label: j.label, rosterIndexes: j.rosterIndexes, chainLinks: j.chainLinks, roster: roster, reasonGiven: reasonGiven)
    }

    /// The score of a claim from the parts of its judgement that count (`Auditor` keeps only
    /// these for every claim until the flags are known, not the whole judgement).
    func score(label: Label, rosterIndexes ids: [Int], chainLinks: Int, roster: SourceRoster, reasonGiven: Bool) -> Double {
        var s = weights[label.rank]
        // the entries read in place: a copy of each would retain all its strings and lists
        if label == .anonymous && !reasonGiven { s -= config.anonymousWithoutReason }
        if label == .secondhand && chainLinks > 1 { s -= Double(chainLinks - 1) * config.extraChainLink }
        if label != .unsourced && !ids.isEmpty && ids.allSatisfy({ roster.entries[$0].claims.count <= 1 }) { s -= config.singleUseSource }
        return min(100, max(0, s))
    }

    public func articleScore(_ claimScores: [Double]) -> Double {
        claimScores.isEmpty ? 100 : (claimScores.reduce(0, +) / Double(claimScores.count) * 10).rounded() / 10
    }
}
