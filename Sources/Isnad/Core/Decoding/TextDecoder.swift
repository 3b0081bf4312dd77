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
    public static func decode(_ data: [UInt8]) throws(DecodingError) -> String {
        if data.count >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
            let little = data[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(data.count / 2)
            var i = 2
            while i + 1 < data.count {
                units.append(little ? UInt16(data[i]) | UInt16(data[i + 1]) << 8 : UInt16(data[i]) << 8 | UInt16(data[i + 1]))
                i += 2
            }
            var out = String.UnicodeScalarView()
            var it = units.makeIterator()
            var codec = UTF16()
            loop: while true {
                switch codec.decode(&it) {
                case .scalarValue(let s):
                    if s.value == 0 { throw .binary(byteOffset: 0) }
                    out.append(s)
                case .emptyInput: break loop
                case .error: throw .invalidUTF16
                }
            }
            return String(out)
        }
        var start = 0
        if data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF { start = 3 }
        if let nul = data[start...].firstIndex(of: 0) { throw .binary(byteOffset: nul) }
        // fast path: valid UTF-8 is taken as is
        if let s = String(validating: data[start...], as: UTF8.self) { return s }
        var out = String.UnicodeScalarView()
        var codec = UTF8()
        var it = data[start...].makeIterator()
        var offset = start
        loop: while true {
            switch codec.decode(&it) {
            case .scalarValue(let s):
                out.append(s)
                offset += UTF8.width(s)
            case .emptyInput: break loop
            case .error: throw .invalidUTF8(byteOffset: offset)
            }
        }
        return String(out)
    }
}
