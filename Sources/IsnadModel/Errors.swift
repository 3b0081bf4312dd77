/// A file that could not be audited, and why.
public struct InputFailure: Sendable, Error {
    public var path: String
    public var message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
}
