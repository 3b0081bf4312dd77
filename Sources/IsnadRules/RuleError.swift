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
        var s = "\(path):\(line):\(column): error: \(Self.echo(message))"
        if let l = sourceLine {
            s += "\n    \(Self.echo(l))\n    " + String(repeating: " ", count: max(0, min(column - 1, Self.echoLimit))) + "^"
        }
        return s
    }

    /// The most characters of a line a message echoes.
    public static let echoLimit = 200

    /// Text of a file as a message echoes it (a YAML error quotes the line it stopped on):
    /// each line without control characters or NULs and cut at `echoLimit` characters.
    public static func echo(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = String.UnicodeScalarView()
            var count = 0
            for c in line.unicodeScalars {
                if c.value < 0x20 && c != "\t" || (0x7F...0x9F).contains(c.value) { continue }
                if count == echoLimit { out.append("…"); break }
                out.append(c); count += 1
            }
            return String(out)
        }.joined(separator: "\n")
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
