import IsnadModel
import IsnadText

/// A minimal streaming JSON writer over UTF-8 bytes that keeps keys in the order they are written.
///
/// The bytes go into a buffer the writer owns (no copy-on-write check per byte, room made once
/// per value); `out` hands them back as an array. The writer is not copyable: two copies
/// would share one buffer.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Bit d: whether the container open at depth d already holds a value (depth 0 is the top level).
    var commas: UInt64 = 0
    /// The number of open containers (at most 63).
    var depth = 0
    let pretty: Bool
    var inValue = false

    deinit { base.deallocate() }

    /// The bytes written so far.
    public var out: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buf, n in
            if count > 0 { buf.baseAddress!.initialize(from: base, count: count) }
            n = count
        }
    }

    /// Appends the bytes written so far to `bytes`.
    public func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    /// The number of bytes written and not yet moved out.
    public var pending: Int { count }

    /// Moves the bytes written so far to `bytes` and empties the buffer; the open containers
    /// stay open (nothing the writer writes looks back at its bytes), so a long document goes
    /// out piece by piece instead of whole.
    public mutating func move(to bytes: inout [UInt8]) {
        append(to: &bytes)
        count = 0
    }

    /// Makes room for `n` more bytes.
    @inline(__always) mutating func reserve(_ n: Int) { if count + n > capacity { grow(count + n) } }
    @inline(never) mutating func grow(_ need: Int) {
        let c = Swift.max(need, capacity * 2)
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        b.initialize(from: base, count: count)
        base.deallocate()
        base = b; capacity = c
    }
    /// Appends one byte.
    @inline(__always) public mutating func byte(_ b: UInt8) { reserve(1); base[count] = b; count += 1 }
    /// Appends bytes as they are.
    @inline(__always) mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        guard p.count > 0 else { return }
        reserve(p.count); (base + count).initialize(from: p.baseAddress!, count: p.count); count += p.count
    }

    /// A writer at the top level.
    public init(pretty: Bool = true) { self.init(pretty: pretty, open: []) }

    /// A writer that continues a document already open: `open` says, for each enclosing
    /// container from the outermost, whether it already holds a value.
    /// Its bytes go to the output with `append(to:)`.
    public init(pretty: Bool, open: [Bool]) {
        self.pretty = pretty
        capacity = pretty ? 32768 : 16384  // an article, most of the time
        base = .allocate(capacity: capacity)
        for o in open { push(); if o { commas |= 1 << UInt64(depth) } }
    }

    @inline(__always) var hasValue: Bool { commas & (1 << UInt64(depth)) != 0 }
    @inline(__always) mutating func markValue() { commas |= 1 << UInt64(depth) }
    @inline(__always) mutating func push() { depth += 1; commas &= ~(1 << UInt64(depth)) }
    /// Closes the innermost container; returns whether it held a value.
    @inline(__always) mutating func pop() -> Bool { let had = hasValue; depth -= 1; return had }

    @inline(__always) mutating func sep() {
        if hasValue { byte(0x2C) }
        markValue()
        if pretty && depth > 0 { indent(depth) }
    }

    mutating func indent(_ d: Int) {
        reserve(1 + 2 * d)
        base[count] = 0x0A
        for i in 0..<(2 * d) { base[count + 1 + i] = 0x20 }
        count += 1 + 2 * d
    }

    /// Appends literal bytes.
    @inline(__always) mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        reserve(n)
        Self.copySmall(s.utf8Start, base + count, n)
        count += n
    }
    /// A value already written as JSON (after a key or in an array).
    public mutating func json(_ json: String) {
        prefix()
        var json = json
        json.withUTF8 { bytes($0) }
    }

    /// A key computed at run time (quoted and escaped).
    public mutating func key(_ k: String) {
        sep(); quote(k); if pretty { raw(": ") } else { raw(":") }; inValue = true
    }
    /// A literal key: written as is, so it must need no escaping.
    @inline(__always) public mutating func key(_ k: StaticString) {
        let n = k.utf8CodeUnitCount
        if pretty { sep(); reserve(n + 4) } else {
            // compact: the comma, the key, its quotes and the colon in one reservation
            reserve(n + 4)
            base[count] = 0x2C
            if hasValue { count += 1 }
            markValue()
        }
        let o = base + count
        o[0] = 0x22
        Self.copySmall(k.utf8Start, o + 1, n)
        o[n + 1] = 0x22; o[n + 2] = 0x3A
        count += n + 3
        if pretty { base[count] = 0x20; count += 1 }
        inValue = true
    }
    /// Copies the few bytes of a key, a name or a word of the format byte by byte (no call to `memcpy`).
    @inline(__always) static func copySmall(_ from: UnsafePointer<UInt8>, _ to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        for i in 0..<n { to[i] = from[i] }
    }
    /// A string value given as a literal that needs no escaping (the JSON name of an enumeration case).
    @inline(__always) public mutating func name(_ v: StaticString) {
        prefix()
        let n = v.utf8CodeUnitCount
        reserve(n + 2)
        let o = base + count
        o[0] = 0x22
        Self.copySmall(v.utf8Start, o + 1, n)
        o[n + 1] = 0x22
        count += n + 2
    }
    /// A field whose value is the JSON name of an enumeration case.
    @inline(__always) public mutating func field<N: JSONNamed>(_ k: StaticString, _ v: N) { key(k); name(v.jsonName) }
    /// A field whose value is the JSON name of an enumeration case, or null.
    @inline(__always) public mutating func field<N: JSONNamed>(_ k: StaticString, _ v: N?) { key(k); if let v { name(v.jsonName) } else { null() } }
    @inline(__always) mutating func prefix() { if inValue { inValue = false; markValue() } else { sep() } }

    public mutating func beginObject() { prefix(); byte(0x7B); push() }
    public mutating func endObject() { let had = pop(); if pretty && had { indent(depth) }; byte(0x7D) }
    public mutating func beginArray() { prefix(); byte(0x5B); push() }
    public mutating func endArray() { let had = pop(); if pretty && had { indent(depth) }; byte(0x5D) }
    public mutating func beginObject(_ k: StaticString) { key(k); beginObject() }
    public mutating func beginArray(_ k: StaticString) { key(k); beginArray() }
    public mutating func string(_ v: String?) { prefix(); if let v { quote(v) } else { raw("null") } }
    public mutating func number(_ v: Int) { prefix(); digits(v) }
    /// The decimal digits of `v`.
    mutating func digits(_ v: Int) {
        reserve(20)
        let o = base + count
        if v >= 0 && v < 10 { o[0] = 0x30 &+ UInt8(truncatingIfNeeded: v); count += 1; return }
        var x = v.magnitude
        var n = 0
        if v < 0 { o[0] = 0x2D; n = 1 }
        // the number of digits, then the digits backwards from the end of the number
        var digits = 1
        var limit: UInt = 10
        while x >= limit && digits < 19 { digits += 1; limit &*= 10 }
        if digits == 19 && x >= limit { digits = 20 }
        var i = n + digits
        repeat { i -= 1; o[i] = 0x30 &+ UInt8(truncatingIfNeeded: x % 10); x /= 10 } while x > 0
        count += n + digits
    }
    public mutating func number(_ v: Double) {
        prefix()
        if v == v.rounded() && abs(v) < 1e15 { digits(Int(v)); return }
        var t = String(v)
        t.withUTF8 { bytes($0) }
    }
    public mutating func bool(_ v: Bool) { prefix(); if v { raw("true") } else { raw("false") } }
    public mutating func null() { prefix(); raw("null") }
    public mutating func field(_ k: StaticString, _ v: String?) { key(k); string(v) }
    /// A string field (not wrapped in an optional: the string is lent, not retained).
    public mutating func field(_ k: StaticString, _ v: String) { key(k); prefix(); quote(v) }
    public mutating func field(_ k: StaticString, _ v: Int) { key(k); number(v) }
    public mutating func field(_ k: StaticString, _ v: Double) { key(k); number(v) }
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); bool(v) }

    /// A string field whose value is given as Unicode scalars (no String is made).
    public mutating func field(_ k: StaticString, scalars v: ArraySlice<Unicode.Scalar>) { key(k); prefix(); quote(scalars: v) }

    /// Appends a JSON string literal for scalars, encoding UTF-8 and escaping as `quote(_:)` does.
    mutating func quote(scalars s: ArraySlice<Unicode.Scalar>) {
        // at most 6 bytes per scalar (\u00XX), plus the quotes
        reserve(s.count * 6 + 2)
        let o = base
        // the position is local to the loop: a variable the closure captured would be loaded
        // and stored through memory on every scalar
        count = s.withUnsafeBufferPointer { src in
            var n = count
            o[n] = 0x22; n += 1
            for c in src {
                let v = c.value
                // Arabic letters (two bytes) and ASCII spaces and digits alternate every few letters:
                // both are written without a branch on which it is (two bytes stored, one or two kept)
                if v &- 0x20 < 0x7E0 && v != 0x22 && v != 0x5C && v != 0x7F {
                    let two = v &>> 7 != 0 ? 1 : 0
                    o[n] = two != 0 ? UInt8(truncatingIfNeeded: 0xC0 | v &>> 6) : UInt8(truncatingIfNeeded: v)
                    o[n &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n &+= 1 &+ two
                    continue
                }
                // what is left: an ASCII character that needs an escape, or three or four bytes
                if v < 0x80 {
                    Self.escape(UInt8(v), o, &n)
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

    /// Writes the escape of an ASCII quote, backslash or control character at `o[n]` (at most 6 bytes).
    @inline(__always) static func escape(_ v: UInt8, _ o: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
        o[n] = 0x5C
        switch v {
        case 0x22: o[n + 1] = 0x22; n += 2
        case 0x5C: o[n + 1] = 0x5C; n += 2
        case 0x0A: o[n + 1] = 0x6E; n += 2
        case 0x0D: o[n + 1] = 0x72; n += 2
        case 0x09: o[n + 1] = 0x74; n += 2
        default:
            o[n + 1] = 0x75; o[n + 2] = 0x30; o[n + 3] = 0x30
            o[n + 4] = hexDigit(v >> 4); o[n + 5] = hexDigit(v & 15); n += 6
        }
    }

    @inline(__always) static func hexDigit(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }

    /// Appends a JSON string literal: control characters, quotes, backslashes and the line
    /// separators U+2028 / U+2029 escaped.
    mutating func quote(_ s: String) {
        // a native string lends its storage as it is (no copy made to call `withUTF8`, no retain)
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ quote(utf8: $0) }) { return done }
        var s = s
        s.withUTF8 { quote(utf8: $0) }
    }

    /// A string field whose value is given as valid UTF-8 (copied, escaped as `quote(_:)` does).
    public mutating func field(_ k: StaticString, utf8 v: UnsafeBufferPointer<UInt8>) { key(k); prefix(); quote(utf8: v) }
    /// A field whose value is the valid UTF-8 `v`, copied as it is (escaped).
    public mutating func field(_ k: StaticString, utf8 v: ArraySlice<UInt8>) {
        v.withUnsafeBufferPointer { field(k, utf8: $0) }
    }
    /// A field whose value is the valid UTF-8 `bytes[range]`, copied as it is (escaped).
    public mutating func field(_ k: StaticString, utf8 bytes: [UInt8], _ range: Range<Int>) {
        bytes.withUnsafeBufferPointer { field(k, utf8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Appends a JSON string literal for valid UTF-8, escaped as `quote(_:)` says.
    mutating func quote(utf8 u: UnsafeBufferPointer<UInt8>) {
        // at most 6 bytes per byte (\u00XX; U+2028 takes 3 bytes and writes 6), plus the quotes
        reserve(u.count * 6 + 2)
        let o = base
        var n = count
        o[n] = 0x22; n += 1
        var i = 0
        let e = u.count
        let src = UnsafeRawPointer(u.baseAddress)
        while i < e {
            // sixteen bytes at a time while none of them needs a look, then eight
            if let src {
                if i &+ 16 <= e {
                    let x = src.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    if !Self.hasSpecial(x) {
                        UnsafeMutableRawPointer(o + n).storeBytes(of: x, as: SIMD16<UInt8>.self)
                        n &+= 16; i &+= 16
                        continue
                    }
                } else if i &+ 8 <= e {
                    let x = src.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !Self.hasSpecial(x) {
                        UnsafeMutableRawPointer(o + n).storeBytes(of: x, as: UInt64.self)
                        n &+= 8; i &+= 8
                        continue
                    }
                }
            }
            let b = u[i]
            if !Self.isSpecial(b) { o[n] = b; n += 1; i += 1; continue }
            if b == 0xE2 {
                if i + 2 < e && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9) {
                    o[n] = 0x5C; o[n + 1] = 0x75; o[n + 2] = 0x32; o[n + 3] = 0x30; o[n + 4] = 0x32
                    o[n + 5] = u[i + 2] == 0xA8 ? 0x38 : 0x39; n += 6; i += 3
                } else { o[n] = b; n += 1; i += 1 }
                continue
            }
            Self.escape(b, o, &n)
            i += 1
        }
        o[n] = 0x22; n += 1
        count = n
    }

    /// The bytes `quote(_:)` looks at twice: controls, `"`, `\\`, DEL, and 0xE2 (the lead byte of U+2028 / U+2029).
    @inline(__always) static func isSpecial(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2
    }

    /// Whether one of sixteen bytes is special (`isSpecial`). Lane arithmetic only (the lanes'
    /// compares compile to a loop per lane): a lane's top bit is set
    /// when the lane is below 0x20 or, after XOR with a byte looked for, zero — exact, as no
    /// borrow crosses lanes.
    @inline(__always) static func hasSpecial(_ x: SIMD16<UInt8>) -> Bool {
        @inline(__always) func zero(_ v: SIMD16<UInt8>) -> SIMD16<UInt8> { (v &- 1) & ~v }
        let m = (x &- 0x20) & ~x | zero(x ^ 0x22) | zero(x ^ 0x5C) | zero(x ^ 0x7F) | zero(x ^ 0xE2)
        let halves = unsafeBitCast(m, to: SIMD2<UInt64>.self)
        return (halves[0] | halves[1]) & 0x8080_8080_8080_8080 != 0
    }

    /// Whether one of the eight bytes of `x` is special (`isSpecial`): the bit tricks that find
    /// a zero byte (after XOR with the byte looked for) or a byte below 0x20, exact as a yes or no.
    @inline(__always) static func hasSpecial(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (x &- ones &* 0x20) & ~x & highs
        return control | hasZero(x ^ (ones &* 0x22)) | hasZero(x ^ (ones &* 0x5C)) | hasZero(x ^ (ones &* 0x7F)) | hasZero(x ^ (ones &* 0xE2)) != 0
    }

    /// A JSON string literal for `s`.
    public static func quote(_ s: String) -> String {
        var w = JSONWriter(pretty: false)
        w.quote(s)
        return String(decoding: w.out, as: UTF8.self)
    }
}

