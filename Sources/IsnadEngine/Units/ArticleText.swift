import IsnadModel
import IsnadText
import IsnadRules

/// An article prepared for judging: normalised text, its tokens, its segments,
/// and the cue matches of every segment. Built once, read by every later stage.
public struct ArticleText: Sendable {
    public private(set) var text: NormalizedText
    /// Tokens of the whole folded text.
    public private(set) var tokens: Tokens
    public let segments: [Segment]
    /// The number of lines of the text.
    public let lineCount: Int
    /// Rules whose regular expression ran out of its budget on this text (skipped).
    public let timedOutRules: [Int]
    /// `tokenRanges[i]` — the tokens of segment `i`.
    public let tokenRanges: [Range<Int>]
    /// `matches[i]` — the cue matches inside segment `i`, ordered by start (a long article's,
    /// once its chunk is labelled, only for the segments read after labelling: `releaseMatches`).
    public private(set) var matches: SegmentMatches
    /// The segments of each of the matcher's chunks, in order (one range, every segment, for an
    /// article of one chunk): the runs `Auditor` labels a long article in (`Labeller.Run`).
    public let chunkSegments: [Range<Int>]

    /// Segments `text`, tokenizes it and runs the matcher over all tokens (in chunks of about
    /// `chunkTokens` tokens: the same matches for any size).
    ///
    /// `utf8`: the original text's UTF-8 (the decoder's bytes, scalar for scalar the text): an
    /// article of more folded scalars than `chunkTokens` (every article of more than one chunk)
    /// holds its original text as that, once it is segmented (`NormalizedText.holdOriginal`).
    public init(text: consuming NormalizedText, matcher: CueMatcher, regexes: RegexCues? = nil, profile: StageTimer? = nil,
                chunkTokens: Int = ArticleText.defaultChunkTokens, utf8: ArticleUTF8? = nil) {
        self.init(text: consume text, tokens: nil, matcher: matcher, regexes: regexes, profile: profile, chunkTokens: chunkTokens, utf8: utf8)
    }

    /// The default size of a chunk of the matcher, in tokens: 65,536 (about 500 KB of Arabic
    /// news text); an article of fewer tokens is matched in one piece.
    public static let defaultChunkTokens = 1 << 16

    /// Segments `text`, whose tokens are `tokens` (nil: tokenized here), and runs the matcher over
    /// the tokens, in chunks of about `chunkTokens` tokens (see below; the result is the same for
    /// any chunk size). `pieceScalars`: the least scalars of a piece of a text held as UTF-8 that
    /// the segmenter reads (`Segmenter.lines`; the same segments for any size).
    init(text: consuming NormalizedText, tokens given: Tokens?, matcher: CueMatcher, regexes: RegexCues?, profile: StageTimer?,
         chunkTokens: Int = ArticleText.defaultChunkTokens, utf8: ArticleUTF8? = nil, pieceScalars: Int = OriginalScalars.linePieceScalars) {
        var clock = StageClock(profile)
        let (segments, lineCount) = Segmenter.lines(text, pieceScalars: pieceScalars)
        clock.lap("segment")
        // a long article holds its original text as its UTF-8 from here on (every later stage
        // reads it a scalar or a unit at a time), not 4 bytes a scalar, and before its tokens
        // and readings are made: the array is released when the caller handed the text over
        // (`Auditor`). "Long": more folded scalars than a chunk's tokens, so every article of
        // more than one chunk (`--chunk-tokens 1` makes it every article, for tests).
        let long = text.foldedCount > Swift.max(1, chunkTokens)
        if let utf8, long { _ = text.holdOriginal(asUTF8: utf8.bytes, start: utf8.start) }
        // a text folded compact (`Normalizer.normalize(scalars:compactAbove:)`, the same limit on
        // its original scalars) that is no long article after all is read as an array
        if !long { text.holdArray() }
        // the regular expressions search the folded text of the whole article, once (a chunked
        // search would differ: a match that crosses a line is dropped but consumes the text it
        // ran over, and ^ and $ anchor at the article's ends — `RegexLineTests`); before the
        // tokens are made, so that the search's UTF-16 copy of the text (2 bytes a scalar) and
        // the tokens are never held together (a long article's, issue #26, mem26); the spans
        // are read on the tokens below
        var timedOut: [Int] = []
        var regexSpans: [RegexCues.Span] = []
        if let regexes, !regexes.isEmpty {
            regexSpans = regexes.spans(in: text, timedOut: &timedOut, profile: profile)
        }
        clock.lap("match")  // the search counted with the matcher's stage, as before
        var tokens: Tokens
        if let given { tokens = given } else {
            // a long article's readings are not held (made per chunk by the matcher, per word
            // by the labeller: issue #26); the same "long" as above. Its text folded compact is
            // tokenized from that, a piece at a time.
            if let compact = text.compact {
                tokens = Tokenizer.tokenizeWithoutReadings(compact)
            } else {
                tokens = Tokenizer.tokenize(text.scalars, holdingReadings: !long)
            }
            clock.lap("tokenize")
        }
        self.text = text
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
        var regexMatches: [CueMatch] = []
        if let regexes, !regexSpans.isEmpty {
            regexMatches = regexes.cueMatches(regexSpans, tokens: tokens)
            regexSpans = []
            regexMatches.sort(by: CueMatch.precedes)
        }
        // words inside a URL or an e-mail address are no cues (SOURCING.md, "Units")
        let web = text.compact.map { WebAddresses.ranges(in: $0) } ?? WebAddresses.ranges(in: text.scalars)
        var w = 0, r = 0
        // The word patterns are matched chunk by chunk: runs of whole segments of about
        // `chunkTokens` tokens, cut before a segment whose first word follows a hard break (a
        // line end, a full stop: no match crosses it, `CueMatcher.matches(in:tokenRange:)`), so
        // the matcher's working lists and each chunk's unfiltered matches are held for one chunk
        // at a time, not for the whole of a long article. Each segment's matches are kept in
        // its chunk's list (`SegmentMatches`), never copied into one array.
        var chunks: [[CueMatch]] = []
        var chunkBase: [Int] = []
        var segmentChunk = [UInt32](filled: 0, count: segments.count)
        var bounds = [Int](filled: 0, count: segments.count + 1)
        var kept = 0
        var chunkSegments: [Range<Int>] = []
        func chunk(_ segs: Range<Int>, _ toks: Range<Int>, to scalarEnd: Int) {
            chunkSegments.append(segs)
            var all = matcher.matches(in: tokens, tokenRange: toks)
            if !regexMatches.isEmpty {
                // this chunk's share of the regular expressions' matches, ordered with its own
                let first = r
                while r < regexMatches.count && regexMatches[r].start < scalarEnd { r += 1 }
                if first < r {
                    all += regexMatches[first..<r]
                    all.sort(by: CueMatch.precedes)
                }
            }
            // matches are ordered by start, so each segment's are one run of `all` (less those that
            // cross its end), kept in place (a kept match is written over the list's front, never
            // ahead of the one read) and then copied into a list of their exact number
            let c = chunks.count
            chunkBase.append(kept)
            var n = 0, lo = 0
            for s in segs {
                let seg = segments[s]
                segmentChunk[s] = UInt32(c)
                while lo < all.count && all[lo].start < seg.folded.lowerBound { lo += 1 }
                var hi = lo
                while hi < all.count && all[hi].start < seg.folded.upperBound { hi += 1 }
                for k in lo..<hi where all[k].end <= seg.folded.upperBound {
                    var m = all[k]
                    // the word after a kept match lies beyond a run of more than 65,534
                    // punctuation tokens, outside the segment: its end stands for it
                    if m.hasFarNextToken { m.nextToken = ranges[s].upperBound }
                    if !web.isEmpty {
                        while w < web.count && web[w].upperBound <= m.start { w += 1 }
                        if w < web.count && web[w].lowerBound < m.end { continue }
                    }
                    if matcher.hasContextualRules && matcher.isContextual(m.rule) && !Self.inOutletContext(m, text, tokens) { continue }
                    all[n] = m
                    n += 1
                }
                kept = chunkBase[c] + n
                bounds[s + 1] = kept
                lo = hi
            }
            chunks.append(Array(all[..<n]))
            // a long article's tokens released once their chunk is matched (mem32): every later
            // pass reads them tokenized again a piece at a time (`Tokens.releasedToken`, the same
            // tokens), so the matches of every chunk and the tokens of the article are never all
            // held at once — what peaked at the matcher's end once the tokens of labelled chunks
            // were released (issue #26). Nothing for tokens whose readings are held.
            // (an article in one chunk keeps its tokens: releasing them saves little and every
            // later read would go through the re-tokenization — the article is not long enough to need it)
            if !tokens.readingsHeld && toks.upperBound > tokens.releasedBefore && !(segs.lowerBound == 0 && segs.upperBound == segments.count) {
                tokens.release(before: toks.upperBound, keeping: [])
            }
        }
        let limit = Swift.max(1, chunkTokens)
        var firstSegment = 0, firstToken = 0
        for s in segments.indices where s > firstSegment {
            let t = ranges[s].lowerBound
            guard t - firstToken >= limit else { continue }
            // a cut here is safe when the first word from `t` on follows a hard break
            var k = t
            while k < tokens.count && tokens[k].kind != .word { k += 1 }
            guard k == tokens.count || tokens[k].afterBreak else { continue }
            chunk(firstSegment..<s, firstToken..<t, to: segments[s].folded.lowerBound)
            firstSegment = s; firstToken = t
        }
        if !segments.isEmpty { chunk(firstSegment..<segments.count, firstToken..<tokens.count, to: Int.max) }
        clock.lap("match")
        // the word tokens of each segment, found once for every later stage; for an article of
        // more than one chunk, found again each time they are asked for (`words(of:)`), not held
        // (8 bytes a word and a list per segment: about 0.8 bytes per byte of text)
        var segmentWords: [[Int]] = []
        if tokens.count <= limit {
            segmentWords = [[Int]](filled: [], count: segments.count)
            for (s, r) in ranges.enumerated() where !r.isEmpty { segmentWords[s] = Self.words(r, tokens) }
        }
        clock.lap("match")
        self.tokens = tokens
        self.segments = segments
        self.lineCount = lineCount
        self.timedOutRules = timedOut
        self.tokenRanges = ranges
        self.matches = SegmentMatches(chunks: chunks, base: chunkBase, segmentChunk: segmentChunk, bounds: bounds)
        self.segmentWords = segmentWords
        self.chunkSegments = chunkSegments.isEmpty ? [0..<0] : chunkSegments
    }

    /// Whether an ambiguous outlet name stands where an outlet is meant: between quotation marks
    /// («الرياض»), after a standing ل or with ل glued to it (لـ«عكاظ»، لعكاظ), or after an
    /// outlet word (that case is its own pattern).
    static func inOutletContext(_ m: CueMatch, _ text: NormalizedText, _ tokens: Tokens) -> Bool {
        let t = m.firstToken
        // the pattern that starts with an outlet word (صحيفة الرياض، جريدة «اليوم»)
        if m.nextToken - t >= 2, tokens.forms(t).contains(where: { Gazetteer.isHeadWord(tokens.letters($0)) }) { return true }
        // a reporter's word right before the name (مراسل الأناضول، مراسلة «الرياض»): the reporter
        // of that outlet
        if t > 0, tokens[t - 1].kind == .word || tokens[t - 1].is("\""),
           let w = (0..<t).last(where: { tokens[$0].kind == .word }), !(w + 1..<t).contains(where: { !tokens[$0].is("\"") }),
           tokens.forms(w).contains(where: { f in reporterNouns.contains { $0.elementsEqual(tokens.letters(f)) } }) { return true }
        // ل glued to the name: the token holds more letters before the match's reading
        let letters = tokens.letters(t)
        if let f = letters.first, f == Arabic.lam, letters.count > 2 { return statementFollows(m, tokens) }
        var quoted = false, bracketed = false
        var k = t - 1
        while k >= 0 && tokens[k].kind == .punct {
            if tokens[k].is("\"") { quoted = true }
            if tokens[k].is("(") { bracketed = true }
            k -= 1
        }
        // a name in brackets right after علمت, as papers mark what they learned (وعلمت (المدينة)
        // أن، علمت (عكاظ)): the bracket closing right after the name
        if bracketed, k >= 0, tokens[k].kind == .word, m.end < text.foldedCount, text.foldedScalar(m.end) == ")",
           Arabic.withoutConjunctions(tokens.letters(k)).elementsEqual(learnedLetters) { return true }
        // a standing ل (لـ «عكاظ»)
        if k >= 0 && tokens[k].kind == .word && tokens.letters(k).elementsEqual([Arabic.lam]) { return true }
        // an opening quotation mark before the name («الرياض»، «الشرق الأوسط أونلاين»)
        if quoted { return true }
        // a dateline: the name opens its line, or follows a dash, and a dash or colon follows it
        // (سبق- الرياض:، متابعة - الرياض الإلكتروني)
        let opensLine = t == 0 || tokens[t].afterBreak && (k < 0 || text.folded(tokens[k].end, tokens[t].start).contains("\n"))
        func dash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2013}" || c == "\u{2014}" || c == Arabic.tatweel }
        var b = m.start - 1
        while b >= 0 && text.foldedScalar(b) == " " { b -= 1 }
        let afterDash = b >= 0 && dash(text.foldedScalar(b))
        var f = m.end
        while f < text.foldedCount && text.foldedScalar(f) == " " { f += 1 }
        let beforeDash = f < text.foldedCount && (dash(text.foldedScalar(f)) || text.foldedScalar(f) == ":")
        return (opensLine || afterDash) && (beforeDash || afterDash)
    }

    /// علمت 'has learned', folded as tokens are.
    private static let learnedLetters = Normalizer.foldedScalars(Arabic.alimat)

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

    /// `segmentWords[i]` — the word tokens of segment `i` (empty for an article of more than one
    /// chunk: `words(of:)` finds them).
    let segmentWords: [[Int]]

    /// The word tokens among `r`, in a list with room for them only.
    static func words(_ r: Range<Int>, _ tokens: Tokens) -> [Int] {
        guard !r.isEmpty else { return [] }
        // room for the words only (the segment's tokens count punctuation too)
        var n = 0
        for t in r where tokens[t].kind == .word { n += 1 }
        var w: [Int] = []
        w.reserveCapacity(n)
        for t in r where tokens[t].kind == .word { w.append(t) }
        return w
    }

    /// Word tokens of segment `i`, as indexes into `tokens`.
    public func words(of i: Int) -> [Int] { segmentWords.isEmpty ? Self.words(tokenRanges[i], tokens) : segmentWords[i] }

    /// The cue kinds whose matches a pass after labelling reads in a unit that is no claim: a
    /// title (`SourceResolver.nameHolders`) or a body's noun (`nameBodies`) — such a unit keeps
    /// every match, which those passes load as its cues. Claims keep theirs (`Rebuttals`,
    /// `Standards`); the evidence of a unit that is no claim is read before its chunk is
    /// released (`Auditor`).
    static let readInUnitsNoClaim: CueKinds = [.title, .organization]

    /// Releases the matches of chunk `c` (its segments `chunkSegments[c]`), once it is labelled,
    /// but those of its claims (`kinds`) and of its units holding a cue of `readInUnitsNoClaim`:
    /// what the passes after labelling read (issue #26: a long article's matches were held whole
    /// until it was released). Reading a released unit's matches is a precondition failure.
    mutating func releaseMatches(ofChunk c: Int, kinds: [UnitKind], rules: [Rule]) {
        let read = Self.readInUnitsNoClaim
        matches.release(chunk: c, segments: chunkSegments[c]) { s, ms in
            kinds[s].isClaim || ms.contains { read.contains(rules[$0.rule].kind) }
        }
        releaseTokens(ofChunk: c)
    }

    /// Releases every token of chunk `c` (from its first segment's first token to the next
    /// chunk's) once it is labelled, if they are still held (`Tokens.release(before:keeping:)`,
    /// issue #26). An article built here has released them already, as each chunk was matched
    /// (`init`, mem32); this is for one whose tokens were not. The passes after labelling (the
    /// sources' names, the rebuttals, the standards) read the claims' tokens, and those of the
    /// units holding a title or a body's noun, in the order of the text: each reads them
    /// tokenized again from the folded text a piece at a time (`Tokens.releasedToken`, the last
    /// pieces kept), the same tokens. mem31 kept those segments' tokens (most of an article's
    /// words are in its claims: about 30 MB of a 50 MB article's, held to its end); mem32
    /// keeps none. Nothing for tokens whose readings are held.
    mutating func releaseTokens(ofChunk c: Int) {
        guard !tokens.readingsHeld else { return }
        let segs = chunkSegments[c]
        let end = segs.upperBound < segments.count ? tokenRanges[segs.upperBound].lowerBound : tokens.count
        // (released already once matched: `init`)
        guard end > tokens.releasedBefore else { return }
        tokens.release(before: end, keeping: [])
    }

    /// Releases, once the sources' names are read (`Labeller.finish`: `nameHolders`, `nameBodies`),
    /// the matches a long article still holds of its units that are no claim (those holding a
    /// title or a body's noun, `readInUnitsNoClaim`): nothing after reads them (the standards
    /// read claims only), and they were held while the units are built and the standards read
    /// (issue #26, mem28). Every chunk must have been released once (`releaseMatches`).
    mutating func releaseMatchesOfUnitsNoClaim(kinds: [UnitKind]) {
        for c in chunkSegments.indices {
            matches.release(chunk: c, segments: chunkSegments[c], again: true) { s, _ in kinds[s].isClaim }
        }
    }

    /// Drops the readings of the tokens once the article is labelled (`Tokens.releaseForms`):
    /// the standards and the units read letters, kinds and matches only. The storage is freed
    /// when this text is the tokens' only holder (a long article: the staged path tokenizes
    /// it here).
    mutating func releaseReadings() { tokens.releaseForms() }

    /// Holds a long article's folded text at a byte a scalar from here on (`CompactScalars`,
    /// shared by the text and its tokens; the array is released: issue #26): called once the
    /// matcher has run, the last stage that reads the array. Nothing for an article whose
    /// readings are held (an ordinary one, read and matched as before), nor for one folded
    /// compact already (`Auditor` folds so an article of more original scalars than a chunk's
    /// tokens: only a text whose folded scalars outnumber its original ones gets here long).
    mutating func holdFoldedTextCompact() {
        guard !tokens.readingsHeld, text.compact == nil else { return }
        let compact = CompactScalars(text.scalars)
        text.holdCompact(compact)
        tokens.holdCompact(compact)
    }
}

/// The cue matches of an article's segments: `matches[i]` holds those inside segment `i`,
/// ordered by start. They are stored chunk by chunk (the matcher's chunks, `ArticleText`), one
/// segment after another in its chunk's list.
///
/// A long article's chunk, once labelled, keeps only the matches of the segments a later pass
/// reads (`release(chunk:segments:keeping:)`, issue #26): a released segment's matches are gone, and
/// reading them is a precondition failure, not an empty list (a pass that read one would
/// silently miss its cues); `isHeld` tells them apart.
public struct SegmentMatches: RandomAccessCollection, Sendable {
    /// Each chunk's matches, segment after segment (after `release`, those of its kept segments).
    private(set) var chunks: [[CueMatch]]
    /// Where a segment's matches lie in its chunk's list (`released` once released).
    struct Place: Sendable, Equatable {
        var start: UInt32, end: UInt32
        static let released = Place(start: 1, end: 0)
    }
    /// `places[i]`: where segment `i`'s matches lie in its chunk's list.
    private var places: [Place]
    /// `segmentChunk[i]`: the chunk of segment `i`.
    let segmentChunk: [UInt32]
    /// Whether each chunk was released (`release(chunk:segments:keeping:)`).
    private var releasedChunks: [Bool]

    /// `chunks[c]` holds the matches of chunk `c`'s segments one after another, the chunks before
    /// it `base[c]` in all; segment `i`'s are the `bounds[i] ..< bounds[i + 1]`-th of the article.
    init(chunks: [[CueMatch]], base: [Int], segmentChunk: [UInt32], bounds: [Int]) {
        self.chunks = chunks
        self.segmentChunk = segmentChunk
        var places: [Place] = []
        places.reserveCapacity(segmentChunk.count)
        for i in segmentChunk.indices {
            let b = base[Int(segmentChunk[i])]
            places.append(Place(start: UInt32(bounds[i] - b), end: UInt32(bounds[i + 1] - b)))
        }
        self.places = places
        self.releasedChunks = [Bool](filled: false, count: chunks.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }
    public subscript(i: Int) -> ArraySlice<CueMatch> {
        let p = places[i]
        precondition(p.start <= p.end, "the matches of a segment its chunk did not keep (release(chunk:segments:keeping:))")
        return chunks[Int(segmentChunk[i])][Int(p.start)..<Int(p.end)]
    }

    /// Whether segment `i`'s matches are held: false once its chunk was released without it.
    public func isHeld(_ i: Int) -> Bool { places[i] != .released }

    /// The number of chunks not yet released.
    public var heldChunkCount: Int { releasedChunks.reduce(0) { $0 + ($1 ? 0 : 1) } }

    /// Keeps of chunk `c`'s matches those of the segments `keep` keeps (given each segment and
    /// its matches), in a list of their exact number; the chunk's list, and the other segments'
    /// matches, are released. `segments`: the chunk's segments. `again`: the chunk was released
    /// before, and keeps fewer now (its released segments stay so, `keep` is not asked of them).
    mutating func release(chunk c: Int, segments: Range<Int>, again: Bool = false, keeping keep: (Int, ArraySlice<CueMatch>) -> Bool) {
        precondition(releasedChunks[c] == again, again ? "a chunk released again was released once" : "a chunk is released once")
        var n = 0
        var kept = [Bool](filled: false, count: segments.count)
        for s in segments {
            precondition(Int(segmentChunk[s]) == c, "a segment of the chunk")
            if isHeld(s) && keep(s, self[s]) { kept[s - segments.lowerBound] = true; n += Int(places[s].end - places[s].start) }
        }
        var list: [CueMatch] = []
        list.reserveCapacity(n)
        for s in segments {
            guard kept[s - segments.lowerBound] else { places[s] = .released; continue }
            let p = places[s]
            let start = list.count
            list += chunks[c][Int(p.start)..<Int(p.end)]
            places[s] = Place(start: UInt32(start), end: UInt32(list.count))
        }
        chunks[c] = list
        releasedChunks[c] = true
    }
}

extension ArticleText {
    /// Whether a punctuation token lies in the token range [from, to) (false when it is empty).
    func hasPunct(from: Int, to: Int) -> Bool {
        var t = from
        while t < to { if tokens[t].kind == .punct { return true }; t += 1 }
        return false
    }
}
