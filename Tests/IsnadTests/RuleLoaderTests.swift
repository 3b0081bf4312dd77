import Foundation
import Testing
@testable import Isnad

@Suite("Rule loader")
struct RuleLoaderTests {
    func errors(_ yaml: String) throws -> [RuleError] {
        let dir = try Support.tempDir()
        try yaml.write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); return [] } catch { return error.errors }
    }

    @Test("unknown keys are reported with line, column and a hint")
    func unknownKey() throws {
        let e = try errors("kind: report\nrules:\n  - id: r1\n    patern: [قال]\n")
        #expect(e.count >= 1)
        #expect(e[0].line == 4 && e[0].column == 5)
        #expect(e[0].message.contains("did you mean 'patterns'"))
        #expect(e[0].description.hasPrefix(e[0].path + ":4:5: error:"))
    }

    @Test("YAML syntax errors and invalid patterns point at the offending line")
    func syntaxAndPatterns() throws {
        let s = try errors("kind: report\nrules:\n  - id: r1\n    patterns: [قال\n")
        #expect(s.first?.message.contains("YAML") == true)
        let p = try errors("kind: report\nrules:\n  - id: r1\n    patterns:\n      - \"*2 قال\"\n")
        #expect(p.first?.line == 5)
        #expect(p.first?.message.contains("invalid pattern") == true)
        let k = try errors("rules:\n  - id: r1\n    kind: reprot\n    patterns: [قال]\n")
        #expect(k.first?.message.contains("did you mean 'report'") == true)
    }

    @Test("a later pack overrides a rule with the same id, and can disable one")
    func layering() throws {
        let a = try Support.tempDir(), b = try Support.tempDir()
        try "kind: report\nrules:\n  - id: r1\n    patterns: [قال]\n  - id: r2\n    patterns: [أكد]\n".write(toFile: a + "/a.yml", atomically: true, encoding: .utf8)
        try "kind: report\nrules:\n  - id: r1\n    override: true\n    patterns: [صرح]\n  - id: r2\n    disabled: true\n".write(toFile: b + "/b.yml", atomically: true, encoding: .utf8)
        let pack = try RuleLoader.load(directories: [a, b])
        #expect(pack.rules.map(\.id) == ["r1"])
        #expect(pack.rules[0].patterns == ["صرح"])
        // the same id without 'override: true' is a duplicate, reported where the second one is written
        try "kind: report\nrules:\n  - id: r1\n    patterns: [صرح]\n".write(toFile: b + "/b.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [a, b]); Issue.record("expected a duplicate id error") } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].description.hasPrefix(b + "/b.yml:3:9: error: rule id 'r1' is already defined at " + a + "/a.yml:3:9"))
        }
    }
}
