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

    public static func compile(_ pattern: String) throws(PatternError) -> [[PatternElement]] {
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
                guard (1...12).contains(n) else { throw PatternError(message: "gap '\(String(raw))' must be *1 to *12") }
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
        var result: [[PatternElement]] = [[]]
        for options in alternatives {
            var next: [[PatternElement]] = []
            for r in result { for o in options { next.append(r + o) } }
            result = next
            if result.count > expansionLimit {
                throw PatternError(message: "pattern expands to more than \(expansionLimit) sequences")
            }
        }
        result = result.filter { seq in seq.contains { if case .gap = $0 { return false }; if case .any = $0 { return false }; return true } }
        if result.isEmpty { throw PatternError(message: "pattern normalises to nothing: '\(pattern)' has no letters or digits") }
        for seq in result {
            if case .gap = seq.first! { throw PatternError(message: "a pattern cannot start with a gap") }
            if case .bare = seq.first! {
                throw PatternError(message: "'=' marks a later word: the first word's proclitics are set by 'clitics:'")
            }
            if case .gap = seq.last! { throw PatternError(message: "a pattern cannot end with a gap") }
        }
        return result
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
