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

    /// `text` with every `{list: NAME}` replaced by `render(words)`.
    func expand(_ text: String, _ render: ([String]) -> String) -> Result<String, Problem> {
        guard text.contains("{") else { return .success(text) }
        var out = ""
        var rest = Substring(text)
        while let m = rest.firstMatch(of: Self.reference) {
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
        expand(pattern) { $0.joined(separator: "|") }
    }

    /// A regular expression with its references spelled out as a group of literal alternatives
    /// (`(?:a|b|c)`): opening an expression, it leads like any alternation of letters.
    package func expandRegex(_ regex: String) -> Result<String, Problem> {
        expand(regex) { "(?:" + $0.joined(separator: "|") + ")" }
    }

    // MARK: reading

    /// One item of a list as written: a word, or a reference to another list.
    struct Item { var word: String?; var list: String?; var location: SourceLocation }
    /// One definition of a list, in one file.
    struct Definition { var name: String; var items: [Item]; var location: SourceLocation; var layer: Int }

    /// The definitions of one file's `lists:` mapping (errors through `err`).
    static func definitions(_ node: Node, path: String, layer: Int, _ err: (Mark?, String) -> Void) -> [Definition] {
        func loc(_ m: Mark?) -> SourceLocation { SourceLocation(path: path, line: m?.line ?? 0, column: m?.column ?? 0) }
        guard let map = node.mapping else { err(node.mark, "'lists' must map list names to lists of words (lists: {report-verbs: [قال, أكد]})"); return [] }
        var out: [Definition] = []
        for (k, v) in map {
            guard let name = k.string, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                err(k.mark, "a list name is letters, digits, '-' and '_' ('\(k.string ?? "?")')"); continue
            }
            guard case .sequence(let seq) = v else { err(v.mark, "list '\(name)' must be a list of words"); continue }
            var items: [Item] = []
            for n in seq {
                if let m = n.mapping {
                    guard m.count == 1, let ref = m["list"]?.string, !ref.isEmpty else {
                        err(n.mark, "an item of list '\(name)' is a word or {list: NAME}"); continue
                    }
                    items.append(Item(word: nil, list: ref, location: loc(n.mark)))
                } else if case .scalar(let sc) = n {
                    let w = sc.string
                    guard !w.isEmpty, !w.contains(where: { $0.isWhitespace || forbidden.contains($0) }) else {
                        err(n.mark, "a word of list '\(name)' is one word, without spaces or pattern signs ('\(w)')"); continue
                    }
                    items.append(Item(word: w, list: nil, location: loc(n.mark)))
                } else { err(n.mark, "an item of list '\(name)' is a word or {list: NAME}") }
            }
            out.append(Definition(name: name, items: items, location: loc(k.mark), layer: layer))
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
            if d.items.isEmpty { problem(d.location, "list '\(d.name)' is empty") }
            if merged[d.name] == nil { order.append(d.name) }
            merged[d.name, default: []].append(d)
        }
        var done: [String: [(String, SourceLocation)]] = [:]
        var broken = Set<String>()
        /// The words of `name`, its references spelled out; nil where a cycle or an unknown name breaks it.
        func words(_ name: String, _ path: [String]) -> [(String, SourceLocation)]? {
            if let w = done[name] { return w }
            if broken.contains(name) { return nil }
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
