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
        // a bare mark on the first word: its proclitics are the rule's `clitics:`
        let b = try errors("kind: denial\nrules:\n  - id: r1\n    patterns:\n      - الأخبار =كاذبة\n      - =الأخبار كاذبة\n")
        #expect(b.count == 1)
        #expect(b.first?.line == 6 && b.first?.column == 9)
        #expect(b.first?.message.contains("'=' marks a later word") == true)
        let k = try errors("rules:\n  - id: r1\n    kind: reprot\n    patterns: [قال]\n")
        #expect(k.first?.message.contains("did you mean 'report'") == true)
    }

    @Test("scope: source is for anonymity_basis rules only")
    func sourceScope() throws {
        #expect(try errors("rules:\n  - id: r1\n    kind: anonymity_basis\n    scope: source\n    patterns: [متضررون]\n").isEmpty)
        let e = try errors("rules:\n  - id: r1\n    kind: report\n    scope: source\n    patterns: [قال]\n")
        #expect(e.first?.line == 4)
        #expect(e.first?.message.contains("anonymity_basis rules only") == true)
    }

    @Test("subject_words: words, on a verb cue written as patterns")
    func subjectWords() throws {
        #expect(try errors("rules:\n  - id: r1\n    kind: report\n    subject_words: [الصحف, صحف]\n    patterns: [تابعت]\n").isEmpty)
        let h = try errors("rules:\n  - id: r1\n    kind: hedge\n    subject_words: [الصحف]\n    patterns: [ربما]\n")
        #expect(h.first?.line == 4)
        #expect(h.first?.message.contains("verb cues") == true)
        let w = try errors("rules:\n  - id: r1\n    kind: report\n    subject_words: [\"الصحف الأردنية\"]\n    patterns: [تابعت]\n")
        #expect(w.first?.message.contains("one word") == true)
        let r = try errors("rules:\n  - id: r1\n    kind: report\n    subject_words: [الصحف]\n    regex: [\"تابعت\"]\n")
        #expect(r.first?.message.contains("'patterns' or 'lemmas' only") == true)
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

    /// A directory holding the files given.
    func packDir(_ files: [String: String]) throws -> String {
        let d = try Support.tempDir()
        for (name, text) in files { try text.write(toFile: d + "/" + name, atomically: true, encoding: .utf8) }
        return d
    }

    /// A stand-in for the built-in pack, and an overlay of it.
    func builtinAndOverlay(manifest: String = "extends: builtin\n") throws -> (builtin: String, overlay: String) {
        let builtin = try packDir(["a.yml": "kind: report\nrules:\n  - id: report.qala\n    patterns: [قال]\n  - id: report.akkada\n    patterns: [أكد]\n  - id: report.zaama\n    patterns: [زعم]\n"])
        let overlay = try packDir([
            "pack.yml": manifest,
            "house.yml": "kind: report\nrules:\n  - id: report.qala\n    override: true\n    patterns: [صرح]\n  - id: report.zaama\n    disabled: true\n  - id: house.almaha\n    patterns: [ألمح]\n",
        ])
        return (builtin, overlay)
    }

    @Test("extends: builtin reads the built-in pack first, then the overlay's overrides, disables and new rules")
    func extendsBuiltin() throws {
        let (builtin, overlay) = try builtinAndOverlay()
        let pack = try RuleLoader.load(directories: [overlay], builtinPack: builtin)
        #expect(pack.rules.map(\.id) == ["report.qala", "report.akkada", "house.almaha"])
        #expect(pack.rules[0].patterns == ["صرح"])
        #expect(pack.layers.map(\.directory) == [builtin, overlay])
        #expect(pack.layers.map(\.implied) == [true, false])
        #expect(pack.layers.map(\.builtin) == [true, false])
        #expect(pack.replacesBuiltin == nil && pack.replacementNote == nil)
        // the manifest is no rule file
        #expect(!pack.files.contains { $0.hasSuffix("/pack.yml") })
        #expect(pack.namedFiles == [overlay + "/house.yml"])
        // the name builtin, given before the overlay, is the same pack, read once
        let named = try RuleLoader.load(directories: [RuleLocator.builtinName, overlay], builtinPack: builtin)
        #expect(named.rules.map(\.id) == pack.rules.map(\.id))
        #expect(named.layers.map(\.implied) == [false, false])
        // a pack named twice is read once (no duplicate ids)
        #expect(try RuleLoader.load(directories: [builtin, builtin + "/."], builtinPack: nil).rules.count == 3)
    }

    @Test("a lone pack replaces the built-in one and says so; extends: none says the replacement is meant")
    func replacement() throws {
        let (builtin, _) = try builtinAndOverlay()
        let solo = try packDir(["s.yml": "kind: report\nrules:\n  - id: house.almaha\n    patterns: [ألمح]\n"])
        let pack = try RuleLoader.load(directories: [solo], builtinPack: builtin)
        #expect(pack.replacesBuiltin == builtin)
        let note = try #require(pack.replacementNote)
        #expect(note.contains("the rule pack \(solo) replaces the built-in pack (\(builtin))"))
        #expect(note.contains("extends: builtin") && note.contains("--rules builtin") && !note.contains("\n"))
        try "extends: none\n".write(toFile: solo + "/pack.yml", atomically: true, encoding: .utf8)
        #expect(try RuleLoader.load(directories: [solo], builtinPack: builtin).replacementNote == nil)
        // the built-in pack itself replaces nothing
        #expect(try RuleLoader.load(directories: [builtin], builtinPack: builtin).replacementNote == nil)
        // no built-in pack at all: nothing to replace
        #expect(try RuleLoader.load(directories: [solo], builtinPack: nil).replacementNote == nil)
    }

    @Test("disabled: or override: on an id no earlier pack defines is a located error with 'did you mean'")
    func unknownDisabled() throws {
        let (builtin, overlay) = try builtinAndOverlay()
        try "rules:\n  - id: report.zama\n    disabled: true\n".write(toFile: overlay + "/off.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [overlay], builtinPack: builtin); Issue.record("a disabled unknown id loaded") } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].description.hasPrefix(overlay + "/off.yml:2:9: error: rule 'report.zama' has 'disabled: true' but no earlier pack defines 'report.zama' (did you mean 'report.zaama'?)"))
            #expect(error.errors[0].description.contains("\n      - id: report.zama\n"))
        }
        try "kind: report\nrules:\n  - id: report.akada\n    override: true\n    patterns: [أكد]\n".write(toFile: overlay + "/off.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [overlay], builtinPack: builtin); Issue.record("an override of an unknown id loaded") } catch {
            #expect(error.errors.map(\.message) == ["rule 'report.akada' has 'override: true' but no earlier pack defines 'report.akada' (did you mean 'report.akkada'?)"])
        }
        // the overlay alone (not layered): the disable names nothing, and the message says how to layer it
        try FileManager.default.removeItem(atPath: overlay + "/off.yml")
        try FileManager.default.removeItem(atPath: overlay + "/pack.yml")
        do { _ = try RuleLoader.load(directories: [overlay], builtinPack: builtin); Issue.record("an unlayered overlay loaded") } catch {
            #expect(error.errors.count == 2)
            #expect(error.errors.allSatisfy { $0.message.contains("extends: builtin") })
        }
        // a rule written out in full and switched off in its own pack is no error
        let kept = try packDir(["k.yml": "kind: report\nrules:\n  - id: r1\n    disabled: true\n    patterns: [قال]\n  - id: r2\n    patterns: [أكد]\n"])
        #expect(try RuleLoader.load(directories: [kept], builtinPack: nil).rules.map(\.id) == ["r2"])
    }

    @Test("pack.yml: unknown keys and a wrong extends are located errors; extends: builtin without a built-in pack is one too")
    func manifestErrors() throws {
        let (builtin, overlay) = try builtinAndOverlay(manifest: "extends: bultin\nname: x\n")
        do { _ = try RuleLoader.load(directories: [overlay], builtinPack: builtin); Issue.record("a bad manifest loaded") } catch {
            #expect(error.errors.map { "\($0.line):\($0.column)" } == ["1:10", "2:1"])
            #expect(error.errors[0].path == overlay + "/pack.yml")
            #expect(error.errors[0].message.contains("did you mean 'builtin'?"))
            #expect(error.errors[1].message.contains("unknown key 'name'"))
        }
        try "extends: builtin\n".write(toFile: overlay + "/pack.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [overlay], builtinPack: nil); Issue.record("extends without a built-in pack loaded") } catch {
            #expect(error.errors.first?.description.hasPrefix(overlay + "/pack.yml:1:10: error: the pack extends builtin, but no rule pack found") == true)
            #expect(error.errors.first?.message.contains("ISNAD_RULES") == true)
        }
        do { _ = try RuleLoader.load(directories: [RuleLocator.builtinName], builtinPack: nil); Issue.record("builtin without a built-in pack loaded") } catch {
            #expect(error.errors.first?.message.contains("no rule pack found") == true)
        }
        // a typo of the name is a missing directory, with the name as a hint
        do { _ = try RuleLoader.load(directories: ["buitlin"], builtinPack: builtin); Issue.record("a missing directory loaded") } catch {
            #expect(error.errors.map(\.message) == ["rule directory not found (did you mean 'builtin'?)"])
        }
        // the built-in pack cannot extend itself
        try "extends: builtin\n".write(toFile: builtin + "/pack.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [builtin], builtinPack: builtin); Issue.record("a self-extending pack loaded") } catch {
            #expect(error.errors.first?.message == "the built-in pack cannot extend builtin (itself)")
        }
    }

    @Test("the tests of an overlay are its own: the extended pack's examples are not run")
    func overlayTests() throws {
        let builtin = try packDir(["a.yml": "kind: report\nrules:\n  - id: report.qala\n    patterns: [قال]\n    examples:\n      match: [\"[[قال]] الوزير إن الاتفاق قريب.\"]\n"])
        let overlay = try packDir(["pack.yml": "extends: builtin\n",
                                   "h.yml": "kind: report\nrules:\n  - id: report.qala\n    disabled: true\n  - id: house.almaha\n    patterns: [ألمح]\n    examples:\n      match: [\"و[[ألمح]] الوزير إلى أن الاتفاق قريب.\"]\n      no_match: [\"ملامح واضحة.\"]\n"])
        let pack = try RuleLoader.load(directories: [overlay], builtinPack: builtin)
        let report = RuleTester(auditor: try Auditor(pack: pack)).run(files: pack.namedFiles)
        #expect(report.total == 2 && report.failures.isEmpty && report.rules == 1 && report.uncovered.isEmpty)
    }

    @Test("patterns are counted over all packs as the rules are read: the rule that crosses the limit is named, in the pack that holds it, not the first pack")
    func crossPackLimit() throws {
        // three packs of 4 rules × 5 patterns (20 each); the limit of 50 is crossed by the third pack's third rule
        func pack(_ name: String) throws -> String {
            let rules = (0..<4).map { r in "  - id: \(name).r\(r)\n    patterns: [" + (0..<5).map { "ك\(r)\($0)" }.joined(separator: ", ") + "]\n" }
            return try packDir(["\(name).yml": "kind: report\nrules:\n" + rules.joined()])
        }
        let a = try pack("a"), b = try pack("b"), c = try pack("c")
        #expect(try RuleLoader.load(directories: [a, b], maxPatterns: 50).rules.count == 8)
        do { _ = try RuleLoader.load(directories: [a, b, c], maxPatterns: 50); Issue.record("loaded past the limit") } catch {
            #expect(error.errors.count == 1)
            let e = try #require(error.errors.first)
            #expect(e.path == c + "/c.yml" && e.line == 7 && e.column == 9, "\(e)")
            #expect(e.message == "this rule takes the rules loaded past the limit of 50 patterns (40 in the files read before this one): not loaded")
            #expect(e.sourceLine == "  - id: c.r2")
        }
        // one file alone: no earlier count is mentioned
        do { _ = try RuleLoader.load(directories: [a], maxPatterns: 19); Issue.record("loaded past the limit") } catch {
            #expect(error.errors.map(\.message) == ["this rule takes the rules loaded past the limit of 19 patterns: not loaded"])
            #expect(error.errors.first?.line == 9)
        }
    }

    @Test("rules: in .audit.yml keeps the name builtin and resolves directories beside the file")
    func configurationBuiltin() throws {
        let d = try packDir([".audit.yml": "rules: [builtin, Newsroom]\n"])
        let c = try Configuration.load(d + "/.audit.yml")
        #expect(c.rules == ["builtin", URL(fileURLWithPath: d).standardizedFileURL.path + "/Newsroom"])
    }
}
