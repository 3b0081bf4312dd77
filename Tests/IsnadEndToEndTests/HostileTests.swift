import Foundation
import Testing
@testable import Isnad

/// Hostile input, end to end: every case under Fixtures/hostile/ and generated ones. No case
/// may crash (exit status ≥ 128), lose a claim or let markup through.
@Suite("hostile input")
struct HostileTests {
    static let dir = Support.root.appendingPathComponent("Fixtures/hostile").path
    let rules = ["--rules", Support.rules]

    func json(_ args: [String]) throws -> (status: Int32, articles: [[String: Any]], stderr: String) {
        let r = try Support.run(rules + ["--format", "json", "--fail-on", "none"] + args)
        #expect(r.status < 128, "crashed: \(args) \(r.stderr)")
        let doc = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]
        return (r.status, (doc?["articles"] as? [[String: Any]]) ?? [], r.stderr)
    }

    /// Unit kind, line, label and text of each unit.
    func units(_ a: [String: Any]) -> [String] {
        (a["units"] as! [[String: Any]]).map { "\($0["kind"]!) L\($0["line"]!) \($0["label"] as? String ?? "-") \($0["text"]!)" }
    }

    @Test("every fixture runs without crashing, with the exit status and message of its case")
    func everyFixture() throws {
        let expected: [String: (Int32, String?)] = [
            "binary.txt": (2, "not a text file (NUL byte at byte 8)"),
            "invalid-utf8.txt": (2, "invalid UTF-8 at byte 40"),
            "utf16-odd-byte.txt": (2, "UTF-16 text with an odd number of bytes (a stray byte at byte 204)"),
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dir).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 17)
        // The cases expected to pass run in one invocation (one launch, not one per file): exit 0
        // means none of them was refused, and no escape sequence in the whole output means none in any.
        let passing = files.filter { expected[$0] == nil }
        let batch = try Support.run(rules + ["--fail-on", "none"] + passing.map { Self.dir + "/" + $0 })
        #expect(batch.status == 0, "\(passing): \(batch.stderr)")
        #expect(!batch.stderr.contains("error:"), "\(batch.stderr)")
        #expect(!batch.stdout.contains("\u{1B}"), "an escape sequence reached the terminal output")
        for f in passing { #expect(batch.stdout.contains(f), "\(f) is missing from the output") }
        // the refused cases run one by one, so each one's own status is seen
        for f in files where expected[f] != nil {
            let r = try Support.run(rules + ["--fail-on", "none", Self.dir + "/" + f])
            let (status, message) = expected[f]!
            #expect(r.status == status, "\(f): \(r.stderr)")
            if let m = message { #expect(r.stderr.contains("\(Self.dir)/\(f): \(m)"), "\(f): \(r.stderr)") }
            #expect(!r.stdout.contains("\u{1B}"), "\(f): an escape sequence reached the terminal output")
        }
    }

    @Test("UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1256, ISO-8859-6 and LF/CRLF/CR give the same units, lines and labels")
    func encodingsAndLineEndings() throws {
        // one invocation reads all eight files; the JSON lists the articles in the order given
        let names = ["lf", "utf8-bom", "utf16le", "utf16be", "windows-1256", "iso-8859-6", "crlf", "cr"]
        let all = try json(names.map { Self.dir + "/\($0).txt" })
        #expect(all.status == 0, "\(all.stderr)")
        try #require(all.articles.count == names.count)
        for (f, a) in zip(names, all.articles) { #expect(a["path"] as? String == Self.dir + "/\(f).txt") }
        let reference = units(all.articles[0])
        #expect(reference.count == 3 && reference[1].hasPrefix("claim L2 named"))
        for (f, a) in zip(names, all.articles).dropFirst() {
            #expect(units(a) == reference, "\(f)")
        }
        #expect(all.articles[4]["encoding"] as? String == "windows-1256")
        #expect(all.articles[5]["encoding"] as? String == "iso-8859-6")
        // forcing an encoding that does not fit names the byte
        let forced = try Support.run(rules + ["--encoding", "iso-8859-6", Self.dir + "/windows-1256.txt"])
        #expect(forced.status == 2 && forced.stderr.contains("is not defined in iso-8859-6"))
        // the invalid-UTF-8 policy
        let replaced = try json(["--invalid-utf8", "replace", Self.dir + "/invalid-utf8.txt"])
        #expect(replaced.status == 0)
        #expect(replaced.articles[0]["replaced_invalid_utf8"] as? Int == 1)
        #expect(units(replaced.articles[0]).count == 3)
    }

    @Test("empty and whitespace-only files have no claims and pass; binary content is refused")
    func emptyAndBinary() throws {
        let names = ["empty.txt", "whitespace-only.txt"]
        let r = try json(names.map { Self.dir + "/" + $0 })
        #expect(r.status == 0)
        try #require(r.articles.count == names.count)
        for (f, a) in zip(names, r.articles) {
            #expect(a["path"] as? String == Self.dir + "/" + f && (a["units"] as! [Any]).isEmpty, "\(f)")
        }
        #expect(try Support.run(rules + names.map { Self.dir + "/" + $0 }).status == 0)
    }

    @Test("bidi controls and zero-width characters inside words, presentation forms and Persian/Urdu letters still match")
    func oddText() throws {
        // one invocation; the JSON lists the articles in the order given
        let names = ["bidi-zero-width", "presentation-forms", "persian-urdu", "unbalanced-quotes"]
        let all = try json(names.map { Self.dir + "/\($0).txt" })
        try #require(all.articles.count == names.count)
        for (f, a) in zip(names, all.articles) { #expect(a["path"] as? String == Self.dir + "/\(f).txt") }
        for (f, a) in zip(names, all.articles).prefix(3) {
            let u = units(a)
            #expect(u.count >= 2 && u[1].hasPrefix("claim L2 named"), "\(f): \(u)")
        }
        let persian = units(all.articles[2])
        #expect(persian[2].hasPrefix("claim L3 named"))
        let quotes = units(all.articles[3])
        #expect(quotes.count == 5 && quotes[1].contains("named"))
    }

    @Test("HTML pasted as text: its claims are audited and its markup never reaches an HTML or Markdown sheet as markup")
    func htmlPasted() throws {
        let r = try json([Self.dir + "/html-pasted.txt"])
        #expect(units(r.articles[0]).contains { $0.contains("named") && $0.contains("الجدعان") })
        let out = try Support.tempDir()
        _ = try Support.run(rules + ["-o", out, "--format", "html,markdown", Self.dir + "/html-pasted.txt"])
        let html = try String(contentsOfFile: out + "/html-pasted.html", encoding: .utf8)
        #expect(!html.contains("<script>var") && !html.contains("<img src=\"x.jpg\"") && html.contains("&lt;script&gt;"))
        let md = try String(contentsOfFile: out + "/html-pasted.md", encoding: .utf8)
        #expect(!md.contains("<script>") && !md.contains("<img"))
    }

    @Test("a 100,000-character sentence is audited, cut at white space into units of at most 10,000 characters, the first keeping its attribution")
    func hugeUnits() throws {
        let dir = try Support.tempDir()
        let words = ["قال", "الوزير", "إن", "الاقتصاد", "في", "السوق", "مصادر", "ارتفع", "النفط", "وأضاف"]
        var sentence = "وقال الوزير إن"
        var k = 0
        // counted as it grows: counting the whole sentence at each word is quadratic (seconds in a debug build)
        var scalars = sentence.unicodeScalars.count
        while scalars < 100_000 { let w = " " + words[k % words.count]; sentence += w; scalars += w.unicodeScalars.count; k += 1 }
        try ("عنوان الخبر\n" + sentence + ".\nوارتفع النفط أمس.\n").write(toFile: dir + "/long.txt", atomically: true, encoding: .utf8)
        let long = try json([dir + "/long.txt"])
        #expect(long.status == 0)
        let u = units(long.articles[0])
        // the sentence is cut at white space into units of at most 10,000 (issue #26), the first keeping its attribution
        let pieces = u.filter { $0.contains(" L2 ") }
        #expect(u.count == pieces.count + 2 && (10...11).contains(pieces.count) && u[1].hasPrefix("claim L2 named"), "\(u.count)")
    }

    // the 2 MB line is a test of its own, so that it runs in parallel with the long sentence
    @Test("a 2 MB line with no punctuation is audited, cut into units of at most 10,000 characters, nothing lost")
    func hugeLine() throws {
        let dir = try Support.tempDir()
        let words = ["قال", "الوزير", "إن", "الاقتصاد", "في", "السوق", "مصادر", "ارتفع", "النفط", "وأضاف"]
        var line = ""
        var k = 0
        while line.utf8.count < 2_000_000 { line += words[(k * 7) % words.count] + " "; k += 1 }
        try line.write(toFile: dir + "/line.txt", atomically: true, encoding: .utf8)
        let big = try json([dir + "/line.txt"])
        #expect(big.status == 0)
        let only = big.articles[0]["units"] as! [[String: Any]]
        let spans = only.map { ($0["start"] as! Int, $0["end"] as! Int) }
        #expect(spans.count >= line.unicodeScalars.count / 10_000 && spans.allSatisfy { $0.1 - $0.0 <= 10_000 })
        #expect(spans.first?.0 == 0 && spans.last?.1 == line.unicodeScalars.count - 1)
        // nothing lost: one space between a piece and the next
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $1.0 == $0.1 + 1 })
    }

    @Test("missing paths, unreadable files, broken symlinks, symlink loops and directories as files are reported with their path; the batch goes on and ends with exit 2")
    func files() throws {
        let dir = try Support.tempDir()
        let good = Self.dir + "/lf.txt"
        try FileManager.default.createSymbolicLink(atPath: dir + "/vanished.txt", withDestinationPath: dir + "/gone.txt")
        try FileManager.default.createDirectory(atPath: dir + "/loop", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/loop/self", withDestinationPath: dir + "/loop")
        let r = try Support.run(rules + ["--format", "json", "--fail-on", "none", dir + "/missing.txt", good, dir + "/vanished.txt", dir + "/loop"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/missing.txt: no such file or directory"))
        #expect(r.stderr.contains("\(dir)/vanished.txt"))
        #expect(r.stderr.contains("symbolic link loop"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((doc["articles"] as! [Any]).count == 1)
        #expect(((doc["totals"] as! [String: Any])["errors"] as? Int ?? 0) >= 2)
        // a file that exists but cannot be read (reading /proc/self/mem at offset 0 fails with EIO, even as root)
        let unreadable = try Support.run(rules + ["/proc/self/mem", good])
        #expect(unreadable.status == 2 && unreadable.stderr.contains("/proc/self/mem: Input/output error"))
        let text = try Support.run(rules + [dir + "/missing.txt", good])
        #expect(text.status == 2 && text.stdout.contains("; 1 file not audited"))
        let e = try Support.run(["explain"] + rules + [Self.dir])
        #expect(e.status == 2 && e.stderr.contains("is a directory"))
    }

    @Test("rule files that are not UTF-8 or not YAML are reported with path and line; a catastrophic regex is skipped and reported, not hung")
    func hostileRules() throws {
        let bad = try Support.tempDir()
        try Data("kind: report\nrules:\n  - id: r1\n    patterns: [".utf8 + [0xE3, 0xE1, 0xC7, 0xD1] + "]\n".utf8).write(to: URL(fileURLWithPath: bad + "/r.yml"))
        let r = try Support.run(["rules", "check", bad])
        #expect(r.status == 2 && r.stderr.hasPrefix("\(bad)/r.yml:4:16: error: the rule file is not UTF-8 text"))
        let notYAML = try Support.tempDir()
        try "{{{ this: is: not yaml\n".write(toFile: notYAML + "/r.yml", atomically: true, encoding: .utf8)
        let y = try Support.run(["rules", "check", notYAML])
        #expect(y.status == 2 && y.stderr.hasPrefix("\(notYAML)/r.yml:1:"))
        let slow = try Support.tempDir()
        try "kind: hedge\nrules:\n  - id: hedge.slow\n    regex: [\"(ا+)+ب\"]\n".write(toFile: slow + "/slow.yml", atomically: true, encoding: .utf8)
        let article = slow + "/a.txt"
        try ("الوزير: الأمر انتهى\n" + String(repeating: "ا", count: 40) + " وقال الوزير إن الأمر انتهى.\n").write(toFile: article, atomically: true, encoding: .utf8)
        let a = try Support.run(["--rules", Support.rules, "--rules", slow, article])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stderr.contains("rule 'hedge.slow'") && a.stderr.contains("time budget"))
    }

    @Test("a pack of 100,000 patterns loads")
    func hugePack() throws {
        let dir = try Support.tempDir()
        var yaml = "kind: organization\nrules:\n"
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var seed: UInt64 = 7
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        for r in 0..<1000 {
            yaml += "  - id: org.r\(r)\n    patterns:\n"
            for _ in 0..<100 { yaml += "      - " + String((0..<(3 + next() % 5)).map { _ in letters[next() % letters.count] }) + "\n" }
        }
        try yaml.write(toFile: dir + "/big.yml", atomically: true, encoding: .utf8)
        let pack = try RuleLoader.load(directories: [dir])
        #expect(pack.rules.count == 1000 && pack.rules.allSatisfy { $0.patterns.count == 100 })
        _ = try Auditor(pack: pack)
    }
}
