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
    let entries: [(rule: Int, regex: Compiled)]
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
        var e: [(Int, Compiled)] = []
        for (i, r) in rules.enumerated() {
            for p in r.regexes {
                if case .success(let re) = Self.compile(p) { e.append((i, Compiled(re))) }
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
        for (rule, compiled) in entries {
            // a rule that ran out of budget on several articles: not run again
            if Self.budgetHits.disabled(keys[rule]) { continue }
            var clock = StageClock(profile)
            defer { clock.lap("rule \(ids[rule]) (regex)") }
            var status = U_ZERO_ERROR
            guard let re = swift_uregex_clone(compiled.pointer, &status) else { continue }
            defer { swift_uregex_close(re) }
            swift_uregex_setTimeLimit(re, Self.stepLimit, &status)
            utf16.units.withUnsafeBufferPointer { buf in swift_uregex_setText(re, buf.baseAddress, Int32(buf.count), &status) }
            let before = out.count
            while swift_uregex_findNext(re, &status) != 0 && status.rawValue <= U_ZERO_ERROR.rawValue {
                let a = Int(swift_uregex_start(re, 0, &status)), b = Int(swift_uregex_end(re, 0, &status))
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
