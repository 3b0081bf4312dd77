// How an article's bytes are read: values the model records (`ArticleAudit.encoding`) and options name.

/// The encodings an article can be read in.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, or UTF-16 with a BOM, or a legacy Arabic encoding recognised from the bytes.
    case auto
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    /// UTF-32 with a BOM (recognised by `auto`).
    case utf32 = "utf-32"
    case windows1256 = "windows-1256"
    case iso88596 = "iso-8859-6"
}

/// What to do with bytes that are not valid UTF-8 (and not a recognised legacy encoding).
public enum InvalidUTF8Policy: String, CaseIterable, Sendable {
    /// Refuse the file, naming the byte offset.
    case error
    /// Decode anyway, each invalid sequence becoming U+FFFD.
    case replace
}
