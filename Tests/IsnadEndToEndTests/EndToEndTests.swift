import Foundation
import Testing
@testable import Isnad

/// Runs the built `audit` executable (run `swift build` before `swift test`).
@Suite("audit executable")
struct EndToEndTests {
    let seed = Support.gold + "/seed-01.txt"

    @Test("the text sheet of a fixture: claims, sources table, summary; exit 1 for unsourced claims")
    func textSheet() throws {
        let r = try Support.run(["--no-color", seed], in: Support.root.path)
        #expect(r.status == 1)
        #expect(r.stdout.contains("Sources"))
        #expect(r.stdout.contains("Summary"))
        #expect(r.stdout.contains("secondhand"))
        #expect(!r.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test("exit codes: 0 when nothing fails the policy, 1 when something does, 2 for usage errors")
    func exitCodes() throws {
        #expect(try Support.run(["--fail-on", "none", seed]).status == 0)
        #expect(try Support.run(["--fail-on", "denied", Support.gold + "/snn-11.txt"]).status == 0)
        #expect(try Support.run(["--fail-on", "named,unsourced", seed]).status == 1)
        let bad = try Support.run(["--fail-on", "maybe", seed])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("maybe"))
        #expect(try Support.run([]).status == 2)
        #expect(try Support.run(["--format", "pdf", seed]).status == 2)
    }

    @Test("errors in the rules stop the run before any output: no half-open JSON document on stdout, exit 2")
    func rulesErrorWritesNothing() throws {
        let dir = try Support.tempDir()
        try "rules:\n  - id: house.x\n    kind: nosuch\n".write(toFile: dir + "/a.yml", atomically: true, encoding: .utf8)
        for format in ["json", "sarif", "jsonl", "text"] {
            let r = try Support.run(["--rules", dir, "--format", format, seed])
            #expect(r.status == 2 && r.stdout.isEmpty, "\(format): \(r.stdout.prefix(200))")
            #expect(r.stderr.contains("a.yml:3:11: error: unknown kind 'nosuch'"), "\(r.stderr)")
        }
    }

    @Test("JSON output follows the documented format with exact offsets")
    func json() throws {
        let r = try Support.run(["--format", "json", "--fail-on", "none", seed])
        #expect(r.status == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(doc["format"] as? Int == 1)
        #expect((doc["tool"] as? [String: Any])?["version"] as? String == Isnad.version)
        let article = (doc["articles"] as! [[String: Any]])[0]
        let units = article["units"] as! [[String: Any]]
        let text = Array(try String(contentsOfFile: seed, encoding: .utf8).unicodeScalars)
        for u in units {
            let s = u["start"] as! Int, e = u["end"] as! Int
            #expect(String(String.UnicodeScalarView(text[s..<e])) == u["text"] as! String)
            for key in ["index", "kind", "line", "column", "label", "sources", "flags", "evidence"] { #expect(u.keys.contains(key)) }
        }
        #expect(units.contains { $0["label"] as? String == "secondhand" })
        let sources = article["sources"] as! [[String: Any]]
        #expect(!sources.isEmpty)
        for s in sources { for key in ["id", "name", "kind", "mentions", "claims"] { #expect(s.keys.contains(key)) } }
        let summary = article["summary"] as! [String: Any]
        #expect(summary["claims"] as? Int == units.filter { $0["label"] is String }.count)
        #expect(summary["score"] is Double || summary["score"] is Int)
    }

    @Test("several files and directories in one run; a missing file is reported, the rest still run, exit 2")
    func batch() throws {
        let r = try Support.run(["--format", "json", "--fail-on", "none", seed, "/no/such/article.txt", Support.gold])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such/article.txt"))
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        // seed-01 is given and also found in the gold's dev folder: audited once (issue 26, item 4)
        let inDir = try FileManager.default.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.count
        #expect((doc["articles"] as! [Any]).count == inDir)
        #expect(r.stderr.contains("is given more than once: audited once"))
    }

    @Test("a binary file is refused with its name; invalid UTF-8 names the byte offset")
    func badInput() throws {
        let dir = try Support.tempDir()
        try Data([0x00, 0x01, 0x02, 0x00]).write(to: URL(fileURLWithPath: dir + "/bin.txt"))
        try Data([0xD9, 0x82, 0xFF, 0xD9, 0x84]).write(to: URL(fileURLWithPath: dir + "/bad.txt"))
        let r = try Support.run([dir + "/bin.txt", dir + "/bad.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bin.txt"))
        #expect(r.stderr.contains("bad.txt"))
        #expect(r.stderr.contains("2"))
    }

    @Test("broken rules stop the run with path:line:column and exit 2")
    func brokenRules() throws {
        let dir = try Support.tempDir()
        try "kind: report\nrules:\n  - id: x\n    paterns: [قال]\n".write(toFile: dir + "/x.yml", atomically: true, encoding: .utf8)
        let r = try Support.run(["--rules", dir, seed])
        #expect(r.status == 2)
        #expect(r.stderr.contains(dir + "/x.yml:4:5: error: unknown key 'paterns'"))
    }

    @Test("adding a reporting verb to a copy of the rules changes the next run's labels, with no rebuild")
    func editRules() throws {
        let dir = try Support.tempDir()
        let rules = dir + "/Rules"
        try FileManager.default.copyItem(atPath: Support.rules, toPath: rules)
        let article = dir + "/a.txt"
        try "عنوان الخبر\nوغمغم الوزير أن الاتفاق قريب.\n".write(toFile: article, atomically: true, encoding: .utf8)
        func label() throws -> String? {
            let r = try Support.run(["--format", "json", "--fail-on", "none", "--rules", rules, article])
            let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            let units = (doc["articles"] as! [[String: Any]])[0]["units"] as! [[String: Any]]
            return units.last?["label"] as? String
        }
        #expect(try label() == "unsourced")
        let verb = "  - id: report.ghamghama\n    description: غمغم \"muttered\"\n    patterns: [غمغم|غمغمت|يغمغم|تغمغم]\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: rules + "/reporting.yml"))
        handle.seekToEndOfFile()
        handle.write(Data(verb.utf8))
        try handle.close()
        #expect(try label() == "named")
    }

    @Test("with no --rules, audit finds ./Rules or the pack of its source tree from any directory")
    func defaultRules() throws {
        let elsewhere = try Support.tempDir()
        let r = try Support.run(["--fail-on", "none", seed], in: elsewhere)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Summary"))
    }
}
