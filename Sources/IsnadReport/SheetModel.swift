import Foundation
import IsnadModel
import IsnadText

/// The values the Markdown and HTML templates render: one dictionary per article, and one
/// for an index of several. Every string is raw article text; the template's content type
/// (HTML or MARKDOWN) escapes it.
public enum SheetModel {
    // colours, underline styles and badges: `Label.descriptor`

    static func fmt(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(format: "%.1f", d) }

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    static func claim(_ u: AuditedUnit, number: Int) -> [String: Any] {
        let label = u.label ?? .unsourced
        var c: [String: Any] = [
            "number": number, "index": u.index, "line": u.line, "column": u.column, "label": label.rawValue,
            "badge": "\(label.descriptor.badge)", "color": "\(label.descriptor.color)", "text": u.text,
            "source": u.sources.map { s in s.text + " (" + s.kind.rawValue + (s.via.map { ", via " + $0 } ?? "") + ")" }.joined(separator: "; "),
            "evidence": u.evidence.prefix(8).map { "\($0.rule) «\($0.text)»" }.joined(separator: ", "),
            "flags": u.flags.map(\.rawValue).joined(separator: ", "),
            "score": u.score.map(fmt) ?? "",
            "reason": u.reason ?? "", "rule": u.rule ?? "",
            "failing": u.failing, "baselined": u.baselined,
        ]
        if let v = u.verified { c["verified"] = v }
        return c
    }

    static func pct(_ d: Double) -> String { "\(Int((d * 100).rounded()))%" }

    /// The figures and warnings of the sourcing standards.
    static func standards(_ f: StandardsFigures) -> [String: Any] {
        ["sources": f.sources, "attributed": f.attributed, "largestShare": pct(f.largestSourceShare), "largestSource": f.largestSource ?? "",
         "anonymousShare": pct(f.anonymousShare), "secondhandShare": pct(f.secondhandShare),
         "warnings": f.warnings.map { ["warning": $0.rawValue, "message": $0.message(f)] }, "hasWarnings": !f.warnings.isEmpty]
    }

    /// The model of one article's sheet.
    public static func article(_ a: ArticleAudit) -> [String: Any] {
        var number = 0
        var claims: [[String: Any]] = []
        var pieces: [[String: Any]] = []
        var pos = 0
        func plain(_ from: Int, _ to: Int) {
            if from < to { pieces.append(["text": Tokenizer.string(a.source[from..<to])]) }
        }
        var numbers: [Int: Int] = [:]
        for u in a.units where u.label != nil { numbers[u.index] = numbers.count + 1 }
        // a contest link names the other claim by its number on the sheet (and its line)
        func refs(_ units: [Int]) -> [[String: Any]] { units.map { ["number": numbers[$0] ?? 0, "line": a.units[$0].line] } }
        var pairs: [[String: Any]] = []
        for u in a.units {
            if u.label != nil {
                number += 1
                var c = claim(u, number: number)
                c["contests"] = refs(u.contests); c["contestedBy"] = refs(u.contestedBy)
                claims.append(c)
                for d in u.contests { pairs.append(["denial": number, "denialLine": u.line, "claim": numbers[d] ?? 0, "claimLine": a.units[d].line]) }
            }
            guard !a.source.isEmpty else { continue }
            plain(pos, u.span.start)
            if u.label != nil { pieces.append(["claim": claims[claims.count - 1]]) }
            else { pieces.append(["unit": ["kind": u.kind.rawValue, "text": u.text]]) }
            pos = max(pos, u.span.end)
        }
        if !a.source.isEmpty { plain(pos, a.source.count) }
        let total = max(1, a.summary.claims)
        var x = 0.0
        var labels: [[String: Any]] = []
        for l in Label.allCases {
            let n = a.summary.counts[l] ?? 0
            let share = Double(n) * 100 / Double(total)
            labels.append(["label": l.rawValue, "count": n, "percent": fmt(share), "x": fmt(x), "width": fmt(share),
                           "color": "\(l.descriptor.color)", "badge": "\(l.descriptor.badge)", "line": "\(l.descriptor.underline)"])
            x += share
        }
        let sources: [[String: Any]] = a.sources.map { s in
            ["id": s.id, "name": s.name, "kind": s.kind.rawValue, "via": s.via ?? "", "claims": s.claims.count]
        }
        return [
            "path": a.path, "name": name(a.path), "outlet": a.outlet ?? "", "hasOutlet": a.outlet != nil,
            "claimCount": a.summary.claims, "score": fmt(a.summary.score), "failingCount": a.summary.failing,
            "failed": a.summary.failed, "reasons": a.summary.reasons.joined(separator: "; "),
            "standards": standards(a.summary.standards), "contestPairs": pairs, "hasContests": !pairs.isEmpty,
            "labels": labels, "sources": sources, "hasSources": !sources.isEmpty,
            "failingClaims": claims.filter { $0["failing"] as? Bool == true },
            "hasFailing": claims.contains { $0["failing"] as? Bool == true },
            "claims": claims, "pieces": pieces,
            "problems": a.problems.map { ["line": $0.line, "column": $0.column, "message": $0.message] },
            "tool": "Isnad \(Isnad.version)",
        ]
    }

    /// One line of an index: an article's totals and where its sheet is.
    public struct IndexEntry: Sendable {
        public var path: String
        public var sheet: String
        public var claims: Int
        public var counts: LabelCounts
        public var score: Double
        public var failed: Bool
        public var standards: StandardsFigures
        public init(_ a: ArticleAudit, sheet: String) {
            path = a.path; self.sheet = sheet; claims = a.summary.claims; counts = a.summary.counts; score = a.summary.score; failed = a.summary.failed
            standards = a.summary.standards
        }
    }

    /// The model of an index of several sheets: totals, and the articles with the most
    /// unsourced and anonymous claims first.
    public static func index(_ entries: [IndexEntry], totals: RunTotals) -> [String: Any] {
        let ranked = entries.sorted {
            let a = ($0.counts[.unsourced] ?? 0) + ($0.counts[.anonymous] ?? 0), b = ($1.counts[.unsourced] ?? 0) + ($1.counts[.anonymous] ?? 0)
            return a != b ? a > b : $0.path < $1.path
        }
        let rows: [[String: Any]] = ranked.map { e in
            ["path": e.path, "name": name(e.path), "sheet": e.sheet.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? e.sheet, "claims": e.claims, "score": fmt(e.score), "failed": e.failed,
             "unsourced": e.counts[.unsourced] ?? 0, "anonymous": e.counts[.anonymous] ?? 0, "named": e.counts[.named] ?? 0,
             "secondhand": e.counts[.secondhand] ?? 0, "denied": e.counts[.denied] ?? 0,
             "sources": e.standards.sources, "largestShare": pct(e.standards.largestSourceShare), "anonymousShare": pct(e.standards.anonymousShare),
             "secondhandShare": pct(e.standards.secondhandShare), "warnings": e.standards.warnings.map(\.rawValue).joined(separator: ", ")]
        }
        let total = max(1, totals.claims)
        var x = 0.0
        var labels: [[String: Any]] = []
        for l in Label.allCases {
            let n = totals.counts[l] ?? 0
            let share = Double(n) * 100 / Double(total)
            labels.append(["label": l.rawValue, "count": n, "percent": fmt(share), "x": fmt(x), "width": fmt(share), "color": "\(l.descriptor.color)"])
            x += share
        }
        return ["articles": rows, "articleCount": totals.articles, "claimCount": totals.claims, "failedCount": totals.failedArticles,
                "labels": labels, "errors": totals.failures.map { ["path": $0.path, "message": $0.message] }, "tool": "Isnad \(Isnad.version)"]
    }
}
