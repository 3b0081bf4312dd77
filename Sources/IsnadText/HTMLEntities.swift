/// HTML character references left undecoded in article text (`&quot;`, `&#8220;`, `&#x201D;`):
/// the normaliser reads a well-formed one as the character it stands for (issue #22). The
/// original text keeps the reference; the folded character maps to its `&`, and a span
/// that ends at it runs to its `;` (`NormalizedText.originalSpan`).
///
/// Well-formed: `&name;` with a name of the table below (case as written), `&#N;` with 1–7
/// decimal digits, `&#xH;` / `&#XH;` with 1–6 hex digits, standing for a Unicode scalar other
/// than NUL. Anything else (no `;`, an unknown name, a surrogate) stays as it is.
public enum HTMLEntities {
    /// The named references read (the ones news text carries).
    static let named: [(name: [UInt8], scalar: Unicode.Scalar)] = [
        ("quot", "\""), ("amp", "&"), ("apos", "'"), ("lt", "<"), ("gt", ">"), ("nbsp", "\u{00A0}"),
        ("laquo", "\u{00AB}"), ("raquo", "\u{00BB}"), ("ldquo", "\u{201C}"), ("rdquo", "\u{201D}"), ("hellip", "\u{2026}"),
    ].map { (Array($0.0.utf8), $0.1) }
    /// The longest reference read: `&#1114111;`.
    static let longest = 10

    /// The reference that starts at `i` (where `at(i)` is `&`), read through `at` over `0..<count`:
    /// the scalar it stands for and its length in scalars, or nil when none starts there.
    @inlinable @inline(__always)
    public static func reference(at i: Int, count: Int, _ at: (Int) -> Unicode.Scalar) -> (scalar: Unicode.Scalar, length: Int)? {
        guard i + 3 < count, at(i) == "&" else { return nil }  // the shortest is `&lt;`
        return read(from: i, count: count, at)
    }

    @usableFromInline static func read(from i: Int, count: Int, _ at: (Int) -> Unicode.Scalar) -> (scalar: Unicode.Scalar, length: Int)? {
        let limit = min(count, i + longest)
        var j = i + 1
        guard j < limit else { return nil }
        if at(j) == "#" {
            j += 1
            var hex = false
            if j < limit, at(j) == "x" || at(j) == "X" { hex = true; j += 1 }
            let first = j
            var value: UInt32 = 0
            while j < limit {
                let c = at(j).value
                let d: UInt32
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x61...0x66 where hex: d = c - 0x61 + 10
                case 0x41...0x46 where hex: d = c - 0x41 + 10
                default: d = 0xFF
                }
                if d == 0xFF { break }
                value = value * (hex ? 16 : 10) + d
                j += 1
                if j - first > (hex ? 6 : 7) { return nil }
            }
            guard j > first, j < limit, at(j) == ";", value != 0, let s = Unicode.Scalar(value) else { return nil }
            return (s, j + 1 - i)
        }
        let first = j
        while j < limit, j - first < 6 {
            let c = at(j).value
            guard (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) else { break }
            j += 1
        }
        guard j > first, j < limit, at(j) == ";" else { return nil }
        let length = j - first
        for entry in named where entry.name.count == length {
            var same = true
            for k in 0..<length where UInt32(entry.name[k]) != at(first + k).value { same = false; break }
            if same { return (entry.scalar, j + 1 - i) }
        }
        return nil
    }
}
