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
    /// cursor walks back from it when that is nearer than the first scalar, else again from the first.
    public mutating func seek(_ k: Int, in u: UnsafeBufferPointer<UInt8>) -> Int {
        if k < scalar {
            if scalar - k < k {
                // back: each scalar passed is its lead byte and the continuation bytes before it
                var b = byte, s = scalar
                while s > k && b > first {
                    b -= 1
                    while b > first && u[b] & 0xC0 == 0x80 { b -= 1 }
                    s -= 1
                }
                scalar = s; byte = b
                if s == k { return b }
            }
            scalar = 0; byte = first
        }
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

extension UTF8Cursor {
    /// The byte offset of scalar `k` of `text` (found as `seek` finds it).
    public mutating func offset(_ k: Int, of text: ArticleUTF8) -> Int {
        text.bytes.withUnsafeBufferPointer { seek(k, in: $0) }
    }

    /// The UTF-8 of scalars `range` of `text`, a slice of its bytes (found as `seek` finds them).
    public mutating func slice(_ range: Range<Int>, of text: ArticleUTF8) -> ArraySlice<UInt8> {
        let r = bytes(of: range, in: text.bytes)
        return text.bytes[r]
    }
}

/// UTF-8 from Unicode scalars.
public enum UTF8Text {
    /// The UTF-8 of `s`, encoded straight into the array's storage: its exact size counted
    /// first (no room left over, held as long as the article), then written without a check per byte.
    public static func bytes<C: Collection>(_ s: C) -> [UInt8] where C.Element == Unicode.Scalar {
        var n = 0
        for c in s { let v = c.value; n &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }
        return [UInt8](unsafeUninitializedCapacity: n) { buf, count in
            var i = 0
            for c in s {
                let v = c.value
                if v < 0x80 { buf[i] = UInt8(v); i &+= 1 }
                else if v < 0x800 { buf[i] = UInt8(0xC0 | v >> 6); buf[i &+ 1] = UInt8(0x80 | v & 0x3F); i &+= 2 }
                else if v < 0x10000 {
                    buf[i] = UInt8(0xE0 | v >> 12); buf[i &+ 1] = UInt8(0x80 | (v >> 6) & 0x3F); buf[i &+ 2] = UInt8(0x80 | v & 0x3F); i &+= 3
                } else {
                    buf[i] = UInt8(0xF0 | v >> 18); buf[i &+ 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                    buf[i &+ 2] = UInt8(0x80 | (v >> 6) & 0x3F); buf[i &+ 3] = UInt8(0x80 | v & 0x3F); i &+= 4
                }
            }
            count = i
        }
    }
}

extension ArticleUTF8 {
    /// The text of `scalars`, encoded once.
    public init(scalars: [Unicode.Scalar]) {
        self.init(bytes: UTF8Text.bytes(scalars), start: 0, scalarCount: scalars.count)
    }
}
