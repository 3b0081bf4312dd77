import Foundation
import Testing
@testable import Isnad

/// Every failure reason is visible in every CI format (github, line, SARIF), SARIF carries
/// what code scanning needs, and the GitHub step summary lists what the annotations cannot.
@Suite("CI formats")
struct CIFormatTests {
    static let named = "وقال وزير المالية محمد الجدعان إن الميزانية متوازنة."
    static let unsourced = "وارتفعت أسعار الذهب في الأسواق العالمية أمس."
    /// A named claim and an unsourced one: it scores 47.5, the unsourced claim can be tolerated.
    static let article = named + "\n" + unsourced + "\n"
    let rules = ["--rules", Support.rules]

    func article(_ text: String = CIFormatTests.article, name: String = "a.txt") throws -> (dir: String, path: String) {
        let dir = try Support.tempDir()
        try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        return (dir, dir + "/" + name)
    }

    func json(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }
    func results(_ doc: [String: Any]) -> [[String: Any]] { (doc["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]] }

    @Test("an article failing --min-score (and no claim) gets an article-level annotation in github, an error in line and a SARIF result")
    func minScoreEverywhere() throws {
        let (dir, path) = try article()
        let policy = ["--fail-on", "none", "--min-score", "90"]
        let gh = try Support.run(rules + policy + ["--format", "github", path])
        #expect(gh.status == 1)
        let ghLines = gh.stdout.split(separator: "\n").map(String.init)
        #expect(ghLines.count == 1, "\(gh.stdout)")
        // at the file, no line: an annotation on the article
        #expect(ghLines.first?.hasPrefix("::error file=\(path),title=Isnad%3A article fails policy.min-score::") == true, "\(gh.stdout)")
        #expect(ghLines.first?.hasSuffix("score 47.5 below the minimum 90 [policy.min-score]") == true, "\(gh.stdout)")

        let line = try Support.run(rules + policy + ["--format", "line", path])
        #expect(line.status == 1)
        #expect(line.stdout.contains("\(path):1:1: error: the article fails the policy: score 47.5 below the minimum 90 [policy.min-score]\n"), "\(line.stdout)")
        #expect(!line.stdout.contains(": error: unsourced"))

        let sarif = try Support.run(rules + policy + ["--format", "sarif", path])
        #expect(sarif.status == 1)
        try sarif.stdout.write(toFile: dir + "/out.sarif", atomically: true, encoding: .utf8)
        let v = try ReportsTests().validateSARIF(dir + "/out.sarif")
        #expect(v.status == 0, "\(v.err.suffix(600))")
        let rs = results(try json(sarif.stdout))
        #expect(rs.count == 1)
        #expect(rs.first?["ruleId"] as? String == "policy.min-score" && rs.first?["level"] as? String == "error")
        let location = ((rs.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == SARIFReporter.uri(path))
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 1)
        // the rule the result names is declared, at the index it gives
        let driver = ((try json(sarif.stdout)["runs"] as! [[String: Any]])[0]["tool"] as! [String: Any])["driver"] as! [String: Any]
        let declared = (driver["rules"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(declared[rs.first?["ruleIndex"] as? Int ?? -1] == "policy.min-score")
    }

    @Test("an article over --max-unsourced gets one article-level finding besides its failing claims")
    func maxUnsourced() throws {
        let (_, path) = try article(Self.unsourced + "\nوانخفضت أسعار الفضة في الأسواق العالمية أمس.\n")
        let line = try Support.run(rules + ["--max-unsourced", "1", "--format", "line", path])
        #expect(line.status == 1)
        #expect(line.stdout.contains("\(path):1:1: error: the article fails the policy: 2 unsourced claims, more than the 1 tolerated (max_unsourced) [policy.max-unsourced]"), "\(line.stdout)")
        #expect(line.stdout.components(separatedBy: ": error: unsourced:").count == 3)
        let gh = try Support.run(rules + ["--max-unsourced", "1", "--format", "github", path])
        #expect(gh.stdout.contains("title=Isnad%3A article fails policy.max-unsourced::"))
        // within the tolerance nothing is said at the article
        let ok = try Support.run(rules + ["--max-unsourced", "2", "--format", "line", path])
        #expect(ok.status == 0 && !ok.stdout.contains("policy."))
    }

    @Test("SARIF: the claim's text and label in the message, fingerprints that survive edits elsewhere, helpUri per rule, invocations with unreadable files")
    func sarifDetails() throws {
        let (dir, path) = try article()
        let r = try Support.run(rules + ["--format", "sarif", path, dir + "/missing.txt"])
        #expect(r.status == 2)
        try r.stdout.write(toFile: dir + "/out.sarif", atomically: true, encoding: .utf8)
        let v = try ReportsTests().validateSARIF(dir + "/out.sarif")
        #expect(v.status == 0, "\(v.err.suffix(600))")
        let doc = try json(r.stdout)
        let run = (doc["runs"] as! [[String: Any]])[0]
        let result = try #require(results(doc).first)
        let message = (result["message"] as? [String: Any])?["text"] as? String ?? ""
        #expect(message.hasPrefix("unsourced claim: «\(Self.unsourced)»"), "\(message)")
        let fingerprint = try #require((result["partialFingerprints"] as? [String: Any])?["isnadClaim/v1"] as? String)
        #expect(fingerprint.count == 16 + 2 && fingerprint.hasSuffix(":1"))
        // every rule has a helpUri into a README section that exists
        let readme = try String(contentsOf: Support.root.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]] {
            let uri = try #require(rule["helpUri"] as? String)
            let anchor = String(uri.split(separator: "#").last ?? "")
            #expect(readme.contains("<a id=\"\(anchor)\"></a>"), "README has no anchor \(anchor) for \(rule["id"] ?? "")")
        }
        // the run's invocation: not successful (a file could not be read), with that file's URI
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false && invocation["exitCode"] as? Int == 2)
        let note = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        let uri = ((((note["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String)
        #expect(uri == SARIFReporter.uri(dir + "/missing.txt"))

        // lines added above the claim, and its diacritics and spacing changed: the same fingerprint, another line
        try ("عنوان جديد\n\n" + Self.named + "\n" + "وارتفعت  أسعارُ الذهب في الأسواق العالمية أمس." + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try Support.run(rules + ["--format", "sarif", path])
        let moved = try #require(results(try json(edited.stdout)).first { (($0["message"] as? [String: Any])?["text"] as? String)?.contains("الذهب") == true })
        #expect((moved["partialFingerprints"] as? [String: Any])?["isnadClaim/v1"] as? String == fingerprint)
        let region = (((moved["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region?["startLine"] as? Int == 4)
        // a clean run's invocation succeeds with its exit status
        let clean = try Support.run(rules + ["--fail-on", "none", "--format", "sarif", path])
        let inv = ((try json(clean.stdout)["runs"] as! [[String: Any]])[0]["invocations"] as? [[String: Any]])?.first
        #expect(clean.status == 0 && inv?["executionSuccessful"] as? Bool == true && inv?["exitCode"] as? Int == 0)
    }

    @Test("verified-marker warnings: SARIF warnings; printed once in line and github modes (not again on standard error)")
    func verifiedWarnings() throws {
        let (dir, path) = try article(Self.named + "\n\n<!-- verified: stray -->\n", name: "a.md")
        for format in ["line", "github"] {
            let r = try Support.run(rules + ["--format", format, path])
            #expect(r.stdout.components(separatedBy: "verified marker matches no claim").count == 2, "\(format): \(r.stdout)")
            #expect(!r.stderr.contains("verified marker"), "\(format): \(r.stderr)")
            #expect(r.stdout.contains("markup.verified-unmatched"))
        }
        let text = try Support.run(rules + [path])
        #expect(text.stderr.components(separatedBy: "verified marker matches no claim").count == 2)
        let sarif = try Support.run(rules + ["--format", "sarif", path])
        try sarif.stdout.write(toFile: dir + "/out.sarif", atomically: true, encoding: .utf8)
        #expect(try ReportsTests().validateSARIF(dir + "/out.sarif").status == 0)
        let warning = results(try json(sarif.stdout)).first { $0["ruleId"] as? String == "markup.verified-unmatched" }
        #expect(warning?["level"] as? String == "warning")
        let region = (((warning?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region?["startLine"] as? Int == 3)
    }

    @Test("--format github appends a Markdown summary to $GITHUB_STEP_SUMMARY: per-article counts and every annotation beyond the first 10")
    func stepSummary() throws {
        let many = (1...12).map { "وارتفع المؤشر \($0) نقاط في التداولات أمس." }.joined(separator: "\n") + "\n"
        let (dir, path) = try article(many)
        try Self.article.write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        let summary = dir + "/summary.md"
        try "earlier step\n".write(toFile: summary, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Support.binary)
        p.arguments = rules + ["--format", "github", "--min-score", "60", path, dir + "/b.txt"]
        p.environment = Support.environment.merging(["GITHUB_STEP_SUMMARY": summary]) { $1 }
        p.standardOutput = Pipe(); p.standardError = Pipe()
        try p.run()
        _ = (p.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        let md = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(md.hasPrefix("earlier step\n## Isnad audit\n"), "appended, not replaced: \(md.prefix(80))")
        #expect(md.contains("2 articles audited, 14 claims, 2 articles fail the policy"), "\(md)")
        #expect(md.contains("| \(path) | 12 | 12 | 0 | ❌ 12 claims labelled unsourced; score 0 below the minimum 60 |"), "\(md)")
        #expect(md.contains("| \(dir)/b.txt | 2 | 1 | 47.5 |"))
        // all 15 annotations are listed (12 claims, 2 article-level, 1 claim of b), the 11th and 12th included
        #expect(md.contains("All 15 annotations"))
        #expect(md.contains("\(path):12:1: unsourced: وارتفع المؤشر 12 نقاط"))
        // without --format github, nothing is written
        let q = Process()
        q.executableURL = URL(fileURLWithPath: Support.binary)
        q.arguments = rules + ["--format", "line", path]
        q.environment = Support.environment.merging(["GITHUB_STEP_SUMMARY": summary]) { $1 }
        q.standardOutput = Pipe(); q.standardError = Pipe()
        try q.run(); _ = (q.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile(); q.waitUntilExit()
        #expect(try String(contentsOfFile: summary, encoding: .utf8) == md)
    }
}
