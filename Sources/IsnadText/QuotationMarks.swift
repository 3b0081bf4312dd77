/// Where a unit of text stands with regard to quotation marks (`QuotationMarks.state`).
public struct QuotationState: Sendable, Equatable {
    /// The unit starts inside a quotation opened earlier on its line.
    public var startsInside = false
    /// The first thing in the unit that is no letter and no space is a quotation mark.
    public var startsWithQuote = false
    /// A quotation opens in the unit.
    public var opensQuotation = false
    /// The unit ends inside a quotation.
    public var endsInside = false
    /// A quotation of three words or more lies (partly) in the unit — not a quoted name («داعش»).
    public var hasQuotation = false
    public init() {}
}

/// The text kernel's scan of quotation marks: « “ „ open, » ” close, a straight quote
/// toggles. The labeller's quotation continuity reads units through it (SOURCING.md,
/// "Quotation continuity"); the scan skips eight scalars at a time outside a quotation.
public enum QuotationMarks {
    /// Whether `c` is a quotation mark (" « » “ ” „).
    @inlinable public static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: true; default: false }
    }

    /// Whether `c` can open a quotation: « “ „, or the straight quote, which toggles.
    @inlinable public static func opens(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0xAB, 0x201C, 0x201E: true; default: false }
    }

    /// The quotation depth after scalar `c`.
    @inlinable public static func step(_ c: Unicode.Scalar, _ depth: Int) -> Int {
        switch c {
        case "\u{00AB}", "\u{201C}", "\u{201E}": return depth + 1
        case "\u{00BB}", "\u{201D}": return max(0, depth - 1)
        case "\"": return depth > 0 ? depth - 1 : depth + 1
        default: return depth
        }
    }

    /// The quotation marks of `original[start..<end]` (a unit's original text), against the
    /// depth of the quotation open when it starts (`startDepth`, from earlier units of its line).
    public static func state(of original: OriginalScalars, from start: Int, to end: Int, startDepth: Int) -> QuotationState {
        // a unit at a time: the UTF-8 form decodes the unit's scalars once
        guard original.isUTF8 else { return state(of: original.scalars, from: start, to: end, startDepth: startDepth) }
        let s = max(0, start), e = min(original.count, end)
        guard s < e else { return state(of: [], from: 0, to: 0, startDepth: startDepth) }
        return state(of: Array(original.arraySlice(s..<e)), from: 0, to: e - s, startDepth: startDepth)
    }

    public static func state(of original: [Unicode.Scalar], from start: Int, to end: Int, startDepth: Int) -> QuotationState {
        var q = QuotationState()
        var depth = startDepth
        q.startsInside = depth > 0
        var first = true
        var inside = 0
        var wordsInQuote = 0
        var prevSpace = true
        plainLetters.withUnsafeBufferPointer { letters in
            original.withUnsafeBufferPointer { original in
                var j = start &- 1
                while true {
                    j &+= 1
                    // outside a quotation, once the first letter is read, only quotation marks change anything
                    if depth == 0 && !first { j = nextQuotationMark(original, j, end) }
                    guard j < end else { break }
                    let c = original[j]
                    // a letter that is no space, no quotation mark and reads as a letter: only words are counted
                    if c.value < letters.count && letters[Int(c.value)] {
                        first = false
                        if depth > 0 { if prevSpace { inside += 1 }; prevSpace = false }
                        continue
                    }
                    if first && !Tokenizer.isSpace(c) { q.startsWithQuote = isQuote(c); first = false }
                    let before = depth
                    depth = step(c, depth)
                    if depth > before { q.opensQuotation = true; inside = 0 }
                    if depth > 0 {
                        if Tokenizer.isSpace(c) { prevSpace = true } else if prevSpace && Tokenizer.isWordScalar(Normalizer.fold(c) ?? " ") { inside += 1; prevSpace = false } else { prevSpace = false }
                    }
                    if depth < before { wordsInQuote = max(wordsInQuote, inside) }
                }
            }
        }
        if depth > 0 { wordsInQuote = max(wordsInQuote, inside) }
        q.endsInside = depth > 0
        q.hasQuotation = wordsInQuote >= 3
        return q
    }

    /// The first index in `j..<end` that holds a quotation mark (`isQuote`), or a little before
    /// it (never past `end`): eight scalars are tested at once.
    @inline(__always) static func nextQuotationMark(_ o: UnsafeBufferPointer<Unicode.Scalar>, _ j: Int, _ end: Int) -> Int {
        ScalarBlocks.skip(o, from: j, to: end) { x in
            ScalarBlocks.equal(x, 0x22) | ScalarBlocks.equal(x, 0xAB) | ScalarBlocks.equal(x, 0xBB)
                | ScalarBlocks.equal(x, 0x201C) | ScalarBlocks.equal(x, 0x201D) | ScalarBlocks.equal(x, 0x201E)
        }
    }

    /// Scalars below U+0700 that `state` may take as a plain letter: not white space, not a
    /// quotation mark, folding to a letter or digit (diacritics and tatweel are not).
    static let plainLetters: [Bool] = (0..<0x700).map { v in
        guard let c = Unicode.Scalar(UInt32(v)) else { return false }
        return !Tokenizer.isSpace(c) && !isQuote(c) && Tokenizer.isWordScalar(Normalizer.fold(c) ?? " ")
    }
}
