import Foundation
import _FoundationICU
import IsnadModel
import IsnadText
import IsnadRules

/// The `regex:` patterns of a pack: each regular expression (ICU syntax) runs once over
/// the folded text of the whole article (never once per sentence), and its matches
/// become cue matches like those of word patterns.
///
/// Matching is bounded: ICU's match engine stops after `stepLimit` steps (on the order
/// of milliseconds each), so a pattern that backtracks catastrophically cannot hang a
/// run; the rule is reported for that article and skipped.
///
/// Regular expressions see folded text: write Arabic letters in any spelling (they
/// are folded as article text is); Latin and ASCII syntax are left as written.
public struct RegexCues: @unchecked Sendable {  // compiled patterns are only cloned, never used in place
    final class Compiled {
        let pointer: OpaquePointer
        init(_ p: OpaquePointer) { pointer = p }
        deinit { swift_uregex_close(pointer) }
    }
    /// By expression: its rule, the compiled expression and its plain opening literal
    /// (`openingLiteral`; empty when it opens with syntax, an alternation of literals among it).
    let entries: [(rule: Int, regex: Compiled, literal: [UInt16])]
    /// The literals looked for before any expression runs (`Literals`): every entry's opening
    /// literal and the later letters a match must hold; one pass over the text finds them all.
    let literals: Literals
    /// By expression: the characters one of which a match holds right after its opening literal
    /// (`unitsAfterOpening`; empty: no test), looked at before the expression is tried there.
    let after: [[UInt16]]
    /// Rule ids by rule index, for timings.
    let ids: [String]
    /// Where each rule is defined, by rule index: a rule's budget hits are counted for the
    /// run under its id and location (replicas of the rules count together).
    let keys: [String]

    /// A rule whose expression runs out of its budget on this many articles is disabled
    /// for the rest of the run (each hit costs the whole budget).
    public static let hitsBeforeDisabling = 3

    /// The budget hits of the run, per rule, shared by every auditor and replica.
    final class BudgetHits: @unchecked Sendable {  // guarded by `lock`
        let lock = NSLock()
        var hits: [String: Int] = [:]
        func disabled(_ key: String) -> Bool { lock.lock(); defer { lock.unlock() }; return hits[key, default: 0] >= RegexCues.hitsBeforeDisabling }
        /// Counts a hit; the hit count after it.
        func add(_ key: String) -> Int { lock.lock(); defer { lock.unlock() }; hits[key, default: 0] += 1; return hits[key]! }
    }
    static let budgetHits = BudgetHits()

    /// Counts a budget hit of rule `rule`; true when this hit disables it for the rest of the run.
    public func recordHit(_ rule: Int) -> Bool { Self.budgetHits.add(keys[rule]) == Self.hitsBeforeDisabling }
    /// The match engine's budget per search, in ICU steps.
    public static let stepLimit: Int32 = RegexSyntax.stepLimit

    public init(rules: [Rule]) {
        var e: [(Int, Compiled, [UInt16])] = []
        var required: [(opening: [Lead], later: [[UInt16]])] = []
        var after: [[UInt16]] = []
        for (i, r) in rules.enumerated() {
            for p in r.regexes {
                if case .success(let re) = Self.compile(p) {
                    let folded = RegexSyntax.fold(p)
                    e.append((i, Compiled(re), Self.openingLiteral(folded)))
                    required.append((Self.leads(folded), Self.requiredLiterals(folded)))
                    after.append(Self.unitsAfterOpening(folded))
                }
            }
        }
        entries = e
        literals = Literals(required)
        self.after = after
        ids = rules.map(\.id)
        keys = rules.map { "\($0.id)@\($0.location)" }
    }

    public var isEmpty: Bool { entries.isEmpty }

    static func compile(_ pattern: String) -> Result<OpaquePointer, PatternError> { RegexSyntax.compile(pattern) }

    /// Why a regular expression is invalid, or nil when it compiles and cannot match empty text.
    public static func check(_ pattern: String) -> String? { RegexSyntax.check(pattern) }

    /// Whether an expression has an alternation at its top level (`a|b`: a match need not open
    /// with `a`), outside every group, set and escape.
    static func hasTopLevelAlternation(_ s: [Unicode.Scalar]) -> Bool {
        var depth = 0, inSet = 0, escaped = false
        for c in s {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "[" { inSet += 1; continue }
            if inSet > 0 { if c == "]" { inSet -= 1 }; continue }
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } else if c == "|" && depth == 0 { return true }
        }
        return false
    }

    /// The letters every match of a (folded) expression opens with, as UTF-16: its leading run of
    /// plain characters, a single space between two letters included (`قد ت` of `قد ت(?<=…)…`,
    /// `تذكر` of `تذكر(?<=…)…`), less a last one a quantifier
    /// makes optional; empty when it opens with syntax or has an alternation at its top level
    /// (`a|b`: a match need not open with `a`). The shipped expressions open with their word, the
    /// prefix before it in a look-behind, so that only its occurrences are tried.
    static func openingLiteral(_ folded: String) -> [UInt16] {
        guard !unread(folded) else { return [] }
        let s = Array(folded.unicodeScalars)
        if hasTopLevelAlternation(s) { return [] }
        let syntax: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "#"]
        func letter(_ k: Int) -> Bool { k < s.count && !syntax.contains(s[k]) && s[k].properties.isAlphabetic }
        // (a space between two letters is part of it: `من وجهه نظر`, `قد ت`)
        var n = 0
        while letter(n) || (n > 0 && n + 1 < s.count && s[n] == " " && letter(n + 1)) { n += 1 }
        if n < s.count && ["?", "*", "+", "{"].contains(s[n]) { n -= 1 }
        guard n > 0 else { return [] }
        var out: [UInt16] = []
        for c in s[..<n] { UTF16.encode(c) { out.append($0) } }
        return out
    }

    /// A literal every match of an expression holds near its start: the match opens at most `back`
    /// UTF-16 units before an occurrence of `literal` (the optional clitics before it).
    struct Lead: Equatable, Sendable {
        let literal: [UInt16]
        let back: Int
    }

    /// The literals one of which every match of a (folded) expression opens with, each with the
    /// number of units a match may open before it — the plain opening literal (`openingLiteral`,
    /// back 0) or a leading alternation of literals: `(?:تشير|تفيد)…` (each branch's literal, a
    /// single space between two letters included: `(?:من وجهه نظر|في نظر)…`),
    /// `(?:[وف]?(?:تشير|تفيد)|[وف]?ب?حسب)…` (a branch may open with optional or single letters or
    /// sets of plain letters, one unit each, before its literal or its own group of literals).
    /// Empty (the expression is searched whole) for anything else: a branch that opens with other
    /// syntax or is empty, a quantified group, a group other than `(?:`, an alternation at the top
    /// level, syntax the readers do not follow (`unread`).
    static func leads(_ folded: String) -> [Lead] {
        guard !unread(folded) else { return [] }
        let s = Array(folded.unicodeScalars)
        if hasTopLevelAlternation(s) { return [] }
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        let syntax: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "#"]
        func letter(_ k: Int) -> Bool { at(k).map { !syntax.contains($0) && $0.properties.isAlphabetic } ?? false }
        func quantifier(_ k: Int) -> Bool { at(k).map { ["?", "*", "+", "{"].contains($0) } ?? false }
        // the end of the branch that starts at `k` (the index of its `|` or its group's `)`)
        func branchEnd(_ k: Int) -> Int? {
            var i = k, depth = 0, inSet = 0
            while let c = at(i) {
                if c == "\\" { i += 2; continue }
                if inSet > 0 { if c == "[" { inSet += 1 } else if c == "]" { inSet -= 1 } }
                else if c == "[" { inSet = 1 }
                else if c == "(" { depth += 1 }
                else if c == ")" { if depth == 0 { return i }; depth -= 1 }
                else if c == "|" && depth == 0 { return i }
                i += 1
            }
            return nil
        }
        // the leads of the sequence that starts at `k`: optional or single letters and sets, then a
        // run of letters or a group of branches
        func sequence(_ k: Int) -> [Lead]? {
            var i = k, back = 0
            while true {
                if at(i) == "[" {
                    var j = i + 1
                    while letter(j), s[j].value <= 0xFFFF { j += 1 }
                    guard at(j) == "]", j > i + 1 else { return nil }
                    if at(j + 1) == "?" {
                        guard !quantifier(j + 2) else { return nil }
                        i = j + 2
                    } else {
                        guard !quantifier(j + 1) else { return nil }
                        i = j + 1
                    }
                    back += 1
                } else if letter(i), at(i + 1) == "?", s[i].value <= 0xFFFF {
                    guard !quantifier(i + 2) else { return nil }
                    i += 2
                    back += 1
                } else {
                    break
                }
            }
            if letter(i) {
                // (a space between two letters is part of the literal: `(?:من وجهه نظر|في نظر)`)
                var n = 0
                while letter(i + n) || (n > 0 && at(i + n) == " " && letter(i + n + 1)) { n += 1 }
                if quantifier(i + n) { n -= 1 }
                guard n > 0 else { return nil }
                var out: [UInt16] = []
                for c in s[i ..< i + n] { UTF16.encode(c) { out.append($0) } }
                return [Lead(literal: out, back: back)]
            }
            guard at(i) == "(", at(i + 1) == "?", at(i + 2) == ":" else { return nil }
            var out: [Lead] = [], b = i + 3
            while true {
                guard let inner = sequence(b), let end = branchEnd(b) else { return nil }
                out += inner.map { Lead(literal: $0.literal, back: $0.back + back) }
                if s[end] == ")" {
                    guard !quantifier(end + 1) else { return nil }
                    break
                }
                b = end + 1
            }
            return out
        }
        guard let found = sequence(0) else { return [] }
        // a literal that several branches open with: the farthest start
        var out: [Lead] = []
        for l in found {
            if let k = out.firstIndex(where: { $0.literal == l.literal }) {
                if l.back > out[k].back { out[k] = l }
            } else {
                out.append(l)
            }
        }
        return out
    }

    /// Whether an expression holds syntax whose extent the readers below do not follow, so that
    /// nothing is skipped for it (it is searched whole): quoted text (`\Q…\E`: a `[`, `(` or `|`
    /// in it is a letter), a set that opens with `]` (`[]…]`, `[^]…]`: that `]` is a member, not
    /// the end) and a bare property (`[:L:]`, `[^:…]`: a class, not the letters written).
    static func unread(_ folded: String) -> Bool {
        let s = Array(folded.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "\\" {
                if i + 1 < s.count && s[i + 1] == "Q" { return true }
                i += 2
                continue
            }
            if s[i] == "[" {
                let j = i + 1 < s.count && s[i + 1] == "^" ? i + 2 : i + 1
                if j < s.count && (s[j] == "]" || s[j] == ":") { return true }
            }
            i += 1
        }
        return false
    }

    /// The characters one of which every match of a (folded) expression holds right after its
    /// opening literal, as UTF-16: the set that follows the literal, look-arounds between skipped
    /// (they hold no text) — `[ \t]` of `قد(?<=…)[ \t]{1,3}…`. Empty (no test) when anything else
    /// follows, or the set is negated or holds a range, a class, a set or an escape but `\t`, or a
    /// quantifier lets it be absent.
    static func unitsAfterOpening(_ folded: String) -> [UInt16] {
        let literal = openingLiteral(folded)
        guard !literal.isEmpty else { return [] }
        let s = Array(folded.unicodeScalars)
        var i = String(decoding: literal, as: UTF16.self).unicodeScalars.count
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        // look-arounds: skipped whole (their groups, sets and escapes in step)
        while at(i) == "(" && at(i + 1) == "?" && (at(i + 2) == "=" || at(i + 2) == "!" || (at(i + 2) == "<" && (at(i + 3) == "=" || at(i + 3) == "!"))) {
            var depth = 0, inSet = 0
            repeat {
                guard let c = at(i) else { return [] }
                if c == "\\" { i += 2; continue }
                if inSet > 0 { if c == "[" { inSet += 1 } else if c == "]" { inSet -= 1 } }
                else if c == "[" { inSet = 1 } else if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                i += 1
            } while depth > 0
        }
        guard at(i) == "[", at(i + 1) != "^" else { return [] }
        i += 1
        var out: [UInt16] = []
        while let c = at(i), c != "]" {
            if c == "\\" {
                // `\t` alone: not the start of a range (`[\t-ب]`)
                guard at(i + 1) == "t", !(at(i + 2) == "-" && at(i + 3) != "]") else { return [] }
                out.append(0x09); i += 2
                continue
            }
            guard c != "[", c.value <= 0xFFFF, !(at(i + 1) == "-" && at(i + 2) != "]") else { return [] }
            out.append(UInt16(c.value)); i += 1
        }
        guard at(i) == "]", !out.isEmpty else { return [] }
        if let q = at(i + 1), q == "?" || q == "*" || (q == "{" && at(i + 2) == "0") { return [] }
        return out
    }

    /// The letters every match of a (folded) expression holds after its opening literal: the runs
    /// of plain letters (and spaces) of its top level — outside groups, look-arounds and sets, less
    /// a last one a quantifier makes optional — of three units or more (`فيما يلي نص` of the
    /// interview expressions). A match holds each of them at or after its start. None when the
    /// expression has an alternation at its top level, inline flags, quoted text or an escape that
    /// spells a character (`\u…`, `\x…`): what it spells is not read here.
    static func requiredLiterals(_ folded: String) -> [[UInt16]] {
        guard !unread(folded) else { return [] }
        let s = Array(folded.unicodeScalars)
        func plain(_ c: Unicode.Scalar) -> Bool { c == " " || (c.properties.isAlphabetic && c.value > 0x7F) }
        var out: [[UInt16]] = []
        var run: [Unicode.Scalar] = [], runStart = 0
        var depth = 0, inSet = 0, i = 0
        func close(quantified: Bool) {
            if quantified && !run.isEmpty { run.removeLast() }
            if runStart > 0 && run.count >= 3 && run.contains(where: { $0 != " " }) {
                var u: [UInt16] = []
                for c in run { UTF16.encode(c) { u.append($0) } }
                out.append(u)
            }
            run = []
        }
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count else { return [] }
                let e = s[i + 1]
                if "pPN".unicodeScalars.contains(e) && i + 2 < s.count && s[i + 2] == "{" {
                    guard let end = s[(i + 2)...].firstIndex(of: "}") else { return [] }
                    i = end + 1
                } else if e.properties.isAlphabetic && !"sSdDwWbBntrRhHvVXzZAG".unicodeScalars.contains(e) {
                    return []  // \u, \x, \c, \Q, \p without braces…: not read here
                } else if e.properties.numericType != nil {
                    return []  // a back reference or an octal character
                } else {
                    i += 2
                }
                if depth == 0 && inSet == 0 { close(quantified: false) }
                continue
            }
            if inSet > 0 {
                if c == "[" { inSet += 1 } else if c == "]" { inSet -= 1 }
                i += 1
                continue
            }
            switch c {
            case "[":
                if depth == 0 { close(quantified: false) }
                inSet = 1
            case "(":
                if i + 1 < s.count && s[i + 1] == "?" {
                    // only non-capturing groups and look-arounds
                    let rest = String(String.UnicodeScalarView(s[(i + 2)...].prefix(2)))
                    guard rest.hasPrefix(":") || rest.hasPrefix("=") || rest.hasPrefix("!") || rest == "<=" || rest == "<!" else { return [] }
                }
                if depth == 0 { close(quantified: false) }
                depth += 1
            case ")":
                depth -= 1
            case "|":
                if depth == 0 { return [] }
            case "?", "*", "+", "{":
                if depth == 0 { close(quantified: true) }
                if c == "{" { while i < s.count && s[i] != "}" { i += 1 } }
            default:
                if depth == 0 {
                    if plain(c) {
                        if run.isEmpty { runStart = i }
                        run.append(c)
                    } else {
                        close(quantified: false)
                    }
                }
            }
            i += 1
        }
        close(quantified: false)
        return out
    }

    /// The literals of a pack's expressions — each one's opening literal and the later letters a
    /// match must hold (`requiredLiterals`) — found in one pass over an article's UTF-16, not one
    /// pass per expression. Built once per pack.
    struct Literals: Sendable {
        /// The distinct literals.
        let words: [[UInt16]]
        /// Whether every occurrence of a literal is wanted (an opening literal), or the last only.
        let everyOccurrence: [Bool]
        /// By expression (the order of `entries`): its opening literals (`leads`: the literal, and how
        /// many units before it a match may open; empty: none), and the later ones.
        let opening: [[(word: Int, back: Int)]]
        let later: [[Int]]
        /// By the first two UTF-16 units of a literal of two units or more (`pairKey`): the literals
        /// opening with a pair of that key are `members[pairStart[h] ..< pairStart[h + 1]]` (a key
        /// shared by other pairs is told apart by the comparison); literal `k`'s units are
        /// `units[unitStart[k] ..< unitStart[k + 1]]` (flat: no array retained a letter). Keyed by the
        /// pair, not the first unit: a first letter alone (ا، و، ت) opened hundreds of literals, all
        /// compared at each of its occurrences. The literals of one unit: `singles`, by unit.
        let pairStart: [UInt32]
        let members: [Int32]
        let singles: [UInt16: [Int]]
        let units: [UInt16]
        let unitStart: [Int]

        /// The key of a pair of UTF-16 units: the low byte of the first and the whole second (the
        /// folded Arabic letters, U+0621–U+064A, differ in their low byte), 16 bits.
        @inline(__always) static func pairKey(_ a: UInt16, _ b: UInt16) -> Int { Int((a << 8) ^ b) }

        init(_ expressions: [(opening: [Lead], later: [[UInt16]])]) {
            var words: [[UInt16]] = [], every: [Bool] = []
            func index(_ w: [UInt16], every all: Bool) -> Int {
                if let k = words.firstIndex(of: w) { every[k] = every[k] || all; return k }
                words.append(w); every.append(all)
                return words.count - 1
            }
            var opening: [[(word: Int, back: Int)]] = [], later: [[Int]] = []
            for x in expressions {
                opening.append(x.opening.map { (index($0.literal, every: true), $0.back) })
                later.append(x.later.map { index($0, every: false) })
            }
            // the literals by the key of their first pair: counted, then placed
            var pairStart = [UInt32](repeating: 0, count: (1 << 16) + 1), singles: [UInt16: [Int]] = [:]
            for (k, w) in words.enumerated() {
                if w.count == 1 { singles[w[0], default: []].append(k) } else { pairStart[Self.pairKey(w[0], w[1]) + 1] += 1 }
            }
            for h in 0 ..< 1 << 16 { pairStart[h + 1] += pairStart[h] }
            var fill = pairStart, members = [Int32](repeating: 0, count: Int(pairStart[1 << 16]))
            for (k, w) in words.enumerated() where w.count > 1 {
                let h = Self.pairKey(w[0], w[1])
                members[Int(fill[h])] = Int32(k)
                fill[h] += 1
            }
            self.words = words; everyOccurrence = every; self.opening = opening; self.later = later
            self.pairStart = pairStart; self.members = members; self.singles = singles
            var unitStart = [0]
            for w in words { unitStart.append(unitStart[unitStart.count - 1] + w.count) }
            self.unitStart = unitStart
            units = words.flatMap { $0 }
        }

        /// Every occurrence of each opening literal (`starts`, ascending; occurrences may overlap),
        /// and the start of the last occurrence of every literal (`last`, -1 for none).
        func scan(_ text: UnsafeBufferPointer<UInt16>, starts: inout [[Int]], last: inout [Int]) {
            starts = [[Int]](repeating: [], count: words.count)
            last = [Int](repeating: -1, count: words.count)
            guard !words.isEmpty else { return }
            let n = text.count
            pairStart.withUnsafeBufferPointer { pairStart in
            members.withUnsafeBufferPointer { members in
            units.withUnsafeBufferPointer { units in
            unitStart.withUnsafeBufferPointer { unitStart in
                for i in 0 ..< max(n - 1, 0) {
                    let h = Self.pairKey(text[i], text[i + 1])
                    let a = Int(pairStart[h]), b = Int(pairStart[h + 1])
                    if _fastPath(a == b) { continue }
                    for m in a ..< b {
                        let k = Int(members[m])
                        let from = unitStart[k], count = unitStart[k + 1] - from
                        guard i + count <= n else { continue }
                        var j = 0
                        while j < count && text[i + j] == units[from + j] { j += 1 }
                        guard j == count else { continue }
                        if everyOccurrence[k] { starts[k].append(i) }
                        last[k] = i
                    }
                }
            }
            }
            }
            }
            guard !singles.isEmpty else { return }
            for i in 0 ..< n {
                guard let ks = singles[text[i]] else { continue }
                for k in ks {
                    if everyOccurrence[k] { starts[k].append(i) }
                    last[k] = i
                }
            }
        }
    }

    /// Folds the non-ASCII letters of a regular expression as article text is folded.
    static func fold(_ pattern: String) -> String { RegexSyntax.fold(pattern) }

    /// The matches of every regular expression in the folded text, as cue matches on tokens;
    /// `timedOut` receives the rules whose expression ran out of budget on this text.
    public func matches(in text: NormalizedText, tokens: Tokens, timedOut: inout [Int], profile: StageTimer? = nil) -> [CueMatch] {
        cueMatches(spans(in: text, timedOut: &timedOut, profile: profile), tokens: tokens)
    }

    /// A match of a regular expression in the folded text, before it is read on the tokens: its
    /// rule and folded half-open range (`spans(in:timedOut:profile:)`). Offsets as `Int`, not
    /// narrowed: no conversion that could trap on a text of more than 2^31 scalars (mends32).
    public struct Span: Sendable {
        let rule: Int, start: Int, end: Int
    }

    /// The matches of every regular expression in the folded text, as spans, in the order
    /// `matches(in:tokens:timedOut:profile:)` gives them: the search needs no tokens, so a long
    /// article's text is searched (its UTF-16, 2 bytes a scalar) before its tokens are made and
    /// the two are never held together (issue #26, mem26); `cueMatches` reads them on the tokens.
    public func spans(in text: NormalizedText, timedOut: inout [Int], profile: StageTimer? = nil) -> [Span] {
        guard !entries.isEmpty else { return [] }
        // UTF-16 of the folded text, with the offsets of its surrogate pairs (the way back to a
        // scalar offset; no table of one offset per unit, nor a list of the word tokens: a long
        // article's were 16 bytes a scalar, issue #26)
        let utf16 = FoldedUTF16(text)
        var out: [Span] = []
        var found: [[Int]] = [], last: [Int] = []
        utf16.units.withUnsafeBufferPointer { literals.scan($0, starts: &found, last: &last) }
        for (k, (rule, compiled, literal)) in entries.enumerated() {
            // a rule that ran out of budget on several articles: not run again
            if Self.budgetHits.disabled(keys[rule]) { continue }
            var clock = StageClock(profile)
            defer { clock.lap("rule \(ids[rule]) (regex)") }
            // letters a match must hold that the text lacks: no match, not set up; a match holds
            // them at or after its start, so none starts after the last occurrence of any of them
            var bound = Int.max
            for w in literals.later[k] { bound = min(bound, last[w]) }
            if bound < 0 { continue }
            // an expression that opens with a literal (or one of several) is tried only where it
            // occurs, or as many units before as its clitics may take (ICU would scan the whole text
            // for it, as slowly for every expression): none, and it is not set up
            let opens = literals.opening[k]
            let searched = opens.isEmpty
            var starts: [Int] = []
            if opens.count == 1 && opens[0].back == 0 {
                starts = found[opens[0].word]
            } else if !searched {
                for o in opens { for at in found[o.word] { for b in 0 ... o.back where at >= b { starts.append(at - b) } } }
                starts.sort()
                var kept = 0
                for at in starts where kept == 0 || starts[kept - 1] != at { starts[kept] = at; kept += 1 }
                starts.removeSubrange(kept...)
            }
            if !searched && starts.isEmpty { continue }
            var status = U_ZERO_ERROR
            guard let re = swift_uregex_clone(compiled.pointer, &status) else { continue }
            defer { swift_uregex_close(re) }
            swift_uregex_setTimeLimit(re, Self.stepLimit, &status)
            utf16.units.withUnsafeBufferPointer { buf in swift_uregex_setText(re, buf.baseAddress, Int32(buf.count), &status) }
            let before = out.count
            // the next match: the search's, or the first at an occurrence of the literal at or after
            // the end of the last match (`lookingAt` from an index matches there, the whole text
            // in view of the look-behinds — the same match the search finds at that place)
            var next = 0, reached = 0
            let follow = after[k], units = utf16.units
            func find() -> Bool {
                if searched { return swift_uregex_findNext(re, &status) != 0 }
                while next < starts.count {
                    let at = starts[next]
                    next += 1
                    if at > bound { return false }
                    if at < reached { continue }
                    // the character after the literal: one the expression takes there, or no match
                    if !follow.isEmpty && !literal.isEmpty {
                        let p = at + literal.count
                        if p >= units.count || !follow.contains(units[p]) { continue }
                    }
                    if swift_uregex_lookingAt(re, Int32(at), &status) != 0 { return true }
                    if status.rawValue > U_ZERO_ERROR.rawValue { return false }
                }
                return false
            }
            while find() && status.rawValue <= U_ZERO_ERROR.rawValue {
                let a = Int(swift_uregex_start(re, 0, &status)), b = Int(swift_uregex_end(re, 0, &status))
                reached = b
                guard b > a else { continue }
                let s = utf16.scalarOffset(ofUTF16: a), e = utf16.scalarOffset(ofUTF16: b)
                out.append(Span(rule: rule, start: s, end: e))
            }
            if status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW {
                timedOut.append(rule)
                out.removeSubrange(before...)  // a rule that ran out of budget is skipped whole
            }
        }
        return out
    }

    /// The spans as cue matches on `tokens` (the folded text's), in their order: each from the
    /// first word token it touches to the token after it; a span that touches no word is none.
    public func cueMatches(_ spans: [Span], tokens: Tokens) -> [CueMatch] {
        var out: [CueMatch] = []
        out.reserveCapacity(spans.count)
        for span in spans {
            let s = span.start, e = span.end
            // the first word token the match touches (the first word among the tokens that end
            // after its start: tokens are in order), and the token after it
            var first = tokens.partitionPoint { $0.end <= s }
            while first < tokens.count && tokens[first].kind != .word && tokens[first].start < e { first += 1 }
            guard first < tokens.count, tokens[first].kind == .word, tokens[first].start < e else { continue }
            var next = first
            while next < tokens.count && tokens[next].start < e { next += 1 }
            out.append(CueMatch(rule: span.rule, start: s, end: e, firstToken: first, nextToken: next))
        }
        return out
    }
}
