import Foundation
import IsnadModel

/// Why the bytes of an article could not be turned into text.
public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(byteOffset: Int)
    case binary(byteOffset: Int)
    case invalidUTF16
    /// UTF-16 whose byte count after the BOM is odd: a byte is missing or left over.
    case oddUTF16(byteOffset: Int)
    case invalidUTF32(byteOffset: Int)
    /// A byte the forced legacy encoding does not define.
    case invalidByte(byteOffset: Int, encoding: String)

    public var description: String {
        switch self {
        case .invalidUTF8(let o):
            return "invalid UTF-8 at byte \(o) (not Windows-1256 or ISO-8859-6 Arabic either; "
                + "--encoding forces an encoding, --invalid-utf8 replace decodes anyway)"
        case .binary(let o): return "not a text file (NUL byte at byte \(o))"
        case .invalidUTF16: return "invalid UTF-16 text"
        case .oddUTF16(let o): return "UTF-16 text with an odd number of bytes (a stray byte at byte \(o)): truncated or not UTF-16"
        case .invalidUTF32(let o): return "invalid UTF-32 text at byte \(o)"
        case .invalidByte(let o, let e): return "byte \(o) is not defined in \(e)"
        }
    }
}

/// Decoded text and how it was read.
public struct DecodedText: Sendable {
    public var scalars: [Unicode.Scalar]
    public var encoding: TextEncoding
    /// Invalid UTF-8 sequences replaced by U+FFFD (with `--invalid-utf8 replace`).
    public var replacements: Int = 0
    /// Set when the scalars are the file's bytes from this offset on, decoded one for one as
    /// valid UTF-8 (nothing replaced): 3 after a byte-order mark, else 0. The bytes then are the
    /// text's UTF-8, and a reporter can copy them instead of encoding the scalars again.
    public var utf8Start: Int? = nil
    /// What was changed to read the bytes (NUL padding, stray NULs), for the sheet's encoding line.
    public var note: String? = nil
    /// Stray NUL bytes read as spaces, and the byte offset of the first.
    public var nulsAsSpaces: (count: Int, firstByte: Int)? = nil
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

    /// The text of a file: UTF-8 (BOM optional) or UTF-16 with a BOM; with `.auto`, bytes that are
    /// not UTF-8 but read as Arabic in Windows-1256 or ISO-8859-6 are decoded as such.
    public static func decode(_ data: [UInt8], encoding: TextEncoding, invalidUTF8: InvalidUTF8Policy = .error) throws(DecodingError) -> DecodedText {
        // UTF-32 with a BOM (before UTF-16: FF FE 00 00 starts like a UTF-16 LE BOM)
        if encoding == .auto || encoding == .utf32, let little = utf32BOM(data) {
            return DecodedText(scalars: try utf32(data, little: little), encoding: .utf32)
        }
        if encoding == .utf32 { throw .invalidUTF32(byteOffset: 0) }
        // NUL bytes in single-byte or UTF-8 text: trailing padding (legacy exports end with
        // one) is removed, a few stray ones are read as spaces, more make the file binary
        guard !(encoding == .utf16 || encoding == .auto && hasUTF16BOM(data)), data.contains(0) else {
            return try decodeClean(data, encoding: encoding, invalidUTF8: invalidUTF8)
        }
        var cleaned = data
        var padding = 0
        while cleaned.last == 0 { cleaned.removeLast(); padding += 1 }
        let stray = cleaned.indices.filter { cleaned[$0] == 0 }
        if let first = stray.first {
            // a few in text: at most 16, and at most one byte in a hundred (and the rest must read as text)
            guard stray.count <= maxStrayNULs && stray.count * 100 <= cleaned.count else { throw .binary(byteOffset: first) }
            for i in stray { cleaned[i] = 0x20 }
        }
        var decoded: DecodedText
        do { decoded = try decodeClean(cleaned, encoding: encoding, invalidUTF8: invalidUTF8) } catch {
            // not text once the NULs are set aside either: a binary file
            if let first = stray.first ?? (padding > 0 ? cleaned.count : nil), case .invalidUTF8 = error { throw .binary(byteOffset: first) }
            throw error
        }
        var notes: [String] = []
        if padding > 0 { notes.append("trailing NUL padding removed (\(padding) byte\(padding == 1 ? "" : "s"))") }
        if let first = stray.first {
            notes.append("\(stray.count) stray NUL byte\(stray.count == 1 ? "" : "s") read as spaces")
            decoded.nulsAsSpaces = (stray.count, first)
            decoded.utf8Start = nil  // the bytes are no longer the text's
        }
        decoded.note = notes.joined(separator: "; ")
        return decoded
    }

    /// The most stray NUL bytes read as spaces in one text.
    public static let maxStrayNULs = 16

    /// Whether the bytes start with a UTF-32 BOM: true for little-endian, false for big-endian, nil for none.
    package static func utf32BOM(_ data: [UInt8]) -> Bool? {
        guard data.count >= 4 else { return nil }
        if data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0 { return true }
        if data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF { return false }
        return nil
    }

    package static func utf32(_ data: [UInt8], little: Bool) throws(DecodingError) -> [Unicode.Scalar] {
        guard data.count % 4 == 0 else { throw .invalidUTF32(byteOffset: data.count - data.count % 4) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(data.count / 4 - 1)
        var i = 4
        while i + 3 < data.count {
            let v = little ? UInt32(data[i]) | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 3]) << 24
                           : UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
            guard v != 0 else { throw .binary(byteOffset: i) }
            guard let s = Unicode.Scalar(v) else { throw .invalidUTF32(byteOffset: i) }
            out.append(s)
            i += 4
        }
        return out
    }

    static func decodeClean(_ data: [UInt8], encoding: TextEncoding, invalidUTF8: InvalidUTF8Policy) throws(DecodingError) -> DecodedText {
        switch encoding {
        case .windows1256, .iso88596:
            return DecodedText(scalars: try legacy(data, encoding), encoding: encoding)
        case .utf16:
            guard hasUTF16BOM(data) else { throw .invalidUTF16 }
            return DecodedText(scalars: try utf16(data, little: data[0] == 0xFF), encoding: .utf16)
        case .utf32:
            throw .invalidUTF32(byteOffset: 0)
        case .utf8, .auto:
            if encoding == .auto && hasUTF16BOM(data) {
                return DecodedText(scalars: try utf16(data, little: data[0] == 0xFF), encoding: .utf16)
            }
            do {
                return DecodedText(scalars: try scalars(data, replacing: false).0, encoding: .utf8, utf8Start: hasBOM(data) ? 3 : 0)
            } catch {
                guard case .invalidUTF8 = error else { throw error }
                if encoding == .auto, let guess = guessLegacy(data) {
                    return DecodedText(scalars: try legacy(data, guess), encoding: guess)
                }
                guard invalidUTF8 == .replace else { throw error }
                let (s, n) = try scalars(data, replacing: true)
                return DecodedText(scalars: s, encoding: .utf8, replacements: n)
            }
        }
    }

    /// Windows-1256 for bytes 0x80...0xFF (Python's cp1256 codec).
    @usableFromInline package static let windows1256: [UInt16] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]
    /// ISO-8859-6 for bytes 0x80...0xFF; 0 marks a byte the encoding does not define (C1 controls included).
    @usableFromInline package static let iso88596: [UInt16] = [
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x00A0, 0x0000, 0x0000, 0x0000, 0x00A4, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x060C, 0x00AD, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x061B, 0x0000, 0x0000, 0x0000, 0x061F,
        0x0000, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637,
        0x0638, 0x0639, 0x063A, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0640, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
        0x0648, 0x0649, 0x064A, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F,
        0x0650, 0x0651, 0x0652, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    ]

    @usableFromInline package static func legacy(_ data: [UInt8], _ encoding: TextEncoding) throws(DecodingError) -> [Unicode.Scalar] {
        let table = encoding == .windows1256 ? windows1256 : iso88596
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(data.count)
        for (i, b) in data.enumerated() {
            if b == 0 { throw .binary(byteOffset: i) }
            if b < 0x80 { out.append(Unicode.Scalar(b)); continue }
            let v = table[Int(b) - 0x80]
            guard v != 0, let s = Unicode.Scalar(v) else { throw .invalidByte(byteOffset: i, encoding: encoding.rawValue) }
            out.append(s)
        }
        return out
    }

    /// The legacy Arabic encoding the bytes read best in, when most of their high bytes are
    /// Arabic letters or punctuation in it; nil when neither reads as Arabic.
    @usableFromInline package static func guessLegacy(_ data: [UInt8]) -> TextEncoding? {
        var best: (TextEncoding, Double)? = nil
        for enc in [TextEncoding.windows1256, .iso88596] {
            let table = enc == .windows1256 ? windows1256 : iso88596
            var high = 0, arabic = 0, undefined = false
            for b in data where b >= 0x80 {
                high += 1
                let v = table[Int(b) - 0x80]
                if v == 0 { undefined = true; break }
                if (0x0600...0x06FF).contains(v) { arabic += 1 }
            }
            guard !undefined, high > 0 else { continue }
            let ratio = Double(arabic) / Double(high)
            if ratio >= 0.8 && ratio > (best?.1 ?? 0) { best = (enc, ratio) }
        }
        return best?.0
    }

    /// The text of a file as Unicode scalars: UTF-8 is validated and decoded in one pass.
    public static func scalars(_ data: [UInt8]) throws(DecodingError) -> [Unicode.Scalar] {
        try decode(data, encoding: .auto).scalars
    }

    /// UTF-8 (after an optional BOM) to scalars; invalid sequences fail or become U+FFFD.
    @usableFromInline package static func scalars(_ data: [UInt8], replacing: Bool) throws(DecodingError) -> ([Unicode.Scalar], Int) {
        let start = hasBOM(data) ? 3 : 0
        return try data.withUnsafeBufferPointer { (u: UnsafeBufferPointer<UInt8>) throws(DecodingError) -> ([Unicode.Scalar], Int) in
            try utf8(u, from: start, replacing: replacing)
        }
    }

    /// The text `data[start...]` held as its own UTF-8 (`OriginalScalars(utf8:start:count:)`,
    /// the bytes shared, not copied) when it is more than `minimum` scalars of valid UTF-8 with
    /// no NUL byte; nil otherwise, and the caller decodes it as before (`decode`, which reports
    /// what it finds). A long article's text is then never decoded whole into scalars at 4
    /// bytes each beside its bytes (issue #26): the same scalars as `utf8(_:from:replacing:)`.
    package static func utf8Original(_ data: [UInt8], from start: Int, moreThan minimum: Int) -> OriginalScalars? {
        guard start >= 0, data.count - start > minimum else { return nil }  // never fewer bytes than scalars
        let count = data.withUnsafeBufferPointer { u -> Int? in
            var leads = 0
            for b in UnsafeBufferPointer(rebasing: u[start...]) where b & 0xC0 != 0x80 { leads &+= 1 }
            guard leads > minimum else { return nil }
            var i = start, k = 0
            let n = u.count
            while i < n {
                let (v, width) = sequence(u, at: i)
                guard width > 0, !(width == 1 && v == 0) else { return nil }
                i &+= width
                k &+= 1
            }
            return k
        }
        guard let count else { return nil }
        return OriginalScalars(utf8: data, start: start, count: count)
    }

    /// Whether the bytes start with the UTF-8 byte-order mark.
    @usableFromInline package static func hasBOM(_ data: [UInt8]) -> Bool { data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF }
    /// Whether the bytes start with a UTF-16 byte-order mark (little- or big-endian).
    @usableFromInline package static func hasUTF16BOM(_ data: [UInt8]) -> Bool { data.count >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) }

    /// The UTF-8 sequence at `u[i]`: its scalar's value and its length in bytes, or a length
    /// of 0 when it is not valid UTF-8 (cut short, a bad continuation byte, overlong, a
    /// surrogate, past U+10FFFF). NUL decodes as a scalar: callers refuse it.
    @inlinable @inline(__always) @usableFromInline package static func sequence(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let n = u.count
        let b0 = u[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        @inline(__always) func cont(_ j: Int) -> Bool { j < n && u[j] & 0xC0 == 0x80 }
        // two bytes (Arabic, Latin with accents) first
        if b0 >= 0xC2 && b0 < 0xE0 && cont(i + 1) { return (UInt32(b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F), 2) }
        if b0 >= 0xE0 && b0 < 0xF0 && cont(i + 1) && cont(i + 2) {
            let v = UInt32(b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
            return (v, v < 0x800 || (0xD800...0xDFFF).contains(v) ? 0 : 3)
        }
        if b0 >= 0xF0 && b0 < 0xF5 && cont(i + 1) && cont(i + 2) && cont(i + 3) {
            let v = UInt32(b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
            return (v, v < 0x10000 || v > 0x10FFFF ? 0 : 4)
        }
        return (0, 0)
    }

    @usableFromInline package static func utf8(_ u: UnsafeBufferPointer<UInt8>, from start: Int, replacing: Bool) throws(DecodingError) -> ([Unicode.Scalar], Int) {
        // a long text is sized by its scalars (the bytes that start one), not by its bytes: Arabic
        // takes 1.8 bytes a scalar, and the array reserved 4 bytes a byte; replacement characters
        // (one a bad byte) can outnumber them, and the text is then decoded again at full size
        if u.count - start > 1 << 16 {
            var leads = 0
            for b in UnsafeBufferPointer(rebasing: u[start...]) where b & 0xC0 != 0x80 { leads &+= 1 }
            if let fitted = try utf8(u, from: start, replacing: replacing, capacity: leads) { return fitted }
        }
        return try utf8(u, from: start, replacing: replacing, capacity: u.count - start)!
    }

    /// `utf8(_:from:replacing:)` into an array of `capacity` scalars; nil if they do not fit.
    static func utf8(_ u: UnsafeBufferPointer<UInt8>, from start: Int, replacing: Bool, capacity: Int) throws(DecodingError) -> ([Unicode.Scalar], Int)? {
        let n = u.count
        var failure: DecodingError? = nil
        var replaced = 0, overflow = false
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buf, count in
            var i = start, k = 0
            while i < n {
                if k == capacity { overflow = true; break }
                let (v, width) = sequence(u, at: i)
                if width == 1 && v == 0 { failure = .binary(byteOffset: i); break }
                guard width > 0 else {
                    // an invalid sequence: one replacement character per bad byte, or the first error
                    if replacing { buf[k] = "\u{FFFD}"; k += 1; i += 1; replaced += 1; continue }
                    failure = .invalidUTF8(byteOffset: i); break
                }
                // every value `sequence` accepts is a scalar (no surrogate, at most U+10FFFF)
                buf[k] = unsafeBitCast(v, to: Unicode.Scalar.self); k += 1; i += width
            }
            count = k
        }
        if let failure {
            // a NUL byte anywhere makes the file binary, even after an encoding error
            if case .invalidUTF8 = failure, let nul = u[start...].firstIndex(of: 0) { throw .binary(byteOffset: nul) }
            throw failure
        }
        return overflow ? nil : (out, replaced)
    }

    @usableFromInline package static func utf16(_ data: [UInt8], little: Bool) throws(DecodingError) -> [Unicode.Scalar] {
        if data.count % 2 == 1 { throw .oddUTF16(byteOffset: data.count - 1) }
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
