/// The patterns of one `.gitignore` file (or of an `exclude:` list), read as git reads them:
/// blank lines and `#` comments skipped; `!` negates; a trailing `/` matches directories only;
/// a pattern with a `/` at its start or in its middle is anchored to the file's directory,
/// one without matches a name at any depth; `*` and `?` match within a name, `[a-z]` a class,
/// `**` any number of directories (`**/x`, `x/**`, `a/**/b`). `\` escapes a leading `#` or `!`.
public struct IgnoreRules: Sendable, Equatable {
    struct Pattern: Sendable, Equatable {
        var negated = false
        var directoryOnly = false
        var anchored = false
        /// The glob's `/`-separated parts.
        var parts: [[Unicode.Scalar]] = []
    }

    var patterns: [Pattern] = []
    /// Components put before a path relative to the walk's directory at `depth` (for a file
    /// above the walked directory); see `IgnoreStack`.
    public var lead: [String] = []
    public var depth = 0

    public init(lines: some Sequence<Substring>, lead: [String] = [], depth: Int = 0) {
        self.lead = lead; self.depth = depth
        for raw in lines {
            var line = Array(raw.unicodeScalars)
            if line.last == "\r" { line.removeLast() }
            // trailing spaces are dropped unless escaped
            while line.last == " " && !(line.count >= 2 && line[line.count - 2] == "\\") { line.removeLast() }
            if line.isEmpty || line.first == "#" { continue }
            var p = Pattern()
            if line.first == "!" { p.negated = true; line.removeFirst() }
            else if line.first == "\\", line.count > 1, line[1] == "#" || line[1] == "!" { line.removeFirst() }
            if line.last == "/" { p.directoryOnly = true; while line.last == "/" { line.removeLast() } }
            if line.isEmpty { continue }
            if line.first == "/" { p.anchored = true; line.removeFirst() }
            if line.dropLast().contains("/") { p.anchored = true }
            p.parts = line.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
            if !p.parts.isEmpty { patterns.append(p) }
        }
    }

    public init(text: String, lead: [String] = [], depth: Int = 0) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false), lead: lead, depth: depth)
    }

    public var isEmpty: Bool { patterns.isEmpty }

    /// Whether the path (components relative to the rules' directory) is ignored (`true`),
    /// re-included by a `!` pattern (`false`), or not named by any pattern (nil). The last
    /// pattern that matches decides.
    public func decide(_ path: [String], isDirectory: Bool) -> Bool? {
        guard let name = path.last else { return nil }
        let parts = path.map { Array($0.unicodeScalars) }
        for p in patterns.reversed() {
            if p.directoryOnly && !isDirectory { continue }
            let hit = p.anchored ? Self.match(p.parts[...], parts[...]) : p.parts.count == 1 && Self.glob(p.parts[0][...], Array(name.unicodeScalars)[...])
            if hit { return !p.negated }
        }
        return nil
    }

    /// Glob parts against path parts, `**` matching zero or more whole parts.
    static func match(_ pat: ArraySlice<[Unicode.Scalar]>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = pat.first else { return path.isEmpty }
        if first == ["*", "*"] {
            // a trailing `**` matches everything inside (at least one part)
            if pat.count == 1 { return !path.isEmpty }
            var rest = path
            while true {
                if match(pat.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        }
        guard let name = path.first, glob(first[...], name[...]) else { return false }
        return match(pat.dropFirst(), path.dropFirst())
    }

    /// One name against one glob part: `*`, `?`, `[...]` (with `!`/`^` negation and ranges), `\x`.
    static func glob(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var pi = p.startIndex, si = s.startIndex
        var star: (p: Int, s: Int)? = nil
        while si < s.endIndex {
            if pi < p.endIndex {
                let c = p[pi]
                if c == "*" { star = (pi, si); pi += 1; continue }
                if c == "[", let (ok, next) = bracket(p, pi, s[si]) {
                    if ok { pi = next; si += 1; continue }
                } else if c == "?" || (c == "\\" && pi + 1 < p.endIndex ? p[pi + 1] == s[si] : c == s[si]) {
                    pi += c == "\\" ? 2 : 1; si += 1; continue
                }
            }
            // backtrack to the last star, letting it take one more scalar
            guard let st = star else { return false }
            pi = st.p + 1; si = st.s + 1; star = (st.p, st.s + 1)
        }
        while pi < p.endIndex && p[pi] == "*" { pi += 1 }
        return pi == p.endIndex
    }

    /// Whether `c` is in the class opening at `i`, and the index after the class; nil when the
    /// `[` opens no class (no closing `]`), and is then a plain character.
    static func bracket(_ p: ArraySlice<Unicode.Scalar>, _ i: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
        var k = i + 1
        var negate = false
        if k < p.endIndex && (p[k] == "!" || p[k] == "^") { negate = true; k += 1 }
        var found = false
        var first = true
        while k < p.endIndex && (p[k] != "]" || first) {
            first = false
            if k + 2 < p.endIndex && p[k + 1] == "-" && p[k + 2] != "]" {
                if (p[k].value...p[k + 2].value).contains(c.value) { found = true }
                k += 3
            } else {
                if p[k] == c { found = true }
                k += 1
            }
        }
        guard k < p.endIndex else { return nil }
        return (found != negate, k + 1)
    }
}

/// The ignore rules in force at one directory of a walk: the `exclude:` globs of the
/// configuration, then the `.gitignore` files from the repository root down. A later file
/// overrides an earlier one (a nested `.gitignore` applies below its directory); an `exclude:`
/// glob always wins.
public struct IgnoreStack: Sendable {
    /// `.gitignore` rules, outermost first.
    public var gitignores: [IgnoreRules] = []
    /// The configuration's `exclude:` globs.
    public var excludes: [IgnoreRules] = []
    /// Names never walked into.
    public static let alwaysSkipped: Set<String> = ["node_modules", ".git"]

    public init(gitignores: [IgnoreRules] = [], excludes: [IgnoreRules] = []) {
        self.gitignores = gitignores; self.excludes = excludes
    }

    /// Whether the entry at `path` (components relative to the walked directory) is skipped.
    public func ignores(_ path: [String], isDirectory: Bool) -> Bool {
        if isDirectory, let name = path.last, Self.alwaysSkipped.contains(name) { return true }
        func relative(_ r: IgnoreRules) -> [String]? { r.depth <= path.count ? r.lead + path[r.depth...] : nil }
        for r in excludes { if let p = relative(r), r.decide(p, isDirectory: isDirectory) == true { return true } }
        for r in gitignores.reversed() {
            if let p = relative(r), let d = r.decide(p, isDirectory: isDirectory) { return d }
        }
        return false
    }
}
