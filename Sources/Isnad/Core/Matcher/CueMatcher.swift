/// A rule that fired, located in folded text.
public struct CueMatch: Sendable, Hashable {
    /// Index of the rule in the pack.
    public var rule: Int
    /// Folded half-open range of the matched words.
    public var start: Int
    public var end: Int
    /// Index of the first word token of the match.
    public var firstToken: Int
    /// Index of the token after the match; when the match ends with a proclitic (وفقًا لـ)
    /// it ends inside `nextToken`, the word the proclitic is glued to.
    public var nextToken: Int
    /// The first word a gap (`*N`) of the pattern skipped, if any: for a verb cue such as
    /// `لم يرد *5 التعليق` the skipped words hold the subject.
    public var gapToken: Int? = nil
    /// The token after the skipped words.
    public var gapEnd: Int? = nil
}

/// All cue patterns of a pack compiled into one trie of words, matched in a
/// single pass over the tokens of an article.
public struct CueMatcher: Sendable {
    struct Node: Sendable {
        var exact: [UInt64: Int] = [:]
        var prefixes: [([Unicode.Scalar], Int)] = []
        var proclitics: [(Unicode.Scalar, Int)] = []
        var any: Int? = nil
        var gaps: [(Int, Int)] = []
        var accepts: [Int] = []
    }
    private var nodes: [Node] = [Node()]
    private let policies: [TokenForm.Clitics]

    /// Compiles the patterns of `rules`. Patterns must already be valid.
    public init(rules: [Rule]) throws(PatternError) {
        policies = rules.map { $0.clitics.maximum }
        for (ri, rule) in rules.enumerated() {
            for p in rule.patterns {
                for seq in try PatternCompiler.compile(p) { insert(seq, rule: ri) }
            }
        }
    }

    private mutating func child(_ n: Int, _ e: PatternElement) -> Int {
        func make() -> Int { nodes.append(Node()); return nodes.count - 1 }
        switch e {
        case .word(let w):
            let k = Tokenizer.key(w)
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

    private mutating func insert(_ seq: [PatternElement], rule: Int) {
        var n = 0
        for e in seq { n = child(n, e) }
        if !nodes[n].accepts.contains(rule) { nodes[n].accepts.append(rule) }
    }

    /// Every match in `tokens`, ordered by start. Matches never cross a hard
    /// punctuation mark (comma, full stop, colon, bracket, line break).
    public func matches(in tokens: [Token]) -> [CueMatch] {
        var words: [Int] = []  // indexes of word tokens
        words.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() where t.kind == .word { words.append(i) }
        var out: [CueMatch] = []
        var seen = Set<CueMatch>()
        for w in 0..<words.count {
            let tok = tokens[words[w]]
            for form in tok.forms {
                guard let c = nodes[0].exact[form.key] else { continue }
                walk(c, w + 1, nil, form.clitics, tokens, words, w, tok.start, tok.end, &out, &seen)
            }
            for (p, c) in nodes[0].prefixes {
                for form in tok.forms where form.hasPrefix(p) {
                    walk(c, w + 1, nil, form.clitics, tokens, words, w, tok.start, tok.end, &out, &seen)
                    break
                }
            }
        }
        out.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        // several readings of a word can reach the same match: keep one of each
        var unique: [CueMatch] = []
        unique.reserveCapacity(out.count)
        for m in out {
            if let l = unique.last, l.start == m.start, l.end == m.end, l.rule == m.rule { continue }
            unique.append(m)
        }
        return unique
    }

    private func walk(_ n: Int, _ w: Int, _ remainder: [TokenForm]?, _ first: TokenForm.Clitics,
                      _ tokens: [Token], _ words: [Int], _ startWord: Int, _ start: Int, _ end: Int,
                      _ out: inout [CueMatch], _ seen: inout Set<CueMatch>, _ gap: Int? = nil, _ gapEnd: Int? = nil) {
        let node = nodes[n]
        for r in node.accepts where policies[r] >= first {
            let m = CueMatch(rule: r, start: start, end: end, firstToken: words[startWord],
                             nextToken: remainder == nil ? (w < words.count ? words[w] : tokens.count) : words[w], gapToken: gap, gapEnd: gapEnd)
            out.append(m)
        }
        guard w < words.count else { return }
        let tok = tokens[words[w]]
        if remainder == nil && tok.afterBreak { return }
        let forms = remainder ?? tok.forms
        for form in forms {
            if let c = node.exact[form.key] { walk(c, w + 1, nil, first, tokens, words, startWord, start, tok.end, &out, &seen, gap, gapEnd) }
            for (p, c) in node.prefixes where form.hasPrefix(p) {
                walk(c, w + 1, nil, first, tokens, words, startWord, start, tok.end, &out, &seen, gap, gapEnd)
            }
        }
        if remainder == nil {
            for (letter, c) in node.proclitics {
                // the letter after an optional conjunction, glued to a word of two or more letters
                for form in tok.forms where form.clitics <= .conjunction {
                    let sc = form.alef ? Array(form.text.unicodeScalars) : Array(form.letters)
                    if sc.count == 1 && sc[0] == letter {
                        walk(c, w + 1, nil, first, tokens, words, startWord, start, tok.end, &out, &seen, gap, gapEnd)
                    } else if sc.count >= 3 && sc[0] == letter {
                        let rest = Array(sc[1...])
                        var restForms = Tokenizer.forms(of: rest).map { var f = $0; f.offset += form.offset + 1; return f }
                        if letter == "\u{0644}" && rest.first == "\u{0644}" {  // لل = ل + ال
                            restForms.insert(TokenForm(letters: rest[...], alef: true, offset: form.offset + 1, clitics: .any), at: 0)
                        }
                        let endPos = tok.start + form.offset + 1
                        walk(c, w, restForms, first, tokens, words, startWord, start, endPos, &out, &seen, gap, gapEnd)
                    }
                }
            }
            if let c = node.any { walk(c, w + 1, nil, first, tokens, words, startWord, start, tok.end, &out, &seen, gap, gapEnd) }
            for (k, c) in node.gaps {
                var j = w
                while j <= min(words.count - 1, w + k) {
                    if j > w && tokens[words[j]].afterBreak { break }
                    walk(c, j, nil, first, tokens, words, startWord, start, end, &out, &seen, gap ?? (j > w ? words[w] : nil), gap != nil ? gapEnd : (j > w && j < words.count ? words[j] : nil))
                    j += 1
                }
            }
        }
    }
}
