import Foundation
import PropertyBased
import Testing
@testable import Isnad
@testable import IsnadEngine
@testable import IsnadModel
import IsnadText
import IsnadTestSupport

/// Issue #26, item 3: what a long article holds while it is audited — the offset map stored
/// as runs, readings of 16 bytes, lists kept at their size — with the same values as before.
@Suite("Storage of a long article")
struct StorageTests {
    /// The offset map of `scalars` as a flat list, folding each scalar by itself (the reference).
    static func flatMap(_ scalars: [Unicode.Scalar]) -> [UInt32] {
        var out: [UInt32] = []
        var skip = 0
        for (i, c) in scalars.enumerated() {
            if skip > 0 { skip -= 1; continue }
            // an HTML reference folds as its character, mapped to its "&"
            if let r = HTMLEntities.reference(at: i, count: scalars.count, { scalars[$0] }) {
                skip = r.length - 1
                if Normalizer.fold(r.scalar) != nil { out.append(UInt32(i)) }
            } else if Arabic.isPresentationForm(c) {
                for part in String(c).decomposedStringWithCompatibilityMapping.unicodeScalars where Normalizer.fold(part) != nil { out.append(UInt32(i)) }
            } else if Normalizer.fold(c) != nil { out.append(UInt32(i)) }
        }
        return out
    }

    /// Every entry of `map`, and where every original offset falls, against the flat list.
    static func expectSame(_ map: OffsetMap, _ flat: [UInt32], _ originalCount: Int) {
        #expect(map.count == flat.count)
        #expect(Array(map) == flat)
        for i in 0...(originalCount + 1) {
            let expected = flat.firstIndex { $0 >= UInt32(i) } ?? flat.count
            #expect(map.firstFolded(atOrAfter: i) == expected, "offset \(i)")
        }
    }

    #if canImport(Glibc)
    @Test("glibc's allocator takes the fixed size from which it maps a block of its own (returned when freed)")
    func largeBlocksReturned() {
        #expect(AddressSpace.returnLargeBlocks())
    }

    @Test("glibc's allocator takes the call that gives the heap's free pages back (mem32), and the blocks still held among them read as they were, new ones too")
    func heapTrimmed() {
        // many small lists (under the mapped size: carved from the heap), every other one freed
        var lists = (0..<4_000).map { i in [Int](repeating: i, count: 200 + i % 50) }
        for i in lists.indices where i % 2 == 0 { lists[i] = [] }
        #expect(AddressSpace.trimHeap())
        #expect(lists.indices.allSatisfy { i in i % 2 == 0 ? lists[i].isEmpty : lists[i].count == 200 + i % 50 && lists[i].allSatisfy { $0 == i } })
        for i in lists.indices where i % 2 == 0 { lists[i] = [Int](repeating: -i, count: 300) }
        #expect(lists.indices.allSatisfy { i in lists[i].allSatisfy { $0 == (i % 2 == 0 ? -i : i) } })
    }
    #endif

    @Test("the offset map stored as runs gives every entry of the flat map, and where every original offset falls")
    func offsetMapEntries() async {
        let cases: [String] = ["", "ب", "قال", "وَقَالَ الوزيرُ", "ـــ", "\u{200F}\u{200F}", "ﻻ ﺍﻟﻮﺯﻳﺮ", "ﻻﻻ", "قتل 43 مدنياً\n", "a\u{064E}\u{064E}b", "\u{064E}ب"]
        for text in cases {
            let scalars = Normalizer.scalars(of: text)
            Self.expectSame(Normalizer.normalize(scalars: scalars).origin, Self.flatMap(scalars), scalars.count)
        }
        await propertyCheck(count: 200, input: PropertyTests.article) { text in
            let scalars = Normalizer.scalars(of: text)
            Self.expectSame(Normalizer.normalize(scalars: scalars).origin, Self.flatMap(scalars), scalars.count)
        }
    }

    @Test("a map built from a list of entries is that list; equal lists give equal maps")
    func offsetMapFromEntries() {
        let entries: [UInt32] = [0, 1, 2, 4, 5, 5, 5, 6, 9, 10]
        let map = OffsetMap(entries)
        #expect(Array(map) == entries)
        #expect(map.runCount == 5)  // 0-2, 4-5, 5, 5-6, 9-10
        #expect(map == OffsetMap(entries) && map != OffsetMap(entries.dropLast()))
        #expect(OffsetMap([UInt32]()).isEmpty && OffsetMap([UInt32]()).firstFolded(atOrAfter: 0) == 0)
    }

    @Test("the offset map of a news article takes a small part of the 4 bytes a scalar a flat map took")
    func offsetMapSize() throws {
        var checked = 0
        for (path, _) in TestSupport.goldArticles().prefix(40) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let n = Normalizer.normalize(text)
            guard n.scalars.count > 2000 else { continue }
            // 8 bytes a run, against 4 bytes a folded scalar: at most a tenth of the flat map
            #expect(n.origin.runCount * 8 * 10 <= n.scalars.count * 4, "\(path): \(n.origin.runCount) runs for \(n.scalars.count) scalars")
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test("a reading takes 16 bytes and a token 12: a long article holds millions of each")
    func readingSize() {
        #expect(MemoryLayout<TokenForm>.stride == 16)
        #expect(MemoryLayout<Token>.stride == 12)
        // the key, stored in two halves, reads back whole
        let letters = Normalizer.foldedScalars("الوزير")
        var form = TokenForm(letters, 0..<letters.count, clitics: .none)
        #expect(form.key == Tokenizer.key(letters) && form.start == 0 && form.end == letters.count)
        form.key = 0xDEAD_BEEF_0123_4567
        #expect(form.key == 0xDEAD_BEEF_0123_4567)
    }

    @Test("a reading's packed fields read back as written: each proclitic state, with and without the ا, offsets up to Int32.max")
    func readingFieldsPacked() {
        let states: [(TokenForm.Clitics, Bool)] = [(.none, false), (.conjunction, false), (.any, false), (.any, true)]
        let ranges = [0..<0, 0..<1, 7..<12, 1_000_000..<1_000_004, Int(Int32.max) - 3..<Int(Int32.max), Int(Int32.max)..<Int(Int32.max)]
        for (clitics, alef) in states {
            for r in ranges {
                let key: UInt64 = 0xFFFF_FFFF_FFFF_FFFF ^ UInt64(r.lowerBound)
                let f = TokenForm(key: key, r, alef: alef, clitics: clitics)
                #expect(f.start == r.lowerBound && f.end == r.upperBound && f.clitics == clitics && f.alef == alef && f.key == key,
                        "\(clitics) \(alef) \(r)")
                #expect(f.count == r.count + (alef ? 1 : 0))
            }
        }
        // the tokenizer's readings: every one ends where its word ends, and what it drops at the
        // front (its start less the word's) is one of the proclitics it names
        let text = Normalizer.foldedScalars("وللوزير فسيقول بالبيت والكتاب وبالمدينة لل كتب")
        let tokens = Tokenizer.tokenize(text)
        var alefForms = 0, dropped = 0
        for i in tokens.indices where tokens[i].kind == .word {
            for f in tokens.forms(i) {
                #expect(f.end == tokens[i].end && f.start >= tokens[i].start && f.start - tokens[i].start <= 4)
                #expect(f.start > tokens[i].start || f.clitics == .none)
                #expect(!f.alef || f.clitics == .any)
                if f.alef { alefForms += 1 }
                if f.start > tokens[i].start { dropped += 1 }
            }
        }
        #expect(alefForms >= 1 && dropped >= 8)
    }

    @Test("a token's packed fields read back as written: any scalar first (astral ones too), up to five readings, kind, break and the offset of its readings apart")
    func tokenFieldsPacked() {
        let firsts: [Unicode.Scalar] = ["a", "\u{0627}", "\u{FFFD}", "\u{1F600}", "\u{10FFFF}", "\u{0}"]
        for first in firsts {
            for count in 0...5 {
                for kind in [Token.Kind.word, .punct] {
                    for afterBreak in [false, true] {
                        for offset in [0, 1, 35, 49, 63] {
                            var t = Token(kind: kind, start: 7, end: 2_000_000_000, first: first, afterBreak: afterBreak, formOffset: offset, formCount: Int32(count))
                            #expect(t.first == first && Int(t.formCount) == count && t.kind == kind && t.afterBreak == afterBreak)
                            #expect(t.start == 7 && t.end == 2_000_000_000 && t.formOffset == offset)
                            #expect(t.starts(with: first) && !t.is(first))
                            t.afterBreak.toggle(); t.kind = kind == .word ? .punct : .word; t.first = "\u{0644}"
                            #expect(t.afterBreak != afterBreak && t.kind != kind && t.first == "\u{0644}" && Int(t.formCount) == count)
                            #expect(t.formOffset == offset)
                            // the offset written again (a text tokenized without its readings) leaves the rest as it was
                            t.formOffset = 63 - offset
                            #expect(t.formOffset == 63 - offset && t.first == "\u{0644}" && Int(t.formCount) == count && t.afterBreak != afterBreak && t.end == 2_000_000_000)
                        }
                    }
                }
            }
        }
        // the tokenizer's tokens, against the text they were read from
        let letters = Normalizer.foldedScalars("وقال الوزير: «لن نتراجع» 😀 والسلام!")
        let tokens = Tokenizer.tokenize(letters)
        for i in tokens.indices {
            #expect(tokens[i].first == letters[tokens[i].start])
            #expect(tokens.forms(i).count == (tokens[i].kind == .word ? Tokenizer.forms(of: Array(tokens.letters(i))).count : 0))
        }
        #expect(tokens.contains { $0.afterBreak } && tokens.contains { $0.kind == .punct })
    }

    @Test("a cue match takes 20 bytes: its rule from -1 to 65,534 and the tokens after its first up to 65,533 read back as written, in the same order; a farther gap is still a gap")
    func cueMatchSize() {
        #expect(MemoryLayout<CueMatch>.stride == 20)
        let none = CueMatch(rule: 835, start: 1_000_000, end: 1_000_009, firstToken: 2_000_000_000, nextToken: 2_000_000_003)
        #expect(none.rule == 835 && none.start == 1_000_000 && none.end == 1_000_009 && none.firstToken == 2_000_000_000 && none.nextToken == 2_000_000_003)
        #expect(none.gapToken == nil && none.gapEnd == nil)
        for (gap, end) in [(0, 0), (1, 4), (3, 3), (12, 40_000), (65_532, 65_532)] {
            let m = CueMatch(rule: -1, start: 5, end: 90, firstToken: 1_000, nextToken: 1_000 + end + 1, gapToken: 1_000 + gap, gapEnd: 1_000 + end)
            #expect(m.gapToken == 1_000 + gap && m.gapEnd == 1_000 + end && m.rule == -1 && m.nextToken == 1_000 + end + 1)
        }
        // a rule's index at both ends, and the order by start, end, then rule
        let rules = [-1, 0, 1, 835, 65_533, 65_534]
        let ms = rules.map { CueMatch(rule: $0, start: 3, end: 8, firstToken: 7, nextToken: 7) }
        #expect(ms.map(\.rule) == rules && ms.allSatisfy { $0.nextToken == 7 })
        for i in ms.indices { for j in ms.indices { #expect(CueMatch.precedes(ms[i], ms[j]) == (i < j)) } }
        var moved = ms[3]
        moved.rule = 65_534; moved.nextToken = 7 + 65_533
        #expect(moved.rule == 65_534 && moved.nextToken == 7 + 65_533 && moved == CueMatch(rule: 65_534, start: 3, end: 8, firstToken: 7, nextToken: 7 + 65_533))
        #expect(CueMatch.precedes(ms[5], CueMatch(rule: -1, start: 3, end: 9, firstToken: 7, nextToken: 7)))
        // only a match that crosses segments (dropped with them) has a gap, or a token after it,
        // this far from its first word
        let far = CueMatch(rule: 1, start: 0, end: 9, firstToken: 7, nextToken: 200_000, gapToken: 7 + 65_534, gapEnd: 7 + 150_000)
        #expect(far.gapToken != nil && far.gapEnd != nil && far.rule == 1 && far.start == 0 && far.end == 9 && far.firstToken == 7)
    }

    static let readingSentence = "وبالمدينة وللوزير، فسيقول: «والكتاب» لل كتب. "
    /// Words of many readings (وبال... has five) with punctuation between: texts of every length
    /// around a group of 8 tokens (`first`...20 times 9 scalars), and one longer than a tokenizer
    /// piece (read in pieces first).
    /// The first token whose fields (offsets, first letter, kind, break, forms' place) differ
    /// between two tokenizations of the same text, of the same count; nil when none. Tokens
    /// whose readings are not held keep no offset of their readings (`PackedToken`): with
    /// `offsets` false, that field is not compared.
    static func firstDifferingToken(_ x: Tokens, _ y: Tokens, offsets: Bool = true) -> Int? {
        x.indices.first { i in
            let a = x[i], b = y[i]
            return a.start != b.start || a.end != b.end || a.first != b.first || a.kind != b.kind || a.afterBreak != b.afterBreak
                || a.formCount != b.formCount || (offsets && a.formOffset != b.formOffset)
        }
    }

    static func readingTexts(from first: Int) -> [String] {
        let sentence = readingSentence
        let long = Array(String(repeating: sentence, count: 5).unicodeScalars)
        var texts = (first...20).map { String(String.UnicodeScalarView(long.prefix($0 * 9))) }
        texts.append(String(repeating: sentence, count: Tokenizer.chunk / sentence.unicodeScalars.count + 3))
        return texts
    }

    @Test("each token's readings are found from its group's first (one Int32 for 8 tokens): in order, back to back, for any text length and in one pass or staged")
    func readingRanges() {
        for text in Self.readingTexts(from: 1) {
            let letters = Normalizer.foldedScalars(text)
            for tokens in [Tokenizer.tokenize(letters), Tokenizer.tokenize(letters, range: nil, chunk: 64)] {
                #expect(tokens.formBases.count == (tokens.count + 7) / 8)
                var next = 0
                for i in tokens.indices {
                    let r = tokens.formRange(i)
                    #expect(r.lowerBound == next && r.count == (tokens[i].kind == .word ? Tokenizer.forms(of: Array(tokens.letters(i))).count : 0))
                    #expect(tokens[i].formOffset <= 49)
                    next = r.upperBound
                }
                #expect(next == tokens.forms.count)
            }
        }
    }

    @Test("tokens made without their readings are those made with them, field for field; each word's readings are made again when asked, and a range's for the matcher, with the same values")
    func tokensWithoutReadings() {
        for text in Self.readingTexts(from: 0) {
            let letters = Normalizer.foldedScalars(text)
            let held = Tokenizer.tokenize(letters)
            #expect(held.readingsHeld)
            for chunk in [1, 7, 64, Tokenizer.chunk] {
                let bare = Tokenizer.tokenizeWithoutReadings(letters, chunk: chunk)
                #expect(!bare.readingsHeld && bare.forms.isEmpty && bare.formBases.isEmpty)
                #expect(bare.count == held.count, "chunk \(chunk)")
                guard bare.count == held.count else { continue }
                let differing = Self.firstDifferingToken(held, bare, offsets: false)
                #expect(differing == nil, "chunk \(chunk): token \(differing ?? -1)")
                // (each word's readings made again are as many as its stored count)
                #expect(bare.indices.allSatisfy { bare.forms($0).count == Int(bare[$0].formCount) })
                #expect(held.indices.allSatisfy { Array(bare.forms($0)) == Array(held.forms($0)) })
            }
            // the matcher's views: the readings of every token of a range, from any first token
            let bare = Tokenizer.tokenize(letters, holdingReadings: false)
            #expect(!bare.readingsHeld)
            let n = held.count
            let bounds = [(0, n), (n / 3, n), (n / 3 + 1, n - n / 5), (n / 2, n / 2 + 1), (n, n)]
            for range in bounds.filter({ $0.0 <= $0.1 && $0.1 <= n }).map({ $0.0..<$0.1 }) {
                let made: [[TokenForm]] = bare.withViews(readingsOf: range) { toks, readings, _ in range.map { Array(readings[$0, toks[$0]]) } }
                let kept: [[TokenForm]] = held.withViews { toks, readings, _ in range.map { Array(readings[$0, toks[$0]]) } }
                #expect(made == kept, "tokens \(range)")
                // the view's tokens, unpacked for the range, with their readings' offsets
                let viewed: [[Int]] = bare.withViews(readingsOf: range) { toks, _, _ in range.map { [toks[$0].start, toks[$0].end, toks[$0].formOffset, Int(toks[$0].formCount)] } }
                #expect(viewed == range.map { [held[$0].start, held[$0].end, held[$0].formOffset, Int(held[$0].formCount)] }, "tokens \(range)")
                // the view ends with the range: a read past it fails the view's debug assert
                #expect(bare.withViews(readingsOf: range) { toks, _, _ in toks.count } == range.upperBound, "tokens \(range)")
            }
        }
        // a long article's tokens in `ArticleText` hold no readings, an ordinary one's do
        let matcher = try! CueMatcher(rules: [])
        let sentence = Self.readingSentence
        let short = ArticleText(text: Normalizer.normalize(sentence), matcher: matcher)
        let longText = ArticleText(text: Normalizer.normalize(sentence), matcher: matcher, chunkTokens: 4)
        #expect(short.tokens.readingsHeld && !longText.tokens.readingsHeld)
        #expect(short.tokens.indices.allSatisfy { Array(short.tokens.forms($0)) == Array(longText.tokens.forms($0)) })
    }

    @Test("a token whose readings are not held takes 8 bytes; one of 63 scalars or more keeps its end aside, read back as written")
    func packedTokens() {
        #expect(MemoryLayout<PackedToken>.stride == 8)
        for n in [1, 61, 62, 63, 64, 65, 126, 500, 70_000] {
            let word = String(repeating: "ب", count: n)
            let text = "قال \(word)، و\(word)x \(String(repeating: "9", count: n)) (\(word)) ك"
            let letters = Normalizer.foldedScalars(text)
            let held = Tokenizer.tokenize(letters)
            for chunk in [1, 64, Tokenizer.chunk] {
                let bare = Tokenizer.tokenizeWithoutReadings(letters, chunk: chunk)
                #expect(bare.count == held.count, "length \(n), chunk \(chunk)")
                guard bare.count == held.count else { continue }
                let differing = Self.firstDifferingToken(held, bare, offsets: false)
                #expect(differing == nil, "length \(n), chunk \(chunk): token \(differing ?? -1)")
                #expect(bare.indices.allSatisfy { Array(bare.letters($0)) == Array(held.letters($0)) })
            }
        }
    }

    @Test("a segment takes 36 bytes, its fields read back as written (an absent cut length too)")
    func segmentFieldsPacked() {
        #expect(MemoryLayout<Segment>.stride == 36)
        var s = Segment(span: TextSpan(5, 2_000_000_000), folded: 3..<1_999_999_999, lineIndex: 41, wholeLine: true, terminated: false, line: 42, column: 9)
        #expect(s.span == TextSpan(5, 2_000_000_000) && s.folded == 3..<1_999_999_999 && s.lineIndex == 41 && s.line == 42 && s.column == 9)
        #expect(s.wholeLine && !s.terminated && !s.dateline && s.cutFrom == nil)
        s.cutFrom = 0
        #expect(s.cutFrom == 0)
        s.cutFrom = 70_000; s.dateline = true; s.folded = 0..<1
        #expect(s.cutFrom == 70_000 && s.dateline && s.folded == 0..<1 && s.span == TextSpan(5, 2_000_000_000))
        s.cutFrom = nil
        #expect(s.cutFrom == nil)
    }

    @Test("a unit takes 104 bytes: its fields read back as written (offsets up to Int32.max, a score of 0 or none); the fields most units leave empty (a claim's why, rule and proposals among them) take no storage until one is set to something")
    func unitFieldsPacked() {
        #expect(MemoryLayout<AuditedUnit>.stride == 104)
        var u = AuditedUnit(index: 7, kind: .claim, span: TextSpan(5, Int(Int32.max)), line: 2_000_000_000, column: 3, sources: [], flags: [], evidence: [])
        #expect(u.index == 7 && u.kind == .claim && u.span == TextSpan(5, Int(Int32.max)) && u.line == 2_000_000_000 && u.column == 3)
        #expect(u.label == nil && u.score == nil && u.why == nil && u.rule == nil && u.proposals.isEmpty && !u.failing && !u.baselined)
        u.score = 0
        #expect(u.score == 0)
        u.score = 87.5; u.failing = true; u.label = .anonymous; u.span.end = 9
        #expect(u.score == 87.5 && u.failing && !u.baselined && u.label == .anonymous && u.span == TextSpan(5, 9))
        u.score = nil
        #expect(u.score == nil && u.failing)
        // set to their empty values, the rare fields make no storage
        u.verified = nil; u.contests = []; u.contestedBy = []; u.contestMatch = nil; u.anonymityCues = []
        u.why = nil; u.rule = nil; u.proposals = []
        #expect(u.rare.isEmpty && u.why == nil && u.rule == nil && u.proposals.isEmpty && u.verified == nil && u.contests.isEmpty && u.contestedBy.isEmpty && u.contestMatch == nil && u.anonymityCues.isEmpty)
        // each read back as written, the others left empty
        u.contestedBy.append(4)
        u.contestedBy.append(2)
        u.contestedBy.sort()
        #expect(u.rare.count == 1 && u.contestedBy == [2, 4] && u.contests.isEmpty && u.verified == nil && u.contestMatch == nil)
        u.contestMatch = ContestMatch(candidate: 3, score: 0.5, threshold: 0.3, shared: ["قال"])
        u.contestMatch?.headlineOf = 1
        #expect(u.contestMatch == ContestMatch(candidate: 3, score: 0.5, threshold: 0.3, shared: ["قال"], headlineOf: 1))
        u.verified = "checked"; u.contests = [9]
        u.anonymityCues = [AnonymityCue(flag: .reasonGiven, rule: "r", text: "t", unit: 7)]
        #expect(u.verified == "checked" && u.contests == [9] && u.contestedBy == [2, 4] && u.anonymityCues.count == 1)
        // a claim's why, rule and proposals (mem28: kept with the rare fields)
        u.why = Reason("chosen"); u.rule = "r.one"; u.proposals.append(Reason("first")); u.proposals.append(Reason("second"))
        #expect(u.why == Reason("chosen") && u.rule == "r.one" && u.proposals == [Reason("first"), Reason("second")] && u.contests == [9])
        // a copy is a value: setting its fields leaves the first as it was
        var v = u
        v.contests = []; v.verified = nil; v.contestedBy.append(5); v.proposals.removeFirst(); v.rule = nil
        #expect(u.contests == [9] && u.verified == "checked" && u.contestedBy == [2, 4] && u.proposals.count == 2 && u.rule == "r.one")
        #expect(v.contests.isEmpty && v.verified == nil && v.contestedBy == [2, 4, 5] && v.proposals == [Reason("second")] && v.rule == nil && v.why == Reason("chosen"))
    }

    @Test("the readings are released once the article is labelled: the tokens and their letters stay, and the standards link and flag the same without them")
    func readingsReleased() throws {
        let text = String(repeating: "وقال المسؤول، الذي طلب عدم ذكر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، إن الوزارة رفعت أسعار الوقود.\n\n"
                          + "ونفت الوزارة في بيان أنها رفعت أسعار الوقود، وقالت إن الأسعار لم تتغير.\n\n", count: 6)
        // the shipped pack: its anonymity reasons and denials
        let auditor = try Auditor(pack: ShippedAnonymityTests.pack, policy: FailurePolicy(labels: []))
        let article = ArticleText(text: Normalizer.normalize(text), matcher: auditor.matcher)
        var released = article
        released.releaseReadings()
        #expect(!article.tokens.forms.isEmpty && released.tokens.forms.isEmpty)
        #expect(released.tokens.count == article.tokens.count)
        #expect(released.tokens.indices.allSatisfy { released.tokens.letters($0) == article.tokens.letters($0) && released.tokens[$0].kind == article.tokens[$0].kind })
        let audit = auditor.audit(test: text)
        #expect(audit.units.contains { !$0.contestedBy.isEmpty } && audit.units.contains { $0.flags.contains(.reasonGiven) }, "the text has a contest and a reason")
        let standards = Standards(rules: auditor.pack.rules, ownOutletRules: [])
        func cleared() -> [AuditedUnit] {
            audit.units.map { var u = $0; u.contests = []; u.contestedBy = []; u.flags.removeAll { [.reasonGiven, .basisGiven, .unexplainedAnonymity].contains($0) }; return u }
        }
        var withReadings = cleared(), without = cleared()
        standards.flagAnonymity(&withReadings, article); standards.linkContests(&withReadings, article)
        standards.flagAnonymity(&without, released); standards.linkContests(&without, released)
        #expect(without.map(\.contests) == withReadings.map(\.contests) && without.map(\.contestedBy) == withReadings.map(\.contestedBy))
        #expect(without.map(\.flags) == withReadings.map(\.flags))
        #expect(without.map(\.contestedBy) == audit.units.map(\.contestedBy) && without.map(\.flags) == audit.units.map(\.flags))
    }

    @Test("the word lists of the units and the evidence lists of the claims are kept at their size, not at the room of every token or cue")
    func listsAtTheirSize() {
        let text = String(repeating: "قال الوزير، في بيان (أمس): إن الأسعار ارتفعت. وأضاف المتحدث باسم الحكومة - وفقًا لرويترز - أن مصادر مطلعة نفت ذلك.\n", count: 20)
        let normalized = Normalizer.normalize(text)
        let article = ArticleText(text: normalized, matcher: Support.auditor.matcher)
        var slack = 0, punctuation = 0
        for i in article.segments.indices {
            let w = article.words(of: i)
            slack += w.capacity - w.count
            punctuation += article.tokenRanges[i].count - w.count
        }
        // the room of every token was the room of its punctuation too
        #expect(punctuation >= 3 * article.segments.count)
        #expect(slack <= 2 * article.segments.count, "\(slack) words of room unused")
        let audit = Support.audit(text)
        let claims = audit.units.filter { $0.label != nil }
        #expect(claims.count >= 20 && claims.contains { !$0.evidence.isEmpty })
        #expect(claims.allSatisfy { $0.evidence.capacity - $0.evidence.count <= 1 }, "\(claims.map { ($0.evidence.count, $0.evidence.capacity) })")
    }
}
