import IsnadModel

/// Finds where scalar offsets fall in valid UTF-8, walking forward from the last offset found:
/// the units of an article come in order, so their text is located in one pass over its bytes.
public struct UTF8Cursor: Sendable {
    /// The scalar the cursor stands on, and the byte it starts at.
    public private(set) var scalar = 0
    public private(set) var byte: Int
    private let first: Int

    /// A cursor on scalar 0, which starts at byte `start` (after a byte-order mark, say).
    public init(start: Int) { byte = start; first = start }

    /// The byte offset of scalar `k` in `u` (or `u.count` past the last scalar). A `k` behind the
    /// cursor walks again from the first scalar.
    public mutating func seek(_ k: Int, in u: UnsafeBufferPointer<UInt8>) -> Int {
        if k < scalar { scalar = 0; byte = first }
        var need = k - scalar
        var b = byte
        let n = u.count
        // sixteen bytes at a time while they start no more scalars than are left to pass: a
        // byte starts a scalar unless it is a continuation byte (10xxxxxx). Lane arithmetic:
        // a lane is 1 when it starts a scalar, and the lanes are summed by multiplication.
        if let p = UnsafeRawPointer(u.baseAddress) {
            while need >= 16 && b &+ 16 <= n {
                let x = p.loadUnaligned(fromByteOffset: b, as: SIMD16<UInt8>.self)
                let c = (x & 0xC0) ^ 0x80  // 0 in a continuation byte
                let leads = ((c | (0 &- c)) &>> 7)  // 1 where c is not 0
                let h = unsafeBitCast(leads, to: SIMD2<UInt64>.self)
                let count = Int(truncatingIfNeeded: ((h[0] &+ h[1]) &* 0x0101_0101_0101_0101) >> 56)
                b &+= 16; need &-= count
            }
        }
        // then byte by byte: past the rest of a scalar the last block ended inside, and the
        // scalars left, to the lead byte of scalar `k`
        while true {
            while b < n && u[b] & 0xC0 == 0x80 { b += 1 }
            if need == 0 || b >= n { break }
            b += 1; need -= 1
        }
        scalar = k - need; byte = b
        return b
    }

    /// The byte offsets of scalars `range` in `u` (ranges asked in order are found in one pass,
    /// as with `seek`): the buffer is borrowed here, so callers stay safe code.
    public mutating func bytes(of range: Range<Int>, in u: [UInt8]) -> Range<Int> {
        u.withUnsafeBufferPointer { b in
            let from = seek(range.lowerBound, in: b)
            return from..<seek(range.upperBound, in: b)
        }
    }
}
