import IsnadModel
import IsnadText

/// The deciding rule of a claim, for machine formats: the cue rule, or `label.LABEL` when
/// no cue decided (an unsourced claim).
func ruleID(_ u: AuditedUnit) -> String { u.rule ?? "label.\(u.label?.rawValue ?? "none")" }

/// The last line and column (1-based, end-exclusive column) of a unit.
func endPosition(_ u: AuditedUnit) -> (line: Int, column: Int) {
    var line = u.line, column = u.column
    for c in u.text.unicodeScalars {
        if c == "\n" { line += 1; column = 1 } else { column += 1 }
    }
    return (line, column)
}

/// A one-line snippet of a claim, controls removed.
func snippet(_ s: String, _ n: Int = 80) -> String {
    let clean = TextReporter.sanitize(s)
    return clean.unicodeScalars.count <= n ? clean : String(String.UnicodeScalarView(clean.unicodeScalars.prefix(n))) + "…"
}

/// One finding of a machine format: a failing claim (error), an article that fails the
/// policy as a whole (error, at the article), or a problem with the article's markup
/// (warning). The line, github and SARIF reporters, and the GitHub step summary, list the same findings.
public struct Finding: Sendable {
    public enum Level: String, Sendable { case error, warning, note }
    public var level: Level
    public var path: String
    /// Where it is; nil for an article-level finding.
    public var line: Int?, column: Int?, endLine: Int?, endColumn: Int?
    /// The rule id (`label.unsourced`, a cue rule, `policy.min-score`, `markup.verified-unmatched`).
    public var rule: String
    /// A short title (GitHub's annotation title).
    public var title: String
    public var message: String
    /// Why a failing claim got its label (after the message in github annotations and summaries).
    public var reason: String? = nil
    /// The message with its reason.
    public var fullMessage: String { message + (reason.map { " — " + $0 } ?? "") }

    /// The findings of an article, in order: its claims' (failing claims only unless `notes`; none unless `claims`),
    /// then its markup problems, the warnings of the sourcing standards, then its article-level failures.
    public static func of(_ audit: ArticleAudit, notes: Bool = false, claims: Bool = true, width: Int = 200) -> [Finding] {
        var out: [Finding] = []
        for u in audit.units where claims {
            guard let label = u.label, u.failing || notes else { continue }
            let end = endPosition(u)
            out.append(Finding(level: u.failing ? .error : .note, path: audit.path, line: u.line, column: u.column, endLine: end.line, endColumn: end.column,
                               rule: ruleID(u), title: "Isnad: \(label.rawValue) claim",
                               message: "\(label.rawValue): \(snippet(u.text, width))", reason: u.failing ? u.reason ?? "" : nil))
        }
        for p in audit.problems {
            out.append(Finding(level: .warning, path: audit.path, line: p.line, column: p.column, rule: p.kind.ruleID,
                               title: "Isnad: \(p.kind.ruleID)", message: p.message))
        }
        for w in audit.summary.standards.warnings {
            out.append(Finding(level: .warning, path: audit.path, rule: w.ruleID, title: "Isnad: \(w.rawValue)",
                               message: "\(w.rawValue): \(w.message(audit.summary.standards))"))
        }
        for f in audit.summary.failures {
            guard let kind = f.kind else { continue }
            out.append(Finding(level: .error, path: audit.path, rule: kind.ruleID, title: "Isnad: article fails \(kind.ruleID)",
                               message: "the article fails the policy: \(f.description)"))
        }
        return out
    }
}

/// `--format line`: `path:line:column: level: message [rule]`, one line per claim — `error`
/// for failing claims, `note` for the others — then a `warning` per markup problem and an
/// `error` at `path:1:1` per article-level failure (`--min-score`, `--max-unsourced`).
/// For editors' quick-fix lists and grep.
public struct LineReporter: Reporter {
    public static let name = "line"
    public var rendersAlone: Bool { true }
    public init() {}
    public func begin(_ out: inout ReportOutput) {}
    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        let path = TextReporter.sanitize(audit.path)
        for f in Finding.of(audit, notes: true, width: 80) {
            out.write("\(path):\(f.line ?? 1):\(f.column ?? 1): \(f.level.rawValue): \(TextReporter.sanitize(f.message)) [\(f.rule)]\n")
        }
    }
    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {}
}

/// `--format github`: GitHub Actions workflow commands, one `::error` per failing claim, one
/// `::error` per article failing the policy as a whole (no line: an annotation on the file),
/// and a `::warning` per markup problem, shown as annotations on the pull request.
/// GitHub shows 10 annotations of each kind per step: `GitHubSummary` lists every one.
public struct GitHubReporter: Reporter {
    public static let name = "github"
    public var rendersAlone: Bool { true }
    public init() {}

    /// Escapes a command's message (% CR LF), and additionally , : in a property value.
    static func escape(_ s: String, property: Bool = false) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default:
                if c.value < 0x20 || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A finding as a workflow command.
    public static func command(_ f: Finding) -> String {
        var props = "file=\(escape(f.path, property: true))"
        if let l = f.line, let c = f.column {
            props += ",line=\(l),col=\(c)"
            if let el = f.endLine, let ec = f.endColumn { props += ",endLine=\(el),endColumn=\(ec)" }
        }
        props += ",title=\(escape(f.title, property: true))"
        return "::\(f.level.rawValue) \(props)::\(escape(f.fullMessage)) [\(escape(f.rule))]\n"
    }

    public func begin(_ out: inout ReportOutput) {}
    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        for f in Finding.of(audit) { out.write(Self.command(f)) }
    }
    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {}
}

/// The Markdown summary `--format github` appends to `$GITHUB_STEP_SUMMARY`: the run's
/// totals, a row per article, and every annotation (GitHub shows only the first 10 of a
/// kind on the run). Bounded to stay well under GitHub's 1 MiB per step.
public struct GitHubSummary: Sendable {
    public static let maxRows = 500, maxFindings = 1000
    var rows: [String] = []
    var moreRows = 0
    var findings: [String] = []
    var moreFindings = 0
    var errors = 0, warnings = 0
    public init() {}

    /// Text for a Markdown table cell or list item: no line breaks, pipes and markup escaped.
    static func cell(_ s: String) -> String {
        var out = ""
        for c in TextReporter.sanitize(s).unicodeScalars {
            switch c {
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#": out += "\\"; out.unicodeScalars.append(c)
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    public mutating func add(_ audit: ArticleAudit) {
        let s = audit.summary
        if rows.count < Self.maxRows {
            let result = s.failed ? "❌ " + Self.cell(s.reasons.joined(separator: "; ")) : "✅ passes"
            rows.append("| \(Self.cell(audit.path)) | \(s.claims) | \(s.failing) | \(TextReporter.score(s.score)) | \(result) |")
        } else { moreRows += 1 }
        for f in Finding.of(audit) {
            if f.level == .error { errors += 1 } else { warnings += 1 }
            if findings.count < Self.maxFindings {
                let at = f.line.map { ":\($0)" + (f.column.map { ":\($0)" } ?? "") } ?? ""
                findings.append("- **\(f.level.rawValue)** \(Self.cell(f.path))\(at): \(Self.cell(f.fullMessage)) (`\(f.rule)`)")
            } else { moreFindings += 1 }
        }
    }

    public func markdown(_ totals: RunTotals) -> String {
        var md = "## Isnad audit\n\n"
        md += "\(counted(totals.articles, "article", "articles")) audited, \(counted(totals.claims, "claim", "claims")), "
        md += "\(counted(totals.failedArticles, "article fails", "articles fail")) the policy; \(counted(errors, "error", "errors")), \(counted(warnings, "warning", "warnings"))"
        if !totals.failures.isEmpty { md += "; \(counted(totals.failures.count, "file", "files")) could not be audited" }
        md += ".\n\n| Article | Claims | Failing | Score | Result |\n|---|---:|---:|---:|---|\n"
        md += rows.joined(separator: "\n") + "\n"
        if moreRows > 0 { md += "\n…and \(counted(moreRows, "more article", "more articles")) (see the job's log).\n" }
        for f in totals.failures { md += "\n- **error** \(Self.cell(f.path)): could not be audited: \(Self.cell(f.message))" }
        if !totals.failures.isEmpty { md += "\n" }
        if !findings.isEmpty {
            md += "\n<details><summary>All \(counted(errors + warnings, "annotation", "annotations")) (GitHub shows the first 10 of each kind on the run)</summary>\n\n"
            md += findings.joined(separator: "\n") + "\n"
            if moreFindings > 0 { md += "- …and \(moreFindings) more (run `audit --format line` to see them all)\n" }
            md += "\n</details>\n"
        }
        return md + "\n"
    }
}

/// `--format sarif`: SARIF 2.1.0, one run. One result per failing claim (its label's rule,
/// its text in the message, a fingerprint of label and normalised text that survives edits
/// elsewhere), one per article failing the policy as a whole (at the article), and one
/// warning per markup problem; the run's invocation with the files that could not be read;
/// and each article as a run `artifact` whose `properties.standards` are the article's
/// sourcing-standards figures (the same object as `summary.standards` in JSON).
/// Columns count Unicode code points (`columnKind`).
public final class SARIFReporter: Reporter, @unchecked Sendable {  // used by one thread at a time
    public static let name = "sarif"
    public let pretty: Bool
    /// Results written so far (the next one needs a comma).
    var written = 0
    /// Each article's path and standards figures, in report order: the run's `artifacts`.
    var artifacts: [(path: String, standards: StandardsFigures)] = []
    public init(pretty: Bool = true) { self.pretty = pretty }

    /// The fingerprint's name: a new algorithm gets a new version.
    public static let fingerprintKey: StaticString = "isnadClaim/v1"

    /// A path as a SARIF `uri` (an RFC 3986 URI reference): each UTF-8 byte outside the
    /// unreserved characters and `/` is percent-encoded (controls, `%`, `,`, spaces, non-ASCII).
    public static func uri(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%"); out.unicodeScalars.append(hex[Int(b >> 4)]); out.unicodeScalars.append(hex[Int(b & 15)])
            }
        }
        return out
    }

    /// The rules of the run, in `ruleIndex` order: the labels, the policy rules, the problem kinds.
    static let rules: [(id: String, text: String, help: String, level: String)] =
        Label.allCases.map { ("label.\($0.rawValue)", "\($0.descriptor.sarifText)", Isnad.help($0.helpAnchor), "\($0.descriptor.sarifLevel)") }
        + PolicyRule.allCases.map { ($0.ruleID, $0.summary, Isnad.help($0.helpAnchor), "error") }
        + ArticleProblem.Kind.allCases.map { ($0.ruleID, $0.summary, Isnad.help($0.helpAnchor), "warning") }
        + StandardsWarning.allCases.map { ($0.ruleID, $0.summary, Isnad.help($0.helpAnchor), "warning") }
    static func index(_ id: String) -> Int { rules.firstIndex { $0.id == id } ?? 0 }

    public func begin(_ out: inout ReportOutput) {
        written = 0
        artifacts = []
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        w.field("version", "2.1.0")
        w.beginArray("runs")
        w.beginObject()
        w.beginObject("tool"); w.beginObject("driver")
        w.field("name", "Isnad"); w.field("version", Isnad.version)
        w.field("informationUri", Isnad.homepage)
        w.beginArray("rules")
        for r in Self.rules {
            w.beginObject()
            w.field("id", r.id)
            w.beginObject("shortDescription"); w.field("text", r.text); w.endObject()
            w.field("helpUri", r.help)
            w.beginObject("defaultConfiguration"); w.field("level", r.level); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endObject()
        w.field("columnKind", "unicodeCodePoints")
        w.beginArray("results")
        w.append(to: &out.bytes)
    }

    func location(_ w: inout JSONWriter, _ path: String, region: (inout JSONWriter) -> Void) {
        w.beginArray("locations"); w.beginObject()
        physicalLocation(&w, path, region: region)
        w.endObject(); w.endArray()
    }

    /// A `physicalLocation`: the file and a region of it.
    func physicalLocation(_ w: inout JSONWriter, _ path: String, region: (inout JSONWriter) -> Void) {
        w.beginObject("physicalLocation")
        w.beginObject("artifactLocation"); w.field("uri", SARIFReporter.uri(path)); w.endObject()
        w.beginObject("region"); region(&w); w.endObject()
        w.endObject()
    }

    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        artifacts.append((audit.path, audit.summary.standards))
        // the same claim twice in an article: its fingerprints are told apart by occurrence (`:2`)
        var seen: [String: Int] = [:]
        for u in audit.units where u.failing {
            var w = JSONWriter(pretty: pretty, open: [true, true, true, written > 0])
            written += 1
            let end = endPosition(u)
            let label = u.label ?? .unsourced  // a failing unit is a claim: it has a label
            let hash = ClaimKey.fingerprint(label, u.text)
            seen[hash, default: 0] += 1
            w.beginObject()
            w.field("ruleId", "label.\(label.rawValue)")
            w.field("ruleIndex", Self.index("label.\(label.rawValue)"))
            w.field("level", "\(label.descriptor.sarifLevel)")
            w.beginObject("message"); w.field("text", "\(label.rawValue) claim: «\(snippet(u.text, 200))» — \(u.reason ?? "")"); w.endObject()
            location(&w, audit.path) { w in
                w.field("startLine", u.line); w.field("startColumn", u.column); w.field("endLine", end.line); w.field("endColumn", end.column)
                w.field("charOffset", u.span.start); w.field("charLength", u.span.end - u.span.start)
                w.beginObject("snippet"); w.field("text", u.text); w.endObject()
            }
            w.beginObject("partialFingerprints"); w.field(Self.fingerprintKey, "\(hash):\(seen[hash]!)"); w.endObject()
            // the claims a denial disputes, and the denials of a disputed claim
            let related = u.contests.map { ($0, "contests") } + u.contestedBy.map { ($0, "contested by") }
            if !related.isEmpty {
                w.beginArray("relatedLocations")
                for (k, (i, how)) in related.enumerated() {
                    let r = audit.units[i], rEnd = endPosition(r)
                    w.beginObject()
                    w.field("id", k)
                    physicalLocation(&w, audit.path) { w in
                        w.field("startLine", r.line); w.field("startColumn", r.column); w.field("endLine", rEnd.line); w.field("endColumn", rEnd.column)
                        w.field("charOffset", r.span.start); w.field("charLength", r.span.end - r.span.start)
                    }
                    w.beginObject("message"); w.field("text", "\(how): \(snippet(r.text))"); w.endObject()
                    w.beginObject("properties"); w.field("relation", how); w.field("unit", i); w.endObject()
                    w.endObject()
                }
                w.endArray()
            }
            w.beginObject("properties"); w.field("isnadRule", ruleID(u)); w.field("score", u.score ?? 0)
            w.beginArray("contests"); for c in u.contests { w.number(c) }; w.endArray()
            w.beginArray("contestedBy"); for c in u.contestedBy { w.number(c) }; w.endArray()
            w.endObject()
            w.endObject()
            w.append(to: &out.bytes)
        }
        // the failing claims were written above, with their fingerprints: the article's other findings
        for f in Finding.of(audit, claims: false) {
            var w = JSONWriter(pretty: pretty, open: [true, true, true, written > 0])
            written += 1
            w.beginObject()
            w.field("ruleId", f.rule)
            w.field("ruleIndex", Self.index(f.rule))
            w.field("level", f.level.rawValue)
            w.beginObject("message"); w.field("text", f.message); w.endObject()
            location(&w, audit.path) { w in
                w.field("startLine", f.line ?? 1)
                if let c = f.column { w.field("startColumn", c) }
            }
            w.endObject()
            w.append(to: &out.bytes)
        }
        out.flushIfFull()
    }

    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {
        var w = JSONWriter(pretty: pretty, open: [true, true, true, written > 0])
        w.endArray()   // results
        w.beginArray("invocations")
        w.beginObject()
        w.field("executionSuccessful", totals.failures.isEmpty)
        w.field("exitCode", totals.exitCode)
        w.beginArray("toolExecutionNotifications")
        for f in totals.failures {
            w.beginObject()
            w.field("level", "error")
            w.beginObject("message"); w.field("text", "\(f.path): \(f.message)"); w.endObject()
            w.beginArray("locations"); w.beginObject(); w.beginObject("physicalLocation")
            w.beginObject("artifactLocation"); w.field("uri", SARIFReporter.uri(f.path)); w.endObject()
            w.endObject(); w.endObject(); w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endArray()   // invocations
        // the articles audited, each with its sourcing-standards figures (an article-level
        // summary: SARIF results are per finding, and an article may have none)
        if !artifacts.isEmpty {
            w.beginArray("artifacts")
            for a in artifacts {
                w.beginObject()
                w.beginObject("location"); w.field("uri", SARIFReporter.uri(a.path)); w.endObject()
                w.beginArray("roles"); w.string("analysisTarget"); w.endArray()
                w.beginObject("properties"); JSONReporter.writeStandards(a.standards, &w); w.endObject()
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()  // run
        w.endArray()   // runs
        w.endObject()
        w.byte(0x0A)
        w.append(to: &out.bytes)
    }
}
