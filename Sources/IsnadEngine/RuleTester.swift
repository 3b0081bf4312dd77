import IsnadModel
import IsnadText
import IsnadRules

/// Runs the tests written inside rule files: every rule's `match` / `no_match` examples
/// and the pack's sentence tests (`tests:`), and measures which rules they exercise.
public struct RuleTester: Sendable {
    public let auditor: Auditor
    public init(auditor: Auditor) { self.auditor = auditor }

    /// One failed test, with where it is written and a readable expected / got diff.
    public struct Failure: Sendable, CustomStringConvertible {
        public var location: SourceLocation
        public var title: String
        public var expected: String
        public var got: String
        public var description: String {
            "\(location): error: \(title)\n    expected: \(expected)\n    got:      \(got)"
        }
    }

    public struct Report: Sendable {
        public var passed = 0
        public var failures: [Failure] = []
        /// Rules no passing example or sentence test exercises.
        public var uncovered: [Rule] = []
        /// The rules whose examples were run.
        public var rules = 0
        public var total: Int { passed + failures.count }
    }

    /// Runs the tests; with `files`, only the examples of the rules written in those files and
    /// the sentence tests written there (an overlay's own tests, the pack it extends loaded under it).
    public func run(files: Set<String>? = nil) -> Report {
        var report = Report()
        var covered = Set<String>()
        let rules = files.map { f in auditor.pack.rules.filter { f.contains($0.location.path) } } ?? auditor.pack.rules
        let tests = files.map { f in auditor.pack.tests.filter { f.contains($0.location.path) } } ?? auditor.pack.tests
        report.rules = rules.count
        for r in rules {
            for (k, raw) in r.examples.match.enumerated() {
                let (text, marked) = MarkedExample.parse(raw)
                let found = auditor.firings(ruleID: r.id, in: text)
                let loc = k < r.examples.matchLocations.count ? r.examples.matchLocations[k] : r.location
                if let marked {
                    if found.contains(where: { Self.same($0, marked) }) { report.passed += 1; covered.insert(r.id); continue }
                    report.failures.append(Failure(location: loc, title: "rule '\(r.id)' does not match the marked words",
                                                   expected: "[[\(marked)]] in \(text)",
                                                   got: found.isEmpty ? "no match" : found.map { "[[\($0)]]" }.joined(separator: ", ")))
                } else if !found.isEmpty {
                    report.passed += 1; covered.insert(r.id)
                } else {
                    report.failures.append(Failure(location: loc, title: "rule '\(r.id)' does not match its example",
                                                   expected: "a match in \(text)", got: "no match"))
                }
            }
            for (k, text) in r.examples.noMatch.enumerated() {
                let found = auditor.firings(ruleID: r.id, in: text)
                let loc = k < r.examples.noMatchLocations.count ? r.examples.noMatchLocations[k] : r.location
                if found.isEmpty { report.passed += 1; continue }
                report.failures.append(Failure(location: loc, title: "rule '\(r.id)' matches a 'no_match' example",
                                               expected: "no match in \(text)", got: found.map { "[[\($0)]]" }.joined(separator: ", ")))
            }
        }
        for t in tests {
            let audit = auditor.audit(text: t.text, path: t.location.path)
            guard let claim = audit.units.last(where: { $0.label != nil }), let label = claim.label else {
                report.failures.append(Failure(location: t.location, title: "the test text has no claim",
                                               expected: t.label.rawValue + (t.source.map { ", source containing '\($0)'" } ?? ""), got: "no claim unit"))
                continue
            }
            let source = claim.sources.isEmpty ? nil : claim.sources.map(\.text).joined(separator: "; ")
            let sourceOK = t.source.map { want in claim.sources.contains { Self.folded($0.text).contains(Self.folded(want)) } } ?? true
            if label == t.label && sourceOK {
                report.passed += 1
                for e in claim.evidence { covered.insert(e.rule) }
            } else {
                report.failures.append(Failure(
                    location: t.location, title: "wrong label or source for: \(claim.text)",
                    expected: t.label.rawValue + (t.source.map { ", source containing '\($0)'" } ?? ""),
                    got: label.rawValue + (source.map { ", source '\($0)'" } ?? ", no source") + (claim.reason.map { " — \($0)" } ?? "")))
            }
        }
        report.uncovered = rules.filter { !covered.contains($0.id) }
        return report
    }

    /// Folded, with runs of spaces made one.
    static func folded(_ s: String) -> String {
        Normalizer.folded(s).split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
    /// Whether a match's text is the marked text, allowing the match to include proclitics
    /// the mark left out (`[[قال]]` for the match `وقال`).
    static func same(_ match: String, _ marked: String) -> Bool {
        let m = folded(match), k = folded(marked)
        if m == k { return true }
        guard m.hasSuffix(k) else { return false }
        let prefix = m.dropLast(k.count)
        return Arabic.procliticPrefixes.contains(String(prefix))
    }
}
