import IsnadModel
import IsnadText

/// One element of a compiled cue pattern.
public enum PatternElement: Hashable, Sendable {
    /// A word, in any of its proclitic readings.
    case word(String)
    /// A later word as written, with no proclitic of its own (`=كاذبه`): not the article, nor
    /// و ف ب ل ك glued to it. The first word's proclitics are the rule's `clitics:`.
    case bare(String)
    /// Any word that starts with these letters (`يـ*` is written `ي*`).
    case prefix(String)
    /// A one-letter proclitic (ب ل ك) glued to the next word, or standing alone.
    case proclitic(Unicode.Scalar)
    /// Any one word (`*`).
    case any
    /// Zero to N words (`*N`).
    case gap(Int)
}

extension PatternElement {
    /// Whether the element stands for any word (`*`, `*N`) rather than for given letters: a
    /// sequence of these alone matches nothing and is left out.
    @inlinable public var isWildcard: Bool {
        switch self {
        case .any, .gap: true
        case .word, .bare, .prefix, .proclitic: false
        }
    }
}

/// A compiled pattern as its word positions: at each, the alternatives (each a sequence of
/// elements: a word the folding splits in two is two elements; an optional word adds an empty
/// one). Its sequences are the product of the positions, and they are spelled out only on
/// demand: stored and matched as positions, a pattern costs the sum of its alternatives, not
/// their product.
public struct CompiledPattern: Hashable, Sendable {
    public var positions: [[[PatternElement]]]
    public init(positions: [[[PatternElement]]]) { self.positions = positions }

    /// Every element sequence, in the order of the product (the first position varies slowest,
    /// each position's alternatives in written order); a sequence of wildcards alone is left out.
    public var sequences: [[PatternElement]] {
        var result: [[PatternElement]] = [[]]
        for options in positions {
            var next: [[PatternElement]] = []
            for r in result { for o in options { next.append(r + o) } }
            result = next
        }
        return result.filter { seq in seq.contains { !$0.isWildcard } }
    }

    /// Whether `PatternCompiler.compilePattern` could have made this (a check of a pattern read
    /// from a cache file, without spelling out its sequences): at most `expansionLimit`
    /// sequences; some sequence with a word; gaps of 1 to 20; no sequence with a word that
    /// starts with a gap or a bare word, or ends with a gap.
    package var isWellFormed: Bool {
        // what the checks need to know of a sequence's start so far, per reachable kind of start
        struct Start: Hashable { var started = false, badFirst = false, word = false, gapLast = false }
        var count = 1
        var states: Set<Start> = [Start()]
        for options in positions {
            let (c, overflow) = count.multipliedReportingOverflow(by: options.count)
            guard !overflow, c <= PatternCompiler.expansionLimit else { return false }
            count = c
            var next = Set<Start>()
            for s in states {
                for o in options {
                    var t = s
                    for e in o {
                        if case .gap(let n) = e, !(1...20).contains(n) { return false }
                        if !t.started {
                            t.started = true
                            switch e { case .gap, .bare: t.badFirst = true; default: break }
                        }
                        if !e.isWildcard { t.word = true }
                        if case .gap = e { t.gapLast = true } else { t.gapLast = false }
                    }
                    next.insert(t)
                }
            }
            states = next
        }
        let words = states.filter(\.word)
        return !words.isEmpty && words.allSatisfy { !$0.badFirst && !$0.gapLast }
    }
}

/// Why a pattern could not be compiled.
public struct PatternError: Error, Sendable, Equatable {
    public var message: String
    @usableFromInline package init(message: String) {
        self.message = message
    }
}

/// Compiles the pattern syntax of rule files into sequences of elements.
///
/// Words are separated by spaces; `a|b` are alternatives; `[a]` is optional;
/// `x*` is a prefix; `*` any one word; `*3` zero to three words; `=a|b` a later word
/// with no proclitic (no article: `الأخبار =كاذبه` is a predicate, `الأخبار الكاذبة` is not
/// matched). Every word is folded as article text is, so one spelling matches all variants.
public enum PatternCompiler {
    public static let expansionLimit = 4096

    /// The element sequences of `pattern`, spelled out: every alternative of every word, optional
    /// words taken both ways (see `CompiledPattern.sequences`).
    public static func compile(_ pattern: String) throws(PatternError) -> [[PatternElement]] {
        try compilePattern(pattern).sequences
    }

    /// `pattern` compiled and checked, kept as its word positions: what the loader stores and
    /// the matcher reads, without the product of its alternatives (26 verbs × 11 nouns × 13
    /// verbal nouns are 50 words here and 3,718 sequences spelled out).
    public static func compilePattern(_ pattern: String) throws(PatternError) -> CompiledPattern {
        var alternatives: [[[PatternElement]]] = []  // per position: list of alternative element sequences
        // split and tested scalar by scalar: String comparison of Arabic text goes through
        // normalisation, and Foundation's substring search is slower still (start-up time)
        let parts = pattern.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if parts.isEmpty { throw PatternError(message: "empty pattern") }
        for raw in parts {
            var part = raw
            var optional = false
            if part.first == "[" && part.last == "]" && part.count >= 3 {
                optional = true
                part = part.dropFirst().dropLast()
            } else if part.contains(where: { $0 == "[" || $0 == "]" }) {
                throw PatternError(message: "unbalanced '[' in '\(String(raw))'")
            }
            // `=`: every alternative of this later word is bare (no article, no glued proclitic)
            var bare = false
            if part.first == "=" {
                bare = true
                part = part.dropFirst()
                if part.isEmpty || part.first == "*" || part.first == "|" {
                    throw PatternError(message: "'=' in '\(String(raw))' must be followed by a word")
                }
            }
            if part.contains("=") { throw PatternError(message: "'=' may only start a word, in '\(String(raw))'") }
            if part.count == 1 && part.first == "*" { alternatives.append([[.any]] + (optional ? [[]] : [])); continue }
            if part.first == "*", let n = Int(String(part.dropFirst())) {
                guard (1...20).contains(n) else { throw PatternError(message: "gap '\(String(raw))' must be *1 to *20") }
                alternatives.append([[.gap(n)]]); continue
            }
            var options: [[PatternElement]] = []
            for alt in part.split(separator: "|", omittingEmptySubsequences: false) {
                if alt.isEmpty { throw PatternError(message: "empty alternative in '\(String(raw))'") }
                let isPrefix = alt.last == "*" && alt.count > 1
                let body = String(isPrefix ? alt.dropLast() : alt[...])
                if body.unicodeScalars.contains("*") { throw PatternError(message: "'*' may only end a word, in '\(String(raw))'") }
                if let mark = separatingMark(body) {
                    throw PatternError(message: "'\(String(alt))' can never match as written: '\(mark)' always separates words, and no cue spans it")
                }
                let words = foldedWords(body)
                if words.isEmpty { continue }
                if bare {
                    guard !isPrefix else { throw PatternError(message: "'=' takes whole words, not the prefix '\(String(alt))'") }
                    guard words.count == 1 else { throw PatternError(message: "'=\(String(alt))' must be one word") }
                    if words[0].unicodeScalars.count == 1 { throw PatternError(message: "'=\(String(alt))': a one-letter proclitic cannot be bare") }
                    options.append([.bare(words[0])])
                } else if isPrefix {
                    guard words.count == 1 else { throw PatternError(message: "prefix '\(String(alt))' must be one word") }
                    options.append([.prefix(words[0])])
                } else if words.count == 1, words[0].unicodeScalars.count == 1,
                          let s = words[0].unicodeScalars.first, ["\u{0628}", "\u{0644}", "\u{0643}"].contains(s) {
                    options.append([.proclitic(s)])
                } else {
                    options.append(words.map { .word($0) })
                }
            }
            if options.isEmpty {
                if optional { continue }
                continue  // punctuation-only words are ignored; an all-punctuation pattern is caught below
            }
            if optional { options.append([]) }
            alternatives.append(options)
        }
        // checked on the sequences spelled out (at most `expansionLimit`, dropped after the check)
        var result: [[PatternElement]] = [[]]
        for options in alternatives {
            var next: [[PatternElement]] = []
            for r in result { for o in options { next.append(r + o) } }
            result = next
            if result.count > expansionLimit {
                throw PatternError(message: "pattern expands to more than \(expansionLimit) sequences")
            }
        }
        result = result.filter { seq in seq.contains { !$0.isWildcard } }
        if result.isEmpty { throw PatternError(message: "pattern normalises to nothing: '\(pattern)' has no letters or digits") }
        for seq in result {
            if case .gap = seq.first! { throw PatternError(message: "a pattern cannot start with a gap") }
            if case .bare = seq.first! {
                throw PatternError(message: "'=' marks a later word: the first word's proclitics are set by 'clitics:'")
            }
            if case .gap = seq.last! { throw PatternError(message: "a pattern cannot end with a gap") }
        }
        return CompiledPattern(positions: alternatives)
    }

    /// A hard punctuation mark between two letters of a pattern word (`الولايات،المتحدة`):
    /// article text never matches across one.
    @usableFromInline package static func separatingMark(_ s: String) -> Unicode.Scalar? {
        let folded = Normalizer.foldedScalars(s)
        var seenWord = false
        var pending: Unicode.Scalar? = nil
        for c in folded {
            if Tokenizer.isWordScalar(c) {
                if let p = pending, seenWord { return p }
                seenWord = true
            } else if Tokenizer.isHardBreak(c) { pending = pending ?? c }
        }
        return nil
    }

    /// The folded word runs of a piece of pattern text.
    public static func foldedWords(_ s: String) -> [String] {
        let folded = Normalizer.foldedScalars(s)
        let tokens = Tokenizer.tokenize(folded)
        return tokens.indices.filter { tokens[$0].kind == .word }.map { tokens.text($0) }
    }
}
