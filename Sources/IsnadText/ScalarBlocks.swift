import IsnadModel

/// Scans over scalar buffers that skip eight scalars at a time while none of them is of
/// interest: the test runs on all eight with arithmetic and no branch, so it compiles to
/// vector instructions (one definition for the segmenter, the quotation pass and the
/// verified-marker search).
@usableFromInline package enum ScalarBlocks {
    /// 1 when `x == c`, else 0, without a branch (scalar values are below 2³¹).
    @inlinable @inline(__always) @usableFromInline package static func equal(_ x: UInt32, _ c: UInt32) -> UInt32 { ((x ^ c) &- 1) >> 31 }

    /// 1 when `x < c`, else 0, without a branch (scalar values are below 2³¹).
    @inlinable @inline(__always) @usableFromInline package static func below(_ x: UInt32, _ c: UInt32) -> UInt32 { (x &- c) >> 31 }

    /// The start of the first block of eight scalars in `j..<end` holding one for which `marks`
    /// is not 0, or the point where fewer than eight are left: never past the first such scalar.
    /// `marks` must return 0 or 1 and read nothing but its argument.
    @inlinable @inline(__always)
    @usableFromInline package static func skip(_ o: UnsafeBufferPointer<Unicode.Scalar>, from j: Int, to end: Int, _ marks: (UInt32) -> UInt32) -> Int {
        guard let base = o.baseAddress else { return j }
        let v = UnsafeRawPointer(base).assumingMemoryBound(to: UInt32.self)
        var j = j
        while j &+ 8 <= end {
            let p = v + j
            var any: UInt32 = 0
            for k in 0..<8 { any |= marks(p[k]) }  // no early exit: all eight are tested
            if any != 0 { return j }
            j &+= 8
        }
        return j
    }

    /// The first index at which `needle` (at least one scalar) occurs in `text`, or nil: eight
    /// scalars at a time while none is the needle's first.
    @usableFromInline package static func firstIndex(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        precondition(!needle.isEmpty, "ScalarBlocks.firstIndex: an empty needle")
        let n = text.count, m = needle.count, head = needle[0].value
        return text.withUnsafeBufferPointer { t -> Int? in
            var i = 0
            while i + m - 1 < n {
                i = skip(t, from: i, to: n) { equal($0, head) }
                guard i + m - 1 < n else { break }
                if t[i] == needle[0] && (1..<m).allSatisfy({ t[i + $0] == needle[$0] }) { return i }
                i += 1
            }
            return nil
        }
    }

    /// `skip` over an array (the buffer is borrowed for the scan: callers stay safe code).
    @inlinable @inline(__always)
    @usableFromInline package static func skip(_ o: [Unicode.Scalar], from j: Int, to end: Int, _ marks: (UInt32) -> UInt32) -> Int {
        o.withUnsafeBufferPointer { skip($0, from: j, to: end, marks) }
    }
}
