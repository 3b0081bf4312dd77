import Testing
@testable import IsnadEngine

/// `LetterTable`: the count of each spelling added, held compact (`SourceResolver.WordCounts`,
/// issue #26, mem28) — exactly a dictionary's counts keyed by the letters.
@Suite("Spellings counted compactly")
struct LetterTableTests {
    @Test("counts each spelling exactly as a dictionary keyed by its letters, through collisions of slots and every growth of the table")
    func countsAsADictionary() {
        // made-up spellings of 1 to 6 scalars over a small alphabet (Arabic letters, a Latin one,
        // a scalar beyond the BMP): many share a prefix, a last letter or a length
        let alphabet: [Unicode.Scalar] = ["\u{0627}", "\u{0644}", "\u{0645}", "\u{0647}", "z", "\u{1F600}"]
        var rng = SystemRandomNumberGenerator()
        var words: [[Unicode.Scalar]] = []
        for _ in 0..<3_000 {
            let n = Int.random(in: 1...6, using: &rng)
            words.append((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
        }
        // a table of 2 slots at first: it probes and grows from the start
        var table = LetterTable(slots: 2)
        var expected: [[Unicode.Scalar]: Int] = [:]
        for w in words {
            // added as a slice of a longer list (as `Tokens.letters` and `dropFirst` give them)
            let padded: [Unicode.Scalar] = ["x"] + w + ["y"]
            table.add(padded[1..<(padded.count - 1)])
            expected[w, default: 0] += 1
        }
        #expect(table.count == expected.count)
        for (w, n) in expected { #expect(table.count(of: w[...]) == n, "\(w)") }
        // spellings never added: none, nor a prefix or an extension of one added
        #expect(table.count(of: (["q", "q"] as [Unicode.Scalar])[...]) == 0)
        for w in expected.keys.prefix(50) {
            let longer: [Unicode.Scalar] = w + ["q"]
            if expected[longer] == nil { #expect(table.count(of: longer[...]) == 0) }
            if w.count > 1, expected[Array(w.dropLast())] == nil { #expect(table.count(of: w.dropLast()[...]) == 0) }
        }
        // the empty spelling is a spelling too
        let none: [Unicode.Scalar] = []
        var empty = LetterTable()
        #expect(empty.count(of: none[...]) == 0)
        empty.add(none[...]); empty.add(none[...])
        #expect(empty.count(of: none[...]) == 2 && empty.count == 1)
    }
}
