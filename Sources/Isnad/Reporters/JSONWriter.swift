/// A minimal streaming JSON writer over UTF-8 bytes that keeps keys in the order they are written.
public struct JSONWriter {
    /// The bytes written so far.
    public var out: [UInt8]
    /// Bit d: whether the container open at depth d already holds a value (depth 0 is the top level).
    var commas: UInt64 = 0
    /// The number of open containers (at most 63).
    var depth = 0
    let pretty: Bool
    var inValue = false

    /// A writer at the top level.
    public init(pretty: Bool = true, into out: [UInt8] = []) { self.init(pretty: pretty, open: [], into: out) }

    /// A writer that continues a document already open: `open` says, for each enclosing
    /// container from the outermost, whether it already holds a value.
    public init(pretty: Bool, open: [Bool], into out: [UInt8] = []) {
        self.pretty = pretty; self.out = out
        for o in open { push(); if o { commas |= 1 << UInt64(depth) } }
    }

    @inline(__always) var hasValue: Bool { commas & (1 << UInt64(depth)) != 0 }
    @inline(__always) mutating func markValue() { commas |= 1 << UInt64(depth) }
    @inline(__always) mutating func push() { depth += 1; commas &= ~(1 << UInt64(depth)) }
    /// Closes the innermost container; returns whether it held a value.
    @inline(__always) mutating func pop() -> Bool { let had = hasValue; depth -= 1; return had }

    mutating func sep() {
        if hasValue { out.append(0x2C) }
        markValue()
        if pretty && depth > 0 { indent(depth) }
    }

    mutating func indent(_ d: Int) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * d))
    }

    /// Appends literal bytes one by one: for the short keys and words of the format this is
    /// cheaper than `append(contentsOf:)`, whose set-up costs more than the copy.
    @inline(__always) mutating func raw(_ s: StaticString) {
        let p = s.utf8Start
        for i in 0..<s.utf8CodeUnitCount { out.append(p[i]) }
    }
    /// A value already written as JSON (after a key or in an array).
    public mutating func json(_ json: String) { prefix(); out.append(contentsOf: json.utf8) }

    /// A key computed at run time (quoted and escaped).
    public mutating func key(_ k: String) {
        sep(); quote(k); if pretty { raw(": ") } else { raw(":") }; inValue = true
    }
    /// A literal key: written as is, so it must need no escaping.
    public mutating func key(_ k: StaticString) {
        sep(); out.append(0x22); raw(k); out.append(0x22); out.append(0x3A); if pretty { out.append(0x20) }; inValue = true
    }
    mutating func prefix() { if inValue { inValue = false; markValue() } else { sep() } }

    public mutating func beginObject() { prefix(); out.append(0x7B); push() }
    public mutating func endObject() { let had = pop(); if pretty && had { indent(depth) }; out.append(0x7D) }
    public mutating func beginArray() { prefix(); out.append(0x5B); push() }
    public mutating func endArray() { let had = pop(); if pretty && had { indent(depth) }; out.append(0x5D) }
    public mutating func beginObject(_ k: StaticString) { key(k); beginObject() }
    public mutating func beginArray(_ k: StaticString) { key(k); beginArray() }
    public mutating func string(_ v: String?) { prefix(); if let v { quote(v) } else { raw("null") } }
    public mutating func number(_ v: Int) {
        prefix()
        if v >= 0 && v < 10 { out.append(0x30 + UInt8(v)); return }
        if v < 0 { out.append(contentsOf: String(v).utf8); return }
        // digits written backwards into a small buffer, then appended in order
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { d in
            var n = 0, x = v
            while x > 0 { d[n] = 0x30 + UInt8(x % 10); x /= 10; n += 1 }
            while n > 0 { n -= 1; out.append(d[n]) }
        }
    }
    public mutating func number(_ v: Double) {
        prefix()
        out.append(contentsOf: (v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)).utf8)
    }
    public mutating func bool(_ v: Bool) { prefix(); if v { raw("true") } else { raw("false") } }
    public mutating func null() { prefix(); raw("null") }
    public mutating func field(_ k: StaticString, _ v: String?) { key(k); string(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); number(v) }
    public mutating func field(_ k: StaticString, _ v: Double) { key(k); number(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); bool(v) }

    /// A string field whose value is given as Unicode scalars (no String is made).
    public mutating func field(_ k: StaticString, scalars v: ArraySlice<Unicode.Scalar>) { key(k); prefix(); quote(scalars: v) }

    /// Appends a JSON string literal for scalars, encoding UTF-8 and escaping as `quote(_:)` does.
    mutating func quote(scalars s: ArraySlice<Unicode.Scalar>) {
        let start = out.count
        // at most 6 bytes per scalar (\u00XX), plus the quotes
        out.append(contentsOf: repeatElement(0, count: s.count * 6 + 2))
        let written = out.withUnsafeMutableBufferPointer { o in
            s.withUnsafeBufferPointer { src in
                var n = start
                o[n] = 0x22; n += 1
                for c in src {
                    let v = c.value
                    if v < 0x80 {
                        if v >= 0x20 && v != 0x22 && v != 0x5C && v != 0x7F { o[n] = UInt8(v); n += 1; continue }
                        o[n] = 0x5C
                        switch v {
                        case 0x22: o[n + 1] = 0x22; n += 2
                        case 0x5C: o[n + 1] = 0x5C; n += 2
                        case 0x0A: o[n + 1] = 0x6E; n += 2
                        case 0x0D: o[n + 1] = 0x72; n += 2
                        case 0x09: o[n + 1] = 0x74; n += 2
                        default:
                            o[n + 1] = 0x75; o[n + 2] = 0x30; o[n + 3] = 0x30
                            o[n + 4] = Self.hex[Int(v >> 4)]; o[n + 5] = Self.hex[Int(v & 15)]; n += 6
                        }
                    } else if v < 0x800 {
                        o[n] = UInt8(0xC0 | v >> 6); o[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                    } else if v < 0x10000 {
                        if v == 0x2028 || v == 0x2029 {
                            o[n] = 0x5C; o[n + 1] = 0x75; o[n + 2] = 0x32; o[n + 3] = 0x30; o[n + 4] = 0x32
                            o[n + 5] = v == 0x2028 ? 0x38 : 0x39; n += 6
                            continue
                        }
                        o[n] = UInt8(0xE0 | v >> 12); o[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F); o[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                    } else {
                        o[n] = UInt8(0xF0 | v >> 18); o[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                        o[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); o[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                    }
                }
                o[n] = 0x22; n += 1
                return n
            }
        }
        out.removeLast(out.count - written)
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends a JSON string literal: control characters, quotes, backslashes and the line
    /// separators U+2028 / U+2029 escaped.
    mutating func quote(_ s: String) {
        var s = s
        s.withUTF8 { u in
            out.reserveCapacity(out.count + u.count + 2)
            out.append(0x22)
            var run = 0  // start of the bytes not yet copied
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 { i += 1; continue }
                if b == 0xE2 && !(i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i]))
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0xE2:
                    out.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, u[i + 2] == 0xA8 ? 0x38 : 0x39])
                    i += 2
                default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 15)]])
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<n]))
            out.append(0x22)
        }
    }

    /// A JSON string literal for `s`.
    public static func quote(_ s: String) -> String {
        var w = JSONWriter(pretty: false)
        w.quote(s)
        return String(decoding: w.out, as: UTF8.self)
    }
}
