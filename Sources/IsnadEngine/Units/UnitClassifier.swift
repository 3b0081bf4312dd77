import IsnadModel
import IsnadText
import IsnadRules

/// Decides what each segment of an article is: headline, heading, boilerplate,
/// caption, byline or claim (SOURCING.md, "Units").
///
/// Furniture rules (`boilerplate`, `caption`, `byline` kinds) decide first, by
/// their scope. Then the layout: the first line is the headline when it reads as
/// a title (no sentence terminator); a short unterminated line with no finite
/// verb is a heading; a short dateline near the top is a byline; a unit with no
/// Arabic letters, or fewer than two words, is furniture; a run of lines stuck
/// together in an article whose paragraphs are separated by blank lines, opened
/// by a picture caption, is a related-story card.
public struct UnitClassifier: Sendable {
    public let rules: [Rule]
    /// A heading has at most this many words.
    public var headingMaxWords = 12
    /// A dateline byline has at most this many words and sits in the first lines.
    public var datelineMaxWords = 12
    public var datelineMaxLine = 4

    public init(rules: [Rule]) { self.rules = rules }

    /// Cues that make a unit a sentence rather than a dateline or a label.
    static let verbKinds: CueKinds = [.verb, .report, .denial, .relay, .passive, .noComment]

    public func classify(_ a: ArticleText) -> [UnitKind] {
        let n = a.segments.count
        var kinds = [UnitKind](filled: .claim, count: n)
        var restFrom = n
        let lineText = lineInfo(a)
        for i in 0..<n {
            if i >= restFrom { kinds[i] = .boilerplate; continue }
            let seg = a.segments[i]
            let words = a.words(of: i)
            let ms = a.matches[i]
            // furniture rules — not on the article's title line, which a word of site furniture
            // opens or holds as a title's word (آخر صورة لطائرة …، تحرير عدن..، إعلان أرقام
            // المقبولين …، تصوير إبداعي يعكس …) unless a colon or a dash sets it off as a credit
            // (كتب: فلان، تحرير - فلان)
            var furniture: UnitKind? = nil
            for m in ms where i > 0 || !isTitleLine(a, i, words) {
                let kind: UnitKind
                switch rules[m.rule].kind {
                case .boilerplate: kind = .boilerplate
                case .caption: kind = .caption
                case .byline: kind = .byline
                default: continue
                }
                let atStart = words.first == m.firstToken
                let atEnd = m.nextToken >= (words.last.map { $0 + 1 } ?? 0) || !words.contains(where: { $0 >= m.nextToken })
                let ok: Bool
                let scope = rules[m.rule].scope
                switch scope {
                case .anywhere: ok = kind != .caption || !seg.terminated
                // a contributor line is short and quotes no one (كتب فرانك بيكنباور ...: "..." is a sentence)
                case .start: ok = atStart && (kind != .caption || !seg.terminated) && (kind != .byline || !quotesOrReports(a, i, ms))
                case .line: ok = atStart && atEnd
                case .end: ok = atEnd && seg.wholeLine && words.count <= datelineMaxWords
                case .rest: ok = atStart
                case .source, .subject, .inside: ok = false  // anonymity_basis rules / no furniture (RulePack)
                }
                if ok {
                    furniture = kind
                    if scope == .rest { restFrom = i + 1 }
                    break
                }
            }
            if let f = furniture { kinds[i] = f; continue }
            // a dateline or credit opening a line, split from the sentence after it (its initials
            // are one-letter words: أ.ف.ب)
            let hasVerbCue = ms.contains { Self.verbKinds.contains(rules[$0.rule].kind) && !rules[$0.rule].needsComplement && rules[$0.rule].scope != .start }
            // (a verb cue there is a reporter's name read as a verb, ياسر العتيبي- سبق- الرياض:, when
            // the outlet stands among the dashes: the reporter–outlet–place credit)
            if seg.dateline && (!hasVerbCue || ms.contains { rules[$0.rule].kind == .outlet }) { kinds[i] = .byline; continue }
            var longWords = 0
            for w in words where a.tokens[w].count >= 2 { longWords += 1; if longWords == 2 { break } }
            let question = seg.terminated && (lastScalar(a, seg) == "?" || lastScalar(a, seg) == Arabic.questionMark || lastScalar(a, seg) == "!")
            // the article's first line is its title (SOURCING.md, "headline"), also a single word
            // (مناسبات, a page's standing title) or a question (ابتسامة اليتيم في العيد؟)
            let titleLine = i == 0 && seg.wholeLine && words.count <= 20 && (!seg.terminated || question)
            if (longWords < 2 && !(titleLine && longWords == 1) && !closesQuotation(a, i, words)) || !hasArabic(a, words) { kinds[i] = .boilerplate; continue }
            let hasVerb = ms.contains {
                Self.verbKinds.contains(rules[$0.rule].kind) && !rules[$0.rule].needsComplement && rules[$0.rule].scope != .start
            }
            if i == 0 && seg.lineIndex == firstLine(a) && !seg.terminated || titleLine {
                kinds[i] = .headline; continue
            }
            // (a verb cue there may be the reporter's name read as a verb — فيصل as ف + يصل, ياسر as
            // an imperfect in ي — when an outlet closes the line after its last dash: فيصل المخلفي – عين
            // اليوم, the reporter–outlet credit, as the dateline split above reads it)
            if seg.wholeLine && !seg.terminated && seg.line <= datelineMaxLine + firstLine(a) && words.count <= datelineMaxWords
                && (!hasVerb || outletClosesDashedLine(a, i, ms, words)) && isDateline(a, i) {
                kinds[i] = .byline; continue
            }
            // a short verbless label closing with a colon (مدراج أخيرة:، المقادير:) is a section title;
            // a longer one introduces what follows (وفيما يلي أبرز ما جاء في البيان:)
            if seg.wholeLine && (!seg.terminated || question) && !hasVerb
                && (words.count <= headingMaxWords && !endsWithColon(a, seg) && !isPullQuote(a, i, words, ms)
                    || endsWithColon(a, seg) && (words.count <= colonLabelMaxWords || words.count <= colonTitleMaxWords && isColonTitle(a, i, words))) {
                kinds[i] = .heading; continue
            }
            // a sub-heading run into the text: a short question set off like a paragraph (two
            // spaces or more after the sentence before it, a page's flattened paragraph break),
            // opening with a letter (not an interview's «* …؟»), with its paragraph after it on
            // the same line — «…مساوئ فقط!.   لماذا الإساءة للوطن؟ وتنتقد د. فاطمة …»
            if question && !seg.wholeLine && !hasVerb && words.count <= Self.inlineQuestionMaxWords
                && i + 1 < n && a.segments[i + 1].lineIndex == seg.lineIndex && opensParagraph(a, i) {
                kinds[i] = .heading; continue
            }
            if isClosingCredit(a, i, ms, words) { kinds[i] = .byline; continue }
        }
        markCards(a, &kinds, lineText)
        markVerse(a, &kinds)
        markInterview(a, &kinds)
        return kinds
    }

    /// An interview's questions are claims, not headings (kinds35, d176 and the corpus's
    /// interviews): in a piece recognisably question-and-answer — at least
    /// `interviewMinQuestions` whole lines opened by a question's mark (`-`, `*`, `•`, a dash,
    /// U+001A, «س:» — `opensQuestion`) and closed by ؟ or ?, each followed on a later line by a segment that is no question, its
    /// answer — a verbless question line asks something of the one interviewed; it heads
    /// nothing (SOURCING.md, Units). On c6k.jsonl 19 articles have such lines, 17 of them
    /// interviews.
    public var interviewMinQuestions = UnitClassifier.defaultInterviewMinQuestions
    /// The pack's default, which the labeller's answers read too (`Continuity`): one number.
    public static let defaultInterviewMinQuestions = 3
    static let questionLineMarks: Set<Unicode.Scalar> = ["-", "*", "\u{2022}", "\u{2013}", "\u{2014}", "\u{1A}"]
    func markInterview(_ a: ArticleText, _ kinds: inout [UnitKind]) {
        for i in Self.interviewQuestions(a, minimum: interviewMinQuestions) where kinds[i] == .heading { kinds[i] = .claim }
    }

    /// The question lines of a Q&A piece (see `interviewMinQuestions`), or none: read by
    /// `markInterview` and by the labeller, whose answers after them are the interviewee's
    /// (`Continuity`, kinds36).
    static func interviewQuestions(_ a: ArticleText, minimum: Int = defaultInterviewMinQuestions) -> [Int] {
        func isQuestion(_ seg: Segment) -> Bool {
            let end = seg.folded.isEmpty ? nil : a.text.foldedScalar(seg.folded.upperBound - 1)
            return seg.terminated && (end == "?" || end == Arabic.questionMark)
        }
        let n = a.segments.count
        var questions: [Int] = []
        for i in 0..<n {
            let seg = a.segments[i]
            guard seg.wholeLine, isQuestion(seg), opensQuestion(a, seg),
                  i + 1 < n, a.segments[i + 1].lineIndex > seg.lineIndex, !isQuestion(a.segments[i + 1]) else { continue }
            questions.append(i)
        }
        return questions.count >= minimum ? questions : []
    }

    /// An interview printed as a Q&A block after its text is announced (interview, v219): the
    /// unit that announces it (`interviewTextRule`: وتاليا نص الحوار:، فإلى الحوار.), the
    /// questions of the block, and the unit after its last (`end`). The answers are the units
    /// after the first question, before `end`, that are no question (`Continuity`).
    struct InterviewBlock: Sendable, Equatable {
        var opener: Int
        var questions: [Int]
        var end: Int
    }
    /// The rule of an interview's text announced (Rules/documents.yml): the one place of its words.
    static let interviewTextRule = "document.interview-text"
    /// The rule of the writer's background formula (Rules/voice.yml: يذكر أن، الجدير بالذكر أن): a
    /// line opening with it after an answer is the writer's again, and ends the block (mends29).
    static let backgroundRule = "voice.background"
    /// Question-and-answer pairs a block holds at least.
    static let interviewBlockMinPairs = 2
    /// A question of a block is a short line: a paragraph of more words ending ؟ is prose (a
    /// column's rhetorical question), and ends the block (mends26).
    static let interviewQuestionMaxWords = 30

    /// The Q&A blocks of the article, in order. Their shape is strict: an opener — a unit that
    /// opens with an `interviewTextRule` match and starts its line or follows a sentence closed by
    /// a full stop, ends its words, is followed by a colon or a full stop and ends its line; or a
    /// unit whose match follows «..» or a comma inside it and ends it with a colon
    /// (`announcedAfterPause`: «قال فلان في حوار مع «اليوم» إن …، وإلى نص الحوار:»; with a full stop
    /// there, «لا خيار إذن.. فإلى الحوار.»، «ودعا …، إلى الحوار.», it is prose) — then,
    /// on the next line, a question (a short line, at most `interviewQuestionMaxWords` words, whose
    /// first units or last unit close with ؟ or ?: its preface is the question's), and after each
    /// question its answer (the lines up to the next question line); question lines one after the
    /// other are one question. A block ends before a line holding a new opener (which starts the
    /// next block, p7 of the mends26 review), before a long paragraph ending ؟, and before a line
    /// after an answer that is no Q&A: one opening with site furniture (`أخبار ذات صلة`، `اقرأ
    /// أيضا`: a boilerplate, caption or byline rule's match at its first word) or with the writer's
    /// background formula (`يذكر أن`, `backgroundRule`) — the related news and the writer's notes
    /// after the interview are no answers (mends29, review29 #3). At least
    /// `interviewBlockMinPairs` questions, each answered. An opener with the questions on its own
    /// line, or a line with no colon or stop after the phrase (a headline's «… نص المقابلة»), is none.
    static func interviewBlocks(_ a: ArticleText, rules: [Rule]) -> [InterviewBlock] {
        let n = a.segments.count
        func isQuestion(_ i: Int) -> Bool {
            let seg = a.segments[i]
            let end = seg.folded.isEmpty ? nil : a.text.foldedScalar(seg.folded.upperBound - 1)
            return seg.terminated && (end == "?" || end == Arabic.questionMark)
        }
        func startsLine(_ i: Int) -> Bool { i == 0 || a.segments[i - 1].lineIndex != a.segments[i].lineIndex }
        func endsLine(_ i: Int) -> Bool { i + 1 >= n || a.segments[i + 1].lineIndex != a.segments[i].lineIndex }
        func short(_ units: ClosedRange<Int>) -> Bool {
            var words = 0
            for u in units { words += a.words(of: u).count; if words > interviewQuestionMaxWords { return false } }
            return true
        }
        // (cheap first: two short questions at a line's start, before any rule is looked up)
        var lineQuestions = 0
        for i in 0..<n where startsLine(i) && isQuestion(i) && short(i...i) { lineQuestions += 1; if lineQuestions >= interviewBlockMinPairs { break } }
        guard lineQuestions >= interviewBlockMinPairs, let rule = rules.firstIndex(where: { $0.id == interviewTextRule }) else { return [] }
        func isOpener(_ i: Int) -> Bool { endsLine(i) && opens(a, i, rule: rule) }
        let background = rules.firstIndex { $0.id == backgroundRule } ?? -1
        let furniture: Set<CueKind> = [.boilerplate, .caption, .byline]
        // a line no Q&A: site furniture or the writer's background formula at its first word
        func endsInterview(_ i: Int) -> Bool {
            guard let first = a.tokenRanges[i].first(where: { a.tokens[$0].kind == .word }) else { return false }
            return a.matches[i].contains { m in m.firstToken == first && (m.rule == background || furniture.contains(rules[m.rule].kind)) }
        }
        var blocks: [InterviewBlock] = []
        var from = 0
        while let opener = (from..<n).first(where: isOpener) {
            var questions: [Int] = []
            var answered = 0, inQuestion = false, valid = true
            var i = opener + 1
            while i < n {
                var last = i
                while !endsLine(last) { last += 1 }
                // a new opener on the line: the next block's introduction
                if (i...last).contains(where: isOpener) { break }
                // after an answer, the related news or the writer's note: the interview is over
                if answered > 0, !inQuestion, endsInterview(i) { break }
                // a line closing with a question is the question, its preface too (● بينما كان الحديث
                // يدور عن …. من يتحمل المسؤولية؟); a line opening with one, the question and its
                // answer run on after it — a question is short
                var asked = i
                if isQuestion(last) { if short(i...last) { asked = last + 1 } else { break } }
                else { while asked <= last && isQuestion(asked) { asked += 1 }; if asked > i && !short(i...(asked - 1)) { break } }
                if asked > i { questions.append(contentsOf: i..<asked); inQuestion = true }
                if asked <= last {
                    // the first unit after the opener is a question
                    if questions.isEmpty { valid = false; break }
                    if inQuestion { answered += 1 }
                    inQuestion = false
                }
                i = last + 1
            }
            if valid && answered >= interviewBlockMinPairs && !inQuestion {
                blocks.append(InterviewBlock(opener: opener, questions: questions, end: i)); from = i
            } else {
                from = opener + 1
            }
        }
        return blocks
    }

    /// Whether unit `i` is an opener of a Q&A block: a match of rule `rule` with only marks after
    /// it, a colon or a full stop among them, that opens its sentence — opening the unit, the
    /// unit at its line's start or after a sentence closed by one full stop (or ! ؟) — or that
    /// follows «..» or a comma inside the unit (`announcedAfterPause`).
    static func opens(_ a: ArticleText, _ i: Int, rule: Int) -> Bool {
        let range = a.tokenRanges[i]
        guard let first = range.first(where: { a.tokens[$0].kind == .word }) else { return false }
        // after «..» or a comma the opener is no unit of its own (SOURCING.md, Units: «..» inside a
        // line is a pause, a comma ends nothing): it is read inside the unit, stricter (interview2)
        for m in a.matches[i] where m.rule == rule && m.firstToken > first && announcedAfterPause(a, i, m) { return true }
        if i > 0, a.segments[i - 1].lineIndex == a.segments[i].lineIndex {
            // the sentence before: closed by a full stop of its own, not «..» nor a comma
            let before = a.tokenRanges[i - 1]
            guard let lastWord = before.last(where: { a.tokens[$0].kind == .word }) else { return false }
            let marks = (lastWord + 1)..<first
            let stops = marks.filter { a.tokens[$0].is(".") || a.tokens[$0].is("!") || a.tokens[$0].is(Arabic.questionMark) || a.tokens[$0].is("?") }
            guard stops.count == 1, marks.allSatisfy({ a.tokens[$0].kind == .punct && a.tokens[$0].end - a.tokens[$0].start == 1 }),
                  !marks.contains(where: { a.tokens[$0].is(Arabic.comma) || a.tokens[$0].is(",") || a.tokens[$0].is(":") }) else { return false }
        }
        for m in a.matches[i] where m.rule == rule && m.firstToken == first {
            var stop = false, words = false
            // (the tokens after the match's last word: a match's next token is the next word)
            for t in range where a.tokens[t].start >= m.end {
                if a.tokens[t].kind != .punct { words = true; break }
                if a.tokens[t].is(":") || a.tokens[t].is(".") { stop = true }
            }
            if stop && !words { return true }
        }
        return false
    }

    /// Whether match `m` of the interview text's rule, inside unit `i` and not opening it, is an
    /// opener set after a pause (interview2): the marks before it are «..» (two dots or more, or
    /// «…») or a comma, and the unit ends at the match with a colon after it (`.. وهنا نص
    /// الحوار:`، `، وإلى نص الحوار:`، `.. فإلى تفاصيل الحوار:`). Not with a full stop there: «فإلى
    /// الحوار.» after «..» or a comma is prose as often (`لا خيار إذن.. فإلى الحوار.`، `ودعا …، إلى
    /// الحوار.`, mends26).
    static func announcedAfterPause(_ a: ArticleText, _ i: Int, _ m: CueMatch) -> Bool {
        let range = a.tokenRanges[i]
        guard let before = (range.lowerBound..<m.firstToken).last(where: { a.tokens[$0].kind == .word }) else { return false }
        let marks = (before + 1)..<m.firstToken
        let pause = marks.count >= 2 && marks.allSatisfy({ a.tokens[$0].is(".") })
            || marks.count == 1 && (a.tokens[marks.lowerBound].is("\u{2026}") || a.tokens[marks.lowerBound].is(Arabic.comma) || a.tokens[marks.lowerBound].is(","))
        guard pause else { return false }
        var colon = false
        // (the tokens after the match's last word: a match's next token is the next word)
        for t in range where a.tokens[t].start >= m.end {
            if a.tokens[t].kind != .punct { return false }
            if a.tokens[t].is(":") { colon = true }
        }
        return colon
    }

    /// Whether a question line opens with a question's mark: `-`, `*`, `•`, a dash, the control
    /// character some pages set before each question (U+001A), or «س:» / «س/» (kinds36).
    static func opensQuestion(_ a: ArticleText, _ seg: Segment) -> Bool {
        var marks: [Unicode.Scalar] = []
        for k in seg.folded {
            let c = a.text.foldedScalar(k)
            if c.properties.isWhitespace || c.properties.generalCategory == .format { continue }
            marks.append(c)
            if marks.count == 2 { break }
        }
        guard let first = marks.first else { return false }
        if Self.questionLineMarks.contains(first) { return true }
        return first == Arabic.questionLetter && marks.count == 2 && Self.questionLetterMarks.contains(marks[1])
    }
    static let questionLetterMarks: Set<Unicode.Scalar> = [":", "/"]

    /// A poem's verses are claims, not headings: a run of at least `verseMinLines` short lines,
    /// each a whole line on its own, unterminated or closing with ! or ؟, one after the other (blank lines between them
    /// allowed), asserts something line by line even where a line has no finite verb. A lone
    /// short line between paragraphs stays a heading.
    public var verseMinLines = 4
    func markVerse(_ a: ArticleText, _ kinds: inout [UnitKind]) {
        var run: [Int] = []
        func close() {
            if run.count >= verseMinLines { for i in run where kinds[i] == .heading { kinds[i] = .claim } }
            run.removeAll()
        }
        for i in 0..<a.segments.count {
            let seg = a.segments[i]
            // (a verse may close with ! or ؟, as a heading may: أتعلم كم خاتما ارتديت بعد غيابك؟!)
            let end = lastScalar(a, seg)
            let open = !seg.terminated || end == "?" || end == Arabic.questionMark || end == "!"
            let short = seg.wholeLine && open && a.words(of: i).count <= headingMaxWords
                && (kinds[i] == .heading || kinds[i] == .claim)
            if short, let last = run.last, seg.lineIndex - a.segments[last].lineIndex <= 2 {
                run.append(i)
            } else {
                close()
                if short && i > 0 { run.append(i) }
            }
        }
        close()
    }

    func firstLine(_ a: ArticleText) -> Int { a.segments.first?.lineIndex ?? 0 }

    /// Whether segment `i` is the article's title line as furniture rules see it: the first
    /// segment, a whole line, at most `titleMaxWords` words, not ended by a sentence terminator
    /// (a question or an exclamation may end it), with no colon or dash of a credit line.
    func isTitleLine(_ a: ArticleText, _ i: Int, _ words: [Int]) -> Bool {
        guard i == 0, let seg = a.segments.first, seg.wholeLine, words.count <= Self.titleMaxWords else { return false }
        if seg.terminated {
            let last = lastScalar(a, seg)
            guard last == "?" || last == Arabic.questionMark || last == "!" else { return false }
        }
        return !seg.folded.contains { Self.creditMarks.contains(a.text.foldedScalar($0)) }
    }
    /// The title line has at most this many words (SOURCING.md, "headline").
    static let titleMaxWords = 20
    /// Marks that set a credit off on a line: a colon and the dashes.
    static let creditMarks: Set<Unicode.Scalar> = [":", "-", "\u{2013}", "\u{2014}"]

    /// A section label ending in a colon has at most this many words.
    public var colonLabelMaxWords = 3
    /// A title ending in a colon (`isColonTitle`) has at most this many words.
    public var colonTitleMaxWords = 6
    /// A credit closing a line has at most this many words.
    public var creditMaxWords = 4
    /// Cues a credit holds none of: a verb, an attribution, a function word.
    static let notInCredit: CueKinds = verbKinds.union([.according, .told, .ownVoice, .hedge, .complement, .stop, .pronoun, .collective, .anonymous])

    /// A credit closing a line: `... لكسر حاجز الاحترام. د.عبدالرحمن الدريس` — a short verbless
    /// name after a sentence of the same line, ending the line unterminated: who wrote the line
    /// (a quoted tweet's author), a byline (SOURCING.md, "Units"), not a claim.
    func isClosingCredit(_ a: ArticleText, _ i: Int, _ ms: ArraySlice<CueMatch>, _ words: [Int]) -> Bool {
        let seg = a.segments[i]
        guard i > 0, !seg.wholeLine, !seg.terminated, (2...creditMaxWords).contains(words.count),
              a.segments[i - 1].lineIndex == seg.lineIndex, a.segments[i - 1].terminated,
              i + 1 == a.segments.count || a.segments[i + 1].lineIndex != seg.lineIndex else { return false }
        // a name opens with a given name or a title's abbreviation, not a definite noun: a short
        // nominal sentence closing a paragraph (الأسهم القيادية متراجعة) is a claim
        if SourceResolver.isDefinite(a.tokens.letters(words[0])[...]) { return false }
        return !ms.contains { Self.notInCredit.contains(rules[$0.rule].kind) }
    }

    /// Whether a unit holds a quotation mark or a complementiser: it reports words (a byline's
    /// closing colon does not count).
    func quotesOrReports(_ a: ArticleText, _ i: Int, _ ms: ArraySlice<CueMatch>) -> Bool {
        if ms.contains(where: { rules[$0.rule].kind == .complement }) { return true }
        return a.tokenRanges[i].contains { a.tokens[$0].kind == .punct && a.tokens[$0].is("\"") }
    }

    /// Words before a pull quote's colon, at most.
    static let pullQuoteMaxSpeakerWords = 4

    /// A pull quote set between paragraphs, `وزير المالية: نستهدف خفض العجز` — a speaker's title,
    /// body or outlet opening the line (its first or second word), a colon after at most
    /// `pullQuoteMaxSpeakerWords` words, and two words or more after it: a claim of that speaker
    /// (SOURCING.md, "a short line ... with no finite verb" is a heading; a speaker's words
    /// are a claim even where their verb, `نستهدف`, is no verb cue). A label before the colon
    /// (`المحور الأول: التعليم`) names no one and stays a heading, and so does a list's item
    /// (`* المجموعة الأولى: هولندا.. فرنسا`).
    func isPullQuote(_ a: ArticleText, _ i: Int, _ words: [Int], _ ms: ArraySlice<CueMatch>) -> Bool {
        guard !AttributionFinder.isBulleted(a, i),
              let colon = a.tokenRanges[i].first(where: { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }) else { return false }
        let before = words.filter { $0 < colon }
        // what is said: two Arabic words or more, not a list's entry (`طبيب باطني: ت 2216 665`)
        let said = words.filter { $0 > colon && a.tokens[$0].count >= 2 && hasArabic(a, [$0]) }
        guard (1...Self.pullQuoteMaxSpeakerWords).contains(before.count), said.count >= 2 else { return false }
        return ms.contains { m in
            AttributionFinder.colonSpeakerKinds.contains(rules[m.rule].kind) && before.prefix(2).contains(m.firstToken) && m.nextToken <= colon
        }
    }

    /// The last word of a quotation, cut from it by a `!` or `?` of the quoted words and
    /// closing it on the same line (`... في العقول والقلوب! واقتلوه".`): the rest of the
    /// quotation, a claim (SOURCING.md, "Quotation continuity"), not a lone word of furniture.
    /// One word of two letters or more after a sentence of its line, inside a quotation opened
    /// earlier on the line, and a closing quotation mark right after it — not a credit in marks
    /// of its own (`«الفرنسية»`, `"رويترز"`).
    func closesQuotation(_ a: ArticleText, _ i: Int, _ words: [Int]) -> Bool {
        guard i > 0, words.count == 1, a.tokens[words[0]].count >= 2, !a.segments[i].wholeLine,
              a.segments[i - 1].lineIndex == a.segments[i].lineIndex else { return false }
        let next = words[0] + 1
        // (the folded text writes every quotation mark as ")
        guard a.tokenRanges[i].contains(next), a.tokens[next].kind == .punct, a.tokens[next].is("\"") else { return false }
        // no mark of its own before the word, and a quotation open where the unit starts (read
        // from the start of its line)
        func marks(_ r: Range<Int>) -> [Unicode.Scalar] {
            r.filter { a.tokens[$0].kind == .punct }.flatMap { a.tokens.letters($0).filter(QuotationMarks.isQuote) }
        }
        guard marks(a.tokenRanges[i].lowerBound..<words[0]).isEmpty else { return false }
        var first = i
        while first > 0 && a.segments[first - 1].lineIndex == a.segments[i].lineIndex { first -= 1 }
        return marks(a.tokenRanges[first].lowerBound..<a.tokenRanges[i].lowerBound).reduce(0) { QuotationMarks.step($1, $0) } > 0
    }

    func hasArabic(_ a: ArticleText, _ words: [Int]) -> Bool {
        for w in words {
            for s in a.tokens.letters(w) where Arabic.isInBlock(s) { return true }
        }
        return false
    }

    func lastScalar(_ a: ArticleText, _ seg: Segment) -> Unicode.Scalar? {
        seg.folded.isEmpty ? nil : a.text.foldedScalar(seg.folded.upperBound - 1)
    }
    func endsWithColon(_ a: ArticleText, _ seg: Segment) -> Bool { lastScalar(a, seg) == ":" }

    /// Whether a verbless line of four to six words ending in a colon is a title — a product's,
    /// a list item's or a section's (ساعة سوني سمارت واتش 3 :، 7 - المشاكل التي تواجه العالم:،
    /// الثالث: الخلط بين الكيمياء والخيمياء:; kinds34, d175) — and not a sentence introducing
    /// what follows: one opening with a conjunction (وفيما يلي نص البيان:، وقام المدرب بادخال:)
    /// or broken by a comma (صمت لبرهة، ثم أضاف:). Whole corpus (30,336 articles): 94 lines
    /// more are headings, 71 titles, 7 sentences whose verb no cue knows (تبنت الجماعة عدة أفكار
    /// أبرزها:، استغرب الصحفيون وتدافعوا للسؤال:), 16 unclear (a letter's greeting, السلام
    /// عليكم ورحمة الله وبركاته:); with no such test 107, 13 of them sentences.
    func isColonTitle(_ a: ArticleText, _ i: Int, _ words: [Int]) -> Bool {
        guard let first = words.first else { return false }
        let t = a.tokens[first]
        if t.starts(with: Arabic.waw) || t.starts(with: Arabic.faa) { return false }
        return !a.tokenRanges[i].contains { a.tokens[$0].kind == .punct && (a.tokens[$0].is(Arabic.comma) || a.tokens[$0].is(",")) }
    }

    /// An inline question sub-heading has at most this many words.
    static let inlineQuestionMaxWords = 5

    /// Whether segment `i` opens a paragraph run into its line: the segment before it is on the
    /// same line and ended, two white-space characters or more stand between them, and `i`
    /// starts with a letter.
    func opensParagraph(_ a: ArticleText, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = a.segments[i - 1], seg = a.segments[i]
        guard prev.lineIndex == seg.lineIndex, prev.terminated,
              prev.folded.upperBound <= seg.folded.lowerBound, !seg.folded.isEmpty else { return false }
        var spaces = 0
        for k in prev.folded.upperBound..<seg.folded.lowerBound {
            let c = a.text.foldedScalar(k)
            guard c.properties.isWhitespace else { return false }
            spaces += 1
        }
        return spaces >= 2 && a.text.foldedScalar(seg.folded.lowerBound).properties.isAlphabetic
    }

    /// Whether an outlet's name stands after the last dash of a unit and closes it, reporters'
    /// names alone before the dash (`فيصل المخلفي – عين اليوم`، `ياسر الحربي - سبق`، `محمد
    /// السريعي، فيصل المخلفي – عين اليوم`): a reporter–outlet credit, a reporter's name read as a
    /// verb (kinds44: 23 such lines in all.jsonl read claims, their reporters' names فيصل / ياسر
    /// taken for imperfect verbs). One name, or two or three with «،» or «و» between them
    /// (`creditNames`); no cue of saying, relaying or denying nor a complement among them — only
    /// a bare verb cue, the name misread: a sentence closing with its outlet (`قال الوزير إن
    /// الاتفاق بات قريبا - رويترز`) stays a claim (mends31, review28 #2).
    ///
    /// Of several names, the words before the dash must be names only: no verb cue but on one word
    /// in the whole line, a name's first, and that one the imperfect's (`creditGivenNameRule`: فيصل
    /// as ف + يصل، ياسر، يحيى) — two clauses joined by a comma open with their verbs (`وصل الوزير،
    /// وغادر الوفد – سبق`، `يصل الوفد غدا، ويغادر الوزير – عين اليوم`: claims; mends33, review35 #1).
    /// (A credit as the article's last line is not read: whether a line is the last depends on
    /// what follows it, and appending a paragraph must not change the units before it —
    /// PropertyTests.)
    func outletClosesDashedLine(_ a: ArticleText, _ i: Int, _ ms: ArraySlice<CueMatch>, _ words: [Int]) -> Bool {
        let seg = a.segments[i]
        var lastDash = -1
        for k in seg.folded {
            switch a.text.foldedScalar(k).value { case 0x2D, 0x2013, 0x2014: lastDash = k; default: break }
        }
        guard lastDash >= 0, let last = words.last else { return false }
        let name = words.filter { a.tokens[$0].start < lastDash }
        guard let starts = Self.creditNames(a, name) else { return false }
        if ms.contains(where: { m in m.start < lastDash && rules[m.rule].kind != .verb && rules[m.rule].kind != .outlet
            && (Self.verbKinds.contains(rules[m.rule].kind) || rules[m.rule].kind == .complement) }) { return false }
        // (of several names, a bare verb cue only on a name's first word — the given name misread,
        // فيصل، ياسر، يحيى —: a verb inside one, `الوزير يصل، والوفد يغادر - رويترز`, is a sentence)
        if starts.count > 1 {
            let verbs = ms.filter { m in m.start < lastDash && rules[m.rule].kind == .verb }
            if Set(verbs.map(\.firstToken)).count > 1
                || verbs.contains(where: { m in !starts.contains(m.firstToken) || rules[m.rule].id != Self.creditGivenNameRule }) { return false }
        }
        return ms.contains { m in
            rules[m.rule].kind == .outlet && m.start > lastDash && m.nextToken > last
        }
    }

    /// The verb rule a reporter's given name is misread by (an imperfect in ي: فيصل، ياسر، يحيى).
    static let creditGivenNameRule = "verb.imperfect"

    /// The first word of each reporter's name of a credit's words before its dash (`name`), or
    /// nil where they are no such names: one name of at most `creditNameMaxWords` words, no mark
    /// between them; or two or three (`creditNamesMax`), each of one to four words, «،» between
    /// them or «و» — alone, or glued to the first word of a name after one of two words or more
    /// (`داليا أبوالعيش وعمر إبراهيم وسارة علي – عين اليوم`). backlog15, all.jsonl: 9 such lines
    /// with «،» at an article's head, all عين اليوم's (`لجين الأحمدي، عبدالرحمن الشهري – عين اليوم`),
    /// none with «و».
    static func creditNames(_ a: ArticleText, _ name: [Int]) -> [Int]? {
        guard let first = name.first, let lastWord = name.last else { return nil }
        var starts = [first]
        var length = 0
        var t = first
        while t <= lastWord {
            let tok = a.tokens[t]
            defer { t += 1 }
            if tok.kind == .punct {
                guard tok.is(Arabic.comma) || tok.is(","), length > 0, t < lastWord else { return nil }
                starts.append(t + 1); length = 0
                continue
            }
            if tok.is(Arabic.waw) {
                guard length > 0, t < lastWord, a.tokens[t + 1].kind == .word else { return nil }
                starts.append(t + 1); length = 0
                continue
            }
            if length >= 2, t != starts.last, tok.starts(with: Arabic.waw), tok.end - tok.start > 2 {
                starts.append(t); length = 0
            }
            length += 1
            if length > creditNameMaxWords { return nil }
        }
        if starts.count > 1 && starts.count > creditNamesMax { return nil }
        return starts
    }

    /// The words of a reporter's name before the dash of a reporter–outlet credit.
    static let creditNameMaxWords = 4
    /// The reporters' names of a credit line at the most.
    static let creditNamesMax = 3

    /// A dateline: a place or name, a dash or colon, and the place — `عين اليوم – باريس`,
    /// `قاسم الخبراني- سبق- عسير:`.
    func isDateline(_ a: ArticleText, _ i: Int) -> Bool {
        let seg = a.segments[i]
        var dashes = 0
        for k in seg.folded {
            switch a.text.foldedScalar(k).value { case 0x2D, 0x2013, 0x2014, 0x2F, 0x7C: dashes += 1; default: break }
        }
        return dashes >= 1 || endsWithColon(a, seg)
    }

    /// For each line index: whether it is blank (a line with text has a segment).
    func lineInfo(_ a: ArticleText) -> [Bool] {
        var blank = [Bool](filled: true, count: a.lineCount)
        for s in a.segments { blank[s.lineIndex] = false }
        return blank
    }

    /// Related-story cards: where paragraphs are separated by blank lines, a group of
    /// adjacent non-blank lines opened by an unterminated caption-like line (a caption,
    /// or a short verbless line) followed by a title and a summary line.
    func markCards(_ a: ArticleText, _ kinds: inout [UnitKind], _ blank: [Bool]) {
        // paragraph style: most line breaks between text lines are blank lines. It is judged on
        // the text up to each block, so what follows a block never changes how it reads.
        var adjacentUpTo = [Int](filled: 0, count: blank.count), separatedUpTo = [Int](filled: 0, count: blank.count)
        var adjacent = 0, separated = 0
        var lastText = -1
        for (li, b) in blank.enumerated() {
            if !b {
                if lastText >= 0 { if li == lastText + 1 { adjacent += 1 } else { separated += 1 } }
                lastText = li
            }
            adjacentUpTo[li] = adjacent; separatedUpTo[li] = separated
        }
        func paragraphStyle(upTo line: Int) -> Bool {
            separatedUpTo[line] >= 4 && separatedUpTo[line] >= 2 * adjacentUpTo[line]
        }
        guard separated >= 4 else { return }
        // group segments by line (they come in line order: the segments of line l are
        // lineStart[l] ..< lineStart[l + 1]), lines into blocks of adjacent lines
        var lineStart = [Int](filled: 0, count: blank.count + 1)
        for s in a.segments { lineStart[s.lineIndex + 1] += 1 }
        for l in 0..<blank.count { lineStart[l + 1] += lineStart[l] }
        func lineSegs(_ l: Int) -> Range<Int> { lineStart[l]..<lineStart[l + 1] }
        var li = 0
        while li < blank.count {
            if blank[li] { li += 1; continue }
            var end = li
            while end + 1 < blank.count && !blank[end + 1] { end += 1 }
            let lines = li..<(end + 1)
            if lines.count >= 2, paragraphStyle(upTo: end), lineSegs(li).count == 1 {
                let f = lineSegs(li).lowerBound
                let opener = kinds[f] == .caption || (kinds[f] != .headline && !a.segments[f].terminated)
                if opener && f > 0 {
                    if kinds[f] != .caption { kinds[f] = .caption }
                    var rest = lines.dropFirst()
                    // a repeated caption line stays a caption
                    while let l = rest.first, lineSegs(l).count == 1, case let only = lineSegs(l).lowerBound, a.segments[only].wholeLine,
                          a.text.folded(a.segments[only].folded.lowerBound, a.segments[only].folded.upperBound)
                            == a.text.folded(a.segments[f].folded.lowerBound, a.segments[f].folded.upperBound) {
                        rest = rest.dropFirst()
                    }
                    if !rest.isEmpty {
                        for l in rest { for s in lineSegs(l) where kinds[s].isClaim || kinds[s] == .heading { kinds[s] = .boilerplate } }
                    }
                }
            }
            li = end + 1
        }
    }
}
