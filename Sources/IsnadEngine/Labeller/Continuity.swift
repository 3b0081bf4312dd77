import IsnadModel
import IsnadText
import IsnadRules

/// Stage 6 of the labeller: quotation continuity (SOURCING.md, "Quotation continuity").
///
/// Carried from claim to claim: the latest speaker (`last`, whom a bare verb refers to), the
/// speaker of a quotation still open, and the speaker of a colon quotation without marks
/// (`وقال الآتي: ...`, which runs to the end of its paragraph, or through the next one when
/// the colon ends its line). Input, per claim: its quotation marks (`begin`), and once
/// labelled its label and sources (`end`). Output: the speaker a claim with no attribution
/// continues (`inherited`), recorded with the unit that opened the quotation.
struct Continuity {
    /// The quotation depth at the start of every segment, and whether it holds a quotation mark.
    let depths: [(depth: Int, hasMark: Bool)]
    /// The segments that open a paragraph run on along their line (`runOnParagraphs`).
    let runOn: Set<Int>
    /// The label and sources of the latest attributed claim, for bare verbs and quotations.
    var last: Speaker? = nil
    /// The latest of those speakers that is no unnamed plural group (`Speaker.group`): whom a
    /// singular bare verb right after a group refers to.
    var lastSingle: Speaker? = nil
    var quoteOpenOwner: Speaker? = nil
    /// The speaker of a colon quotation without marks, and the line it is on.
    var colonOwner: Speaker? = nil
    var colonLine = -1
    /// A colon that ends its paragraph (`وتقول كلمات القصيدة:` and the verses below it) opens
    /// the next paragraph instead: its lines, one after the other, are the quotation.
    var colonNextParagraph = false, colonAwaitingStart = false
    /// The colon quotation is a poem's verses (`التي تقول أبياتها:`): it runs over the lines below
    /// its colon while they read as verse, and ends at the first that does not.
    var colonVerse = false
    /// The colon quotation was opened in an interview (`introducedRule`: في حواره مع): a paragraph
    /// run on along its line does not end it (`runOnParagraphs`).
    var colonInInterview = false
    /// The colon quotation is a document's full text announced before it (`document.text-follows`:
    /// `وفيما يلي نص البيان:` ending its line): a line inside it with a cue of its own (a verse of
    /// scripture the statement quotes, `قال الله تعالى: ...`) keeps its own label and the text goes
    /// on below it (`passDocumentLine`), as the dev gold reads d245 (#22).
    var colonDocument = false
    /// The verse of a poem's run held as the poet's although it holds a cue of its own (`heldVerse`).
    var verseHeld = -1
    /// The claim that introduced the poem (the verses are the claims after it).
    var colonIntro = -1
    /// The latest claim of the poem's run (the introduction before its first verse).
    var verseLast = -1
    /// The latest claim that names a poet as the subject of its own poem cue (`نظم الشاعر فلان
    /// قصيدة`): the only speaker a poem's verses are given to.
    var poetUnit = -1
    var previousQuoted = false
    var previousLine = -1
    /// The Q&A interview of the article: its questions and blocks, the block reached, its
    /// interviewee (`InterviewState`).
    var interview: InterviewState
    /// The rule of an interview given to an outlet (`introducedRule`), and of an interview's text
    /// announced (`UnitClassifier.interviewTextRule`), or -1.
    let interviewRule: Int, textRule: Int
    /// The index in the pack of the rule of a document's full text announced (`Continuity.documentTextRule`: وفيما يلي نص البيان), or -1.
    let documentTextIndex: Int
    /// The pack, to tell a reporting verb from a noun of speech at a colon.
    let rules: [Rule]

    init(_ a: ArticleText, rules: [Rule]) {
        self.init(a, rules: rules, ruleIndexes: RuleIndexes(rules: rules))
    }

    /// `init(_:rules:)` with the pack's rule indexes found once (the labeller's, `RuleIndexes`):
    /// looking the two rules up by id for every article compared about 830 ids an article
    /// (speed29).
    init(_ a: ArticleText, rules: [Rule], ruleIndexes: RuleIndexes) {
        depths = Self.quoteDepths(a); runOn = Self.runOnParagraphs(a); self.rules = rules
        interviewRule = ruleIndexes.interview
        textRule = ruleIndexes.interviewText
        documentTextIndex = ruleIndexes.documentText
        interview = InterviewState(a, rules: rules)
    }

    /// The indexes in the pack of the rules continuity reads by id (`introducedRule`,
    /// `UnitClassifier.interviewTextRule`), or -1: found once per pack.
    struct RuleIndexes: Sendable, Equatable {
        let interview: Int, interviewText: Int, documentText: Int
        init(rules: [Rule]) {
            documentText = rules.firstIndex { $0.id == Continuity.documentTextRule } ?? -1
            interview = rules.firstIndex { $0.id == Continuity.introducedRule } ?? -1
            interviewText = rules.firstIndex { $0.id == UnitClassifier.interviewTextRule } ?? -1
        }
    }

    /// The rule of an interview given to an outlet (Rules/outlets.yml: في حوار مع، في مقابلة مع،
    /// في حوار أجرته معه): a unit holding it introduces the interview.
    static let introducedRule = "outlet.told-interview"

    /// The rule of a document's full text announced before it (Rules/documents.yml: وفيما يلي نص
    /// البيان، فيما يلي نصه): ending its line with a colon, it opens a `colonDocument` quotation.
    static let documentTextRule = "document.text-follows"

    /// Whether claim `i` introduces the interview of a Q&A block: after the block before, before
    /// its opener (or the opener itself), it introduces an interview (`holdsInterview`) — its
    /// speaker is the interviewee, not a person the lead goes on to name (`وكان ظريف قد قال أمس`).
    func introducesInterview(_ a: ArticleText, _ i: Int, _ attributions: [Attribution]) -> Bool {
        i >= interview.start && i <= interview.opener && holdsInterview(a, i, attributions)
    }
    /// Whether claim `i` introduces an interview: an interview word told to an outlet
    /// (`introducedRule`: في حوار مع «اليوم»، في حديثه لـ«المدينة»، في حوار أجرته «عكاظ»), or the
    /// headline's «فلان لـ«اليوم»: …» (a colon attribution told to an outlet). A statement to an
    /// outlet (في تصريح لوكالة «فارس», grammar.told) introduces none (mends26).
    func holdsInterview(_ a: ArticleText, _ i: Int, _ attributions: [Attribution]) -> Bool {
        // (its speaker named in it: a bare verb's, «التقت «اليوم» فلانا، وقال في حديث لـ«اليوم»», would
        // go back to the speaker before — the one of the interview before, mends26 p7)
        guard attributions.contains(where: { $0.phrase != nil && !$0.backReference }) else { return false }
        return a.matches[i].contains { $0.rule == interviewRule } || attributions.contains { $0.cue.rule < 0 && $0.via != nil }
    }

    /// An interview's text announced with its questions and answers run on after the colon on
    /// the same line (`… وتاليا نص الحوار:  في البداية …؟ لا شك أن …`), no Q&A block: the
    /// announcement names no one (`document.interview-text`), and the rest of its paragraph is
    /// the interview as a colon quotation of the interviewee's — the speaker of the claim that
    /// introduced the interview (`قال فلان في حوار مع «اليوم»`), not the announcement's words;
    /// none introduced, none (interview, v219).
    mutating func openInterviewText<R: DecisionRecorder>(_ a: ArticleText, unit i: Int, _ rec: inout R) {
        guard interview.blocks.isEmpty, interview.opener < 0, let owner = interview.introduced, textRule >= 0,
              let colon = Self.firstColon(a, i) else { return }
        // (the announcement opening its unit, where the colon read it as a speaker's name)
        let first = a.tokenRanges[i].first { a.tokens[$0].kind == .word }
        let announced = a.matches[i].contains { m in
            m.rule == textRule && m.firstToken == first && m.end <= a.tokens[colon].start
                && !a.tokenRanges[i].contains { t in a.tokens[t].start >= m.end && t < colon && a.tokens[t].kind != .punct }
        }
        guard announced, Self.quotation(after: colon, a, i) == .restOfParagraph else { return }
        colonOwner = owner; colonLine = a.segments[i].lineIndex
        colonNextParagraph = false; colonAwaitingStart = false; colonVerse = false; colonDocument = false; interview.colonText = true
        if R.isRecording { rec.record(.opensColonQuotation(nextParagraph: false), unit: i) }
    }

    /// Claim `i` reached, before its sources are resolved (a bare verb reads `last`): the block it
    /// is in, and the latest speaker at a question and after it.
    mutating func enter(unit i: Int) {
        interview.advance(to: i)
        // a question carries no interviewee: a bare verb in it («وهل أكد لكم …؟») is not his; the
        // answer after it is his again, its bare verbs and denials too (mends26)
        if let iv = interview.interviewee, i >= interview.firstQuestion, i < interview.end {
            // (the interviewee is addressed in a question, in the second person: a bare verb of the
            // third person there is someone else's, whether the latest speaker came from him directly
            // or from an answer's bare verb)
            func his(_ s: Speaker?) -> Bool { s.map { $0.sources.contains { m in iv.sources.contains { $0.id == m.id } } } ?? false }
            if interview.questions.contains(i) {
                if his(last) { last = nil }
                if his(lastSingle) { lastSingle = nil }
            } else if interview.questions.contains(i - 1) { last = iv; lastSingle = iv }
        }
    }

    /// The quotation marks of claim `i`; a new line closes a quotation it does not open with a mark.
    mutating func begin(_ a: ArticleText, unit i: Int) -> QuotationState {
        let seg = a.segments[i]
        let q = depths[i].depth == 0 && !depths[i].hasMark ? QuotationState()
            : QuotationMarks.state(of: a.text.original, from: seg.span.start, to: seg.span.end, startDepth: depths[i].depth)
        // (not a quotation still open at the run-on paragraph that closes on its line: «الوفد سيصل
        // غدا. \u{A0} والاجتماع …» goes on; one never closed ends there as at a line feed; mends36)
        if seg.lineIndex != previousLine || runOn.contains(i) && !closesOnLine(a, i) { if !q.startsWithQuote { quoteOpenOwner = nil } }
        // a paragraph run on along the line ends a colon quotation as a line feed does — not one
        // still waiting for the paragraph it opens, a poem's run (its verses stand on lines), nor
        // an interview's text run on after its announcement (its answers are paragraphs of their own)
        // (nor the words of one who speaks in an interview, `وقال في حواره مع «سبق»: …`: its
        // questions and answers run on along the line after it, paragraph after paragraph)
        if runOn.contains(i), colonOwner != nil, !colonAwaitingStart, !colonVerse, !interview.colonText, !colonInInterview { colonOwner = nil }
        // a poem's run ends at the first claim below its colon that is no verse (prose, a new
        // cue), or that does not follow the run's latest claim (a blank line, a heading between)
        if colonVerse, colonOwner != nil, i > colonIntro {
            if Self.versesGoOn(a, after: verseLast, to: i, first: verseLast == colonIntro) { verseLast = i } else { colonOwner = nil; colonVerse = false }
        }
        return q
    }

    /// The depth of the quotation open at the start of claim `i` (`begin` read its marks as `q`)
    /// when a speaker owns it — the one `inherited` gives the claim to — else 0: a forecast inside
    /// it is the speaker's content (`CueFilter.isQuotedForecast`).
    func openQuoteDepth(unit i: Int, _ q: QuotationState) -> Int {
        quoteOpenOwner != nil && q.startsInside ? depths[i].depth : 0
    }

    /// A verse of a poem's run whose halves are marked (`***`, `…`: `قالوا سنخلع يوما الجلبابا ***
    /// ونشيع بين المسلمين خرابا`) that holds a verb of saying or a cue of its own: the verb is the
    /// poem's voice (those the poet makes speak), not a speaker of the article, and the verse is the
    /// poet's like the lines around it (SOURCING.md, "Quotation continuity": a sentence inside a
    /// quotation belongs to its speaker; d155, the gold's verses each named to the poet). Asked
    /// before the claim's own proposals are chosen; `begin` has already ended the run at a line that
    /// is no verse. A short line with no mark between its halves keeps its own speaker, who ends
    /// the run (`end`: `وأكد المحافظ فلان ...` below the verses).
    mutating func heldVerse<R: DecisionRecorder>(_ a: ArticleText, unit i: Int, _ rec: inout R) -> Speaker? {
        guard colonVerse, let owner = colonOwner, i > colonIntro, a.segments[i].lineIndex >= colonLine,
              Self.hasMarkedHalves(a, unit: i) else { return nil }
        verseHeld = i
        if R.isRecording { rec.record(.continuesColonQuotation(unit: owner.unit), unit: i) }
        return owner
    }

    /// A claim of a document's full text (`colonDocument`) on the line below the text's latest
    /// line that was labelled by a cue of its own: the text goes on over its line, so the line
    /// below it is the document's again (it keeps its own label; its colon, `قال الله تعالى :`,
    /// opens no quotation of its own over the document's).
    mutating func passDocumentLine(_ a: ArticleText, unit i: Int) -> Bool {
        guard colonDocument, colonOwner != nil, colonNextParagraph, !colonVerse else { return false }
        var line = colonLine, awaiting = colonAwaitingStart
        guard Self.colonContinues(a.segments[i].lineIndex, &line, next: true, awaiting: &awaiting) else { return false }
        colonLine = line; colonAwaitingStart = awaiting
        return true
    }

    /// The speaker whose quotation claim `i`, which proposes no label, continues — a quotation
    /// open at its start (or one it opens right after a quoted claim), or a colon quotation
    /// still running on its line — or nil.
    mutating func inherited<R: DecisionRecorder>(_ a: ArticleText, unit i: Int, _ q: QuotationState, _ rec: inout R) -> Speaker? {
        if let owner = quoteOpenOwner, q.startsInside || (q.startsWithQuote && previousQuoted) {
            if R.isRecording { rec.record(.continuesQuotation(unit: owner.unit), unit: i) }
            return owner
        }
        if let owner = colonOwner, colonVerse, a.segments[i].lineIndex >= colonLine {
            // (begin(_:unit:) has ended the run at a line that is no verse)
            if R.isRecording { rec.record(.continuesColonQuotation(unit: owner.unit), unit: i) }
            return owner
        }
        if let owner = colonOwner, Self.colonContinues(a.segments[i].lineIndex, &colonLine, next: colonNextParagraph, awaiting: &colonAwaitingStart),
           !(interview.colonText && Self.asks(a, i)) {
            if R.isRecording { rec.record(.continuesColonQuotation(unit: owner.unit), unit: i) }
            return owner
        }
        if let owner = last, namesSpeakerAfter(a, i) {
            if R.isRecording { rec.record(.speakerAfterClaim(unit: owner.unit), unit: i) }
            return owner
        }
        if let owner = interview.interviewee, i > interview.firstQuestion, i < interview.end, !interview.questions.contains(i), !asksOnQuestionLine(a, i) {
            if R.isRecording { rec.record(.answersInterview(unit: owner.unit), unit: i) }
            return owner
        }
        return nil
    }

    /// `والبطالة ستتراجع هذا العام، كما يقول.` — the speaker put after the claim: كما and a verb
    /// of saying with no subject after it (the unit ends, or a comma or stop follows: `وأخيرا،
    /// كما يقول، «…»`). Its subject is a pronoun, the latest speaker, as a bare verb's is
    /// (SOURCING.md, "named"). Only قال / يقول, the third person singular: with a subject
    /// (`كما يقول الخبراء`، `كما يقول (عقال)`) it is an attribution of its own; `كما يقولون`
    /// ("as they say") and `كما يقال` are idioms, `كما ترى` ("as you see") the reader's, `كما
    /// يرى` / `كما يعتقد` mostly open a clause of their own, and `على حد قوله` is speech-nouns.yml's.
    /// Corpus: 15 `، كما يقول` / `كما قال` closing a clause in 30,336 articles.
    func namesSpeakerAfter(_ a: ArticleText, _ i: Int) -> Bool {
        let range = a.tokenRanges[i]
        for m in a.matches[i] where rules[m.rule].kind == .report && rules[m.rule].speaker == .subject {
            let v = m.firstToken
            guard v > range.lowerBound, a.tokens[v - 1].kind == .word, a.tokens.letters(v - 1).elementsEqual(Arabic.kama) else { continue }
            let verb = a.tokens.letters(v)
            guard Arabic.trailingSaying.contains(where: { verb.elementsEqual($0) }) else { continue }
            if v + 1 >= range.upperBound { return true }
            let next = a.tokens[v + 1]
            if next.kind == .punct && Self.clauseEnds.contains(where: { next.is($0) }) { return true }
        }
        return false
    }

    /// Whether claim `i` is a question of a question line of several sentences (`* متى ستكون
    /// الانتخابات؟ وما الذي ينبغي أن يحدث؟`): it closes with ؟ or ?, and its line opens with a
    /// question's mark — the interviewer's, no answer.
    func asksOnQuestionLine(_ a: ArticleText, _ i: Int) -> Bool {
        let seg = a.segments[i]
        guard Self.asks(a, i) else { return false }
        var f = i
        while f > 0 && a.segments[f - 1].lineIndex == seg.lineIndex { f -= 1 }
        return UnitClassifier.opensQuestion(a, a.segments[f])
    }

    /// Whether claim `i` closes with ؟ or ?.
    static func asks(_ a: ArticleText, _ i: Int) -> Bool {
        let seg = a.segments[i]
        guard seg.terminated, let k = seg.folded.last else { return false }
        return [Arabic.questionMark, "?"].contains(a.text.foldedScalar(k))
    }

    /// The kinds of source one interviews: a person, a body, one unnamed (not a document, an outlet).
    static let intervieweeKinds: Set<SourceKind> = [.person, .organization, .anonymous]

    /// The marks after which the verb has no subject: a comma, a stop.
    static let clauseEnds: [Unicode.Scalar] = [Arabic.comma, ",", ".", Arabic.semicolon, ";", "!", Arabic.questionMark, "?"]

    /// Claim `i` holds a colon after a label that names no speaker (a list item's `* الاسم
    /// الكامل: ...`, a bracket's `(62 عاما): ...`, opening the claim; see
    /// `AttributionFinder.colonAttribution`): the writer's own list or entry, not a sentence of
    /// the colon quotation still open on its line, which ends here (SOURCING.md, "Quotation
    /// continuity": a colon quotation runs to its paragraph's end — in a paragraph the writer
    /// goes on with entries of his own, the speaker's words have ended).
    mutating func endColonQuotation<R: DecisionRecorder>(unit i: Int, _ rec: inout R) {
        guard let owner = colonOwner else { return }
        if R.isRecording { rec.record(.endsColonQuotation(unit: owner.unit), unit: i) }
        colonOwner = nil
    }

    /// Claim `i` labelled: a sourced claim becomes the latest speaker, and the owner of the
    /// quotation (with marks, or after a colon) it opens.
    mutating func end<R: DecisionRecorder>(_ a: ArticleText, unit i: Int, _ q: QuotationState, label: Label, proposals p: Proposals,
                                           attributions: [Attribution], _ rec: inout R) {
        let seg = a.segments[i]
        // a line of the poem's run with a speaker of its own (`وأكد المحافظ فلان ...` below the
        // verses) is his: the run ends there (a bare verb, `وقال لي`, names no speaker)
        // (not a verse with its halves marked, held as the poet's: `heldVerse`)
        let held = verseHeld == i
        if colonVerse, colonOwner != nil, i > colonIntro, !held, attributions.contains(where: { $0.phrase != nil && !$0.backReference }) {
            colonOwner = nil; colonVerse = false
        }
        // a line of a document's full text with a cue of its own: the text goes on below it (its
        // colon opens nothing over the document's — unless it ends its line, `فقد اتفق الجانبان على
        // ما يلي:` above a list: that list is its own quotation)
        let passed = !p.labels.isEmpty && passDocumentLine(a, unit: i)
        // after each question of a Q&A piece the interviewee is the latest speaker again, so the
        // answer's bare verbs and denials are the interviewee's, not a source an earlier answer
        // quoted (review)
        // (a unit an outlet learned from no one named, وعلمت «عكاظ» أن, is read as a group's: a
        // masculine singular bare verb after it, وأضاف, goes back to the man before it, who stays
        // `lastSingle`; a feminine one, وشددت, still goes on from it — mends37, review38 #2)
        let learnedOnly = attributions.contains { $0.learned != nil }
            && attributions.allSatisfy { $0.learned != nil || $0.phrase == nil || $0.backReference }
        if label != .unsourced && !p.mentions.isEmpty {
            var own = label == .denied ? (p.labels.min() ?? .named) : label
            // a further source inside the speaker's content (وقال الوزير إن مصادر أبلغته): the
            // claim is anonymous, but what goes on from it is the speaker's (over2, #22)
            var sources = p.mentions, roster = p.rosterIndexes
            if own == .anonymous, p.hasFurther, let primary = p.primaryLabels.min() {
                own = primary; sources = p.primaryMentions; roster = p.primaryRoster
            }
            // (a unit whose every attribution is a group's phrase, or a bare verb going on from a group)
            let phrased = attributions.filter { $0.phrase != nil && !$0.backReference }
            let group = learnedOnly || (phrased.isEmpty ? (last?.group ?? false) && p.mentions.allSatisfy { m in last?.sources.contains { $0.id == m.id } ?? false }
                : phrased.allSatisfy { $0.phrase!.isGroup } && attributions.allSatisfy { $0.phrase != nil && !$0.backReference })
            last = Speaker(label: own, sources: sources, roster: roster, chain: p.chain, unit: i, group: group)
            // (the singular speaker a masculine bare verb may go back to past a group: a person
            // whose every verb is of the masculine singular — not an outlet, a body, a woman
            // (وقالت وزيرة الصحة، وقالت وكالة رويترز), who ends the reach of any earlier one)
            if !group {
                lastSingle = sources.allSatisfy({ $0.kind == .person }) && !attributions.isEmpty
                    && attributions.allSatisfy({ $0.further || Resolution.isMasculineSingular(a, $0.cue.firstToken) }) ? last : nil
            }
            // (the headline's speaker first: preferring the lead's was tried and dropped — on the
            // corpus the lead's first source is as often a film or a book named in it)
            if interview.interviewee == nil, i < interview.firstQuestion, p.mentions.contains(where: { Self.intervieweeKinds.contains($0.kind) }),
               interview.blocks.isEmpty || introducesInterview(a, i, attributions) { interview.interviewee = last }
            if q.opensQuotation || q.hasQuotation {
                quoteOpenOwner = last
                if R.isRecording { rec.record(.opensQuotation(label: own, opens: q.opensQuotation), unit: i) }
            }
            // a colon with no quotation mark after it opens a quotation to the paragraph's end —
            // not a Q&A block's opener's, sharing its unit with the interviewee's attribution after
            // «..» or a comma (`قال فلان في حوار مع «اليوم» إن …، وإلى نص الحوار:`): that colon is
            // the announcement's, naming no one, and the block below keeps its questions the
            // interviewer's and its answers the interviewee's (mends29, review29 #1)
            let announcesBlock = interview.blocks.contains { $0.opener == i }
            if !p.labels.isEmpty, !announcesBlock, !held, let opens = opensColonQuotation(a, i, after: attributions), !(passed && opens == .restOfParagraph) {
                colonOwner = last; colonLine = seg.lineIndex; interview.colonText = false
                colonDocument = opens == .nextParagraph && a.matches[i].contains { $0.rule == documentTextIndex }
                colonInInterview = a.matches[i].contains { $0.rule == interviewRule }
                colonNextParagraph = opens == .nextParagraph; colonAwaitingStart = colonNextParagraph
                // a colon that ends its line above verse (`يقول الشاعر فلان:` and his lines): the
                // lines below are the quotation while they read as verse — also over a verse that
                // holds a bare verb of its own (`وقال لي`) — and it ends at the first that does not
                colonVerse = colonNextParagraph && opensVerseBlock(a, after: i)
                colonIntro = i; verseLast = i
                if R.isRecording { rec.record(.opensColonQuotation(nextParagraph: colonNextParagraph), unit: i) }
            } else if !p.labels.isEmpty, !announcesBlock, !held, !passed, opensVerseWithoutColon(a, i, after: attributions) {
                colonOwner = last; colonLine = seg.lineIndex; interview.colonText = false; colonDocument = false
                colonNextParagraph = true; colonAwaitingStart = true; colonVerse = true; colonIntro = i; verseLast = i
                if R.isRecording { rec.record(.opensColonQuotation(nextParagraph: true), unit: i) }
            }
        }
        if interview.introduced == nil, last?.unit == i, holdsInterview(a, i, attributions) { interview.introduced = last }
        openInterviewText(a, unit: i, &rec)
        if last?.unit == i, attributions.contains(where: { namesPoet($0, a) }) { poetUnit = i }
        // a poem's introduction (`كتب فلان قصيدة ...، التي تقول أبياتها:`، `وفيما يلي أبيات
        // القصيدة:`): its verses are the poet's — named as the subject of the poem cue in this
        // claim or the one before it on its line or the line above, and the latest speaker still
        if colonOwner?.unit != i, let poet = last, poet.unit == poetUnit,
           poet.unit == i || a.segments[poet.unit].lineIndex + 1 >= seg.lineIndex,
           let opens = opensPoem(a, i) {
            colonOwner = poet; colonLine = seg.lineIndex; interview.colonText = false; colonDocument = false
            colonNextParagraph = opens == .nextParagraph; colonAwaitingStart = colonNextParagraph; colonVerse = true; colonIntro = i; verseLast = i
            if R.isRecording { rec.record(.opensColonQuotation(nextParagraph: colonNextParagraph), unit: i) }
        }
        if q.opensQuotation == false && !q.startsInside && label == .unsourced { quoteOpenOwner = q.endsInside ? quoteOpenOwner : nil }
        previousQuoted = q.hasQuotation || q.startsWithQuote
        previousLine = seg.lineIndex
    }

    /// The quotation depth at the start of every segment, counting the quotes opened
    /// earlier on its line, and whether the segment holds a quotation mark. Every quotation
    /// mark lies inside a segment, so only the quotation-mark tokens of each segment are
    /// stepped through.
    static func quoteDepths(_ a: ArticleText) -> [(depth: Int, hasMark: Bool)] {
        var out: [(depth: Int, hasMark: Bool)] = []
        out.reserveCapacity(a.segments.count)
        var depth = 0, line = -1
        for (i, seg) in a.segments.enumerated() {
            if seg.lineIndex != line { depth = 0; line = seg.lineIndex }
            let before = depth
            var hasMark = false
            for t in a.tokenRanges[i] where a.tokens[t].kind == .punct && a.tokens[t].is("\"") {
                hasMark = true
                depth = QuotationMarks.step(a.text.original[Int(a.text.origin[a.tokens[t].start])], depth)
            }
            out.append((before, hasMark))
        }
        return out
    }

    /// The segments that open a paragraph of their line: paragraphs run together on one line,
    /// parted only by a sentence's stop and white space holding a no-break space (`… في زيارته.
    /// \u{A0} وأضاف …`: 934 articles of all.jsonl). Such a paragraph end ends a colon quotation
    /// and an open quotation as a line feed does (SOURCING.md, "Quotation continuity": to the end
    /// of its paragraph); the units and their offsets stay as they are (kinds46).
    /// Not after the dot of an initial or a title the segmenter would keep in its
    /// sentence but for the no-break space (`د. \u{A0} خالد`: `Segmenter.isInitial`), nor after a
    /// list's number (`1. \u{A0} الصحة 2. \u{A0} التعليم`): SOURCING.md, "Units" (mends36).
    static func runOnParagraphs(_ a: ArticleText) -> Set<Int> {
        var out = Set<Int>()
        let o = a.text.original
        for i in a.segments.indices.dropFirst() {
            let prev = a.segments[i - 1], seg = a.segments[i]
            guard seg.lineIndex == prev.lineIndex, prev.terminated else { continue }
            var k = prev.span.end, noBreak = false
            while k < o.count, o[k].properties.isWhitespace, o[k] != "\n" {
                if o[k] == "\u{A0}" { noBreak = true }
                k += 1
            }
            if noBreak && k >= seg.span.start && endsSentence(o, prev, next: seg) { out.insert(i) }
        }
        return out
    }

    /// Whether the stop that ends `prev` ends a sentence when white space that holds a no-break
    /// space parts it from `next`: not the dot of an initial (`Segmenter.isInitial`, asked as if
    /// that space were an ordinary one) nor of a list's number of one or two digits.
    static func endsSentence(_ o: OriginalScalars, _ prev: Segment, next: Segment) -> Bool {
        var d = prev.span.end - 1
        while d > prev.span.start, !Segmenter.isTerminator(o[d]) { d -= 1 }
        guard o[d] == "." else { return true }
        var w = d
        while w > prev.span.start, Segmenter.isDigit(o[w - 1]) { w -= 1 }
        if (1...2).contains(d - w), w == prev.span.start || !Tokenizer.isWordScalar(o[w - 1]) { return false }
        let lineStart = prev.span.start - (prev.column - 1)
        let window = (lineStart..<min(o.count, next.span.end)).map { o[$0] == "\u{A0}" ? " " : o[$0] }
        return !Segmenter.isInitial(window, 0, d - lineStart)
    }

    /// Whether a quotation open at the start of segment `i`, opened in the sentence before it,
    /// closes before its line ends (a mark left open further back, or never closed, does not).
    func closesOnLine(_ a: ArticleText, _ i: Int) -> Bool {
        let d = depths[i].depth
        guard d > 0, i > 0, depths[i - 1].depth < d else { return false }
        var j = i
        while j + 1 < a.segments.count, a.segments[j + 1].lineIndex == a.segments[i].lineIndex {
            if depths[j + 1].depth < d { return true }
            j += 1
        }
        let last = a.segments[j]
        let q = QuotationMarks.state(of: a.text.original, from: last.span.start, to: last.span.end, startDepth: depths[j].depth)
        return !q.endsInside
    }

    enum ColonQuotation { case restOfParagraph, nextParagraph }

    /// At most this many words between an attribution and the colon that opens its quotation.
    static let colonReach = 10

    /// Whether the unit holds a colon with no quotation mark opening right after it (`وقال
    /// الآتي: ...`, `وأضاف: ...`): a colon quotation without marks, which runs to the end of its
    /// paragraph — or, when the colon ends the unit's line, through the next paragraph.
    /// The colon must follow one of the unit's attributions closely (`وقال الوزير في ختام كلمته:`):
    /// a colon at the end of a long sentence whose attribution lies far back (`وحسبما تقول
    /// الإحصاءات ...، يمكننا إرجاع الأسباب إلى سببين:`) introduces the writer's own list.
    func opensColonQuotation(_ a: ArticleText, _ unit: Int, after attributions: [Attribution]) -> ColonQuotation? {
        let range = a.tokenRanges[unit]
        guard let colon = Self.firstColon(a, unit) else { return nil }
        let close = attributions.contains { at in
            // (a cue's next token is its next word: for a bare verb right before the colon,
            // وأضاف: ..., that word is after the colon, and the colon follows the cue directly)
            guard at.cue.firstToken < colon else { return false }
            var from = min(at.cue.nextToken, colon)
            if let p = at.phrase, let last = p.words.last { from = max(from, last + 1) }
            guard from <= colon else { return false }
            var n = 0
            for t in from..<colon where a.tokens[t].kind == .word { n += 1 }
            return n <= Self.colonReach
        }
        // (or a document's full text announced right before the colon, `… بشأن تنفيذ الحكم في
        // مهرب مخدرات وفيما يلي نص البيان :`, whose issuer's verb lies far back: d245)
        let announced = documentTextIndex >= 0 && a.matches[unit].contains { m in
            guard m.rule == documentTextIndex, m.firstToken < colon else { return false }
            var n = 0
            for t in m.firstToken..<colon where a.tokens[t].kind == .word { n += 1 }
            return n <= Self.colonReach
        }
        guard close || announced else { return nil }
        return Self.quotation(after: colon, a, unit) { isIndirectSpeech(a, unit, word: $0, colon: colon) }
    }

    /// The unit's first colon outside brackets: one inside a title in brackets (في كتابه (بمداد
    /// من ذهب أسود: قصة النفط)) belongs to the title.
    static func firstColon(_ a: ArticleText, _ unit: Int) -> Int? {
        var depth = 0
        return a.tokenRanges[unit].first(where: { t in
            guard a.tokens[t].kind == .punct else { return false }
            if a.tokens[t].is("(") || a.tokens[t].is("[") { depth += 1 } else if a.tokens[t].is(")") || a.tokens[t].is("]") { depth = max(0, depth - 1) }
            return depth == 0 && a.tokens[t].is(":")
        })
    }

    /// What a colon of the unit opens when no quotation mark follows it: the rest of its
    /// paragraph, or — nothing after it and the unit ending its line — the next paragraph; nil
    /// after a quotation mark (a marked quotation, judged by its marks), when `isIndirect` holds
    /// for the first word after it, or when the unit does not end its line.
    static func quotation(after colon: Int, _ a: ArticleText, _ unit: Int, isIndirect: (Int) -> Bool = { _ in false }) -> ColonQuotation? {
        let range = a.tokenRanges[unit]
        var t = colon + 1
        while t < range.upperBound && a.tokens[t].kind == .punct {
            if a.tokens[t].is("\"") { return nil }
            t += 1
        }
        if t < range.upperBound && isIndirect(t) { return nil }
        if t < range.upperBound { return .restOfParagraph }
        // nothing after the colon: the quotation is the next paragraph, if this unit ends its line
        let seg = a.segments[unit]
        let lastOnLine = unit + 1 >= a.segments.count || a.segments[unit + 1].lineIndex != seg.lineIndex
        return lastOnLine ? .nextParagraph : nil
    }

    /// At most this many words between a word of poetry and the colon that introduces its verses.
    static let poemReach = 6

    /// Whether the unit introduces a poem's verses after a colon: a word of poetry (أبياتها،
    /// القصيدة، ومنها after قصيدة …) at most `poemReach` words before its first colon outside
    /// brackets, the colon followed by no quotation mark (SOURCING.md, "Quotation continuity").
    func opensPoem(_ a: ArticleText, _ unit: Int) -> ColonQuotation? {
        let range = a.tokenRanges[unit]
        guard let colon = Self.firstColon(a, unit) else { return nil }
        var n = 0, poem = false
        for t in stride(from: colon - 1, through: range.lowerBound, by: -1) where a.tokens[t].kind == .word {
            n += 1
            if n > Self.poemReach { break }
            let w = Arabic.withoutConjunctions(a.tokens.letters(t))
            if Arabic.poemWords.contains(where: { w.elementsEqual($0) }) { poem = true; break }
        }
        guard poem else { return nil }
        return Self.quotation(after: colon, a, unit)
    }

    /// Whether the attribution names a poet: a cue that ends with a word of poetry (report.poem's
    /// `كتب الشاعر فلان قصيدة`) and its own subject — not a bare verb whose subject is a speaker
    /// carried from earlier text, whose verses were left as they were (backlog3, #22).
    func namesPoet(_ at: Attribution, _ a: ArticleText) -> Bool {
        // (a colon attribution's cue is a stand-in with no rule)
        guard at.cue.rule >= 0, rules[at.cue.rule].kind == .report, at.phrase != nil, !at.backReference else { return false }
        guard let t = (at.cue.firstToken..<at.cue.nextToken).last(where: { a.tokens[$0].kind == .word }) else { return false }
        let w = Arabic.withoutConjunctions(a.tokens.letters(t))
        return Arabic.poemWords.contains(where: { w.elementsEqual($0) })
    }

    /// Whether the lines below claim `i`, which ends its line, open with verse: the next two
    /// units (each on a line of its own, the first after blank lines or none) read as verse.
    static func versesFollow(_ a: ArticleText, after i: Int) -> Bool {
        let line = a.segments[i].lineIndex
        guard i + 2 < a.segments.count else { return false }
        let first = a.segments[i + 1], second = a.segments[i + 2]
        guard first.lineIndex > line, second.lineIndex == first.lineIndex + 1 else { return false }
        return isVerse(a, unit: i + 1) && isVerse(a, unit: i + 2)
    }

    /// Whether claim `next` goes on with a poem's run whose latest claim is `last`: the claim
    /// right after it (no heading or other unit that is no claim between), on its line or the
    /// line below — the first verse below its introduction also after blank lines — and a line
    /// of verse. A blank line ends the run (SOURCING.md, "Quotation continuity": to the end of
    /// its paragraph), also between stanzas.
    static func versesGoOn(_ a: ArticleText, after last: Int, to next: Int, first: Bool) -> Bool {
        guard last >= 0, next == last + 1 else { return false }
        let from = a.segments[last].lineIndex, line = a.segments[next].lineIndex
        guard first ? line >= from : line <= from + 1 else { return false }
        return isVerse(a, unit: next)
    }

    /// Whether the line of claim `i`, up to `i`, holds a word of poetry or of a poet
    /// (`Arabic.isVerseOpenerWord`): not the line above, which may speak of houses or hair.
    static func lineNamesVerse(_ a: ArticleText, _ i: Int) -> Bool {
        let line = a.segments[i].lineIndex
        var from = i
        while from > 0 && a.segments[from - 1].lineIndex == line { from -= 1 }
        for u in from...i {
            for t in a.tokenRanges[u] where a.tokens[t].kind == .word {
                if Arabic.isVerseOpenerWord(a.tokens.letters(t)) { return true }
            }
        }
        return false
    }

    /// Whether a colon quotation that opens the next paragraph opens a block of verse: a word of
    /// poetry or of a poet on its own line (`يقول الشاعر فلان:`، `حيث يقول في قصيدته:`), and
    /// verse on the two lines below. A letter's or a list's short first lines (`فيما يلي نصه:`
    /// above `السلام عليكم ...`) are no verse: their lines stay the quotation line after line,
    /// as before.
    func opensVerseBlock(_ a: ArticleText, after i: Int) -> Bool {
        Self.versesFollow(a, after: i) && Self.lineNamesVerse(a, i)
    }

    /// `ومما قاله الشاعر فلان في ابنه` and his verses on the lines below, with no colon: the
    /// partitive `مما` ("among what he said") before a verb of saying with its own subject, the
    /// unit ending its line with no stop, no colon and no mark, a word of poetry or of a poet on
    /// its line (`ومما قاله الأمير في كلمته` above two short lines is a speech's points, review21),
    /// and verse on the two lines below (SOURCING.md, "Quotation continuity"; corpus, 30,336
    /// articles: 2, both before verse, one with no such word and so left to the writer).
    func opensVerseWithoutColon(_ a: ArticleText, _ i: Int, after attributions: [Attribution]) -> Bool {
        let seg = a.segments[i]
        guard i + 1 < a.segments.count, a.segments[i + 1].lineIndex != seg.lineIndex, Self.firstColon(a, i) == nil else { return false }
        let range = a.tokenRanges[i]
        guard let lastTok = range.last(where: { _ in true }), a.tokens[lastTok].kind == .word else { return false }
        let partitive = attributions.contains { at in
            guard at.cue.rule >= 0, rules[at.cue.rule].kind == .report, at.phrase != nil, !at.backReference else { return false }
            let v = at.cue.firstToken
            guard v > range.lowerBound, a.tokens[v - 1].kind == .word else { return false }
            let w = Arabic.withoutConjunctions(a.tokens.letters(v - 1))
            return w.elementsEqual(Arabic.partitiveWhat)
        }
        return partitive && Self.versesFollow(a, after: i) && Self.lineNamesVerse(a, i)
    }

    /// At most this many words in a verse line with no mark between its halves (d47: eight).
    static let verseWords = 12

    /// Whether claim `i` reads as a line of verse: its halves split by `***`, `…` or `...`, or
    /// a short line (at most `verseWords` words) that does not end with a full stop (dots that
    /// trail off, `..` or more, are none).
    static func isVerse(_ a: ArticleText, unit i: Int) -> Bool {
        if hasMarkedHalves(a, unit: i) { return true }
        let span = a.segments[i].span
        var dots = 0, lastScalar: Unicode.Scalar = " "
        for k in span.start..<span.end {
            let c = a.text.original[k]
            if c == "." { dots += 1 } else if c != " " { dots = 0 }
            if c != " " { lastScalar = c }
        }
        // (a line that trails off in dots, `يسكن بقلبي عساه يلقى السلامة....`, has no full stop)
        if lastScalar == "." && dots < 2 { return false }
        return a.words(of: i).count <= verseWords
    }

    /// Whether claim `i` has a verse's halves marked: `***`, `…` or `...` between words.
    static func hasMarkedHalves(_ a: ArticleText, unit i: Int) -> Bool {
        let span = a.segments[i].span
        var stars = 0, dots = 0, sawWord = false, lastScalar: Unicode.Scalar = " "
        for k in span.start..<span.end {
            let c = a.text.original[k]
            if c == "*" { stars += 1; if stars >= 2 && sawWord { return true } } else { stars = 0 }
            if c == "." { dots += 1 } else { if dots >= 2 && sawWord && c != " " { return true }; if c != " " { dots = 0 } }
            if c == "\u{2026}" && sawWord { lastScalar = c; continue }
            if c.properties.isAlphabetic { if lastScalar == "\u{2026}" { return true }; sawWord = true }
            if c != " " { lastScalar = c }
        }
        return false
    }

    /// `واتهم العبادي أطرافًا بالوقوف ضد الإصلاحات التي قال: إن حكومته تسعى ...` — a reporting
    /// verb inside a sentence (in a relative clause: التي قال، الذي أكد), its colon, then إن /
    /// أن / بأن: الشرق الأوسط's house style for indirect speech, `قال إن` with a colon. Its words
    /// end with the sentence; the next sentence of the paragraph is narration again (d82). A
    /// colon after a verb that opens its sentence (`قالت: إن ما ينقص ...`, followed by her words
    /// in the first person, d14) still opens a quotation to the paragraph's end, and so does one
    /// after a noun of message (`رسالته: إنه ...`).
    func isIndirectSpeech(_ a: ArticleText, _ unit: Int, word t: Int, colon: Int) -> Bool {
        let w = a.tokens.letters(t)
        guard Arabic.colonComplementisers.contains(where: { w.elementsEqual($0) }) else { return false }
        // the verb the colon follows: the latest reporting cue before it
        let reports = a.matches[unit].lazy.filter { $0.firstToken < colon && self.rules[$0.rule].kind == .report }
        guard let verb = reports.max(by: { $0.firstToken < $1.firstToken }), rules[verb.rule].speaker == .subject else { return false }
        let range = a.tokenRanges[unit].lowerBound..<verb.firstToken
        guard let before = range.last(where: { a.tokens[$0].kind == .word }) else { return false }
        // (with و / ف glued on: والتي قال: إن)
        let b = Arabic.withoutConjunctions(a.tokens.letters(before))
        return Arabic.relativePronouns.contains { b.elementsEqual($0.unicodeScalars) }
    }

    /// Whether a unit on `line` is still inside the open colon quotation; moves the quotation's
    /// current line along a paragraph read line after line.
    static func colonContinues(_ line: Int, _ current: inout Int, next: Bool, awaiting: inout Bool) -> Bool {
        if line == current { return true }
        guard next else { return false }
        // the first line after the colon, blank lines between allowed; then each adjacent line
        if awaiting && line > current || line == current + 1 { current = line; awaiting = false; return true }
        return false
    }
}

/// The Q&A interview state `Continuity` carries beside its quotations: the question lines of a
/// Q&A piece, or the announced Q&A blocks (`UnitClassifier.interviewBlocks`), the block reached
/// and the units it spans, its interviewee, and whether the colon quotation still open is an
/// interview run on after its announcement.
struct InterviewState {
    /// The question lines of a Q&A piece (`UnitClassifier.interviewQuestions`), or of every
    /// announced block. The claims after the first question that are no question and name no
    /// speaker of their own are the interviewee's answers, with the interviewee's label
    /// (SOURCING.md, "named": continuation; kinds36).
    let questions: Set<Int>
    /// The announced Q&A blocks, the current one, and the units it spans: from the end of the
    /// block before (its introduction) to its `end` (a second interview, mends26).
    let blocks: [UnitClassifier.InterviewBlock]
    var block = 0, start = 0, end = Int.max
    /// The current block's first question (the piece's, where there are no blocks).
    var firstQuestion: Int
    /// The unit that announces the current Q&A block's text, or -1: then the interviewee is only
    /// the speaker of a unit before it, after the block before, that introduces the interview
    /// (`Continuity.introducesInterview`), never the first speaker of the lead (interview, v219;
    /// mends26).
    var opener: Int
    /// The interviewee: the first speaker of the introduction, before the first question (the
    /// headline's «فلان لـ«اليوم»: …», the lead's «أكد فلان …»).
    var interviewee: Speaker? = nil
    /// The speaker of the first claim that introduces an interview (`Continuity.holdsInterview`).
    var introduced: Speaker? = nil
    /// The colon quotation is an interview run on after its announcement
    /// (`Continuity.openInterviewText`): its questions, closing with ؟, are the interviewer's,
    /// not the interviewee's (mends26).
    var colonText = false

    init(_ a: ArticleText, rules: [Rule]) {
        // (a piece whose question lines carry marks keeps its reading, kinds36: its interviewee the
        // first speaker of its introduction; the announced block is read where it has none)
        let qs = UnitClassifier.interviewQuestions(a)
        let bs = qs.isEmpty ? UnitClassifier.interviewBlocks(a, rules: rules) : []
        blocks = bs
        if let b = bs.first {
            questions = Set(bs.flatMap(\.questions)); firstQuestion = b.questions[0]; opener = b.opener; end = b.end
        } else {
            questions = Set(qs); firstQuestion = qs.first ?? Int.max; opener = -1
        }
    }

    /// Claim `i` past the current block's end: the next block (its introduction starts here, and
    /// its interviewee is its own), or none left — no more answers.
    mutating func advance(to i: Int) {
        guard !blocks.isEmpty, i >= end else { return }
        while block < blocks.count && i >= blocks[block].end { block += 1 }
        start = blocks[block - 1].end
        interviewee = nil; introduced = nil
        if block < blocks.count {
            let b = blocks[block]
            firstQuestion = b.questions[0]; opener = b.opener; end = b.end
        } else {
            // (an opener no unit can reach: no more introductions, no more answers)
            firstQuestion = Int.max; opener = Int.min; end = Int.max
        }
    }
}
