import IsnadModel
import IsnadText

/// A pattern that compiles but most likely does not say what its author meant; `audit rules
/// check` prints each as a located warning (the pack still loads: the pattern is valid).
public struct PatternWarning: Sendable, Equatable, CustomStringConvertible {
    /// The kinds of warning, each with its message; a new kind fails to compile until
    /// `message` words it.
    public enum Kind: Sendable, Equatable {
        /// Two adjacent slots `a|b c|d` that look like one list of alternatives split by the
        /// space of a several-word alternative (`phrase`, `b c` as written): a space ends a slot, so
        /// the pattern reads `(a|b) (c|d)` and the one-word alternatives match only before a word
        /// of the next slot. `repeated` is a word both slots hold (nil when the slots were
        /// recognised by a list of the same rule holding words of both).
        case splitAlternative(phrase: String, repeated: String?)
    }

    public var kind: Kind
    public var location: SourceLocation
    public var sourceLine: String?

    public var message: String {
        switch kind {
        case let .splitAlternative(phrase, repeated):
            let why = repeated.map { "both hold '\($0)'" } ?? "another list of the rule holds words of both"
            return "'\(phrase)' is split between two slots (a space ends a slot: a|b c|d is (a|b) then (c|d)), and \(why): "
                + "write an alternative of several words as a pattern of its own"
        }
    }

    public var description: String {
        var s = "\(location): warning: \(RuleError.echo(message))"
        if let l = sourceLine {
            s += "\n    \(RuleError.echo(l))\n    " + String(repeating: " ", count: max(0, min(location.column - 1, RuleError.echoLimit))) + "^"
        }
        return s
    }
}

/// Finds patterns whose slots look like a list of alternatives split in two (`PatternWarning.Kind.splitAlternative`).
///
/// A slot is the text between two spaces; `a|b c|d` is the slot `a|b` followed by the slot
/// `c|d`, which is how verb forms and pronouns are written (`يسمح|يخول له|لها`). It is flagged
/// when two adjacent slots of two or more alternatives each (not optional, no gap)
/// - hold the same word (`لسريه|بسريه|نظرا لسريه|بسبب سريه`: `لسريه` in both), or
/// - look like one list: some slot of the same rule holds two of the first slot's words other
///   than its last and two of the second's other than its first, and not the first slot's last
///   word (`...|وظيفته|عمله|مصدر رزقه|أرزاقهم|...` beside a list `وظيفته|عمله|...|أرزاقهم|...`).
public enum PatternLint {
    /// One slot of a written pattern: its alternatives folded and as written, and where its last
    /// alternative starts (in scalars).
    struct Slot {
        var words: [String]
        var written: [String]
        var lastOffset: Int
    }

    /// The slots of `pattern` with at least two alternatives, in order; nil stands for a slot that
    /// breaks adjacency (optional, a gap, any word, a one-alternative word).
    static func slots(_ pattern: String) -> [Slot?] {
        var out: [Slot?] = []
        var offset = 0
        var start = 0
        var part: [Unicode.Scalar] = []
        func flush() {
            defer { part.removeAll() }
            guard !part.isEmpty else { return }
            var body = part[...]
            if body.first == "[" || body.first == "*" { out.append(nil); return }
            if body.first == "=" { body = body.dropFirst() }
            let alts = body.split(separator: "|", omittingEmptySubsequences: true).map { String(String.UnicodeScalarView($0)) }
            let folded = alts.map { PatternCompiler.foldedWords($0).joined(separator: " ") }
            guard folded.count >= 2, !folded.contains(where: \.isEmpty) else { out.append(nil); return }
            out.append(Slot(words: folded, written: alts, lastOffset: start + part.count - alts.last!.unicodeScalars.count))
        }
        for c in pattern.unicodeScalars {
            if c == " " || c == "\t" { flush(); start = offset + 1 } else { part.append(c) }
            offset += 1
        }
        flush()
        return out
    }

    /// The warnings of one rule's patterns: each with the index of its pattern and the scalar
    /// offset in it of the phrase split between two slots.
    public static func warnings(patterns: [String]) -> [(pattern: Int, offset: Int, kind: PatternWarning.Kind)] {
        let all = patterns.map(slots)
        let lists = all.flatMap { $0.compactMap { $0.map { Set($0.words) } } }
        var out: [(pattern: Int, offset: Int, kind: PatternWarning.Kind)] = []
        for (p, slots) in all.enumerated() {
            for k in slots.indices.dropLast() {
                guard let a = slots[k], let b = slots[k + 1] else { continue }
                let phrase = a.written.last! + " " + b.written.first!
                if let repeated = a.words.first(where: { b.words.contains($0) }) {
                    out.append((p, a.lastOffset, .splitAlternative(phrase: phrase, repeated: repeated)))
                    continue
                }
                let head = Set(a.words.dropLast()), tail = Set(b.words.dropFirst()), bridge = a.words.last!
                if lists.contains(where: { !$0.contains(bridge) && $0.intersection(head).count >= 2 && $0.intersection(tail).count >= 2 }) {
                    out.append((p, a.lastOffset, .splitAlternative(phrase: phrase, repeated: nil)))
                }
            }
        }
        return out
    }

    /// The warnings of every rule of `pack`, located in its files: the line of a pattern is the
    /// first line at or after the rule's id (or else before it) holding the pattern as written; a
    /// pattern not written in the file (generated from `lemmas:`) is not checked.
    public static func warnings(_ pack: RulePack) -> [PatternWarning] {
        var files: [String: [String]] = [:]
        func lines(_ path: String) -> [String] {
            if let l = files[path] { return l }
            let l = (try? InputFiles.read(path)).flatMap { String(validating: $0, as: UTF8.self) }
                .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
            files[path] = l
            return l
        }
        var out: [PatternWarning] = []
        for rule in pack.rules where !rule.disabled {
            for w in warnings(patterns: rule.patterns) {
                let text = lines(rule.location.path)
                let pattern = rule.patterns[w.pattern]
                let from = max(0, rule.location.line - 1)
                guard let n = (text.indices.dropFirst(from).first { text[$0].contains(pattern) }
                               ?? text.indices.prefix(from).last { text[$0].contains(pattern) }),
                      let r = text[n].range(of: pattern) else { continue }
                let column = text[n].unicodeScalars.distance(from: text[n].unicodeScalars.startIndex, to: r.lowerBound) + w.offset + 1
                out.append(PatternWarning(kind: w.kind, location: SourceLocation(path: rule.location.path, line: n + 1, column: column), sourceLine: text[n]))
            }
        }
        return out
    }
}
