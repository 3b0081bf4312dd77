import IsnadModel
import IsnadText

/// A problem in a rule pack or configuration, located at `path:line:column`.
public struct RuleError: Error, Sendable, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The offending line of the file, shown under the message.
    public var sourceLine: String?

    public init(path: String, line: Int, column: Int, message: String, sourceLine: String? = nil) {
        self.path = path; self.line = line; self.column = column; self.message = message; self.sourceLine = sourceLine
    }

    public var description: String {
        var s = "\(path):\(line):\(column): error: \(message)"
        if let l = sourceLine {
            s += "\n    \(l)\n    " + String(repeating: " ", count: max(0, column - 1)) + "^"
        }
        return s
    }
}

/// All the problems found while loading rules; loading fails if there is any.
public struct RuleErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [RuleError]
    public init(errors: [RuleError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension RuleError: LocatedError {
    public var location: ErrorLocation { ErrorLocation(path: path, line: line, column: column) }
}
extension RuleErrors: LocatedError {
    public var location: ErrorLocation { errors.first?.location ?? ErrorLocation(path: "rules") }
}
