/// Renders audits. Each output format is one small reporter behind this protocol.
public protocol Reporter: Sendable {
    /// The name used with `--format`.
    static var name: String { get }
    /// The whole report for a run over several articles.
    func report(_ run: AuditRun) -> String
}

/// The articles of one run, with the files that could not be audited.
public struct AuditRun: Sendable {
    public var articles: [ArticleAudit]
    public var failures: [InputFailure]
    public init(articles: [ArticleAudit], failures: [InputFailure] = []) { self.articles = articles; self.failures = failures }

    /// Claim counts per label over all articles.
    public var counts: [Label: Int] {
        var c: [Label: Int] = [:]
        for a in articles { for (k, v) in a.summary.counts { c[k, default: 0] += v } }
        return c
    }
    public var claims: Int { articles.reduce(0) { $0 + $1.summary.claims } }
    public var failing: Int { articles.reduce(0) { $0 + $1.summary.failing } }
}

/// A file that could not be audited, and why.
public struct InputFailure: Sendable, Error {
    public var path: String
    public var message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
}

/// The reporters by format name.
public enum Reporters {
    public static let names = [TextReporter.name, JSONReporter.name]
}
