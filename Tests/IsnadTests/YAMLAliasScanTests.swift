import Foundation
import Testing
@testable import Isnad

@Suite("YAML alias scan")
struct YAMLAliasScanTests {
    /// The issue's bomb: one list of `words` patterns, then `rules` rules that alias it.
    static func bomb(words: Int, rules: Int) -> String {
        var yaml = "kind: organization\nrules:\n  - id: org.r0\n    patterns: &p\n"
        for w in 0..<words { yaml += "      - ك\(w)\n" }
        for r in 1..<rules { yaml += "  - id: org.r\(r)\n    patterns: *p\n" }
        return yaml
    }

    @Test("an alias repeats its anchored node in full: a list of 5000 patterns aliased by 2000 rules is stopped at the alias that crosses the cap, with its line and column")
    func bomb() {
        let words = 5000
        let text = Self.bomb(words: words, rules: 2000)
        // each alias repeats the list and its 5000 entries and scalars (counted as 10,001 nodes at most)
        let perAlias = YAMLAliasScan.expansion(of: Self.bomb(words: words, rules: 2))
        #expect(perAlias >= 2 * words && perAlias <= 2 * words + 2)
        let x = YAMLAliasScan.check(text)
        let crossing = YAMLAliasScan.maxExpansion / perAlias + 1   // the first alias past the cap
        #expect(x == YAMLAliasScan.Excess(line: 4 + words + 2 * crossing, column: 15, expanded: crossing * perAlias))
        #expect(YAMLAliasScan.check(Self.bomb(words: words, rules: crossing)) == nil)
    }

    @Test("anchors that alias anchors multiply (billion laughs), in flow and block style, as values and as mapping keys")
    func nested() {
        var flow = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for k in 1...9 { flow += "a\(k): &a\(k) [" + Array(repeating: "*a\(k - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(YAMLAliasScan.check(flow) != nil)
        #expect(YAMLAliasScan.expansion(of: flow) > 1_000_000_000)
        var block = "a0: &a0\n" + String(repeating: "  - x\n", count: 10)
        for k in 1...9 { block += "a\(k): &a\(k)\n" + String(repeating: "- *a\(k - 1)\n", count: 10) }  // lists at the key's indentation
        #expect(YAMLAliasScan.check(block) != nil)
        var keys = "a0: &a0 {x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}\n"
        for k in 1...9 { keys += "a\(k): &a\(k) {" + (0..<10).map { "? *a\(k - 1) : \($0)" }.joined(separator: ", ") + "}\n" }
        #expect(YAMLAliasScan.check(keys) != nil)
        // an anchor on its own line, its node below it at the same indentation
        var own = "top:\n  &a0\n  - x\n  - x\n  - x\n  - x\n"
        for k in 1...12 { own += "a\(k): &a\(k) [*a\(k - 1), *a\(k - 1), *a\(k - 1), *a\(k - 1)]\n" }
        #expect(YAMLAliasScan.check(own) != nil)
    }

    @Test("a `*` in a quoted, plain or block scalar, in a comment or in a tag is not an alias")
    func notAliases() {
        var yaml = "list: &p [a, b, c, d, e, f, g, h, i, j]\n# *p *p *p\n"
        for _ in 0..<100 {
            yaml += "q1: \"*p\"\nq2: '*p and ''*p'''\nq3: \"\\\"*p\"\nplain: x *p y\nflow: [a *p, \"*p\"]\nblock: |\n  *p\n  - *p\nfolded: >-\n    *p\nx: y # *p\n"
        }
        #expect(YAMLAliasScan.expansion(of: yaml) == 0)
        // one real alias among them is seen
        #expect(YAMLAliasScan.expansion(of: yaml + "real: *p\n") >= 11)
        // block scalar content ends where its indentation does: an alias after it counts
        #expect(YAMLAliasScan.expansion(of: "l: &p [a, b]\nm:\n  - k: |\n      text *p\n    v: *p\n") >= 3)
    }

    @Test("lines broken by CR alone, CR LF, NEL or LS are lines: an alias after one is seen, on the line libyaml gives")
    func lineBreaks() {
        for br in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}"] {
            let text = ["l: &p [a, b, c, d, e, f, g, h, i]", "m:", "- *p", "- *p"].joined(separator: br) + br
            #expect(YAMLAliasScan.expansion(of: text) == 20, "\(Array(br.unicodeScalars))")
            #expect(YAMLAliasScan.check(text, cap: 15) == YAMLAliasScan.Excess(line: 4, column: 3, expanded: 20))
        }
    }

    @Test("a pack with a few aliases loads: each rule gets the shared patterns")
    func fewAliases() throws {
        let dir = try Support.tempDir()
        try """
        kind: report
        rules:
          - id: report.a
            patterns: &said [قال, صرح]
          - id: report.b
            patterns: *said
            clitics: &cl conjunction
          - id: report.c
            patterns: *said
            clitics: *cl
        """.write(toFile: dir + "/r.yml", atomically: true, encoding: .utf8)
        let pack = try RuleLoader.load(directories: [dir])
        #expect(pack.rules.map(\.id) == ["report.a", "report.b", "report.c"])
        #expect(pack.rules.allSatisfy { $0.patterns.count == 2 })
    }

    @Test("a rule file, pack manifest or configuration file whose aliases cross the cap is refused before it is composed, at the crossing alias")
    func refused() throws {
        let dir = try Support.tempDir()
        try Self.bomb(words: 5000, rules: 100).write(toFile: dir + "/bomb.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); Issue.record("loaded") } catch {
            #expect(error.errors.count == 1)
            let e = try #require(error.errors.first)
            #expect(e.path == dir + "/bomb.yml" && e.column == 15 && e.line > 5000)
            #expect(e.message.contains("YAML aliases expand this file past \(YAMLAliasScan.maxExpansion) nodes"))
            #expect(e.sourceLine == "    patterns: *p")
        }
        // a pack manifest and a configuration file are measured the same way
        var nested = "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
        for k in 1...6 { nested += "x\(k): &x\(k) [" + Array(repeating: "*x\(k - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let manifest = try Support.tempDir()
        try (nested + "extends: none\n").write(toFile: manifest + "/pack.yml", atomically: true, encoding: .utf8)
        try "kind: report\nrules:\n  - id: r\n    patterns: [قال]\n".write(toFile: manifest + "/r.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [manifest]); Issue.record("loaded") } catch {
            #expect(error.errors.map(\.path) == [manifest + "/pack.yml"])
            #expect(error.errors.first?.line == 6 && error.errors.first?.message.hasPrefix("YAML aliases expand this file past") == true)
        }
        let config = try Support.tempDir() + "/.audit.yml"
        try (nested + "fail_on: none\n").write(toFile: config, atomically: true, encoding: .utf8)
        do { _ = try Configuration.load(config); Issue.record("loaded") } catch {
            #expect(error.errors.first?.path == config && error.errors.first?.line == 6)
            #expect(error.errors.first?.message.hasPrefix("YAML aliases expand this file past") == true)
        }
    }
}
