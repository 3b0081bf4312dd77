import Foundation
import Testing
@testable import Isnad

/// End-to-end tests of configuration discovery, the baseline and verified markers.
@Suite("configuration, baseline, verified claims")
struct PolicyTests {
    static let unsourced = "وارتفعت أسعار الذهب في الأسواق العالمية أمس."
    static let named = "وقال وزير المالية محمد الجدعان إن الميزانية متوازنة."

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("the nearest .audit.yml above each article applies; flags override it; audit config names each value's origin")
    func discovery() throws {
        let root = try Support.tempDir()
        try write("fail_on: none\n", root + "/.audit.yml")
        try write("fail_on: [unsourced]\nmax_unsourced: 1\nformat: json\n", root + "/desk/.audit.yml")
        try write(Self.unsourced + "\n", root + "/a.txt")
        try write(Self.unsourced + "\n", root + "/desk/sub/b.txt")
        try write(Self.unsourced + "\nوانخفضت أسعار الفضة في الأسواق العالمية أمس.\n", root + "/desk/sub/c.txt")
        let rules = ["--rules", Support.rules]
        // root config: nothing fails
        #expect(try Support.run(rules + [root + "/a.txt"]).status == 0)
        // desk config, found from desk/sub: one unsourced claim is tolerated, two are not
        #expect(try Support.run(rules + [root + "/desk/sub/b.txt"]).status == 0)
        #expect(try Support.run(rules + [root + "/desk/sub/c.txt"]).status == 1)
        // a flag beats the configuration
        #expect(try Support.run(rules + ["--max-unsourced", "5", root + "/desk/sub/c.txt"]).status == 0)
        // one run, two configurations
        #expect(try Support.run(rules + [root + "/a.txt", root + "/desk/sub/c.txt"]).status == 1)
        // the format comes from the configuration found from the working directory
        let j = try Support.run(rules + ["sub/b.txt"], in: root + "/desk")
        #expect(j.stdout.hasPrefix("{"))
        let c = try Support.run(["config", root + "/desk/sub/b.txt"])
        #expect(c.status == 0)
        #expect(c.stdout.contains("configuration: \(root)/desk/.audit.yml"))
        #expect(c.stdout.contains("max_unsourced" + String(repeating: " ", count: 11) + " 1"))
        #expect(c.stdout.contains("# \(root)/desk/.audit.yml:2:1"))
        #expect(c.stdout.contains("min_score") && c.stdout.contains("# default"))
        let flag = try Support.run(["config", "--fail-on", "anonymous", root + "/desk/sub/b.txt"])
        #expect(flag.stdout.contains("fail_on" + String(repeating: " ", count: 17) + " anonymous") && flag.stdout.contains("# command line"))
    }

    @Test("unknown or mistyped keys in .audit.yml are errors with line and column")
    func badConfig() throws {
        let root = try Support.tempDir()
        try write("fail_on: [unsourced]\nmax_unsorced: 2\n", root + "/.audit.yml")
        try write(Self.unsourced, root + "/a.txt")
        let r = try Support.run(["--rules", Support.rules, root + "/a.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(root)/.audit.yml:2:1: error: unknown key 'max_unsorced' (did you mean 'max_unsourced'?)"))
        try write("min_score: high\n", root + "/.audit.yml")
        let s = try Support.run(["config", root + "/a.txt"])
        #expect(s.status == 2 && s.stderr.contains("\(root)/.audit.yml:1:12: error: 'min_score' must be a number"))
    }

    @Test("a baseline survives edits elsewhere in the article; a new unsourced claim fails; stale entries are reported")
    func baseline() throws {
        let root = try Support.tempDir()
        let article = root + "/news/a.txt"
        try write(Self.unsourced + "\n" + Self.named + "\n", article)
        let base = root + "/baseline.json"
        let w = try Support.run(["--rules", Support.rules, "--write-baseline", base, article])
        #expect(w.status == 0, "\(w.stderr)")
        let json = try String(contentsOfFile: base, encoding: .utf8)
        #expect(json.contains("\"path\": \"news/a.txt\"") && json.contains("\"label\": \"unsourced\""))
        #expect(try Support.run(["--rules", Support.rules, article]).status == 1)
        #expect(try Support.run(["--rules", Support.rules, "--baseline", base, article]).status == 0)
        // lines added before the claim and the claim's spacing changed: still known
        try write("\n\n" + Self.named + "\n" + Self.named + "\n" + Self.unsourced.replacingOccurrences(of: " ", with: "  ") + "\n", article)
        #expect(try Support.run(["--rules", Support.rules, "--baseline", base, article]).status == 0)
        // a new unsourced claim fails, and only it
        try write(Self.unsourced + "\nوتراجعت أسعار النفط بشكل حاد.\n", article)
        let r = try Support.run(["--rules", Support.rules, "--format", "json", "--baseline", base, article])
        #expect(r.status == 1)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let units = ((doc["articles"] as! [[String: Any]])[0]["units"] as! [[String: Any]]).filter { $0["label"] is String }
        #expect(units.map { $0["failing"] as? Bool } == [false, true])
        #expect(units[0]["baselined"] as? Bool == true)
        // the claim fixed: its entry is reported as stale
        try write(Self.named + "\n", article)
        let s = try Support.run(["--rules", Support.rules, "--baseline", base, article])
        #expect(s.status == 0)
        #expect(s.stderr.contains("1 baseline entry no longer matches") && s.stderr.contains("news/a.txt: [unsourced]"))
    }

    @Test("a verified marker with a reason keeps its claim from failing; one with no reason or no claim is reported")
    func verified() throws {
        let root = try Support.tempDir()
        let article = root + "/a.md"
        try write(Self.unsourced + " <!-- verified: checked against the exchange's closing prices -->\n", article)
        let ok = try Support.run(["--rules", Support.rules, "--format", "json", article])
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(ok.stdout.contains("\"verified\":\"checked against the exchange's closing prices\""))
        let text = try Support.run(["--rules", Support.rules, "--no-color", article])
        #expect(text.stdout.contains("verified: \u{2068}checked against the exchange's closing prices\u{2069}"))
        try write(Self.unsourced + " <!-- verified -->\n\n<!-- verified: stray -->\n", article)
        let bad = try Support.run(["--rules", Support.rules, article])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(article):1:\(Self.unsourced.unicodeScalars.count + 2): warning: verified marker has no reason"))
        #expect(bad.stderr.contains("\(article):3:1: warning: verified marker matches no claim"))
    }

    @Test("a verified marker is found wherever it starts in the search's blocks of eight scalars")
    func markerAtEveryOffset() {
        for k in 0..<20 {
            let text = String(repeating: "ب", count: k) + "<!-- verified: x -->" + String(repeating: "ت", count: 20 - k)
            let (masked, markers) = VerifiedMarkers.extract(Array(text.unicodeScalars))
            #expect(markers.count == 1 && markers.first?.column == k + 1 && markers.first?.reason == "x", "offset \(k)")
            #expect(masked.count == text.unicodeScalars.count && !masked.contains("<"), "offset \(k)")
        }
        // a lone "<" in the block before the marker
        #expect(VerifiedMarkers.extract(Array("a < b <!-- verified: y -->".unicodeScalars)).markers.first?.reason == "y")
    }
}
