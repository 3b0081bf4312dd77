import IsnadText

/// A set of words (folded letters) looked up once per token: a word whose length, first and last
/// letters are those of none of the set is answered without hashing it.
struct WordSet: Sendable {
    let words: Set<[Unicode.Scalar]>
    /// Whether some word of the set has the length, first and last letters of each slot (`slot`).
    private let slots: [Bool]

    init(_ words: [[Unicode.Scalar]]) {
        self.words = Set(words)
        var slots = [Bool](repeating: false, count: Self.lengths * Self.letters * Self.letters)
        for w in words { if let s = Self.slot(w[...]) { slots[s] = true } }
        self.slots = slots
    }

    func contains(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        if let s = Self.slot(w), !slots[s] { return false }
        return words.contains(Array(w))
    }

    /// Words this short, beginning and ending in a basic Arabic letter (`Arabic.isLetter`), have a slot.
    private static let lengths = 16
    private static let letters = Arabic.letterCount

    private static func slot(_ w: ArraySlice<Unicode.Scalar>) -> Int? {
        guard w.count < lengths, let f = w.first.flatMap(Arabic.letterIndex), let l = w.last.flatMap(Arabic.letterIndex) else { return nil }
        return (w.count * letters + f) * letters + l
    }
}
