import Foundation
import Testing
@testable import Isnad
@testable import IsnadEngine

/// End-to-end tests of `audit rules check|test|init|patterns` on the built binary.
@Suite("audit rules")
struct RulesCommandTests {
    /// A pack directory holding one rule file.
    func pack(_ yaml: String, file: String = "r.yml") throws -> String {
        let dir = try Support.tempDir()
        try yaml.write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
        return dir
    }

    /// Each deliberate mistake: the rule file, and where and what the error must say.
    static let mistakes: [(name: String, yaml: String, at: String, says: String)] = [
        ("YAML syntax", "kind: report\nrules:\n  - id: r1\n    patterns: [قال\n", "5:1", "YAML syntax error"),
        ("unknown key", "kind: report\nrules:\n  - id: r1\n    patern: [قال]\n", "4:5", "unknown key 'patern' (did you mean 'patterns'?)"),
        ("wrong type", "kind: report\nrules:\n  - id: r1\n    patterns: [قال]\n    needs_complement: maybe\n", "5:23", "'needs_complement' must be true or false"),
        ("empty pattern list", "kind: report\nrules:\n  - id: r1\n    patterns: []\n", "4:15", "'patterns' of rule 'r1' is empty"),
        ("invalid regular expression", "kind: report\nrules:\n  - id: r1\n    regex: [\"(قال\"]\n", "4:13", "invalid regular expression"),
        ("pattern that normalises to nothing", "kind: report\nrules:\n  - id: r1\n    patterns: [\"؟ ؟\"]\n", "4:16", "normalises to nothing"),
        ("pattern that can never match", "kind: organization\nrules:\n  - id: r1\n    patterns: [\"الولايات،المتحدة\"]\n", "4:16", "can never match as written"),
        ("unknown kind", "rules:\n  - id: r1\n    kind: reprot\n    patterns: [قال]\n", "3:11", "unknown kind 'reprot' (did you mean 'report'?)"),
        ("malformed example mark", "kind: report\nrules:\n  - id: r1\n    patterns: [قال]\n    examples:\n      match: [\"[[قال الوزير\"]\n", "6:15", "marks one run of words"),
    ]

    @Test("rules check reports each kind of mistake at its exact path:line:column, shows the line, and exits 2; audit refuses the same rules")
    func checkMistakes() throws {
        for m in Self.mistakes {
            let dir = try pack(m.yaml)
            let r = try Support.run(["rules", "check", dir])
            #expect(r.status == 2, "\(m.name)")
            #expect(r.stderr.hasPrefix("\(dir)/r.yml:\(m.at): error: "), "\(m.name): \(r.stderr)")
            #expect(r.stderr.contains(m.says), "\(m.name): \(r.stderr)")
            #expect(r.stderr.contains("\n    "), "\(m.name): the offending line is shown")
            let article = dir + "/a.txt"
            try "قال الوزير إن الاجتماع انتهى.".write(toFile: article, atomically: true, encoding: .utf8)
            let a = try Support.run(["--rules", dir, article])
            #expect(a.status == 2 && a.stderr.hasPrefix("\(dir)/r.yml:\(m.at): error: "), "\(m.name): audit itself")
        }
    }

    @Test("a rule id repeated in a later pack needs 'override: true'; the shipped pack checks clean")
    func duplicatesAndShipped() throws {
        let a = try pack("kind: report\nrules:\n  - id: r1\n    patterns: [قال]\n")
        let b = try pack("kind: report\nrules:\n  - id: r1\n    patterns: [صرح]\n")
        let r = try Support.run(["rules", "check", a, b])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("\(b)/r.yml:3:9: error: rule id 'r1' is already defined at \(a)/r.yml:3:9"))
        let ok = try Support.run(["rules", "check", Support.rules])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("no problems"))
    }

    @Test("rules check warns of a list of alternatives split by an alternative of several words at its path:line:column, and exits 0")
    func checkWarnsOfSplitAlternative() throws {
        let dir = try pack("kind: report\nrules:\n  - id: r1\n    patterns:\n      - قال|صرح له|لها\n      - مجافيه|بعيده للحقيقه|عن الحقيقه|عن الواقع\n")
        let r = try Support.run(["rules", "check", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("\(dir)/r.yml:6:30: warning: 'عن الحقيقه' is split between two slots"), "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: ": warning: ").count == 2, "one warning: verb forms then pronouns are meant as written")
        #expect(r.stdout.contains("no problems, 1 warning"), "\(r.stdout)")
    }

    @Test("rules test prints a diff for a failing example and a failing sentence test, exits 1; --coverage names unexercised rules")
    func testFailures() throws {
        let dir = try pack("""
            kind: report
            rules:
              - id: r.qala
                patterns: [قال|قالت]
                examples:
                  match: ["وقالت [[الوزارة]] إن الأمر انتهى."]
                  no_match: ["قالت الوزارة إن الأمر انتهى."]
              - id: r.sarraha
                patterns: [صرح]
            tests:
              - text: وقالت الوزارة إن الأمر انتهى.
                label: anonymous
            """)
        let r = try Support.run(["rules", "test", dir])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(dir)/r.yml:6:15: error: rule 'r.qala' does not match the marked words"))
        #expect(r.stdout.contains("expected: [[الوزارة]] in وقالت الوزارة إن الأمر انتهى."))
        #expect(r.stdout.contains("got:      [[وقالت]]"))
        #expect(r.stdout.contains("\(dir)/r.yml:7:18: error: rule 'r.qala' matches a 'no_match' example"))
        #expect(r.stdout.contains("expected: anonymous"))
        #expect(r.stdout.contains("got:      named"))
        #expect(r.stdout.contains("0 of 3 tests passed"))
        let c = try Support.run(["rules", "test", "--coverage", dir])
        #expect(c.stdout.contains("rule 'r.sarraha' is exercised by no passing example or test"))
        #expect(c.status == 1)
    }

    @Test("rules test --coverage passes on the shipped pack")
    func shippedCoverage() throws {
        let r = try Support.run(["rules", "test", "--coverage", Support.rules])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("rules covered"))
    }

    @Test("rules init --full copies the default pack, refuses to overwrite without --force; rules patterns lists literals")
    func initAndPatterns() throws {
        let dir = try Support.tempDir() + "/newsroom"
        let r = try Support.run(["rules", "init", "--full", dir], in: Support.root.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/reporting.yml"))
        #expect(try Support.run(["rules", "check", dir]).status == 0)
        #expect(try Support.run(["rules", "init", "--full", dir], in: Support.root.path).status == 2)
        #expect(try Support.run(["rules", "init", "--full", "--force", dir], in: Support.root.path).status == 0)
        let p = try Support.run(["rules", "patterns", Support.rules])
        let lines = p.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("قال") && lines.contains("وول ستريت جورنال"))
        #expect(!lines.contains { $0.contains("*") || $0.contains("|") || $0.contains("[") })
    }

    @Test("a mark may leave out the proclitics of the matched word, but must cover the word")
    func markLeniency() {
        #expect(RuleTester.same("وقال", "قال"))
        #expect(RuleTester.same("وفقًا ل", "وفقا ل"))
        #expect(RuleTester.same("بالوزارة", "وزارة"))
        #expect(!RuleTester.same("وقالت", "الت"))
        #expect(!RuleTester.same("قال الوزير", "الوزير"))
    }
}
