import Foundation
import Testing
@testable import Isnad

@Suite("Pattern lint: a list of alternatives split by an alternative of several words")
struct PatternLintTests {
    func kinds(_ patterns: [String]) -> [PatternWarning.Kind] { PatternLint.warnings(patterns: patterns).map(\.kind) }

    @Test("a word in both of two adjacent slots is flagged, at the phrase split between them")
    func repeatedWord() {
        let w = PatternLint.warnings(patterns: ["لسريه|بسريه|نظرا لسريه|بسبب سريه"])
        #expect(w.count == 1)
        #expect(w.first?.offset == 12)
        #expect(w.first?.kind == .splitAlternative(phrase: "نظرا لسريه", repeated: "لسريه"))
        // further in: the offset of the phrase, in scalars
        let later = PatternLint.warnings(patterns: ["غير مجافيه|بعيده للحقيقه|عن الحقيقه|عن الواقع"])
        #expect(later.map(\.offset) == [25])
        #expect(later.map(\.kind) == [.splitAlternative(phrase: "عن الحقيقه", repeated: "عن")])
    }

    @Test("slots recognised as one list by another pattern of the rule are flagged; verb forms and pronouns are not")
    func splitList() {
        let list = "خوفا على وظيفته|عمله|رزقه|أرزاقهم|سلامته"
        #expect(kinds([list]).isEmpty)
        #expect(kinds([list, "خشيه على وظيفته|عمله|مصدر رزقه|أرزاقهم|سلامته"])
                == [.splitAlternative(phrase: "مصدر رزقه", repeated: nil)])
        // one slot after another as written on purpose: a verb and its object pronoun, nouns and adjectives
        #expect(kinds(["لم يسمح|يخول|يصرح له|لها|لهم بالحديث|بالتصريح"]).isEmpty)
        #expect(kinds(["اتهامات|ادعاءات|مزاعم =باطله|كاذبه|ملفقه", "اعتبر *2 ادعاءات|مزاعم|كاذبه|ملفقه"]).isEmpty)
        // optional slots, gaps and one-word slots break adjacency
        #expect(kinds(["قال|صرح [له|لها] له|لها", "قال|صرح *2 قال|صرح", "قال|صرح مصدر قال|صرح"]).isEmpty)
    }

    @Test("rules check prints the warning at the pattern's file:line:column and still loads the pack")
    func located() throws {
        let dir = try Support.tempDir()
        try "kind: report\nrules:\n  - id: r1\n    patterns:\n      - قال\n      - \"وقال لسريه|بسريه|نظرا لسريه|بسبب سريه\"\n"
            .write(toFile: dir + "/r.yml", atomically: true, encoding: .utf8)
        let pack = try RuleLoader.load(directories: [dir], builtinPack: nil)
        let w = PatternLint.warnings(pack)
        #expect(w.count == 1)
        #expect(w.first?.location.line == 6 && w.first?.location.column == 27, "\(w)")
        #expect(w.first?.description.contains("/r.yml:6:27: warning: 'نظرا لسريه' is split between two slots") == true, "\(w)")
        #expect(w.first?.description.hasSuffix("\n    " + String(repeating: " ", count: 26) + "^") == true)
    }
}
