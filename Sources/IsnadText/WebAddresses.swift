/// URLs and e-mail addresses in text: the runs of non-space scalars that hold `://`, start with
/// `www.`, or hold an `@` with a dot after it. Words inside them are no cues and no outlet names
/// (`www.spa.gov.sa` does not name واس, `https://x.com/...` no source).
public enum WebAddresses {
    /// The half-open ranges of the addresses in `s`, in order.
    public static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            // only `:`, `@` and `w`/`W` can make a run an address: everything else is skipped at once
            guard c == ":" || c == "@" || c == "w" || c == "W" else { i += 1; continue }
            var start = i
            while start > 0 && !isBreak(s[start - 1]) { start -= 1 }
            var end = i
            while end < n && !isBreak(s[end]) { end += 1 }
            if let r = address(s, start, end) { out.append(r) }
            i = max(end, i + 1)
        }
        return out
    }

    /// White space, or a scalar outside ASCII (Arabic letters, quotes) ends an address.
    @inline(__always) static func isBreak(_ c: Unicode.Scalar) -> Bool { c.value <= 0x20 || c.value >= 0x7F || c == "\"" || c == "<" || c == ">" }

    /// The address in `s[start..<end]`, less brackets and punctuation around it, or nil.
    static func address(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int>? {
        var a = start, b = end
        while a < b && "([{'".unicodeScalars.contains(s[a]) { a += 1 }
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
