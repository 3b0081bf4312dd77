/// A file that could not be audited, and why.
public struct InputFailure: Sendable, Error {
    public var path: String
    public var message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
}

/// Where an error is: a file, and a line and column (1-based) when they are known.
public struct ErrorLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public init(path: String, line: Int? = nil, column: Int? = nil) { self.path = path; self.line = line; self.column = column }
    public var description: String { path + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "") }
}

/// The error of a layer of the pipeline: each layer throws one such type, located where it
/// can be — input (`InputFailure`), text (`DecodingError`, at a byte offset of its file),
/// rules (`RuleError`, `RuleErrors`), report (`TemplateError`), run (`BatchError`). The
/// `audit` tool maps them to exit statuses in one place (`ExitStatus`).
public protocol LocatedError: Error, Sendable {
    /// The first place the error is about.
    var location: ErrorLocation { get }
}

extension InputFailure: LocatedError {
    public var location: ErrorLocation { ErrorLocation(path: path) }
}
