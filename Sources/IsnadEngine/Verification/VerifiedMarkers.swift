import IsnadModel
import IsnadText
import IsnadRules

/// An editor's mark that a claim was checked: `<!-- verified: reason -->` right after the
/// sentence (an HTML comment, invisible in rendered Markdown and harmless in plain text).
public struct VerifiedMarker: Sendable, Equatable {
    /// Scalar range of the whole comment in the original text.
    public var span: TextSpan
    /// The reason given, trimmed; empty when none was written.
    public var reason: String
    /// 1-based line and column of `<!--`.
    public var line: Int
    public var column: Int
}

/// Finds verified markers and hides them from the rest of the pipeline.
public enum VerifiedMarkers {
    /// The markers of `text`, and a copy of `text` in which each marker is blanked out with
    /// spaces (same length, so every offset stays that of the original).
    public static func extract(_ text: [Unicode.Scalar]) -> (masked: [Unicode.Scalar], markers: [VerifiedMarker]) {
        var markers: [VerifiedMarker] = []
        var masked = text
        let n = text.count
        // most articles have no marker: look for "<!--" first, count lines only up to a marker
        guard let first = ScalarBlocks.firstIndex(of: ["<", "!", "-", "-"], in: text) else { return (masked, markers) }
        /// Whether a line ends at `i` (LF, CR, or the LF of CRLF).
        func endsLine(_ i: Int) -> Bool { text[i] == "\n" || (text[i] == "\r" && !(i + 1 < n && text[i + 1] == "\n")) }
        var line = 1, lineStart = 0
        var i = 0
        while i < first {
            if endsLine(i) { line += 1; lineStart = i + 1 }
            i += 1
        }
        while i < n {
            let c = text[i]
            if endsLine(i) { line += 1; lineStart = i + 1; i += 1; continue }
            guard c == "<", i + 3 < n, text[i + 1] == "!", text[i + 2] == "-", text[i + 3] == "-" else { i += 1; continue }
            var k = i + 4
            while k < n && (text[k] == " " || text[k] == "\t") { k += 1 }
            let keyword = "verified".unicodeScalars
            var j = k
            var matched = true
            for expected in keyword {
                guard j < n, Character(text[j]).lowercased() == String(Character(expected)) else { matched = false; break }
                j += 1
            }
            guard matched, j < n, !Tokenizer.isWordScalar(text[j]) else { i += 1; continue }
            // the end of the comment, on the same line
            var e = j
            while e + 2 < n && !(text[e] == "-" && text[e + 1] == "-" && text[e + 2] == ">") && text[e] != "\n" { e += 1 }
            guard e + 2 < n, text[e] == "-" else { i += 1; continue }
            var body = Array(text[j..<e])
            if body.first == ":" { body.removeFirst() }
            let reason = Tokenizer.string(body[...]).trimmingCharacters(in: .whitespaces)
            markers.append(VerifiedMarker(span: TextSpan(i, e + 3), reason: reason, line: line, column: i - lineStart + 1))
            for m in i..<(e + 3) { masked[m] = " " }
            i = e + 3
        }
        return (masked, markers)
    }
}
