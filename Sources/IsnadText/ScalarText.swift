/// Strings from the scalars of an article.
public enum ScalarText {
    /// A string from scalars, encoded straight into the string's UTF-8 storage.
    @inlinable
    public static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        guard !s.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: s.count * 4) { buf in
            var n = 0
            for c in s {
                let v = c.value
                if v < 0x80 { buf[n] = UInt8(v); n += 1 }
                else if v < 0x800 { buf[n] = UInt8(0xC0 | v >> 6); buf[n + 1] = UInt8(0x80 | v & 0x3F); n += 2 }
                else if v < 0x10000 {
                    buf[n] = UInt8(0xE0 | v >> 12); buf[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F); buf[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buf[n] = UInt8(0xF0 | v >> 18); buf[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                    buf[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); buf[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }
}
