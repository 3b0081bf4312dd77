import Testing
@testable import IsnadRules
@testable import IsnadEngine
import IsnadText
import IsnadTestSupport

/// What a chunked audit must know about `regex:` rules (issue #26, item 3): they search the
/// folded text of the whole article, and a match that crosses a line end is dropped. Searching
/// line by line (or chunk by chunk, cut at line ends) is therefore equivalent only for
/// expressions that never run across a line: a whole-text match that crosses a line is
/// dropped *and* consumes the text it ran over, and `^` / `$` anchor at the article's ends.
@Suite("Regular expressions and line ends")
struct RegexLineTests {
    /// The ids and original words of every cue match of `text` under a pack of one hedge rule
    /// with `regex` (the whole front end: fold, segment, tokenize, match, drop).
    func matched(_ regex: String, _ text: String) throws -> [String] {
        let pack = try TestSupport.pack(["r.yml": "kind: hedge\nrules:\n  - id: hedge.re\n    regex: [\"\(regex)\"]\n"])
        let n = Normalizer.normalize(text)
        let a = ArticleText(text: n, matcher: try CueMatcher(rules: pack.rules), regexes: RegexCues(rules: pack.rules))
        return a.matches.flatMap { $0 }.map { pack.rules[$0.rule].id + ":" + n.originalText(n.originalSpan($0.start, $0.end)) }
    }

    @Test("an expression's opening literal: its leading letters, less one a quantifier makes optional; none after syntax or with a top-level alternation")
    func openingLiteral() {
        func lit(_ p: String) -> String { String(decoding: RegexCues.openingLiteral(p), as: UTF16.self) }
        #expect(lit("قد(?<=x)ت") == "قد")
        #expect(lit("زادت?") == "زاد")
        #expect(lit("(?:قد)ت") == "")
        #expect(lit("قد|ربما") == "")
        #expect(lit("قد(?:ت|ي)") == "قد")
        #expect(lit("[وف]?قال") == "")
    }

    @Test("an expression's leading literals: its opening literal, or each branch's of a leading alternation, with the clitics a match may open with before it; none for any other form")
    func leadingAlternation() {
        func leads(_ p: String) -> [String] { RegexCues.leads(p).map { String(decoding: $0.literal, as: UTF16.self) + "/\($0.back)" } }
        // the plain opening literal: as openingLiteral reads it, nothing before it
        #expect(leads("قد(?<=x)ت") == ["قد/0"] && leads("زادت?") == ["زاد/0"] && leads("قد(?:ت|ي)") == ["قد/0"])
        // an alternation of literals, nested groups, optional or single clitics and sets before a literal or a group
        #expect(leads("(?:تشير|تفيد)(?<=x)[ ]") == ["تشير/0", "تفيد/0"])
        #expect(leads("(?:[وف]?(?:تشير|تفيد)|[وف]?ب?حسب)[ ]") == ["تشير/1", "تفيد/1", "حسب/2"])
        #expect(leads("[وف]?قال") == ["قال/1"] && leads("و?ب?قال") == ["قال/2"] && leads("[وف]قال") == ["قال/1"])
        #expect(leads("(?:قالت?|ذكر)") == ["قال/0", "ذكر/0"])           // a branch's literal less its optional letter
        #expect(leads("(?:قال|و?قال)") == ["قال/1"])                    // one literal, its farthest start
        #expect(leads("(?:قال(?:ت|وا)|ذكر[^.]*)ت") == ["قال/0", "ذكر/0"]) // what follows a branch's literal is not read
        // must give up: a match need not open with any literal read
        for p in ["(?:قال|)ت", "(?:قال|\\.)", "(?:قال|ذكر)?ت", "(?:قال|ذكر)*", "(?:قال|ذكر){1,2}", "(قال|ذكر)", "(?i:قال|ذكر)",
                  "(?:(?<=x)قال|ذكر)", "(?:قال|ذكر)|ت", "[وف]*قال", "[وف]+قال", "[وف]{0,1}قال", "[وف]??قال", "و??قال", "و?+قال",
                  "[^وف]?قال", "[و-ي]?قال", "[\\p{L}]?قال", "[]وف]?قال", "[وف]?", "(?:قال|ذكر", "\\Q(?:\\Eقال", "(?:[وف]?|ب)قال",
                  "(?:قال|[وف]?)", ".قال", "(?=قال)قال"] {
            #expect(RegexCues.leads(p).isEmpty, "\(p)")
        }
    }

    @Test("an expression tried only where one of its leading literals occurs (or as many units before as its clitics take) finds what a search finds")
    func leadingAlternationEqualsSearch() throws {
        let texts = ["وتشير آخر الأرقام وبحسب آخر الأرقام", "فتشير تشير تفيدآخر", "وبحسبحسب آخر", "ووتشير آخر", "حسب آخر", "بتشير آخر وتفيد آخر",
                     "تشير تشير آخر", "وو وف ب بحسب آخر", "حسب 2 ب1 ب"]
        for e in ["(?:[وف]?(?:تشير|تفيد)|[وف]?ب?حسب)[ \\t]+اخر", "(?:[وف]?(?:تشير|تفيد)|[وف]?ب?حسب)(?<=(?:^|[^\\\\p{L}])(?:[وف]?(?:تشير|تفيد)|[وف]?ب?حسب))[ \\t]+اخر",
                  "[وف]?تشير[ ]", "(?:تشير|تفيد|تشير[ ]تشير)[ ]اخر", "(?:حسب|بحسب)[ ]", "(?:ب|حسب)[ ]?[0-9]*"] {
            for t in texts {
                // the control: the same expression behind a look-ahead (it opens with syntax: searched whole)
                #expect(try matched(e, t) == (try matched("(?=[\\\\s\\\\S])(?:\(e))", t)), "\(e) \(t)")
            }
        }
        #expect(try matched("(?:[وف]?(?:تشير|تفيد)|[وف]?ب?حسب)[ \\t]+اخر", "وتشير آخر الأرقام وبحسب آخر الأرقام") == ["hedge.re:وتشير آخر", "hedge.re:وبحسب آخر"])
    }

    @Test("every shipped expression opens with a literal (or a leading alternation of them): one opening with other syntax (a look-behind, a quantified group) is tried at every letter of every article (two such rules once took a quarter of the audit)")
    func shippedOpenWithLiterals() {
        for rule in Shipped.pack.rules {
            for p in rule.regexes {
                #expect(!RegexCues.leads(RegexSyntax.fold(p)).isEmpty, "\(rule.id): \(p)")
            }
        }
    }

    @Test("tried only where its literal occurs, an expression finds what a search finds: overlapping occurrences, a look-behind before the literal, the text's ends")
    func literalLedEqualsSearch() throws {
        // the same expression, once opening with its literal and once behind a group (searched whole)
        let texts = ["قد قد تكون.", "وقد تكون الأمور جيدة وقد تسوء", "قدقد تكون", "قد تكون"]
        for t in texts {
            #expect(try matched("قد(?<=(?:^|\\\\s)[و]?قد)\\\\s+ت\\\\p{L}+", t) == (try matched("(?:قد)(?<=(?:^|\\\\s)[و]?قد)\\\\s+ت\\\\p{L}+", t)), "\(t)")
        }
        #expect(try matched("قد(?<=(?:^|\\\\s)[و]?قد)\\\\s+ت\\\\p{L}+", "وقد تكون الأمور جيدة وقد تسوء").count == 2)
    }

    @Test("the letters a match must hold after its opening literal (top-level runs of three units or more), and the set of the character right after it")
    func requiredLettersAndNextCharacter() {
        func req(_ p: String) -> [String] { RegexCues.requiredLiterals(p).map { String(decoding: $0, as: UTF16.self) } }
        func after(_ p: String) -> String { String(decoding: RegexCues.unitsAfterOpening(p), as: UTF16.self) }
        #expect(req("حوار(?<=x)(?:ا|ه)?[^.]{0,60}?مع[^.]{0,60}فيما يلي نص[^\\s:]*") == ["فيما يلي نص"])
        #expect(req("قد(?=ت)ت\\p{L}+") == [])              // one letter: no test
        #expect(req("قال(?:ت)?ذلك الامر?") == ["ذلك الام"])  // less the letter a quantifier makes optional
        #expect(req("قال[^.]*(?:وذكر|واضاف)") == [])        // inside a group: not required
        #expect(req("قال|ذكر") == [] && req("قال(?i)ذكرت") == [] && req("قال\\u0627لامر") == [])
        #expect(after("قد(?<=(?:^|[^\\p{L}])و?قد)[ \\t]{1,3}(?=ت)ت") == " \t")
        #expect(after("غير(?<=x)(?<!y)[ \\t](?:صحيح)") == " \t")
        #expect(after("قد[ \\t]?ت") == "" && after("قد[^ ]ت") == "" && after("قد[ا-ي]") == "" && after("قد(?:ت)") == "" && after("(?:قد)[ ]") == "")
        #expect(after("زادت?[ ]") == "")                  // the literal less its optional letter: a letter follows, not the set
    }

    @Test("an expression tried only where its required letters and next character allow finds what a search finds")
    func requiredLettersEqualSearch() throws {
        let texts = ["حوار مع الوزير فيما يلي نصه", "فيما يلي نصه: حوار مع الوزير", "حوار مع الوزير", "حوار مع الوزير. حوار معه فيما يلي نص",
                     "قد تكون وقدتكون قدم قد\tتسوء", "قد", "فيما يلي نص حوار"]
        for (lead, search) in [("حوار[^.]{0,30}?مع[^.]{0,30}فيما يلي نص\\\\p{L}*", "(?:حوار)[^.]{0,30}?مع[^.]{0,30}فيما يلي نص\\\\p{L}*"),
                               ("قد(?<=(?:^|\\\\s)قد)[ \\t]{1,3}ت\\\\p{L}+", "(?:قد)(?<=(?:^|\\\\s)قد)[ \\t]{1,3}ت\\\\p{L}+")] {
            for t in texts { #expect(try matched(lead, t) == (try matched(search, t)), "\(lead) \(t)") }
        }
        #expect(try matched("حوار[^.]{0,30}?مع[^.]{0,30}فيما يلي نص\\\\p{L}*", "حوار مع الوزير. حوار معه فيما يلي نص").count == 1)
        #expect(try matched("قد(?<=(?:^|\\\\s)قد)[ \\t]{1,3}ت\\\\p{L}+", "قد تكون وقدتكون قدم قد\tتسوء").count == 2)
    }

    @Test("syntax the readers do not follow finds what a search finds: a set that opens with `]`, a bare `[:L:]`, a range from an escape, quoted text, in a look-around or not")
    func unreadSyntaxEqualsSearch() throws {
        // (expression, a text ICU finds a match in); the control is the expression in a group (searched whole)
        let cases = [("قال[]ذلك الامر]", "قالذ ثم مضى"), ("قال[^]ذلك الامر]ت", "قالتت"),     // `]` first in a set: a member
                     ("قال[:L:]", "قالت"),                                                // a bare property, not {:, L}
                     ("قال[\\\\t-ب]ب", "قال ب"),                                      // a range from an escape
                     ("قال(?![])[ ]])ت", "قالت"), ("قال(?=\\\\Q)[x]\\\\E).", "قال)[x]"), // look-arounds holding them
                     ("قال\\\\Q[\\\\E|ذكر", "ذكر")]                                 // quoted `[`: the alternation is top-level
        for (e, t) in cases {
            let found = try matched(e, t)
            #expect(!found.isEmpty, "\(e) \(t)")
            #expect(found == (try matched("(?:\(e))", t)), "\(e) \(t)")
        }
        func req(_ p: String) -> [[UInt16]] { RegexCues.requiredLiterals(p) }
        func after(_ p: String) -> [UInt16] { RegexCues.unitsAfterOpening(p) }
        #expect(req("قال[]ذلك الامر]") == [] && req("قال[^]ذلك الامر]ت") == [] && req("قال\\Qذلك الامر\\E") == [])
        #expect(after("قال[:L:]") == [] && after("قال[\\t-ب]ب") == [] && after("قال(?![])[ ]])ت") == [] && after("قال(?=\\Q)[x]\\E).") == [])
        #expect(RegexCues.openingLiteral("قال\\Q[\\E|ذكر") == [])
        #expect(after("قال[\\t-]") == [0x09, 0x2D])  // `-` last: a member, not a range
    }

    @Test("a pack whose literals open with hundreds of distinct characters (more than a byte counts) is built and searched; literals whose first pairs share a key are told apart")
    func manyOpeningCharacters() throws {
        // 300 rules, each opening with its own ideograph (alphabetic: an opening literal)
        let letters = (0..<300).map { String(Character(Unicode.Scalar(0x4E00 + $0)!)) }
        let yaml = "kind: hedge\nrules:\n" + letters.enumerated().map { "  - id: hedge.r\($0.offset)\n    regex: [\"\($0.element)قال\"]\n" }.joined()
        let pack = try TestSupport.pack(["r.yml": yaml])
        let cues = RegexCues(rules: pack.rules)
        // 300 literals on 256 keys of their first pair (the ideograph's low byte): r0 shares r256's, r299 r43's
        #expect(cues.literals.words.count == 300 && Set(cues.literals.words.map { RegexCues.Literals.pairKey($0[0], $0[1]) }).count == 256)
        let n = Normalizer.normalize("قال " + letters[0] + "قال و" + letters[299] + "قال")
        let a = ArticleText(text: n, matcher: try CueMatcher(rules: pack.rules), regexes: cues)
        #expect(a.matches.flatMap { $0 }.map { pack.rules[$0.rule].id } == ["hedge.r0", "hedge.r299"])
    }

    @Test("a regular expression's match that crosses a line end is dropped; the same words on one line match")
    func crossLineMatchDropped() throws {
        #expect(try matched("ربما\\\\s+يكون", "قال إنه ربما يكون هناك.") == ["hedge.re:ربما يكون"])
        #expect(try matched("ربما\\\\s+يكون", "قال إنه ربما\nيكون هناك.").isEmpty)
        // a blank line between (two paragraphs): dropped as well
        #expect(try matched("ربما\\\\s+يكون", "قال إنه ربما\n\nيكون هناك.").isEmpty)
    }

    @Test("scalars outside the Basic Multilingual Plane before a match (two UTF-16 units each): the match's words and span are still its own")
    func surrogatePairsBeforeMatch() throws {
        #expect(try matched("ربما\\\\s+يكون", "😀 قال 𝒜𝒜 إنه ربما يكون هناك.") == ["hedge.re:ربما يكون"])
        #expect(try matched("ربما\\\\s+يكون", "قال إنه ربما يكون 😀 هناك. ثم 🙂🙂 ربما يكون.") == ["hedge.re:ربما يكون", "hedge.re:ربما يكون"])
        // a match holding such a scalar: its end falls after the pair
        #expect(try matched("ربما\\\\s+😀", "𝒜 قال ربما 😀 نعم.") == ["hedge.re:ربما 😀"])
        // the match's span, not only its text: its first word is the word token after the pairs
        let pack = try TestSupport.pack(["r.yml": "kind: hedge\nrules:\n  - id: hedge.re\n    regex: [\"يكون\"]\n"])
        let n = Normalizer.normalize("𝒜𝒜 . ربما يكون")
        let a = ArticleText(text: n, matcher: try CueMatcher(rules: pack.rules), regexes: RegexCues(rules: pack.rules))
        let m = try #require(a.matches.flatMap { $0 }.first)
        #expect(Array(a.tokens.letters(m.firstToken)) == Array("يكون".unicodeScalars) && m.nextToken == m.firstToken + 1)
    }

    @Test("the folded text's UTF-16 maps every unit back to the scalar a table made unit by unit gives, held as an array or compact")
    func utf16Offsets() {
        let text = "أ😀ب 𝒜𝒜 «ج» 🙂"
        for n in [Normalizer.normalize(text), Normalizer.normalize(scalars: Array(text.unicodeScalars), compactAbove: 0)] {
            var table: [Int] = []
            var units: [UInt16] = []
            for i in 0..<n.foldedCount { UTF16.encode(n.foldedScalar(i)) { units.append($0); table.append(i) } }
            table.append(n.foldedCount)
            let u = FoldedUTF16(n)
            #expect(u.units == units)
            let outside = (0..<n.foldedCount).filter { n.foldedScalar($0).value > 0xFFFF }.count
            #expect(outside >= 2 && u.pairs.count == outside && units.count == n.foldedCount + outside)
            #expect((0...units.count).map { u.scalarOffset(ofUTF16: $0) } == table)
        }
    }

    @Test("a dropped cross-line match hides the match a search of its first line alone would find")
    func crossLineMatchConsumesText() throws {
        // searched on its own, the first line gives «ربما»; over the whole text the match runs
        // on to the next line's full stop, is dropped, and nothing is found
        #expect(try matched("ربما[^.]*", "ربما") == ["hedge.re:ربما"])
        #expect(try matched("ربما[^.]*", "ربما\nقد يأتي.").isEmpty)
    }

    @Test("a match that runs over more than 65,534 tokens (a cue match's farthest stored distance) crosses units and is dropped by its ends alone")
    func farMatchDropped() throws {
        let words = Array(repeating: "ق", count: 70_000).joined(separator: " ")
        // across a line end, and on one line (cut into units of at most `Segmenter.maxUnitScalars`)
        #expect(try matched("ربما[^.]*", "ربما\n" + words + ".").isEmpty)
        #expect(try matched("ربما[^.]*", "ربما " + words + ".").isEmpty)
        #expect(try matched("ربما[^.]*", "ربما ق ق.\n" + words + ".") == ["hedge.re:ربما ق ق"])
    }

    @Test("a kept word match whose next word lies beyond more than 65,534 punctuation tokens is kept, the segment's end standing for that word")
    func farNextWordKept() throws {
        let pack = try TestSupport.pack(["r.yml": "kind: hedge\nrules:\n  - id: hedge.word\n    patterns: [\"ربما\"]\n"])
        for tail in ["", " كلمة"] {
            let n = Normalizer.normalize("قال ربما" + String(repeating: "!", count: 70_000) + tail)
            let a = ArticleText(text: n, matcher: try CueMatcher(rules: pack.rules), regexes: RegexCues(rules: pack.rules))
            let kept = a.matches.flatMap { $0 }
            #expect(kept.count == 1)
            if let m = kept.first {
                #expect(n.originalText(n.originalSpan(m.start, m.end)) == "ربما")
                #expect(!m.hasFarNextToken && m.nextToken > m.firstToken && m.nextToken <= a.tokens.count)
            }
        }
    }

    @Test("^ anchors at the article's start, not at each line's")
    func anchorIsTheArticlesStart() throws {
        #expect(try matched("^ربما", "ربما جاء.") == ["hedge.re:ربما"])
        #expect(try matched("^ربما", "جاء أمس.\nربما جاء.").isEmpty)
    }
}
