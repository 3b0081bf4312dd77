import Foundation
import Testing
@testable import Isnad
import IsnadReport

/// The sourcing standards through the built binary and the shipped pack: JSON and SARIF fields,
/// policy flags and `.audit.yml` keys failing the run, `audit config` origins, `explain`.
@Suite("sourcing standards, end to end")
struct StandardsEndToEndTests {
    static let article = """
        الوزارة تدرس رفع أسعار الوقود

        قال مسؤول في الوزارة، طلب عدم ذكر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، إن الوزارة تدرس رفع أسعار الوقود مطلع العام المقبل.
        وأضاف أن القرار سيعرض على مجلس الوزراء.
        وقالت مصادر مطلعة إن الزيادة ستكون كبيرة.
        ونفى المتحدث باسم الوزارة أحمد العلي أن تكون الوزارة تدرس رفع أسعار الوقود.

        """

    func file() throws -> (dir: String, path: String) {
        let dir = try Support.tempDir()
        let path = dir + "/fuel.txt"
        try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    @Test("json: flags, contests / contested_by as unit indices, and the summary's standards")
    func json() throws {
        let (_, path) = try file()
        let r = try Support.run(["--rules", Support.rules, "--format", "json", "--fail-on", "none", path])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let art = try #require((doc["articles"] as? [[String: Any]])?.first)
        let units = try #require(art["units"] as? [[String: Any]])
        let denial = try #require(units.first { $0["label"] as? String == "denied" })
        let contests = try #require(denial["contests"] as? [Int])
        #expect(!contests.isEmpty)
        for c in contests {
            let by = units[c]["contested_by"] as? [Int]
            #expect(by == [denial["index"] as! Int])
        }
        #expect((units[1]["flags"] as? [String])?.contains("reason_given") == true)
        #expect((units[2]["flags"] as? [String])?.contains("reason_given") == true)
        #expect((units[3]["flags"] as? [String])?.contains("unexplained_anonymity") == true)
        let std = try #require((art["summary"] as? [String: Any])?["standards"] as? [String: Any])
        #expect(std["sources"] as? Int == 3)
        #expect((std["warnings"] as? [String])?.contains("unexplained_anonymity") == true)
        #expect((std["warnings"] as? [String])?.contains("mostly_anonymous") == true)
        #expect(std["anonymous_share"] as? Double == 0.75)
    }

    @Test("policy flags and .audit.yml keys fail the run; audit config names each origin")
    func policy() throws {
        let (dir, path) = try file()
        let base = ["--rules", Support.rules, "--fail-on", "none"]
        #expect(try Support.run(base + [path]).status == 0)
        let reason = try Support.run(base + ["--require-anonymity-basis", "reason", path])
        #expect(reason.status == 1)
        #expect(reason.stdout.contains("require_anonymity_basis"))
        #expect(try Support.run(base + ["--max-anonymous-share", "0.5", path]).status == 1)
        #expect(try Support.run(base + ["--max-anonymous-share", "0.9", path]).status == 0)
        #expect(try Support.run(base + ["--min-sources", "4", path]).status == 1)
        #expect(try Support.run(base + ["--max-single-source-share", "0.4", path]).status == 1)
        #expect(try Support.run(base + ["--require-anonymity-basis", "sometimes", path]).status != 0)
        try "require_anonymity_basis: basis\nmax_anonymous_share: 0.6\n".write(toFile: dir + "/.audit.yml", atomically: true, encoding: .utf8)
        let r = try Support.run(base + [path])
        #expect(r.status == 1)
        let config = try Support.run(["config", "--rules", Support.rules, "--min-sources", "2", path])
        let lines = config.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("require_anonymity_basis") && $0.contains("basis") && $0.contains(".audit.yml:1:1") })
        #expect(lines.contains { $0.hasPrefix("max_anonymous_share") && $0.contains(".audit.yml:2:1") })
        #expect(lines.contains { $0.hasPrefix("min_sources") && $0.contains("command line") })
        #expect(lines.contains { $0.hasPrefix("max_single_source_share") && $0.contains("default") })
        try "max_anonymous_share: 2\n".write(toFile: dir + "/.audit.yml", atomically: true, encoding: .utf8)
        let bad = try Support.run(base + [path])
        #expect(bad.status != 0 && bad.stderr.contains(".audit.yml:1:"))
    }

    @Test("sarif: a failing denial carries its disputed claims as relatedLocations")
    func sarif() throws {
        let (_, path) = try file()
        let r = try Support.run(["--rules", Support.rules, "--format", "sarif", "--fail-on", "denied", path])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let run = try #require((doc["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "label.denied" })
        let related = try #require(result["relatedLocations"] as? [[String: Any]])
        #expect(!related.isEmpty)
        let region = (related[0]["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 1 || region?["startLine"] as? Int == 3)
        // the article-level summary: the article as an artifact with its standards figures
        let artifact = try #require((run["artifacts"] as? [[String: Any]])?.first)
        #expect((artifact["location"] as? [String: Any])?["uri"] as? String == SARIFReporter.uri(path))
        let std = try #require((artifact["properties"] as? [String: Any])?["standards"] as? [String: Any])
        #expect(std["sources"] as? Int == 3)
        #expect(std["anonymous_share"] as? Double == 0.75)
        #expect(std["contested"] as? Int == 1)
        #expect((std["warnings"] as? [String])?.contains("mostly_anonymous") == true)
        // still valid SARIF 2.1.0 with the related locations
        let out = try Support.tempDir() + "/fuel.sarif"
        try r.stdout.write(toFile: out, atomically: true, encoding: .utf8)
        let schema = Support.root.appendingPathComponent("Fixtures/schemas/sarif-schema-2.1.0.json").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1]))); print('valid')", schema, out]
        let pipe = Pipe()
        p.standardOutput = pipe; p.standardError = Pipe()
        try p.run()
        let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0 && said.contains("valid"))
    }

    @Test("html: the tooltip of a denial and of the claim it disputes names the other claim")
    func htmlTooltip() throws {
        let (_, path) = try file()
        let r = try Support.run(["--rules", Support.rules, "--format", "html", "--lang", "en", "--fail-on", "none", path])
        #expect(r.status == 0)
        // the tooltips are inside the article's marks; the claims table repeats the links as anchors
        let article = try #require(r.stdout.range(of: "id=\"article\"")).upperBound
        let tips = r.stdout[article...].components(separatedBy: "<span class=\"contest\">").dropFirst()
        #expect(tips.contains { $0.hasPrefix("contests Claim ") })
        #expect(tips.contains { $0.hasPrefix("contested by Claim ") })
    }

    @Test("explain: the contest's best candidate against the threshold, the unsourced headline set aside, and the cue of the anonymity reason")
    func explain() throws {
        let (_, path) = try file()
        let denial = try Support.run(["explain", "--rules", Support.rules, path + ":6"])
        #expect(denial.stdout.contains("contest: contests unit"))
        #expect(denial.stdout.contains("against the threshold 0.12"))
        // the unsourced headline (الوزارة تدرس رفع أسعار الوقود) is not weighed, and explain says so
        #expect(denial.stdout.contains("gives its claim to no one"))
        let cont = try Support.run(["explain", "--rules", Support.rules, path + ":4"])
        #expect(cont.stdout.contains("reason_given from anonymity.reason"))
        #expect(cont.stdout.contains("where the same source was introduced"))
    }
}
