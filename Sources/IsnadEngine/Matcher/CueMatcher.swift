import IsnadModel
import IsnadText
import IsnadRules

/// A rule that fired, located in folded text.
///
/// Stored as three 32-bit offsets and four 16-bit fields (20 bytes): an article has thousands of
/// matches, copied through sorting and per-segment filtering. Offsets are below 2³¹, as token
/// indexes are.
public struct CueMatch: Sendable, Hashable {
    // 20 bytes a match (24 with the rule and the token after the match in 32 bits each): a long
    // article holds millions (issue #26). The rule is stored as its index plus one in 16 bits
    // (a pack holds at most 65,535 rules, `CueMatcher.init`, so its indexes and the pseudo
    // rule -1 fit). The token after the match and the gap's tokens are stored as their
    // distance from `firstToken` in 16 bits: a match the segments keep lies in one segment,
    // whose tokens are far fewer than 65,535 (a unit has at most `Segmenter.maxUnitScalars`
    // scalars, and one scalar folds to at most four words); a longer distance is stored as
    // `far`: still a gap (the matcher asks only whether a match has one before then). A token
    // after the match that far away is either in a match that crosses segments, dropped with it
    // (`ArticleText`, by its start and end alone), or the next word after a run of more than
    // 65,534 punctuation tokens; `ArticleText` then keeps the match with its segment's token end
    // as the token after it (`hasFarNextToken`). Reading a far token after the match traps.
    private var start32: Int32, end32: Int32
    private var first32: Int32
    private var rule16: UInt16
    private var next16: UInt16
    private var gap16: UInt16 = CueMatch.noGap, gapEnd16: UInt16 = CueMatch.noGap
    /// No gap; a distance too long to store.
    private static let noGap: UInt16 = 0xFFFF, far: UInt16 = 0xFFFE

    /// Index of the rule in the pack (-1 for a pseudo cue, `AttributionFinder`).
    public var rule: Int {
        get { Int(rule16) - 1 }
        set { rule16 = Self.rule16(newValue) }
    }
    /// Folded half-open range of the matched words.
    public var start: Int { get { Int(start32) } set { start32 = Int32(newValue) } }
    public var end: Int { get { Int(end32) } set { end32 = Int32(newValue) } }
    /// Index of the first word token of the match.
    public var firstToken: Int { get { Int(first32) } }
    /// Index of the token after the match; when the match ends with a proclitic (وفقًا لـ)
    /// it ends inside `nextToken`, the word the proclitic is glued to.
    public var nextToken: Int {
        get {
            precondition(next16 != Self.far, "the token after a match that crosses segments is not kept")
            return Int(first32) + Int(next16)
        }
        set { next16 = Self.nextDistance(newValue, from: Int(first32)) }
    }
    /// Whether the token after the match lies too far to be stored (see `nextToken`).
    public var hasFarNextToken: Bool { next16 == Self.far }
    /// The first word a gap (`*N`) of the pattern skipped, if any: for a verb cue such as
    /// `لم يرد *5 التعليق` the skipped words hold the subject.
    public var gapToken: Int? { gap16 == Self.noGap ? nil : Int(first32) + Int(gap16) }
    /// The token after the skipped words.
    public var gapEnd: Int? { gapEnd16 == Self.noGap ? nil : Int(first32) + Int(gapEnd16) }

    /// A rule's index as stored.
    private static func rule16(_ rule: Int) -> UInt16 {
        precondition(rule >= -1 && rule < Int(UInt16.max), "a pack holds at most 65,535 rules")
        return UInt16(rule + 1)
    }
    /// The distance of a gap's token from the first token, as stored.
    private static func distance(_ t: Int?, from first: Int) -> UInt16 {
        guard let t else { return noGap }
        let d = t - first
        precondition(d >= 0, "a gap's tokens follow the match's first")
        return d < Int(far) ? UInt16(d) : far
    }
    /// The distance of the token after the match from its first token, as stored.
    private static func nextDistance(_ t: Int, from first: Int) -> UInt16 {
        let d = t - first
        precondition(d >= 0, "the token after a match follows its first")
        return d < Int(far) ? UInt16(d) : far
    }

    public init(rule: Int, start: Int, end: Int, firstToken: Int, nextToken: Int, gapToken: Int? = nil, gapEnd: Int? = nil) {
        rule16 = Self.rule16(rule); start32 = Int32(start); end32 = Int32(end)
        first32 = Int32(firstToken); next16 = Self.nextDistance(nextToken, from: firstToken)
        gap16 = Self.distance(gapToken, from: firstToken); gapEnd16 = Self.distance(gapEnd, from: firstToken)
    }

    /// The order of matches: by start, then end, then rule.
    @inline(__always) public static func precedes(_ a: CueMatch, _ b: CueMatch) -> Bool {
        if a.start32 != b.start32 { return a.start32 < b.start32 }
        if a.end32 != b.end32 { return a.end32 < b.end32 }
        return a.rule16 < b.rule16  // the index plus one: the same order
    }
}

/// All cue patterns of a pack compiled into one trie of words, matched in a
/// single pass over the tokens of an article.
///
/// The trie is stored flat: word edges in one table keyed by (node, word key) (`KeyedEdges`, with
/// its filters), the nodes, their rare edges and the accepted rules in frozen arrays
/// (`FrozenArray`), so a lookup hashes nothing and copies nothing that is reference-counted.
/// The scan reads them all through the text kernel's `UncheckedView`s.
public struct CueMatcher: Sendable {
    /// A node while the trie is being built.
    struct Builder {
        var exact: [UInt64: Int] = [:]
        var prefixes: [([Unicode.Scalar], Int)] = []
        var proclitics: [(Unicode.Scalar, Int)] = []
        var any: Int? = nil
        var gaps: [(Int, Int)] = []
        var accepts: [Int] = []
        /// Whether some word edge is bare (`=كاذبه`): stored in `exact` under `bareKey`.
        var bare = false
    }
    /// A compiled node, in 12 bytes: the scan reads one at every step, and five thousand of
    /// them stay in the cache only while small. Its rare edges (prefix words, glued proclitics,
    /// `*`, gaps) are kept apart, in `Extra`.
    struct Node: Sendable {
        var acceptStart: Int32 = 0
        var acceptCount: UInt16 = 0
        /// Whether the node has word edges: a node without any looks up no word.
        var hasExact = false
        /// Whether the node has no edge of any kind: a match ends here and goes no further.
        var leaf = false
        /// Its index among the extras, or -1 when it has no rare edge.
        var extra: Int32 = -1
        var accepts: Range<Int32> { acceptStart..<(acceptStart + Int32(acceptCount)) }
    }
    /// A node's rare edges: ranges into the flat edge arrays.
    struct Extra: Sendable {
        var any: Int32 = -1
        var prefixes: Range<Int32> = 0..<0
        var proclitics: Range<Int32> = 0..<0
        var gaps: Range<Int32> = 0..<0
        /// Whether some word edge is bare (`PatternElement.bare`): looked up by `bareKey` for a
        /// word's reading with no proclitic removed.
        var bare = false
    }
    /// The tables the scan reads, immutable once built.
    private let nodes: FrozenArray<Node>
    private let extras: FrozenArray<Extra>
    /// The word edges.
    private let edges: KeyedEdges
    /// The rules each node accepts: `accepts[node.accepts]`.
    private let accepts: FrozenArray<Int32>
    /// Each rule's clitic policy (the most its first word may carry).
    private let policies: FrozenArray<TokenForm.Clitics>
    /// The root's prefix edges (`ي*`), tried on every word.
    private let rootPrefixes: Range<Int32>
    /// The other edges, rare: prefix words, glued proclitics, gaps.
    private let prefixes: [(letters: [Unicode.Scalar], child: Int)]
    private let proclitics: [(letter: Unicode.Scalar, child: Int)]
    private let gaps: [(width: Int, child: Int)]
    /// The rules whose bare matches count only in an outlet's context (`Rule.contextual`).
    public let contextualRules: Set<Int>
    /// `contextualRules` as a flag per rule, read per match (`isContextual`) without hashing.
    private let contextual: [Bool]
    /// Whether some rule is contextual (most packs: none, and no match is looked up).
    public var hasContextualRules: Bool { !contextualRules.isEmpty }
    /// Whether rule `rule` is contextual (`Rule.contextual`).
    @inline(__always) public func isContextual(_ rule: Int) -> Bool { contextual[rule] }
    /// The nodes of the trie, its equal subtrees stored once (`shareSubtrees`).
    let nodeCount: Int
    /// Each rule's subject words (`Rule.subjectWords`) as folded letters; empty for a rule without.
    private let subjectWords: [[[Unicode.Scalar]]]
    /// Whether some rule has subject words (most packs: none, and no match is checked).
    private let hasSubjectWords: Bool

    /// Compiles the patterns of `rules`. Patterns must already be valid.
    public init(rules: [Rule]) throws(PatternError) {
        self.contextualRules = Set(rules.indices.filter { rules[$0].contextual })
        self.contextual = rules.map(\.contextual)
        self.subjectWords = rules.map { $0.subjectWords.map { Array($0.unicodeScalars) } }
        self.hasSubjectWords = rules.contains { !$0.subjectWords.isEmpty }
        // a node counts the rules it accepts in 16 bits
        guard rules.count <= Int(UInt16.max) else { throw PatternError(message: "\(rules.count) rules: a pack holds at most \(UInt16.max)") }
        let policies = rules.map { $0.clitics.maximum }
        var nodes: [Node] = []
        var extras: [Extra] = []
        var accepts: [Int] = []
        var prefixes: [(letters: [Unicode.Scalar], child: Int)] = []
        var proclitics: [(letter: Unicode.Scalar, child: Int)] = []
        var gaps: [(width: Int, child: Int)] = []
        var b: [Builder] = [Builder()]
        for (ri, rule) in rules.enumerated() {
            for form in try rule.compiledForms() { Self.insert(form, rule: ri, &b) }
        }
        Self.shareSubtrees(&b)
        // word edges, node after node, each node's in the order of their keys
        var wordEdges: [(node: Int, key: UInt64, child: Int)] = []
        wordEdges.reserveCapacity(b.reduce(0) { $0 + $1.exact.count })
        for (n, node) in b.enumerated() {
            var c = Node()
            c.hasExact = !node.exact.isEmpty
            // each rule is accepted at a node once: a node accepts at most the pack's rules (checked above)
            c.acceptStart = Int32(accepts.count); c.acceptCount = UInt16(node.accepts.count); accepts += node.accepts
            if node.any != nil || !node.prefixes.isEmpty || !node.proclitics.isEmpty || !node.gaps.isEmpty || node.bare {
                var x = Extra()
                x.bare = node.bare
                if let a = node.any { x.any = Int32(a) }
                x.prefixes = Int32(prefixes.count)..<Int32(prefixes.count + node.prefixes.count); prefixes += node.prefixes.map { ($0.0, $0.1) }
                x.proclitics = Int32(proclitics.count)..<Int32(proclitics.count + node.proclitics.count); proclitics += node.proclitics.map { ($0.0, $0.1) }
                x.gaps = Int32(gaps.count)..<Int32(gaps.count + node.gaps.count); gaps += node.gaps.map { ($0.0, $0.1) }
                c.extra = Int32(extras.count)
                extras.append(x)
            }
            c.leaf = node.exact.isEmpty && c.extra < 0
            nodes.append(c)
            // most nodes (the ends of patterns) have no word edge: nothing to sort or place
            for (k, child) in node.exact.isEmpty ? [] : node.exact.sorted(by: { $0.key < $1.key }) {
                wordEdges.append((node: n, key: k, child: child))
            }
        }
        self.nodes = FrozenArray(nodes)
        self.extras = FrozenArray(extras)
        self.edges = KeyedEdges(wordEdges)
        self.accepts = FrozenArray(accepts.map { Int32($0) })
        self.policies = FrozenArray(policies)
        nodeCount = nodes.count
        self.prefixes = prefixes; self.proclitics = proclitics; self.gaps = gaps
        rootPrefixes = nodes[0].extra >= 0 ? extras[Int(nodes[0].extra)].prefixes : 0..<0
    }

    /// The key of a bare word edge: the word's key, salted, so that it never meets the edge of the
    /// same word in any reading.
    @inline(__always) static func bareKey(_ key: UInt64) -> UInt64 { key ^ 0x5BD1_E995_3C6E_F372 }

    /// Inserts the sequences of `form` into the trie in the order of `CompiledPattern.sequences`,
    /// making the nodes that inserting them one by one would make, in the same order, without
    /// spelling them out. The wildcards before a sequence's first word wait in `lead` until a
    /// word comes: a sequence of wildcards alone is left out, and makes no node.
    static func insert(_ form: CompiledPattern, rule: Int, _ nodes: inout [Builder]) {
        var lead: [PatternElement] = []
        func visit(_ p: Int, _ n: Int, _ word: Bool) {
            guard p < form.positions.count else {
                if word && !nodes[n].accepts.contains(rule) { nodes[n].accepts.append(rule) }
                return
            }
            for option in form.positions[p] {
                if word {
                    visit(p + 1, option.reduce(n) { step($0, $1, &nodes) }, true)
                } else if option.contains(where: { !$0.isWildcard }) {
                    let m = lead.reduce(0) { step($0, $1, &nodes) }
                    visit(p + 1, option.reduce(m) { step($0, $1, &nodes) }, true)
                } else {
                    let saved = lead.count
                    lead += option
                    visit(p + 1, 0, false)
                    lead.removeLast(lead.count - saved)
                }
            }
        }
        visit(0, 0, false)
    }

    /// The child of node `n` along element `e`, made when there is none.
    private static func step(_ n: Int, _ e: PatternElement, _ nodes: inout [Builder]) -> Int {
        func make() -> Int { nodes.append(Builder()); return nodes.count - 1 }
        switch e {
        case .word(let w):
            let k = Tokenizer.key(w)
            if let c = nodes[n].exact[k] { return c }
            let c = make(); nodes[n].exact[k] = c; return c
        case .bare(let w):
            let k = bareKey(Tokenizer.key(w))
            nodes[n].bare = true
            if let c = nodes[n].exact[k] { return c }
            let c = make(); nodes[n].exact[k] = c; return c
        case .prefix(let p):
            let ps = Array(p.unicodeScalars)
            if let c = nodes[n].prefixes.first(where: { $0.0 == ps })?.1 { return c }
            let c = make(); nodes[n].prefixes.append((ps, c)); return c
        case .proclitic(let s):
            if let c = nodes[n].proclitics.first(where: { $0.0 == s })?.1 { return c }
            let c = make(); nodes[n].proclitics.append((s, c)); return c
        case .any:
            if let c = nodes[n].any { return c }
            let c = make(); nodes[n].any = c; return c
        case .gap(let k):
            if let c = nodes[n].gaps.first(where: { $0.0 == k })?.1 { return c }
            let c = make(); nodes[n].gaps.append((k, c)); return c
        }
    }

    /// Stores equal subtrees of the trie once: two nodes that accept the same rules and have the
    /// same edges to equal children become one (the ends of the patterns of a rule, and the
    /// alternatives of a word before the same continuation: `ختم|اختتم|... *5 كلمته|... ب
    /// التأكيد|...` is 50 words of nodes, not 3,718 paths). A scan walks the same paths through
    /// the shared nodes, in the same order, so every match is what the trie gave; the tables
    /// are smaller, and more of them stay in the cache. A child is always made after its parent,
    /// so the nodes are compared from the last: a node's children are settled before it.
    static func shareSubtrees(_ b: inout [Builder]) {
        var canon = [Int](repeating: -1, count: b.count)
        var kept: [Int: Int] = [:]  // hash of a node's shape → the first node kept with it
        func equal(_ x: Builder, _ y: Builder) -> Bool {
            guard x.accepts == y.accepts, x.bare == y.bare, x.exact.count == y.exact.count,
                  x.prefixes.count == y.prefixes.count, x.proclitics.count == y.proclitics.count, x.gaps.count == y.gaps.count,
                  x.any.map({ canon[$0] }) == y.any.map({ canon[$0] }) else { return false }
            for (k, c) in x.exact { guard let d = y.exact[k], canon[c] == canon[d] else { return false } }
            for (p, q) in zip(x.prefixes, y.prefixes) where p.0 != q.0 || canon[p.1] != canon[q.1] { return false }
            for (p, q) in zip(x.proclitics, y.proclitics) where p.0 != q.0 || canon[p.1] != canon[q.1] { return false }
            for (p, q) in zip(x.gaps, y.gaps) where p.0 != q.0 || canon[p.1] != canon[q.1] { return false }
            return true
        }
        for n in b.indices.reversed() {
            let x = b[n]
            var h = Hasher()
            h.combine(x.accepts); h.combine(x.bare); h.combine(x.any.map { canon[$0] })
            // word edges are looked up by key, in no order: hashed in no order
            var words = 0
            for (k, c) in x.exact { var e = Hasher(); e.combine(k); e.combine(canon[c]); words &+= e.finalize() }
            h.combine(words); h.combine(x.exact.count)
            for (p, c) in x.prefixes { h.combine(p); h.combine(canon[c]) }
            for (p, c) in x.proclitics { h.combine(p); h.combine(canon[c]) }
            for (g, c) in x.gaps { h.combine(g); h.combine(canon[c]) }
            let key = h.finalize()
            if let k = kept[key], equal(x, b[k]) { canon[n] = k } else {
                canon[n] = n
                if kept[key] == nil { kept[key] = n }
            }
        }
        kept = [:]
        // the nodes kept, numbered in their order (the root stays 0), their edges to the kept children
        var index = [Int](repeating: -1, count: b.count)
        var out: [Builder] = []
        for n in b.indices where canon[n] == n { index[n] = out.count; out.append(Builder()) }
        func to(_ c: Int) -> Int { index[canon[c]] }
        for n in b.indices where canon[n] == n {
            var x = b[n]
            b[n] = Builder()
            x.exact = x.exact.mapValues(to)
            x.prefixes = x.prefixes.map { ($0.0, to($0.1)) }
            x.proclitics = x.proclitics.map { ($0.0, to($0.1)) }
            x.gaps = x.gaps.map { ($0.0, to($0.1)) }
            x.any = x.any.map(to)
            out[index[n]] = x
        }
        b = out
    }

    /// What one scan reads: the matcher's tables and the article's tokens, as views (valid for
    /// the scan: the matcher and the tokens outlive it).
    struct Scan {
        let nodes: UncheckedView<Node>
        let extras: UncheckedView<Extra>
        let edges: KeyedEdges.Reader
        let accepts: UncheckedView<Int32>
        let policies: UncheckedView<TokenForm.Clitics>
        let tokens: UncheckedView<Token>
        let forms: ReadingsView
        let scalars: UncheckedView<Unicode.Scalar>
        /// Indexes of the word tokens.
        let words: UncheckedView<Int>
        /// All the text's tokens (`tokens` may view a chunk only, its count the chunk's end).
        let tokenCount: Int

        /// The child of `node` along the word with `key`.
        @inline(__always) func child(_ node: Int, _ key: UInt64) -> Int? { edges.child(node, key) }
        /// The readings of token `t`.
        @inline(__always) func forms(_ t: Int) -> UncheckedView<TokenForm> { forms[t, tokens[t]] }
    }

    /// Every match in `tokens`, ordered by start. Matches never cross a hard
    /// punctuation mark (comma, full stop, colon, bracket, line break).
    ///
    /// `tokenRange`: only the matches whose first word is in this range (a chunk of a long
    /// article, `ArticleText`). They are those of the whole text when the first word after the
    /// range follows a hard break (no match crosses into it); that word is still read, as the
    /// `nextToken` of a match that ends the range.
    public func matches(in tokens: Tokens, tokenRange: Range<Int>? = nil) -> [CueMatch] {
        let range = tokenRange ?? 0..<tokens.count
        let toks = tokens
        var words: [Int] = []  // indexes of word tokens
        words.reserveCapacity(range.count + 1)
        for i in range where toks[i].kind == .word { words.append(i) }
        let starts = words.count
        if range.upperBound < toks.count, let next = toks[range.upperBound...].firstIndex(where: { $0.kind == .word }) { words.append(next) }
        var out: [CueMatch] = []
        out.reserveCapacity(starts / 2 + 8)
        // (the tables' views are valid while the matcher lives, which this call holds)
        tokens.withViews(readingsOf: range.lowerBound..<(words.last.map { $0 + 1 } ?? range.lowerBound)) { toks, forms, scalars in
            UncheckedView.with(words) { words in
                        let scan = Scan(nodes: nodes.view, extras: extras.view, edges: edges.reader, accepts: accepts.view, policies: policies.view,
                                        tokens: toks, forms: forms, scalars: scalars, words: words, tokenCount: tokens.count)
                        for w in 0..<starts {
                            let ti = words[w]
                            let tok = toks[ti]
                            for form in scan.forms(ti) {
                                guard let c = scan.edges.rootChild(form.key) else { continue }
                                walk(scan, c, w + 1, nil, form.cliticsRead(tokenStart: tok.start, scan.scalars), w, tok.start, tok.end, &out)
                            }
                            for e in rootPrefixes {
                                let (p, c) = prefixes[Int(e)]
                                for form in scan.forms(ti) where form.hasPrefix(p, scan.scalars) {
                                    walk(scan, c, w + 1, nil, form.cliticsRead(tokenStart: tok.start, scan.scalars), w, tok.start, tok.end, &out)
                                    break
                                }
                            }
                        }
            }
        }
        if hasSubjectWords { out.removeAll { !subjectFollows($0, tokens) } }
        // matches come out word after word, so by start already: only the few that share a
        // start need ordering (insertion sort); several readings of a word can reach the same
        // match: keep one of each
        // (in place: the kept matches are written over the array's front, never ahead of the one read)
        var kept = 0, runStart = 0
        for r in out.indices {
            let m = out[r]
            if kept > runStart && out[runStart].start != m.start { runStart = kept }
            var i = kept
            while i > runStart && CueMatch.precedes(m, out[i - 1]) { i -= 1 }
            if i > runStart, out[i - 1].end == m.end, out[i - 1].rule == m.rule { continue }
            var j = kept
            while j > i { out[j] = out[j - 1]; j -= 1 }
            out[i] = m
            kept += 1
        }
        out.removeLast(out.count - kept)
        dropLongerGaps(&out)
        return out
    }

    /// Whether match `m` of a rule with subject words (`Rule.subjectWords`) has one of them next:
    /// the word right after its last word, with only one to three spaces or tabs between (no
    /// punctuation, no line break), as written — no clitic glued to it. A rule without any: true.
    func subjectFollows(_ m: CueMatch, _ tokens: Tokens) -> Bool {
        let list = subjectWords[m.rule]
        guard !list.isEmpty else { return true }
        let t = m.nextToken
        // (a match that ends inside a word, a glued proclitic, has no subject after it)
        guard t > 0, t < tokens.count, tokens[t].kind == .word, tokens[t - 1].kind == .word, m.end <= tokens[t].start else { return false }
        let space = tokens.letters(in: tokens[t - 1].end..<tokens[t].start)
        guard (1...3).contains(space.count), space.allSatisfy({ $0 == " " || $0 == "\t" }) else { return false }
        let word = tokens.letters(t)
        return list.contains { $0.elementsEqual(word) }
    }

    /// A pattern's word after a gap is reached at its first occurrence: of the matches of one
    /// rule from one start through a gap, only the one whose gap is shortest stays (in
    /// `كانوا يخططون لاستهداف منشآت في ولاية`, `يخطط *4 ل` ends at لاستهداف, not at ولاية,
    /// with the words between read as its subject). Matches are ordered by start.
    func dropLongerGaps(_ out: inout [CueMatch]) {
        var n = 0, runStart = 0
        for r in out.indices {
            let m = out[r]
            if n > runStart && out[runStart].start != m.start { runStart = n }
            if m.gapToken != nil {
                if let k = (runStart..<n).first(where: { out[$0].rule == m.rule && out[$0].gapToken != nil }) {
                    if m.end < out[k].end { out[k] = m }
                    continue
                }
            }
            out[n] = m
            n += 1
        }
        out.removeLast(out.count - n)
    }

    private func walk(_ s: Scan, _ n: Int, _ w: Int, _ remainder: [TokenForm]?, _ first: TokenForm.Clitics,
                      _ startWord: Int, _ start: Int, _ end: Int,
                      _ out: inout [CueMatch], _ gap: Int? = nil, _ gapEnd: Int? = nil) {
        let node = s.nodes[n]
        let words = s.words
        for i in node.accepts {
            let r = Int(s.accepts[Int(i)])
            guard s.policies[r] >= first else { continue }
            out.append(CueMatch(rule: r, start: start, end: end, firstToken: words[startWord],
                                nextToken: remainder == nil ? (w < words.count ? words[w] : s.tokenCount) : words[w], gapToken: gap, gapEnd: gapEnd))
        }
        guard !node.leaf, w < words.count else { return }
        let ti = words[w]
        let tok = s.tokens[ti]
        if remainder == nil && tok.afterBreak { return }
        let extra = node.extra >= 0 ? s.extras[Int(node.extra)] : Extra()
        @inline(__always) func step(_ form: TokenForm) {
            if node.hasExact, let c = s.child(n, form.key) { walk(s, c, w + 1, nil, first, startWord, start, tok.end, &out, gap, gapEnd) }
            // a bare word (`=كاذبه`): only the reading with no proclitic removed
            if extra.bare, form.clitics == .none, let c = s.child(n, Self.bareKey(form.key)) {
                walk(s, c, w + 1, nil, first, startWord, start, tok.end, &out, gap, gapEnd)
            }
            for e in extra.prefixes where form.hasPrefix(prefixes[Int(e)].letters, s.scalars) {
                walk(s, prefixes[Int(e)].child, w + 1, nil, first, startWord, start, tok.end, &out, gap, gapEnd)
            }
        }
        if let remainder { for form in remainder { step(form) } } else { for form in s.forms(ti) { step(form) } }
        guard remainder == nil else { return }
        for e in extra.proclitics {
            let (letter, c) = proclitics[Int(e)]
            // the letter after an optional conjunction, glued to a word of two or more letters
            for form in s.forms(ti) where form.clitics <= .conjunction && !form.alef && s.scalars[form.start] == letter {
                let count = form.end - form.start
                if count == 1 {
                    walk(s, c, w + 1, nil, first, startWord, start, tok.end, &out, gap, gapEnd)
                } else if count >= 3 {
                    var rest: [TokenForm] = []
                    Tokenizer.forms(of: s.scalars, (form.start + 1)..<form.end, into: &rest)
                    if letter == Arabic.lam && s.scalars[form.start + 1] == Arabic.lam {  // لل = ل + ال
                        let r = (form.start + 1)..<form.end
                        rest.insert(TokenForm(key: Tokenizer.key(s.scalars.rebased(r), alef: true), r, alef: true, clitics: .any), at: 0)
                    }
                    walk(s, c, w, rest, first, startWord, start, form.start + 1, &out, gap, gapEnd)
                }
            }
        }
        if extra.any >= 0 { walk(s, Int(extra.any), w + 1, nil, first, startWord, start, tok.end, &out, gap, gapEnd) }
        for e in extra.gaps {
            let (k, c) = gaps[Int(e)]
            var j = w
            while j <= min(words.count - 1, w + k) {
                if j > w && s.tokens[words[j]].afterBreak { break }
                // the gap's words (the subject of a verb cue); a gap that skipped nothing is
                // recorded as an empty range at its place, so the subject is known not to follow
                // the match (ورفض الاتهامات الموجهة إليه: the subject is not الموجهة)
                let open = gap == nil || gap == gapEnd
                let g = j > w ? (open ? words[w] : gap) : (gap ?? words[w])
                let ge = j > w ? (open ? words[j] : gapEnd) : (gap == nil ? words[w] : gapEnd)
                walk(s, c, j, nil, first, startWord, start, end, &out, g, ge)
                j += 1
            }
        }
    }
}

extension ArraySlice where Element == CueMatch {
    /// The matches that satisfy `keep`: the slice itself (no copy) when all do, as is usual.
    func keeping(_ keep: (CueMatch) -> Bool) -> ArraySlice<CueMatch> {
        guard let first = firstIndex(where: { !keep($0) }) else { return self }
        var out = Array(self[..<first])
        out.reserveCapacity(count - 1)
        for m in self[(first + 1)...] where keep(m) { out.append(m) }
        return out[...]
    }
}
