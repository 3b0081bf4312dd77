import IsnadModel
import IsnadText

/// `--format json`: one object `{"format": 1, "tool", "articles", "totals"}` (see README, "JSON format").
public struct JSONReporter: Reporter {
    public static let name = "json"
    public var rendersAlone: Bool { true }
    public func separator(position: Int) -> [UInt8] { position > 0 ? [0x2C] : [] }
    public var pretty: Bool
    public init(pretty: Bool = true) { self.pretty = pretty }

    public func begin(_ out: inout ReportOutput) {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("format", 1)
        w.beginObject("tool"); w.field("name", "isnad-audit"); w.field("version", Isnad.version); w.endObject()
        w.beginArray("articles")
        w.append(to: &out.bytes)
    }

    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        var w = JSONWriter(pretty: pretty, open: [true, position > 0])
        Self.write(audit, &w) { Self.spill(&$0, &out) }
        w.append(to: &out.bytes)
        out.flushIfFull()
    }

    /// The most bytes an article's object holds before they go to the output: a long article's
    /// object (7 bytes of JSON per byte of text) is written out as it is made, not held whole.
    static let spillBytes = 1 << 20

    /// Moves what `w` holds to `out` once it passes `spillBytes` (`out` hands it to its sink).
    static func spill(_ w: inout JSONWriter, _ out: inout ReportOutput) {
        guard w.pending >= spillBytes else { return }
        w.move(to: &out.bytes)
        out.flushIfFull()
    }

    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {
        var w = JSONWriter(pretty: pretty, open: [true, totals.articles > 0])
        w.endArray()
        w.beginObject("totals")
        w.field("articles", totals.articles)
        w.field("claims", totals.claims)
        w.beginObject("labels")
        for l in Label.allCases { w.key(l.jsonName); w.number(totals.counts[l] ?? 0) }
        w.endObject()
        w.field("failing", totals.failing)
        w.field("failed_articles", totals.failedArticles)
        w.field("errors", totals.failures.count)
        w.endObject()
        if !totals.failures.isEmpty {
            w.beginArray("errors")
            for f in totals.failures { w.beginObject(); w.field("path", f.path); w.field("message", f.message); w.endObject() }
            w.endArray()
        }
        w.endObject()
        w.byte(0x0A)
        w.append(to: &out.bytes)
    }

    /// Keys of the article object; passed-through fields with these names go under "input".
    static let ownKeys: Set<String> = ["path", "encoding", "encoding_note", "replaced_invalid_utf8", "outlet", "units", "sources", "summary", "problems", "error", "input"]

    /// The fields of an input record other than its text: at the top level, or under "input"
    /// when the article object has a field of that name.
    static func writePassthrough(_ fields: [(key: String, json: String)], _ w: inout JSONWriter) {
        for (k, v) in fields where !ownKeys.contains(k) { w.key(k); w.json(v) }
        let clashing = fields.filter { ownKeys.contains($0.key) }
        if !clashing.isEmpty {
            w.beginObject("input")
            for (k, v) in clashing { w.key(k); w.json(v) }
            w.endObject()
        }
    }

    /// Writes one unit object, borrowed (not copied); its text is copied from its UTF-8 (escaped).
    static func writeUnit(_ u: borrowing AuditedUnit, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("index", u.index)
        w.field("kind", u.kind)
        w.field("start", u.span.start)
        w.field("end", u.span.end)
        w.field("line", u.line)
        w.field("column", u.column)
        w.field("text", utf8: u.utf8)
        w.field("label", u.label)
        w.beginArray("sources")
        for k in u.sources.indices {
            w.beginObject()
            w.field("id", u.sources[k].id); w.field("text", u.sources[k].text)
            w.field("start", u.sources[k].span.start); w.field("end", u.sources[k].span.end)
            w.field("kind", u.sources[k].kind); w.field("via", u.sources[k].via)
            w.endObject()
        }
        w.endArray()
        w.beginArray("flags"); for f in u.flags { w.name(f.jsonName) }; w.endArray()
        w.beginArray("evidence")
        for j in u.evidence.indices {
            w.beginObject(); w.field("rule", u.evidence[j].rule); w.field("text", utf8: u.evidence[j].utf8)
            w.field("start", u.evidence[j].span.start); w.field("end", u.evidence[j].span.end); w.endObject()
        }
        w.endArray()
        if let s = u.score { w.field("score", s) } else { w.key("score"); w.null() }
        if u.label != nil {
            // unit indices (the `index` of the units), as in `sources[].claims`
            w.beginArray("contests"); for c in u.contests { w.number(c) }; w.endArray()
            w.beginArray("contested_by"); for c in u.contestedBy { w.number(c) }; w.endArray()
            w.field("failing", u.failing)
            if let v = u.verified { w.field("verified", v) }
            if u.baselined { w.field("baselined", true) }
        }
        w.endObject()
    }

    /// The `standards` object of an article's summary (README, "Sourcing standards").
    static func writeStandards(_ f: StandardsFigures, _ w: inout JSONWriter) {
        w.beginObject("standards")
        w.field("sources", f.sources)
        w.field("attributed", f.attributed)
        w.field("largest_source_share", (f.largestSourceShare * 1000).rounded() / 1000)
        w.field("largest_source", f.largestSource)
        w.field("anonymous_share", (f.anonymousShare * 1000).rounded() / 1000)
        w.field("secondhand_share", (f.secondhandShare * 1000).rounded() / 1000)
        w.field("unexplained_anonymous", f.unexplained)
        w.field("contested", f.contested)
        w.beginArray("warnings"); for x in f.warnings { w.name(x.jsonName) }; w.endArray()
        w.endObject()
    }

    /// Writes one article object; `spill` is called after each unit and source, where the
    /// bytes written so far may be moved out of `w`.
    public static func write(_ a: ArticleAudit, _ w: inout JSONWriter, spill: (inout JSONWriter) -> Void = { _ in }) {
        w.beginObject()
        w.field("path", a.path)
        writePassthrough(a.passthrough, &w)
        w.field("encoding", a.encoding.rawValue)
        if let note = a.encodingNote { w.field("encoding_note", note) }
        if a.replacements > 0 { w.field("replaced_invalid_utf8", a.replacements) }
        w.field("outlet", a.outlet)
        w.beginArray("units")
        for i in a.units.indices { writeUnit(a.units[i], &w); spill(&w) }
        w.endArray()
        w.beginArray("sources")
        for s in a.sources {
            w.beginObject()
            w.field("id", s.id); w.field("name", s.name); w.field("kind", s.kind); w.field("via", s.via)
            w.beginArray("mentions")
            for m in s.mentions {
                w.beginObject(); w.field("unit", m.unit); w.field("text", m.text); w.field("start", m.span.start); w.field("end", m.span.end); w.endObject()
            }
            w.endArray()
            w.beginArray("claims"); for c in s.claims { w.number(c) }; w.endArray()
            w.endObject()
            spill(&w)
        }
        w.endArray()
        w.beginObject("summary")
        w.field("claims", a.summary.claims)
        w.beginObject("labels")
        for l in Label.allCases { w.key(l.jsonName); w.number(a.summary.counts[l] ?? 0) }
        w.endObject()
        w.field("score", a.summary.score)
        w.field("failing", a.summary.failing)
        w.field("failed", a.summary.failed)
        w.beginArray("reasons"); for r in a.summary.reasons { w.string(r) }; w.endArray()
        writeStandards(a.summary.standards, &w)
        w.endObject()
        if !a.problems.isEmpty {
            w.beginArray("problems")
            for p in a.problems { w.beginObject(); w.field("line", p.line); w.field("column", p.column); w.field("message", p.message); w.endObject() }
            w.endArray()
        }
        w.endObject()
    }
}

/// `--format jsonl`: one compact JSON object per line per article (the ARTICLE object of
/// the JSON format), written as soon as the article is audited — a mapper for stream
/// engines (Spark's `RDD.pipe`, Hadoop Streaming). A record that could not be audited is
/// a line `{"path": ..., "error": ...}`, so output lines match input records one to one.
public struct JSONLReporter: Reporter {
    public static let name = "jsonl"
    public var rendersAlone: Bool { true }
    public init() {}
    public func begin(_ out: inout ReportOutput) {}
    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        var w = JSONWriter(pretty: false)
        JSONReporter.write(audit, &w) { JSONReporter.spill(&$0, &out) }
        w.byte(0x0A)
        w.append(to: &out.bytes)
        out.flushIfFull()
    }
    /// The line for a record that could not be audited.
    public func failure(_ f: InputFailure, passthrough: [(key: String, json: String)], _ out: inout ReportOutput) {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("path", f.path)
        JSONReporter.writePassthrough(passthrough, &w)
        w.field("error", f.message)
        w.endObject()
        w.byte(0x0A)
        w.append(to: &out.bytes)
    }
    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {}
}
