/// A scan of a YAML text, before it is composed, that bounds what its aliases expand to.
///
/// A small file of aliases can stand for millions of nodes: `patterns: *p` repeats the whole
/// anchored list, and anchors that alias anchors multiply ("billion laughs"). libyaml composes
/// such a file cheaply, but every reader of the tree walks each copy in full (and Yams hashes
/// mapping keys, so a key that aliases a deep node costs its whole expansion while composing).
/// The scan reads the text once, in linear time, and measures each anchored node by the nodes
/// it holds (its own aliases counted expanded), then adds up what every alias repeats.
///
/// The scan reads the YAML lexically, as libyaml does: `*` starts an alias only where a node
/// may start (after indentation, `- `, `? `, `: `, `[`, `{`, `,`, or node properties); quoted
/// scalars, plain scalars, block scalars (`|`, `>`) and comments are skipped whole, so a `*`
/// in a pattern or a comment is never taken for an alias. Where the text is ambiguous to a
/// lexical reading (the extent of an anchored block node), the scan errs on the larger side:
/// it may overcount a node, never undercount it.
public enum YAMLAliasScan {
    /// The most nodes a file's aliases may add, in all: the shipped pack uses no aliases, and a
    /// pack that shares a list of a hundred patterns among a thousand rules stays below it.
    public static let maxExpansion = 200_000

    /// An alias that takes the expansion past the cap, at `line:column` (1-based, in characters).
    public struct Excess: Sendable, Equatable {
        public var line: Int
        public var column: Int
        /// The nodes the aliases up to and including this one repeat.
        public var expanded: Int
        public init(line: Int, column: Int, expanded: Int) { self.line = line; self.column = column; self.expanded = expanded }
    }

    /// What an open anchor's node extends over.
    private enum Extent {
        /// A flow collection opened at flow depth `depth`: up to its closing bracket.
        case flow(depth: Int)
        /// A scalar or alias inside a flow collection at `depth`: up to the next `,` or closing bracket.
        case flowItem(depth: Int)
        /// A block node on a line indented `indent`: up to the next line indented less, or as
        /// much when `same` does not allow that line.
        case block(indent: Int, same: SameIndent)
    }
    /// Which lines indented as much as the anchor's line still belong to its node.
    private enum SameIndent {
        /// none (`- &a x`, `k: &a v`)
        case none
        /// `- ` entries (`key: &a` with the list at the key's indentation)
        case dashes
        /// all (the anchor opens its line: it may stand on the node's first line)
        case all
    }
    private struct Open { var name: String; var start: Int; var extent: Extent }

    /// Nil when the aliases of `text` expand to at most `cap` nodes; else where they cross it.
    public static func check(_ text: String, cap: Int = maxExpansion) -> Excess? { scan(text, cap: cap).excess }

    /// The nodes the aliases of `text` add, in all (an upper bound: see the type's notes).
    public static func expansion(of text: String) -> Int { scan(text, cap: .max).expanded }

    private static func scan(_ text: String, cap: Int) -> (excess: Excess?, expanded: Int) {
        // every line break libyaml knows (CR LF, CR, NEL, LS, PS) as one LF: a file that breaks its
        // lines with CR alone must not read as one long line whose aliases hide in a plain scalar
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(text.unicodeScalars.count)
        var afterCR = false
        for c in text.unicodeScalars {
            switch c {
            case "\n": if !afterCR { s.append("\n") }; afterCR = false
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": s.append("\n"); afterCR = c == "\r"
            default: s.append(c); afterCR = false
            }
        }
        let n = s.count
        var i = 0
        var line = 1, lineStart = 0
        var flow = 0                 // depth of flow collections
        var total = 0                // nodes seen so far, aliases counted expanded
        var expanded = 0             // nodes added by aliases
        var sizes: [String: Int] = [:]
        var open: [Open] = []
        var atNode = true            // a node may start here
        var lastIndicator: Unicode.Scalar? = nil   // the last `-`, `?` or `:` of the line
        var lineIndent = 0
        var parentColumn = 0         // column of the last entry or key of the line (block scalars)
        var quoteEnd = -1            // just after the last quoted scalar (`{"k":v}` needs no space)

        func isSpace(_ k: Int) -> Bool { k >= n || s[k] == " " || s[k] == "\t" || s[k] == "\n" || s[k] == "\r" }
        func isFlowIndicator(_ c: Unicode.Scalar) -> Bool { c == "," || c == "[" || c == "]" || c == "{" || c == "}" }
        func close(_ o: Open) { sizes[o.name] = max(1, total - o.start) }
        func restOfLineBlank(_ k: Int) -> Bool {
            var j = k
            while j < n, s[j] == " " || s[j] == "\t" || s[j] == "\r" { j += 1 }
            return j >= n || s[j] == "\n" || s[j] == "#"
        }
        func skipToLineEnd() { while i < n, s[i] != "\n" { i += 1 } }
        /// A name after `&` or `*`: up to white space or a flow indicator.
        func name() -> String {
            let from = i
            while i < n, !isSpace(i), !isFlowIndicator(s[i]) { i += 1 }
            return String(String.UnicodeScalarView(s[from..<i]))
        }

        var newLine = true
        while i <= n {
            if newLine {
                newLine = false
                lineStart = i
                var j = i
                while j < n, s[j] == " " { j += 1 }
                lineIndent = j - i
                if restOfLineBlank(j) {
                    // blank or comment-only lines end no node
                    i = j; skipToLineEnd()
                    if i >= n { break }
                    i += 1; line += 1; newLine = true; continue
                }
                if flow == 0 {
                    let marker = lineIndent == 0 && j + 2 < n
                        && ((s[j] == "-" && s[j + 1] == "-" && s[j + 2] == "-") || (s[j] == "." && s[j + 1] == "." && s[j + 2] == "."))
                        && isSpace(j + 3)
                    if marker || (lineIndent == 0 && s[j] == "%") {
                        // a document marker or a directive: every node is closed
                        while let o = open.popLast() { close(o) }
                        if s[j] == "%" { i = j; skipToLineEnd() } else { i = j + 3 }
                        atNode = true
                        continue
                    }
                    let dash = s[j] == "-" && isSpace(j + 1)
                    while let o = open.last, case .block(let indent, let same) = o.extent {
                        let stays = lineIndent > indent || (lineIndent == indent && (same == .all || (same == .dashes && dash)))
                        if stays { break }
                        close(open.removeLast())
                    }
                    atNode = true
                }
                lastIndicator = nil
                parentColumn = lineIndent
                i = j
                continue
            }
            if i >= n { break }
            let c = s[i]
            switch c {
            case "\n":
                i += 1; line += 1; newLine = true
            case " ", "\t", "\r":
                i += 1
            case "#" where i == lineStart || isSpace(i - 1):
                skipToLineEnd()
            case "[" where atNode || flow > 0, "{" where atNode || flow > 0:
                total += 1; flow += 1; i += 1; atNode = true
            case "]" where flow > 0, "}" where flow > 0:
                flow -= 1; i += 1; atNode = false
                while let o = open.last {
                    switch o.extent {
                    case .flow(let d) where flow <= d: close(open.removeLast()); continue
                    case .flowItem(let d) where flow < d: close(open.removeLast()); continue
                    default: break
                    }
                    break
                }
            case "," where flow > 0:
                i += 1; atNode = true
                while let o = open.last, case .flowItem(let d) = o.extent, d >= flow { close(open.removeLast()) }
            case "-" where atNode && flow == 0 && isSpace(i + 1), "?" where atNode && isSpace(i + 1):
                if c == "-" { total += 1 }
                lastIndicator = c; parentColumn = i - lineStart
                i += 1; atNode = true
            case ":" where isSpace(i + 1) || (flow > 0 && ((i + 1 < n && isFlowIndicator(s[i + 1])) || quoteEnd == i)):
                total += 1  // a pair: with its key and value, it covers its mapping (k pairs: 2k + 1 nodes)
                lastIndicator = c
                i += 1; atNode = true
            case "&" where atNode:
                let column = i - lineStart
                i += 1
                let anchor = name()
                // what the anchor stands on: look past white space and tags on its line
                var j = i
                while j < n {
                    if s[j] == " " || s[j] == "\t" { j += 1; continue }
                    if s[j] == "!" { while j < n, !isSpace(j) { j += 1 }; continue }
                    break
                }
                let extent: Extent
                if j < n, s[j] == "[" || s[j] == "{" { extent = .flow(depth: flow) }
                else if flow > 0 { extent = .flowItem(depth: flow) }
                else if column == lineIndent { extent = .block(indent: lineIndent, same: .all) }
                else if lastIndicator == ":" && restOfLineBlank(j) { extent = .block(indent: lineIndent, same: .dashes) }
                else { extent = .block(indent: lineIndent, same: .none) }
                open.append(Open(name: anchor, start: total, extent: extent))
            case "!" where atNode:
                if i + 1 < n, s[i + 1] == "<" { while i < n, s[i] != ">", s[i] != "\n" { i += 1 }; if i < n, s[i] == ">" { i += 1 } }
                else { while i < n, !isSpace(i) { i += 1 } }
            case "*" where atNode:
                let column = i - lineStart + 1
                i += 1
                let alias = name()
                if let size = sizes[alias] {
                    total = min(total + size, Int.max / 4); expanded = min(expanded + size, Int.max / 4)
                    if expanded > cap { return (Excess(line: line, column: column, expanded: expanded), expanded) }
                } else {
                    total += 1  // an undefined alias: libyaml refuses it
                }
                atNode = false
            case "|" where atNode && flow == 0, ">" where atNode && flow == 0:
                total += 1
                // the header: indentation and chomping indicators, then a comment at most
                var explicit = 0
                i += 1
                while i < n, s[i] == "+" || s[i] == "-" || ("1"..."9").contains(s[i]) {
                    if ("1"..."9").contains(s[i]) { explicit = Int(s[i].value - 0x30) }
                    i += 1
                }
                skipToLineEnd()
                if i >= n { break }
                i += 1; line += 1
                // the content: lines indented at least as its first line (or as the indicator says)
                var indent = explicit > 0 ? parentColumn + explicit : 0
                var blankWidth = 0
                while i < n {
                    var j = i
                    while j < n, s[j] == " " { j += 1 }
                    let width = j - i
                    let blank = j >= n || s[j] == "\n" || (s[j] == "\r" && (j + 1 >= n || s[j + 1] == "\n"))
                    if indent == 0 {
                        if blank { blankWidth = max(blankWidth, width) }
                        else { indent = max(width, blankWidth, parentColumn + 1) }
                    }
                    if !blank && width < max(indent, parentColumn + 1) { break }
                    i = j; skipToLineEnd()
                    if i >= n { break }
                    i += 1; line += 1
                }
                newLine = true; atNode = false
            case "'" where atNode, "\"" where atNode:
                total += 1
                parentColumn = i - lineStart
                i += 1
                while i < n {
                    if s[i] == "\n" { line += 1; lineStart = i + 1 }
                    if c == "\"" && s[i] == "\\" { i += 2; continue }
                    if s[i] == c {
                        if c == "'" && i + 1 < n && s[i + 1] == "'" { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1; atNode = false; quoteEnd = i
            default:
                // a plain scalar: up to `: `, ` #`, the line's end, or (in a flow collection) a flow indicator
                if atNode { total += 1; parentColumn = i - lineStart }
                atNode = false
                while i < n, s[i] != "\n" {
                    if s[i] == ":" && (isSpace(i + 1) || (flow > 0 && i + 1 < n && isFlowIndicator(s[i + 1]))) { break }
                    if s[i] == "#" && i > lineStart && isSpace(i - 1) { break }
                    if flow > 0 && isFlowIndicator(s[i]) { break }
                    i += 1
                }
            }
        }
        return (nil, expanded)
    }
}
