/// URLs and e-mail addresses in text: the runs of non-space scalars that hold `://`, start with
/// `www.`, or hold an `@` with a dot after it. Words inside them are no cues and no outlet names
/// (`www.spa.gov.sa` does not name واس, `https://x.com/...` no source).
public enum WebAddresses {
    /// The half-open ranges of the addresses in `s`, in order.
    public static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] { ranges(of: s) }
    /// The addresses of a text held compact (`CompactScalars`), as `ranges(in:)` of its scalars.
    public static func ranges(in s: CompactScalars) -> [Range<Int>] { ranges(of: s) }

    static func ranges<C: RandomAccessCollection>(of s: C) -> [Range<Int>] where C.Index == Int, C.Element == Unicode.Scalar {
        var out: [Range<Int>] = []
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            // only `:`, `@` and `w`/`W` can make a run an address: everything else is skipped at once
            guard c == ":" || c == "@" || c == "w" || c == "W" else { i += 1; continue }
            let r = run(around: i, in: s)
            if let a = address(s, r) { out.append(a) }
            i = max(r.upperBound, i + 1)
        }
        return out
    }

    /// The run of scalars that may belong to an address around `s[i]` (up to white space, a
    /// scalar outside ASCII, `"`, `<` or `>`): what `address` judges.
    public static func run<C: RandomAccessCollection>(around i: Int, in s: C) -> Range<Int> where C.Index == Int, C.Element == Unicode.Scalar {
        var start = i
        while start > s.startIndex && !isBreak(s[start - 1]) { start -= 1 }
        var end = i
        while end < s.endIndex && !isBreak(s[end]) { end += 1 }
        return start..<end
    }

    /// White space, or a scalar outside ASCII (Arabic letters, quotes) ends an address.
    @inline(__always) public static func isBreak(_ c: Unicode.Scalar) -> Bool { c.value <= 0x20 || c.value >= 0x7F || c == "\"" || c == "<" || c == ">" }

    /// The address in the run `r` of `s` (from `run(around:in:)`), less brackets and punctuation
    /// around it, or nil: it starts with `www.`, holds `://` after a scheme, or an `@` with a dot after it.
    public static func address<C: RandomAccessCollection>(_ s: C, _ r: Range<Int>) -> Range<Int>? where C.Index == Int, C.Element == Unicode.Scalar {
        var a = r.lowerBound, b = r.upperBound
        // an address may follow a colon with no space (رابط:https://...)
        while a < b && "([{':".unicodeScalars.contains(s[a]) { a += 1 }
        while b > a && ".,;:!?)]}'".unicodeScalars.contains(s[b - 1]) { b -= 1 }
        guard b - a >= 5 else { return nil }
        let t = s[a..<b]
        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar { (0x41...0x5A).contains(c.value) ? Unicode.Scalar(c.value + 32)! : c }
        if lower(t[a]) == "w" && lower(t[a + 1]) == "w" && lower(t[a + 2]) == "w" && t[a + 3] == "." { return a..<b }
        if let colon = t.firstIndex(of: ":"), colon > a, colon + 2 < b, t[colon + 1] == "/", t[colon + 2] == "/" { return a..<b }
        if let at = t.firstIndex(of: "@"), at > a, t[(at + 1)...].contains(".") { return a..<b }
        return nil
    }
}
