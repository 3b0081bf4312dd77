import Foundation
import Testing
@testable import Isnad

/// The sheets in every format: Reports/ is up to date, SARIF validates against the
/// official schema, and hostile article text stays text in every format.
@Suite("formats and Reports/")
struct ReportsTests {
    static let formats = "text,json,markdown,html,sarif,github,line"

    func files(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test("Reports/sheets holds the current sheets of every fixture in every format (regenerate with Reports/regenerate.sh)")
    func reportsUpToDate() throws {
        let out = try Support.tempDir() + "/sheets"
        // the 23 seed and snn articles of the gold's dev split (Reports/regenerate.sh)
        let articles = files(Support.gold).filter { ($0.hasPrefix("seed-") || $0.hasPrefix("snn-")) && $0.hasSuffix(".txt") }
            .map { "Fixtures/gold/dev/" + $0 }
        #expect(articles.count == 23)
        let r = try Support.run(["-o", out, "--format", Self.formats] + articles, in: Support.root.path)
        #expect(r.status == 1, "\(r.stderr)")
        let committed = Support.root.appendingPathComponent("Reports/sheets").path
        #expect(files(out) == files(committed), "Reports/sheets is out of date: run bash Reports/regenerate.sh")
        #expect(files(out).count == 23 * 7 + 2)
        var stale: [String] = []
        for f in files(out) {
            let a = try Data(contentsOf: URL(fileURLWithPath: out + "/" + f))
            let b = try? Data(contentsOf: URL(fileURLWithPath: committed + "/" + f))
            if a != b { stale.append(f) }
        }
        #expect(stale.isEmpty, "Reports/sheets is out of date (\(stale.prefix(5).joined(separator: ", ")) ...): run bash Reports/regenerate.sh")
    }

    /// Validates a SARIF file against the official SARIF 2.1.0 schema (python3 jsonschema).
    func validateSARIF(_ path: String) throws -> Run { try validateSARIF([path]) }

    /// Validates SARIF files against the schema in one python3 (one start-up for them all):
    /// a line `valid PATH` for each that validates; the first that does not stops it, exit 1.
    func validateSARIF(_ paths: [String]) throws -> Run {
        let schema = Support.root.appendingPathComponent("Fixtures/schemas/sarif-schema-2.1.0.json").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            for path in sys.argv[2:]:
                jsonschema.validate(json.load(open(path)), schema)
                print('valid', path)
            """
        p.arguments = ["python3", "-c", script, schema] + paths
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }
    struct Run { var status: Int32; var out: String; var err: String }

    @Test("every SARIF sheet validates against the SARIF 2.1.0 schema, with one result per failing claim")
    func sarifValid() throws {
        let dir = Support.root.appendingPathComponent("Reports/sheets").path
        let sarifs = files(dir).filter { $0.hasSuffix(".sarif") }
        #expect(sarifs.count == 23)
        let v = try validateSARIF(sarifs.map { dir + "/" + $0 })
        #expect(v.status == 0, "\(v.err.suffix(600))")
        for f in sarifs {
            #expect(v.out.split(separator: "\n").contains("valid \(dir)/\(f)"), "\(f): \(v.err.suffix(600))")
        }
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/seed-01.sarif"))) as? [String: Any])
        // the claims' results (the warnings of the sourcing standards are results too, with level warning)
        let results = ((doc["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]]).filter { ($0["ruleId"] as? String)?.hasPrefix("label.") == true }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/seed-01.json"))) as? [String: Any])
        let failing = ((json["articles"] as! [[String: Any]])[0]["summary"] as! [String: Any])["failing"] as! Int
        // one result per failing claim (the sheets set no article-level policy), each with its fingerprint
        #expect(results.count == failing && failing > 0)
        let fingerprints = results.compactMap { (($0 as? [String: Any])?["partialFingerprints"] as? [String: Any])?["isnadClaim/v1"] as? String }
        #expect(fingerprints.count == failing && Set(fingerprints).count == failing)
        let run = (doc["runs"] as! [[String: Any]])[0]
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        #expect(rules.allSatisfy { ($0["helpUri"] as? String)?.hasPrefix(Isnad.homepage) == true })
        #expect((run["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == true)
    }

    static let hostile = """
        عنوان <script>alert('x')</script> الخبر
        وقال الوزير إن "><img src=x onerror=alert(1)> سيصل | *غدا* [رابط](http://evil.example) `كود`.
        وارتفعت الأسعار ::error file=x::حقن %0A سطر \u{1B}[31mأحمر\u{1B}[0m & <b>نص</b>.
        """

    @Test("hostile article text is escaped in HTML, Markdown, SARIF, GitHub annotations and line output")
    func escaping() throws {
        let dir = try Support.tempDir()
        try Self.hostile.write(toFile: dir + "/evil.txt", atomically: true, encoding: .utf8)
        let out = dir + "/out"
        let r = try Support.run(["--rules", Support.rules, "-o", out, "--format", Self.formats, dir + "/evil.txt"])
        #expect(r.status == 1, "\(r.stderr)")
        let html = try String(contentsOfFile: out + "/evil.html", encoding: .utf8)
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>نص</b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        let md = try String(contentsOfFile: out + "/evil.md", encoding: .utf8)
        #expect(!md.contains("<script") && !md.contains("<img") && !md.contains("[رابط](") && !md.contains("\u{1B}"))
        #expect(md.contains("&lt;script&gt;") && md.contains("\\| \\*غدا\\* \\[رابط\\]"))
        // every table row of the claims keeps its columns: the pipe in the text is escaped
        for line in md.split(separator: "\n") where line.hasPrefix("| ") && line.contains("رابط") {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 7)
        }
        let sarif = try Data(contentsOf: URL(fileURLWithPath: out + "/evil.sarif"))
        let doc = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
        let snippets = ((doc["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]]).map {
            ((($0["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])["snippet"] as! [String: Any]
        }.map { $0["text"] as! String }
        #expect(snippets.contains { $0.contains("::error file=x::") && $0.contains("\u{1B}[31m") })  // data, intact after parsing
        #expect(try validateSARIF(out + "/evil.sarif").status == 0)
        let gh = try String(contentsOfFile: out + "/evil.github.txt", encoding: .utf8)
        let lines = gh.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
        // one line per failing claim: no newline from the article starts a command of its own
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/evil.json"))) as? [String: Any])
        let failing = ((json["articles"] as! [[String: Any]])[0]["summary"] as! [String: Any])["failing"] as! Int
        // (the article-level warnings of the sourcing standards are ::warning lines of their own)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == failing && failing >= 2, "\(gh)")
        let summary = (json["articles"] as! [[String: Any]])[0]["summary"] as! [String: Any]
        let warnings = ((summary["standards"] as? [String: Any])?["warnings"] as? [String]) ?? []
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == warnings.count)
        #expect(gh.contains("%250A") && !gh.contains("\u{1B}"))
        let line = try String(contentsOfFile: out + "/evil.lines.txt", encoding: .utf8)
        #expect(!line.contains("\u{1B}"))
        #expect(line.split(separator: "\n").allSatisfy { $0.hasPrefix(out.isEmpty ? "" : dir + "/evil.txt:") })
        let text = try String(contentsOfFile: out + "/evil.audit.txt", encoding: .utf8)
        #expect(!text.contains("\u{1B}"))
    }

    @Test("a custom template replaces the shipped layout; a broken one is an error naming the file")
    func customTemplate() throws {
        let dir = try Support.tempDir()
        try "<html dir=\"rtl\"><body>{{#claims}}<p>{{number}} {{label}}: {{text}}</p>{{/claims}}</body></html>".write(toFile: dir + "/mine.html.mustache", atomically: true, encoding: .utf8)
        let r = try Support.run(["--format", "html", "--template", dir + "/mine.html.mustache", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        #expect(r.stdout.hasPrefix("<html dir=\"rtl\"><body><p>1 unsourced: "))
        try "{{#claims}}unclosed".write(toFile: dir + "/bad.md.mustache", atomically: true, encoding: .utf8)
        let b = try Support.run(["--format", "markdown", "--template", dir + "/bad.md.mustache", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        // located at the section left open, in the form of every located error, not a dump of the parser's value
        #expect(b.status == 2 && b.stderr.hasPrefix(dir + "/bad.md.mustache:1:") && b.stderr.contains(": error: invalid Mustache template: a section"), "\(b.stderr)")
        #expect(!b.stderr.contains("ParserError") && !b.stderr.contains("context:"))
        try "{{#claims}}x{{/sources}}".write(toFile: dir + "/close.html.mustache", atomically: true, encoding: .utf8)
        let c = try Support.run(["--format", "html", "--template", dir + "/close.html.mustache", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        #expect(c.status == 2 && c.stderr.hasPrefix(dir + "/close.html.mustache:1:") && c.stderr.contains("does not close the section"), "\(c.stderr)")
        // --template with no templated format, or with the other one, is a usage error
        let json = try Support.run(["--format", "json", "--template", dir + "/mine.html.mustache", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        #expect(json.status == 2 && json.stderr.contains("--template applies to the markdown and html formats; --format json has no template"), "\(json.stderr)")
        let other = try Support.run(["--format", "markdown", "--template", dir + "/mine.html.mustache", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        #expect(other.status == 2 && other.stderr.contains("is an HTML template"), "\(other.stderr)")
    }

    @Test("several formats need -o; several HTML articles need -o; an unwritable output directory is reported")
    func outputRules() throws {
        #expect(try Support.run(["--format", "html,json", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path).status == 2)
        #expect(try Support.run(["--format", "html", "Fixtures/gold/dev/seed-01.txt", "Fixtures/gold/dev/seed-02.txt"], in: Support.root.path).status == 2)
        let dir = try Support.tempDir()
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        let r = try Support.run(["-o", dir + "/file/sub", "--format", "json", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        #expect(r.status == 2 && r.stderr.contains(dir + "/file/sub"))
    }
}
