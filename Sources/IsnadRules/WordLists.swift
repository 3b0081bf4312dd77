import Foundation
import Yams
import IsnadText

/// The named word lists of a load (`lists:` of the rule files): one lexicon written once and
/// referenced by name from every rule that uses it — `{list: NAME}` as a word position of a
/// pattern (`ما *1 {list: rumour-verbs}` reads `ما *1 تردد|يتردد|أشيع|…`), and in `regex:` as a
/// literal-led alternation (`(?:تردد|يتردد|اشيع|…)`).
///
/// ```yaml
/// lists:
///   rumour-verbs: [تردد, يتردد, أشيع, يشاع]
///   said-verbs: [ذكر, ورد, {list: rumour-verbs}]   # a list may hold another
/// ```
///
/// A list is defined once per pack, in any of its files; a later pack (one layered on it) that
/// writes the same name adds its words to the inherited list, and every rule of every pack reads
/// the merged list. An unknown name, an empty list, a cycle, a name defined twice in one pack and
/// a word twice in one list are errors, each at its `path:line:column`.
@usableFromInline package struct WordLists: Sendable {
    /// The words of each list, every reference spelled out, in the order written (an earlier
    /// pack's words first).
    package var words: [String: [String]] = [:]
    /// The lists defined with an error (reported where it is): a reference to one is no second error.
    package var broken: Set<String> = []
    /// Where a later pack added words to a list (`path:line:column (N words)`), and the lists each
    /// list holds: what an error of a pattern that grew too large names.
    package var additions: [String: [String]] = [:]
    package var holds: [String: [String]] = [:]

    @usableFromInline package init(words: [String: [String]] = [:]) { self.words = words }

    @usableFromInline package static let empty = WordLists()

    /// The file key.
    static let key = "lists"

    /// A reference as written inside a pattern or a regular expression: `{list: NAME}`.
    nonisolated(unsafe) static let reference = /\{[ \t]*list[ \t]*:[ \t]*([^{}\s]*)[ \t]*\}/
    /// Characters a list word cannot hold: pattern syntax, regular-expression syntax, spaces.
    static let forbidden = Set("|[]*={}()\\.?+^$/:,;\"'<>!#&@%~`")

    /// A problem with a reference inside a pattern or a regular expression.
    package struct Problem: Error, Sendable { package var message: String }

    /// `text` with every `{list: NAME}` replaced by `render(words)`. In a pattern a reference is a
    /// whole word position (or alternatives of one): glued to a letter (`و{list: NAME}`) or to a
    /// prefix's `*`, only the first or last of its words would take the letters, so it is refused.
    /// In a regular expression it is refused inside a character class (`[{list: NAME}]` would be
    /// a set of letters, not the words).
    func expand(_ text: String, regex: Bool, _ render: ([String]) -> String) -> Result<String, Problem> {
        guard text.contains("{") else { return .success(text) }
        var out = ""
        var rest = Substring(text)
        while let m = rest.firstMatch(of: Self.reference) {
            let written = String(rest[m.range])
            if regex {
                if Self.insideClass(text[..<m.range.lowerBound]) {
                    return .failure(Problem(message: "\(written) inside a character class '[...]' would be a set of letters, not the list's words: write it outside the brackets"))
                }
            } else {
                let before = m.range.lowerBound > text.startIndex ? text[text.index(before: m.range.lowerBound)] : " "
                let after = m.range.upperBound < text.endIndex ? text[m.range.upperBound] : " "
                if !" \t|[=".contains(before) || !" \t|]".contains(after) {
                    let glued = !" \t|[=".contains(before) ? "\(before)\(written)" : "\(written)\(after)"
                    return .failure(Problem(message: "'\(glued)': a list reference is a whole word (a word position, or alternatives of one), and letters or '*' glued to it would go to one of its words only; write the forms in the list, or let 'clitics:' take the proclitic"))
                }
            }
            out += rest[..<m.range.lowerBound]
            let name = String(m.output.1)
            guard !name.isEmpty else { return .failure(Problem(message: "a list reference names no list: write {list: NAME}")) }
            if broken.contains(name) { out += render([name]); rest = rest[m.range.upperBound...]; continue }
            guard let ws = words[name] else {
                return .failure(Problem(message: "unknown list '\(name)'" + RuleLoader.hint(name, words.keys.sorted())
                                        + (words.isEmpty ? " (no file of the pack defines 'lists:')" : "")))
            }
            out += render(ws)
            rest = rest[m.range.upperBound...]
        }
        out += rest
        if out.range(of: #"\{\s*list\b"#, options: .regularExpression) != nil {
            return .failure(Problem(message: "a malformed list reference: write {list: NAME}"))
        }
        return .success(out)
    }

    /// A pattern with its references spelled out as one word position's alternatives (`a|b|c`).
    package func expandPattern(_ pattern: String) -> Result<String, Problem> {
        expand(pattern, regex: false) { $0.joined(separator: "|") }
    }

    /// A regular expression with its references spelled out as a group of literal alternatives
    /// (`(?:a|b|c)`): opening an expression, it leads like any alternation of letters.
    package func expandRegex(_ regex: String) -> Result<String, Problem> {
        expand(regex, regex: true) { "(?:" + $0.joined(separator: "|") + ")" }
    }

    /// Whether the end of `prefix` (a regular expression up to a reference) is inside a character
    /// class: `[` opens one (nested ones too), `]` closes one, `\` escapes the next character, and
    /// `]` first in a class (`[]a]`, `[^]a]`) is a letter of it.
    static func insideClass(_ prefix: Substring) -> Bool {
        var depth = 0
        var escaped = false
        var first = false  // the next character is the first of a class (after `[` or `[^`)
        for c in prefix {
            if escaped { escaped = false; first = false; continue }
            if c == "\\" { escaped = true; first = false; continue }
            if c == "[" { depth += 1; first = true; continue }
            if c == "^" && first { continue }
            if c == "]" && depth > 0 && !first { depth -= 1; continue }
            first = false
        }
        return depth > 0
    }

    /// The lists `text` refers to, and the lists they hold, each once.
    func referenced(in text: String) -> [String] {
        var out: [String] = []
        var todo = text.matches(of: Self.reference).map { String($0.output.1) }
        while let n = todo.first {
            todo.removeFirst()
            if out.contains(n) { continue }
            out.append(n)
            todo += holds[n] ?? []
        }
        return out
    }

    /// What a pattern too large to compile says of its lists: their sizes, and where a later pack
    /// added to them (the limit is the pattern's, but the pack that added the words crossed it).
    package func growth(of pattern: String) -> String {
        let names = referenced(in: pattern).filter { words[$0] != nil }
        guard !names.isEmpty else { return "" }
        let parts = names.map { n -> String in
            let a = additions[n] ?? []
            return "'\(n)' \(words[n]!.count) words" + (a.isEmpty ? "" : ", added to at " + a.joined(separator: ", "))
        }
        let added = names.contains { !(additions[$0] ?? []).isEmpty }
        return " — its lists: " + parts.joined(separator: "; ")
            + (added ? " (a pack that adds words to a list grows every pattern that reads it: add fewer, or override the rule)" : "")
    }

    // MARK: reading

    /// One item of a list as written: a word, or a reference to another list.
    struct Item { var word: String?; var list: String?; var location: SourceLocation }
    /// One definition of a list, in one file.
    struct Definition {
        var name: String; var items: [Item]; var location: SourceLocation; var layer: Int
        /// Written with an error (reported where it is): the list is broken, and neither empty nor unknown.
        var failed = false
    }

    /// The definitions of one file's `lists:` mapping (errors through `err`).
    static func definitions(_ node: Node, path: String, layer: Int, _ err: (Mark?, String) -> Void) -> [Definition] {
        func loc(_ m: Mark?) -> SourceLocation { SourceLocation(path: path, line: m?.line ?? 0, column: m?.column ?? 0) }
        guard let map = node.mapping else { err(node.mark, "'lists' must map list names to lists of words (lists: {report-verbs: [قال, أكد]})"); return [] }
        var out: [Definition] = []
        for (k, v) in map {
            guard let name = k.string, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                err(k.mark, "a list name is letters, digits, '-' and '_' ('\(k.string ?? "?")')")
                // kept, broken: a reference to it is no second error
                if let n = k.string, !n.isEmpty { out.append(Definition(name: n, items: [], location: loc(k.mark), layer: layer, failed: true)) }
                continue
            }
            guard case .sequence(let seq) = v else {
                err(v.mark, "list '\(name)' must be a list of words")
                out.append(Definition(name: name, items: [], location: loc(k.mark), layer: layer, failed: true)); continue
            }
            var items: [Item] = []
            var failed = false
            // an alias (`[*A]`) is a node of its anchor, marked there: such an item is located at its list
            func at(_ n: Node) -> Mark? {
                guard let m = n.mark, let km = k.mark else { return n.mark }
                func before(_ x: Mark) -> Bool { (x.line, x.column) < (km.line, km.column) }
                return before(m) ? (v.mark.flatMap { before($0) ? nil : $0 } ?? km) : m
            }
            for n in seq {
                if let m = n.mapping {
                    guard m.count == 1, let ref = m["list"]?.string, !ref.isEmpty else {
                        err(at(n), "an item of list '\(name)' is a word or {list: NAME}"); failed = true; continue
                    }
                    items.append(Item(word: nil, list: ref, location: loc(n.mark)))
                } else if case .scalar(let sc) = n {
                    let w = sc.string
                    guard !w.isEmpty, !w.contains(where: { $0.isWhitespace || forbidden.contains($0) }) else {
                        err(at(n), "a word of list '\(name)' is one word, without spaces or pattern signs ('\(w)')"); failed = true; continue
                    }
                    items.append(Item(word: w, list: nil, location: loc(at(n))))
                } else { err(at(n), "an item of list '\(name)' is a word or {list: NAME}"); failed = true }
            }
            out.append(Definition(name: name, items: items, location: loc(k.mark), layer: layer, failed: failed))
        }
        return out
    }

    /// The lists of a load from the definitions of its files, in load order; the errors of each.
    static func resolve(_ defs: [Definition]) -> (WordLists, [RuleError]) {
        var errors: [RuleError] = []
        func problem(_ at: SourceLocation, _ message: String) {
            errors.append(RuleError(path: at.path, line: at.line, column: at.column, message: message, sourceLine: RuleLoader.line(of: at.path, at.line)))
        }
        // one definition per name and pack; a later pack's adds to the inherited one
        var merged: [String: [Definition]] = [:]
        var order: [String] = []
        for d in defs {
            if let first = merged[d.name]?.first(where: { $0.layer == d.layer }) {
                problem(d.location, "list '\(d.name)' is defined twice in this pack (first at \(first.location)); a pack defines a list once (a pack layered on it may add to it)")
                continue
            }
            if d.items.isEmpty && !d.failed { problem(d.location, "list '\(d.name)' is empty") }
            if merged[d.name] == nil { order.append(d.name) }
            merged[d.name, default: []].append(d)
        }
        var done: [String: [(String, SourceLocation)]] = [:]
        var broken = Set<String>()
        /// The words of `name`, its references spelled out; nil where a cycle or an unknown name breaks it.
        func words(_ name: String, _ path: [String]) -> [(String, SourceLocation)]? {
            if let w = done[name] { return w }
            if broken.contains(name) { return nil }
            if merged[name]?.contains(where: \.failed) == true { broken.insert(name); return nil }
            var out: [(String, SourceLocation)] = []
            var ok = true
            for d in merged[name] ?? [] {
                for it in d.items {
                    if let w = it.word { out.append((w, it.location)); continue }
                    guard let ref = it.list else { continue }
                    if ref == name || path.contains(ref) {
                        problem(it.location, "the lists refer to each other in a cycle: " + (path + [name, ref]).drop { $0 != ref }.joined(separator: " → "))
                        ok = false; continue
                    }
                    guard merged[ref] != nil else {
                        problem(it.location, "unknown list '\(ref)'" + RuleLoader.hint(ref, order)); ok = false; continue
                    }
                    if let inner = words(ref, path + [name]) { out += inner } else { ok = false }
                }
            }
            if !ok { broken.insert(name); return nil }
            done[name] = out
            return out
        }
        var lists = WordLists()
        for name in order {
            let ds = merged[name] ?? []
            lists.holds[name] = ds.flatMap { $0.items.compactMap(\.list) }
            if let firstLayer = ds.first?.layer {
                let later = ds.filter { $0.layer != firstLayer }.map { "\($0.location) (\($0.items.count) words)" }
                if !later.isEmpty { lists.additions[name] = later }
            }
            guard let ws = words(name, []) else { lists.broken.insert(name); continue }
            // a word twice (as folded: أشيع and اشيع are one word) is a copy left behind
            var seen: [String: SourceLocation] = [:]
            var reported = Set<String>()
            for (w, at) in ws {
                let f = Normalizer.folded(w)
                if let first = seen[f] {
                    if reported.insert(f).inserted, !errors.contains(where: { $0.path == at.path && $0.line == at.line && $0.column == at.column }) {
                        problem(at, "'\(w)' is twice in list '\(name)' (also at \(first))")
                    }
                    continue
                }
                seen[f] = at
            }
            lists.words[name] = ws.map(\.0)
        }
        return (lists, errors)
    }
}
