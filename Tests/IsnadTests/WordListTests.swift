import Foundation
import Testing
@testable import IsnadRules
@testable import IsnadEngine
import IsnadText
import IsnadTestSupport

/// Named word lists (`lists:`, issue #22 "one concept, one place"): a lexicon written once in a
/// pack and referenced by name from word patterns and regular expressions; lists follow
/// `extends`; every error is located.
@Suite("Word lists")
struct WordListTests {
    /// The ids and original words of every cue match of `text` under `pack`.
    func matched(_ pack: RulePack, _ text: String) throws -> [String] {
        let n = Normalizer.normalize(text)
        let a = ArticleText(text: n, matcher: try CueMatcher(rules: pack.rules), regexes: RegexCues(rules: pack.rules))
        return a.matches.flatMap { $0 }.map { pack.rules[$0.rule].id + ":" + n.originalText(n.originalSpan($0.start, $0.end)) }.sorted()
    }

    /// The errors of loading `dirs` (none: the test fails).
    func errors(_ dirs: [String], builtin: String? = nil) -> [RuleError] {
        do { _ = try RuleLoader.load(directories: dirs, builtinPack: builtin); Issue.record("loaded"); return [] } catch { return error.errors }
    }

    func write(_ files: [String: String]) throws -> String {
        let dir = try TestSupport.tempDir()
        for (name, yaml) in files { try yaml.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    static let lists = """
        lists:
          rumour: [أشيع, يشاع, تردد]
          said: [ذكر, {list: rumour}]
        """

    @Test("a list in a word pattern is one word position's alternatives, in a regex a literal-led group; a list may hold another, and a file may hold lists alone")
    func wordsAndRegex() throws {
        let pack = try TestSupport.pack([
            "lists.yml": Self.lists,
            "r.yml": """
                kind: denial
                rules:
                  - id: t.contrary
                    patterns: ["خلافا لما {list: said}"]
                  - id: t.whole
                    kind: hedge
                    patterns: [{list: rumour}]
                  - id: t.regex
                    kind: hedge
                    regex: ["{list: rumour}(?=[ \\\\t]+ان)"]
                """])
        let byId = Dictionary(uniqueKeysWithValues: pack.rules.map { ($0.id, $0) })
        #expect(byId["t.contrary"]?.patterns == ["خلافا لما ذكر|أشيع|يشاع|تردد"])
        #expect(byId["t.whole"]?.patterns == ["أشيع|يشاع|تردد"])
        let regex = try #require(byId["t.regex"]?.regexes.first)
        #expect(regex == "(?:أشيع|يشاع|تردد)(?=[ \\t]+ان)")
        // the expansion opens with an alternation of literals: tried only where they occur
        #expect(RegexCues.leads(RegexSyntax.fold(regex)).map { String(decoding: $0.literal, as: UTF16.self) }.sorted() == ["اشيع", "تردد", "يشاع"])
        let m = try matched(pack, "وخلافا لما ذكر فإن الأمر انتهى. وتردد ان الوزير استقال.")
        #expect(m.contains("t.contrary:وخلافا لما ذكر"))
        #expect(m.contains("t.regex:تردد"))
        #expect(!m.contains { $0.hasPrefix("t.whole:ذكر") })   // ذكر is in said, not in rumour
    }

    @Test("a pack layered on another adds to its list, and the earlier pack's rules read the merged list")
    func extendsAdds() throws {
        let base = try write(["lists.yml": Self.lists, "r.yml": """
            kind: hedge
            rules:
              - id: t.rumour
                patterns: ["كما {list: rumour}"]
            """])
        let house = try write(["pack.yml": "extends: builtin\n", "h.yml": """
            lists:
              rumour: [يتداول]
            rules:
              - id: t.house
                kind: hedge
                patterns: ["لما {list: rumour}"]
            """])
        let pack = try RuleLoader.load(directories: [house], builtinPack: base)
        let byId = Dictionary(uniqueKeysWithValues: pack.rules.map { ($0.id, $0) })
        #expect(byId["t.rumour"]?.patterns == ["كما أشيع|يشاع|تردد|يتداول"])
        #expect(byId["t.house"]?.patterns == ["لما أشيع|يشاع|تردد|يتداول"])
        // without the layer, the base pack's list is its own
        let alone = try RuleLoader.load(directories: [base], builtinPack: nil)
        #expect(alone.rules.first { $0.id == "t.rumour" }?.patterns == ["كما أشيع|يشاع|تردد"])
    }

    @Test("errors are located: an unknown name (in a pattern, a regex, a list), an empty list, a cycle, a list defined twice in a pack, a word twice")
    func located() throws {
        let dir = try write(["a.yml": """
            lists:
              rumour: [أشيع, يشاع]
            rules:
              - id: t.a
                kind: hedge
                patterns: ["كما {list: rumor}"]
                regex: ["{list: nosuch}ان"]
            """, "b.yml": """
            lists:
              empty: []
              one: [{list: two}]
              two: [قال, {list: one}]
              dup: [قال, ذكر, قال]
              folded: [أشيع, اشيع]
              rumour: [تردد]
              lost: [{list: nowhere}]
            rules:
              - id: t.b
                kind: hedge
                patterns: [يقال]
            """])
        let errs = errors([dir])
        func at(_ file: String, _ line: Int, _ column: Int, _ text: String) {
            #expect(errs.contains { $0.path.hasSuffix("/" + file) && $0.line == line && $0.column == column && $0.message.contains(text) },
                    "\(file):\(line):\(column) \(text) — got \(errs.map { "\($0.line):\($0.column) \($0.message)" })")
        }
        at("a.yml", 6, 16, "unknown list 'rumor' (did you mean 'rumour'?)")
        at("a.yml", 7, 13, "unknown list 'nosuch'")
        at("b.yml", 2, 3, "list 'empty' is empty")
        at("b.yml", 4, 14, "in a cycle: one → two → one")
        at("b.yml", 5, 19, "'قال' is twice in list 'dup'")
        at("b.yml", 6, 18, "is twice in list 'folded'")
        at("b.yml", 7, 3, "list 'rumour' is defined twice in this pack (first at")
        at("b.yml", 8, 10, "unknown list 'nowhere'")
        // each error once: a rule reading a broken list is no second error
        #expect(errs.count == 8, "\(errs.map(\.message))")
        // the one configuration error: `audit rules check` and a run exit 2 with these lines
        #expect(errs.allSatisfy { $0.sourceLine != nil })
    }

    @Test("a word of a list is one word: pattern signs and spaces are refused where they are written")
    func oneWord() throws {
        let dir = try write(["a.yml": "lists:\n  bad: [قال, \"قال إن\", \"أكد|أوضح\", [x]]\nrules:\n  - id: t\n    kind: hedge\n    patterns: [يقال]\n"])
        let errs = errors([dir])
        #expect(errs.map(\.column).sorted() == [14, 24, 36], "\(errs)")
        #expect(errs.allSatisfy { $0.line == 2 })
    }

    @Test("the shipped pack's lists: the denial rebuttals read one list of what was said or spread; the rejected objects are two lists, both rules reading them")
    func shipped() throws {
        let pack = TestSupport.shippedPack
        let byId = Dictionary(uniqueKeysWithValues: pack.rules.map { ($0.id, $0) })
        let contrary = try #require(byId["denial.contrary"]), baseless = try #require(byId["denial.baseless"])
        // one list: a verb added to it reaches every rebuttal that reads it
        func lastWords(_ p: String) -> [Substring] { p.split(separator: " ").last!.split(separator: "|") }
        for w in ["يتداولونه", "تناقلت"] {
            #expect(baseless.patterns.contains { $0.hasPrefix("حقيقه ما") && lastWords($0).contains(Substring(w)) }, "\(w)")
        }
        // but not what a paper reported (وأكد الوزير حقيقة ما ذكرت الصحيفة: an agreement), as before the lists
        let truth = try #require(baseless.patterns.first { $0.hasPrefix("حقيقه ما") })
        #expect(!lastWords(truth).contains("ذكرت") && !lastWords(truth).contains("أورد") && lastWords(truth).contains("ذكرته"))
        let falseClaim = try #require(byId["denial.false-claim"])
        let described = try #require(falseClaim.patterns.first { $0.contains("*3 ما *1") })
        let objects = described.split(separator: " ")[4].split(separator: "|")
        #expect(objects.contains("أورده") && objects.contains("يتداوله") && !objects.contains("ذكره"))
        // contrary reads the rumour verbs whole, and not ورد (خلافا لما ورد في الاتفاقية: what a text provides)
        #expect(lastWords(contrary.patterns[0]).contains("يتداولونه") && !lastWords(contrary.patterns[0]).contains("ورد"))
        let reject = try #require(byId["stance.reject"]), continued = try #require(byId["stance.reject-continued"])
        #expect(reject.patterns.count == 2)
        #expect(reject.patterns.map { $0.split(separator: " ").last! } == continued.patterns.map { $0.split(separator: " ").last! })
    }

    @Test("a list reference is a whole word position: glued to a letter or '*' in a pattern, or inside a regex's character class, it is a located error")
    func wholePosition() throws {
        let dir = try write(["a.yml": """
            lists:
              rv: [أشيع, تردد]
            rules:
              - id: t.cls
                kind: hedge
                regex: ["[{list: rv}]"]
              - id: t.glued
                kind: hedge
                patterns: ["و{list: rv} أن"]
              - id: t.prefix
                kind: hedge
                patterns: ["{list: rv}* أن"]
            """])
        let errs = errors([dir])
        #expect(errs.contains { $0.line == 6 && $0.message.contains("character class") }, "\(errs.map(\.message))")
        #expect(errs.contains { $0.line == 9 && $0.message.contains("'و{list: rv}'") }, "\(errs.map(\.message))")
        #expect(errs.contains { $0.line == 12 && $0.message.contains("'{list: rv}*'") }, "\(errs.map(\.message))")
        #expect(errs.count == 3, "\(errs.map(\.message))")
        // beside the brackets of a class, escaped, or after one, it is a group as before; in a pattern
        // [..], =, | and spaces are its neighbours
        #expect(!WordLists.insideClass("[a-z]"[...]) && !WordLists.insideClass("\\["[...]) && !WordLists.insideClass("[]a]"[...]))
        #expect(WordLists.insideClass("x[^"[...]) && WordLists.insideClass("[]"[...]) && WordLists.insideClass("[a[b]"[...]))
        let pack = try TestSupport.pack(["a.yml": """
            lists:
              rv: [أشيع, تردد]
            rules:
              - id: t.ok
                kind: hedge
                patterns: ["كما [{list: rv}] =ذكر|{list: rv}"]
                regex: ["[و]?{list: rv}(?= ان)"]
            """])
        #expect(pack.rules[0].patterns == ["كما [أشيع|تردد] =ذكر|أشيع|تردد"])
        #expect(pack.rules[0].regexes == ["[و]?(?:أشيع|تردد)(?= ان)"])
    }

    @Test("words a later pack adds to a list that take a built-in pattern past the limit: the error names the list and the pack's file that added them")
    func growthNamed() throws {
        // 8 × 8 × 8 × 8 = 4,096 sequences: the limit itself loads; one word more crosses it
        let words = (0..<8).map { "كلمه" + String(repeating: "ب", count: $0 + 1) }
        let base = try write(["a.yml": """
            lists:
              w: [\(words.joined(separator: ", "))]
            rules:
              - id: t.big
                kind: hedge
                patterns: ["{list: w} {list: w} {list: w} {list: w}"]
            """])
        _ = try RuleLoader.load(directories: [base], builtinPack: nil)
        let house = try write(["pack.yml": "extends: builtin\n", "h.yml": "lists:\n  w: [زياده]\n"])
        let errs = errors([house], builtin: base)
        #expect(errs.count == 1, "\(errs.map(\.message))")
        let e = try #require(errs.first)
        #expect(e.path.hasSuffix("/a.yml") && e.line == 6)
        #expect(e.message.contains("more than 4096 sequences") && e.message.contains("'w' 9 words, added to at ") && e.message.contains("/h.yml:2:3 (1 words)"), "\(e.message)")
    }

    @Test("one mistake, one error: a bad list name is not also unknown where it is used; an alias item is located at its list, and its list is not also empty")
    func oneError() throws {
        let dir = try write(["a.yml": """
            lists:
              anch: &A [ذكر, روى]
              "x.y": [قال]
              al2: [*A]
            rules:
              - id: t.one
                kind: hedge
                patterns: ["كما {list: al2}"]
                regex: ["{list: x.y}ان"]
            """])
        let errs = errors([dir])
        #expect(errs.count == 2, "\(errs.map { "\($0.line):\($0.column) \($0.message)" })")
        #expect(errs.contains { $0.line == 3 && $0.message.contains("a list name is") })
        #expect(errs.contains { $0.line == 4 && $0.message.contains("an item of list 'al2'") }, "\(errs.map { "\($0.line):\($0.column) \($0.message)" })")
    }

    @Test("rules patterns loses no word: a position of 99 alternatives is spelled out whole")
    func literalsWhole() throws {
        let words = (0..<99).map { "قول" + String(repeating: "ا", count: $0 / 10 + 1) + String(repeating: "ب", count: $0 % 10 + 1) }
        let pack = try TestSupport.pack(["a.yml": """
            lists:
              w: [\(words.joined(separator: ", "))]
            rules:
              - id: t.many
                kind: hedge
                patterns: ["حقيقه ما [تم] {list: w}"]
            """])
        let lit = Set(pack.literals())
        #expect(lit.contains("حقيقه ما " + words[98]) && lit.contains("حقيقه ما تم " + words[98]))
        #expect(lit.filter { $0.hasPrefix("حقيقه ما") }.count == 198)
    }
}
