import IsnadModel
import IsnadText
import IsnadRules

/// When claims and articles fail a run: the labels that fail, how many unsourced claims an
/// article may carry, the lowest acceptable article score, and the sourcing standards
/// (README, "Sourcing standards").
public struct FailurePolicy: Sendable, Equatable {
    /// Claims with these labels fail (default: unsourced).
    public var labels: Set<Label>
    /// An article may carry this many unsourced claims before they fail (nil: none tolerated).
    public var maxUnsourced: Int?
    /// An article scoring below this fails (nil: no minimum).
    public var minScore: Double?

    /// What every anonymous claim must state, or it fails.
    public var requireAnonymityBasis: AnonymityRequirement = .none
    /// An article whose anonymous share of attributed claims is above this fails (nil: no limit).
    public var maxAnonymousShare: Double?
    /// An article whose largest share of attributed claims on one source is above this fails (nil: no limit).
    public var maxSingleSourceShare: Double?
    /// An article with attributed claims but fewer distinct sources than this fails (nil: no minimum).
    public var minSources: Int?

    /// The shares above which the warnings `single_source` and `mostly_anonymous` are given
    /// when the policy sets no limit of its own.
    public static let defaultSingleSourceShare = 0.75
    public static let defaultAnonymousShare = 0.5
    /// `single_source` and `max_single_source_share` need this many attributed claims (one
    /// claim always rests on one source: `min_sources` is the check for that).
    public static let singleSourceMinimumClaims = 2

    public init(labels: Set<Label> = [.unsourced], maxUnsourced: Int? = nil, minScore: Double? = nil,
                requireAnonymityBasis: AnonymityRequirement = .none, maxAnonymousShare: Double? = nil,
                maxSingleSourceShare: Double? = nil, minSources: Int? = nil) {
        self.labels = labels; self.maxUnsourced = maxUnsourced; self.minScore = minScore
        self.requireAnonymityBasis = requireAnonymityBasis; self.maxAnonymousShare = maxAnonymousShare
        self.maxSingleSourceShare = maxSingleSourceShare; self.minSources = minSources
    }

    /// The warnings of the sourcing standards for figures `f`, in the order of the cases.
    public func warnings(_ f: StandardsFigures) -> [StandardsWarning] {
        StandardsWarning.allCases.filter { w in
            switch w {
            case .singleSource: f.attributed >= Self.singleSourceMinimumClaims && f.largestSourceShare > (maxSingleSourceShare ?? Self.defaultSingleSourceShare)
            case .mostlyAnonymous: f.attributed > 0 && f.anonymousShare > (maxAnonymousShare ?? Self.defaultAnonymousShare)
            case .unexplainedAnonymity: f.unexplained > 0
            }
        }
    }


    /// Marks the failing claims of `audit` and decides whether the article fails. Claims an editor
    /// verified, and claims the baseline already knew, never fail.
    public func apply(to audit: inout ArticleAudit) {
        var unsourced = 0
        for u in audit.units.indices where audit.units[u].label == .unsourced && audit.units[u].verified == nil && !audit.units[u].baselined { unsourced += 1 }
        let tolerated = maxUnsourced.map { unsourced <= $0 } ?? false
        var failing = 0, byLabel = 0, unexplained = 0
        for i in audit.units.indices {
            guard let l = audit.units[i].label else { audit.units[i].failing = false; continue }
            let exempt = audit.units[i].verified != nil || audit.units[i].baselined
            let labelled = labels.contains(l) && !(l == .unsourced && tolerated)
            let lacking = l == .anonymous && !requireAnonymityBasis.isMet(by: audit.units[i].flags)
            let fails = !exempt && (labelled || lacking)
            audit.units[i].failing = fails
            if fails { failing += 1; if labelled { byLabel += 1 } else { unexplained += 1 } }
        }
        var reasons: [ArticleFailure] = []
        if byLabel > 0 { reasons.append(.claims(count: byLabel, labels: labels.sorted { $0.rawValue < $1.rawValue })) }
        if unexplained > 0 {
            reasons.append(.anonymityBasis(count: unexplained, requirement: requireAnonymityBasis))
        }
        // an article over its tolerance of unsourced claims: said once, at the article (its claims fail too)
        if let m = maxUnsourced, labels.contains(.unsourced), unsourced > m {
            reasons.append(.maxUnsourced(count: unsourced, limit: m))
        }
        if let m = minScore, audit.summary.claims > 0, audit.summary.score < m {
            reasons.append(.minScore(score: audit.summary.score, minimum: m))
        }
        let f = audit.summary.standards
        if let m = maxAnonymousShare, f.attributed > 0, f.anonymousShare > m {
            reasons.append(.maxAnonymousShare(share: f.anonymousShare, maximum: m))
        }
        if let m = maxSingleSourceShare, f.attributed >= Self.singleSourceMinimumClaims, f.largestSourceShare > m {
            reasons.append(.maxSingleSourceShare(source: f.largestSource ?? "?", share: f.largestSourceShare, maximum: m))
        }
        if let m = minSources, f.attributed > 0, f.sources < m {
            reasons.append(.minSources(count: f.sources, minimum: m))
        }
        audit.summary.standards.warnings = warnings(f)
        audit.summary.standards.singleSourceLimit = maxSingleSourceShare ?? Self.defaultSingleSourceShare
        audit.summary.standards.anonymousLimit = maxAnonymousShare ?? Self.defaultAnonymousShare
        audit.summary.failing = failing
        audit.summary.failed = !reasons.isEmpty
        audit.summary.failures = reasons
    }
}
