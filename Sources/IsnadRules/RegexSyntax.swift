import Foundation
import _FoundationICU
import IsnadModel
import IsnadText

/// The `regex:` patterns of rules as ICU regular expressions over folded text: compiled
/// and checked here (when a pack is loaded); `RegexCues` in the engine runs them.
public enum RegexSyntax {
    /// The match engine's budget per search, in ICU steps.
    public static let stepLimit: Int32 = 2000

    @usableFromInline package static func compile(_ pattern: String) -> Result<OpaquePointer, PatternError> {
        let units = Array(fold(pattern).utf16)
        var status = U_ZERO_ERROR
        var parse = UParseError()
        let re = swift_uregex_open(units, Int32(units.count), 0, &parse, &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue, let re else {
            if let re { swift_uregex_close(re) }
            let name = String(cString: swift_u_errorName(status))
            return .failure(PatternError(message: "cannot compile '\(pattern)': \(name) at offset \(parse.offset) (ICU syntax)"))
        }
        return .success(re)
    }

    /// Why a regular expression is invalid, or nil when it compiles and cannot match empty text.
    public static func check(_ pattern: String) -> String? {
        switch compile(pattern) {
        case .failure(let e): return e.message
        case .success(let re):
            defer { swift_uregex_close(re) }
            var status = U_ZERO_ERROR
            let empty: [UInt16] = [0x20]
            swift_uregex_setTimeLimit(re, stepLimit, &status)
            swift_uregex_setText(re, empty, 0, &status)
            if swift_uregex_find(re, 0, &status) != 0 { return "it matches the empty string, so it would match everywhere" }
            return nil
        }
    }

    /// Folds the non-ASCII letters of a regular expression as article text is folded.
    @usableFromInline package static func fold(_ pattern: String) -> String {
        var v = String.UnicodeScalarView()
        for c in pattern.unicodeScalars {
            if c.value < 0x80 { v.append(c) } else if let f = Normalizer.fold(c) { v.append(f) }
        }
        return String(v)
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
