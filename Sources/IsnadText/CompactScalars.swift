/// Folded scalars held at 2 bytes each instead of 4 (issue #26): every scalar of the Basic
/// Multilingual Plane as its 16-bit value, and the few above it (emoji, rare scripts) as the
/// mark 0xD800 — a surrogate, never a scalar — with the scalar kept aside by position. Read as
/// the array was: `count`, `self[i]`, and a range's scalars (`slice(_:)`, decoded, or
/// `withScalars(_:_:)`, a buffer of them).
///
/// A long article's folded text is held this way from the normaliser on
/// (`Normalizer.normalize(scalars:compactAbove:)`), or, when its folded text grew past the
/// limit, once the matcher has run (`NormalizedText.holdCompact`, `Tokens.holdCompact`): the
/// tokenizer and the matcher read it a piece at a time, decoded (`withScalars(_:_:)`); the
/// stages after them read a word or a scalar at a time.
public struct CompactScalars: Sendable, Equatable, RandomAccessCollection {
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

    /// Scalars written as 16-bit values by their maker (the normaliser): `units`, with
    /// `wideMark` for each of `wide` (the scalars above U+FFFF, in the order of their marks).
    package init(units: [UInt16], wide: [Unicode.Scalar]) {
        var positions: [Int] = []
        if !wide.isEmpty {
            positions.reserveCapacity(wide.count)
            for (i, u) in units.enumerated() where u == Self.wideMark { positions.append(i) }
        }
        precondition(positions.count == wide.count, "a scalar above U+FFFF for every mark")
        self.units = units; widePositions = positions; wideScalars = wide
    }

    /// The number of scalars.
    @inlinable public var count: Int { units.count }
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { units.count }

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

    /// Calls `body` with a buffer of the scalars `r` decoded, indexed as this text is: its
    /// elements `r` are this text's scalars `r` (the buffer's `count` is `r.upperBound`), and
    /// no element outside `r` may be read. The buffer is valid inside `body` only. (How the
    /// tokenizer and the matcher, written over buffers of the whole text's scalars, read a
    /// piece of a text held compact at the piece's own offsets: issue #26.)
    public func withScalars<R>(_ r: Range<Int>, _ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        precondition(r.lowerBound >= 0 && r.upperBound <= count, "CompactScalars.withScalars: range out of the text")
        return try withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: Swift.max(r.count, 1)) { buffer in
            let base = buffer.baseAddress!
            var w = 0
            for i in r { (base + w).initialize(to: self[i]); w += 1 }
            defer { base.deinitialize(count: w) }
            // the piece's first element read at index r.lowerBound: the base moved back by it
            return try body(UnsafeBufferPointer(start: base - r.lowerBound, count: r.upperBound))
        }
    }
}
