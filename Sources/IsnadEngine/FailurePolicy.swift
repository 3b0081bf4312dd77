import IsnadModel
import IsnadText
import IsnadRules

/// When claims and articles fail a run: the labels that fail, how many unsourced claims an
/// article may carry, and the lowest acceptable article score.
public struct FailurePolicy: Sendable, Equatable {
    /// Claims with these labels fail (default: unsourced).
    public var labels: Set<Label>
    /// An article may carry this many unsourced claims before they fail (nil: none tolerated).
    public var maxUnsourced: Int?
    /// An article scoring below this fails (nil: no minimum).
    public var minScore: Double?

    public init(labels: Set<Label> = [.unsourced], maxUnsourced: Int? = nil, minScore: Double? = nil) {
        self.labels = labels; self.maxUnsourced = maxUnsourced; self.minScore = minScore
    }

    /// Marks the failing claims of `audit` and decides whether the article fails. Claims an editor
    /// verified, and claims the baseline already knew, never fail.
    public func apply(to audit: inout ArticleAudit) {
        var unsourced = 0
        for u in audit.units.indices where audit.units[u].label == .unsourced && audit.units[u].verified == nil && !audit.units[u].baselined { unsourced += 1 }
        let tolerated = maxUnsourced.map { unsourced <= $0 } ?? false
        var failing = 0
        for i in audit.units.indices {
            guard let l = audit.units[i].label else { audit.units[i].failing = false; continue }
            let fails = labels.contains(l) && audit.units[i].verified == nil && !audit.units[i].baselined
                && !(l == .unsourced && tolerated)
            audit.units[i].failing = fails
            if fails { failing += 1 }
        }
        var reasons: [ArticleFailure] = []
        if failing > 0 { reasons.append(.claims(count: failing, labels: labels.sorted { $0.rawValue < $1.rawValue })) }
        // an article over its tolerance of unsourced claims: said once, at the article (its claims fail too)
        if let m = maxUnsourced, labels.contains(.unsourced), unsourced > m {
            reasons.append(.maxUnsourced(count: unsourced, limit: m))
        }
        if let m = minScore, audit.summary.claims > 0, audit.summary.score < m {
            reasons.append(.minScore(score: audit.summary.score, minimum: m))
        }
        audit.summary.failing = failing
        audit.summary.failed = !reasons.isEmpty
        audit.summary.failures = reasons
    }
}
