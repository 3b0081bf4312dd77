import IsnadModel
import IsnadText

/// The default audit sheet for a terminal: every claim numbered with its line,
/// label, source and evidence; the sources table; the counts per label and the score.
///
/// Article text is wrapped in Unicode first-strong isolates (U+2068 … U+2069) so the
/// tool's left-to-right decoration never reorders right-to-left text, and every
/// control character from the article is removed so it cannot reach the terminal.
public struct TextReporter: Reporter {
    public static let name = "text"
    public var rendersAlone: Bool { true }
    public var color: Bool
    public init(color: Bool) { self.color = color }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }

    /// Article text made safe for a terminal and isolated for bidi.
    public static func isolate(_ s: String) -> String { "\u{2068}" + sanitize(s) + "\u{2069}" }

    /// Removes C0/C1 controls (escape sequences included) and bidi embedding controls, which
    /// could escape the isolate; newlines become spaces.
    public static func sanitize(_ s: String) -> String {
        var v = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0x0A, 0x0D, 0x09: v.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: v.append(c)
            }
        }
        return String(v)
    }

    func labelTag(_ l: Label) -> String {
        let padded = l.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        return paint(padded, "\(l.descriptor.terminalColor)")
    }

    public func begin(_ out: inout ReportOutput) {}

    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        write(audit, &out)
        out.write("\n")
    }

    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {
        guard totals.articles > 1 || !totals.failures.isEmpty else { return }
        var s = bold("Total") + ": \(counted(totals.articles, "article")), \(counted(totals.claims, "claim")) — "
        s += Label.allCases.map { "\($0.rawValue) \(totals.counts[$0] ?? 0)" }.joined(separator: ", ")
        s += "; \(totals.failing) failing"
        if !totals.failures.isEmpty { s += "; \(counted(totals.failures.count, "file")) not audited" }
        out.write(s + "\n")
    }

    public func article(_ a: ArticleAudit) -> String {
        var o = ReportOutput()
        write(a, &o)
        return String(decoding: o.bytes, as: UTF8.self)
    }

    /// Writes one article's sheet into `o` piece by piece, as it goes: a long article's sheet is
    /// never held as one string beside its bytes (issue #26, item 3: the text sheet of a 50 MB
    /// article held the sheet as a growing string, then a copy with its line feed, then its bytes).
    public func write(_ a: ArticleAudit, _ o: inout ReportOutput) {
        func put(_ s: String) { o.write(s) }
        put(bold("Audit of \(Self.sanitize(a.path))"))
        if let outlet = a.outlet { put(dim("  (own outlet: ") + Self.isolate(outlet) + dim(")")) }
        if a.encoding != .utf8 || a.encodingNote != nil { put(dim("  (read as \(a.encoding.rawValue)\(a.encodingNote.map { "; " + $0 } ?? ""))")) }
        if a.replacements > 0 { put(dim("  (\(a.replacements) invalid UTF-8 bytes replaced by U+FFFD)")) }
        put("\n\n")
        var n = 0
        // the sheet's number of each claim, by unit index (contest links name claims by number)
        var numbers: [Int: Int] = [:]
        for u in a.units where u.label != nil { numbers[u.index] = numbers.count + 1 }
        func claimRef(_ i: Int) -> String { "claim \(numbers[i] ?? 0) (L\(a.units[i].line))" }
        for u in a.units {
            guard let label = u.label else {
                put(dim("      L\(u.line)  [\(u.kind.rawValue)] ") + dim(Self.isolate(String(u.text.prefix(70)))) + "\n")
                continue
            }
            n += 1
            let num = String(n).leftPad(4)
            let mark = u.failing ? paint("✗", "31") : (u.verified != nil ? paint("✓", "32") : (u.baselined ? dim("=") : " "))
            put("\(num) \(mark)L\(String(u.line).rightPad(4)) \(labelTag(label)) " + Self.isolate(u.text) + "\n")
            var details: [String] = []
            if let v = u.verified { details.append("verified: " + Self.isolate(v)) }
            if u.baselined { details.append("in the baseline (not failing)") }
            if !u.sources.isEmpty {
                details.append("source: " + u.sources.map { s in
                    Self.isolate(s.text) + " (\(s.kind.rawValue)" + (s.via.map { ", via " + Self.isolate($0) } ?? "") + ")"
                }.joined(separator: "; "))
            }
            if !u.flags.isEmpty { details.append("flags: " + u.flags.map(\.rawValue).joined(separator: ", ")) }
            if !u.contests.isEmpty { details.append("contests: " + u.contests.map(claimRef).joined(separator: ", ")) }
            if !u.contestedBy.isEmpty { details.append("contested by: " + u.contestedBy.map(claimRef).joined(separator: ", ")) }
            if !u.evidence.isEmpty {
                details.append("evidence: " + u.evidence.prefix(6).map { "\($0.rule) " + Self.isolate($0.text) }.joined(separator: ", "))
            }
            if let s = u.score { details.append("score: \(fmt(s))" + (u.reason.map { " — " + Self.isolate($0) } ?? "")) }
            for d in details { put(dim("                 ") + d + "\n") }
        }
        put("\n" + bold("Sources") + "\n")
        if a.sources.isEmpty { put("  (none)\n") }
        for s in a.sources {
            put("  \(s.id.rightPad(4)) \(s.kind.rawValue.rightPad(13)) claims \(String(s.claims.count).leftPad(2))  ")
            put(Self.isolate(s.name) + (s.via.map { "  via " + Self.isolate($0) } ?? "") + "\n")
        }
        put("\n" + bold("Summary") + ": \(counted(a.summary.claims, "claim")) — ")
        put(Label.allCases.map { paint("\($0.rawValue) \(a.summary.counts[$0] ?? 0)", "\($0.descriptor.terminalColor)") }.joined(separator: ", "))
        put("\n" + bold("Score") + ": \(fmt(a.summary.score)) / 100")
        if a.summary.failing > 0 { put("  — \(counted(a.summary.failing, "failing claim"))") }
        put("\n" + bold("Standards") + ": " + Self.standards(a.summary.standards))
        for w in a.summary.standards.warnings { put("\n" + paint("warning", "33") + ": \(w.rawValue): \(w.message(a.summary.standards))") }
        if a.summary.failed { put("\n" + bold("Fails") + ": " + a.summary.reasons.joined(separator: "; ")) }
        for p in a.problems { put("\n" + paint("warning", "33") + ": L\(p.line):\(p.column): \(p.message)") }
        put("\n")
    }

    /// The figures of the sourcing standards on one line.
    public static func standards(_ f: StandardsFigures) -> String {
        counted(f.sources, "source") + ", largest share on one source \(percentText(f.largestSourceShare))"
            + (f.largestSource.map { " (\($0))" } ?? "") + ", anonymous \(percentText(f.anonymousShare)), secondhand \(percentText(f.secondhandShare))"
            + " of " + counted(f.attributed, "attributed claim")
    }

    func fmt(_ d: Double) -> String { Self.score(d) }
    /// A score as the sheets print it: whole, or to one decimal.
    public static func score(_ d: Double) -> String { scoreText(d) }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
    func rightPad(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
