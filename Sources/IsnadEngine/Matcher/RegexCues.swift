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
    let entries: [(rule: Int, regex: Compiled, literal: [UInt16])]
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
        for (i, r) in rules.enumerated() {
            for p in r.regexes {
                if case .success(let re) = Self.compile(p) { e.append((i, Compiled(re), Self.openingLiteral(RegexSyntax.fold(p)))) }
            }
        }
        entries = e
        ids = rules.map(\.id)
        keys = rules.map { "\($0.id)@\($0.location)" }
    }

    public var isEmpty: Bool { entries.isEmpty }

    static func compile(_ pattern: String) -> Result<OpaquePointer, PatternError> { RegexSyntax.compile(pattern) }

    /// Why a regular expression is invalid, or nil when it compiles and cannot match empty text.
    public static func check(_ pattern: String) -> String? { RegexSyntax.check(pattern) }

    /// The letters every match of a (folded) expression opens with, as UTF-16: its leading run of
    /// plain characters (`قد` of `قد(?<=…)…`, `تذكر` of `تذكر(?<=…)…`), less a last one a quantifier
    /// makes optional; empty when it opens with syntax or has an alternation at its top level
    /// (`a|b`: a match need not open with `a`). The shipped expressions open with their word, the
    /// prefix before it in a look-behind, so that only its occurrences are tried.
    static func openingLiteral(_ folded: String) -> [UInt16] {
        let s = Array(folded.unicodeScalars)
        var depth = 0, inSet = 0, escaped = false
        for c in s {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "[" { inSet += 1; continue }
            if inSet > 0 { if c == "]" { inSet -= 1 }; continue }
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } else if c == "|" && depth == 0 { return [] }
        }
        let syntax: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "#"]
        var n = 0
        while n < s.count && !syntax.contains(s[n]) && s[n].properties.isAlphabetic { n += 1 }
        if n < s.count && ["?", "*", "+", "{"].contains(s[n]) { n -= 1 }
        guard n > 0 else { return [] }
        var out: [UInt16] = []
        for c in s[..<n] { UTF16.encode(c) { out.append($0) } }
        return out
    }

    /// The start of each occurrence of `literal` in `units`, in order (occurrences may overlap).
    static func occurrences(of literal: [UInt16], in units: UnsafeBufferPointer<UInt16>, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        let n = literal.count
        guard n > 0, units.count >= n else { return }
        let first = literal[0]
        var i = 0
        let last = units.count - n
        while i <= last {
            if units[i] == first {
                var k = 1
                while k < n && units[i + k] == literal[k] { k += 1 }
                if k == n { out.append(i) }
            }
            i += 1
        }
    }

    /// Folds the non-ASCII letters of a regular expression as article text is folded.
    static func fold(_ pattern: String) -> String { RegexSyntax.fold(pattern) }

    /// The matches of every regular expression in the folded text, as cue matches on tokens;
    /// `timedOut` receives the rules whose expression ran out of budget on this text.
    public func matches(in text: NormalizedText, tokens: Tokens, timedOut: inout [Int], profile: StageTimer? = nil) -> [CueMatch] {
        guard !entries.isEmpty else { return [] }
        // UTF-16 of the folded text, with the offsets of its surrogate pairs (the way back to a
        // scalar offset; no table of one offset per unit, nor a list of the word tokens: a long
        // article's were 16 bytes a scalar, issue #26)
        let utf16 = FoldedUTF16(text)
        var out: [CueMatch] = []
        var starts: [Int] = []
        for (rule, compiled, literal) in entries {
            // a rule that ran out of budget on several articles: not run again
            if Self.budgetHits.disabled(keys[rule]) { continue }
            var clock = StageClock(profile)
            defer { clock.lap("rule \(ids[rule]) (regex)") }
            // an expression that opens with a literal is tried only where it occurs (ICU would scan
            // the whole text for it, as slowly for every expression): none, and it is not set up
            if !literal.isEmpty {
                utf16.units.withUnsafeBufferPointer { Self.occurrences(of: literal, in: $0, into: &starts) }
                if starts.isEmpty { continue }
            }
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
            func find() -> Bool {
                if literal.isEmpty { return swift_uregex_findNext(re, &status) != 0 }
                while next < starts.count {
                    let at = starts[next]
                    next += 1
                    if at < reached { continue }
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
                // the first word token the match touches (the first word among the tokens that end
                // after its start: tokens are in order), and the token after it
                var first = tokens.partitionPoint { $0.end <= s }
                while first < tokens.count && tokens[first].kind != .word && tokens[first].start < e { first += 1 }
                guard first < tokens.count, tokens[first].kind == .word, tokens[first].start < e else { continue }
                var next = first
                while next < tokens.count && tokens[next].start < e { next += 1 }
                out.append(CueMatch(rule: rule, start: s, end: e, firstToken: first, nextToken: next))
            }
            if status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW {
                timedOut.append(rule)
                out.removeSubrange(before...)  // a rule that ran out of budget is skipped whole
            }
        }
        return out
    }
}
