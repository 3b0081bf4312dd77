import IsnadModel
import IsnadText
import IsnadRules

/// Stage 1 of the labeller: the cue matches of a unit that take effect.
///
/// Input: a unit's matches (in text order). Output: those that survive — a rule with scope
/// `start` counts only at the start of a clause (`inside` only away from the start of its unit); an impersonal cue, or a verb with an object
/// pronoun, inside reported content belongs to the speaker; an attribution cue inside a longer strong cue is that cue's
/// (تشير التقارير is passive, not a report; رفض التعليق is no-comment, not a denial); a denial
/// overlapped by a refusal to comment, or after a negation, disputes nothing. Each match
/// dropped is recorded with why.
struct CueFilter: Sendable {
    let rules: [Rule]
    /// The pack's indexes of the forecast rules (`forecastRules`), read by `isQuotedForecast`.
    let forecasts: Set<Int>
    /// The pack's indexes of the unnamed-report rules (`relayedReportRules`), read by `belongsToContent`.
    let relayedReports: Set<Int>

    init(rules: [Rule]) {
        self.rules = rules
        forecasts = Set(rules.indices.filter { Self.forecastRules.contains(rules[$0].id) })
        relayedReports = Set(rules.indices.filter { Self.relayedReportRules.contains(rules[$0].id) })
    }

    /// The rules of unnamed reports, news and leaks as the subject of a verb of showing (تشير
    /// التقارير، تقارير تفيد; Rules/anonymity.yml): inside another speaker's content (وأكد المتحدث
    /// أن تقارير تشير إلى) they are a further source whose report the unit relays, not the
    /// speaker's stance — anonymous, the weakest link (SOURCING.md, "The five labels"; #22). The
    /// other impersonal cues there (قال إنه يعتقد أن) stay the speaker's.
    static let relayedReportRules: Set<String> = ["passive.reports"]

    /// The rules of a forecast (توقّع with a noun object, Rules/documents.yml; with أن,
    /// Rules/reporting.yml): inside a speaker's quoted words the forecast is his content
    /// (`isQuotedForecast`).
    static let forecastRules: Set<String> = ["document.forecast", "report.tawaqqaa"]

    /// Cues that swallow a shorter attribution cue inside them.
    static let strong: CueKinds = [.passive, .noComment, .denial, .according, .told, .hedge, .anonymity, .anonymityReason, .relay]
    /// Attribution cues a longer strong cue can swallow.
    static let swallowable: CueKinds = [.report, .denial, .relay, .according]

    func run<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int, _ rec: inout R) -> ArraySlice<CueMatch> {
        guard !ms.isEmpty else { return ms }
        // a rule with scope 'start' counts only at the start of a clause
        // (scope first: a hedge out of its scope voices nothing, see `settingAsideOwnVoice`)
        // (and one with scope 'inside' only away from the start of its unit)
        let ms = settingAsideNamesAfterVerbs(settingAsideOwnVoice(ms.keeping { m in
            let scope = rules[m.rule].scope
            guard scope == .start || scope == .inside else { return true }
            let t = m.firstToken
            if scope == .inside {
                // no word of the unit before it (a mark may open the unit: «وفقا ...; so may a
                // dateline or a list number: الرياض - وفقا ...، 1- وفقا ...)
                if (AttributionFinder.bodyStart(a, unit)..<t).contains(where: { a.tokens[$0].kind == .word }) { return true }
                if R.isRecording { rec.record(.opensUnit(m), unit: unit) }
                return false
            }
            if t == a.tokenRanges[unit].lowerBound || a.tokens[t].afterBreak || a.tokens[t - 1].kind == .punct { return true }
            if R.isRecording { rec.record(.outOfScope(m), unit: unit) }
            return false
        }, a, unit: unit, &rec), a, unit: unit, &rec)
        // (then a verb cue right after a reporting verb, its subject: a name, ولفتت أمل السالم)
        // impersonal cues inside reported content (قال إنه يعتقد أن) belong to the speaker
        let firstReport = ms.first { rules[$0.rule].kind == .report }
        let contentStart: Int? = firstReport.flatMap { r in
            ms.first { rules[$0.rule].kind == .complement && $0.start >= r.end }?.start
        }
        // what someone said, as the object of another reporting verb (أكدت فيونا هيل صحة ما قاله
        // بريمر), is that verb's topic: from the end of the unit's first reporting verb that needs
        // nothing more to speak (not قضى of a document, a subject of its kind to come)
        let topicStart: Int? = ms.first { rules[$0.rule].kind == .report && !rules[$0.rule].needsComplement && rules[$0.rule].subjects.isEmpty }?.end
        // strong cues by kind, each list ordered by start with a running maximum of ends, so
        // "is this match inside a longer strong cue" costs a binary search, not a scan
        // (a few kinds at most: a list, searched in order, not a hashed dictionary)
        var strongByKind: [(kind: CueKind, index: SpanIndex)] = []
        for o in ms where Self.strong.contains(rules[o.rule].kind) {
            let k = rules[o.rule].kind
            if let at = strongByKind.firstIndex(where: { $0.kind == k }) { strongByKind[at].index.add(o.start, o.end) } else {
                var index = SpanIndex()
                index.add(o.start, o.end)
                strongByKind.append((k, index))
            }
        }
        if strongByKind.isEmpty {
            return contentStart == nil && topicStart == nil ? ms : ms.keeping { m in
                guard belongsToContent(m, a, unit: unit, contentStart: contentStart, topicStart: topicStart) else { return true }
                if R.isRecording { rec.record(.insideContent(m), unit: unit) }
                return false
            }
        }
        let noComment = strongByKind.first { $0.kind == .noComment }?.index
        return ms.keeping { m in
            let k = rules[m.rule].kind
            if belongsToContent(m, a, unit: unit, contentStart: contentStart, topicStart: topicStart) {
                if R.isRecording { rec.record(.insideContent(m), unit: unit) }
                return false
            }
            guard Self.swallowable.contains(k) else { return true }
            for (sk, index) in strongByKind where sk != k && !(k == .denial && sk == .according) {
                if index.strictlyCovers(m.start, m.end) {
                    if R.isRecording { rec.record(.insideLongerCue(m, longer: longer(than: m, in: ms)), unit: unit) }
                    return false
                }
            }
            // a refusal to comment overlapping a denial cue: not a denial
            if k == .denial, let nc = noComment, nc.overlaps(m.start, m.end) {
                if R.isRecording { rec.record(.refusalOverlaps(m), unit: unit) }
                return false
            }
            // a negated denial disputes nothing: لا ينفي أن، لا ينكر ذلك أحد
            if k == .denial && negated(m, a, unit) {
                if R.isRecording { rec.record(.negated(m), unit: unit) }
                return false
            }
            return true
        }
    }

    /// Sets aside a one-word reporting cue that is the subject of the reporting verb right before
    /// it (`verbBeforeName`), recording why: the word is left to the source resolver as a name.
    func settingAsideNamesAfterVerbs<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int, _ rec: inout R) -> ArraySlice<CueMatch> {
        guard ms.count > 1 else { return ms }
        return ms.keeping { m in
            guard let v = verbBeforeName(m, ms, a, unit: unit) else { return true }
            if R.isRecording { rec.record(.nameAfterVerb(m, verb: v), unit: unit) }
            return false
        }
    }

    /// The reporting verb whose subject cue `m` is, a name that is also a verb (#22): `m` is a
    /// one-word reporting cue right after that verb, in the shape of a bare past — no و / ف on
    /// it, no letter of the present or of a participle before it, no ending of a participle or a
    /// feminine past after it (`Arabic.notNameVerbInitials`, `notNameVerbFinals`) — and the word
    /// after it, with no mark between, is one no rule reads (the rest of a name: السالم, not
    /// المسؤولين nor أن). The verb opens its clause (the unit, a mark, و / ف glued on, or a
    /// negation before it). Two past verbs do not stand side by side: in ولفتت أمل السالم، مديرة
    /// المركز، إلى أن … the word أمل is the speaker's name, not "hoped" (report.belief), and the
    /// unit is hers, not a continuation of the previous speaker. Stays a verb: one joined on
    /// (قال وأمل), of the present (وأضاف يقول), a participle (وأضاف قائلا)، a verbal noun with its
    /// object (وأكد عزم المسؤولين), a first-person verb opening unmarked words (وتابع أعتقد أن), a
    /// verb after a noun (بمولود ذكر اتفق، لافتة كتب عليها). Nil when `m` is no such cue.
    func verbBeforeName(_ m: CueMatch, _ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int) -> CueMatch? {
        guard rules[m.rule].kind == .report, rules[m.rule].speaker == .subject, m.nextToken == m.firstToken + 1,
              m.firstToken > 0, a.tokens[m.firstToken - 1].kind == .word,
              m.nextToken < a.tokenRanges[unit].upperBound, a.tokens[m.nextToken].kind == .word else { return nil }
        let w = a.tokens.letters(m.firstToken)
        guard let first = w.first, let last = w.last, !Arabic.notNameVerbInitials.contains(first), !Arabic.notNameVerbFinals.contains(last),
              !ms.contains(where: { $0.firstToken <= m.nextToken && $0.nextToken > m.nextToken }) else { return nil }
        guard let v = ms.first(where: { v in
            v.firstToken < m.firstToken && v.nextToken == m.firstToken && v.end <= m.start
                && rules[v.rule].kind == .report && rules[v.rule].speaker == .subject
        }) else { return nil }
        let t = v.firstToken
        let opens = t == a.tokenRanges[unit].lowerBound || a.tokens[t].afterBreak || a.tokens[t - 1].kind == .punct
            || a.tokens.letters(t).first.map { $0 == Arabic.waw || $0 == Arabic.faa } == true
            || Self.negations.contains { a.tokens.letters(t - 1).elementsEqual($0) }
        return opens ? v : nil
    }

    /// Whether a cue inside another speaker's reported content is part of that content rather
    /// than a further source (SOURCING.md: a stance inside another speaker's claim is the
    /// content of that claim): an impersonal cue after the complement of the unit's first
    /// reporting verb (قال إنه يُعتقد أن) — not unnamed reports there, a further source
    /// (`relayedReportRules`) — and a verb with an object pronoun and no complement of
    /// its own anywhere after that verb (قال إن هناك تناقضات فيما قاله الناجون، أكدت هيل صحة ما
    /// قاله بريمر), which names what someone said or holds as the topic of the speaker's claim.
    /// A telling verb with its own أن relays a further source's words (وقال إن والدته أخبرته بأن …).
    func belongsToContent(_ m: CueMatch, _ a: ArticleText, unit: Int, contentStart: Int?, topicStart: Int?) -> Bool {
        // the rule's fields read in place: a `let` copy of a `Rule` retains every one of its
        // arrays and strings, once per cue match (a tenth of the label stage on the corpus)
        let kind = rules[m.rule].kind
        if kind == .passive, let c = contentStart { return m.start >= c && !relayedReports.contains(m.rule) }
        guard kind == .report && rules[m.rule].takesObjectPronoun && !rules[m.rule].needsComplement else { return false }
        // after the complement anything (إن إيران تعتبره تهديدا); before it only what someone said,
        // after ما (صحة ما قاله بريمر), not the speaker's own next verb (أعلن …، واعتبره)
        if let c = contentStart, m.start >= c { return true }
        guard let t = topicStart, m.start >= t else { return false }
        let w = m.firstToken - 1
        return w >= a.tokenRanges[unit].lowerBound && a.tokens[w].kind == .word && AttributionFinder.isMa(a, w)
    }

    /// The matches that attribute, out of a claim's effective ones: a reporting or stance verb
    /// inside another speaker's content (`isStanceInContent`) is set aside — it stays evidence of
    /// the claim (a denial links by it), but names no further source.
    /// A forecast inside a speaker's quoted words (`isQuotedForecast`) is set aside the same way:
    /// `openQuote` is the depth of a quotation open at the unit's start that a speaker owns
    /// (`Continuity.openQuoteDepth`), 0 when none.
    func settingAsideContentStances<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int, openQuote: Int = 0,
                                                         _ rec: inout R) -> ArraySlice<CueMatch> {
        guard let r = ms.first(where: { rules[$0.rule].kind == .report }) else { return ms }
        let c = ms.first(where: { rules[$0.rule].kind == .complement && $0.start >= r.end })?.start
        let inContent = c.map { c in ms.contains(where: { rules[$0.rule].kind == .report && $0.start >= c }) } ?? false
        let forecast = !forecasts.isEmpty && ms.contains { forecasts.contains($0.rule) }
        guard inContent || forecast else { return ms }
        let openers = inContent ? contentOpeners(ms) : []
        return ms.keeping { m in
            guard rules[m.rule].kind == .report else { return true }
            let content = inContent && m.start >= c! && isStanceInContent(m, ms, a, openers: openers)
            guard content || forecasts.contains(m.rule) && (isQuotedForecast(m, ms, a, unit: unit, openQuote: openQuote) || trapsPerson(m, ms, a))
            else { return true }
            if R.isRecording { rec.record(.insideContent(m), unit: unit) }
            return false
        }
    }

    /// Whether forecast cue `m` stands inside a speaker's words (SOURCING.md, "Quotation
    /// continuity": a sentence inside a quotation belongs to its speaker; "What makes a unit
    /// attributed": a stance inside another speaker's claim is its content): inside a quotation
    /// open at the unit's start that a speaker owns (`openQuote`), or one whose outermost mark
    /// opens after a speaking cue of the unit (تقول المديرة سلمى «يتوقع محللو الأسواق نموا»);
    /// after a colon at most `Continuity.colonReach` words after a speaking cue (وقال الوزير:
    /// يتوقع الخبراء تراجع الأسعار); or in the clause an earlier أن / إن of a speaking verb opened,
    /// no punctuation between (قال فلان إنه ليس غريبا أن يتوقع الخبراء). The group's forecast is
    /// then the speaker's content, not a further source (kinds47, #22).
    func isQuotedForecast(_ m: CueMatch, _ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int, openQuote: Int) -> Bool {
        let lo = a.tokenRanges[unit].lowerBound
        func spoken(before t: Int) -> CueMatch? {
            ms.last { $0.firstToken < t && Self.speaking.contains(rules[$0.rule].kind) && !forecasts.contains($0.rule) }
        }
        // the quotation marks up to the cue: the outermost quotation still open there, and where it opened
        var depth = openQuote, outer = openQuote > 0 ? lo - 1 : -1, colon = -1
        for t in lo..<m.firstToken where a.tokens[t].kind == .punct {
            if a.tokens[t].is("\"") {
                let before = depth
                depth = QuotationMarks.step(a.text.original[Int(a.text.origin[a.tokens[t].start])], depth)
                if before == 0 && depth > 0 { outer = t } else if depth == 0 { outer = -1 }
            } else if colon < 0 && a.tokens[t].is(":") { colon = t }
        }
        if depth > 0 && outer >= 0 {
            if outer < lo { return true }
            if spoken(before: outer) != nil { return true }
        }
        if colon >= 0, let r = spoken(before: colon) {
            // (a cue's next token is its next word: for a verb right before the colon, past it)
            let words = r.nextToken < colon ? (r.nextToken..<colon).filter { a.tokens[$0].kind == .word }.count : 0
            if words <= Continuity.colonReach { return true }
        }
        // the clause of a speaking verb's أن / إن, unbroken up to the forecast
        let openers = contentOpeners(ms)
        return ms.contains { o in
            rules[o.rule].kind == .complement && o.nextToken <= m.firstToken && opensContent(o, openers, a)
                && !a.hasPunct(from: o.nextToken, to: m.firstToken)
        }
    }

    /// Whether forecast cue `m` is «أوقع / توقع ب» + a person (علبة أسنان توقع بمواطن: "trap"),
    /// no forecast: the word right after it is glued to ب and a role, group or title cue covers
    /// it — a forecast's object is a thing, its expecter the subject (mends39). A role or a title
    /// only: an anonymous quantifier's ب is its own (كما يتوقع بعض المحللين).
    func trapsPerson(_ m: CueMatch, _ ms: ArraySlice<CueMatch>, _ a: ArticleText) -> Bool {
        guard m.nextToken < a.tokens.count, a.tokens[m.nextToken].kind == .word,
              a.tokens.letters(m.nextToken).first == Arabic.baa else { return false }
        return ms.contains { $0.firstToken == m.nextToken && Self.persons.contains(rules[$0.rule].kind) }
    }
    static let persons: CueKinds = [.role, .title]

    /// The cues whose speaker's quoted words a forecast may stand in.
    static let speaking: CueKinds = [.report, .denial, .relay, .according, .told]

    /// Whether a reporting or stance verb after the complement of the unit's first reporting verb
    /// is part of that speaker's content (SOURCING.md: a stance inside another speaker's claim is
    /// the content of that claim, not a further source): the verb follows a complement in the
    /// same clause (no punctuation between: أكد الوزير أن الأهالي اشتكوا من، تم التواصل مع
    /// الأطباء الذين أبدوا رغبتهم) and has no complement of its own after it in its clause. A verb
    /// with its own أن relays a further source (أكد الوزير أن مصادر أبلغته بأن، قال إن والدته
    /// أخبرته بأن); a verb after a comma opens a clause of its own (، بينما انتقد معارضون القرار).
    func isStanceInContent(_ m: CueMatch, _ ms: ArraySlice<CueMatch>, _ a: ArticleText, openers: [ContentOpener]) -> Bool {
        var before: CueMatch? = nil, after: CueMatch? = nil
        for o in ms where rules[o.rule].kind == .complement {
            if o.end <= m.start { before = o } else if o.start >= m.end { after = o; break }
        }
        guard let c = before else { return false }
        // «فإنها / فإنه» right before the verb, far from the subject it takes up, inside content an
        // earlier أن / إن of the unit opened (قال المدير إن الصناديق تستهدف …، فإنها تتوقع …): the
        // pronoun's forecast or view is the speaker's content — not after أما, whose topic is
        // the verb's subject in the writer's own contrast (أما المعارضة فإنها ترى)
        if !opensContent(c, openers, a) {
            guard m.firstToken == c.nextToken, Self.isFaInnaPronoun(a.tokens.letters(c.nextToken - 1)),
                  let o = ms.first(where: { rules[$0.rule].kind == .complement && $0.end <= c.start && opensContent($0, openers, a) })
            else { return false }
            return !(min(o.nextToken, c.firstToken)..<c.firstToken).contains { a.tokens[$0].kind == .word && Arabic.withoutConjunctions(a.tokens.letters($0)).elementsEqual(Self.amma) }
        }
        if a.hasPunct(from: c.nextToken, to: m.firstToken) { return false }
        if let own = after, !a.hasPunct(from: m.nextToken, to: own.firstToken) { return false }
        // the complement's own verb, its subject between (أن الأهالي اشتكوا، إن المواطنين طالبوا),
        // or a verb in a relative clause (الأطباء الذين أبدوا رغبتهم) — not a verb further on,
        // whose tie to the complement the words between may cut (… حتى يتوقف عن الإنجاب نشرتها صحيفة)
        if m.firstToken - c.nextToken <= Self.contentSubjectReach { return true }
        // a partitive group opening the content is its subject whatever its length (أشار إلى أن
        // عددًا من مصافي النفط أبدت رغبتها، نعرف أن عددًا من وزراء حكومة اليمن يخططون)
        if ms.contains(where: { g in rules[g.rule].kind == .collective && g.firstToken <= c.nextToken && g.nextToken > c.nextToken
                && g.nextToken <= m.firstToken && m.firstToken - g.nextToken <= Self.contentSubjectReach }) { return true }
        let w = m.firstToken - 1
        return a.tokens[w].kind == .word && AttributionFinder.relatives.contains { a.tokens.letters(w).elementsEqual($0) }
    }

    /// Whether a complement match is the أن / إن that opens a reporting verb's content: a form of
    /// أن (أن، إن، بأن، أنه، إلى أن …) that is, or overlaps, the first complement after one of the
    /// unit's reporting verbs — not a connective (حيث، بينما، لكن) nor an أن of another head
    /// (إلا أن، بعد أن، رغم أن), which open no one's content.
    func opensContent(_ c: CueMatch, _ openers: [ContentOpener], _ a: ArticleText) -> Bool {
        let w = a.tokens.letters(c.nextToken - 1)
        guard w.starts(with: Self.an) || w.starts(with: Self.bian) else { return false }
        return openers.contains { $0.reportEnd <= c.start && c.start < $0.end && $0.start < c.end }
    }

    /// The first complement after a reporting verb, with the earliest end of a verb it follows.
    struct ContentOpener { var reportEnd: Int; var start: Int; var end: Int }

    /// For each complement that is the first after one of the unit's reporting verbs, that
    /// complement's span and the earliest end of such a verb — read once per unit, so that
    /// `opensContent` does not look for each verb's complement again for every verb it tests
    /// (a unit dense with cues, as in the hostile sweep's line of cue words, made that cubic).
    func contentOpeners(_ ms: ArraySlice<CueMatch>) -> [ContentOpener] {
        var openers: [ContentOpener] = []
        for r in ms where rules[r.rule].kind == .report {
            guard let f = ms.first(where: { rules[$0.rule].kind == .complement && $0.start >= r.end }) else { continue }
            if let k = openers.firstIndex(where: { $0.start == f.start && $0.end == f.end }) {
                openers[k].reportEnd = min(openers[k].reportEnd, r.end)
            } else {
                openers.append(ContentOpener(reportEnd: r.end, start: f.start, end: f.end))
            }
        }
        return openers
    }

    /// The folded أن / إن and بأن a complement of content starts with (with its pronoun: أنه،
    /// بأنها). Not `AttributionFinder.opensContent`'s whole-word list: on 6,000 corpus articles the
    /// two tests differ on 158 units' evidence, which wants reading before they are made one.
    static let an: [Unicode.Scalar] = Array(Normalizer.folded(Arabic.an).unicodeScalars)
    static let bian: [Unicode.Scalar] = Array(Normalizer.folded(Arabic.bian).unicodeScalars)

    /// «فإن» with a pronoun of the third person (فإنه، فإنها، فإنهم، فإنهما), folded: ف, `Arabic.inna`
    /// and `Arabic.thirdPersonSuffixes`.
    static let faInna: [[Unicode.Scalar]] = Arabic.thirdPersonSuffixes.map {
        Array(Normalizer.folded(String(Character(Arabic.faa)) + Arabic.inna + $0).unicodeScalars)
    }
    static func isFaInnaPronoun(_ w: ArraySlice<Unicode.Scalar>) -> Bool { faInna.contains { w.elementsEqual($0) } }
    static let amma: [Unicode.Scalar] = Array(Normalizer.folded(Arabic.amma).unicodeScalars)

    /// How many tokens a complement's subject may take before its verb (أن أهالي الحي اشتكوا).
    static let contentSubjectReach = 3


    /// The strong cue that swallows `m` (for the record only): the first, in text order, of
    /// another kind that covers it and is longer; nil when the covering spans are several
    /// strong cues of one kind together, none covering `m` alone.
    func longer(than m: CueMatch, in ms: ArraySlice<CueMatch>) -> CueMatch? {
        let k = rules[m.rule].kind
        return ms.first { o in
            let ok = rules[o.rule].kind
            return Self.strong.contains(ok) && ok != k && !(k == .denial && ok == .according)
                && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start
        }
    }

    /// Negations that turn a denial verb after them into none (folded, with و / ف).
    static let negations: [[Unicode.Scalar]] = Arabic.negations.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Verbs of issuing a denial noun (لم تصدر نفيا، لم يصدر أي نفي), «أي» between them, and
    /// «دون / بدون» before «أن» (دون أن ينفي), folded: `Arabic.denialIssuingVerbs` and its kin.
    static let issuing: [[Unicode.Scalar]] = Arabic.denialIssuingVerbs.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let without: [[Unicode.Scalar]] = Arabic.withoutBeforeAn.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let anWord: [[Unicode.Scalar]] = [an]
    static let anyWord: [[Unicode.Scalar]] = [Array(Normalizer.folded(Arabic.denialIssuingAny).unicodeScalars)]

    /// Whether a denial cue is negated (in its unit, words only, no punctuation between): a
    /// negation just before it (لا ينفي، ولم تنف), a negation and a verb of issuing before the
    /// denial noun (غير أنها لم تصدر نفيا، ولم يصدر أي نفي), or دون / بدون أن before it (دون أن
    /// ينفي) — a statement said not to be a denial is no denial.
    func negated(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let lo = a.tokenRanges[unit].lowerBound
        func isWord(_ t: Int, _ set: [[Unicode.Scalar]]) -> Bool {
            guard t >= lo, a.tokens[t].kind == .word else { return false }
            let w = a.tokens.letters(t)
            return set.contains { w.elementsEqual($0) }
        }
        var t = m.firstToken - 1
        if isWord(t, Self.negations) { return true }
        if isWord(t, Self.anWord) { return isWord(t - 1, Self.without) }
        if isWord(t, Self.anyWord) { t -= 1 }
        return isWord(t, Self.issuing) && isWord(t - 1, Self.negations)
    }
}

/// Spans ordered by start with the running maximum of their ends: answers "does a span
/// cover this one" and "does a span overlap this one" in logarithmic time.
struct SpanIndex {
    var starts: [Int] = []
    var maxEnds: [Int] = []
    /// Spans must be added in order of start.
    mutating func add(_ start: Int, _ end: Int) {
        starts.append(start)
        maxEnds.append(max(end, maxEnds.last ?? Int.min))
    }
    /// The largest end among spans starting before `x` (or at `x` when `inclusive`).
    func maxEnd(startingBefore x: Int, inclusive: Bool) -> Int? {
        let n = starts.partitionPoint { $0 < x || (inclusive && $0 == x) }
        return n == 0 ? nil : maxEnds[n - 1]
    }
    /// Whether some span contains [start, end) and is longer than it.
    func strictlyCovers(_ start: Int, _ end: Int) -> Bool {
        if let e = maxEnd(startingBefore: start, inclusive: false), e >= end { return true }
        if let e = maxEnd(startingBefore: start, inclusive: true), e > end { return true }
        return false
    }
    /// Whether some span overlaps [start, end).
    func overlaps(_ start: Int, _ end: Int) -> Bool {
        if let e = maxEnd(startingBefore: end, inclusive: false), e > start { return true }
        return false
    }
}
