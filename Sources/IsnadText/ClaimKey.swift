import IsnadModel

/// The identity of a claim independent of where it stands: its text folded as rules fold
/// it, white space collapsed. The baseline keys claims on it, and SARIF fingerprints hash
/// it, so a claim keeps its identity when lines are added or removed around it.
public enum ClaimKey {
    /// The claim's text, folded and with white space collapsed.
    public static func of(_ text: String) -> String {
        let folded = Normalizer.normalize(text)
        return Tokenizer.string(folded.scalars[...]).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A stable 64-bit hash (FNV-1a, as 16 hex digits) of a label and a claim's key: the same on
    /// every run and machine (Swift's `Hasher` is seeded per process).
    public static func fingerprint(_ label: Label, _ text: String) -> String {
        hex(fnv1a(Array(label.rawValue.utf8) + [0x1F] + Array(of(text).utf8)))
    }

    /// FNV-1a, 64 bits.
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h ^= UInt64(b); h = h &* 0x0000_0100_0000_01B3 }
        return h
    }

    public static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
