import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

@Suite("Cue matcher")
struct MatcherTests {
    func rule(_ id: String, _ kind: CueKind, _ patterns: [String], clitics: CliticPolicy = .all) -> Rule {
        Rule(id: id, kind: kind, description: "", patterns: patterns, clitics: clitics, needsComplement: false,
             scope: .anywhere, examples: RuleExamples(), location: SourceLocation(path: "t.yml", line: 1, column: 1))
    }

    func matched(_ rules: [Rule], _ text: String) -> [String] {
        let n = Normalizer.normalize(text)
        let m = try! CueMatcher(rules: rules)
        return m.matches(in: Tokenizer.tokenize(n.scalars)).map { rules[$0.rule].id + ":" + n.originalText(n.originalSpan($0.start, $0.end)) }
    }

    @Test("one pattern matches every spelling: diacritics, tatweel, glued proclitics")
    func variants() {
        let r = [rule("wifqan", .according, ["وفقا ل"], clitics: .conjunction), rule("times", .outlet, ["صنداي تايمز"])]
        #expect(matched(r, "وفقًا لصنداي تايمز") == ["wifqan:وفقًا ل", "times:لصنداي تايمز"])
        #expect(matched(r, "ووفقاً لـ صنداي تايمز") == ["wifqan:ووفقاً لـ", "times:صنداي تايمز"])
    }

    @Test("alternatives, optional words, prefixes and gaps")
    func syntax() {
        let r = [rule("a", .report, ["قال|قالت [مصدر] أمس"]), rule("p", .verb, ["ي*"], clitics: .conjunction),
                 rule("g", .noComment, ["رفض *3 التعليق"], clitics: .conjunction)]
        #expect(matched(r, "قالت أمس").contains("a:قالت أمس"))
        #expect(matched(r, "قال مصدر أمس").contains("a:قال مصدر أمس"))
        #expect(matched(r, "ويتوسط").contains("p:ويتوسط"))
        #expect(matched(r, "ورفض المتحدث باسم الوزارة التعليق") == ["g:ورفض المتحدث باسم الوزارة التعليق"])
        #expect(matched(r, "ورفض المتحدث باسم وزارة الخارجية التعليق").isEmpty)
    }

    @Test("a gap ends at the first occurrence of the word after it; a gap that skipped nothing is recorded as empty")
    func shortestGap() throws {
        let r = [rule("plan", .report, ["يخطط|يخططون|تخطط *4 ل"], clitics: .conjunction)]
        let t = Tokenizer.tokenize(Normalizer.normalize("كانوا يخططون لاستهداف منشآت في ولاية بنزرت").scalars)
        let ms = try CueMatcher(rules: r).matches(in: t)
        #expect(ms.count == 1)
        let m = try #require(ms.first)
        // the gap is empty: its token is where it would start, and it ends there
        #expect(m.gapToken != nil && m.gapToken == m.gapEnd)
        #expect(matched(r, "وتخطط الشركة لبيع وحدة الخرائط") == ["plan:وتخطط الشركة ل"])
    }

    @Test("the matcher uses the loader's compiled patterns only while a rule's patterns are still those")
    func compiledPatternsFollowEdits() throws {
        var rules = Support.pack.rules
        let i = try #require(rules.firstIndex { $0.compiled != nil && !$0.patterns.isEmpty })
        #expect(try rules[i].compiledPatterns() == rules[i].patterns.map { try PatternCompiler.compile($0) })
        // an editor's change to a loaded rule: the new pattern is compiled, the old one forgotten
        rules[i].patterns = ["كلمة غريبة"]
        #expect(try rules[i].compiledPatterns() == [try PatternCompiler.compile("كلمة غريبة")])
        #expect(matched([rules[i]], "قالت كلمة غريبة") == [rules[i].id + ":كلمة غريبة"])
    }

    @Test("a pattern is kept as its word positions, not its product: inserted so, with equal subtrees stored once, it matches what its sequences written out one by one match")
    func positionsNotProduct() throws {
        let verbs = ["ختم", "اختتم", "افتتح", "استهل"], nouns = ["كلمته", "حديثه", "خطابه"], speech = ["التأكيد", "القول", "الدعوة"]
        let written = "\(verbs.joined(separator: "|")) *3 \(nouns.joined(separator: "|")) ب \(speech.joined(separator: "|"))"
        let form = try PatternCompiler.compilePattern(written)
        #expect(form.positions.map(\.count) == [4, 1, 3, 1, 3])
        let spelledOut = try PatternCompiler.compile(written)
        #expect(form.sequences.count == 36 && form.sequences == spelledOut)
        // the loader keeps the positions
        let loaded = try TestSupport.pack(["r.yml": "kind: report\nclitics: conjunction\nrules:\n  - id: f\n    patterns: [\"\(written)\"]\n"])
        #expect(loaded.rules.first { $0.id == "f" }?.compiled?.forms == [form])
        var spelled: [String] = []
        for v in verbs { for n in nouns { for w in speech { spelled.append("\(v) *3 \(n) ب \(w)") } } }
        let one = [rule("f", .report, [written], clitics: .conjunction)], many = [rule("f", .report, spelled, clitics: .conjunction)]
        for text in ["وختم الوزير كلمته بالتأكيد على التعاون", "واستهل الرئيس الأمريكي حديثه بالقول إن", "وافتتح خطابه بالدعوة",
                     "وختم المباراة بالتأكيد", "اختتم كلمته بالقول ثم ختم حديثه بالتأكيد"] {
            let t = Tokenizer.tokenize(Normalizer.normalize(text).scalars)
            #expect(try CueMatcher(rules: one).matches(in: t) == CueMatcher(rules: many).matches(in: t), "\(text)")
        }
        #expect(matched(one, "وختم الوزير كلمته بالتأكيد على التعاون") == ["f:وختم الوزير كلمته بالتأكيد"])
        // the four verbs lead to one node, the 36 ends are one: root, verb, gap, noun, ب, end
        // (the trie spelled out has 1 + 4 + 4 + 12 + 12 + 36 = 69)
        #expect(try CueMatcher(rules: one).nodeCount == 6)
        #expect(try CueMatcher(rules: many).nodeCount == 6)
        // two rules never share an end: each node says which rules it accepts
        #expect(try CueMatcher(rules: [rule("a", .report, ["قال"]), rule("b", .report, ["ذكر"])]).nodeCount == 3)
        // wildcards before the first word, and a sequence of wildcards alone (left out)
        for (pattern, each) in [("[*] قال|ذكر", ["* قال", "* ذكر", "قال", "ذكر"]), ("[قال] *", ["قال *"]), ("[*] [أمس] قال", ["* أمس قال", "* قال", "أمس قال", "قال"])] {
            let t = Tokenizer.tokenize(Normalizer.normalize("وقال أمس الوزير قال إنه ذكر").scalars)
            #expect(try CueMatcher(rules: [rule("x", .report, [pattern])]).matches(in: t) == CueMatcher(rules: [rule("x", .report, each)]).matches(in: t), "\(pattern)")
        }
    }

    @Test("a pattern read from a cache is checked on its positions as the compiler checks its sequences")
    func wellFormedPositions() throws {
        for p in ["قال", "[قال] *2 *", "قال|ذكر [مصدر] *3 أن", "* قال", "الأخبار =كاذبة|باطلة", "ي*", "رفع *20 التهاني"] {
            #expect(try PatternCompiler.compilePattern(p).isWellFormed, "\(p)")
        }
        // a gap holds up to twenty words (a prince's full title before the courtesy's noun), no more
        #expect(throws: PatternError.self) { try PatternCompiler.compilePattern("رفع *21 التهاني") }
        let a = PatternElement.word("ا"), b = PatternElement.word("ب")
        let bad: [[[[PatternElement]]]] = [
            [[[.gap(2)]], [[b]]],                 // starts with a gap
            [[[a], []], [[.gap(2)]], [[b]]],      // one of its sequences starts with a gap
            [[[a]], [[b], [.gap(3)]]],            // one ends with a gap
            [[[a]], [[.gap(21)]], [[b]]],         // a gap past 20
            [[[.bare("ب")]]],                     // starts with a bare word
            [[[.any]], [[.gap(1)], []]],          // wildcards alone
            [[]],                                  // no alternatives
            Array(repeating: [[a], [b]], count: 13),  // 8,192 sequences
        ]
        for positions in bad { #expect(!CompiledPattern(positions: positions).isWellFormed, "\(positions)") }
        #expect(CompiledPattern(positions: Array(repeating: [[a], [b]], count: 12)).isWellFormed)
    }

    @Test("the clitic policy of a rule decides which prefixes its first word takes")
    func clitics() {
        let none = [rule("n", .stop, ["في"], clitics: .none)]
        #expect(matched(none, "وفي").isEmpty)
        let conj = [rule("c", .report, ["قال"], clitics: .conjunction)]
        #expect(matched(conj, "فقال") == ["c:فقال"])
        #expect(matched(conj, "بقال").isEmpty)
    }

    @Test("the prepositions policy takes و ف ب ل ك on the first word, and not the article (backlog5)")
    func prepositionsPolicy() {
        let prep = [rule("d", .collective, ["مصدرين"], clitics: .prepositions)]
        for w in ["مصدرين", "ومصدرين", "لمصدرين", "بمصدرين", "ولمصدرين", "فبمصدرين", "كمصدرين"] {
            #expect(matched(prep, w) == ["d:" + w], "\(w)")
        }
        for w in ["المصدرين", "للمصدرين", "بالمصدرين", "والمصدرين", "وللمصدرين"] {
            #expect(matched(prep, w).isEmpty, "\(w)")
        }
        // conjunction still shuts the prepositions out, all still lets the article in
        #expect(matched([rule("c", .collective, ["مصدرين"], clitics: .conjunction)], "لمصدرين").isEmpty)
        #expect(matched([rule("a", .collective, ["مصدرين"], clitics: .all)], "للمصدرين") == ["a:للمصدرين"])
    }

    @Test("a bare later word (=) takes no article nor glued proclitic; a plain later word takes both")
    func bareWords() {
        let plain = [rule("p", .denial, ["الأخبار كاذبة|باطلة"])]
        let bare = [rule("b", .denial, ["الأخبار =كاذبة|باطلة"])]
        // a predicate: both match
        #expect(matched(plain, "وقال إن الأخبار كاذبة") == ["p:الأخبار كاذبة"])
        #expect(matched(bare, "وقال إن الأخبار كاذبة") == ["b:الأخبار كاذبة"])
        #expect(matched(bare, "وقال إن الأخبار باطلة") == ["b:الأخبار باطلة"])
        // a noun phrase (the false news): only the plain word takes its article
        #expect(matched(plain, "وحذر من بث الأخبار الكاذبة") == ["p:الأخبار الكاذبة"])
        #expect(matched(bare, "وحذر من بث الأخبار الكاذبة").isEmpty)
        // nor و ف ب ل ك glued to it
        #expect(matched(bare, "الأخبار وكاذبة").isEmpty)
        #expect(matched(bare, "الأخبار بباطلة").isEmpty)
        // the first word keeps the rule's clitic policy
        #expect(matched(bare, "فالأخبار كاذبة") == ["b:فالأخبار كاذبة"])
        // the same word bare and plain in two rules: each keeps its own edge
        #expect(matched(plain + bare, "الأخبار الكاذبة") == ["p:الأخبار الكاذبة"])
        #expect(matched(plain + bare, "الأخبار كاذبة") == ["p:الأخبار كاذبة", "b:الأخبار كاذبة"])
        // optional, and after a gap
        let more = [rule("o", .denial, ["هذه *1 [=مجرد] =أكاذيب"])]
        #expect(matched(more, "هذه الأنباء مجرد أكاذيب") == ["o:هذه الأنباء مجرد أكاذيب"])
        #expect(matched(more, "هذه الأنباء أكاذيب") == ["o:هذه الأنباء أكاذيب"])
        #expect(matched(more, "هذه الأنباء الأكاذيب").isEmpty)
    }

    @Test("a bare mark (=) is checked: a later whole word only")
    func bareWordsInvalid() throws {
        #expect(try PatternCompiler.compile("الأخبار =كاذبة|باطلة") == [[.word("الاخبار"), .bare("كاذبه")], [.word("الاخبار"), .bare("باطله")]])
        for bad in ["=قال إن", "[=قال] إن", "قال =*", "قال =ي*", "قال =", "قال ك=اذبة", "قال =ل", "قال =|أن"] {
            #expect(throws: PatternError.self, "\(bad)") { try PatternCompiler.compile(bad) }
        }
    }

    @Test("a match never crosses a comma, full stop or line break")
    func breaks() {
        let r = [rule("x", .anonymous, ["مصادر مطلعة"])]
        #expect(matched(r, "مصادر، مطلعة").isEmpty)
        #expect(matched(r, "مصادر\nمطلعة").isEmpty)
        #expect(matched(r, "مصادر مطلعة") == ["x:مصادر مطلعة"])
    }

    @Test("invalid patterns are rejected with a reason")
    func invalid() {
        #expect(throws: PatternError.self) { try PatternCompiler.compile("*2 قال") }
        #expect(throws: PatternError.self) { try PatternCompiler.compile("قال [أمس") }
        #expect(throws: PatternError.self) { try PatternCompiler.compile("قال *99 أن") }
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("the scalar class table says what the scalar predicates say, for every scalar it covers")
    func classTable() {
        for v in 0..<Tokenizer.classes.count {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            #expect(Tokenizer.classes[v] == Tokenizer.scalarClass(s), "U+\(String(v, radix: 16))")
        }
        let t = Tokenizer.tokenize(Array("قال، \"نعم\"\nثم".unicodeScalars))
        #expect(t.map(\.kind) == [.word, .punct, .punct, .word, .punct, .word])
        #expect(t.last?.afterBreak == true)  // a line break breaks, and is no token
    }

    @Test("a long text tokenized in pieces gives the tokens and readings of one pass")
    func pieces() {
        var generator = SystemRandomNumberGenerator()
        let parts = ["قال", "وبالمصادر", "للصحيفة", "،", ".", "\n", " ", "  ", "«", "»", "word", "123", "فسيقول", "؛"]
        for _ in 0..<20 {
            var text: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0..<400, using: &generator) { text += parts.randomElement(using: &generator)!.unicodeScalars }
            let whole = Tokenizer.tokenize(text, range: nil, chunk: Int.max)
            for chunk in [1, 5, 16, 64] {
                let cut = Tokenizer.tokenize(text, range: nil, chunk: chunk)
                #expect(cut.map { [$0.start, $0.end, $0.afterBreak ? 1 : 0, $0.kind == .word ? 1 : 0] }
                        == whole.map { [$0.start, $0.end, $0.afterBreak ? 1 : 0, $0.kind == .word ? 1 : 0] })
                #expect(cut.indices.map { Array(cut.forms($0)) } == whole.indices.map { Array(whole.forms($0)) })
                // counted before they are written: the arrays are allocated once at their size, not doubled as pieces are appended
                if text.count > chunk {
                    #expect(cut.wide.capacity - cut.wide.count < 4 && cut.forms.capacity - cut.forms.count < 4,
                            "tokens \(cut.wide.count) of \(cut.wide.capacity), readings \(cut.forms.count) of \(cut.forms.capacity)")
                }
            }
        }
        #expect(Tokenizer.tokenize([]).isEmpty)
    }

    @Test("white space is exactly Unicode's White_Space property, for every scalar")
    func whiteSpace() {
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if Tokenizer.isSpace(s) != s.properties.isWhitespace { Issue.record("U+\(String(v, radix: 16))") }
        }
    }

    @Test("every word of up to five letters drawn from the clitic letters: no more readings than letters, each keyed as its letters alone")
    func readingsOfEveryShortWord() {
        // و ف س ي ل ا ب ك start or follow every proclitic; ن is one letter that starts none
        let alphabet: [Unicode.Scalar] = ["\u{0648}", "\u{0641}", "\u{0633}", "\u{064A}", "\u{0644}", "\u{0627}", "\u{0628}", "\u{0643}", "\u{0646}"]
        var words: [[Unicode.Scalar]] = [[]]
        var checked = 0
        for _ in 1...5 {
            words = words.flatMap { w in alphabet.map { w + [$0] } }
            for w in words {
                let forms = Tokenizer.forms(of: w)
                if forms.count > w.count { Issue.record("\(String(String.UnicodeScalarView(w))): \(forms.count) readings") }
                for f in forms where f.key != Tokenizer.key((f.alef ? ["\u{0627}"] : []) + Array(w[f.start..<f.end])) {
                    Issue.record("\(String(String.UnicodeScalarView(w))): \(f.text(w))")
                }
                checked += 1
            }
        }
        #expect(checked == 9 + 81 + 729 + 6561 + 59049)
        // a word like وبال has the conjunction, preposition and article readings
        #expect(Tokenizer.forms(of: Array("وبالقول".unicodeScalars)).map { $0.text(Array("وبالقول".unicodeScalars)) }
                == ["وبالقول", "بالقول", "القول", "قول"])
    }

    @Test("each reading of a word is keyed as its letters are on their own (the keys patterns are looked up by)")
    func readingKeys() {
        for word in ["وبالتأكيد", "فسيقول", "للصحيفة", "والمصادر", "بالقول", "لل", "وال", "كما", "و", "سيتحدثون"] {
            let w = Array(word.unicodeScalars)
            let forms = Tokenizer.forms(of: w)
            #expect(!forms.isEmpty)
            for f in forms {
                let letters = (f.alef ? ["\u{0627}"] : []) + Array(w[f.start..<f.end])
                #expect(f.key == Tokenizer.key(letters), "\(word): \(f.text(w))")
                #expect(f.key == Tokenizer.key(f.text(w)))
            }
        }
    }
}

@Suite("Cue kinds")
struct CueKindsTests {
    @Test("each kind has its own bit, in declaration order, and a set iterates back to its kinds")
    func bits() {
        for (i, k) in CueKind.allCases.enumerated() { #expect(k.ordinal == i) }
        let s: CueKinds = [.report, .verb, .outletHead]
        #expect(Array(s) == [.report, .outletHead, .verb])
        #expect(s.contains(.verb) && !s.contains(.stop))
        #expect(s.intersects([.stop, .verb]) && !s.intersects([.stop]))
    }
}
