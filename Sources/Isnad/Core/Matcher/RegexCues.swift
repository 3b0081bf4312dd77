import Foundation

/// The `regex:` patterns of a pack: each regular expression runs once over the folded
/// text of the whole article (never once per sentence), and its matches become cue
/// matches like those of word patterns.
///
/// Regular expressions see folded text: write Arabic letters in any spelling (they
/// are folded as article text is); Latin and ASCII syntax are left as written.
public struct RegexCues: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe
    let entries: [(rule: Int, regex: NSRegularExpression)]

    public init(rules: [Rule]) {
        var e: [(Int, NSRegularExpression)] = []
        for (i, r) in rules.enumerated() {
            for p in r.regexes {
                if let re = try? NSRegularExpression(pattern: Self.fold(p)) { e.append((i, re)) }
            }
        }
        entries = e
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Why a regular expression is invalid, or nil when it compiles and can match something.
    public static func check(_ pattern: String) -> String? {
        do {
            let re = try NSRegularExpression(pattern: fold(pattern))
            if re.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil {
                return "it matches the empty string, so it would match everywhere"
            }
            return nil
        } catch {
            let info = (error as NSError).userInfo
            let detail = (info["NSInvalidValue"] as? String).flatMap { $0 == pattern || $0 == fold(pattern) ? nil : " in '\($0)'" } ?? ""
            return "cannot compile '\(pattern)'\(detail) (ICU syntax)"
        }
    }

    /// Folds the non-ASCII letters of a regular expression as article text is folded.
    static func fold(_ pattern: String) -> String {
        var v = String.UnicodeScalarView()
        for c in pattern.unicodeScalars {
            if c.value < 0x80 { v.append(c) } else if let f = Normalizer.fold(c) { v.append(f) }
        }
        return String(v)
    }

    /// The matches of every regular expression in the folded text, as cue matches on tokens.
    public func matches(in text: NormalizedText, tokens: Tokens) -> [CueMatch] {
        guard !entries.isEmpty else { return [] }
        let string = Tokenizer.string(text.scalars[...])
        // UTF-16 offset -> scalar offset
        var scalarAt: [Int] = []
        scalarAt.reserveCapacity(text.scalars.count + 1)
        for (i, s) in text.scalars.enumerated() {
            scalarAt.append(i)
            if s.value > 0xFFFF { scalarAt.append(i) }
        }
        scalarAt.append(text.scalars.count)
        var out: [CueMatch] = []
        for (rule, re) in entries {
            for m in re.matches(in: string, range: NSRange(location: 0, length: (string as NSString).length)) where m.range.length > 0 {
                let s = scalarAt[m.range.location], e = scalarAt[m.range.location + m.range.length]
                // the first word token the match touches, and the token after it
                guard let first = tokens.firstIndex(where: { $0.kind == .word && $0.end > s }), tokens[first].start < e else { continue }
                let next = tokens[first...].firstIndex(where: { $0.start >= e }) ?? tokens.count
                out.append(CueMatch(rule: rule, start: s, end: e, firstToken: first, nextToken: next))
            }
        }
        return out
    }
}

/// A `match` example whose words may be marked `[[...]]`: the rule must match exactly them.
public enum MarkedExample {
    /// The sentence without its marks, and the marked text (nil when nothing is marked).
    public static func parse(_ s: String) -> (text: String, marked: String?) {
        guard let open = s.range(of: "[["), let close = s.range(of: "]]", range: open.upperBound..<s.endIndex) else {
            return (s, nil)
        }
        let marked = String(s[open.upperBound..<close.lowerBound])
        return (String(s[..<open.lowerBound]) + marked + String(s[close.upperBound...]), marked)
    }

    /// Why the marks of an example are malformed, or nil.
    public static func problem(_ s: String) -> String? {
        let opens = s.components(separatedBy: "[[").count - 1, closes = s.components(separatedBy: "]]").count - 1
        if opens == 0 && closes == 0 { return nil }
        if opens != 1 || closes != 1 { return "an example marks one run of words, as [[...]]; this one has \(opens) '[[' and \(closes) ']]'" }
        guard let o = s.range(of: "[["), let c = s.range(of: "]]"), o.upperBound < c.lowerBound else { return "']]' before '[[' in the example" }
        if s[o.upperBound..<c.lowerBound].trimmingCharacters(in: .whitespaces).isEmpty { return "the marked words [[...]] are empty" }
        return nil
    }
}
