import Foundation
import Testing
@testable import Isnad

/// The command line a newcomer meets: usage errors, help, typed options, explain, config,
/// baselines named by configuration files, plurals, and README examples that are real output.
@Suite("command line")
struct CLITests {
    static let named = "وقال وزير المالية محمد الجدعان إن الميزانية متوازنة."
    static let unsourced = "وارتفعت أسعار الذهب في الأسواق العالمية أمس."
    let rules = ["--rules", Support.rules]

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("a usage error prints the message and the usage once, in the tool's error form, with no stray `audit <subcommand>` line")
    func usageError() throws {
        let r = try Support.run(["--jobs", "0", "x.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("audit: error: --jobs must be 1 or more\n"), "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: "Usage: audit run").count == 2, "\(r.stderr)")
        #expect(!r.stderr.contains("audit <subcommand>"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("--format and --fail-on are typed: the parser rejects a bad value with a did-you-mean and every accepted value")
    func typedOptions() throws {
        let f = try Support.run(["--format", "jsn", "x.txt"])
        #expect(f.status == 2)
        #expect(f.stderr.contains("unknown format 'jsn' (did you mean 'json'?)"), "\(f.stderr)")
        #expect(f.stderr.contains("(use " + OutputFormat.names.joined(separator: ", ") + ")"))
        let several = try Support.run(["--format", "html,sarif,jsn", "x.txt"])
        #expect(several.status == 2 && several.stderr.contains("unknown format 'jsn'"))
        let l = try Support.run(["--fail-on", "unsourced,anonymus", "x.txt"])
        #expect(l.status == 2 && l.stderr.contains("unknown label 'anonymus' (did you mean 'anonymous'?)"), "\(l.stderr)")
        // the help of --format lists every format of the registry, --fail-on every label
        let help = try Support.run(["run", "--help"])
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Output format: " + OutputFormat.names.joined(separator: ", ")))
        #expect(flat.contains("Labels whose claims fail: " + Label.allCases.map(\.rawValue).joined(separator: ", ")))
    }

    @Test("audit --help shows the default command's options and the subcommands")
    func rootHelp() throws {
        let r = try Support.run(["--help"])
        #expect(r.status == 0)
        for option in ["--format <format>", "--fail-on <labels>", "--min-score <score>", "--baseline <file>", "--output <dir>", "--template <file>"] {
            #expect(r.stdout.contains(option), "\(option)")
        }
        #expect(r.stdout.contains("USAGE: audit [<options>] <path> ..."))
        #expect(r.stdout.contains("SUBCOMMANDS:") && r.stdout.contains("explain") && r.stdout.contains("config"))
        #expect(try Support.run(["-h"]).stdout == r.stdout)
    }

    @Test("explain accepts only the options it uses, numbers claims as the sheet does, and FILE:abc is a usage error")
    func explain() throws {
        let dir = try Support.tempDir()
        // a byline first: unit 1 is no claim, so unit numbers and claim numbers differ
        let article = dir + "/a.txt"
        try write("الرياض - واس\n" + Self.named + "\n" + Self.unsourced + "\n", article)
        for option in [["--format", "json"], ["--min-score", "50"], ["--jobs", "2"]] {
            let r = try Support.run(["explain"] + rules + option + [article])
            #expect(r.status == 2 && r.stderr.contains("audit: error: Unknown option '\(option[0])'"), "\(option): \(r.stderr)")
        }
        let sheet = try Support.run(rules + ["--no-color", article])
        let e = try Support.run(["explain"] + rules + ["--fail-on", "named", article + ":3"])
        #expect(e.status == 0, "\(e.stderr)")
        // the sheet numbers the unsourced claim of line 3 as claim 2; explain says the same
        #expect(sheet.stdout.contains("   2 ✗L3    unsourced"), "\(sheet.stdout)")
        #expect(e.stdout.contains("L3:1  claim 2, claim:"), "\(e.stdout)")
        let bad = try Support.run(["explain"] + rules + [article + ":abc"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("audit: error: \(article):abc: 'abc' is not a line number"), "\(bad.stderr)")
        #expect(bad.stderr.contains("Usage: audit explain"))
        #expect(try Support.run(["explain"] + rules + [article + ":0"]).status == 2)
    }

    @Test("audit config never cuts a value short")
    func configWhole() throws {
        let dir = try Support.tempDir()
        let outlet = "صحيفة الاقتصادية السعودية اليومية الصادرة من الرياض"
        let deep = dir + "/a-rather-long-directory-name/and-another-one-below-it"
        try write("outlet: \(outlet)\nbaseline: \(deep)/audit-baseline-of-the-desk.json\n", dir + "/.audit.yml")
        let r = try Support.run(["config", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("outlet                   \(outlet)  # "), "\(r.stdout)")
        #expect(r.stdout.contains("\(deep)/audit-baseline-of-the-desk.json  # "), "\(r.stdout)")
    }

    @Test("format: in .audit.yml is a format or a list from the same registry; a mistyped one is located, with a did-you-mean")
    func configFormat() throws {
        let dir = try Support.tempDir()
        try write("format: [json]\n", dir + "/.audit.yml")
        let ok = try Support.run(["config", dir])
        #expect(ok.status == 0 && ok.stdout.contains("format                   json "), "\(ok.stdout) \(ok.stderr)")
        try write("fail_on: none\nformat: jsn\n", dir + "/.audit.yml")
        let bad = try Support.run(["config", dir])
        #expect(bad.status == 2 && bad.stderr.contains("\(dir)/.audit.yml:2:9: error: unknown format 'jsn' in 'format' (did you mean 'json'?)"), "\(bad.stderr)")
    }

    @Test("baseline: in .audit.yml applies to that file's articles from any working directory; missing or corrupt, it is an error")
    func configuredBaseline() throws {
        let root = try Support.tempDir()
        try write("", root + "/.git/HEAD")
        try write(Self.named + "\n" + Self.unsourced + "\n", root + "/desk/a.txt")
        let w = try Support.run(rules + ["--write-baseline", root + "/desk/base.json", root + "/desk/a.txt"])
        #expect(w.status == 0, "\(w.stderr)")
        try write("baseline: base.json\n", root + "/desk/.audit.yml")
        let elsewhere = try Support.tempDir()
        // from the repository root, from the desk, from outside: the claim is known, nothing fails
        for (cwd, path) in [(root, "desk/a.txt"), (root + "/desk", "a.txt"), (elsewhere, root + "/desk/a.txt")] {
            let r = try Support.run(rules + ["--format", "line", path], in: cwd)
            #expect(r.status == 0, "\(cwd): \(r.stdout) \(r.stderr)")
            #expect(!r.stdout.contains(": error:"))
        }
        // a new unsourced claim fails; the known one does not
        try write(Self.named + "\n" + Self.unsourced + "\nوانخفضت أسعار الفضة أمس.\n", root + "/desk/a.txt")
        let r = try Support.run(rules + ["--format", "line", root + "/desk/a.txt"], in: elsewhere)
        #expect(r.status == 1 && r.stdout.components(separatedBy: ": error: unsourced:").count == 2, "\(r.stdout)")
        // an article outside the desk is not under that configuration
        try write(Self.unsourced + "\n", root + "/other/b.txt")
        #expect(try Support.run(rules + [root + "/other/b.txt"]).status == 1)
        // corrupt, then missing: exit 2 naming the baseline
        try write("{", root + "/desk/base.json")
        let corrupt = try Support.run(rules + [root + "/desk/a.txt"], in: elsewhere)
        #expect(corrupt.status == 2 && corrupt.stderr.contains("audit: error: \(root)/desk/base.json: not an Isnad baseline"), "\(corrupt.stderr)")
        try FileManager.default.removeItem(atPath: root + "/desk/base.json")
        let missing = try Support.run(rules + [root + "/desk/a.txt"], in: elsewhere)
        #expect(missing.status == 2 && missing.stderr.contains("audit: error: \(root)/desk/base.json:"), "\(missing.stderr)")
        // --baseline on the command line wins
        try write("{\"format\": 1, \"entries\": []}", root + "/empty.json")
        #expect(try Support.run(rules + ["--baseline", root + "/empty.json", root + "/desk/a.txt"]).status == 1)
    }

    @Test("counts are singular for one: 1 claim, 1 failing claim, 1 file")
    func plurals() throws {
        let dir = try Support.tempDir()
        try write(Self.unsourced + "\n", dir + "/a.txt")
        let r = try Support.run(rules + ["--no-color", dir + "/a.txt", dir + "/missing.txt"])
        #expect(r.stdout.contains("Summary: 1 claim — "), "\(r.stdout)")
        #expect(r.stdout.contains("1 failing claim\n") && r.stdout.contains("Fails: 1 claim labelled unsourced"), "\(r.stdout)")
        #expect(r.stdout.contains("Total: 1 article, 1 claim — ") && r.stdout.contains("; 1 file not audited"), "\(r.stdout)")
        let o = try Support.run(rules + ["-o", dir + "/out", "--format", "json", dir + "/a.txt"])
        #expect(o.stderr.contains("audit: wrote 1 file to \(dir)/out"), "\(o.stderr)")
        #expect(!r.stdout.contains("(s)") && !o.stderr.contains("(s)"))
    }

    @Test("the README's examples are the tool's real output (python3 Reports/readme-examples.py regenerates them)")
    func readmeExamples() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Support.root.appendingPathComponent("Reports/readme-examples.py").path, "--check"]
        p.environment = Support.environment.merging(["AUDIT_BIN": Support.binary]) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(String(decoding: o, as: UTF8.self).prefix(3000)) \(String(decoding: e, as: UTF8.self))")
        #expect(String(decoding: o, as: UTF8.self).contains("examples up to date"))
    }
}
