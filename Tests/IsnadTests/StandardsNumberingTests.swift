import Foundation
import Testing
@testable import IsnadText
@testable import IsnadEngine

/// The numbering of an article's stems for contest links: by letters when that is the String
/// order and equality, by Strings otherwise; and the function-word table.
@Suite("standards: stem numbering")
struct StandardsNumberingTests {
    static func letters(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// The stems seen in one unit each, with their alternate spellings.
    static func seen(_ stems: [String], alternates: [String: String] = [:]) -> (Standards.SeenStems, [Standards.Content]) {
        var seen = Standards.SeenStems()
        var contents: [Standards.Content] = []
        for (u, s) in stems.enumerated() {
            let id = seen.number(letters(s), unit: u).id
            contents.append(Standards.Content(stems: [id], anaphoric: false, object: [],
                                              alternates: alternates[s].map { [id: letters($0)] } ?? [:]))
        }
        return (seen, contents)
    }

    /// What the numbering must give, by Strings: stems ranked by String order, and two stems
    /// sharing a key number exactly when `keys` / `alternateKeys` give them an equal String.
    static func check(_ stems: [String], alternates: [String: String] = [:]) {
        let (seen, contents) = seen(stems, alternates: alternates)
        let (number, spellings, keys) = Standards.numbering(seen, contents)
        let distinct = Array(Set(stems)).sorted()
        #expect(spellings.map { String(String.UnicodeScalarView($0)) } == distinct)
        for s in stems { #expect(distinct[number[seen.id(of: letters(s))!]] == s, "\(s)") }
        func stringKeys(_ s: String) -> Set<String> {
            var out = Set(Standards.keys(s))
            if let alt = alternates[s] { out.formUnion(Standards.alternateKeys(letters(alt))) }
            return out
        }
        for a in distinct {
            for b in distinct {
                let shared = !Set(keys[distinct.firstIndex(of: a)!]).isDisjoint(with: keys[distinct.firstIndex(of: b)!])
                #expect(shared == !stringKeys(a).isDisjoint(with: stringKeys(b)), "\(a) \(b)")
            }
        }
    }

    @Test("plain Arabic stems: ranked by String order, keys shared exactly as their Strings are (verb prefix, four letters, alternates)")
    func plainStems() {
        #expect(Standards.isPlain(Self.letters("يفقد")) && Standards.isPlain(Self.letters("abc123")) && Standards.isPlain(Self.letters("٢٠١٥")))
        #expect(!Standards.isPlain(Self.letters("e\u{301}")) && !Standards.isPlain(Self.letters("اصطدام…")))
        Self.check(["يفقد", "فقد", "قدان", "اصطدام", "اصطدم", "عيه", "وعي", "زيارة", "زيارات", "2015", "بوتين"],
                   alternates: ["قدان": "فقدان", "عيه": "وعيه"])
    }

    @Test("letters that are not plain take the String path: two spellings of one String are one stem")
    func canonicalEquivalents() {
        let (seen, contents) = Self.seen(["cafe\u{301}s", "caf\u{e9}s", "abcd"])
        let (number, spellings, keys) = Standards.numbering(seen, contents)
        #expect(spellings.count == 2)
        #expect(number[0] == number[1] && number[0] != number[2])
        #expect(keys[number[0]] != keys[number[2]])
        Self.check(["cafe\u{301}s", "zeta", "abcd", "ابحاث"])
    }

    @Test("the function-word table answers as the set of its words does")
    func wordSet() {
        let words = ["الذي", "التي", "على", "من", "a", "ابتداءاتهماالطويلةجدا"].map(Self.letters)
        let set = WordSet(words)
        for w in words { #expect(set.contains(w[...])) }
        for w in ["الذى", "علي", "مع", "b", "ابتداءاتهماالطويلةجد", "الذيي", ""].map(Self.letters) { #expect(!set.contains(w[...])) }
        #expect(set.contains(Self.letters("والذي").dropFirst()))
    }
}
