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
        guard text.compact == nil else {
            units.reserveCapacity(n + 8)
            for i in 0..<n {
                let s = text.foldedScalar(i)
                if s.value > 0xFFFF { pairs.append(units.count) }
                UTF16.encode(s) { units.append($0) }
            }
            return
        }
        // the folded array: the pairs found first (few, if any), then every unit written in place
        // into an array of its exact size (no growth check, no closure a scalar)
        text.heldScalars.withUnsafeBufferPointer { scalars in
            for i in 0..<n where scalars[i].value > 0xFFFF { pairs.append(i + pairs.count) }
            units = [UInt16](unsafeUninitializedCapacity: n + pairs.count) { buffer, count in
                var u = 0
                for i in 0..<n {
                    let v = scalars[i].value
                    if _fastPath(v <= 0xFFFF) {
                        buffer[u] = UInt16(truncatingIfNeeded: v); u += 1
                    } else {
                        let w = v - 0x10000
                        buffer[u] = UInt16(truncatingIfNeeded: 0xD800 + (w >> 10))
                        buffer[u + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (w & 0x3FF))
                        u += 2
                    }
                }
                count = u
            }
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
