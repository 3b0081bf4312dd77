/// Folded scalars held at 1 byte each instead of 4 (issue #26): ASCII and the Arabic block
/// (U+0600–U+067E) as a byte each, and the few others (« », typographic quotes, other scripts,
/// emoji) as the mark 0xFF with the scalar kept aside by position. Read as the array was:
/// `count`, `self[i]`, and a range's scalars (`slice(_:)`, decoded, or `withScalars(_:_:)`, a
/// buffer of them).
///
/// A long article's folded text is held this way from the normaliser on
/// (`Normalizer.normalize(scalars:compactAbove:)`), or, when its folded text grew past the
/// limit, once the matcher has run (`NormalizedText.holdCompact`, `Tokens.holdCompact`): the
/// tokenizer and the matcher read it a piece at a time, decoded (`withScalars(_:_:)`); the
/// stages after them read a word or a scalar at a time.
public struct CompactScalars: Sendable, Equatable, RandomAccessCollection {
    // One byte a scalar (issue #26): a long article's folded text is Arabic letters, spaces and
    // ASCII, all but a few scalars in a thousand. A byte below 0x80 is that ASCII scalar, one
    // from 0x80 to 0xFE the scalar U+0600 + (byte − 0x80) (the Arabic block's letters, digits
    // and punctuation up to U+067E), and `otherMark` any other scalar (« », typographic quotes,
    // letters of other blocks, emoji), kept aside by position.
    /// The scalars' bytes; `otherMark` where the scalar is kept aside.
    @usableFromInline let bytes: [UInt8]
    /// The positions of the scalars kept aside, ascending, and those scalars.
    @usableFromInline let otherPositions: [Int]
    @usableFromInline let otherScalars: [Unicode.Scalar]

    /// The byte of a scalar kept aside.
    @usableFromInline static let otherMark: UInt8 = 0xFF
    /// The first scalar of the Arabic block, the byte 0x80.
    @usableFromInline static let arabicBase: UInt32 = 0x600

    /// The byte of `value`, or `otherMark`.
    @inlinable @inline(__always) static func byte(_ value: UInt32) -> UInt8 {
        if value < 0x80 { return UInt8(truncatingIfNeeded: value) }
        let a = value &- arabicBase
        return a < UInt32(otherMark - 0x80) ? UInt8(truncatingIfNeeded: a &+ 0x80) : otherMark
    }

    /// The scalar of byte `b` (not `otherMark`).
    @inlinable @inline(__always) static func scalar(_ b: UInt8) -> Unicode.Scalar {
        let v = b < 0x80 ? UInt32(b) : UInt32(b - 0x80) &+ arabicBase
        return unsafeBitCast(v, to: Unicode.Scalar.self)  // ASCII, or U+0600–U+067E: scalars
    }

    /// The scalars of `scalars`, a byte each (the few others kept aside).
    public init(_ scalars: [Unicode.Scalar]) {
        self.init(count: scalars.count) { scalars[$0].value }
    }

    /// Scalars already written a byte each (`byte(_:)`), with the positions and scalars of the
    /// bytes `otherMark` (ascending): the normaliser's one pass (`Normalizer.normalize(scalars:compactAbove:)`).
    init(bytes: [UInt8], otherPositions: [Int], otherScalars: [Unicode.Scalar]) {
        precondition(otherPositions.count == otherScalars.count, "a scalar for every position kept aside")
        self.bytes = bytes; self.otherPositions = otherPositions; self.otherScalars = otherScalars
    }

    /// The scalars whose values `value(i)` gives, `i` from 0 to `count`, in order.
    @inline(__always)
    init(count: Int, _ value: (Int) -> UInt32) {
        var positions: [Int] = [], others: [Unicode.Scalar] = []
        bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, n in
            for i in 0..<count {
                let v = value(i)
                let b = Self.byte(v)
                if b == Self.otherMark {
                    positions.append(i); others.append(unsafeBitCast(v, to: Unicode.Scalar.self))  // every value given is a scalar's
                }
                buffer[i] = b
            }
            n = count
        }
        otherPositions = positions; otherScalars = others
    }

    /// The number of scalars.
    @inlinable public var count: Int { bytes.count }
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { bytes.count }

    /// Scalar `i` (0 ≤ i < count).
    @inlinable public subscript(i: Int) -> Unicode.Scalar {
        let b = bytes[i]
        if _fastPath(b != Self.otherMark) { return Self.scalar(b) }
        return otherScalars[otherPositions.lowerBound(of: i)]
    }

    /// Calls `put(k, scalar)` for the scalars of `r` in order, `k` from 0: the scalars kept
    /// aside found once (a bisection for the range), then in step.
    @inlinable @inline(__always) func decode(_ r: Range<Int>, _ put: (Int, Unicode.Scalar) -> Void) {
        var o = otherPositions.isEmpty ? 0 : otherPositions.lowerBound(of: r.lowerBound)
        var k = 0
        for i in r {
            let b = bytes[i]
            if _fastPath(b != Self.otherMark) { put(k, Self.scalar(b)) } else { put(k, otherScalars[o]); o += 1 }
            k += 1
        }
    }

    /// The scalars of `r`, decoded into an array of their own (indices from 0).
    @inlinable public func slice(_ r: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: r.count) { buffer, n in
            decode(r) { k, s in buffer.initializeElement(at: k, to: s) }
            n = r.count
        }
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
            decode(r) { k, s in (base + k).initialize(to: s) }
            defer { base.deinitialize(count: r.count) }
            // the piece's first element read at index r.lowerBound: the base moved back by it
            return try body(UnsafeBufferPointer(start: base - r.lowerBound, count: r.upperBound))
        }
    }
}
