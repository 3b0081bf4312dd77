/// How an article's text is written: plain text, or Markdown (`*.md`, `*.markdown`).
public enum ArticleMarkup: String, Sendable, CaseIterable {
    case text, markdown

    /// The markup a file name says: Markdown for `.md` and `.markdown`, else plain text.
    public static func of(path: String) -> ArticleMarkup {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .text
    }
}

/// Reads Markdown as the prose a reader sees, without moving a scalar: every piece of syntax
/// is overwritten with spaces, so every offset (and every line and column) of the result is the
/// offset in the original file. Blanked:
/// - YAML (`---`) or TOML (`+++`) front matter at the top;
/// - fenced code blocks (```` ``` ```` / `~~~`) and HTML tags (comments stay: `<!-- verified: -->`);
/// - block-quote markers, list markers (`-` `*` `+` `1.` `1)`) and task boxes, heading `#`s,
///   setext underlines and thematic breaks, table pipes and link reference definitions;
/// - emphasis (`*` `_` `~~`), code backticks and backslash escapes;
/// - link targets (`[text](url)` keeps `text`; `[text][ref]` too), and images whole.
public enum MarkdownReader {
    /// The text with its syntax blanked, and the 0-based indexes of its heading lines (ATX
    /// `#` headings and setext headings).
    public static func read(_ source: [Unicode.Scalar]) -> (text: [Unicode.Scalar], headingLines: Set<Int>) {
        var t = source
        var headings = Set<Int>()
        let n = t.count
        // line starts (LF, CRLF or CR end a line, as in the segmenter)
        var starts = [0]
        var i = 0
        while i < n {
            if t[i] == "\n" || t[i] == "\r" {
                if t[i] == "\r" && i + 1 < n && t[i + 1] == "\n" { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        func lineEnd(_ l: Int) -> Int {
            var e = l + 1 < starts.count ? starts[l + 1] : n
            while e > starts[l] && (t[e - 1] == "\n" || t[e - 1] == "\r") { e -= 1 }
            return e
        }
        func blank(_ a: Int, _ b: Int) { var k = a; while k < b { if t[k] != "\n" && t[k] != "\r" { t[k] = " " }; k += 1 }; }
        func line(_ l: Int) -> ArraySlice<Unicode.Scalar> { t[starts[l]..<lineEnd(l)] }
        func trimmed(_ l: Int) -> String { String(String.UnicodeScalarView(line(l))).trimmingSpaces }
        let lines = starts.count
        var l = 0
        // front matter: `---` ... `---` (or `...`), `+++` ... `+++`, on the first line
        if lines > 1, ["---", "+++"].contains(trimmed(0)) {
            let fence = trimmed(0)
            var e = 1
            while e < lines && !(trimmed(e) == fence || fence == "---" && trimmed(e) == "...") { e += 1 }
            if e < lines { blank(starts[0], lineEnd(e)); l = e + 1 }
        }
        var fence: (char: Unicode.Scalar, count: Int)? = nil
        var prose: [Int] = []  // lines outside code, for the inline pass
        var previousText = -1  // the last line of paragraph text (a setext underline makes it a heading)
        while l < lines {
            let s = starts[l], e = lineEnd(l)
            var k = s
            while k < e && k - s < 4 && t[k] == " " { k += 1 }
            // fenced code
            if k < e && (t[k] == "`" || t[k] == "~") {
                var r = k
                while r < e && t[r] == t[k] { r += 1 }
                if r - k >= 3 {
                    if let f = fence {
                        if f.char == t[k] && r - k >= f.count && t[r..<e].allSatisfy({ $0 == " " || $0 == "\t" }) { fence = nil }
                    } else { fence = (t[k], r - k) }
                    blank(s, e); previousText = -1; l += 1; continue
                }
            }
            if fence != nil { blank(s, e); l += 1; continue }
            // block quotes: `>` markers, each with one optional space
            while k < e && t[k] == ">" {
                t[k] = " "; k += 1
                if k < e && t[k] == " " { k += 1 }
                while k < e && k - s < 64 && t[k] == " " { k += 1 }
            }
            let rest = String(String.UnicodeScalarView(t[k..<e])).trimmingSpaces
            // setext underline (`===`, `---` under text) and thematic breaks (`***`, `---`, `___`)
            if !rest.isEmpty, let c = rest.unicodeScalars.first, "=-*_".unicodeScalars.contains(c),
               rest.unicodeScalars.allSatisfy({ $0 == c || $0 == " " }),
               c == "=" ? previousText == l - 1 : rest.unicodeScalars.filter({ $0 == c }).count >= 3 {
                // (a `=` line that underlines nothing is text)
                if (c == "=" || c == "-") && previousText == l - 1 { headings.insert(l - 1) }
                blank(s, e); previousText = -1; l += 1; continue
            }
            // link reference definitions: `[ref]: url`
            if k < e && t[k] == "[", let close = t[k..<e].firstIndex(of: "]"), close + 1 < e, t[close + 1] == ":", close > k + 1, t[k + 1] != "^" {
                blank(s, e); previousText = -1; l += 1; continue
            }
            // ATX heading: 1 to 6 `#` and a space (or nothing)
            var h = k
            while h < e && t[h] == "#" { h += 1 }
            if h > k && h - k <= 6 && (h == e || t[h] == " " || t[h] == "\t") {
                blank(k, h)
                // a closing run of `#` after a space
                var c = e
                while c > h && (t[c - 1] == " " || t[c - 1] == "\t") { c -= 1 }
                var o = c
                while o > h && t[o - 1] == "#" { o -= 1 }
                if o < c && (o == h || t[o - 1] == " ") { blank(o, c) }
                headings.insert(l)
                prose.append(l); previousText = -1; l += 1; continue
            }
            // list items: `-` `*` `+` or `1.` `1)` and a space, nested; then a task box
            var m = k
            while true {
                var q = m
                while q < e && q - m < 8 && t[q] == " " { q += 1 }
                if q < e && (t[q] == "-" || t[q] == "*" || t[q] == "+") && (q + 1 == e || t[q + 1] == " " || t[q + 1] == "\t") {
                    blank(q, q + 1); m = q + 1; continue
                }
                var d = q
                while d < e && d - q < 9 && (0x30...0x39).contains(t[d].value) { d += 1 }
                if d > q && d < e && (t[d] == "." || t[d] == ")") && (d + 1 == e || t[d + 1] == " " || t[d + 1] == "\t") {
                    blank(q, d + 1); m = d + 1; continue
                }
                break
            }
            if m > k {
                var q = m
                while q < e && t[q] == " " { q += 1 }
                if q + 2 < e && t[q] == "[" && (t[q + 1] == " " || t[q + 1] == "x" || t[q + 1] == "X") && t[q + 2] == "]" { blank(q, q + 3) }
            }
            // tables: pipes, and the row of dashes under the header
            if rest.hasPrefix("|") {
                if rest.unicodeScalars.allSatisfy({ "|-: \t".unicodeScalars.contains($0) }) { blank(s, e); l += 1; continue }
                for x in k..<e where t[x] == "|" && (x == k || t[x - 1] != "\\") { t[x] = " " }
            }
            prose.append(l)
            previousText = rest.isEmpty ? -1 : l
            l += 1
        }
        for l in prose { inline(&t, starts[l], lineEnd(l)) }
        return (t, headings)
    }

    /// The text with each run of spaces made one space (a unit's text, once syntax is blanked).
    public static func collapsingSpaces(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard s.indices.contains(where: { $0 > s.startIndex && s[$0] == " " && s[$0 - 1] == " " }) else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for c in s where !(c == " " && out.last == " ") { out.append(c) }
        return out[...]
    }

    /// Blanks the inline syntax of one line: images, link targets, HTML tags, code backticks,
    /// emphasis and backslash escapes.
    static func inline(_ t: inout [Unicode.Scalar], _ s: Int, _ e: Int) {
        func blank(_ a: Int, _ b: Int) { for k in a..<b { t[k] = " " } }
        func isPunctOrSpace(_ i: Int) -> Bool { i < s || i >= e || t[i] == " " || t[i] == "\t" || (t[i].isASCII && !t[i].properties.isAlphabetic && !(0x30...0x39).contains(t[i].value)) }
        func isSpace(_ i: Int) -> Bool { i < s || i >= e || t[i] == " " || t[i] == "\t" }
        /// The index of the `]` closing the `[` at `a` (nested brackets counted), on this line.
        func closing(_ a: Int, _ open: Unicode.Scalar, _ close: Unicode.Scalar) -> Int? {
            var depth = 0, k = a
            while k < e {
                if t[k] == "\\" { k += 2; continue }
                if t[k] == open { depth += 1 } else if t[k] == close { depth -= 1; if depth == 0 { return k } }
                k += 1
            }
            return nil
        }
        var k = s
        while k < e {
            let c = t[k]
            switch c {
            case "\\":
                // an escaped punctuation character stays as itself
                if k + 1 < e && t[k + 1].isASCII && !t[k + 1].properties.isAlphabetic && t[k + 1] != " " { t[k] = " "; k += 2; continue }
            case "`":
                var r = k
                while r < e && t[r] == "`" { r += 1 }
                let run = r - k
                // the matching run closes the code span: the backticks go, the code stays
                var f = r
                while f < e {
                    if t[f] == "`" {
                        var g = f
                        while g < e && t[g] == "`" { g += 1 }
                        if g - f == run { blank(k, r); blank(f, g); k = g; break }
                        f = g
                    } else { f += 1 }
                }
                if f >= e { k = r }
                continue
            case "!" where k + 1 < e && t[k + 1] == "[":
                // an image: alt text and target, all of it
                if let close = closing(k + 1, "[", "]"), close + 1 < e, t[close + 1] == "(", let end = closing(close + 1, "(", ")") {
                    blank(k, end + 1); k = end + 1; continue
                }
            case "[":
                if let close = closing(k, "[", "]") {
                    if close + 1 < e && t[close + 1] == "(", let end = closing(close + 1, "(", ")") {
                        t[k] = " "; blank(close, end + 1); k += 1; continue
                    }
                    if close + 1 < e && t[close + 1] == "[", let end = closing(close + 1, "[", "]") {
                        t[k] = " "; blank(close, end + 1); k += 1; continue
                    }
                    // a footnote mark `[^1]`
                    if close > k + 1 && t[k + 1] == "^" { blank(k, close + 1); k = close + 1; continue }
                }
            case "<":
                // an HTML tag (not a comment, which may be a verified marker), or an autolink
                if k + 1 < e && (t[k + 1].properties.isAlphabetic && t[k + 1].isASCII || t[k + 1] == "/"), let close = t[k..<e].firstIndex(of: ">") {
                    let inner = String(String.UnicodeScalarView(t[(k + 1)..<close]))
                    if inner.contains("://") || inner.contains("@") && !inner.contains(" ") { t[k] = " "; t[close] = " " } else { blank(k, close + 1) }
                    k = close + 1; continue
                }
            case "*", "_", "~":
                var r = k
                while r < e && t[r] == c { r += 1 }
                let run = r - k
                // `~` counts as strike-through only doubled; `_` inside a word (snake_case, a URL) is a letter
                let before = k - 1, after = r
                let leftFlanking = !isSpace(after), rightFlanking = !isSpace(before)
                let intraword = !isPunctOrSpace(before) && !isPunctOrSpace(after)
                if run <= 3 && (c != "~" || run == 2) && (leftFlanking || rightFlanking) && !(c == "_" && intraword) { blank(k, r) }
                k = r; continue
            default: break
            }
            k += 1
        }
    }
}

extension String {
    /// The string without spaces and tabs at either end.
    var trimmingSpaces: String {
        let s = unicodeScalars
        guard let a = s.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let b = s.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(s[a...b])
    }
}
