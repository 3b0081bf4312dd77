/// Why an article fails the run's policy: one case per reason, each with the rule id the
/// machine formats (SARIF, github, line) report it under. A new reason fails to compile
/// until every switch over it handles it.
public enum ArticleFailure: Sendable, Hashable, CustomStringConvertible {
    /// Claims with a failing label: each is reported at its own place.
    case claims(count: Int, labels: [Label])
    /// More unsourced claims than `max_unsourced` tolerates (each of them fails too).
    case maxUnsourced(count: Int, limit: Int)
    /// The article's score is below `min_score`.
    case minScore(score: Double, minimum: Double)

    /// Whether the failure is about the article as a whole (not only its failing claims):
    /// reported once per article, at the article, in the machine formats.
    public var isArticleLevel: Bool {
        switch self {
        case .claims: false
        case .maxUnsourced, .minScore: true
        }
    }

    /// The id of the article-level rule (SARIF `ruleId`, the `[...]` of line output); nil for failing claims.
    public var ruleID: String? { kind?.ruleID }

    /// The kind of an article-level failure.
    public var kind: PolicyRule? {
        switch self {
        case .claims: nil
        case .maxUnsourced: .maxUnsourced
        case .minScore: .minScore
        }
    }

    public var description: String {
        switch self {
        case let .claims(count, labels):
            counted(count, "claim") + " labelled " + labels.map(\.rawValue).sorted().joined(separator: "/")
        case let .maxUnsourced(count, limit):
            counted(count, "unsourced claim") + ", more than the \(limit) tolerated (max_unsourced)"
        case let .minScore(score, minimum):
            "score \(scoreText(score)) below the minimum \(scoreText(minimum))"
        }
    }
}

/// The article-level policy rules, for the rule lists of machine formats.
public enum PolicyRule: String, Sendable, CaseIterable {
    case maxUnsourced, minScore

    /// The rule id (`policy.min-score`).
    public var ruleID: String {
        switch self {
        case .maxUnsourced: "policy.max-unsourced"
        case .minScore: "policy.min-score"
        }
    }
    /// A one-line description (SARIF `shortDescription`).
    public var summary: String {
        switch self {
        case .maxUnsourced: "The article carries more unsourced claims than --max-unsourced (max_unsourced) tolerates."
        case .minScore: "The article scores below --min-score (min_score)."
        }
    }
    /// The README section that explains it.
    public var helpAnchor: String { "failure-policy-and-project-configuration" }
}

extension ArticleProblem {
    /// What kind of problem an article has: each kind is one warning rule of the machine formats.
    public enum Kind: String, Sendable, CaseIterable {
        /// A `<!-- verified -->` marker after no claim.
        case verifiedUnmatched
        /// A `<!-- verified -->` marker without a reason.
        case verifiedNoReason
        /// Stray NUL bytes read as white space.
        case strayNUL
        /// A rule's regular expression ran out of its time budget.
        case regexBudget

        /// The rule id (SARIF `ruleId`, the `[...]` of line output).
        public var ruleID: String {
            switch self {
            case .verifiedUnmatched: "markup.verified-unmatched"
            case .verifiedNoReason: "markup.verified-no-reason"
            case .strayNUL: "input.stray-nul"
            case .regexBudget: "rules.regex-budget"
            }
        }
        /// A one-line description (SARIF `shortDescription`).
        public var summary: String {
            switch self {
            case .verifiedUnmatched: "A verified marker that follows no claim."
            case .verifiedNoReason: "A verified marker without a reason: the claim is not verified."
            case .strayNUL: "Stray NUL bytes in the article, read as white space."
            case .regexBudget: "A rule's regular expression ran out of its time budget and was skipped."
            }
        }
        /// The README section that explains it.
        public var helpAnchor: String {
            switch self {
            case .verifiedUnmatched, .verifiedNoReason: "verified-claims"
            case .strayNUL: "hostile-input"
            case .regexBudget: "hostile-input"
            }
        }
    }
}

extension Label {
    /// The README section on the label (SARIF `helpUri`).
    public var helpAnchor: String { "label-\(rawValue)" }
}

/// A score as sheets and messages print it: whole, or to one decimal.
public func scoreText(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String((d * 10).rounded() / 10) }

/// A count with its noun, singular for one: `1 claim`, `2 claims`.
public func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) \(n == 1 ? one : many ?? one + "s")"
}
