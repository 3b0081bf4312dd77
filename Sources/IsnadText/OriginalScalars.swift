/// The scalars of an article's original text, held either as an array (4 bytes a scalar) or,
/// for a long article once it is segmented, as the text's own UTF-8 (the file's bytes, shared
/// with the audit's result, not copied) with the byte offset of every 64th scalar (a
/// sixteenth of a byte a scalar; every 16th until mem20, 7 MB of a 50 MB article's peak). Both read the same: `count`, `self[i]` and slices by scalar offset.
///
/// Reading scalar `i` of the UTF-8 form starts at the offset of scalar `i & ~63` and steps over
/// at most 63 scalars by their lead bytes: a bounded cost, for the stages after segmenting,
/// which read the original text a scalar or a unit at a time (quotation marks, trailing marks
/// of a span). The segmenter reads every scalar and gets the array (`array`).
public struct OriginalScalars: RandomAccessCollection, Equatable, Sendable {
    /// The scalars, when held as an array (empty otherwise).
    @usableFromInline let scalars: [Unicode.Scalar]
    /// The UTF-8 form: `bytes[base...]` is the text, `marks[k]` the offset in `bytes` of scalar
    /// `stride * k`; `marks` is empty for the array form.
    @usableFromInline let bytes: [UInt8]
    @usableFromInline let marks: [UInt32]
    @usableFromInline let scalarCount: Int

    /// The distance, in scalars, between two offsets kept for the UTF-8 form: `1 << shift`.
    @usableFromInline static let shift = 6, stride = 1 << shift

    /// The scalars as an array.
    public init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars; bytes = []; marks = []; scalarCount = scalars.count
    }

    /// The text `bytes[start...]`, which must be valid UTF-8 (the decoder checked it) of exactly
    /// `count` scalars, held as it is with an offset every `stride` scalars; nil when the text is
    /// not that (a count that differs, or more bytes than 32-bit offsets reach).
    public init?(utf8 bytes: [UInt8], start: Int, count: Int) {
        guard start >= 0, start <= bytes.count, bytes.count <= Int(UInt32.max) else { return nil }
        var marks: [UInt32] = []
        marks.reserveCapacity(count / Self.stride + 1)
        let n = bytes.count
        let counted = bytes.withUnsafeBufferPointer { b -> Int in
            var i = start, k = 0
            while i < n {
                if k & (Self.stride - 1) == 0 { marks.append(UInt32(truncatingIfNeeded: i)) }
                i &+= Self.width(b[i])
                k &+= 1
            }
            return i == n ? k : -1
        }
        guard counted == count else { return nil }
        self.scalars = []; self.bytes = bytes; self.marks = marks; scalarCount = count
    }

    /// Whether the scalars are held as UTF-8 (else as an array).
    public var isUTF8: Bool { !marks.isEmpty }

    /// The scalars as an array: the one held, or (UTF-8 form) decoded anew.
    public var array: [Unicode.Scalar] { isUTF8 ? Array(self) : scalars }

    public var startIndex: Int { 0 }
    public var endIndex: Int { scalarCount }
    public var count: Int { scalarCount }

    /// Scalar `i` (0 ≤ i < count).
    @inlinable public subscript(i: Int) -> Unicode.Scalar {
        if marks.isEmpty { return scalars[i] }
        precondition(i >= 0 && i < scalarCount, "OriginalScalars: index out of range")
        return bytes.withUnsafeBufferPointer { b in
            var p = Int(marks[i >> Self.shift])
            var skip = i & (Self.stride - 1)
            while skip > 0 { p &+= Self.width(b[p]); skip &-= 1 }
            return Self.decode(b, at: p)
        }
    }

    /// Scalars `range` as an array slice: the array's own storage, or (UTF-8 form) decoded into
    /// an array of their own.
    public func arraySlice(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        if !isUTF8 { return scalars[range] }
        precondition(range.lowerBound >= 0 && range.upperBound <= scalarCount, "OriginalScalars: range out of bounds")
        guard !range.isEmpty else { return [] }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(range.count)
        bytes.withUnsafeBufferPointer { b in
            var p = Int(marks[range.lowerBound >> Self.shift])
            var skip = range.lowerBound & (Self.stride - 1)
            while skip > 0 { p &+= Self.width(b[p]); skip &-= 1 }
            for _ in range {
                out.append(Self.decode(b, at: p))
                p &+= Self.width(b[p])
            }
        }
        return out[...]
    }

    /// The least number of scalars in a piece of `forEachLinePiece` as the normaliser and the
    /// segmenter read a long article: 256 KB of scalars a piece.
    public static let linePieceScalars = 1 << 16

    /// Calls `body` with the text in pieces of whole lines, in order, and each piece's first
    /// scalar offset: the array form in one piece (its own storage, not copied); the UTF-8 form
    /// decoded a piece at a time into an array of that piece alone, each piece but the last at
    /// least `minimum` scalars and ending just after a line feed. So a long article's scalars
    /// are never held at 4 bytes a scalar all at once (issue #26): a reader that reads no
    /// line past its line feed (the segmenter, the normaliser) reads the pieces as it would the
    /// whole text, at offsets `base + i`. A text with no line feed is one piece.
    public func forEachLinePiece(minimum: Int, _ body: (_ piece: [Unicode.Scalar], _ base: Int) -> Void) {
        guard isUTF8 else { return body(scalars, 0) }
        let minimum = Swift.max(1, minimum)
        var piece: [Unicode.Scalar] = []
        piece.reserveCapacity(Swift.min(scalarCount, minimum + minimum / 4))
        var base = 0
        var p = Int(marks[0])
        let n = bytes.count
        while base < scalarCount {
            piece.removeAll(keepingCapacity: true)
            bytes.withUnsafeBufferPointer { b in
                while p < n {
                    let s = Self.decode(b, at: p)
                    p &+= Self.width(b[p])
                    piece.append(s)
                    if piece.count >= minimum && s == "\n" { break }
                }
            }
            body(piece, base)
            base += piece.count
        }
    }

    /// Equal when the scalars are, whatever the form.
    public static func == (a: OriginalScalars, b: OriginalScalars) -> Bool {
        if !a.isUTF8 && !b.isUTF8 { return a.scalars == b.scalars }
        return a.count == b.count && a.elementsEqual(b)
    }

    /// The length of the UTF-8 sequence that `lead` starts.
    @inlinable @inline(__always) static func width(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar whose (valid) UTF-8 sequence starts at `p`.
    @inlinable @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Unicode.Scalar {
        let b0 = UInt32(b[p])
        let v: UInt32
        if b0 < 0x80 { v = b0 }
        else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F) }
        else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F) }
        else { v = (b0 & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F) }
        return Unicode.Scalar(v) ?? "\u{FFFD}"  // valid UTF-8 gives scalars only
    }
}
