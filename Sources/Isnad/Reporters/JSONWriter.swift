/// A minimal JSON writer that keeps keys in the order they are written.
public struct JSONWriter {
    public private(set) var out = ""
    var needComma: [Bool] = [false]
    let pretty: Bool
    var depth: Int { needComma.count - 1 }

    public init(pretty: Bool = true) { self.pretty = pretty }

    mutating func sep() {
        if needComma[needComma.count - 1] { out += "," }
        needComma[needComma.count - 1] = true
        if pretty && depth > 0 { out += JSONWriter.indent(depth) }
    }

    static let indents: [String] = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }
    static func indent(_ d: Int) -> String { d < indents.count ? indents[d] : "\n" + String(repeating: "  ", count: d) }
    mutating func key(_ k: String) { sep(); out += JSONWriter.quote(k); out += pretty ? ": " : ":"; inValue = true }
    var inValue = false
    mutating func prefix() { if inValue { inValue = false; needComma[needComma.count - 1] = true } else { sep() } }

    public mutating func beginObject() { prefix(); out += "{"; needComma.append(false) }
    public mutating func endObject() { let had = needComma.removeLast(); if pretty && had { out += JSONWriter.indent(depth) }; out += "}" }
    public mutating func beginArray() { prefix(); out += "["; needComma.append(false) }
    public mutating func endArray() { let had = needComma.removeLast(); if pretty && had { out += JSONWriter.indent(depth) }; out += "]" }
    public mutating func beginObject(_ k: String) { key(k); beginObject() }
    public mutating func beginArray(_ k: String) { key(k); beginArray() }
    public mutating func string(_ v: String?) { prefix(); out += v.map(JSONWriter.quote) ?? "null" }
    public mutating func number(_ v: Int) { prefix(); out += String(v) }
    public mutating func number(_ v: Double) { prefix(); out += v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
    public mutating func bool(_ v: Bool) { prefix(); out += v ? "true" : "false" }
    public mutating func null() { prefix(); out += "null" }
    public mutating func field(_ k: String, _ v: String?) { key(k); string(v) }
    public mutating func field(_ k: String, _ v: Int) { key(k); number(v) }
    public mutating func field(_ k: String, _ v: Double) { key(k); number(v) }
    public mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }

    /// A JSON string literal; control characters, quotes, backslashes and the line
    /// separators U+2028 / U+2029 escaped.
    public static func quote(_ s: String) -> String {
        let u = Array(s.utf8)
        var out: [UInt8] = [0x22]
        out.reserveCapacity(u.count + 2)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var i = 0
        while i < u.count {
            let b = u[i]
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20, 0x7F: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
            case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                out += Array("\\u202".utf8) + [u[i + 2] == 0xA8 ? 0x38 : 0x39]
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
