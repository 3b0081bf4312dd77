/// A compact binary record, written and read field by field in the same order: integers as
/// variable-length (zig-zag) numbers, strings as UTF-8 kept once each (a repeated string is
/// its index), doubles as their bits. What the compiled rule-pack cache (`PackCache`) stores;
/// reading one is what start-up pays instead of parsing YAML, so it is kept here, in the text
/// kernel, and a truncated or malformed record is an error, never a crash.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []
    private var strings: [String: Int] = [:]

    public init() {}

    public mutating func int(_ v: Int) {
        // zig-zag, then 7 bits a byte
        var u = UInt64(bitPattern: Int64((v << 1) ^ (v >> (Int.bitWidth - 1))))
        while u >= 0x80 { bytes.append(UInt8(u & 0x7F) | 0x80); u >>= 7 }
        bytes.append(UInt8(u))
    }

    public mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    public mutating func double(_ d: Double) {
        let bits = d.bitPattern
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
    }

    /// A string: its index plus one when written before, else 0 and its UTF-8 bytes.
    public mutating func string(_ s: String) {
        if let i = strings[s] { int(i + 1); return }
        strings[s] = strings.count
        int(0)
        let utf8 = Array(s.utf8)
        int(utf8.count)
        bytes += utf8
    }

    public mutating func optional<T>(_ v: T?, _ write: (inout BinaryWriter, T) -> Void) {
        guard let v else { bool(false); return }
        bool(true); write(&self, v)
    }

    public mutating func array<T>(_ a: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(a.count)
        for e in a { write(&self, e) }
    }

    /// Raw bytes as they are (a length is the caller's to write).
    public mutating func raw(_ b: [UInt8]) { bytes += b }
}

/// Reads what `BinaryWriter` wrote, in the same order.
public struct BinaryReader {
    /// The record ends early or holds a value that cannot be.
    public struct Malformed: Error, Sendable {
        public var offset: Int
        public init(offset: Int) { self.offset = offset }
    }

    private let bytes: [UInt8]
    public private(set) var offset: Int
    private var strings: [String] = []

    public init(_ bytes: [UInt8], offset: Int = 0) { self.bytes = bytes; self.offset = offset }

    public var atEnd: Bool { offset == bytes.count }

    public mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed(offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func int() throws(Malformed) -> Int {
        var u: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Malformed(offset: offset) }
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let v = Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
        return Int(v)
    }

    /// A count of things still to read: at most one per remaining byte.
    public mutating func count() throws(Malformed) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Malformed(offset: offset) }
        return n
    }

    public mutating func bool() throws(Malformed) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed(offset: offset - 1)
        }
    }

    public mutating func double() throws(Malformed) -> Double {
        guard bytes.count - offset >= 8 else { throw Malformed(offset: offset) }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Double(bitPattern: bits)
    }

    public mutating func string() throws(Malformed) -> String {
        let ref = try int()
        if ref > 0 {
            guard ref <= strings.count else { throw Malformed(offset: offset) }
            return strings[ref - 1]
        }
        guard ref == 0 else { throw Malformed(offset: offset) }
        let n = try count()
        guard let s = String(validating: bytes[offset..<(offset + n)], as: UTF8.self) else { throw Malformed(offset: offset) }
        offset += n
        strings.append(s)
        return s
    }

    public mutating func optional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try read(&self) : nil
    }

    public mutating func array<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let n = try count()
        var out: [T] = []
        // a count is at most the bytes left, but an element may be far larger than its bytes:
        // a crafted count reserves little, and the array grows only with what is really read
        out.reserveCapacity(Swift.min(n, 256))
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    /// The next `n` bytes as they are.
    public mutating func raw(_ n: Int) throws(Malformed) -> ArraySlice<UInt8> {
        guard n >= 0, bytes.count - offset >= n else { throw Malformed(offset: offset) }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }
}

/// FNV-1a, 64 bits: a checksum of bytes (not a defence against someone choosing them).
public enum FNV1a {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    public static func hash<C: Collection>(_ bytes: C, seed: UInt64 = FNV1a.seed) -> UInt64 where C.Element == UInt8 {
        // through a buffer: this runs over every rule file at each start, in debug builds too
        if let h = bytes.withContiguousStorageIfAvailable({ hash(buffer: UnsafeRawBufferPointer($0), seed: seed) }) { return h }
        return Array(bytes).withUnsafeBytes { hash(buffer: $0, seed: seed) }
    }

    static func hash(buffer: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        var h = seed
        for b in buffer { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// 16 hexadecimal digits.
    public static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
