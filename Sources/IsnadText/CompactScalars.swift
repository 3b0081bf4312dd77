/// Folded scalars held at 2 bytes each instead of 4 (issue #26): every scalar of the Basic
/// Multilingual Plane as its 16-bit value, and the few above it (emoji, rare scripts) as the
/// mark 0xD800 — a surrogate, never a scalar — with the scalar kept aside by position. Read as
/// the array was: `count`, `self[i]`, and a range's scalars (`slice(_:)`, decoded).
///
/// A long article's folded text is held this way once the matcher has run (`NormalizedText.holdCompact`,
/// `Tokens.holdCompact`): the stages after it (the unit classifier, the outlet inference, the
/// labeller, the units, the standards) read a word or a scalar at a time; the matcher, before,
/// reads the array.
public struct CompactScalars: Sendable, Equatable {
    /// The scalars' 16-bit values; `wideMark` where the scalar is above U+FFFF.
    @usableFromInline let units: [UInt16]
    /// The positions of the scalars above U+FFFF, ascending, and those scalars.
    @usableFromInline let widePositions: [Int]
    @usableFromInline let wideScalars: [Unicode.Scalar]

    @usableFromInline static let wideMark: UInt16 = 0xD800

    /// The scalars of `scalars`, 2 bytes each.
    public init(_ scalars: [Unicode.Scalar]) {
        var positions: [Int] = [], wide: [Unicode.Scalar] = []
        units = [UInt16](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            for (i, s) in scalars.enumerated() {
                if s.value > 0xFFFF {
                    buffer[i] = Self.wideMark
                    positions.append(i); wide.append(s)
                } else {
                    buffer[i] = UInt16(truncatingIfNeeded: s.value)
                }
            }
            count = scalars.count
        }
        widePositions = positions; wideScalars = wide
    }

    /// The number of scalars.
    @inlinable public var count: Int { units.count }

    /// Scalar `i` (0 ≤ i < count).
    @inlinable public subscript(i: Int) -> Unicode.Scalar {
        let u = units[i]
        if _fastPath(u != Self.wideMark) { return Unicode.Scalar(u) ?? "\u{FFFD}" }  // no other surrogate is stored
        return wideScalars[widePositions.lowerBound(of: i)]
    }

    /// The scalars of `r`, decoded into an array of their own (indices from 0).
    @inlinable public func slice(_ r: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(r.count)
        for i in r { out.append(self[i]) }
        return out[...]
    }

    /// Every scalar, as an array.
    public var array: [Unicode.Scalar] { Array(slice(0..<count)) }
}
