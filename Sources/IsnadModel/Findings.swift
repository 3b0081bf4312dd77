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
    /// Anonymous claims that do not state what `require_anonymity_basis` asks (`lacking`):
    /// each is reported at its own place, like claims with a failing label.
    case anonymityBasis(count: Int, requirement: AnonymityRequirement)
    /// The anonymous share of attributed claims is above `max_anonymous_share`.
    case maxAnonymousShare(share: Double, maximum: Double)
    /// One source carries a larger share of the attributed claims than `max_single_source_share`.
    case maxSingleSourceShare(source: String, share: Double, maximum: Double)
    /// Fewer distinct sources than `min_sources`.
    case minSources(count: Int, minimum: Int)

    /// Whether the failure is about the article as a whole (not only its failing claims):
    /// reported once per article, at the article, in the machine formats.
    public var isArticleLevel: Bool {
        switch self {
        case .claims, .anonymityBasis: false
        case .maxUnsourced, .minScore, .maxAnonymousShare, .maxSingleSourceShare, .minSources: true
        }
    }

    /// The id of the article-level rule (SARIF `ruleId`, the `[...]` of line output); nil for failing claims.
    public var ruleID: String? { kind?.ruleID }

    /// The kind of an article-level failure.
    public var kind: PolicyRule? {
        switch self {
        case .claims, .anonymityBasis: nil
        case .maxUnsourced: .maxUnsourced
        case .minScore: .minScore
        case .maxAnonymousShare: .maxAnonymousShare
        case .maxSingleSourceShare: .maxSingleSourceShare
        case .minSources: .minSources
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
        case let .anonymityBasis(count, requirement):
            counted(count, "anonymous claim") + " without \(requirement.lacking) (require_anonymity_basis: \(requirement.rawValue))"
        case let .maxAnonymousShare(share, maximum):
            "anonymous share \(percentText(share)) above the maximum \(percentText(maximum)) (max_anonymous_share)"
        case let .maxSingleSourceShare(source, share, maximum):
            "one source (\(source)) carries \(percentText(share)) of the attributed claims, above the maximum \(percentText(maximum)) (max_single_source_share)"
        case let .minSources(count, minimum):
            counted(count, "distinct source") + ", fewer than the minimum \(minimum) (min_sources)"
        }
    }
}

/// What an anonymous claim must state for the policy (`require_anonymity_basis`).
public enum AnonymityRequirement: String, Sendable, CaseIterable {
    /// Nothing: anonymous claims fail only through `fail_on`.
    case none
    /// A stated reason for anonymity (`reason_given`).
    case reason
    /// A stated basis of knowledge (`basis_given`).
    case basis
    /// Both.
    case both

    /// Whether a claim with `flags` meets the requirement.
    public func isMet(by flags: [ClaimFlag]) -> Bool {
        switch self {
        case .none: true
        case .reason: flags.contains(.reasonGiven)
        case .basis: flags.contains(.basisGiven)
        case .both: flags.contains(.reasonGiven) && flags.contains(.basisGiven)
        }
    }
    /// What a failing claim lacks, in words.
    public var lacking: String {
        switch self {
        case .none: ""
        case .reason: "a stated reason for anonymity"
        case .basis: "a stated basis of knowledge"
        case .both: "both a stated reason for anonymity and a basis of knowledge"
        }
    }
}

/// The article-level policy rules, for the rule lists of machine formats.
public enum PolicyRule: String, Sendable, CaseIterable {
    case maxUnsourced, minScore, maxAnonymousShare, maxSingleSourceShare, minSources

    /// The rule id (`policy.min-score`).
    public var ruleID: String {
        switch self {
        case .maxUnsourced: "policy.max-unsourced"
        case .minScore: "policy.min-score"
        case .maxAnonymousShare: "policy.max-anonymous-share"
        case .maxSingleSourceShare: "policy.max-single-source-share"
        case .minSources: "policy.min-sources"
        }
    }
    /// A one-line description (SARIF `shortDescription`).
    public var summary: String {
        switch self {
        case .maxUnsourced: "The article carries more unsourced claims than --max-unsourced (max_unsourced) tolerates."
        case .minScore: "The article scores below --min-score (min_score)."
        case .maxAnonymousShare: "Anonymous sources carry a larger share of the attributed claims than max_anonymous_share."
        case .maxSingleSourceShare: "One source carries a larger share of the attributed claims than max_single_source_share."
        case .minSources: "The article has fewer distinct sources than min_sources."
        }
    }
    /// The README section that explains it.
    public var helpAnchor: String {
        switch self {
        case .maxUnsourced, .minScore: "failure-policy-and-project-configuration"
        case .maxAnonymousShare, .maxSingleSourceShare, .minSources: "sourcing-standards"
        }
    }
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
        /// A unit longer than `Segmenter.maxUnitScalars` with no sentence end, cut at white space.
        case longUnit

        /// The rule id (SARIF `ruleId`, the `[...]` of line output).
        public var ruleID: String {
            switch self {
            case .verifiedUnmatched: "markup.verified-unmatched"
            case .verifiedNoReason: "markup.verified-no-reason"
            case .strayNUL: "input.stray-nul"
            case .regexBudget: "rules.regex-budget"
            case .longUnit: "input.long-unit"
            }
        }
        /// A one-line description (SARIF `shortDescription`).
        public var summary: String {
            switch self {
            case .verifiedUnmatched: "A verified marker that follows no claim."
            case .verifiedNoReason: "A verified marker without a reason: the claim is not verified."
            case .strayNUL: "Stray NUL bytes in the article, read as white space."
            case .regexBudget: "A rule's regular expression ran out of its time budget and was skipped."
            case .longUnit: "A unit too long to be a sentence, cut at white space into shorter units."
            }
        }
        /// The README section that explains it.
        public var helpAnchor: String {
            switch self {
            case .verifiedUnmatched, .verifiedNoReason: "verified-claims"
            case .strayNUL: "hostile-input"
            case .regexBudget, .longUnit: "hostile-input"
            }
        }
    }
}

extension StandardsWarning {
    /// The rule id (SARIF `ruleId`, the `[...]` of line output): `standards.single-source`.
    public var ruleID: String { "standards." + String(rawValue.map { $0 == "_" ? "-" : $0 }) }
    /// A one-line description (SARIF `shortDescription`).
    public var summary: String {
        switch self {
        case .singleSource: "One source carries most of the article's attributed claims (above max_single_source_share, default 75%)."
        case .mostlyAnonymous: "Most of the article's attributed claims are anonymous (above max_anonymous_share, default 50%)."
        case .unexplainedAnonymity: "An anonymous claim states neither why its source is not named nor what the source is in a position to know."
        }
    }
    /// The README section that explains it.
    public var helpAnchor: String { "sourcing-standards" }
}

extension Label {
    /// The README section on the label (SARIF `helpUri`).
    public var helpAnchor: String { "label-\(rawValue)" }
}

/// A score as sheets and messages print it: whole, or to one decimal.
public func scoreText(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String((d * 10).rounded() / 10) }

/// A share as messages print it: `75%`.
public func percentText(_ d: Double) -> String { "\(Int((d * 100).rounded()))%" }

/// A count with its noun, singular for one: `1 claim`, `2 claims`.
public func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
    "\(n) \(n == 1 ? one : many ?? one + "s")"
}
