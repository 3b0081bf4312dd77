import Foundation

/// Why the bytes of an article could not be turned into text.
public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(byteOffset: Int)
    case binary(byteOffset: Int)
    case invalidUTF16

    public var description: String {
        switch self {
        case .invalidUTF8(let o): return "invalid UTF-8 at byte \(o)"
        case .binary(let o): return "not a text file (NUL byte at byte \(o))"
        case .invalidUTF16: return "invalid UTF-16 text"
        }
    }
}

/// Bytes → decoded text. UTF-8 (with or without BOM) and UTF-16 with a BOM.
/// Line endings are kept as they are, so offsets stay those of the file.
public enum TextDecoder {
    /// The text of a file as a string.
    public static func decode(_ data: [UInt8]) throws(DecodingError) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: try scalars(data))
        return String(v)
    }

    /// The text of a file as Unicode scalars: UTF-8 is validated and decoded in one pass.
    public static func scalars(_ data: [UInt8]) throws(DecodingError) -> [Unicode.Scalar] {
        if data.count >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
            return try utf16(data, little: data[0] == 0xFF)
        }
        var start = 0
        if data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF { start = 3 }
        return try data.withUnsafeBufferPointer { (u: UnsafeBufferPointer<UInt8>) throws(DecodingError) -> [Unicode.Scalar] in
            try utf8(u, from: start)
        }
    }

    static func utf8(_ u: UnsafeBufferPointer<UInt8>, from start: Int) throws(DecodingError) -> [Unicode.Scalar] {
        let n = u.count
        var failure: DecodingError? = nil
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: n - start) { buf, count in
            var i = start, k = 0
            @inline(__always) func cont(_ j: Int) -> UInt32? {
                guard j < n, u[j] & 0xC0 == 0x80 else { return nil }
                return UInt32(u[j] & 0x3F)
            }
            while i < n {
                let b0 = u[i]
                if b0 < 0x80 {
                    if b0 == 0 { failure = .binary(byteOffset: i); break }
                    buf[k] = Unicode.Scalar(b0); k += 1; i += 1; continue
                }
                var v: UInt32
                var width: Int
                if b0 >= 0xC2 && b0 < 0xE0, let c1 = cont(i + 1) {
                    v = UInt32(b0 & 0x1F) << 6 | c1; width = 2
                } else if b0 >= 0xE0 && b0 < 0xF0, let c1 = cont(i + 1), let c2 = cont(i + 2) {
                    v = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2; width = 3
                    if v < 0x800 || (0xD800...0xDFFF).contains(v) { failure = .invalidUTF8(byteOffset: i); break }
                } else if b0 >= 0xF0 && b0 < 0xF5, let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) {
                    v = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3; width = 4
                    if v < 0x10000 || v > 0x10FFFF { failure = .invalidUTF8(byteOffset: i); break }
                } else {
                    failure = .invalidUTF8(byteOffset: i); break
                }
                guard let scalar = Unicode.Scalar(v) else { failure = .invalidUTF8(byteOffset: i); break }
                buf[k] = scalar; k += 1; i += width
            }
            count = k
        }
        if let failure {
            // a NUL byte anywhere makes the file binary, even after an encoding error
            if case .invalidUTF8 = failure, let nul = u[start...].firstIndex(of: 0) { throw .binary(byteOffset: nul) }
            throw failure
        }
        return out
    }

    static func utf16(_ data: [UInt8], little: Bool) throws(DecodingError) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var i = 2
        while i + 1 < data.count {
            units.append(little ? UInt16(data[i]) | UInt16(data[i + 1]) << 8 : UInt16(data[i]) << 8 | UInt16(data[i + 1]))
            i += 2
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(units.count)
        var it = units.makeIterator()
        var codec = UTF16()
        while true {
            switch codec.decode(&it) {
            case .scalarValue(let s):
                if s.value == 0 { throw .binary(byteOffset: 0) }
                out.append(s)
            case .emptyInput: return out
            case .error: throw .invalidUTF16
            }
        }
    }
}
