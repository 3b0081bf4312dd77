import IsnadModel
import IsnadText

/// Renders audits. Each output format is one small reporter behind this protocol.
///
/// Reporters stream: `begin` once, `article` for each article in order as soon as it is
/// audited, `end` once with the run's totals. A run therefore never holds more than one
/// article's audit in memory.
public protocol Reporter: Sendable {
    /// The name used with `--format`.
    static var name: String { get }
    /// Writes what comes before the first article.
    func begin(_ out: inout ReportOutput)
    /// Writes one article; `position` counts the articles written before it.
    func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput)
    /// Writes what comes after the last article.
    func end(_ totals: RunTotals, _ out: inout ReportOutput)
    /// Whether `article` output depends on the article alone, so articles can be rendered in
    /// parallel at position 0 and joined with `separator(position:)`.
    ///
    /// A requirement, not only an extension member: a run holds its reporter as `any Reporter`,
    /// and an extension member is not dispatched through that (every reporter read as `false`,
    /// so `--jobs N` rendered every article on the writing thread).
    var rendersAlone: Bool { get }
    /// The bytes between the previous article and the one at `position` (> 0), for articles rendered alone.
    func separator(position: Int) -> [UInt8]
}

extension Reporter {
    public var rendersAlone: Bool { false }
    public func separator(position: Int) -> [UInt8] { [] }

    /// The whole report of a run held in memory (tests and small runs).
    public func report(_ run: AuditRun) -> String {
        var out = ReportOutput()
        begin(&out)
        for (i, a) in run.articles.enumerated() { article(a, position: i, &out) }
        end(run.totals, &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// The bytes a reporter produces, handed to a sink in large chunks.
public struct ReportOutput {
    /// Bytes written and not yet flushed.
    public var bytes: [UInt8] = []
    let sink: (([UInt8]) -> Void)?
    let chunk: Int

    /// An output kept in memory (`bytes`) until the caller takes it.
    public init() { sink = nil; chunk = .max }
    /// An output that passes its bytes to `sink` whenever `chunk` bytes are pending, and on `flush`.
    public init(chunk: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink; self.chunk = chunk; bytes.reserveCapacity(chunk + chunk / 4)
    }

    public mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8); flushIfFull() }
    public mutating func write(_ b: [UInt8]) { bytes.append(contentsOf: b); flushIfFull() }
    /// Hands pending bytes to the sink when enough have accumulated.
    public mutating func flushIfFull() { if bytes.count >= chunk { flush() } }
    /// Hands every pending byte to the sink.
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// What a run adds up to, accumulated article by article.
public struct RunTotals: Sendable {
    public var articles = 0
    public var claims = 0
    public var counts = LabelCounts()
    public var failing = 0
    /// Articles that fail the policy.
    public var failedArticles = 0
    public var failures: [InputFailure] = []
    public init() {}

    /// The run records its failing claims (`--write-baseline`): failing articles do not fail it.
    public var recording = false

    /// The exit status the run's outcome calls for: 2 when an input could not be audited,
    /// 1 when an article fails the policy (unless recording a baseline), else 0.
    public var exitCode: Int { !failures.isEmpty ? 2 : failedArticles > 0 && !recording ? 1 : 0 }

    /// Counts one audited article.
    public mutating func add(_ a: ArticleAudit) {
        articles += 1
        claims += a.summary.claims
        failing += a.summary.failing
        if a.summary.failed { failedArticles += 1 }
        for (k, v) in a.summary.counts { counts[k, default: 0] += v }
    }
}

/// The articles of one run held in memory, with the files that could not be audited.
public struct AuditRun: Sendable {
    public var articles: [ArticleAudit]
    public var failures: [InputFailure]
    public init(articles: [ArticleAudit], failures: [InputFailure] = []) { self.articles = articles; self.failures = failures }

    public var totals: RunTotals {
        var t = RunTotals()
        for a in articles { t.add(a) }
        t.failures = failures
        return t
    }
}
