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
        if pretty && depth > 0 { out += "\n" + String(repeating: "  ", count: depth) }
    }
    mutating func key(_ k: String) { sep(); out += JSONWriter.quote(k); out += pretty ? ": " : ":"; inValue = true }
    var inValue = false
    mutating func prefix() { if inValue { inValue = false; needComma[needComma.count - 1] = true } else { sep() } }

    public mutating func beginObject() { prefix(); out += "{"; needComma.append(false) }
    public mutating func endObject() { let had = needComma.removeLast(); if pretty && had { out += "\n" + String(repeating: "  ", count: depth) }; out += "}" }
    public mutating func beginArray() { prefix(); out += "["; needComma.append(false) }
    public mutating func endArray() { let had = needComma.removeLast(); if pretty && had { out += "\n" + String(repeating: "  ", count: depth) }; out += "]" }
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

    /// A JSON string literal; control characters, quotes and backslashes escaped.
    public static func quote(_ s: String) -> String {
        var r = "\""
        r.unicodeScalars.reserveCapacity(s.unicodeScalars.count + 2)
        for c in s.unicodeScalars {
            switch c {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            case "\t": r += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F || c.value == 0x2028 || c.value == 0x2029 {
                    r += "\\u" + String(repeating: "0", count: 4 - String(c.value, radix: 16).count) + String(c.value, radix: 16)
                } else { r.unicodeScalars.append(c) }
            }
        }
        return r + "\""
    }
}
