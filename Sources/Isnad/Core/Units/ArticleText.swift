/// An article prepared for judging: normalised text, its tokens, its segments,
/// and the cue matches of every segment. Built once, read by every later stage.
public struct ArticleText: Sendable {
    public let text: NormalizedText
    /// Tokens of the whole folded text.
    public let tokens: Tokens
    public let segments: [Segment]
    /// The number of lines of the text.
    public let lineCount: Int
    /// Rules whose regular expression ran out of its budget on this text (skipped).
    public let timedOutRules: [Int]
    /// `tokenRanges[i]` — the tokens of segment `i`.
    public let tokenRanges: [Range<Int>]
    /// `matches[i]` — the cue matches inside segment `i`, ordered by start.
    public let matches: [[CueMatch]]

    /// Segments `text`, tokenizes it and runs the matcher once over all tokens.
    public init(text: NormalizedText, matcher: CueMatcher, regexes: RegexCues? = nil, profile: StageTimer? = nil) {
        var clock = StageClock(profile)
        self.text = text
        let tokens = Tokenizer.tokenize(text.scalars)
        clock.lap("tokenize")
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
        var perSegment = [[CueMatch]](repeating: [], count: segments.count)
        var s = 0
        var all = matcher.matches(in: tokens)
        clock.lap("match")
        var timedOut: [Int] = []
        if let regexes, !regexes.isEmpty {
            all += regexes.matches(in: text, tokens: tokens, timedOut: &timedOut, profile: profile)
            all.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        }
        for m in all {
            while s < segments.count && segments[s].folded.upperBound <= m.start { s += 1 }
            guard s < segments.count else { break }
            if m.start >= segments[s].folded.lowerBound && m.end <= segments[s].folded.upperBound {
                perSegment[s].append(m)
            }
        }
        clock.lap("match")
        self.tokens = tokens
        self.segments = segments
        self.lineCount = lineCount
        self.timedOutRules = timedOut
        self.tokenRanges = ranges
        self.matches = perSegment
    }

    /// Word tokens of segment `i`, as indexes into `tokens`.
    public func words(of i: Int) -> [Int] {
        tokenRanges[i].filter { tokens[$0].kind == .word }
    }
}
