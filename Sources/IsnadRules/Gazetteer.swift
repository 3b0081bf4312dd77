import Yams
import IsnadModel
import IsnadText

/// An outlet gazetteer: the outlets of a rule pack written as data, one entry each with its
/// kind and its aliases, instead of as patterns. A rule file carries it under `gazetteer:`:
///
/// ```yaml
/// gazetteer:
///   - id: spa
///     name: وكالة الأنباء السعودية
///     kind: agency            # agency | newspaper | channel | radio | site | magazine
///     region: SA              # ISO 3166 code, or INT
///     aliases: [واس, SPA, Saudi Press Agency]
///     ambiguous: false        # true: a common word or place (الرياض، اليوم): counts after an outlet word only
///     count: 3332             # occurrences in the corpus it was mined from (documentation)
///     examples: [الرياض - واس] # phrases from the corpus that must name it (its tests, with every name)
/// ```
///
/// Each entry becomes one `outlet` rule, `outlet.<id>`, whose patterns are the name and the
/// aliases; a mention of any of them is the same outlet (so `--outlet واس` makes
/// `وكالة الأنباء السعودية` the article's own outlet too). An ambiguous name counts only right
/// after an outlet word (`صحيفة الرياض`, `جريدة اليوم`) or glued to ل in a told-to phrase.
public enum Gazetteer {
    /// The kinds of outlet an entry may have, as written (`OutletKind`).
    public static let kinds = OutletKind.allCases.map(\.rawValue)
    static let entryKeys = ["id", "name", "kind", "region", "aliases", "ambiguous", "count", "examples", "note"]
    /// Words that introduce an outlet's name; before an ambiguous name they are required.
    public static let heads = Arabic.outletHeads.joined(separator: "|")
    /// The words of `heads`, folded as article text is: the one set the engine tests outlet words with.
    public static let headWords: Set<String> = Set(heads.split(separator: "|").flatMap { PatternCompiler.foldedWords(String($0)) })
    /// `headWords` as scalars.
    static let headWordScalars: [[Unicode.Scalar]] = headWords.map { Array($0.unicodeScalars) }
    /// Whether folded letters are one of `headWords` (no String built: a token's letters on a hot path).
    public static func isHeadWord<C: Collection>(_ letters: C) -> Bool where C.Element == Unicode.Scalar {
        let n = letters.count
        for w in headWordScalars where w.count == n && w.elementsEqual(letters) { return true }
        return false
    }

    /// The outlet rules of a `gazetteer:` list, or the problems found in it.
    static func parse(_ node: Node, path: String, _ err: (Mark?, String) -> Void) -> [Rule] {
        guard case .sequence(let seq) = node else { err(node.mark, "'gazetteer' must be a list of outlets, each with 'id', 'name' and 'kind'"); return [] }
        var out: [Rule] = []
        var seenAlias: [String: String] = [:]
        for item in seq {
            guard let m = item.mapping else { err(item.mark, "a gazetteer entry is a mapping with 'id', 'name' and 'kind'"); continue }
            var ok = true
            for (k, _) in m where !entryKeys.contains(k.string ?? "") {
                err(k.mark, "unknown key '\(k.string ?? "?")'" + RuleLoader.hint(k.string ?? "", entryKeys)); ok = false
            }
            guard let idNode = m["id"], let id = idNode.string, !id.isEmpty,
                  id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                err(m["id"]?.mark ?? item.mark, "a gazetteer entry needs an 'id' of lower-case ASCII letters, digits and dashes"); continue
            }
            guard let name = m["name"]?.string, !name.isEmpty else { err(item.mark, "gazetteer entry '\(id)' has no 'name'"); continue }
            let written = m["kind"]?.string ?? ""
            let kind = OutletKind(rawValue: written)
            if kind == nil {
                err(m["kind"]?.mark ?? item.mark, "gazetteer entry '\(id)': kind must be one of \(kinds.joined(separator: ", "))" + RuleLoader.hint(written, kinds)); ok = false
            }
            var names = [name]
            if let a = m["aliases"] {
                if case .sequence(let aseq) = a {
                    for an in aseq {
                        guard let s = an.string, !s.isEmpty else { err(an.mark, "an alias must be a non-empty string"); ok = false; continue }
                        names.append(s)
                    }
                } else { err(a.mark, "'aliases' of '\(id)' must be a list of names"); ok = false }
            }
            var ambiguous = false
            if let amb = m["ambiguous"] {
                if let b = amb.bool { ambiguous = b } else { err(amb.mark, "'ambiguous' must be true or false"); ok = false }
            }
            let loc = SourceLocation(path: path, line: idNode.mark?.line ?? 0, column: idNode.mark?.column ?? 0)
            var patterns: [String] = []
            var compiled: [CompiledPattern] = []
            var folded: [[String]] = []
            for n in names {
                // initials with dots are words (أ.ف.ب is أ ف ب), and so are hyphenated names (Al-Ahram)
                let words = n.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "-", with: " ").split(separator: " ").map(String.init)
                guard !words.isEmpty else { continue }
                let key = PatternCompiler.foldedWords(words.joined(separator: " "))
                if let other = seenAlias[key.joined(separator: " ")], other != id {
                    err(idNode.mark, "gazetteer entry '\(id)': the name '\(n)' is already an alias of '\(other)'"); ok = false; continue
                }
                seenAlias[key.joined(separator: " ")] = id
                folded.append(key)
                // a pattern word holds no |, *, [ ] of its own: a name is written as plain words
                if words.contains(where: { $0.contains { "|*[]{}".contains($0) } }) {
                    err(idNode.mark, "gazetteer entry '\(id)': the name '\(n)' must be plain words"); ok = false; continue
                }
                // an ambiguous name: after an outlet word, and bare (kept only in an outlet's
                // context: quoted or told to, see ArticleText.inOutletContext)
                for p in (ambiguous ? [heads + " " + words.joined(separator: " "), words.joined(separator: " ")] : [words.joined(separator: " ")]) {
                    do { compiled.append(try PatternCompiler.compilePattern(p)) } catch {
                        err(idNode.mark, "gazetteer entry '\(id)': invalid name '\(n)': \(error.message)"); ok = false; continue
                    }
                    patterns.append(p)
                }
            }
            guard ok, !patterns.isEmpty else { continue }
            var r = Rule(id: "outlet." + id, kind: .outlet, description: "\(name) (\(written)\(m["region"]?.string.map { ", " + $0 } ?? ""))",
                         patterns: patterns, clitics: .all, needsComplement: false, scope: .anywhere, examples: RuleExamples(), location: loc)
            r.compiled = Rule.Compiled(patterns: patterns, forms: compiled)
            r.outletNames = folded
            r.outletKind = kind
            r.contextual = ambiguous
            // its tests: the corpus phrases it was mined from must name it, and every name, in a
            // sentence, is this outlet (after an outlet word when ambiguous)
            if let e = m["examples"] {
                if case .sequence(let eseq) = e {
                    for en in eseq {
                        guard let text = en.string, !text.isEmpty else { err(en.mark, "an example must be a non-empty phrase"); continue }
                        r.examples.match.append(text)
                        r.examples.matchLocations.append(SourceLocation(path: path, line: en.mark?.line ?? 0, column: en.mark?.column ?? 0))
                    }
                } else { err(e.mark, "'examples' of '\(id)' must be a list of phrases") }
            }
            for n in names {
                let written = n.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "-", with: " ")
                r.examples.match.append("وقالت [[" + (ambiguous ? "صحيفة " : "") + written + "]] إن الخبر صحيح.")
                r.examples.matchLocations.append(loc)
            }
            out.append(r)
        }
        return out
    }
}
