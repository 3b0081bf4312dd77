import Foundation
import IsnadModel
import IsnadText

/// The values the Markdown and HTML templates render: one dictionary per article, and one
/// for an index of several. Every string is raw article text; the template's content type
/// (HTML or MARKDOWN) escapes it.
///
/// The sheet's own words come in the language asked for (`Localization.swift`): `t.KEY` for
/// fixed texts, `names.LABEL` for label names, `labelName`, `kindName`, `why`, `result`,
/// `sentence` for values. The older keys (`label`, `source`, `evidence`, `reason`, `reasons`)
/// keep their English values for custom templates.
public enum SheetModel {
    // colours, underline styles and badges: `Label.descriptor`

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    static func claim(_ u: AuditedUnit, number: Int, lang: SheetLanguage) -> [String: Any] {
        let label = u.label ?? .unsourced
        // the rule ids of the claim, each once: the deciding rule first, then the cues matched
        var rules: [String] = []
        for r in [u.rule].compactMap({ $0 }) + u.evidence.map(\.rule) where !rules.contains(r) { rules.append(r) }
        var c: [String: Any] = [
            "number": number, "index": u.index, "line": u.line, "column": u.column, "label": label.rawValue,
            "color": "\(label.descriptor.color)", "text": u.text,
            "source": u.sources.map { s in s.text + " (" + s.kind.rawValue + (s.via.map { ", via " + $0 } ?? "") + ")" }.joined(separator: "; "),
            "evidence": u.evidence.prefix(8).map { "\($0.rule) «\($0.text)»" }.joined(separator: ", "),
            "flags": u.flags.map(\.rawValue).joined(separator: ", "),
            "score": u.score.map(scoreText) ?? "",
            "reason": u.reason ?? "", "rule": u.rule ?? "",
            "failing": u.failing, "baselined": u.baselined,
        ]
        if let v = u.verified { c["verified"] = v }
        c["labelName"] = label.sheetName(lang)
        c["badge"] = label.sheetBadge(lang)
        c["sources"] = u.sources.map { s -> [String: Any] in
            ["text": s.text, "kind": s.kind.rawValue, "kindName": s.kind.sheetName(lang), "via": s.via ?? "", "hasVia": s.via != nil]
        }
        c["hasSource"] = !u.sources.isEmpty
        // the words the cues matched, each once (several rules often match the same words)
        var seen = Set<String>()
        c["evidenceItems"] = u.evidence.filter { seen.insert($0.text).inserted }.prefix(8).map { ["text": $0.text] }
        c["hasEvidence"] = !u.evidence.isEmpty
        c["rules"] = rules.map { ["id": $0, "deciding": $0 == u.rule] }
        c["hasRules"] = !rules.isEmpty
        c["why"] = u.why.map { SheetSentences.reason($0, lang) } ?? ""
        return c
    }

    /// The words of the sheet every page shares: language, direction, fixed texts, label names;
    /// built once a language for the run (`wordTables`), not once an article.
    static func words(_ lang: SheetLanguage) -> [String: Any] { wordTables[lang] ?? wordTable(lang) }
    /// `wordTable` of every language (immutable once built, so shared by every worker).
    nonisolated(unsafe) static let wordTables: [SheetLanguage: [String: Any]] =
        Dictionary(uniqueKeysWithValues: SheetLanguage.allCases.map { ($0, wordTable($0)) })
    static func wordTable(_ lang: SheetLanguage) -> [String: Any] {
        ["lang": lang.rawValue, "dir": lang.direction, "sep": lang.comma, "t": SheetText.table(lang),
         "names": Dictionary(uniqueKeysWithValues: Label.allCases.map { ($0.rawValue, $0.sheetName(lang)) })]
    }

    /// The bars of the share chart, in reading order: from the right in a right-to-left sheet.
    static func shares(_ counts: LabelCounts, total claims: Int, _ lang: SheetLanguage) -> [[String: Any]] {
        let total = max(1, claims)
        var x = 0.0
        var labels: [[String: Any]] = []
        for l in Label.allCases {
            let n = counts[l] ?? 0
            let share = Double(n) * 100 / Double(total)
            let start = lang.rightToLeft ? 100 - x - share : x
            labels.append(["label": l.rawValue, "name": l.sheetName(lang), "count": n, "percent": scoreText(share), "x": scoreText(max(0, start)), "width": scoreText(share),
                           "color": "\(l.descriptor.color)", "badge": l.sheetBadge(lang), "line": "\(l.descriptor.underline)"])
            x += share
        }
        return labels
    }

    /// The figures and warnings of the sourcing standards, the warnings worded in `lang`.
    static func standards(_ f: StandardsFigures, _ lang: SheetLanguage) -> [String: Any] {
        ["sources": f.sources, "attributed": f.attributed, "largestShare": percentText(f.largestSourceShare), "largestSource": f.largestSource ?? "",
         "anonymousShare": percentText(f.anonymousShare), "secondhandShare": percentText(f.secondhandShare),
         "warnings": f.warnings.map { ["warning": $0.rawValue, "message": SheetSentences.warning($0, f, lang)] }, "hasWarnings": !f.warnings.isEmpty]
    }

    /// The model of one article's sheet.
    public static func article(_ a: ArticleAudit, lang: SheetLanguage = .sheetDefault) -> [String: Any] {
        var number = 0
        var claims: [[String: Any]] = []
        var pieces: [[String: Any]] = []
        var pos = 0
        // the text between units, found in the article's UTF-8 by one cursor walking in order
        var cursor = UTF8Cursor(start: a.text.start)
        func plain(_ from: Int, _ to: Int) {
            if from < to { pieces.append(["text": String(decoding: cursor.slice(from..<to, of: a.text), as: UTF8.self)]) }
        }
        var numbers: [Int: Int] = [:]
        for u in a.units where u.label != nil { numbers[u.index] = numbers.count + 1 }
        // a contest link names the other claim by its number on the sheet (and its line)
        func refs(_ units: [Int]) -> [[String: Any]] { units.map { ["number": numbers[$0] ?? 0, "line": a.units[$0].line] } }
        var pairs: [[String: Any]] = []
        for u in a.units {
            if u.label != nil {
                number += 1
                var c = claim(u, number: number, lang: lang)
                c["contests"] = refs(u.contests); c["contestedBy"] = refs(u.contestedBy)
                claims.append(c)
                for d in u.contests { pairs.append(["denial": number, "denialLine": u.line, "claim": numbers[d] ?? 0, "claimLine": a.units[d].line]) }
            }
            guard !a.text.isEmpty else { continue }
            plain(pos, u.span.start)
            if u.label != nil { pieces.append(["claim": claims[claims.count - 1]]) }
            else { pieces.append(["unit": ["kind": u.kind.rawValue, "text": u.text]]) }
            pos = max(pos, u.span.end)
        }
        if !a.text.isEmpty { plain(pos, a.text.scalarCount) }
        let labels = shares(a.summary.counts, total: a.summary.claims, lang)
        let sources: [[String: Any]] = a.sources.map { s in
            ["id": s.id, "name": s.name, "kind": s.kind.rawValue, "kindName": s.kind.sheetName(lang), "via": s.via ?? "", "claims": s.claims.count]
        }
        var model: [String: Any] = [
            "path": a.path, "name": name(a.path), "outlet": a.outlet ?? "", "hasOutlet": a.outlet != nil,
            "claimCount": a.summary.claims, "score": scoreText(a.summary.score), "failingCount": a.summary.failing,
            "failed": a.summary.failed, "reasons": a.summary.reasons.joined(separator: "; "),
            "standards": standards(a.summary.standards, lang), "contestPairs": pairs, "hasContests": !pairs.isEmpty,
            "labels": labels, "sources": sources, "hasSources": !sources.isEmpty,
            "failingClaims": claims.filter { $0["failing"] as? Bool == true },
            "hasFailing": claims.contains { $0["failing"] as? Bool == true },
            "claims": claims, "pieces": pieces,
            "problems": a.problems.map { ["line": $0.line, "column": $0.column, "message": $0.message, "where": SheetSentences.location(line: $0.line, column: $0.column, lang)] },
            "tool": "Isnad \(Isnad.version)",
            "result": a.summary.failures.map { SheetSentences.failure($0, lang) }.joined(separator: lang.semicolon),
        ]
        model.merge(words(lang)) { a, _ in a }
        return model
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
    public static func index(_ entries: [IndexEntry], totals: RunTotals, lang: SheetLanguage = .sheetDefault) -> [String: Any] {
        let ranked = entries.sorted {
            let a = ($0.counts[.unsourced] ?? 0) + ($0.counts[.anonymous] ?? 0), b = ($1.counts[.unsourced] ?? 0) + ($1.counts[.anonymous] ?? 0)
            return a != b ? a > b : $0.path < $1.path
        }
        let rows: [[String: Any]] = ranked.map { e in
            ["path": e.path, "name": name(e.path), "sheet": e.sheet.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? e.sheet, "claims": e.claims, "score": scoreText(e.score), "failed": e.failed,
             "unsourced": e.counts[.unsourced] ?? 0, "anonymous": e.counts[.anonymous] ?? 0, "named": e.counts[.named] ?? 0,
             "secondhand": e.counts[.secondhand] ?? 0, "denied": e.counts[.denied] ?? 0,
             "sources": e.standards.sources, "largestShare": percentText(e.standards.largestSourceShare), "anonymousShare": percentText(e.standards.anonymousShare),
             "secondhandShare": percentText(e.standards.secondhandShare), "warnings": e.standards.warnings.map(\.rawValue).joined(separator: ", ")]
        }
        var model: [String: Any] = [
            "articles": rows, "articleCount": totals.articles, "claimCount": totals.claims, "failedCount": totals.failedArticles,
            "labels": shares(totals.counts, total: totals.claims, lang), "errors": totals.failures.map { ["path": $0.path, "message": $0.message] },
            "tool": "Isnad \(Isnad.version)",
            "sentence": SheetSentences.index(articles: totals.articles, claims: totals.claims, failed: totals.failedArticles, lang),
        ]
        model.merge(words(lang)) { a, _ in a }
        return model
    }
}
