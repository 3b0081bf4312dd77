/// An enumeration written in JSON by the name of its case, a literal that needs no escaping.
public protocol JSONNamed {
    /// The name of the case in JSON (its raw value).
    var jsonName: StaticString { get }
}
