import Foundation
import Testing

/// The README's install and overlay walkthroughs, run as a new user would: `make install`
/// into a temporary prefix, then the installed `audit` from a directory outside the source
/// tree (no `./Rules`, no `$ISNAD_RULES`). Also `rules init`, and the note a lone pack prints.
@Suite("Install and walkthroughs")
struct WalkthroughTests {
    static let script = Support.root.appendingPathComponent("Fixtures/walkthrough/overlay.sh").path
    static let readme = Support.root.appendingPathComponent("README.md").path

    /// Runs `command` with /bin/sh in `directory`; the environment is PATH (and HOME) only.
    func sh(_ command: String, in directory: String, path: String) throws -> Support.Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        // nothing from the test's environment: no ISNAD_RULES, no ISNAD_TEMPLATES
        p.environment = ["PATH": path, "HOME": directory, "LC_ALL": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Support.Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// The lines of the README's code block right below `marker`.
    func readmeBlock(_ marker: String) throws -> [Substring] {
        let lines = try String(contentsOfFile: Self.readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let at = try #require(lines.firstIndex { $0 == marker }, "README has no \(marker)")
        #expect(lines[at + 1].hasPrefix("```"))
        let body = lines[(at + 2)...]
        let end = try #require(body.firstIndex { $0.hasPrefix("```") })
        return Array(body[..<end])
    }

    /// `make install PREFIX=<temp>` with the binary the tests run (no build), into a fresh prefix.
    func install() throws -> (prefix: String, path: String) {
        let prefix = try Support.tempDir() + "/prefix"
        let r = try sh("make install PREFIX='\(prefix)' BINARY='\(Support.binary)'", in: Support.root.path, path: "/usr/local/bin:/usr/bin:/bin")
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        return (prefix, "\(prefix)/bin:/usr/local/bin:/usr/bin:/bin")
    }

    @Test("the README shows the overlay walkthrough script verbatim")
    func readmeShowsScript() throws {
        let script = try String(contentsOfFile: Self.script, encoding: .utf8)
        let body = try #require(script.components(separatedBy: "set -eu\n").last)
        let shown = try readmeBlock("<!-- walkthrough: Fixtures/walkthrough/overlay.sh -->").joined(separator: "\n") + "\n"
        #expect(shown == body, "README.md and Fixtures/walkthrough/overlay.sh differ: copy the script's body (below `set -eu`) into the README")
        // the install block is what the install test runs (with the test's binary and prefix)
        let install = try readmeBlock("<!-- install: Makefile -->")
        #expect(install.contains { $0.hasPrefix("make install PREFIX=") })
        #expect(install.contains { $0.hasPrefix("make ") || $0 == "make" })
    }

    @Test("make install puts the binary, pack, templates, completions in PREFIX; the installed audit runs the README walkthrough from outside the source tree; make uninstall removes them")
    func installAndWalkthrough() throws {
        let (prefix, path) = try install()
        let fm = FileManager.default
        for f in ["bin/audit", "share/isnad/Rules/reporting.yml", "share/isnad/Rules/README.md", "share/isnad/Templates/article.html.mustache",
                  "share/bash-completion/completions/audit", "share/zsh/site-functions/_audit", "share/fish/vendor_completions.d/audit.fish"] {
            #expect(fm.fileExists(atPath: "\(prefix)/\(f)"), "\(f) not installed")
        }
        #expect(try String(contentsOfFile: "\(prefix)/share/bash-completion/completions/audit", encoding: .utf8).contains("audit"))

        // the walkthrough, as the README shows it, in an empty directory outside the source tree
        let news = try Support.tempDir()
        let w = try sh("sh '\(Self.script)'", in: news, path: path)
        #expect(w.status == 0, "\(w.stdout)\n\(w.stderr)")
        #expect(w.stdout.contains("on top of the built-in pack \(prefix)/share/isnad/Rules"), "\(w.stdout)")
        #expect(w.stdout.contains("5 of 5 tests passed; 2 of 2 rules covered"), "\(w.stdout)")
        // both audits (--rules Newsroom, then rules: in .audit.yml) credit the new verb
        #expect(w.stdout.components(separatedBy: "house.ghamghama names").count - 1 == 2, "\(w.stdout)")
        #expect(!w.stderr.contains("replaces the built-in pack"), "\(w.stderr)")

        // Rules/README.md's commands, from the same directory
        let layered = try sh("audit --rules builtin --rules Newsroom article.txt", in: news, path: path)
        #expect(layered.status == 0 && layered.stdout.contains("house.ghamghama"), "\(layered.stderr)")
        let both = try sh("audit rules test builtin Newsroom", in: news, path: path)
        #expect(both.status == 0, "\(both.stdout)")
        #expect(both.stdout.contains("packs, in order: \(prefix)/share/isnad/Rules, Newsroom"), "\(both.stdout)")
        // without the overlay the claim is unsourced: the pack made the difference
        try fm.removeItem(atPath: news + "/.audit.yml")
        let plain = try sh("audit article.txt", in: news, path: path)
        #expect(plain.status == 1 && plain.stdout.contains("unsourced"), "\(plain.stdout)\(plain.stderr)")
        // an HTML sheet finds the installed templates
        let html = try sh("audit --fail-on none --format html article.txt", in: news, path: path)
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"), "\(html.stderr)")

        // the pack gone: the error names where it looked, $ISNAD_RULES included
        try fm.removeItem(atPath: "\(prefix)/share/isnad/Rules")
        let lost = try sh("audit article.txt", in: news, path: path)
        #expect(lost.status == 2)
        #expect(lost.stderr.contains("no rule pack found") && lost.stderr.contains("$ISNAD_RULES (not set)") && lost.stderr.contains("\(prefix)/share/isnad/Rules"), "\(lost.stderr)")

        let u = try sh("make uninstall PREFIX='\(prefix)'", in: Support.root.path, path: path)
        #expect(u.status == 0, "\(u.stderr)")
        #expect(!fm.fileExists(atPath: "\(prefix)/bin/audit") && !fm.fileExists(atPath: "\(prefix)/share/isnad"))
    }

    @Test("rules init writes an overlay that passes its own tests with full coverage, and refuses to overwrite, naming the files")
    func initOverlay() throws {
        let dir = try Support.tempDir()
        let r = try Support.run(["rules", "init", "Newsroom"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let manifest = try String(contentsOfFile: dir + "/Newsroom/pack.yml", encoding: .utf8)
        #expect(manifest.contains("\nextends: builtin\n"))
        #expect(FileManager.default.fileExists(atPath: dir + "/Newsroom/README.md"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/Newsroom/reporting.yml"))
        let t = try Support.run(["rules", "test", "--coverage", "Newsroom"], in: dir)
        #expect(t.status == 0 && t.stdout.contains("3 of 3 tests passed; 1 of 1 rules covered"), "\(t.stdout)")
        // again: every file in the way is named, nothing is written
        try "# ours\n".write(toFile: dir + "/Newsroom/README.md", atomically: true, encoding: .utf8)
        let again = try Support.run(["rules", "init", "Newsroom"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr.contains("Newsroom/pack.yml, Newsroom/newsroom.yml, Newsroom/README.md already exist"), "\(again.stderr)")
        #expect(try String(contentsOfFile: dir + "/Newsroom/README.md", encoding: .utf8) == "# ours\n")
        #expect(try Support.run(["rules", "init", "--force", "Newsroom"], in: dir).status == 0)
    }

    @Test("rules init --full copies the whole pack, which replaces the built-in one on purpose (no note)")
    func initFull() throws {
        let dir = try Support.tempDir()
        let r = try Support.run(["rules", "init", "--full", "Full"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Support.rules).filter { $0.hasSuffix(".yml") }
        for f in shipped { #expect(FileManager.default.fileExists(atPath: dir + "/Full/" + f), "\(f) not copied") }
        #expect(try String(contentsOfFile: dir + "/Full/pack.yml", encoding: .utf8).contains("\nextends: none\n"))
        #expect(try Support.run(["rules", "check", "Full"], in: dir).status == 0)
        try "وقال مصدر مسؤول إن الأسعار سترتفع.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let a = try Support.run(["--rules", "Full", "a.txt"], in: dir)
        #expect(a.status == 0 && a.stderr.isEmpty, "\(a.stderr)")
    }

    @Test("a lone --rules DIR replacing the built-in pack says so once on stderr, however many articles; builtin before it says nothing")
    func replacementNote() throws {
        let dir = try Support.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/Solo", withIntermediateDirectories: true)
        try "kind: report\nrules:\n  - id: house.qala\n    patterns: [قال]\n".write(toFile: dir + "/Solo/r.yml", atomically: true, encoding: .utf8)
        for n in 1...3 { try "وقال الوزير إن الأسعار سترتفع.\n".write(toFile: dir + "/a\(n).txt", atomically: true, encoding: .utf8) }
        let r = try Support.run(["--rules", "Solo", "--fail-on", "none", "a1.txt", "a2.txt", "a3.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let notes = r.stderr.split(separator: "\n").filter { $0.contains("replaces the built-in pack") }
        #expect(notes.count == 1, "\(r.stderr)")
        #expect(notes.first?.hasPrefix("audit: note: the rule pack Solo replaces the built-in pack (") == true)
        #expect(notes.first?.contains("--rules builtin before Solo") == true)
        let layered = try Support.run(["--rules", "builtin", "--rules", "Solo", "--fail-on", "none", "a1.txt"], in: dir)
        #expect(layered.status == 0 && layered.stderr.isEmpty, "\(layered.stderr)")
        // the same for explain
        let e = try Support.run(["explain", "--rules", "Solo", "a1.txt"], in: dir)
        #expect(e.stderr.components(separatedBy: "replaces the built-in pack").count - 1 == 1, "\(e.stderr)")
    }

    @Test("disabled: naming an unknown id stops the run at its line and column, with the closest id")
    func unknownDisabled() throws {
        let dir = try Support.tempDir()
        #expect(try Support.run(["rules", "init", "Newsroom"], in: dir).status == 0)
        try "rules:\n  - id: report.zama\n    disabled: true\n".write(toFile: dir + "/Newsroom/off.yml", atomically: true, encoding: .utf8)
        try "وقال الوزير إن الأسعار سترتفع.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let r = try Support.run(["--rules", "Newsroom", "a.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Newsroom/off.yml:2:9: error: rule 'report.zama' has 'disabled: true' but no earlier pack defines 'report.zama' (did you mean 'report.zaama'?)"), "\(r.stderr)")
        let c = try Support.run(["rules", "check", "Newsroom"], in: dir)
        #expect(c.status == 2 && c.stderr.contains("did you mean 'report.zaama'?"))
    }
}
