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

/// `--format line`: `path:line:column: level: label: snippet [rule]`, one line per claim —
/// `error` for failing claims, `note` for the others. For editors' quick-fix lists and grep.
public struct LineReporter: Reporter {
    public static let name = "line"
    public var rendersAlone: Bool { true }
    public init() {}
    public func begin(_ out: inout ReportOutput) {}
    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        let path = TextReporter.sanitize(audit.path)
        for u in audit.units {
            guard let label = u.label else { continue }
            out.write("\(path):\(u.line):\(u.column): \(u.failing ? "error" : "note"): \(label.rawValue): \(snippet(u.text)) [\(ruleID(u))]\n")
        }
        for p in audit.problems { out.write("\(path):\(p.line):\(p.column): warning: \(p.message)\n") }
        for w in audit.summary.standards.warnings { out.write("\(path):1:1: warning: \(w.rawValue): \(w.message(audit.summary.standards))\n") }
    }
    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {}
}

/// `--format github`: GitHub Actions workflow commands, one `::error` per failing claim
/// (and `::warning` per article problem), shown as annotations on the pull request.
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

    public func begin(_ out: inout ReportOutput) {}
    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        let file = Self.escape(audit.path, property: true)
        for u in audit.units where u.failing {
            let end = endPosition(u)
            let title = Self.escape("Isnad: \(u.label!.rawValue) claim", property: true)
            let message = Self.escape("\(u.label!.rawValue): \(snippet(u.text, 200)) — \(u.reason ?? "") [\(ruleID(u))]")
            out.write("::error file=\(file),line=\(u.line),col=\(u.column),endLine=\(end.line),endColumn=\(end.column),title=\(title)::\(message)\n")
        }
        for p in audit.problems {
            out.write("::warning file=\(file),line=\(p.line),col=\(p.column),title=Isnad::\(Self.escape(p.message))\n")
        }
        for w in audit.summary.standards.warnings {
            out.write("::warning file=\(file),line=1,col=1,title=\(Self.escape("Isnad: \(w.rawValue)", property: true))::\(Self.escape(w.message(audit.summary.standards)))\n")
        }
    }
    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {}
}

/// `--format sarif`: SARIF 2.1.0, one run, one result per failing claim with its rule
/// (the label), level and region. Columns count Unicode code points (`columnKind`).
public final class SARIFReporter: Reporter, @unchecked Sendable {  // used by one thread at a time
    public static let name = "sarif"
    public let pretty: Bool
    /// Results written so far (the next one needs a comma).
    var written = 0
    public init(pretty: Bool = true) { self.pretty = pretty }

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

    public func begin(_ out: inout ReportOutput) {
        written = 0
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        w.field("version", "2.1.0")
        w.beginArray("runs")
        w.beginObject()
        w.beginObject("tool"); w.beginObject("driver")
        w.field("name", "Isnad"); w.field("version", Isnad.version)
        w.field("informationUri", "https://github.com/isnad/isnad")
        w.beginArray("rules")
        for l in Label.allCases {
            w.beginObject()
            w.field("id", "label.\(l.rawValue)")
            w.beginObject("shortDescription"); w.field("text", "\(l.descriptor.sarifText)"); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endObject()
        w.field("columnKind", "unicodeCodePoints")
        w.beginArray("results")
        w.append(to: &out.bytes)
    }

    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        for u in audit.units where u.failing {
            var w = JSONWriter(pretty: pretty, open: [true, true, true, written > 0])
            written += 1
            let end = endPosition(u)
            let label = u.label ?? .unsourced  // a failing unit is a claim: it has a label
            w.beginObject()
            w.field("ruleId", "label.\(label.rawValue)")
            w.field("ruleIndex", Label.allCases.firstIndex(of: label) ?? 0)
            w.field("level", "\(label.descriptor.sarifLevel)")
            w.beginObject("message"); w.field("text", "\(label.rawValue) claim: \(u.reason ?? "")"); w.endObject()
            w.beginArray("locations"); w.beginObject(); w.beginObject("physicalLocation")
            w.beginObject("artifactLocation"); w.field("uri", SARIFReporter.uri(audit.path)); w.endObject()
            w.beginObject("region")
            w.field("startLine", u.line); w.field("startColumn", u.column); w.field("endLine", end.line); w.field("endColumn", end.column)
            w.field("charOffset", u.span.start); w.field("charLength", u.span.end - u.span.start)
            w.beginObject("snippet"); w.field("text", u.text); w.endObject()
            w.endObject()
            w.endObject(); w.endObject(); w.endArray()
            // the claims a denial disputes, and the denials of a disputed claim
            let related = u.contests.map { ($0, "contests") } + u.contestedBy.map { ($0, "contested by") }
            if !related.isEmpty {
                w.beginArray("relatedLocations")
                for (k, (i, how)) in related.enumerated() {
                    let r = audit.units[i], rEnd = endPosition(r)
                    w.beginObject()
                    w.field("id", k)
                    w.beginObject("physicalLocation")
                    w.beginObject("artifactLocation"); w.field("uri", SARIFReporter.uri(audit.path)); w.endObject()
                    w.beginObject("region")
                    w.field("startLine", r.line); w.field("startColumn", r.column); w.field("endLine", rEnd.line); w.field("endColumn", rEnd.column)
                    w.field("charOffset", r.span.start); w.field("charLength", r.span.end - r.span.start)
                    w.endObject()
                    w.endObject()
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
        out.flushIfFull()
    }

    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {
        var w = JSONWriter(pretty: pretty, open: [true, true, true, written > 0])
        w.endArray()   // results
        w.endObject()  // run
        w.endArray()   // runs
        w.endObject()
        w.byte(0x0A)
        w.append(to: &out.bytes)
    }
}
