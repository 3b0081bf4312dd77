import IsnadModel
import IsnadText
import IsnadRules

/// A unit of text before it is judged: a sentence, or a headline or heading line.
public struct Segment: Sendable, Equatable {
    // 32-bit fields (36 bytes a segment, not 88): a long article holds hundreds of thousands,
    // through its audit (issue #26). Offsets, lines and columns are below 2³¹, as token offsets are.
    private var spanStart32: Int32, spanEnd32: Int32
    private var foldedStart32: Int32, foldedEnd32: Int32
    private var lineIndex32: Int32, line32: Int32, column32: Int32
    private var cutFrom32: Int32 = -1
    /// Original half-open range (trimmed of surrounding white space).
    public var span: TextSpan {
        get { TextSpan(Int(spanStart32), Int(spanEnd32)) }
        set { spanStart32 = Int32(newValue.start); spanEnd32 = Int32(newValue.end) }
    }
    /// Folded half-open range of the same text.
    public var folded: Range<Int> {
        get { Int(foldedStart32)..<Int(foldedEnd32) }
        set { foldedStart32 = Int32(newValue.lowerBound); foldedEnd32 = Int32(newValue.upperBound) }
    }
    /// 0-based index of the line the segment is on, and whether it is the line's only segment.
    public var lineIndex: Int { get { Int(lineIndex32) } set { lineIndex32 = Int32(newValue) } }
    public var wholeLine: Bool
    /// Whether the segment ends with a sentence terminator (. ! ? ؟).
    public var terminated: Bool
    /// 1-based line and column of the start.
    public var line: Int { get { Int(line32) } set { line32 = Int32(newValue) } }
    public var column: Int { get { Int(column32) } set { column32 = Int32(newValue) } }
    /// Whether the segment is a dateline or credit that opens its line before the first
    /// sentence (`سبق- جدة:`, `دكار - رويترز:`, `(أ ف ب) -`): SOURCING.md, "Units".
    public var dateline = false
    /// On the first piece of a unit longer than `Segmenter.maxUnitScalars`, cut at white
    /// space: the length of the whole unit, in scalars (nil for every other segment).
    public var cutFrom: Int? {
        get { cutFrom32 < 0 ? nil : Int(cutFrom32) }
        set { cutFrom32 = newValue.map { Int32($0) } ?? -1 }
    }

    init(span: TextSpan, folded: Range<Int>, lineIndex: Int, wholeLine: Bool, terminated: Bool, line: Int, column: Int) {
        spanStart32 = Int32(span.start); spanEnd32 = Int32(span.end)
        foldedStart32 = Int32(folded.lowerBound); foldedEnd32 = Int32(folded.upperBound)
        lineIndex32 = Int32(lineIndex); line32 = Int32(line); column32 = Int32(column)
        self.wholeLine = wholeLine; self.terminated = terminated
    }
}

/// Splits an article into segments: sentences ended by `.` `!` `؟` `?` or a line break
/// (SOURCING.md, "Units"). Commas do not end a unit; an ellipsis (`..`, `...`) and a
/// decimal point do not either; closing quotes and brackets after a terminator stay
/// with their sentence.
public enum Segmenter {
    /// `.` `!` `?` `؟` `۔`
    @inline(__always) static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c { case ".", "!", "?", Arabic.questionMark, Arabic.fullStop: true; default: false }
    }
    /// Closing quotes and brackets that stay with the sentence before them.
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x201D, 0x2019, 0x203A: true; default: false }
    }

    public static func segment(_ text: NormalizedText) -> [Segment] { lines(text).segments }

    /// The longest unit, in scalars: a longer run of text with no sentence end (a page of
    /// prose without punctuation, a whole file on one line) is cut at the last white space
    /// before this many scalars (or at this many, where there is none), with a warning. A news
    /// sentence is a few hundred scalars; a unit this long is no sentence to label, and the
    /// labeller's per-unit tables stay bounded.
    public static let maxUnitScalars = 10_000

    /// The segments and the number of lines (LF, CRLF and CR each end a line).
    /// `pieceScalars`: the least scalars of a piece of a text held as UTF-8 (see below; tests
    /// read in pieces of a few scalars).
    public static func lines(_ text: NormalizedText, pieceScalars: Int = OriginalScalars.linePieceScalars) -> (segments: [Segment], lineCount: Int) {
        // the text a piece of whole lines at a time (`OriginalScalars.forEachLinePiece`): an
        // array's in one piece, itself; a long article's held as UTF-8 decoded a piece at a time,
        // never whole at 4 bytes a scalar (issue #26). No reader below reads a line past its
        // line feed or before its start (the one that asks whether a scalar is the text's first,
        // `datelineEnd`'s tatweel, is told whether the piece opens the text: mends32), so each
        // piece reads as the whole text would: `o` is the piece, `n` its length, and a position
        // `i` in it is the text's `base + i`.
        var o: [Unicode.Scalar] = []
        var n = 0, base = 0
        let total = text.original.count
        // original index -> folded index (first folded scalar at or after it), by binary search
        let origin = text.origin
        func foldedAt(_ i: Int) -> Int { origin.firstFolded(atOrAfter: base + i) }
        var segments: [Segment] = []
        // about one sentence per 150 scalars of news prose: room reserved once, not grown
        segments.reserveCapacity(total / 150 + 4)
        var lineIndex = 0
        var lineStart = 0
        var pos = 0
        // the last run of non-space scalars looked at for a URL: each run is read once
        var web = WebToken()
        func emit(_ a: Int, _ b: Int, _ terminated: Bool) {
            // only white space is trimmed: a final tanween or haraka, a tatweel, a bidi mark at
            // either end belongs to the unit (they fold to nothing, so the folded range is the same)
            var s = a, e = b
            while s < e && Tokenizer.isSpace(o[s]) { s += 1 }
            while e > s && Tokenizer.isSpace(o[e - 1]) { e -= 1 }
            guard s < e else { return }
            guard e - s > maxUnitScalars else { return append(s, e, terminated) }
            // too long for a sentence: cut at the last white space before the limit (issue #26)
            let first = segments.count, whole = e - s
            while e - s > maxUnitScalars {
                var k = s + maxUnitScalars
                while k > s && !Tokenizer.isSpace(o[k]) { k -= 1 }
                if k == s { k = s + maxUnitScalars }
                var pieceEnd = k
                while pieceEnd > s && Tokenizer.isSpace(o[pieceEnd - 1]) { pieceEnd -= 1 }
                append(s, pieceEnd, false)
                s = k
                while s < e && Tokenizer.isSpace(o[s]) { s += 1 }
            }
            append(s, e, terminated)
            if segments.count > first { segments[first].cutFrom = whole }
        }
        func append(_ s: Int, _ e: Int, _ terminated: Bool) {
            // a segment needs a letter or digit; stray punctuation joins nothing
            let f0 = foldedAt(s), f1 = foldedAt(e)
            // nothing in it folds to anything (a line of bidi marks alone): white space, as before
            guard f0 < f1 else { return }
            segments.append(Segment(span: TextSpan(base + s, base + e), folded: f0..<f1, lineIndex: lineIndex, wholeLine: false,
                                    terminated: terminated, line: lineIndex + 1, column: s - lineStart + 1))
        }
        text.original.forEachLinePiece(minimum: pieceScalars) { piece, first in
            o = piece; n = piece.count; base = first
            // a piece starts a line; the last one ends with the text's last line (empty after a
            // final line feed), every other one just after a line feed
            let last = first + n == total
            pos = 0; lineStart = 0; web = WebToken()
            while pos < n || last && pos == n {
                // one line, read once: its sentences end at terminators, the line at LF or CR
                let lineFirst = segments.count
                var segStart = pos
                var j = pos
                // a dateline before the first sentence on the same line is a unit of its own
                if let d = datelineEnd(o, pos, opensText: base == 0) ?? (segments.count > 0 && lineIndex <= Self.bareDatelineMaxLine ? bareDatelineEnd(o, pos) : nil) {
                    emit(pos, d, false)
                    if segments.count > lineFirst { segments[segments.count - 1].dateline = true }
                    segStart = d
                    j = d
                } else if let d = shareBarEnd(o, pos) {
                    // a site's share bar before the first sentence on the same line: furniture alone
                    emit(pos, d, false)
                    segStart = d
                    j = d
                }
                while j < n {
                    let c = o[j]
                    // letters and spaces first: every terminator but ؟ and ۔ is below U+0040, LF and CR too
                    let v = c.value
                    if v == 0x20 || (v >= 0x40 && v != Arabic.questionMark.value && v != Arabic.fullStop.value) { j = nextMark(o, j + 1); continue }
                    if v == 0x0A || v == 0x0D { break }
                    if isTerminator(c) {
                        // ellipsis: two or more dots
                        if c == "." && ((j + 1 < n && o[j + 1] == ".") || (j > pos && o[j - 1] == ".")) { j += 1; continue }
                        // decimal point / digit grouping
                        if c == "." && j > pos && j + 1 < n && isDigit(o[j - 1]) && isDigit(o[j + 1]) { j += 1; continue }
                        // an initial of a name (ميشيل إل. برايس، J. Smith): one or two letters after a space
                        if c == "." && isInitial(o, pos, j) { j += 1; continue }
                        // inside a URL, a domain, an e-mail address or a dotted abbreviation (سي. آي. أيه، U.S.)
                        if v < 0x80 && joinsToken(o, pos, j, &web) { j += 1; continue }
                        // terminators and closers are never line breaks: the run stays on the line
                        var e = j + 1
                        // marks that fold to nothing (a bidi pop after the full stop) stay with it too
                        while e < n {
                            if isTerminator(o[e]) && o[e] != "." || isCloser(o[e]) || isTrailingMark(o[e]) { e += 1; continue }
                            // a closer written as an HTML reference (`.&quot;`): the normaliser reads it as one
                            if o[e] == "&", let r = HTMLEntities.reference(at: e, count: n, { o[$0] }), isCloser(r.scalar) { e += r.length; continue }
                            break
                        }
                        emit(segStart, e, true)
                        segStart = e
                        j = e
                        continue
                    }
                    j += 1
                }
                var end = j
                emit(segStart, end, false)
                if segments.count - lineFirst == 1 { segments[lineFirst].wholeLine = true }
                // next line
                if end < n && o[end] == "\r" && end + 1 < n && o[end + 1] == "\n" { end += 1 }
                lineIndex += 1
                pos = end + 1
                lineStart = pos
            }
        }
        return (segments, lineIndex)
    }

    /// Where a dateline or credit that opens the line at `start` ends (just past its last dash
    /// or colon), when a sentence follows it on the same line: a few words with a dash among
    /// them, ended by a colon (`سبق- جدة:`, `قاسم الخبراني- سبق- عسير:`, `* دكار - رويترز:`,
    /// `واشنطن ـ «الشرق الأوسط»:`), or a credit in brackets followed by a dash (`(أ ف ب) -`).
    /// `opensText`: whether `o[0]` is the text's first scalar — not when `o` is a later piece of
    /// it (`lines`), whose first scalar follows a line feed (mends32, review31).
    static func datelineEnd(_ o: [Unicode.Scalar], _ start: Int, opensText: Bool) -> Int? {
        let n = o.count
        var k = start
        while k < n && (o[k] == " " || o[k] == "\t") { k += 1 }
        guard k < n else { return nil }
        func isDash(_ i: Int) -> Bool {
            if Self.isDashScalar(o[i]) { return true }
            switch o[i].value {
            // tatweel standing alone between spaces is a dash (واشنطن ـ «الشرق الأوسط»), or at the
            // text's start (not after a line feed)
            case Arabic.tatweel.value: return (i == 0 ? opensText : o[i - 1] == " ") && (i + 1 >= n || o[i + 1] == " ")
            default: return false
            }
        }
        func restHasText(_ from: Int) -> Bool {
            var r = from
            while r < n && o[r] != "\n" && o[r] != "\r" {
                // a letter or digit that folds to one (not tatweel or a diacritic alone)
                if Tokenizer.isWordScalar(o[r]) && Normalizer.fold(o[r]) != nil { return true }
                r += 1
            }
            return false
        }
        // (أ ف ب) -
        if o[k] == "(" {
            var c = k + 1
            while c < n && c - k < 24 && o[c] != ")" && o[c] != "\n" { c += 1 }
            if c < n && o[c] == ")" {
                var d = c + 1
                while d < n && o[d] == " " { d += 1 }
                if d < n && isDash(d) && restHasText(d + 1) { return d + 1 }
            }
            return nil
        }
        // words, dashes and a colon within the first 60 scalars
        var dashes = 0, words = 0, inWord = false, digits = 0, commas = 0
        var i = k
        while i < n && i - k < 60 {
            let c = o[i]
            // the dots of initials (أ.ف.ب، د.ب.أ) stay in the dateline
            let initialDot = c == "." && i + 1 < n && Tokenizer.isWordScalar(o[i + 1])
            if c == "\n" || c == "\r" || (isTerminator(c) && !initialDot) { return nil }
            // a comma only between the reporters' names before the first dash, and then the
            // outlet and the place after two dashes (ياسر العتيبي، محمد الزهراني- سبق- الباحة:)
            if c == Arabic.comma || c == "," {
                guard dashes == 0, words >= 2 else { return nil }
                commas += 1; inWord = false; i += 1; continue
            }
            if c == ":" {
                guard dashes >= (commas > 0 ? 2 : 1), words >= 2, words <= 7, digits == 0, restHasText(i + 1) else { return nil }
                return i + 1
            }
            if isDash(i) { dashes += 1; inWord = false }
            else if Tokenizer.isWordScalar(c) {
                if isDigit(c) { digits += 1 }
                if !inWord { words += 1; inWord = true }
            } else { inWord = false }
            i += 1
        }
        return nil
    }

    /// A dateline with no colon opens a line up to this one (0-based), never the first line (the title).
    static let bareDatelineMaxLine = 6
    /// A hyphen, an en dash or an em dash: what sets a dateline's parts apart (both readers).
    static func isDashScalar(_ c: Unicode.Scalar) -> Bool { c.value == 0x2D || c.value == 0x2013 || c.value == 0x2014 }
    /// The region's papers whose names carry the article (`Arabic.definitePapers`), folded.
    static let definitePapers: Set<[Unicode.Scalar]> = Set(Arabic.definitePapers.map { Normalizer.foldedScalars($0) })
    /// The tails of a dateline with no colon (`Arabic.datelineTails`), folded, as word lists.
    static let datelineTails: [[[Unicode.Scalar]]] = Arabic.datelineTails.map {
        $0.split(separator: " ").map { Normalizer.foldedScalars(String($0)) }
    }

    /// Where a dateline with no colon that opens the line at `start` ends, when the first sentence
    /// follows it on the same line: one to three words (a reporter, a desk or the site: `عين اليوم`,
    /// `نايف السعدي`), then after each dash a desk, an agency or a place (`Arabic.datelineTails`:
    /// `عين اليوم – متابعات نشرت …`, `عبدالرحمن الشهري -الرياض علمت …`). It ends after the last
    /// such tail; nil when no dash is followed by one, or when less than two words follow it.
    static func bareDatelineEnd(_ o: [Unicode.Scalar], _ start: Int) -> Int? {
        let n = o.count
        func isDash(_ i: Int) -> Bool { Self.isDashScalar(o[i]) }
        func isLetter(_ i: Int) -> Bool { Tokenizer.isWordScalar(o[i]) && !isDigit(o[i]) }
        // the word from `i` (letters and marks): its end, or nil
        func word(_ i: Int) -> Int? {
            var e = i
            while e < n && isLetter(e) { e += 1 }
            return e > i ? e : nil
        }
        func skipSpaces(_ i: Int) -> Int { var i = i; while i < n && (o[i] == " " || o[i] == "\t") { i += 1 }; return i }
        var i = skipSpaces(start)
        // the head: one to three words before the first dash
        var words = 0
        let headStart = i
        while words < 4, i < n, let e = word(i) { words += 1; i = skipSpaces(e) }
        guard (1...3).contains(words), i < n, isDash(i) else { return nil }
        // one definite word before places only is a pairing, not a byline (النصر – أبها يلتقيان،
        // الهلال - الرياض: two clubs or a club and its city); a desk or an agency after it is one
        // (a paper's own name or a reporter's family name in ي is a byline's head: الاقتصادية – الرياض،
        // الغامدي – جدة — review)
        let definiteHead = words == 1 && headStart + 1 < n && o[headStart] == Arabic.alef && o[headStart + 1] == Arabic.lam
            && word(headStart).map { e in o[e - 1] != Arabic.ya && !Self.definitePapers.contains(Normalizer.foldedScalars(String(String.UnicodeScalarView(o[headStart..<e])))) } == true
        var deskSeen = false
        var end: Int? = nil
        // the tails, each after a dash
        while i < n && isDash(i) {
            let t = skipSpaces(i + 1)
            var best: Int? = nil, bestIsDesk = false
            for (ti, tail) in datelineTails.enumerated() {
                var p = t, ok = true
                for (wi, w) in tail.enumerated() {
                    if wi > 0 { guard p < n && o[p] == " " else { ok = false; break }; p = skipSpaces(p) }
                    guard let e = word(p), Normalizer.foldedScalars(String(String.UnicodeScalarView(o[p..<e]))) == w else { ok = false; break }
                    p = e
                }
                if ok, p > (best ?? 0) { best = p; bestIsDesk = ti < Arabic.datelineDesks.count }  // the desks come first
            }
            guard let b = best else { break }
            if bestIsDesk { deskSeen = true }
            end = b
            i = skipSpaces(b)
        }
        if definiteHead && !deskSeen { return nil }
        // a sentence follows on the line: a space, then two words or more
        guard let e = end, e < n, o[e] == " " || o[e] == "\u{A0}" else { return nil }
        var r = skipSpaces(e), more = 0
        // (the sentence opens with a letter: not a second place after a slash, مكة المكرمة / المدينة المنورة)
        guard r < n, isLetter(r) else { return nil }
        while r < n && o[r] != "\n" && o[r] != "\r" && more < 2 {
            if let w = word(r) { more += 1; r = w } else { r += 1 }
        }
        return more >= 2 ? e : nil
    }

    /// Where a share bar that opens the line at `start` ends (`Arabic.shareBar`), when a sentence
    /// follows it on the same line; nil otherwise (alone on its line it is a unit already).
    static func shareBarEnd(_ o: [Unicode.Scalar], _ start: Int) -> Int? {
        let n = o.count, bar = Arabic.shareBar
        var k = start
        while k < n && (o[k] == " " || o[k] == "\t") { k += 1 }
        guard k + bar.count < n, o[k] == bar[0] else { return nil }
        for i in 1..<bar.count where o[k + i] != bar[i] { return nil }
        let e = k + bar.count
        // a word boundary after it, and more text on the line
        guard Tokenizer.isSpace(o[e]) else { return nil }
        var r = e
        while r < n && o[r] != "\n" && o[r] != "\r" {
            if Tokenizer.isWordScalar(o[r]) { return e }
            r += 1
        }
        return nil
    }

    /// A scalar that folds to nothing and is not white space (bidi controls, zero-width marks,
    /// harakat, tatweel): after a terminator it stays with the sentence, not alone in no unit.
    @inline(__always) static func isTrailingMark(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x80 && !Tokenizer.isSpace(c) && Normalizer.fold(c) == nil
    }

    /// The first index at or after `j` whose scalar the scan must look at (below U+0040 but
    /// not a space, or ؟ or ۔), or a little before it: eight scalars are tested at once.
    @inline(__always) static func nextMark(_ o: [Unicode.Scalar], _ j: Int) -> Int {
        ScalarBlocks.skip(o, from: j, to: o.count) { x in
            ScalarBlocks.below(x, 0x40) & (ScalarBlocks.equal(x, 0x20) ^ 1) | ScalarBlocks.equal(x, Arabic.questionMark.value) | ScalarBlocks.equal(x, Arabic.fullStop.value)
        }
    }

    /// Whether the dot at `j` ends a one- or two-letter word that follows a word (not a number),
    /// and a word follows it on the same line: an initial, not the end of a sentence.
    static func isInitial(_ o: [Unicode.Scalar], _ lineStart: Int, _ j: Int) -> Bool {
        var k = j
        while k > lineStart && Tokenizer.isWordScalar(o[k - 1]) { k -= 1 }
        let len = j - k
        // after a space, or an opening bracket around initials (المواطنة (غ.ع)، (د.ب.أ)، «أ.ف.ب») or the
        // dot of the initial before (د.ب.أ)
        guard (1...2).contains(len), k > lineStart + 1 else { return false }
        let opener = o[k - 1] == "(" || o[k - 1] == "«" || o[k - 1] == "." && len == 1 && Arabic.isLetter(o[k - 2])
        guard o[k - 1] == " " || opener else { return false }
        let letters = o[k..<j]
        let latinCapital = letters.first.map { (0x41...0x5A).contains($0.value) } ?? false
        // an Arabic one-letter title before a name: د.نبيل العربي، د. نبيل، م.خالد (SOURCING.md, "Units")
        let arabicLetter = letters.count == 1 && Arabic.isLetter(letters.first!)
        if arabicLetter && j + 1 < o.count && Tokenizer.isWordScalar(o[j + 1]) && !isDigit(o[j + 1]) { return true }
        guard latinCapital && letters.count == 1 || arabicLetter || letters.count == 2 && Abbreviations.isLetterName(letters) else { return false }
        // the word before the initial must be a word, not a number (2015 م.)
        var b = k - 1
        while b > lineStart && o[b - 1] == " " { b -= 1 }
        guard b > lineStart, Tokenizer.isWordScalar(o[b - 1]), !isDigit(o[b - 1]) else { return false }
        // and a word must follow
        var a = j + 1
        while a < o.count && o[a] == " " { a += 1 }
        return a < o.count && Tokenizer.isWordScalar(o[a]) && !isDigit(o[a])
    }

    /// Whether the ASCII terminator at `j` (`.` `?` `!`) is inside a token that goes on, not
    /// the end of a sentence (SOURCING.md, "Units"):
    /// - a dot between ASCII letters or digits: a domain (`aljazeera.net`, `www.spa.gov.sa`), an
    ///   e-mail address (`press@ministry.gov.sa`), a file name, the first dots of `U.S.`;
    /// - any of them inside a URL or an e-mail address when the token goes on after it
    ///   (`https://x.com/a?id=3`, `https://x.com/status/123.html`);
    /// - the dots of a dotted acronym of Latin letter names spelt in Arabic (`سي. آي. أيه`,
    ///   `إن.بي.سي`): a letter name before the dot and another after it;
    /// - the last dot of Latin single-letter initials (`U.S.`, `U.N.`) when a word or number
    ///   that is not a Latin capital follows, or of a Latin title or abbreviation (`Dr.`, `No.`)
    ///   when a word or number follows.
    static func joinsToken(_ o: [Unicode.Scalar], _ lineStart: Int, _ j: Int, _ web: inout WebToken) -> Bool {
        let n = o.count
        func asciiAlnum(_ i: Int) -> Bool {
            guard i >= 0 && i < n else { return false }
            let v = o[i].value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        let dot = o[j] == "."
        if dot && j > lineStart && asciiAlnum(j - 1) && asciiAlnum(j + 1) { return true }
        // the run of address scalars the terminator is in (`WebAddresses`, as the matcher reads
        // addresses), judged once for all its terminators
        if !(web.range.contains(j)) {
            let run = WebAddresses.run(around: j, in: o)
            web = WebToken(range: run, isWeb: WebAddresses.address(o, run) != nil)
        }
        if j + 1 < n, isURLContinuation(o[j + 1]) && web.isWeb { return true }
        guard dot else { return false }
        // the word before the dot
        var k = j
        while k > lineStart && Tokenizer.isWordScalar(o[k - 1]) { k -= 1 }
        guard k < j else { return false }
        // the word after it, past at most one space
        var a = j + 1
        if a < n && o[a] == " " { a += 1 }
        var b = a
        while b < n && Tokenizer.isWordScalar(o[b]) { b += 1 }
        let before = o[k..<j], after = o[a..<b]
        if Abbreviations.isLetterName(before) && Abbreviations.isLetterName(after) { return true }
        // an outlet's name with its domain, glued (العربية.نت، سبق.كوم)
        if a == j + 1, b > a, Abbreviations.isArabicDomain(after), before.allSatisfy({ Arabic.isLetter($0) }) { return true }
        // Latin initials and abbreviations: a word or number must follow, not a Latin capital (a new sentence)
        guard a == j + 2, b > a else { return false }
        if Abbreviations.isLatin(before) { return true }
        let latinInitials = before.count == 1 && (0x41...0x5A).contains(before.first!.value)
            && k >= lineStart + 2 && o[k - 1] == "." && asciiAlnum(k - 2)
        return latinInitials && !(0x41...0x5A).contains(o[a].value)
    }

    /// Whether a URL or e-mail address can go on with this scalar after a `.` `?` `!`.
    @inline(__always) static func isURLContinuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { return true }
        switch c { case "/", "_", "-", "=", "&", "%", "#", "~", "+": return true; default: return false }
    }

    /// A run of address scalars, and whether it holds a URL or an e-mail address.
    struct WebToken { var range = 0..<0; var isWeb = false }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || Arabic.isDigit(s)
    }
}
