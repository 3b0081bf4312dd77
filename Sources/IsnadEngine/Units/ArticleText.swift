import IsnadModel
import IsnadText
import IsnadRules

/// An article prepared for judging: normalised text, its tokens, its segments,
/// and the cue matches of every segment. Built once, read by every later stage.
public struct ArticleText: Sendable {
    public let text: NormalizedText
    /// Tokens of the whole folded text.
    public private(set) var tokens: Tokens
    public let segments: [Segment]
    /// The number of lines of the text.
    public let lineCount: Int
    /// Rules whose regular expression ran out of its budget on this text (skipped).
    public let timedOutRules: [Int]
    /// `tokenRanges[i]` — the tokens of segment `i`.
    public let tokenRanges: [Range<Int>]
    /// `matches[i]` — the cue matches inside segment `i`, ordered by start.
    public let matches: SegmentMatches

    /// Segments `text`, tokenizes it and runs the matcher once over all tokens.
    public init(text: NormalizedText, matcher: CueMatcher, regexes: RegexCues? = nil, profile: StageTimer? = nil) {
        var clock = StageClock(profile)
        let tokens = Tokenizer.tokenize(text.scalars)
        clock.lap("tokenize")
        self.init(text: text, tokens: tokens, matcher: matcher, regexes: regexes, profile: profile)
    }

    /// Segments `text`, whose tokens are `tokens`, and runs the matcher once over all tokens.
    init(text: NormalizedText, tokens: Tokens, matcher: CueMatcher, regexes: RegexCues?, profile: StageTimer?) {
        var clock = StageClock(profile)
        self.text = text
        let (segments, lineCount) = Segmenter.lines(text)
        clock.lap("segment")
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(segments.count)
        var t = 0
        for seg in segments {
            while t < tokens.count && tokens[t].start < seg.folded.lowerBound { t += 1 }
            var e = t
            while e < tokens.count && tokens[e].end <= seg.folded.upperBound { e += 1 }
            ranges.append(t..<e)
            t = e
        }
        var all = matcher.matches(in: tokens)
        clock.lap("match")
        var timedOut: [Int] = []
        if let regexes, !regexes.isEmpty {
            all += regexes.matches(in: text, tokens: tokens, timedOut: &timedOut, profile: profile)
            all.sort(by: CueMatch.precedes)
        }
        // matches are ordered by start, so each segment's are one run of `all` (less those that
        // cross its end): stored one segment after another in one array
        var flat: [CueMatch] = []
        flat.reserveCapacity(all.count)
        var bounds = [Int](filled: 0, count: segments.count + 1)
        var lo = 0
        // words inside a URL or an e-mail address are no cues (SOURCING.md, "Units")
        let web = WebAddresses.ranges(in: text.scalars)
        var w = 0
        for (s, seg) in segments.enumerated() {
            while lo < all.count && all[lo].start < seg.folded.lowerBound { lo += 1 }
            var hi = lo
            while hi < all.count && all[hi].start < seg.folded.upperBound { hi += 1 }
            for m in all[lo..<hi] where m.end <= seg.folded.upperBound {
                if !web.isEmpty {
                    while w < web.count && web[w].upperBound <= m.start { w += 1 }
                    if w < web.count && web[w].lowerBound < m.end { continue }
                }
                if matcher.hasContextualRules && matcher.isContextual(m.rule) && !Self.inOutletContext(m, text, tokens) { continue }
                flat.append(m)
            }
            bounds[s + 1] = flat.count
            lo = hi
        }
        // the word tokens of each segment, found once for every later stage
        var segmentWords = [[Int]](filled: [], count: segments.count)
        for (s, r) in ranges.enumerated() where !r.isEmpty {
            // room for the words only (the segment's tokens counted punctuation too)
            var n = 0
            for t in r where tokens[t].kind == .word { n += 1 }
            var w: [Int] = []
            w.reserveCapacity(n)
            for t in r where tokens[t].kind == .word { w.append(t) }
            segmentWords[s] = w
        }
        clock.lap("match")
        self.tokens = tokens
        self.segments = segments
        self.lineCount = lineCount
        self.timedOutRules = timedOut
        self.tokenRanges = ranges
        self.matches = SegmentMatches(all: flat, bounds: bounds)
        self.segmentWords = segmentWords
    }

    /// Whether an ambiguous outlet name stands where an outlet is meant: between quotation marks
    /// («الرياض»), after a standing ل or with ل glued to it (لـ«عكاظ»، لعكاظ), or after an
    /// outlet word (that case is its own pattern).
    static func inOutletContext(_ m: CueMatch, _ text: NormalizedText, _ tokens: Tokens) -> Bool {
        let t = m.firstToken
        // the pattern that starts with an outlet word (صحيفة الرياض، جريدة «اليوم»)
        if m.nextToken - t >= 2, tokens.forms(t).contains(where: { Gazetteer.isHeadWord($0.letters(tokens.scalars)) }) { return true }
        // a reporter's word right before the name (مراسل الأناضول، مراسلة «الرياض»): the reporter
        // of that outlet
        if t > 0, tokens[t - 1].kind == .word || tokens[t - 1].is("\""),
           let w = (0..<t).last(where: { tokens[$0].kind == .word }), !(w + 1..<t).contains(where: { !tokens[$0].is("\"") }),
           tokens.forms(w).contains(where: { f in reporterNouns.contains { $0.elementsEqual(f.letters(tokens.scalars)) } }) { return true }
        // ل glued to the name: the token holds more letters before the match's reading
        let letters = tokens.letters(t)
        if let f = letters.first, f == Arabic.lam, letters.count > 2 { return statementFollows(m, tokens) }
        var quoted = false
        var k = t - 1
        while k >= 0 && tokens[k].kind == .punct {
            if tokens[k].is("\"") { quoted = true }
            k -= 1
        }
        // a standing ل (لـ «عكاظ»)
        if k >= 0 && tokens[k].kind == .word && tokens.letters(k).elementsEqual([Arabic.lam]) { return true }
        // an opening quotation mark before the name («الرياض»، «الشرق الأوسط أونلاين»)
        if quoted { return true }
        // a dateline: the name opens its line, or follows a dash, and a dash or colon follows it
        // (سبق- الرياض:، متابعة - الرياض الإلكتروني)
        let opensLine = t == 0 || tokens[t].afterBreak && (k < 0 || text.folded(tokens[k].end, tokens[t].start).contains("\n"))
        func dash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2013}" || c == "\u{2014}" || c == Arabic.tatweel }
        var b = m.start - 1
        while b >= 0 && text.scalars[b] == " " { b -= 1 }
        let afterDash = b >= 0 && dash(text.scalars[b])
        var f = m.end
        while f < text.scalars.count && text.scalars[f] == " " { f += 1 }
        let beforeDash = f < text.scalars.count && (dash(text.scalars[f]) || text.scalars[f] == ":")
        return (opensLine || afterDash) && (beforeDash || afterDash)
    }

    /// Arabic.reporterNouns, folded as tokens are.
    private static let reporterNouns = Arabic.reporterNouns.map { Normalizer.foldedScalars($0) }

    /// The statement openers, folded as tokens are.
    private static let statementOpeners = Set(Arabic.statementOpeners.map { Normalizer.foldedScalars($0) })

    /// Whether a statement follows an outlet name with ل glued to it, as after a name told to
    /// (وقال لعكاظ إن ...، وأكد للوطن أمس أن ...، قال للمدينة: ...): a statement opener, a colon
    /// or a quotation mark within `Arabic.toldToGap` words, before the sentence ends. In the
    /// corpus the glued forms of the ambiguous names (للوطن، للمدينة، للاتحاد، للرياض) are
    /// otherwise the common word (فداء للوطن، الاتحاد الدولي، عاد للرياض), never the outlet.
    static func statementFollows(_ m: CueMatch, _ tokens: Tokens) -> Bool {
        var k = m.nextToken, words = 0
        while k < tokens.count {
            if tokens[k].kind == .punct {
                if tokens[k].is(":") || tokens[k].is("\"") { return true }
                if tokens[k].is(".") || tokens[k].is(Arabic.fullStop) || tokens[k].is(Arabic.questionMark) { return false }
            } else {
                if statementOpeners.contains(Array(tokens.letters(k))) { return true }
                words += 1
                if words > Arabic.toldToGap { return false }
            }
            k += 1
        }
        return false
    }

    /// `segmentWords[i]` — the word tokens of segment `i`.
    let segmentWords: [[Int]]

    /// Word tokens of segment `i`, as indexes into `tokens`.
    public func words(of i: Int) -> [Int] { segmentWords[i] }

    /// Drops the readings of the tokens once the article is labelled (`Tokens.releaseForms`):
    /// the standards and the units read letters, kinds and matches only. The storage is freed
    /// when this text is the tokens' only holder (a long article: the staged path tokenizes
    /// it here).
    mutating func releaseReadings() { tokens.releaseForms() }
}

/// The cue matches of an article's segments: `matches[i]` holds those inside segment `i`,
/// ordered by start. All are stored in one array, one segment after another.
public struct SegmentMatches: RandomAccessCollection, Sendable {
    /// Every segment's matches, segment after segment.
    let all: [CueMatch]
    /// Segment `i`'s matches are `all[bounds[i] ..< bounds[i + 1]]`.
    let bounds: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count - 1 }
    public subscript(i: Int) -> ArraySlice<CueMatch> { all[bounds[i]..<bounds[i + 1]] }
}
