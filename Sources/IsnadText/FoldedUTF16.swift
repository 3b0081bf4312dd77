/// The folded text of an article as UTF-16, for ICU's regular expressions (`RegexCues`), with
/// the way back from a UTF-16 offset to a scalar offset of the folded text.
///
/// The way back is held as the offsets of the surrogate pairs only (a scalar outside the Basic
/// Multilingual Plane — an emoji, a rare symbol — a few in an article, if any), not as a table
/// of one offset per UTF-16 unit: that table took 8 bytes a scalar (plus the units' 2) for the
/// whole article at once, 216 MB for an article of 50 MB (issue #26).
public struct FoldedUTF16: Sendable {
    /// The UTF-16 units of the folded text.
    public private(set) var units: [UInt16] = []
    /// The UTF-16 offset of each surrogate pair's first unit, ascending.
    public private(set) var pairs: [Int] = []
    /// The number of folded scalars.
    public let scalarCount: Int

    /// The UTF-16 of `text`'s folded scalars (read a scalar at a time: a text held compact is
    /// never decoded whole).
    public init(_ text: NormalizedText) {
        let n = text.foldedCount
        scalarCount = n
        units.reserveCapacity(n + 8)
        for i in 0..<n {
            let s = text.foldedScalar(i)
            if s.value > 0xFFFF { pairs.append(units.count) }
            UTF16.encode(s) { units.append($0) }
        }
    }

    /// The folded scalar at UTF-16 offset `u` (`0 ... units.count`): the scalar whose encoding
    /// holds unit `u` (the second unit of a pair gives its pair's scalar), `scalarCount` at the
    /// end. The same offsets as a table made unit by unit.
    public func scalarOffset(ofUTF16 u: Int) -> Int {
        // every pair starting before `u` counts one unit more than its scalar
        pairs.isEmpty ? u : u - pairs.lowerBound(of: u)
    }
}
