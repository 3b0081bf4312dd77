/// Everything the tool says about one label, in one place: adding a label to `Label`
/// fails to compile until its descriptor is written here, and every reporter reads it.
/// The texts are static strings, so building a descriptor costs nothing: `Label.rank`,
/// read wherever labels are compared or counted, folds to a constant.
public struct LabelDescriptor: Sendable {
    /// Precedence rank: lower wins when several labels apply (denied > anonymous > secondhand > named > unsourced).
    public let rank: Int
    /// The default score of a claim with this label, 0...100 (`scoring.yml` may change it).
    public let defaultWeight: Double
    /// The SGR colour code of the label in a terminal sheet.
    public let terminalColor: StaticString
    /// The label's colour in HTML and Markdown sheets (Okabe–Ito, distinguishable with every
    /// common colour-vision deficiency).
    public let color: StaticString
    /// A non-colour cue: the underline style of the label's claims in HTML sheets.
    public let underline: StaticString
    /// A non-colour cue: a one-letter badge.
    public let badge: StaticString
    /// The SARIF rule's short description.
    public let sarifText: StaticString
    /// The SARIF level of a failing claim with this label.
    public let sarifLevel: StaticString
    @usableFromInline init(rank: Int, defaultWeight: Double, terminalColor: StaticString, color: StaticString, underline: StaticString, badge: StaticString, sarifText: StaticString, sarifLevel: StaticString) {
        self.rank = rank; self.defaultWeight = defaultWeight; self.terminalColor = terminalColor; self.color = color; self.underline = underline; self.badge = badge; self.sarifText = sarifText; self.sarifLevel = sarifLevel
    }
}

extension Label {
    /// The label's descriptor: one exhaustive switch.
    @inlinable @inline(__always)
    public var descriptor: LabelDescriptor {
        switch self {
        case .denied:
            LabelDescriptor(rank: 0, defaultWeight: 25, terminalColor: "35", color: "#CC79A7", underline: "wavy", badge: "D",
                            sarifText: "A claim its subject denies.", sarifLevel: "error")
        case .anonymous:
            LabelDescriptor(rank: 1, defaultWeight: 35, terminalColor: "33", color: "#E69F00", underline: "dashed", badge: "A",
                            sarifText: "A claim resting on an unnamed source.", sarifLevel: "error")
        case .secondhand:
            LabelDescriptor(rank: 2, defaultWeight: 60, terminalColor: "36", color: "#0072B2", underline: "double", badge: "S",
                            sarifText: "A claim relayed from another outlet.", sarifLevel: "error")
        case .named:
            LabelDescriptor(rank: 3, defaultWeight: 100, terminalColor: "32", color: "#009E73", underline: "solid", badge: "N",
                            sarifText: "A claim attributed to a named source.", sarifLevel: "error")
        case .unsourced:
            LabelDescriptor(rank: 4, defaultWeight: 0, terminalColor: "31", color: "#D55E00", underline: "dotted", badge: "U",
                            sarifText: "A claim with no attribution: nobody is said to say it.", sarifLevel: "error")
        }
    }
}
