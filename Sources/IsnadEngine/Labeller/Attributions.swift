import IsnadModel
import IsnadText
import IsnadRules

/// One attribution found in a unit.
struct Attribution {
    var cue: CueMatch
    var phrase: SourcePhrase?
    /// The outlet the statement went through (told to, relayed by).
    var via: SourcePhrase?
    /// `via` is an outlet the speaker told it to (قال لـ«X»، في تصريح لـ X), not one that
    /// relayed or credited it (`Resolution.toldEntry`).
    var viaTold = false
    var backReference = false
    var isDenial = false
    /// An unidentified relayer (نقلت الصحف الأوروبية عن المفوضية): a second, anonymous source.
    var relayer: SourcePhrase? = nil
    /// An outlet that learned what it reports from no one named (وعلمت «عكاظ» أن): the verb and
    /// the outlet's name as an anonymous phrase, the source when the outlet is the article's own
    /// (`Resolution.run`; another outlet is the speaker, `phrase`).
    var learned: SourcePhrase? = nil
    /// A further source inside an earlier attribution's content (وقال الوزير إن مصادر أبلغته أن):
    /// its label counts for the claim (the weakest link), but a bare verb or a quotation after the
    /// claim goes on from the speaker whose content it is (`AttributionFinder.markFurther`).
    var further = false
}

/// Stage 3 of the labeller: who a claim says speaks.
///
/// Input: a claim's effective matches, its words and its table of cues. Output: its
/// attributions, one per source named, in text order — from a reporting, denying or
/// relaying verb (its subject, or a bare verb referring back), from a cue before a source
/// (وفقا لـ), from an anonymous or passive cue, or from a short phrase before a colon —
/// each with the outlet it went through (told to, relayed by). Overlapping attributions of
/// one source are merged. A verb cue that names no speaker here is recorded with why.
struct AttributionFinder: Sendable {
    let rules: [Rule]
    let resolver: SourceResolver

    /// The kinds of cue an attribution is found from (with a colon: 'Speaker: statement').
    static let attributing: CueKinds = [.report, .denial, .noComment, .relay, .according, .passive, .anonymous, .told]
    /// Cues whose subject is a speaker.
    static let speakerKinds: CueKinds = [.report, .denial, .noComment, .relay]
    /// How far (in scalars) a source phrase can reach from the cue that found it.
    static let phraseReach = 600

    /// Fills `attributions` (emptied first, its storage reused) with the unit's attributions.
    /// Returns whether the unit's colon follows a label that names no speaker (see `colonAttribution`).
    @discardableResult
    func run<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit i: Int, words: [Int], cues: SourceResolver.TokenCues,
                                  isHeadline: Bool, into attributions: inout [Attribution], _ rec: inout R) -> Bool {
        attributions.removeAll(keepingCapacity: true)
        var told: SourcePhrase? = nil, toldCue: CueMatch? = nil
        // an unnamed outlet told (في تصريح لإحدى الصحف، في مقابلة مع قناة تلفزيونية): no via, a
        // second, anonymous source (SOURCING.md, anonymous: unnamed outlets, with no via)
        var unnamed: SourcePhrase? = nil, unnamedCue: CueMatch? = nil
        // told-to outlets: في تصريح لـ X، تحدثوا إلى صحيفة X، قال لـ«X»
        for m in ms where rules[m.rule].kind == .told {
            guard let p = phraseAfter(m, a, i, words, cues) else { continue }
            if p.kind == .outlet { told = p; toldCue = m; break }
            if unnamed == nil, resolver.isUnnamedTold(a, p, cues: cues) { unnamed = p; unnamedCue = m }
        }
        if told != nil { unnamed = nil }
        for m in ms {
            let kind = rules[m.rule].kind
            switch kind {
            case .report, .denial, .noComment, .relay, .according:
                guard case .attribution(var at) = effect(of: m, a, i, words, cues, &rec) else { continue }
                if at.via == nil, let t = told { at.via = t; at.viaTold = true }
                if at.via == nil, at.relayer == nil, let u = at.phrase?.toldUnnamed?.anonymousPhrase ?? unnamed { at.relayer = u }
                // (a verb's subject only: after وفقا لـ the phrase is no subject)
                let group = kind == .according ? nil : splitCoordinatedGroup(&at, a, words, cues, ms)
                attributions.append(at)
                // an unidentified relayer is a source of its own, the weaker link (SOURCING.md,
                // anonymous: unnamed outlets, with no via; a chain is as strong as its weakest link)
                if let r = at.relayer { attributions.append(Attribution(cue: m, phrase: r)) }
                if let g = group {
                    if R.isRecording, let gp = g.phrase { rec.record(.coordinatedGroup(m, group: a.text.originalSpan(gp.start, gp.end)), unit: i) }
                    attributions.append(g)
                }
            case .passive, .anonymous:
                var words = Array(words[position(words, m.firstToken)..<position(words, m.nextToken)])
                var end = m.end
                // the content a passive's pattern reads past its complement (تردد أن النادي) is no
                // part of the source: the phrase ends at the complement
                if kind == .passive, let c = words.dropLast().firstIndex(where: { cues.has(.complement, at: $0, rules) }) {
                    words.removeSubrange((c + 1)...)
                    end = a.tokens[words[c]].end
                }
                let p = SourcePhrase(start: m.start, end: end, words: words, kind: .anonymous, refersBack: false,
                                     key: resolver.key(a, words))
                // a phrase holding this cue was found by a cue close before it: look back a short way only
                var recent: [Int] = []
                var k = attributions.count - 1
                while k >= 0 && attributions[k].cue.start > m.start - Self.phraseReach {
                    // (not a phrase that goes on to name its members: شاهد عيان يدعى أحمد اكاي)
                    if attributions[k].phrase.map({ $0.start <= m.start && $0.end >= m.start && !$0.namesMembers }) ?? false { recent.append(k) }
                    k -= 1
                }
                if !recent.isEmpty {
                    // already inside a found source phrase: make it anonymous
                    for k in recent {
                        attributions[k].phrase?.kind = .anonymous
                        if R.isRecording { rec.record(.makesPhraseAnonymous(m, finder: attributions[k].cue), unit: i) }
                    }
                    continue
                }
                var at = Attribution(cue: m, phrase: p)
                if let t = told { at.via = t; at.viaTold = true }
                attributions.append(at)
            default: continue
            }
        }
        // a statement made to an outlet with no verb of its own that names a speaker (لكنها تبين في
        // حديث خاص لـ«الرياض»: أن ...): the unit is speech, its speaker the one spoken of before
        // (SOURCING.md, "named": a pronoun continues the nearest attribution; an interview given
        // to another outlet is that outlet's reporting) — unless the phrase is a report the outlet
        // published (في تقرير نشرته صحيفة ...), whose source is the outlet itself
        if attributions.isEmpty, let t = told, let m = toldCue, !isPublishedReport(m, a) {
            var at = Attribution(cue: m)
            at.backReference = true
            at.via = t; at.viaTold = true
            attributions.append(at)
        }
        if attributions.isEmpty, let u = unnamed, let m = unnamedCue, !isPublishedReport(m, a) {
            var at = Attribution(cue: m)
            at.backReference = true
            attributions.append(at)
            attributions.append(Attribution(cue: m, phrase: u))
        }
        // 'Speaker: statement' — a short phrase before a colon names the speaker
        var colonLabel = false
        // (the denier's colon below sets `colonLabel` only when it names the denier: a headline it
        // finds no speaker in keeps its denial's reading)
        var deniersColonLabel = false
        if attributions.isEmpty, let at = colonAttribution(a, i, words, cues, unitIsHeadline: isHeadline, label: &colonLabel) {
            if R.isRecording, let p = at.phrase { rec.record(.colonSpeaker(text: a.text.originalSpan(p.start, p.end)), unit: i) }
            attributions.append(at)
        } else if isHeadline, isColonSpeakersDenial(attributions, a, i),
                  let at = colonAttribution(a, i, words, cues, unitIsHeadline: isHeadline, label: &deniersColonLabel), let p = at.phrase {
            // a headline's 'Speaker: denial' (وزير التعليم: لا تأجيل للدراسة، مسؤول في الاحتراف: لا
            // استثناءات للنصر): a denial after the colon with no subject of its own is the speaker's
            // before it, as a statement there is (SOURCING.md, denied; the text's denial of that
            // speaker is the same rebuttal)
            colonLabel = deniersColonLabel
            if R.isRecording { rec.record(.colonSpeaker(text: a.text.originalSpan(p.start, p.end)), unit: i) }
            for k in attributions.indices {
                attributions[k].phrase = p
                attributions[k].via = at.via
                attributions[k].backReference = false
            }
        }
        // sources named twice by overlapping cues count once
        if attributions.count > 1 { attributions = dedupe(attributions, unit: i, &rec) }
        if attributions.count > 1 { markFurther(&attributions, ms, a) }
        return colonLabel
    }

    /// Marks each attribution that stands inside the content of an earlier one of the unit — a
    /// statement's أن / إن (`opensContent`) between the earlier cue's end and its own cue, the
    /// earlier one a speaker (a phrase or a bare verb) — as `further`: a source whose own words or
    /// report the speaker relays (SOURCING.md, "What makes a unit attributed"; over2, #22).
    func markFurther(_ ats: inout [Attribution], _ ms: ArraySlice<CueMatch>, _ a: ArticleText) {
        guard let first = ats.firstIndex(where: { $0.phrase != nil || $0.backReference }) else { return }
        let speakerEnd = ats[first].cue.end
        guard let c = ms.first(where: { rules[$0.rule].kind == .complement && $0.start >= speakerEnd && opensContent($0, a) }) else { return }
        for k in ats.indices where k > first && ats[k].phrase != nil && !ats[k].backReference && ats[k].cue.start >= c.end {
            ats[k].further = true
        }
    }

    /// Whether a told-to phrase names a report an outlet published (في تقرير نشرته، وفق نبأ
    /// أوردته، بحسب خبر بثته): its words hold a verbal noun of publishing's object, a report.
    func isPublishedReport(_ m: CueMatch, _ a: ArticleText) -> Bool {
        for t in m.firstToken..<min(m.nextToken, a.tokens.count) where a.tokens[t].kind == .word {
            let w = a.tokens.letters(t)
            if Self.reportNouns.contains(where: { w.elementsEqual($0) }) { return true }
        }
        return false
    }

    /// What an outlet publishes, as a told-to phrase names it (folded).
    static let reportNouns: [[Unicode.Scalar]] = Arabic.publishedReportNouns
        .map { Array(Normalizer.folded($0).unicodeScalars) }

    /// A subject that joins a named source and an unidentified group with و (`المرصد السوري
    /// ومصادر أخرى`، `أوكرانيا والعديد من الدول الغربية`) names two sources: the attribution
    /// keeps the words before the group, and the group, from its collective cue to the end of
    /// the phrase or of the cue, is returned as a second, anonymous attribution of the same
    /// verb (SOURCING.md, "anonymous": unidentified groups; the weaker label wins).
    func splitCoordinatedGroup(_ at: inout Attribution, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues,
                               _ ms: ArraySlice<CueMatch>) -> Attribution? {
        guard !at.backReference, let p = at.phrase, p.kind != .anonymous, p.words.count >= 2 else { return nil }
        for (n, w) in p.words.enumerated() where n > 0 {
            guard let conj = a.tokens.forms(w).first(where: { $0.clitics == .conjunction }),
                  let g = cues.longest([.collective], at: w, rules) else { continue }
            // an unidentified group is indefinite or partitive (ومصادر أخرى، والعديد من): a
            // definite plural joined to the subject is mostly its object run on (دعا العقيد
            // المواطنين والمقيمين); and the phrase must end with the group (one word after it at
            // most, أخرى), not go on to a name (واستطلاعات الرأي العام إسماعيل)
            if SourceResolver.isDefinite(a.tokens.letters(w)) && g.nextToken - g.firstToken < 2 { return nil }
            if p.words.filter({ a.tokens[$0].start >= g.end }).count > 1 { return nil }
            let end = max(p.end, g.end)
            let gw = words.filter { $0 >= w && a.tokens[$0].end <= end }
            var group = Attribution(cue: at.cue, phrase: SourcePhrase(start: conj.start, end: end, words: gw, kind: .anonymous,
                                                                      refersBack: false, key: resolver.key(a, gw)))
            group.via = at.via
            let head = Array(p.words[..<n])
            at.phrase?.words = head
            at.phrase?.end = a.tokens[head[head.count - 1]].end
            at.phrase?.key = resolver.key(a, head)
            return group
        }
        return nil
    }

    /// What a cue that names a speaker (a verb, or a cue before its source) does in a claim.
    enum Effect {
        /// It names no speaker by itself and takes effect as evidence or a flag: a kind that
        /// names none, or a verb rule with `speaker: false`.
        case evidence
        /// It takes effect with the attribution it makes.
        case attribution(Attribution)
        /// It names no speaker here and takes no effect (why is recorded).
        case setAside
    }

    /// Whether cue `m` takes effect in claim `unit`, and the attribution it makes: the one
    /// test the labeller (`run`), `audit rules test` (`Labeller.firings`) and the census
    /// (`Labeller.fate`) put a cue to. A verb needs its complement and a subject of a kind
    /// it accepts (`verbAttribution`); a relaying verb the source after عن / من; a cue before
    /// its source (وفقا لـ) a source phrase of a kind it accepts.
    func effect<R: DecisionRecorder>(of m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                                     _ rec: inout R) -> Effect {
        let kind = rules[m.rule].kind
        switch kind {
        case .report, .denial, .noComment, .relay:
            if rules[m.rule].speaker == .none { return .evidence }
            // ما نشرته الوكالة after a denial (نفت الوزارة ما نشرته الوكالة): the claim disputed,
            // whose teller is no source of the unit and no speaker a later bare verb goes on from
            if kind == .report || kind == .relay, let d = denialBefore(relative: m, a, unit) {
                if R.isRecording { rec.record(.objectOfDenial(m, denial: d), unit: unit) }
                return .setAside
            }
            guard var at = verbAttribution(m, a, unit, words, cues, &rec) else { return .setAside }
            if kind == .relay {
                // علمت «عكاظ» أن: an outlet of the gazetteer learned it, its informants unnamed (a من
                // or عن further on is inside what it learned: علمت «الشرق الأوسط» أن الإدارة تدرس
                // عرضين من نادي الشباب)
                if let l = learnedByOutlet(m, a, unit, words, cues) {
                    at.phrase = l.outlet
                    at.learned = l.learned
                    at.backReference = false
                    return .attribution(at)
                }
                // نقل X عن Y: X relays, Y is the source; without عن / من, نقل is carrying
                // (نقل الركاب، نقل الحيوانات), no attribution
                let source = relayedSource(m, a, unit, words, cues)
                if case .pronoun(let outletAfter) = source {
                    // نقل عنه / عنها (ونقلت عنه قوله، ونقلت صحيفة حريت عنه قوله): the source is the
                    // pronoun's referent, the speaker before, as a bare verb's (`backReference`); an
                    // outlet relaying is the via, before the pronoun or after it (ونقلت عنه وكالة
                    // الصحافة الفرنسية قوله); unnamed people or outlets relaying (ونقلت وسائل إعلام
                    // عنه) the weaker link the label rests on
                    if let p = at.phrase, p.kind == .anonymous { return .attribution(at) }
                    if let p = at.phrase, p.kind == .outlet { at.via = p }
                    if let o = outletAfter { at.via = o }
                    at.phrase = nil
                    at.backReference = true
                    return .attribution(at)
                }
                guard case .phrase(let y) = source else {
                    if R.isRecording { rec.record(.noRelayedSource(m), unit: unit) }
                    return .setAside
                }
                if let p = at.phrase {
                    at.via = p.kind == .outlet ? p : at.via
                    // unnamed outlets or people relaying (ونقلت الصحف الأوروبية عن المفوضية، نقل
                    // ناشطون عن الوزير): the relay rests on them too — after عن only: with من the
                    // verb is most often carrying, its object read as a subject (نقل السجناء من المنشأة)
                    if p.kind == .anonymous, let f = y.words.first, let k = words.firstIndex(of: f), k > 0,
                       a.tokens.letters(words[k - 1]).elementsEqual(Self.relayAn) { at.relayer = p }
                }
                // the source is named after عن / من, whatever the relayer's subject was
                at.phrase = y
                at.backReference = false
            }
            return .attribution(at)
        case .according:
            guard let p = phraseAfter(m, a, unit, words, cues, according: true) else {
                if R.isRecording { rec.record(.noPhrase(m), unit: unit) }
                return .setAside
            }
            if !rules[m.rule].subjects.isEmpty && !rules[m.rule].subjects.contains(p.kind) {
                if R.isRecording { rec.record(.noSubject(m), unit: unit) }
                return .setAside
            }
            return .attribution(Attribution(cue: m, phrase: p))
        default:
            return .evidence
        }
    }

    /// How a claim's reasons and explain name the cue of an attribution: its rule, or the colon
    /// of 'Speaker: statement' (an attribution of no rule).
    static func ruleName(_ m: CueMatch, _ rules: [Rule]) -> String {
        m.rule >= 0 && m.rule < rules.count ? rules[m.rule].id : colonSpeaker
    }
    /// The cue of a 'Speaker: statement' attribution, in words.
    static let colonSpeaker = "a colon after the speaker"

    /// The attribution of a verb cue, or nil when the cue names no speaker here: a rule with
    /// `speaker: false`, a verb that needs a complement and has none, or a subject of a kind
    /// the rule does not accept; why is recorded. (`effect` is the whole test of a cue.)
    func verbAttribution<R: DecisionRecorder>(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                                              _ rec: inout R) -> Attribution? {
        // fields read one by one: a copy of the whole rule costs a retain per field
        let speaker = rules[m.rule].speaker
        if speaker == .none { return nil }
        let needsComplement = rules[m.rule].needsComplement
        // a verb read as a noun or after a relative ما attributes nothing, whatever its complement:
        // when no decision is recorded (the reason is all that differs), that cheap test runs
        // before the complement's scan and the subject's phrase it may read
        if !R.isRecording && needsComplement && speaker != .previous && !cues.has(.documentHead, at: m.firstToken, rules)
            && isNominal(m, a, unit, words, cues) { return nil }
        if needsComplement && !hasComplement(after: m, a, unit, words, cues) {
            if R.isRecording { rec.record(.noComplement(m), unit: unit) }
            return nil
        }
        if speaker == .previous {
            // a verbal noun whose possessive pronoun is the speaker (تأكيده على): it points back;
            // an adverbial participle (سائلًا الله) describes the subject of its clause's verb, as
            // مؤكدًا / مشيرًا do (`subject(of:)`), and points back only when there is none — the
            // words after it are never its subject (سائلًا الله تعالى)
            var at = describesClauseSubject(a.tokens, m.firstToken) ? subject(of: m, a, unit, words, cues) : Attribution(cue: m)
            // a verbal noun of cause (ظنًا منه) is its clause's doer's: with no subject found it
            // names no one — the previous speaker is not the one who believed
            if at.phrase == nil && isCausalNoun(a.tokens, m.firstToken) {
                if R.isRecording { rec.record(.noSubject(m), unit: unit) }
                return nil
            }
            if at.phrase == nil { at.backReference = true }
            at.isDenial = rules[m.rule].kind == .denial
            return at
        }
        if speaker == .clause {
            // the subject of the verb that governs the cue (`Rule.Speaker.clause`): with a gap that
            // skipped words, those words and nothing else; without one, the subject of the verb
            // before it in its clause, or none; an empty gap (رفض ما نشر، مستغربا ما تداولته) as
            // any verb's
            var at = Attribution(cue: m)
            if let g = m.gapToken, let e = m.gapEnd, e > g {
                guard let ph = gapOnlySubject(m, a, unit, words, cues) else {
                    if R.isRecording { rec.record(.noSubject(m), unit: unit) }
                    return nil
                }
                at.phrase = ph
            } else if m.gapToken != nil {
                at = subject(of: m, a, unit, words, cues)
            } else if let gov = governingSubject(m, a, unit, words, cues) {
                at.phrase = gov.phrase; at.via = gov.via
            } else {
                // no subject read: the cue names no one. A bare verb of saying before it (وتابع
                // بقوله) points back by its own rule; another verb's subject, unread, is not the
                // previous speaker (سخرت حركة الشباب من كينيا … بقولها, حين قاطعه سعود الفيصل بقوله)
                if R.isRecording { rec.record(.noSubject(m), unit: unit) }
                return nil
            }
            at.isDenial = rules[m.rule].kind == .denial
            return at
        }
        // a cue that opens with a document noun (قرار اللجنة القاضي بـ، مرسومًا تشريعيًا يقضي بـ):
        // the document and the words its gap skipped are the subject of the relative participle
        // or verb that ends the cue — whatever stands before the noun (a preposition, a verb);
        // not a verb read at a bulletin's noun, also an outlet word (نشرة الإصدار: نشره is also
        // "published it"), which is the verb's own reading
        if cues.has(.documentHead, at: m.firstToken, rules) && !cues.has(.outletHead, at: m.firstToken, rules) {
            guard let ph = documentLedSubject(m, a, unit, words, cues),
                  rules[m.rule].subjects.isEmpty || rules[m.rule].subjects.contains(ph.kind) else {
                if R.isRecording { rec.record(.noSubject(m), unit: unit) }
                return nil
            }
            var at = Attribution(cue: m)
            at.phrase = ph
            at.isDenial = rules[m.rule].kind == .denial
            return at
        }
        if isNominal(m, a, unit, words, cues) {
            if R.isRecording { rec.record(.nominal(m), unit: unit) }
            return nil
        }
        // a denial's noun after a demonstrative (وأضاف أن هذه الأكاذيب تهدف إلى): the speaker's
        // rebuttal, pointing back like a bare verb; the word after the noun is no subject
        if isDemonstrativeDenialNoun(m, a, unit) {
            var at = Attribution(cue: m)
            at.backReference = true
            at.isDenial = true
            return at
        }
        // أرجع إلى, ارجع إلى: the first person or the imperative of the verb, no one's statement
        // (a verb that needs its complement has it here: known, not scanned again)
        let complement: Bool? = needsComplement ? true : nil
        if isFirstPersonOrImperative(m, a, unit, words, cues, complement: complement) || isFirstPersonSingular(m, a, words, cues) {
            if R.isRecording { rec.record(.noSubject(m), unit: unit) }
            return nil
        }
        var at: Attribution
        switch gluedBaa(m, a, unit, words, cues) {
        case .subject(let ph):
            at = Attribution(cue: m)
            at.phrase = ph
        case .noObject:
            if R.isRecording { rec.record(.noSubject(m), unit: unit) }
            return nil
        case .object:
            at = subject(of: m, a, unit, words, cues, complement: complement)
            // a verbal noun of cause read by a verb's rule (ظنا، the dual of ظن): the clause's doer
            // or no one, never the previous speaker
            if at.phrase == nil && isCausalNoun(a.tokens, m.firstToken) {
                if R.isRecording { rec.record(.noSubject(m), unit: unit) }
                return nil
            }
        }
        if !rules[m.rule].subjectWords.isEmpty, let ph = at.phrase { at.phrase = subjectWordPhrase(ph, m, a, cues) }
        if !rules[m.rule].subjects.isEmpty && !(at.phrase.map { rules[m.rule].subjects.contains($0.kind) } ?? false) {
            if R.isRecording { rec.record(.noSubject(m), unit: unit) }
            return nil
        }
        at.isDenial = rules[m.rule].kind == .denial
        return at
    }

    /// The subject of a rule with subject words (`Rule.subjectWords`) read after its verb: the
    /// subject word and its adjectives, not the verb's object the phrase ran on into (وتابعت
    /// الصحف الأردنية مستجدات الوضع → الصحف الأردنية). After a definite word (الصحف) its
    /// adjectives are the relational ones with the article, as an outlet's country or city
    /// (`SourceResolver.isOutletAdjective`: الصحف الهولندية البلجيكية); an indefinite one (صحف)
    /// keeps the word after it, its genitive or adjective (صحف الجزائر، صحف عربية), and then
    /// those. A phrase read elsewhere (a subject before the verb) is kept as it is.
    func subjectWordPhrase(_ ph: SourcePhrase, _ m: CueMatch, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> SourcePhrase {
        guard ph.words.first == m.nextToken, ph.words.count > 1 else { return ph }
        var n = 1
        // (indefinite صحف takes the definite word after it, صحف الجزائر, not the verb's object:
        // وتابعت صحف مستجدات الوضع — review)
        if !SourceResolver.isDefinite(a.tokens.letters(ph.words[0])) && SourceResolver.isDefinite(a.tokens.letters(ph.words[1])) { n = 2 }
        while n < ph.words.count && resolver.isOutletAdjective(a, ph.words[n], cues: cues) { n += 1 }
        guard n < ph.words.count else { return ph }
        var q = ph
        q.words = Array(ph.words[..<n])
        q.end = a.tokens[q.words[n - 1]].end
        q.key = resolver.key(a, q.words)
        return q
    }

    /// Whether a verb cue is a noun or has a thing for its subject (`verbAttribution`): not a
    /// relative clause's verb after its noun, and after a relative ما, a word no finite verb
    /// follows, or a participle joined to another.
    func isNominal(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        isOpinionNoun(m, a, cues) || !opensRelativeClause(m, a) && (hasRelativeSubject(m, a, unit) || followsNominalWord(m, a, unit, words, cues) || isCoordinatedParticiple(m, a)
                                       || opensBetweenPair(m, a, unit))
    }

    /// Whether the match opens with the noun رأي "opinion" and names no holder — the word of the
    /// verb رأى "held the view" spelled with a dotted ي (folding makes them one): رأي عام، رأي
    /// آخر، استطلاع رأي، مقال رأي، كل رأي مخالف، جون راي. With a holder after it, a definite word
    /// or a word a speaker rule covers (كان رأي الخبراء هو أن، رأي بعض المتابعين), or after حسب /
    /// على / في (بحسب رأي العاصمي، وعلى رأي فهد الدغيثر في تغريدته), it tells the holder's view
    /// and reads as before. The verb spelled with ى (ورأى الوزير أن) is never this.
    /// all.jsonl: report.raa on a dotted رأي / راي 314 times; see CHANGELOG (backlog14).
    func isOpinionNoun(_ m: CueMatch, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> Bool {
        let t = m.firstToken
        guard Arabic.withoutConjunctions(a.tokens.letters(t)).elementsEqual(Self.raaLetters) else { return false }
        let o = a.text.originalScalars(a.text.originalSpan(a.tokens[t].start, a.tokens[t].end))
        guard o.last(where: { !Normalizer.isMark($0) && $0 != Arabic.tatweel }) == Arabic.ya else { return false }
        if t > 0, a.tokens[t - 1].kind == .word, !a.tokens[t].afterBreak,
           Self.viewHolderPrepositions.contains(where: { Arabic.withoutConjunctions(a.tokens.letters(t - 1)).elementsEqual($0) }) { return false }
        let n = t + 1
        if n < a.tokens.count, a.tokens[n].kind == .word, !a.tokens[n].afterBreak,
           SourceResolver.isDefinite(a.tokens.letters(n))
            || cues.covered(n).intersects(SourceResolver.namePartKinds.union([.members])) { return false }
        return true
    }
    static let viewHolderPrepositions = Arabic.viewHolderPrepositions.map { Normalizer.foldedScalars($0) }
    static let raaLetters = Normalizer.foldedScalars(Arabic.raa)

    /// Whether the match is the bare word بين followed closely, in its clause (no punctuation, no
    /// complementiser between: من جهته، بين المدير أن الخط الرابط بين أبحر وبين وسط جدة … is
    /// the verb), by وبين: `بين X وبين Y` is "between X and Y", the preposition, not بيّن "made
    /// clear" (وربطت الباحثة، بين تنامي الجريمة وبين صغر السن).
    func opensBetweenPair(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let v = m.firstToken
        guard m.nextToken == v + 1, a.tokens.letters(v).elementsEqual(Self.bayna) else { return false }
        let end = min(a.tokenRanges[unit].upperBound, v + 1 + Self.betweenPairReach)
        var t = v + 1
        while t < end {
            let tok = a.tokens[t]
            if tok.kind == .punct { return false }
            if tok.kind == .word {
                let l = a.tokens.letters(t)
                if Arabic.colonComplementisers.contains(where: { l.elementsEqual($0) }) { return false }
                if l.count == Self.bayna.count + 1, l.first == Arabic.waw, l.dropFirst().elementsEqual(Self.bayna) { return true }
            }
            t += 1
        }
        return false
    }
    /// How far (in tokens) the وبين of `opensBetweenPair` may stand from its بين.
    static let betweenPairReach = 10
    static let bayna: [Unicode.Scalar] = Array(Normalizer.folded(Arabic.bayna).unicodeScalars)

    /// Whether a word is a definite group noun or a definite plural in ين (الجماهير، اللاعبين,
    /// not a title or a body: المسؤولون، الحكومة).
    func isDefiniteGroupObject(_ a: ArticleText, _ t: Int, _ cues: SourceResolver.TokenCues) -> Bool {
        let l = a.tokens.letters(t)
        guard SourceResolver.isDefinite(l), !cues.covered(t).intersects([.title, .organization, .outlet, .outletHead]) else { return false }
        if cues.covered(t).contains(.collective) { return true }
        return Arabic.endsInPluralYn(l, count: 6)
    }

    /// What the word a verb match's final lone ب is glued to is (`gluedBaa`).
    enum GluedBaa {
        /// The ب is the preposition of the verb's object (ووعد باتخاذ الإجراءات): as before.
        case object
        /// The word, read whole, is the verb's subject, its ب object after it (ووعدت بريطانيا
        /// بتقديم، ووعد بوتين بالرد).
        case subject(SourcePhrase)
        /// The word, read whole, is a speaker with no ب object after it: the verb is another one
        /// (وعدّ بعض المحللين ذلك انتصارًا, "counted").
        case noObject
    }

    /// A verb match that ends in a lone ب glued to the next word (وعد بـ، رحّب بـ) takes that
    /// word for its object — unless the ب is the word's own first letter: the word, read whole,
    /// starts a speaker the rules know (بريطانيا، بعض المحللين), or it is a one-word name right
    /// before a ب on a definite noun (بوتين بالرد). Then the word opens the verb's subject, and
    /// the verb's ب object must follow that subject in its clause.
    func gluedBaa(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> GluedBaa {
        // (words a gap skipped are the subject already: ووعد الوزير بتقديم)
        if let g = m.gapToken, (m.gapEnd ?? m.nextToken) > g { return .object }
        let p = position(words, m.nextToken)
        guard p + 1 < words.count else { return .object }
        let w = words[p], tok = a.tokens[w]
        guard m.end > tok.start, m.end <= tok.start + 1, tok.starts(with: Arabic.baa) else { return .object }
        // a speaker cue starting with the word's first letter, not after the ب
        let known = cues.starting(at: w).contains { $0.start == tok.start && Self.speakerHeads.contains(rules[$0.rule].kind) }
        // the ب object: the first word after it in the clause, within six words, with ب glued on
        var q = p + 1
        while q < words.count && q - p <= 6 && !hasBreak(a, between: words[q - 1], and: words[q])
                && !(a.tokens[words[q]].starts(with: Arabic.baa) && a.tokens.letters(words[q]).count >= 4) { q += 1 }
        let objectFollows = q < words.count && q - p <= 6 && !hasBreak(a, between: words[q - 1], and: words[q])
        if known {
            guard objectFollows, let ph = resolver.phrase(in: a, unit: unit, words: Array(words[p..<q]), from: 0, cues: cues) else { return .noObject }
            return .subject(ph)
        }
        if objectFollows && q == p + 1 && SourceResolver.isPrepositional(a.tokens.letters(words[q])) && !SourceResolver.isPrepositional(a.tokens.letters(w)),
           let ph = resolver.phrase(in: a, unit: unit, words: [w], from: 0, cues: cues) {
            return .subject(ph)
        }
        return .object
    }

    /// Whether a verb cue of the form أفعل with no conjunction stands right before إلى with no
    /// object between (ارجع إلى والديك، وقتما أرجع إلى نفسي): the first person or the imperative
    /// of its intransitive sense, not the third person past, which puts its object before the
    /// preposition (أرجع المتحدث التأخير إلى ...). A verb with a complement (أشار إلى أن) speaks.
    /// `complement`, when known, is `hasComplement`'s answer for the cue.
    func isFirstPersonOrImperative(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                                   complement: Bool? = nil) -> Bool {
        let forms = a.tokens.forms(m.firstToken)
        let stem = a.tokens.letters(forms.last { $0.clitics <= .conjunction } ?? forms[forms.startIndex])
        let p = position(words, m.nextToken)
        guard stem.count == 4, stem.first == Arabic.alef, p == position(words, m.firstToken) + 1,
              p < words.count, !hasBreak(a, between: m.firstToken, and: words[p]) else { return false }
        let next = a.tokens.letters(words[p])
        guard Self.ilaa.contains(where: { next.elementsEqual($0) }) else { return false }
        return !(complement ?? hasComplement(after: m, a, unit, words, cues))
    }
    /// Whether a verb cue is the first person singular of the imperfect of a derived verb whose
    /// past opens with a bare alef (أعتقد، أعترف، أعتبر، أستغرب "I believe, I admit, I consider,
    /// I wonder"): folding makes أعتقد the past اعتقد "he believed", but the past's alef carries
    /// no hamza and the first person's always does, so the original letter tells them apart. The
    /// writer's own voice — or, inside a quotation, the quoted speaker's, whom the quotation
    /// already gives its label: the verb names no speaker of its own. A past misspelt with the
    /// hamza shows its subject right after it (وأشترط المعهد، وأعتبر بعضهم، وأختتم معاليه): a
    /// body, title, role or group there keeps the past.
    func isFirstPersonSingular(_ m: CueMatch, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        let t = m.firstToken
        let folded = a.tokens.letters(t)
        let stem = Arabic.withoutConjunctions(folded)
        // افتعل (اعتقد، اعترف، انتقد) and استفعل (استغرب): a ت third
        guard stem.count >= 5, stem.first == Arabic.alef, stem[stem.startIndex + 2] == Arabic.ta else { return false }
        let p = position(words, m.nextToken)
        if p < words.count, cues.covered(words[p]).intersects(Self.colonSpeakerKinds) { return false }
        let skipped = folded.count - stem.count
        var n = 0
        for s in a.text.originalScalars(a.text.originalSpan(a.tokens[t].start, a.tokens[t].end)) {
            if Normalizer.isMark(s) || s == Arabic.tatweel { continue }
            if n == skipped { return s == Arabic.alefWithHamzaAbove }
            n += 1
        }
        return false
    }

    /// `Arabic.intransitivePrepositions`, folded.
    static let ilaa: [[Unicode.Scalar]] = Arabic.intransitivePrepositions.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// The subject of a cue that opens with a document noun: the noun and the words the
    /// cue's gap skipped (قرار اللجنة in قرار اللجنة القاضي بـ), or the noun alone.
    func documentLedSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        let from = position(words, m.firstToken)
        let to = m.gapToken != nil ? position(words, m.gapEnd ?? m.nextToken) : from + 1
        guard from < to, to <= words.count else { return nil }
        // a numbered part of a document reads on into the document (المادة (27) من لائحة …)
        if m.gapToken == nil, resolver.numberedPartOf(a, words, at: from + 1, phraseStart: from, cues: cues) != nil {
            return resolver.phrase(in: a, unit: unit, words: words, from: from, cues: cues)
        }
        return resolver.phrase(in: a, unit: unit, words: Array(words[from..<to]), from: 0, cues: cues)
    }

    /// Position in `words` of the first word at or after token `t`.
    func position(_ words: [Int], _ t: Int) -> Int { words.lowerBound(of: t) }

    /// A phrase right after a cue; when the cue ends inside a word (a proclitic ل) the phrase starts there.
    /// (`according`: the cue is one of 'according to', after which a relative ما opens a clause
    /// whose subject is the source: وفقا لما ذكرته الوزارة.)
    func phraseAfter(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                     according: Bool = false) -> SourcePhrase? {
        if m.nextToken < a.tokens.count && m.end > a.tokens[m.nextToken].start {
            // the cue ends with a proclitic glued to the next word (وفقًا لـصنداي)
            let p = position(words, m.nextToken)
            return resolver.phrase(in: a, unit: unit, words: words, from: p, startOffset: m.end, cues: cues, skipAdverbs: false,
                                   afterAccording: according)
        }
        let p = position(words, m.nextToken)
        guard p < words.count, !hasBreak(a, between: lastWord(m, words), and: words[p]) else { return nil }
        // a name in quotation marks right after the cue (في حديث خاص لـ«الرياض»، وفقا لـ"الأيام")
        let quoted = p > 0 && (words[p - 1] + 1..<words[p]).contains { a.tokens[$0].kind == .punct && a.tokens[$0].is("\"") }
        return resolver.phrase(in: a, unit: unit, words: words, from: p, cues: cues, skipAdverbs: false, quotedName: quoted,
                               afterAccording: according)
    }

    /// Whether the fixed words of a pattern after its gap are a preposition and the object's own
    /// noun (أشار *8 إلى وجود|ارتفاع|دور …): the match holds the content of a statement, not only
    /// the verb and its preposition (تعبر عن, which a thing does as well).
    func namesObjectAfterGap(_ m: CueMatch, _ words: [Int]) -> Bool {
        guard let e = m.gapEnd else { return false }
        return position(words, m.nextToken) - position(words, e) >= 2
    }

    /// The last word token of a match.
    func lastWord(_ m: CueMatch, _ words: [Int]) -> Int {
        let p = position(words, m.nextToken)
        return p > 0 ? words[p - 1] : m.firstToken
    }

    func hasBreak(_ a: ArticleText, between t1: Int, and t2: Int) -> Bool {
        guard t1 + 1 < t2 else { return false }
        for t in (t1 + 1)..<t2 where a.tokens[t].kind == .punct && !a.tokens[t].is("\"") && !a.tokens[t].is("'") { return true }
        return false
    }

    /// The subject of a reporting verb: the phrase after it (VS), else a short phrase
    /// before it (SV), else a back-reference to the previous source.
    /// `complement`, when known, is `hasComplement`'s answer for `m`.
    func subject(of m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                 complement: Bool? = nil) -> Attribution {
        var at = Attribution(cue: m)
        // whether the gap skipped words and fixed words of the pattern follow it: the subject, if
        // after the verb, stood in the gap — the words after the match are the object of its last
        // word (أشار فيها إلى وجود الوزارة، يشكون فيها تأخر رواتبهم), no subject
        var tailAfterGap = false
        // words a gap of the pattern skipped hold the subject (لم يرد فريق ترامب على ... التعليق)
        if let g = m.gapToken {
            let inner = Array(words[position(words, g)..<max(position(words, g), position(words, m.gapEnd ?? m.nextToken))])
            // a definite group right after a verb whose match ends in a glued proclitic is the
            // verb's object, the one promised (وعد اللاعبين بتقديم مكافآت، ووعد الجماهير بعدم) — a
            // group noun, or a plural in ين, the object's case (the subject's is ون): the subject
            // stands before the verb or is the previous source
            if !inner.isEmpty, m.nextToken < a.tokens.count, m.end > a.tokens[m.nextToken].start,
               position(words, m.firstToken) + 1 == position(words, inner[0]), isDefiniteGroupObject(a, inner[0], cues) {
                if let sv = svSubject(m, a, unit, words, cues) { at.phrase = sv } else { at.backReference = true }
                return at
            }
            if !inner.isEmpty, let ph = resolver.phrase(in: a, unit: unit, words: inner, from: 0, cues: cues) {
                at.phrase = ph
                return at
            }
            tailAfterGap = !inner.isEmpty && m.gapEnd.map { $0 < m.nextToken } == true
            // the gap skipped nothing (ورفض الاتهامات الموجهة إليه، كانوا يخططون لاستهداف): the
            // words after the match are its object's, the subject stands before the verb, in a
            // relative clause before it (الرئيس الذي وعد بالانتهاء), or is the previous source
            if inner.isEmpty && m.gapEnd == g {
                if let sv = svSubject(m, a, unit, words, cues) { at.phrase = sv }
                // (only a match ending in a glued proclitic: a pledge's object, الذي وعد بالانتهاء —
                // not التي تعبر عن تطورها, a thing's description — or one whose pattern names the
                // object after its preposition: الدراسات التي أشارت إلى الدور, a statement's content)
                else if m.nextToken < a.tokens.count, m.end > a.tokens[m.nextToken].start || namesObjectAfterGap(m, words),
                        let ph = relativeSubject(m, a, unit, words, cues, complement: complement) { at.phrase = ph }
                else { at.backReference = true }
                return at
            }
        }
        if let sv = svSubject(m, a, unit, words, cues) {
            at.phrase = sv
            // (told to an outlet right after the verb: وقالت الشركة، التي …، لرويترز إن — the via)
            if let told = outletToldAfterVerb(m, a, unit, words, cues) {
                if told.kind == .outlet { at.via = told } else { at.relayer = told }
            }
            return at
        }
        if describesClauseSubject(a.tokens, m.firstToken) {
            // an adverbial participle describes the subject of its clause's verb (أعلن ترامب
            // انسحاب بلاده، معتبرًا إياه ...): the subject of the nearest reporting verb before it in
            // the unit, even one that attributes nothing itself; else the previous speaker.
            // A verbal noun of cause (ظنًا منه أنها) likewise, when its doer agrees with that verb
            // and subject and no complementiser opens another clause between them (قال الوزير إن
            // الشرطة أطلقت النار ظنا منها: not the minister's belief); else no one. Its verb is
            // the one of its own clause: a comma or ثم before it ends the search (وردت الحكومة على
            // الانتقادات، ثم أطلقت الشرطة النار ظنا منها: the police's belief, not the government's)
            let causal = isCausalNoun(a.tokens, m.firstToken)
            let clause = causal ? clauseStart(before: m.firstToken, a, unit) : a.tokenRanges[unit].lowerBound
            if let v = verbBefore(m, a, unit, cues, from: clause) {
                // (a cue whose speaker is its governing verb's subject, بقوله, gives that subject
                // or none: واستدرك بقوله …، مردفا — not the verb read as a noun before it)
                var inner = subject(of: v, a, unit, words, cues)
                if rules[v.rule].speaker == .clause {
                    inner = Attribution(cue: v)
                    if let gov = governingSubject(v, a, unit, words, cues) { inner.phrase = gov.phrase; inner.via = gov.via }
                }
                // the verb's own rule judges its subject (أمل جديد is a noun phrase, no believer)
                // and a verb short of its complement (أعلن ترامب انسحاب ...، أمل جديد) counts only
                // when its subject names a speaker the rules know
                if let ph = inner.phrase, !hasRelativeSubject(v, a, unit), !followsNominalWord(v, a, unit, words, cues),
                   rules[v.rule].subjects.isEmpty || rules[v.rule].subjects.contains(ph.kind),
                   !rules[v.rule].needsComplement || hasComplement(after: v, a, unit, words, cues) || namesSpeaker(ph, cues)
                   || (isOneWordName(ph, a, cues) && SourceResolver.isDefinite(a.tokens.letters(ph.words[0]))),
                   !causal || (doerAgrees(a, causal: m.firstToken, verb: v.firstToken, subject: ph)
                               && !(v.nextToken..<m.firstToken).contains(where: { cues.has(.complement, at: $0, rules) })) {
                    at.phrase = ph; at.via = inner.via; return at
                }
            } else if causal && clause > a.tokenRanges[unit].lowerBound,
                      case let c = position(words, clause), c < words.count,
                      let ph = verbSubject(at: c, m, a, unit, words, cues) {
                // a clause after a comma or ثم opening with a verb no rule knows: its subject when
                // it agrees with the doer; else no one. A comma that opens no verb's clause (an
                // aside: وقصف الجيش، صباح أمس، مركبة … ظنا منه) ends nothing: the unit's opening
                // verb below
                if doerAgrees(a, causal: m.firstToken, verb: words[c], subject: ph) { at.phrase = ph }
                return at
            } else if let ph = openingVerbSubject(m, a, unit, words, cues),
                      !causal || doerAgrees(a, causal: m.firstToken, verb: ph.words[0] - 1, subject: ph) {
                // a unit opening with a verb no rule knows (هاجم اللاعب فلان مدربه، مؤكدًا أن ...)
                at.phrase = ph
                return at
            }
            if !causal { at.backReference = true }
            return at
        }
        // a match ending in a proclitic glued to the next word (وعد بـ، رحّب بـ) ends inside it:
        // that word is the verb's object, no subject after the verb
        let p = position(words, m.nextToken)
        // a plural verb joined by و has its subject in it (ويطالبون بحل سريع، واعتبروا تزييف
        // الحسابات السبب): the words after it are its object, never its subject
        let pluralVerb = isCoordinatedPlural(a, m.firstToken) && m.gapToken == nil
        // … and so does a verb right after a plural relative (رواد التواصل الذين طالبوا بمحاسبة
        // المتسببين): the relative is its subject, the words after it its object
        let v0 = position(words, m.firstToken)
        let afterPluralRelative = v0 >= 1 && v0 < words.count && words[v0] == m.firstToken && !hasBreak(a, between: words[v0 - 1], and: words[v0])
            && Self.pluralRelatives.contains { a.tokens.letters(words[v0 - 1]).elementsEqual($0) } && isPluralVerb(a, m.firstToken)
            && !describesByPresent(m, a, unit, words, cues, complement: complement)
        // … and a plural or dual verb whose cue takes in its object (اعتبروا القرار، واعتبرا الخطوة):
        // the words after the match are the object's predicate (نوعا من التضييق), no subject
        let ownSubjectWithObject = m.gapToken == nil && position(words, m.nextToken) > v0 + 1 && isPluralVerb(a, m.firstToken)
        // a match ending in its complementiser, a later word of its pattern (وبين أن، بين أنه):
        // what follows is the content of the statement, never the verb's subject (وبين أن مسؤولي
        // الأمانة طلبوا رأيه) — not a one-word cue that is a complementiser itself (بالقول)
        let endsInComplement = p > 0 && p <= words.count && words[p - 1] > m.firstToken
            && cues.has(.complement, at: words[p - 1], rules)
        // (its subject may be the topic of أما opening the unit, the verb taking its ف: أما عمار
        // عبدالشكور، أحد الجيولوجيين في الهيئة فبين أن …)
        if endsInComplement, let ph = ammaTopic(m, a, unit, words, cues) { at.phrase = ph; return at }
        if p < words.count && !tailAfterGap && !pluralVerb && !afterPluralRelative && !ownSubjectWithObject && !endsInComplement {
            let next = a.tokens[words[p]]
            // قال لـ«X» / قال لرويترز: told to an outlet, the speaker is bare
            if next.is(Arabic.lam) || (next.starts(with: Arabic.lam) && cues.kinds(at: words[p], rules).intersects([.outlet, .outletHead])) {
                at.backReference = true
                if let q = p + 1 < words.count && next.is(Arabic.lam) ? resolver.phrase(in: a, unit: unit, words: words, from: p + 1, cues: cues, skipAdverbs: false, quotedName: true)
                    : resolver.phrase(in: a, unit: unit, words: words, from: p, startOffset: next.start + 1, cues: cues, skipAdverbs: false),
                   q.kind == .outlet || resolver.isUnnamedTold(a, q, cues: cues) {
                    // an unnamed outlet told (وقال لصحيفة محلية): the previous speaker, and the
                    // outlet as a second, anonymous source — no via (SOURCING.md, anonymous)
                    if q.kind != .outlet { at.relayer = q; return at }
                    at.via = q
                    // the subject after the outlet told to (وكشف لـ«الوطن» مدير الإدارة ... أن): the
                    // phrase read from the outlet runs on past its name; the speaker is the rest
                    let end = q.words.compactMap({ cues.longest([.outlet], at: $0, rules)?.nextToken }).max() ?? Int.max
                    let cut = q.words.firstIndex(where: { $0 >= end }) ?? q.words.count
                    let from = cut < q.words.count ? position(words, q.words[cut]) : position(words, q.words[q.words.count - 1] + 1)
                    // (the outlet's closing bracket is no break: لـ(عكاظ) الناطق الإعلامي — an opening one
                    // starts the outlet's initials: لوكالة الأنباء الألمانية (د. ب. أ))
                    if cut > 0, from < words.count, cut < q.words.count || !hasBreak(a, between: q.words[cut - 1], and: words[from])
                        || (resolver.onlyQuotesBetween(a, q.words[cut - 1], words[from], brackets: true)
                            && !resolver.bracketBetween(a, q.words[cut - 1], words[from], closing: false)),
                       let ph = resolver.phrase(in: a, unit: unit, words: words, from: from, cues: cues, quotedName: true),
                       ph.kind != .person || resolver.hasName(a, ph.words, cues: cues)
                        || ph.words.contains(where: { cues.kinds(at: $0, rules).intersects(SourceResolver.namePartKinds) }) {
                        let outletWords = Array(q.words[..<cut])
                        at.via = SourcePhrase(start: q.start, end: a.tokens[outletWords[outletWords.count - 1]].end, words: outletWords,
                                              kind: .outlet, refersBack: false, key: resolver.key(a, outletWords))
                        at.phrase = ph
                        at.backReference = false
                        return at
                    }
                }
            } else if m.end <= next.start, !hasBreak(a, between: lastWord(m, words), and: words[p]) || bracketedSubject(m, a, words, at: p, cues),
                      let ph = resolver.phrase(in: a, unit: unit, words: words, from: p, cues: cues,
                                               quotedName: quotedSubject(a, words, at: p, cues)) {
                at.phrase = ph
                return at
            }
        }
        if at.via != nil { return at }
        // a gap's verb in a clause on a speech the unit opens with (وألقى الشاعر فلان قصيدة عبر
        // فيها عن): the speech's giver
        // (its first word a speaker's: not وبدأ الحفل بكلمة لـ، وجاءت البداية باجتماع للمدرب)
        if tailAfterGap, let ph = openingVerbSubject(m, a, unit, words, cues), cues.covered(ph.words[0]).intersects(Self.speakerHeads) {
            at.phrase = ph; return at
        }
        if let ph = relativeSubject(m, a, unit, words, cues, complement: complement) { at.phrase = ph; return at }
        // a plural verb joined by و to the verb that opens the unit, with no subject of its own
        // (وعثر متنزهون على قطعة حطام واعتقدوا أنها من الطائرة), or a masculine singular one
        // (والتقى الأمين خلال الجولة بالزوار، واستمع إلى آرائهم، وأكد أن …): the opening verb's
        // subject, when its first word names a speaker the rules know (not متنزهون الأحد "walkers
        // on Sunday", where only الأحد is a known word) — not the previous unit's speaker
        if isCoordinatedPlural(a, m.firstToken) || isCoordinatedMasculine(a, m.firstToken),
           let ph = openingVerbSubject(m, a, unit, words, cues),
           let first = ph.words.first, cues.kinds(at: first, rules).intersects(Self.speakerHeads),
           isCoordinatedPlural(a, m.firstToken) || sharesSubject(with: ph, m, a, words, cues) {
            at.phrase = ph
            return at
        }
        // … or a plural verb joined by و in a unit that opens with an unnamed group, its
        // subject, before a predicate no rule reads (والسكان غاضبون من انقطاع المياه ويطالبون بحل)
        if pluralVerb, let ph = openingGroupSubject(m, a, unit, words, cues) { at.phrase = ph; return at }
        if let ph = documentTopic(m, a, unit, words, cues) { at.phrase = ph; return at }
        if let ph = whenClauseSubject(m, a, unit, words, cues) { at.phrase = ph; return at }
        at.backReference = true
        return at
    }

    /// The outlet a statement was told to, right after its verb whose subject stands before it
    /// (SV: والشركة، التي …، قالت لرويترز إن؛ الوزير قال لـ«الحياة» إن): the outlet glued to ل or
    /// after a lone ل, its own words only — kind `.outlet` — or an unnamed outlet told
    /// (`SourceResolver.isUnnamedTold`: قالت لصحيفة محلية), anonymous, no via; nil otherwise.
    func outletToldAfterVerb(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        let p = position(words, m.nextToken)
        guard m.gapToken == nil, p < words.count, m.end <= a.tokens[words[p]].start,
              !hasBreak(a, between: lastWord(m, words), and: words[p]) else { return nil }
        let next = a.tokens[words[p]]
        let lone = next.is(Arabic.lam)
        guard lone || (next.starts(with: Arabic.lam) && cues.kinds(at: words[p], rules).intersects([.outlet, .outletHead])),
              let q = lone ? (p + 1 < words.count ? resolver.phrase(in: a, unit: unit, words: words, from: p + 1, cues: cues, skipAdverbs: false, quotedName: true) : nil)
                : resolver.phrase(in: a, unit: unit, words: words, from: p, startOffset: next.start + 1, cues: cues, skipAdverbs: false) else { return nil }
        if q.kind != .outlet { return resolver.isUnnamedTold(a, q, cues: cues) ? q : nil }
        // the outlet's own words (لرويترز الخبر: not the words the phrase ran on into)
        let end = q.words.compactMap({ cues.longest([.outlet], at: $0, rules)?.nextToken }).max() ?? Int.max
        let cut = q.words.firstIndex(where: { $0 >= end }) ?? q.words.count
        guard cut > 0 else { return nil }
        if cut == q.words.count { return q }
        let outletWords = Array(q.words[..<cut])
        return SourcePhrase(start: q.start, end: a.tokens[outletWords[outletWords.count - 1]].end, words: outletWords,
                            kind: .outlet, refersBack: false, key: resolver.key(a, outletWords))
    }

    /// The subject of the verb that governs cue `m` (`speaker: clause`, بقوله after a verb): the
    /// subject of the nearest reporting verb before it in the unit, read by that verb's own rule
    /// (وعلق السفير على ذلك بقوله); else the subject of a verb no rule knows that opens the unit
    /// or its clause after a fronted adverbial (واختتم الوزير كلمته بقوله، ويعلل هول التراخي
    /// بقوله) — a speaker the rules know, or a name standing alone before the verb's object;
    /// nil when there is none (وتابع بقوله: the bare verb points back by its own rule).
    func governingSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> (phrase: SourcePhrase, via: SourcePhrase?)? {
        if let v = verbBefore(m, a, unit, cues) {
            // (a verbal noun's cue before it, في حديثه, has no subject of its own to give)
            guard rules[v.rule].speaker == .subject else { return nil }
            let inner = subject(of: v, a, unit, words, cues)
            // (a phrase that takes in a reporting verb is no subject: واستدرك بقوله)
            guard let ph = inner.phrase, !ph.words.contains(where: { cues.covered($0).contains(.report) }), !isNoSubjectWord(a, ph.words[0], cues),
                  !hasRelativeSubject(v, a, unit), !followsNominalWord(v, a, unit, words, cues),
                  rules[v.rule].subjects.isEmpty || rules[v.rule].subjects.contains(ph.kind) else { return nil }
            return (ph, inner.via)
        }
        // (a unit opening with a lone و, قد, a particle or an adverb, وقد ابتدأ الشيخ، وأخيرا اكتفى
        // عسيري: the verb is its second word, and only a name right after that verb is its subject —
        // not when a fronted adverbial with its comma opens it, إلى ذلك، يعلل هول …: read below)
        let fronted = afterFrontedAdverbial(a, words, before: m.firstToken, cues)
        let opening: SourcePhrase?
        if fronted == nil, let w0 = words.first, a.tokens.letters(w0).count == 1 || cues.covered(w0).intersects([.stop, .adverb]) || opensBeforeVerb(a, w0) {
            // (only قد / لقد or an adverb of sequence is read past: after أما, كان or a stop word
            // the second word is as often a noun, أما مدرب جامايكا، فردد …، كان ينهي كل حلقة)
            guard opensBeforeVerb(a, w0), words.count > 2, words[0] == a.tokenRanges[unit].lowerBound || a.tokens[words[0]].afterBreak else { return nil }
            opening = namedVerbSubject(at: 1, m, a, unit, words, cues) ?? speakerAfterVerb(at: 1, m, a, unit, words, cues)
        } else if let ph = openingVerbSubject(m, a, unit, words, cues) { opening = ph } else {
            guard words.count > 2, words[0] == a.tokenRanges[unit].lowerBound || a.tokens[words[0]].afterBreak else { return nil }
            opening = namedVerbSubject(at: fronted ?? 0, m, a, unit, words, cues)
        }
        // the opening verb governs the cue only across its own object: a few words, with no
        // relative, complementiser or ثم between (وحددت اللجنة … لبلاتر الذي قدم استقالته … ثم
        // حاول … بقوله: Blatter's words, not the committee's), and a subject with no later word
        // joined by و / ف (رحلوا بإرادتهم ودافع مدرب الخليج: another clause)
        guard let ph = opening, let last = ph.words.last, !ph.words.dropFirst().contains(where: { hasConjunction(a, $0) }),
              !isNoSubjectWord(a, ph.words[0], cues) else { return nil }
        let between = words.filter { $0 > last && $0 < m.firstToken }
        guard between.count <= Self.governedObjectReach, !between.contains(where: { t in
            let l = a.tokens.letters(t)
            return cues.covered(t).contains(.complement) || Self.relatives.contains { l.elementsEqual($0) } || Self.thumma.contains { l.elementsEqual($0) }
        }) else { return nil }
        return (ph, nil)
    }
    static let governedObjectReach = 8

    /// The phrase right after the verb at position `v` of `words` (a verb no rule knows, or one
    /// only the verb rules know) when its first word names a speaker the rules know or is a
    /// name (وقد ابتدأ الشيخ فلان قصيدته، وأخيرا اكتفى الغامدي): a person or a body; nil when a
    /// break stands between or the phrase reaches the cue.
    func speakerAfterVerb(at v: Int, _ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v + 1 < words.count, words[v + 1] < m.firstToken, !hasBreak(a, between: words[v], and: words[v + 1]),
              cues.covered(words[v]).subtracting([.verb, .report]).isEmpty, !isNoSubjectWord(a, words[v + 1], cues),
              !CensusWords.isPronounLike(a.tokens.letters(words[v + 1])),
              cues.kinds(at: words[v + 1], rules).intersects(Self.speakerHeads) || resolver.hasName(a, CollectionOfOne(words[v + 1]), cues: cues),
              let ph = resolver.phrase(in: a, unit: unit, words: words, from: v + 1, cues: cues),
              ph.end <= m.start, ph.kind == .person || ph.kind == .organization,
              !ph.words.dropFirst().contains(where: { hasConjunction(a, $0) }) else { return nil }
        return ph
    }

    /// A word no subject opens: a verb form the rules know (ابتدأ is none; يعلل، كان are), an
    /// adverbial participle (مستدركًا، مردفًا), or a particle or connective (`Arabic.particles`:
    /// وبعدما، وقد، حيث), with a glued و / ف (engine word classes, `speaker: clause`).
    func isNoSubjectWord(_ a: ArticleText, _ t: Int, _ cues: SourceResolver.TokenCues) -> Bool {
        if cues.covered(t).contains(.verb) || isParticiple(a.tokens, t) { return true }
        var l = Array(a.tokens.letters(t))
        if CensusWords.particles.contains(l) { return true }
        if l.count > 2, l[0] == Arabic.waw || l[0] == Arabic.faa { l.removeFirst() }
        return CensusWords.particles.contains(l)
    }

    /// A unit's first word that stands right before its verb (وقد ابتدأ، وأخيرًا اكتفى).
    func opensBeforeVerb(_ a: ArticleText, _ w0: Int) -> Bool {
        Self.beforeVerbOpeners.contains(Array(a.tokens.letters(w0)))
    }
    /// قد / لقد and adverbs of sequence that open a sentence before its verb (folded, with or
    /// without و / ف).
    static let beforeVerbOpeners: Set<[Unicode.Scalar]> = Set(Arabic.beforeVerbOpeners.map(Normalizer.foldedScalars))

    /// A name right after the verb at position `v` of `words` (a verb no rule knows), up to the
    /// first word that is no part of a name — the verb's object (ويعلل هول التراخي → هول;
    /// وتختصر دلال بدر المطيري تعليقها → دلال بدر المطيري): the phrase read there, cut before its
    /// first definite word that follows an indefinite one; nil when its first word is no name
    /// (`SourceResolver.hasName`) or a cue, or a break stands between.
    func namedVerbSubject(at v: Int, _ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v + 1 < words.count, words[v + 1] < m.firstToken, !hasBreak(a, between: words[v], and: words[v + 1]) || resolver.onlyQuotesBetween(a, words[v], words[v + 1]),
              cues.covered(words[v]).subtracting([.verb]).isEmpty, cues.covered(words[v + 1]).isEmpty,
              resolver.hasName(a, CollectionOfOne(words[v + 1]), cues: cues),
              let ph = resolver.phrase(in: a, unit: unit, words: words, from: v + 1, cues: cues, quotedName: true),
              ph.end <= m.start, ph.kind == .person,
              // (a later word with و / ف glued on opens another clause: رحلوا بإرادتهم ودافع …)
              !ph.words.dropFirst().contains(where: { hasConjunction(a, $0) }) else { return nil }
        var cut = ph.words.count
        for (k, t) in ph.words.enumerated() where k > 0 {
            if SourceResolver.isDefinite(a.tokens.letters(t)) && !SourceResolver.isDefinite(a.tokens.letters(ph.words[k - 1])) {
                // (a family name after two given names or more closes the name: دلال بدر المطيري —
                // after one it is as often the object, هول التراخي)
                cut = k >= 2 && resolver.isFamilyName(a, t, cues: cues) ? k + 1 : k
                break
            }
        }
        if cut == ph.words.count { return ph }
        let kept = Array(ph.words[..<cut])
        return SourcePhrase(start: ph.start, end: a.tokens[kept[kept.count - 1]].end, words: kept, kind: ph.kind,
                            refersBack: false, key: resolver.key(a, kept))
    }

    /// The subject a verb cue's gap holds when `speaker: clause` asks for it whole (ورفض وزير
    /// الخارجية ما تردد): the phrase read from the gap's first word must take in every word of the
    /// gap — one word a name or a speaker's, or words each of which a rule knows (or a relational
    /// adjective with the article after them), naming a speaker
    /// — else the gap held the verb's object (رفضت الصحيفة حذف ما نشرته) or a clause (رفض حضور
    /// الجلسة بعد ما تردد), and nil.
    func gapOnlySubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard let g = m.gapToken, let e = m.gapEnd else { return nil }
        let inner = words.filter { $0 >= g && $0 < e }
        guard !inner.isEmpty, let ph = resolver.phrase(in: a, unit: unit, words: inner, from: 0, cues: cues),
              let phLast = ph.words.last else { return nil }
        if phLast != inner.last {
            // the phrase stopped at an adverb pair after its title (ورفض الوزير جملة وتفصيلا ما تردد:
            // `SourceResolver.opensAdverbPair`), the pair all the gap holds after it: the title alone
            let rest = inner.filter { $0 > phLast }
            guard rest.count <= 2, cues.covered(phLast).contains(.title), let k = words.firstIndex(of: rest[0]),
                  resolver.opensAdverbPair(a, words, at: k), namesSpeaker(ph, cues) else { return nil }
            return ph
        }
        // one word that is a name or a speaker's (ورفض يونكر، ورفض الرئيس); more, each a word the
        // rules know (وزير الخارجية الفرنسي) — a word no rule knows after a known one is the verb's
        // object as often (رفضت الصحيفة حذف)
        if inner.count == 1 { return namesSpeaker(ph, cues) || resolver.hasName(a, ph.words, cues: cues) ? ph : nil }
        // (the cue itself covers them: its kind and a verb's are no knowledge of the word; a
        // relational adjective with the article describes the known word before it: الفرنسي)
        func known(_ t: Int) -> Bool {
            !cues.covered(t).subtracting([.verb, .report, .denial]).isEmpty || SourceResolver.isRelationalWithArticle(a.tokens.letters(t))
        }
        if inner.allSatisfy(known) && namesSpeaker(ph, cues) { return ph }
        // a title, then its holder's name (ورفض الأمير محمد بن سلمان ما تردد، ورفض الوزير خالد
        // العلي ما تردد): the known words, then a name of two words at least — each one that looks
        // like a name or a particle of one (بن، آل), the last one may be a family name with the
        // article — and nothing after it; one word after a title is as often the verb's object
        // (ورفضت الوزيرة نشر ما تردد)
        guard let k = inner.firstIndex(where: { !known($0) }), k > 0, cues.covered(inner[k - 1]).contains(.title),
              ph.kind == .person, inner.count - k >= 2 else { return nil }
        let name = inner[k...]
        // (an adverb is no name: a word in the accusative's ـًا / ـا (قطعيا، وتفصيلا) or one with و
        // glued on joining a pair (جملة وتفصيلا، قطعيا وتماما) — the title alone is the subject)
        if name.contains(where: { resolver.looksAdverbial(a, $0) }) || name.dropFirst().contains(where: { hasConjunction(a, $0) }) {
            let kept = ph.words.filter { $0 < inner[k] }
            guard let lastKept = kept.last else { return nil }
            let title = SourcePhrase(start: ph.start, end: a.tokens[lastKept].end, words: kept, kind: ph.kind,
                                     refersBack: false, key: resolver.key(a, kept))
            return namesSpeaker(title, cues) ? title : nil
        }
        let particle = { (t: Int) in SourceResolver.isAmong(a.tokens.letters(t), SourceResolver.nameLinkLetters) }
        let family = { (t: Int) in SourceResolver.isDefinite(a.tokens.letters(t)) && SourceResolver.isRelational(a.tokens.letters(t)) }
        guard name.allSatisfy({ cues.covered($0).subtracting([.verb, .report, .denial]).isEmpty || particle($0) }),
              !particle(name[name.startIndex]), resolver.hasName(a, CollectionOfOne(name[name.startIndex]), cues: cues),
              name.dropFirst().allSatisfy({ particle($0) || family($0) || resolver.hasName(a, CollectionOfOne($0), cues: cues) }),
              !particle(name[name.endIndex - 1]) else { return nil }
        return ph
    }

    /// The unnamed group that opens a unit (SV order: والسكان غاضبون …، الأهالي في الحي …) as the
    /// subject of plural verb `m` later in it: the phrase read from the unit's first word, when
    /// that word is a collective or an anonymous source, the phrase ends before the verb and no
    /// reporting verb or complementiser stands between them (whose clause would be another's).
    func openingGroupSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard words.count > 2, words[0] == a.tokenRanges[unit].lowerBound || a.tokens[words[0]].afterBreak,
              cues.covered(words[0]).intersects([.collective, .anonymous]),
              let head = cues.longest([.collective, .anonymous], at: words[0], rules) else { return nil }
        // the group's own words only: from its cue's start (after a glued و: والسكان → السكان) to the
        // last word its cue covers, not the predicate no rule reads after it (غاضبون، استقبلوا)
        var upTo = words.lastIndex(where: { $0 < head.nextToken }) ?? 0
        // … and the definite words right after it, its adjectives or the noun it heads (السكان
        // المحليون، سكان الحي), up to the first indefinite word, the predicate (غاضبون، استقبلوا)
        while upTo + 1 < words.count, words[upTo + 1] < m.firstToken, !hasBreak(a, between: words[upTo], and: words[upTo + 1]) {
            let w = a.tokens.letters(words[upTo + 1])
            guard w.count > 3, w[w.startIndex] == Arabic.alef, w[w.startIndex + 1] == Arabic.lam else { break }
            upTo += 1
        }
        let offset = definiteAfterConjunction(a, words[0])
        guard let ph = resolver.phrase(in: a, unit: unit, words: Array(words[...upTo]), from: 0, startOffset: offset, cues: cues), ph.end <= m.start,
              let last = ph.words.last else { return nil }
        let between = words.filter { $0 > last && $0 < m.firstToken }
        guard !between.contains(where: { cues.covered($0).intersects([.report, .complement, .according, .relay, .denial]) }) else { return nil }
        return ph
    }

    /// Where a definite word with و / ف glued on starts without it (والسكان → السكان، والشركة →
    /// الشركة): the source is the noun, not the conjunction. Nil for any other word.
    func definiteAfterConjunction(_ a: ArticleText, _ t: Int) -> Int? {
        let l = a.tokens.letters(t)
        guard l.count > 3, let f = l.first, f == Arabic.waw || f == Arabic.faa,
              l[l.startIndex + 1] == Arabic.alef, l[l.startIndex + 2] == Arabic.lam else { return nil }
        return a.tokens[t].start + 1
    }

    /// A verb right after a conjunction of time (عندما، حين، حينما), with no subject of its
    /// own, in a unit that opens with a verb no rule knows (ثم عزز مدرب الفريق فلان فرضية ضمه
    /// عندما قال من المدينة …): the opening verb's subject says it, when its first word names a
    /// speaker the rules know — not the previous source, which a bare verb would refer back to.
    /// (A leading ثم or a fronted adverbial before the opening verb is skipped.)
    /// So does a singular verb linked to the opening clause by a word of the same subject
    /// (`Arabic.sameSubjectLinks`: أطلق الوزير المبادرة، حيث أكد أن …، وقد أوضح), by its own و
    /// (افتتحت الوزيرة المعرض وقالت إن) or by a comma alone — when it agrees with the opening
    /// verb in gender (a feminine ت ending on both or neither; a ت-prefixed verb, تحدث or
    /// تؤكد, is left alone). An unnamed group as that subject makes the unit anonymous.
    func whenClauseSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        let v = position(words, m.firstToken)
        guard v >= 3, v < words.count, words[v] == m.firstToken,
              words[0] == a.tokenRanges[unit].lowerBound || a.tokens[words[0]].afterBreak else { return nil }
        let when = !hasConjunction(a, m.firstToken) && !hasBreak(a, between: words[v - 1], and: words[v])
            && Self.whenConjunctions.contains(where: { a.tokens.letters(words[v - 1]).elementsEqual($0) })
        // the word the opening clause ends before: the conjunction, the link word, or the verb
        var bound = words[v - 1]
        if !when {
            let prev = Arabic.withoutConjunctions(a.tokens.letters(words[v - 1]))
            if !hasBreak(a, between: words[v - 1], and: words[v]), Self.sameSubjectLinks.contains(where: { prev.elementsEqual($0) }) {
            } else if hasConjunction(a, m.firstToken) || onlyComma(a, between: words[v - 1], and: words[v]) {
                guard !hasBreak(a, between: words[v - 1], and: words[v]) || onlyComma(a, between: words[v - 1], and: words[v]) else { return nil }
                bound = words[v]
            } else { return nil }
            guard !isPluralVerb(a, m.firstToken), !isParticiple(a.tokens, m.firstToken) else { return nil }
        }
        let o = Self.thumma.contains(where: { a.tokens.letters(words[0]).elementsEqual($0) }) ? 1 : 0
        // the opening word looks like a past verb: no article (القبيلة هي مؤسسة …), no prefix of
        // the present (ونجد الإحصائيات، تدشن الوزارة: the writer's or the news's own present)
        var w = Array(a.tokens.letters(words[o]))
        if hasConjunction(a, words[o]) { w.removeFirst() }
        guard let f = w.first, !(w.count > 2 && w[0] == Arabic.alef && w[1] == Arabic.lam),
              f != Arabic.ya, f != Arabic.ta, f != Arabic.nun else { return nil }
        if !when {
            // the linked verb agrees with the opening one: feminine (ت) on both or neither; not a
            // feminine plural in ن (وعدن is mostly "and Aden"); and the opening word is no word
            // after which a verb-looking one is a noun (كل محطة، تقريبا، ستؤكد)
            var l = Array(a.tokens.letters(m.firstToken))
            if hasConjunction(a, m.firstToken) { l.removeFirst() }
            // (feminine: ending in ت that is not the root's, لفت، ثبت، أنصت — review)
            func feminine(_ x: [Unicode.Scalar]) -> Bool { x.last == Arabic.ta && !Self.rootTaPasts.contains(x) }
            guard let lf = l.first, let ll = l.last, lf != Arabic.ta || ll == Arabic.ta, ll != Arabic.nun,
                  feminine(l) == feminine(w),
                  !Self.nominalHeads.contains(where: { a.tokens.letters(words[o]).elementsEqual($0) }) else { return nil }
        }
        // (not opening inside a quotation: the opening clause is then another speaker's words,
        // «أطلقت الوزارة المبادرة، حيث أكدت …»، قال المدير — review)
        if !when, (a.tokenRanges[unit].lowerBound..<words[0]).contains(where: { t in
            a.tokens[t].kind == .punct && a.tokens.letters(t).first.map(QuotationMarks.isQuote) == true }) { return nil }
        let ph = verbSubject(at: o, m, a, unit, words, cues) ?? (o == 0 ? openingVerbSubject(m, a, unit, words, cues) : nil)
        guard let ph, let first = ph.words.first, cues.kinds(at: first, rules).intersects(Self.speakerHeads) else { return nil }
        // nothing between the subject and the conjunction opens a statement or another clause
        // (وكبقية الناس، تجد أنك … حين يتحدث)
        if let last = ph.words.last, words.contains(where: { $0 > last && $0 < bound && cues.covered($0).intersects([.complement, .report, .verb]) }) { return nil }
        return ph
    }
    static let whenConjunctions: [[Unicode.Scalar]] = Arabic.whenConjunctions.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let thumma: [[Unicode.Scalar]] = [Array(Normalizer.folded(Arabic.thumma).unicodeScalars)]
    static let sameSubjectLinks: [[Unicode.Scalar]] = Arabic.sameSubjectLinks.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let rootTaPasts: Set<[Unicode.Scalar]> = Set(Arabic.rootTaPasts.map { Array(Normalizer.folded($0).unicodeScalars) })

    /// A document that opens the unit as its topic, described before its verb (دراسة أجرتها
    /// الجامعة، تشير إلى أن …; تقرير أعده المركز حول الطاقة يلفت الانتباه إلى …): the document is
    /// the speaker though a comma or a long description stands between it and the verb, which
    /// has no subject of its own after it (SOURCING.md, "What makes a unit attributed": a
    /// document is a source). Only the unit's first reporting verb, with no و of its own, within
    /// `documentTopicReach` words of the noun, and no complement before it (the words are the
    /// document's description, not someone's statement).
    func documentTopic(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        let v = position(words, m.firstToken)
        guard v >= 2, v <= Self.documentTopicReach, v < words.count, words[v] == m.firstToken,
              words[0] == a.tokenRanges[unit].lowerBound || a.tokens[words[0]].afterBreak,
              cues.has(.documentHead, at: words[0], rules), !hasConjunction(a, m.firstToken),
              !isParticiple(a.tokens, m.firstToken),
              !words[1..<v].contains(where: { cues.covered($0).intersects([.complement, .report, .relay, .according, .denial, .passive, .hedge, .ownVoice]) }),
              let ph = resolver.phrase(in: a, unit: unit, words: Array(words[0..<v]), from: 0, cues: cues, skipAdverbs: false),
              ph.kind == .document, ph.end <= m.start else { return nil }
        return ph
    }
    static let documentTopicReach = 14

    /// Whether a cue opens with a noun and a relative pronoun before its verb (الاتهامات التي
    /// وجهها): the noun is the verb's object, so what stands before the noun (a preposition, a
    /// demonstrative: بما في ذلك الاتهامات التي وجهها المدعون) says nothing of the verb.
    func opensRelativeClause(_ m: CueMatch, _ a: ArticleText) -> Bool {
        let r = m.firstToken + 1
        guard m.nextToken > r + 1, r < a.tokens.count, a.tokens[r].kind == .word else { return false }
        let w = a.tokens.letters(r)
        return Self.relatives.contains { w.elementsEqual($0) }
    }

    /// The cue kinds of a word that heads a speaker's phrase.
    static let speakerHeads: CueKinds = [.title, .organization, .outlet, .outletHead, .collective, .role, .documentHead]

    /// Whether a verb carries the conjunction و and the third person plural ending — the past
    /// وا or the present ون (واعتقدوا، ويرون، ويطالبون).
    func isCoordinatedPlural(_ a: ArticleText, _ t: Int) -> Bool {
        let forms = a.tokens.forms(t)
        guard a.tokens[t].starts(with: Arabic.waw), forms.count > 1, forms[forms.startIndex + 1].clitics == .conjunction else { return false }
        let f = a.tokens.letters(forms[forms.startIndex + 1])
        guard f.count >= 4, let last = f.last else { return false }
        let before = f[f.index(before: f.endIndex).advanced(by: -1)]
        return (before == Arabic.waw && last == Arabic.alef) || (before == Arabic.waw && last == Arabic.nun)
    }

    /// Whether a verb (a conjunction glued on or not) has the ending of the plural or the dual:
    /// the past وا / ا (أكدوا، قالا، اعتبرتا), the present ون / ان (يرون، يقولان) — not a singular
    /// with the object pronouns هم / هن (يراهم، يطالب بهن); one with ها of five letters or more
    /// (أكدها) is read as a dual.
    func isPluralVerb(_ a: ArticleText, _ t: Int) -> Bool { Self.isPluralVerb(a, t) }
    static func isPluralVerb(_ a: ArticleText, _ t: Int) -> Bool {
        var l = a.tokens.letters(t)
        if l.count > 4, l.first == Arabic.waw || l.first == Arabic.faa { l = l.dropFirst() }
        guard l.count >= 4, let last = l.last else { return false }
        let before = l[l.index(before: l.endIndex).advanced(by: -1)]
        // (the dual's bare ا after a stem of four letters at least: not فيما، إنما — though a
        // singular with the object pronoun ها, أكدها، اعتبرها، passes too: telling them apart
        // changed sources for the worse on the corpus, review)
        if last == Arabic.alef { return before == Arabic.waw || l.count >= 5 }
        return last == Arabic.nun && (before == Arabic.waw || before == Arabic.alef)
    }

    /// Whether a verb carries the conjunction و and no ending of the feminine (ت), the dual or
    /// the plural (ا، ون): the third person masculine singular (وأكد، ويرى، وبين).
    func isCoordinatedMasculine(_ a: ArticleText, _ t: Int) -> Bool {
        let forms = a.tokens.forms(t)
        guard a.tokens[t].starts(with: Arabic.waw), forms.count > 1, forms[forms.startIndex + 1].clitics == .conjunction else { return false }
        let f = a.tokens.letters(forms[forms.startIndex + 1])
        guard f.count >= 2, let last = f.last, last != Arabic.ta, last != Arabic.alef else { return false }
        return !(last == Arabic.nun && f[f.index(before: f.endIndex).advanced(by: -1)] == Arabic.waw)
    }

    /// Whether a masculine singular verb joined by و can share the subject `ph` of the verb
    /// that opens the unit: that verb is one the rules know as a verb (not a noun heading run
    /// into the text, استغلال الأمهات وأضاف), it has no feminine ending (قدمت إذاعة … مقابلة
    /// مع فلان، وأجاب: the one asked answers), and no other speaker's verb stands between the
    /// subject and `m` (وسقط عشرات القتلى …، وكان التنظيم أعلن …، وقال).
    func sharesSubject(with ph: SourcePhrase, _ m: CueMatch, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        let s = position(words, ph.words[0])
        guard s >= 1, s < words.count, let last = ph.words.last else { return false }
        let verb = words[s - 1]
        guard cues.covered(verb).contains(.verb), a.tokens.letters(verb).last != Arabic.ta else { return false }
        return !words.contains { $0 > last && $0 < m.firstToken && cues.covered($0).intersects([.report, .relay, .according, .denial, .told]) }
    }

    /// `اللاعب فرناندو الذي غرد عبر حسابه من أنه ...`, `الشركة التي أكدت أن ...`: a verb right after
    /// a relative pronoun, with no subject after it, has the noun phrase before the pronoun as its
    /// subject — when the verb has its content (a complement, or an object of its own: not the
    /// object relative of `الرجل الذي اتهمه`) and the phrase names a speaker the rules know or a name.
    /// `complement`, when known, is `hasComplement`'s answer for `m`.
    func relativeSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                         complement: Bool? = nil) -> SourcePhrase? {
        let v = position(words, m.firstToken)
        guard v >= 2, v < words.count, words[v] == m.firstToken, !hasConjunction(a, m.firstToken),
              !hasBreak(a, between: words[v - 1], and: words[v]) else { return nil }
        let rel = a.tokens.letters(words[v - 1])
        guard Self.relatives.contains(where: { rel.elementsEqual($0) }) else { return nil }
        let r = v - 1
        if Self.pluralRelatives.contains(where: { rel.elementsEqual($0) }) {
            // (people spoken of inside another speaker's content are no source: وأكد خلفان أن
            // الحملة من أنصارهم الذين يريدون تأويل تصريحاته)
            if words[..<r].contains(where: { let k = cues.covered($0); return k.contains(.report) && !k.contains(.ownVoice) }) { return nil }
            if describesByPresent(m, a, unit, words, cues, complement: complement) { return nil }
            if let ph = relativeGroup(before: r, m, a, unit, words, cues, complement: complement) { return ph }
        }
        // a comma may set the relative clause off (الوزير، الذي أكد أن)
        var s = r - 1
        while s > 0 && r - s < 6 && !a.tokens[words[s]].afterBreak && !hasBreak(a, between: words[s - 1], and: words[s])
                && !cues.covered(words[s - 1]).intersects([.stop, .complement, .report, .relay, .according, .told, .adverb, .verb, .hedge]) { s -= 1 }
        // the phrase opens at the nearest head word the rules know (a title, a body, an outlet, a
        // group: مستحقات [اللاعب البرازيلي فرناندو] الذي), else it is the name just before the pronoun
        let heads: CueKinds = [.title, .organization, .outlet, .outletHead, .collective, .role, .documentHead]
        var start = stride(from: r - 1, through: s, by: -1).first { cues.covered(words[$0]).intersects(heads) } ?? (r - 1)
        // a body matched word by word is one phrase: from its first word (وزارة الخارجية التي);
        // not across an outlet word (هيئة الإذاعة البريطانية التي ترى is left as it was read)
        let bodyWords: CueKinds = [.organization, .title]
        while start > s && cues.covered(words[start]).intersects(bodyWords) && cues.covered(words[start - 1]).intersects(bodyWords)
                && !cues.covered(words[start]).intersects([.outlet, .outletHead]) && !cues.covered(words[start - 1]).intersects([.outlet, .outletHead]) { start -= 1 }
        guard let ph = resolver.phrase(in: a, unit: unit, words: Array(words[start..<r]), from: 0, cues: cues, skipAdverbs: false),
              ph.words.count == r - start, namesSpeaker(ph, cues) || resolver.hasName(a, ph.words, cues: cues),
              complement ?? hasComplement(after: m, a, unit, words, cues) || hasOwnObject(m, a, unit, words) else { return nil }
        return ph
    }

    /// Whether a present verb after a plural relative has no content after أن, only an object: it
    /// describes people by a standing wish or view (الأشخاص الذين يعارضون استخدام المطمر، الذين
    /// يتابعون الدوري), the writer's description, no statement of theirs — with its content after
    /// أن it is their view (الذين يرون أن). Such a verb is left as it was read before (backlog8).
    func describesByPresent(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                            complement: Bool?) -> Bool {
        var l = a.tokens.letters(m.firstToken)
        if l.count > 4, l.first == Arabic.waw || l.first == Arabic.faa { l = l.dropFirst() }
        guard l.first == Arabic.ya || l.first == Arabic.ta else { return false }
        return !(complement ?? hasComplement(after: m, a, unit, words, cues))
    }

    /// How many words an unidentified group may stand before the plural relative that takes it up.
    static let relativeGroupReach = 8

    /// The unidentified group a plural relative (الذين، اللواتي، اللاتي) takes up as the subject of
    /// its verb (المواطنون الذين عبروا عن غضبهم، عدد من الأطباء العاملين في المستشفى الذين أكدوا
    /// أن، رواد شبكات التواصل الذين طالبوا بـ): the nearest word before the relative, within
    /// `relativeGroupReach` words and across في / من and a comma right before the relative, that a
    /// collective or anonymous cue covers — people, where the relative's plural cannot take up a
    /// body or a place standing after them (المستشفى) — read from the first word of the cue that
    /// covers it (عدد من) as an anonymous source (SOURCING.md, anonymous: unidentified groups; a
    /// stance counts "also inside a clause"). None when the verb is not plural (الناس الذين يراهم:
    /// the relative is its object), when a reporting verb, a complementiser, a verb or punctuation
    /// other than that comma stands between, or when the verb has no content; the caller leaves it
    /// out inside another speaker's content (قال إن المواطنين الذين …).
    func relativeGroup(before r: Int, _ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                       complement: Bool?) -> SourcePhrase? {
        // (the verb agrees with the relative it has for subject: not الناس الذين يراهم, whose
        // subject is someone else)
        guard isPluralVerb(a, m.firstToken) else { return nil }
        let group: CueKinds = [.collective, .anonymous]
        let barrier: CueKinds = [.complement, .report, .relay, .according, .told, .denial, .verb, .hedge, .passive, .ownVoice]
        var g = r - 1, found: Int? = nil
        while g >= 0 && r - g <= Self.relativeGroupReach {
            let k = cues.covered(words[g])
            if k.intersects(group) { found = g; break }
            if k.intersects(barrier) { return nil }
            // (only the comma that sets the relative clause off: الناس في الرياض، الذين)
            if g > 0 && hasBreak(a, between: words[g - 1], and: words[g]) { return nil }
            if a.tokens[words[g]].afterBreak { return nil }
            g -= 1
        }
        guard let g = found else { return nil }
        // the first word of the cues covering the group's word or reaching it (عدد من الأطباء
        // العاملين، رواد شبكات التواصل)
        var j = g
        for i in stride(from: g, through: max(0, g - 6), by: -1) {
            if i < g && (hasBreak(a, between: words[i], and: words[i + 1]) || a.tokens[words[i + 1]].afterBreak) { break }
            if cues.starting(at: words[i]).contains(where: { group.contains(rules[$0.rule].kind) && $0.nextToken >= words[j] }) { j = i }
        }
        guard let ph = resolver.phrase(in: a, unit: unit, words: Array(words[j..<r]), from: 0, cues: cues, skipAdverbs: false),
              ph.kind == .anonymous, ph.words.contains(words[g]),
              complement ?? hasComplement(after: m, a, unit, words, cues) || hasOwnObject(m, a, unit, words) else { return nil }
        return ph
    }
    /// The relative pronouns of people in the plural or the dual (folded).
    static let pluralRelatives: [[Unicode.Scalar]] = Arabic.peopleRelativePronouns.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Whether a verb cue has its content in an object of its own — a rule that needs no
    /// complement and takes no object pronoun, with a word after it in its clause (الرئيس الذي
    /// وعد بالانتهاء من المشروع، الوزير الذي أشاد بالقرار): after a relative pronoun it is the
    /// subject's pledge or stance, not an object relative (الرجل الذي اتهمه), whose verb carries
    /// the pronoun, nor a bare verb (الذي قال.).
    func hasOwnObject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int]) -> Bool {
        guard !rules[m.rule].needsComplement && !rules[m.rule].takesObjectPronoun && rules[m.rule].kind == .report else { return false }
        let p = position(words, m.nextToken)
        return p < words.count && (m.end > a.tokens[words[p]].start || !hasBreak(a, between: lastWord(m, words), and: words[p]))
    }

    /// The relative pronouns (folded).
    static let relatives: [[Unicode.Scalar]] = Arabic.relativePronouns.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Whether the subject after a verb is a name in quotation marks (وأعلنت “مايكروسوفت” عن،
    /// وقالت «أرامكو» إن): the marks open right after the verb and close within three words, before
    /// what follows a speaker (a complement, a stop word, an outlet told to) or before a colon
    /// (وأكدت "فاطمة السلمي": "…", when the marked words hold a name) — not quoted words
    /// (وأضاف «شكرا للجميع».).
    func quotedSubject(_ a: ArticleText, _ words: [Int], at p: Int, _ cues: SourceResolver.TokenCues) -> Bool {
        guard p > 0, resolver.onlyQuotesBetween(a, words[p - 1], words[p], brackets: true) else { return false }
        // a name in round brackets (دعا (تحالف دعم الشرعية) إلى) closes with one
        let bracketed = resolver.bracketBetween(a, words[p - 1], words[p], closing: false)
        // a body, a group, an outlet, a title or a role heading the marked words may run to six
        // (وأفاد «المرصد السوري لحقوق الإنسان» بأن), any other words to three
        let speakerHead = cues.kinds(at: words[p], rules).intersects([.title, .organization, .outlet, .outletHead, .collective, .role])
        var q = p
        while q + 1 < words.count && q < p + (speakerHead ? 6 : 3) {
            if resolver.hasPunctBetween(a, words[q], words[q + 1]) {
                // in brackets, a speaker's words the rules know or a name — not an aside (طالب
                // (24 عاما)) nor a quoted word bracketed too («(الاستشهاد)»)
                if bracketed {
                    guard resolver.bracketBetween(a, words[q], words[q + 1], closing: true), words[p - 1] + 2 == words[p],
                          !a.tokens.letters(words[p]).contains(where: { Segmenter.isDigit($0) }),
                          speakerHead || resolver.hasName(a, words[p...q], cues: cues) else { return false }
                }
                // a name in marks, then a colon and the words it said (وأكدت "فاطمة السلمي": "يجب …",
                // وقال "البرقان": "…": one family name with the article)
                if !bracketed && resolver.quoteThenColon(a, words[q], words[q + 1]) {
                    return resolver.hasName(a, words[p...q], cues: cues)
                        || (q == p && SourceResolver.isDefinite(a.tokens.letters(words[p])) && cues.covered(words[p]).isEmpty)
                }
                // (a bracket is a hard break: the word after the closing one is after a break)
                guard resolver.onlyQuotesBetween(a, words[q], words[q + 1], brackets: true), bracketed || !a.tokens[words[q + 1]].afterBreak else { return false }
                let after = cues.kinds(at: words[q + 1], rules)
                if after.intersects([.complement, .stop, .told, .outlet]) { return true }
                // a body named in marks, then a relative pronoun on it (دعا (تحالف …) الذي تتزعمه) —
                // not a document's or a thing's name (مجموعة تدعى «الحسابات …» التي)
                let w = a.tokens.letters(words[q + 1])
                return cues.kinds(at: words[p], rules).intersects([.organization, .collective, .outlet])
                    && Self.relatives.contains { w.elementsEqual($0) }
            }
            q += 1
        }
        return false
    }

    /// Whether the word at `p`, right after verb `m` across an opening round bracket, opens a
    /// subject in brackets (`quotedSubject`: دعا (تحالف دعم الشرعية) إلى) — the bracket no break.
    func bracketedSubject(_ m: CueMatch, _ a: ArticleText, _ words: [Int], at p: Int, _ cues: SourceResolver.TokenCues) -> Bool {
        resolver.bracketBetween(a, lastWord(m, words), words[p], closing: false) && quotedSubject(a, words, at: p, cues)
    }

    /// The subject of a verb opening the unit (verb–subject order, as most news sentences run),
    /// for a participle later in the unit: the phrase after the first word, when that word is
    /// no cue but a verb's (no noun the rules know, no particle) and the phrase names a speaker
    /// — a title, a body, an outlet or a group the rules know, not a bare noun.
    /// A fronted adverbial set off by a comma (وعقب أداء الصلاة، قدم الأمير …؛ وخلال الحفل، ألقى
    /// المدير كلمة) does not hide the verb: the clause after the comma opens with it.
    func openingVerbSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard words.count > 2, words[0] == a.tokenRanges[unit].lowerBound || a.tokens[words[0]].afterBreak else { return nil }
        if let ph = verbSubject(at: 0, m, a, unit, words, cues) { return ph }
        guard let v = afterFrontedAdverbial(a, words, before: m.firstToken, cues) else { return nil }
        return verbSubject(at: v, m, a, unit, words, cues)
    }

    /// The subject after the word at position `v` of `words`, when that word is a verb no rule
    /// knows and the phrase names a speaker (see `openingVerbSubject`).
    func verbSubject(at v: Int, _ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v + 1 < words.count, words[v + 1] < m.firstToken, !hasBreak(a, between: words[v], and: words[v + 1]),
              cues.covered(words[v]).subtracting([.verb]).isEmpty,
              let ph = resolver.phrase(in: a, unit: unit, words: words, from: v + 1, cues: cues),
              ph.end <= m.start else { return nil }
        return namesSpeaker(ph, cues) ? ph : nil
    }

    /// The position of the first word after a fronted adverbial that opens the unit — a
    /// preposition or adverb of time or circumstance (`Arabic.adverbialDemonstrativeHeads`:
    /// عقب، بعد، خلال، في …) and at most `frontedAdverbialReach` words up to the first comma —
    /// when that word stands before token `limit`; else nil.
    func afterFrontedAdverbial(_ a: ArticleText, _ words: [Int], before limit: Int, _ cues: SourceResolver.TokenCues) -> Int? {
        guard Self.adverbialDemonstrativeHeads.contains(where: { a.tokens.letters(words[0]).elementsEqual($0) }) else { return nil }
        var k = 1
        while k < words.count && k <= Self.frontedAdverbialReach && words[k] < limit {
            if onlyComma(a, between: words[k - 1], and: words[k]) { return k }
            if hasBreak(a, between: words[k - 1], and: words[k]) || cues.covered(words[k]).intersects([.complement, .report]) { return nil }
            k += 1
        }
        return nil
    }
    static let frontedAdverbialReach = 10

    /// Whether a phrase holds a word the rules know as a speaker's: a title, a body, an outlet,
    /// a group, a role or a document (not a bare noun: أمل جديد، القطعة).
    func namesSpeaker(_ ph: SourcePhrase, _ cues: SourceResolver.TokenCues) -> Bool {
        ph.words.contains(where: { cues.kinds(at: $0, rules).intersects([.title, .organization, .outlet, .outletHead, .collective, .role, .documentHead]) })
    }

    /// The nearest cue of a reporting verb (not a participle) before participle `m` in its unit,
    /// at or after token `from` when given (the start of `m`'s clause, `clauseStart`).
    func verbBefore(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ cues: SourceResolver.TokenCues, from: Int? = nil) -> CueMatch? {
        var t = m.firstToken - 1
        let lower = max(a.tokenRanges[unit].lowerBound, from ?? 0)
        while t >= lower {
            if a.tokens[t].kind == .word, !isParticiple(a.tokens, t), let v = cues.longest([.report], at: t, rules), v.firstToken == t { return v }
            t -= 1
        }
        return nil
    }

    /// The first token of the clause of token `i` in its unit: after the nearest comma or
    /// semicolon before it, or after a ثم standing alone (… على الانتقادات، ثم أطلقت الشرطة); the
    /// unit's first token when there is none.
    func clauseStart(before i: Int, _ a: ArticleText, _ unit: Int) -> Int {
        let lower = a.tokenRanges[unit].lowerBound
        var t = i - 1
        while t >= lower {
            let tok = a.tokens[t]
            if tok.kind == .punct && (tok.isComma || tok.is(Arabic.semicolon) || tok.is(";")) { return t + 1 }
            if tok.kind == .word && Self.thumma.contains(where: { a.tokens.letters(t).elementsEqual($0) }) { return t + 1 }
            t -= 1
        }
        return lower
    }

    /// SV order: up to six words before a verb with no conjunction, in the verb's clause
    /// (روسيا وماسك ينفيان، المتهم قال، هيئة الإغاثة تصف).
    /// The topic of أما opening the unit, before a verb glued to ف (أما عمار عبدالشكور، أحد
    /// الجيولوجيين في الهيئة فبين أن): the verb's subject.
    func ammaTopic(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        let v = position(words, m.firstToken)
        guard v > 1, a.tokens.letters(words[0]).elementsEqual(Self.ammaLetters), a.tokens[m.firstToken].starts(with: Arabic.faa) else { return nil }
        return resolver.phrase(in: a, unit: unit, words: Array(words[1..<v]), from: 0, cues: cues)
    }
    static let ammaLetters = Normalizer.foldedScalars(Arabic.amma)

    func svSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                   skipKana: Bool = true) -> SourcePhrase? {
        // ما taken up by the verb's object pronoun (وممّا قاله هوفهان، وهو ما أكده الوزير): the subject follows
        if rules[m.rule].takesObjectPronoun && followsMa(m, a, unit) { return nil }
        var v = position(words, m.firstToken)
        let verb = a.tokens[m.firstToken]
        let verbForms = a.tokens.forms(m.firstToken)
        // the particle قد / لقد between the subject and its verb (النيابة العامة قد وجهت)
        let afterQad = v > 1 && Self.qad.contains(where: { a.tokens.letters(words[v - 1]).elementsEqual($0) })
        // a verb after قد carries no conjunction: its و is a root letter (وكان الوزير قد وصف، قد وعد)
        var conj = !afterQad && verb.starts(with: Arabic.waw) && verbForms.count > 1 && verbForms[verbForms.startIndex + 1].clitics == .conjunction
        if afterQad { v -= 1 }
        // كان right before the verb (or its قد), after its subject (بعض المحللين كانوا توقعوا،
        // الوزارة كانت قد أعلنت): the subject stands before كان
        // (only a subject whose first word the rules know as a speaker's: واعتقلت الشرطة عشرة
        // أشخاص كانوا يخططون opens with a verb no rule knows, its كانوا a description)
        // (read with كان in the span when that finds none: والدته وأباه كانا يقولان)
        let skippedKana = skipKana && v > 1 && isKanaBare(a, words[v - 1]) && !hasBreak(a, between: words[v - 1], and: words[v])
        if skippedKana { v -= 1 }
        // a conjunction written apart from its verb (، و تشير مصادر، و قال): the verb opens a new
        // clause, as with و glued on — the lone letter is no subject (s15: «و تشير مصادر لـ» read
        // the speaker «و»)
        if v > 0, case let w = a.tokens.letters(words[v - 1]), w.count == 1, w.first == Arabic.waw || w.first == Arabic.faa { conj = true }
        if !conj && v > 0 && !describesClauseSubject(a.tokens, m.firstToken) {
            // the من of a partitive group (عددًا من سكان القرى أبدوا، بعض من جربوا النظام أكدوا)
            // belongs to the subject: a stop word inside a collective cue does not end it, nor does
            // the group's first word that a complement's pattern reads after فإن (فإن بعض الضحايا
            // أعربوا) — unless a reporting verb stands earlier in the unit: the group's clause is
            // then that speaker's content (قال إن الكثير من المنتجين رفضوا), its verb no source
            var inContent: Bool? = nil
            func kinds(_ t: Int) -> CueKinds {
                let k = cues.covered(t)
                // علي after a given name or a title is the name (الوزير محمد علي قال)
                if k.contains(.stop), a.tokens.letters(t).elementsEqual(Self.aliLetters), isNameAliBefore(a, unit, t, cues) {
                    return k.subtracting([.stop])
                }
                guard k.contains(.collective) else { return k }
                if inContent == nil { inContent = words[..<v].contains { cues.covered($0).contains(.report) } }
                if inContent == true { return k }
                return cues.has(.complement, at: t, rules) ? k.subtracting([.stop]) : k.subtracting([.stop, .complement])
            }
            var s = v - 1
            while s > 0 && !a.tokens[words[s]].afterBreak && !hasBreak(a, between: words[s - 1], and: words[s])
                    && !kinds(words[s - 1]).intersects([.stop, .complement, .report, .according, .told, .adverb])
                    && !isKana(a, words[s - 1]) { s -= 1 }
            // the subject opens its clause: at the unit start, after punctuation, after a
            // complementiser, or after كان (وكانت الجبهة أعلنت)
            let opens = s == 0 || a.tokens[words[s]].afterBreak || hasBreak(a, between: words[s - 1], and: words[s])
                || cues.has(.complement, at: words[s - 1], rules) || isKana(a, words[s - 1])
            let inSpan = words[s..<v].reduce(into: CueKinds()) { $0.formUnion(kinds($1)) }
            // (a subject between كان and قد is framed by the two: a long title and its holder's name,
            // وكان المتحدث الأمني بوزارة الداخلية اللواء منصور التركي قد أوضح, takes up to twelve words)
            let framed = afterQad && s > 0 && isKana(a, words[s - 1])
            // (a subject opening the unit with a title takes its holder's whole name, an honorific
            // and a lineage too: مدير النادي الصيفي الأستاذ خالد بن سعد العلي أكد أن — eight words)
            let titled = s == 0 && cues.covered(words[s]).intersects([.title, .role])
            if opens && v - s <= (framed ? resolver.maxWords : titled ? Self.titledSubjectReach : 6) && !a.tokens[words[v]].afterBreak && !hasBreak(a, between: words[v - 1], and: words[v]),
               !skippedKana || cues.covered(words[s]).intersects(Self.speakerHeads),
               !inSpan.intersects([.stop, .complement, .hedge, .verb, .adverb, .pronoun]),
               !words[s..<v].allSatisfy({ a.tokens.letters($0).allSatisfy { (0x30...0x39).contains($0.value) } }),
               let ph = resolver.phrase(in: a, unit: unit, words: Array(words[s..<v]), from: 0, cues: cues, skipAdverbs: false),
               ph.words.count == v - s {
                return ph
            }
            // (the readings across an aside or a relative clause, subj32: only when the verb has no
            // speaker of its own right after it, وعلى جانب آخر، وفي استطلاع …، أشاد زوار دبي, and,
            // inside another speaker's content, only a verb relaying its own words with its own أن —
            // not a thing the content describes, قالت الصحيفة إن الاستطلاع الذي شمل … أظهر عدم)
            // (a relative clause with no comma, or كان before a present verb, only outside another
            // speaker's content: إن الأزمات المالية التي تابعتها تشير إلى أن — the speaker's words)
            let speakerAfter = hasSpeakerAfterVerb(m, a, words, cues)
            // (whether the verb stands in the writer's own voice: no reporting cue before it but
            // one of that voice, the background يذكر أن)
            let ownVoice = !words[..<v].contains(where: { let k = cues.covered($0); return k.contains(.report) && !k.contains(.ownVoice) })
            let asideAllowed = !speakerAfter && (ownVoice || relaysOwnContent(m, a, unit, words, cues))
            if let ph = appositiveSubject(before: v, a, unit, words, cues, verb: m.firstToken, asides: asideAllowed), !takesObjectBack(m, a, words) { return ph }
            if !speakerAfter && ownVoice, let ph = relativeClauseSubject(before: v, verb: m.firstToken, a, unit, words, cues), !takesObjectBack(m, a, words) { return ph }
            if afterQad, let ph = kanaFramedSubject(before: v, a, unit, words, cues) { return ph }
            // (كان and its subject before a present verb with no قد, an aside between: وكان الدستور
            // في السابق يحظر، وكانت الوزارة في وقت سابق تؤكد أن)
            if !speakerAfter && ownVoice && !afterQad && !skippedKana, let ph = kanaFramedSubject(before: v, a, unit, words, cues, presentVerb: m.firstToken) { return ph }
            // (inside another speaker's content the group is still the verb's subject when the verb
            // relays its own words, with its own أن: وقال الوزير إن مسؤولين في الشركة أكدوا له أن —
            // a further source, SOURCING.md "What makes a unit attributed"; #22)
            // (a number or a percentage of a group inside a speaker's or a poll's content is the
            // content's figure, not a further source, even with its own أن: أظهر الاستطلاع أن 60% من
            // المشاركين يرون أن — numberedGroupSubject only outside another's content)
            if ownVoice || relaysOwnContent(m, a, unit, words, cues) {
                if let ph = groupInBodySubject(before: v, a, unit, words, cues) { return ph }
                if ownVoice, let ph = numberedGroupSubject(before: v, a, unit, words, cues) { return ph }
                // (a cue that takes قد in, قد نفى, stands at its قد as the verb after one does)
                if afterQad || Self.qad.contains(where: { a.tokens.letters(m.firstToken).elementsEqual($0) }),
                   let ph = pluperfectSubject(before: v, a, unit, words, cues) { return ph }
            }
        }
        return skippedKana ? svSubject(m, a, unit, words, cues, skipKana: false) : nil
    }

    /// Whether reporting verb `m` opens content of its own: the أن / إن of a statement (a
    /// complement that `opensContent`) within `ownContentReach` words after it, no punctuation
    /// between (أكدوا له أن، أبلغوا البلدية أن، أفادوا بأن). Such a verb inside another speaker's
    /// content relays a further source's words, not a stance of the content (`CueFilter.isStanceInContent`
    /// reads the same: a verb with its own أن relays a further source).
    func relaysOwnContent(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        guard rules[m.rule].kind == .report else { return false }
        var p = position(words, m.nextToken)
        var seen = 0
        while p < words.count && seen <= Self.ownContentReach {
            let t = words[p]
            if a.hasPunct(from: m.nextToken, to: t) { return false }
            if let c = cues.longest([.complement], at: t, rules) { return opensContent(c, a) }
            seen += 1; p += 1
        }
        return false
    }
    /// How many words (an object, a pronoun: أبلغوا الوزارة، أكدوا له) may stand between a verb
    /// and its own أن in `relaysOwnContent`.
    static let ownContentReach = 2

    /// SV order with a number or a percentage of a group before its verb (و54% من المشاركين قالوا،
    /// 48 في المائة من السكان يؤيدون، فنحو 60% من الأميركيين يرون أن): the number in digits, its
    /// «%» or «في المئة» / «بالمئة», من and the group — up to four words with no cue of a clause
    /// (a stop word, a complementiser, a verb, a pronoun), the first a group's word or a plural in
    /// ين / ون — opening its clause, «نحو» / «حوالي» / «قرابة» / «زهاء» before the number taken in:
    /// part of an unidentified group, anonymous like «12 من الأعضاء» (SOURCING.md, anonymous). The
    /// caller leaves it out when a reporting verb stands earlier in the unit (a poll's or a
    /// speaker's figures: أظهر الاستطلاع أن 60% من اليابانيين أبدوا). `v` is the verb's position.
    func numberedGroupSubject(before v: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v >= 3, !a.tokens[words[v]].afterBreak, !hasBreak(a, between: words[v - 1], and: words[v]) else { return nil }
        // من, and the group after it
        var q = v - 1
        while q > 0 && v - q <= 4 && !a.tokens.letters(words[q]).elementsEqual(Self.minLetters) {
            if a.tokens[words[q]].afterBreak || hasBreak(a, between: words[q - 1], and: words[q]) { return nil }
            if cues.covered(words[q]).intersects([.stop, .complement, .report, .verb, .pronoun, .hedge, .adverb]) { return nil }
            q -= 1
        }
        guard q > 0, q + 1 < v, a.tokens.letters(words[q]).elementsEqual(Self.minLetters),
              !a.tokens[words[q]].afterBreak, !a.tokens[words[q + 1]].afterBreak, !hasBreak(a, between: words[q], and: words[q + 1]) else { return nil }
        let head = a.tokens.letters(words[q + 1])
        // (a plural in ين / ون only with a plural verb: people agree in the plural, قالوا، يرون;
        // things in the feminine singular, و40 من القوانين تنص — no group of people)
        guard cues.covered(words[q + 1]).intersects([.collective, .anonymous])
                || ((Arabic.endsInPluralYn(head, count: 5) || Arabic.endsInPluralWn(head, count: 5)) && isPluralVerb(a, words[v])) else { return nil }
        // the number: «%» or «٪» after it, or «في المئة» / «بالمئة» between it and من, or nothing
        var n = q - 1
        let percentWords = Self.percentWordLetters
        if Self.isAmong(a.tokens.letters(words[n]), percentWords), n >= 1 {
            n -= 1
            if n >= 1, a.tokens.letters(words[n]).elementsEqual(Self.fiLetters) { n -= 1 }
        }
        guard n >= 0, !a.tokens[words[n + 1]].afterBreak else { return nil }
        // (only a percent sign may stand between the number and what follows it)
        for t in (words[n] + 1)..<words[n + 1] where a.tokens[t].kind == .punct && !Arabic.percentSigns.contains(where: { a.tokens[t].is($0) }) { return nil }
        var num = a.tokens.letters(words[n])
        let glued = num.count > 1 && (num.first == Arabic.waw || num.first == Arabic.faa)
        if glued { num = num.dropFirst() }
        guard !num.isEmpty, num.allSatisfy({ Segmenter.isDigit($0) }) else { return nil }
        var s = n
        var startGlued = glued
        // «نحو» / «حوالي» before the number (فنحو 60% من)
        if !glued, s >= 1, !hasBreak(a, between: words[s - 1], and: words[s]), !a.tokens[words[s]].afterBreak {
            let w = a.tokens.letters(words[s - 1])
            let bare = Arabic.withoutConjunctions(w)
            if Self.isAmong(bare, Self.aboutLetters) { s -= 1; startGlued = bare.count < w.count }
        }
        // the group opens its clause: the unit's start, after punctuation or a complementiser
        guard s == 0 || a.tokens[words[s]].afterBreak || hasBreak(a, between: words[s - 1], and: words[s])
                || cues.has(.complement, at: words[s - 1], rules) else { return nil }
        let span = Array(words[s..<v])
        return SourcePhrase(start: a.tokens[words[s]].start + (startGlued ? 1 : 0), end: a.tokens[words[v - 1]].end, words: span,
                            kind: .anonymous, refersBack: false, key: resolver.key(a, span))
    }
    static let minLetters = Normalizer.foldedScalars(Arabic.partOf)
    static let fiLetters = Normalizer.foldedScalars(Arabic.fi)
    static let percentWordLetters = Arabic.percentWords.map { Normalizer.foldedScalars($0) }
    static let aboutLetters = Arabic.aboutWords.map { Normalizer.foldedScalars($0) }
    static func isAmong(_ w: ArraySlice<Unicode.Scalar>, _ list: [[Unicode.Scalar]]) -> Bool { list.contains { w.elementsEqual($0) } }

    /// How many words an unidentified group and the body it belongs to may take before its verb.
    static let groupInBodyReach = 8

    /// SV order with an unidentified group or role placed in a body by في before its verb
    /// (إن المسؤولين التنفيذيين في الصناعة وعدوا بأن، مسؤولون في إحدى الشركات أكدوا أن): the
    /// group, when it opens its clause, its first word is a collective, a role or an anonymous
    /// source (SOURCING.md, anonymous: "sources inside a body"), the words up to the verb hold no
    /// other preposition, particle, verb or pronoun, and the source phrase read from it covers at
    /// least the words before في; else none. `v` is the position of the verb (or of its قد) in
    /// `words`. The caller leaves it out when a reporting verb stands earlier in the unit: the
    /// clause is then that speaker's content (قال إن المسؤولين في الشركة رفضوا).
    func groupInBodySubject(before v: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v >= 3, !a.tokens[words[v]].afterBreak, !hasBreak(a, between: words[v - 1], and: words[v]) else { return nil }
        let (s, fi) = phraseInBodyStart(ending: v - 1, reach: Self.groupInBodyReach, a, words, cues)
        guard let f = fi, f > s, f + 1 < v else { return nil }
        // a definite singular role is a title that identifies its holder (المساعد السياسي في
        // الحرس الثوري): left to the title rules
        let head = cues.covered(words[s])
        guard opensClause(at: s, a, words, cues), head.intersects([.collective, .anonymous])
                || (head.contains(.role) && !SourceResolver.isDefinite(a.tokens.letters(words[s]))) else { return nil }
        guard !cuesOutsideFi(words[s..<v], a, cues).intersects([.stop, .complement, .hedge, .verb, .adverb, .pronoun]),
              let ph = resolver.phrase(in: a, unit: unit, words: Array(words[s..<v]), from: 0, cues: cues, skipAdverbs: false),
              ph.words.count >= f - s else { return nil }
        return ph
    }

    /// How many words a subject with a title may take when it opens the unit before its verb (SV
    /// order): the title, an honorific and a name with its lineage (sample22).
    static let titledSubjectReach = 9

    /// How many words a subject set off by a comma before its كان قد may take.
    static let pluperfectSubjectReach = 12

    /// SV order with the subject set off by a comma before the pluperfect كان قد (يذكر أن مسؤولاً
    /// رفيع المستوى في إحدى الشركات، كان قد أبلغ «الشرق» أن; وزير الخدمة المدنية خالد العرج، كان
    /// قد أوضح أن), or with no comma right after a complementiser (يذكر أن السفير كان قد نفى):
    /// the phrase that opens its clause before the comma, when it names a speaker or
    /// its first word is a collective, a role or an anonymous source, the words up to the comma
    /// hold no particle, verb or pronoun (في placing the speaker in a body aside), and the source
    /// phrase read from it covers at least the words before في; else none. `v` is the position of
    /// قد in `words`. The caller leaves it out when a reporting verb stands earlier in the unit.
    func pluperfectSubject(before v: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v >= 3, Standards.pluperfect.contains(Array(Arabic.withoutConjunctions(a.tokens.letters(words[v - 1])))) else { return nil }
        // (or with no comma, the subject right after a complementiser: يذكر أن سفير بنجلاديش لدى
        // المملكة كان قد نفى)
        let comma = onlyComma(a, between: words[v - 2], and: words[v - 1])
        guard comma || !hasBreak(a, between: words[v - 2], and: words[v - 1]) else { return nil }
        let e = v - 2
        let (s, fi) = phraseInBodyStart(ending: e, reach: Self.pluperfectSubjectReach, a, words, cues)
        guard !isFi(a, words[s]), opensClause(at: s, a, words, cues),
              comma || (s > 0 && cues.has(.complement, at: words[s - 1], rules)) else { return nil }
        guard !cuesOutsideFi(words[s...e], a, cues).intersects([.stop, .complement, .hedge, .verb, .adverb, .pronoun]),
              let ph = resolver.phrase(in: a, unit: unit, words: Array(words[s...e]), from: 0, cues: cues, skipAdverbs: false),
              ph.words.count == e - s + 1 || fi.map({ ph.words.count >= $0 - s }) == true,
              cues.covered(words[s]).intersects([.collective, .role, .anonymous]) || namesSpeaker(ph, cues) else { return nil }
        return ph
    }

    /// Where a subject phrase ending at `e` (a position in `words`) starts: back over at most
    /// `reach` words while no break, stop word, complementiser, reporting / according / told-to
    /// cue, adverb or كان stands before it, over في placing a group in its body (the preposition
    /// needs a word before it); and the position of that في, if any. Shared by
    /// `groupInBodySubject` and `pluperfectSubject`.
    func phraseInBodyStart(ending e: Int, reach: Int, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues) -> (start: Int, fi: Int?) {
        var s = e
        var fi: Int? = nil
        while s > 0 && e - s + 1 < reach && !a.tokens[words[s]].afterBreak && !hasBreak(a, between: words[s - 1], and: words[s]) {
            let before = words[s - 1]
            if isFi(a, before) {
                guard s >= 2 else { break }
                fi = s - 1; s -= 1; continue
            }
            if cues.covered(before).intersects([.stop, .complement, .report, .according, .told, .adverb]) || isKana(a, before) { break }
            s -= 1
        }
        return (s, fi)
    }

    /// Whether the phrase starting at position `s` of `words` opens its clause: the unit's first
    /// word, after a break that is not a comma (after a comma the phrase is an apposition to a
    /// name before it — عمار عبدالشكور، أحد الجيولوجيين بوحدة الأحافير في الهيئة، فبين — or a
    /// clause's object), after a complementiser or after كان.
    func opensClause(at s: Int, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        s == 0 || (a.tokens[words[s]].afterBreak || hasBreak(a, between: words[s - 1], and: words[s])) && !a.tokens[words[s] - 1].isComma
            || cues.has(.complement, at: words[s - 1], rules) || isKana(a, words[s - 1])
    }

    /// The cue kinds covering the words of `span`, في (placing a speaker in a body) aside.
    func cuesOutsideFi<C: Collection<Int>>(_ span: C, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> CueKinds {
        span.reduce(into: CueKinds()) { acc, t in if !isFi(a, t) { acc.formUnion(cues.covered(t)) } }
    }

    /// Whether token `t` is the preposition في, or لدى placing an envoy (سفير بنجلاديش لدى المملكة).
    func isFi(_ a: ArticleText, _ t: Int) -> Bool {
        let w = a.tokens.letters(t)
        return w.elementsEqual(Arabic.fi.unicodeScalars) || w.elementsEqual(Self.ladaLetters)
    }
    static let ladaLetters = Normalizer.foldedScalars(Arabic.lada)

    /// Whether a phrase is a construct of an indefinite noun and a definite one (ارتفاع الأسعار،
    /// نتائج المباراة), not a person's name — but a family name in ي ends one (محمد العلي), and a title
    /// may open one (الداعية محمد جبريل).
    /// With `opening`, only the phrase's first two words are read: a name followed by its title
    /// (تيد كروز السناتور الجمهوري) is no construct, and a family name in ي may stand anywhere.
    func isConstruct(_ ph: SourcePhrase, _ a: ArticleText, opening: Bool = false) -> Bool {
        (opening ? Array(ph.words.indices.prefix(1)) : Array(ph.words.indices.dropLast())).contains { i in
            guard i + 1 < ph.words.count else { return false }
            let l = a.tokens.letters(ph.words[i]), r = a.tokens.letters(ph.words[i + 1])
            return !SourceResolver.isDefinite(l) && SourceResolver.isDefinite(r)
                && !((opening || i + 1 == ph.words.count - 1) && r.last == Arabic.ya) && !r.elementsEqual(Self.allahLetters)
        }
    }

    /// SV order with the subject's title set off by commas before its verb (ديفيد مونتجومري،
    /// الرئيس التنفيذي في مجموعة لوكال وورلد، يتوقع أن …; وكان محمد الناصر، رئيس البرلمان
    /// التونسي، قد وعد بـ …): the name before the first comma, when the words between the commas
    /// name a speaker and the name opens its clause; else none. `v` is the position
    /// of the verb (or of its قد) in `words`.
    /// `verb` is the verb's own token (after قد, `v` is قد's position: a relative's agreement is
    /// read on the verb); `asides` allows an aside that is no title between the commas (`commaAside`).
    func appositiveSubject(before v: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                           verb: Int? = nil, asides: Bool = true) -> SourcePhrase? {
        guard v >= 2, onlyComma(a, between: words[v - 1], and: words[v]) else { return nil }
        // the title: back from the verb to the first comma, within six words
        var t = v - 1
        while t > 0 && v - t < 6 && !hasBreak(a, between: words[t - 1], and: words[t]) { t -= 1 }
        // (or an aside that is no title: a relative clause or a circumstance between the commas,
        // `commaAside` — the subject before them must then name a speaker)
        var aside: CommaAside? = nil
        if !(t > 0 && onlyComma(a, between: words[t - 1], and: words[t])
             && resolver.phrase(in: a, unit: unit, words: Array(words[t..<v]), from: 0, cues: cues, skipAdverbs: false)
                .map({ $0.words.count == v - t && namesSpeaker($0, cues) }) == true) {
            guard asides, let found = commaAside(before: v, a, words, cues) else { return nil }
            aside = found
            t = found.start
        }
        // the name: back from the first comma to the clause start, within six words
        var s = t - 1
        while s > 0 && t - s < 6 && !a.tokens[words[s]].afterBreak && !hasBreak(a, between: words[s - 1], and: words[s])
                && !cues.covered(words[s - 1]).intersects([.stop, .complement, .report, .according, .told, .adverb])
                && !isKana(a, words[s - 1]) { s -= 1 }
        let opens = s == 0 || a.tokens[words[s]].afterBreak || hasBreak(a, between: words[s - 1], and: words[s])
            || cues.has(.complement, at: words[s - 1], rules) || isKana(a, words[s - 1])
        let inSpan = words[s..<t].reduce(into: CueKinds()) { $0.formUnion(cues.covered($1)) }
        if opens, !inSpan.intersects([.stop, .complement, .hedge, .verb, .adverb, .pronoun]),
           let name = resolver.phrase(in: a, unit: unit, words: Array(words[s..<t]), from: 0,
                                      startOffset: aside == nil ? nil : definiteAfterConjunction(a, words[s]), cues: cues, skipAdverbs: false),
           name.words.count == t - s {
            guard let aside else { return name }
            // after an aside that is no title, a speaker the rules know or a name of two words or
            // more (المدرب، الذي تولى المهمة قبل عامين، أكد؛ سارة العلي، في حديثها أمس، قالت) — not
            // a thing described (المشروع، الذي تبلغ تكلفته …، يقول عنه) — and a relative agreeing
            // with the verb (الشركة، التي …، قالت — not الذي …، قالت)
            // (no word of it joined on by و / ف, خاصة والديه وزوجته، وعن كيف …، أشار: a list, no
            // subject; nor one opening with a preposition, وعلى جانب آخر)
            guard namesSpeaker(name, cues)
                    || (name.kind == .person && name.words.count >= 2 && resolver.hasName(a, name.words, cues: cues) && !isConstruct(name, a, opening: true)),
                  opensSubject(name, a),
                  aside.relative.map({ relativeAgrees($0, verb: verb ?? words[v], a) }) ?? true else { return nil }
            return name
        }
        // no name opening the clause (بندر بن سلطان، السفير السابق …، والخبير الأمني السابق، كتب):
        // the words between the commas are a second apposition, not the subject
        return nil
    }

    /// An aside set off by commas between a subject and its verb that is no title: a relative
    /// clause (الشركة، التي تأسست عام 1990 في جدة، قالت) or a circumstance opened by a preposition
    /// or an adverb of time or manner (الوزير، في تصريح صحفي أمس، أكد؛ الهيئة، من جهتها، أوضحت).
    struct CommaAside {
        /// The position in `words` of the aside's first word.
        var start: Int
        /// The aside's relative pronoun, when it is a relative clause.
        var relative: Int?
    }

    /// How many words an aside between commas may take (`commaAside`).
    static let commaAsideReach = 12

    /// The aside between commas that ends right before the word at position `v` of `words` (a
    /// verb, or its قد): back from the verb to the first comma, within `commaAsideReach` words,
    /// no other punctuation between; its first word a relative pronoun or a preposition or adverb
    /// of circumstance (`Arabic.adverbialDemonstrativeHeads`, or a word an adverb cue covers);
    /// and no complementiser, no according, relay, told-to, denial, hedge or passive cue inside
    /// (the aside would hold a statement of its own), nor a reporting verb in a relative clause.
    func commaAside(before v: Int, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues) -> CommaAside? {
        guard v >= 3, onlyComma(a, between: words[v - 1], and: words[v]) else { return nil }
        var t = v - 1
        while t > 0 && v - t <= Self.commaAsideReach && !hasBreak(a, between: words[t - 1], and: words[t]) { t -= 1 }
        guard t > 0, v - t <= Self.commaAsideReach, onlyComma(a, between: words[t - 1], and: words[t]) else { return nil }
        // (not an aside joined on by و / ف, وعن كيف يقضي العيد، والتي: another clause)
        guard !hasConjunction(a, words[t]) else { return nil }
        let first = a.tokens.letters(words[t])
        let relative = Self.relatives.contains { first.elementsEqual($0) }
        guard relative ? v - t >= 2 : (Self.adverbialDemonstrativeHeads.contains { first.elementsEqual($0) } || cues.covered(words[t]).contains(.adverb)) else { return nil }
        var barred: CueKinds = [.complement, .according, .relay, .told, .denial, .hedge, .passive]
        if relative { barred.insert(.report) }
        guard !words[t..<v].contains(where: { cues.covered($0).intersects(barred) }) else { return nil }
        return CommaAside(start: t, relative: relative ? words[t] : nil)
    }

    /// Whether a subject read before its verb across an aside or a relative clause opens as a
    /// subject: no later word of it joined on by و / ف (ونكتة الموت لأمريكا وإسرائيل التي …، خاصة
    /// والديه وزوجته — a list or another clause), and its first word no preposition or adverb
    /// (`Arabic.adverbialDemonstrativeHeads`، `Arabic.nominalHeads`: وعلى جانب آخر).
    func opensSubject(_ ph: SourcePhrase, _ a: ArticleText) -> Bool {
        guard let first = ph.words.first, !ph.words.dropFirst().contains(where: { hasConjunction(a, $0) }) else { return false }
        let l = a.tokens.letters(first)
        return !Self.adverbialDemonstrativeHeads.contains { l.elementsEqual($0) } && !Self.nominalHeads.contains { l.elementsEqual($0) }
    }

    /// Whether a speaker's phrase stands right after verb `m`, its own subject (VS: أشاد زوار دبي،
    /// قال الوزير): the next word in the verb's clause is a title, a role, a group, an anonymous
    /// source or an outlet the rules know — not a body, as often the object of a provision (يلزم
    /// الشركات) — so no subject before the verb is read across an aside.
    func hasSpeakerAfterVerb(_ m: CueMatch, _ a: ArticleText, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        let p = position(words, m.nextToken)
        guard p < words.count, m.end <= a.tokens[words[p]].start, !hasBreak(a, between: lastWord(m, words), and: words[p]) else { return false }
        return cues.kinds(at: words[p], rules).intersects([.title, .role, .collective, .anonymous, .outlet, .outletHead])
    }

    /// Whether the relative pronoun at token `r` can be the subject of the verb at token `v`
    /// after its clause: الذي with a masculine verb (قال، يؤكد), التي with a feminine one (قالت،
    /// تؤكد), a plural or dual relative with a plural or dual verb (`isPluralVerb`). A verb that
    /// opens with ت (تحدث، تؤكد) may be either singular.
    func relativeAgrees(_ r: Int, verb v: Int, _ a: ArticleText) -> Bool {
        let rel = a.tokens.letters(r)
        if Self.pluralRelatives.contains(where: { rel.elementsEqual($0) }) { return isPluralVerb(a, v) }
        if isPluralVerb(a, v) { return false }
        var l = Array(a.tokens.letters(v))
        if hasConjunction(a, v) { l.removeFirst() }
        // (the future's س: ستؤكد، سيقول)
        if l.count > 3, l[0] == Arabic.seen, l[1] == Arabic.ya || l[1] == Arabic.ta { l.removeFirst() }
        guard let f = l.first else { return false }
        let feminineRelative = rel.elementsEqual(Self.allatiLetters)
        if f == Arabic.ta { return true }
        if f == Arabic.ya { return !feminineRelative }
        let feminine = l.last == Arabic.ta && !Self.rootTaPasts.contains(l)
        return feminine == feminineRelative
    }
    static let allatiLetters = Normalizer.foldedScalars(Arabic.feminineRelativePronoun)

    /// How many words may stand between كان and its قد (the subject and the asides set off by commas).
    static let kanaFramedReach = 16

    /// The subject framed by كان and قد before a reporting verb, when the shorter readings found
    /// none (وكان مروان دفتردار المدير التنفيذي في فريق كرة القدم قد أكد، وكانت حركة «الشباب»
    /// قد أعلنت، فكان المدير قد قال، كانت هيئة الطيران قد ذكرت، وكان الوزير، في تصريح سابق، قد
    /// أكد): the phrase read from the word after كان, within the words before the first comma
    /// (what the commas set off — a title, a time, a relative clause — is an aside to it). كان is
    /// a form with و / ف anywhere, or a bare كانت / كانوا / كان opening the unit or a sentence;
    /// between it and قد only words, commas and quotation marks or brackets, no complementiser,
    /// and no verb or reporting cue before the first comma. The phrase names a speaker the rules
    /// know or a person's name. `v` is the position of قد in `words`.
    func kanaFramedSubject(before v: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues,
                           presentVerb: Int? = nil) -> SourcePhrase? {
        // (قد, not لقد, which opens a sentence of its own: وكان كئيبا ولكنه تصرف كرجل، لقد تمنى)
        // — or, when `presentVerb` is given, the present verb itself at `v` with no قد, agreeing
        // with كان (`kanaAgrees`: وكان الدستور في السابق يحظر، وكانت الوزارة في وقت سابق تؤكد)
        if let pv = presentVerb {
            guard v >= 2, words[v] == pv, !hasConjunction(a, pv), !isParticiple(a.tokens, pv) else { return nil }
        } else {
            guard v >= 2, a.tokens.letters(words[v]).elementsEqual(Self.qadLetters) else { return nil }
        }
        // (a comma, or quotation marks and brackets around a name: حركة «الشباب»، شركة "لوكويل")
        func isSoftBreak(_ t1: Int, _ t2: Int) -> Bool {
            !hasBreak(a, between: t1, and: t2) || onlyComma(a, between: t1, and: t2)
                || ((t1 + 1)..<t2).allSatisfy { t in a.tokens[t].kind == .punct && a.tokens.letters(t).first.map { QuotationMarks.isQuote($0) || $0 == "(" || $0 == ")" } == true }
        }
        var k = v - 1
        var found: Int? = nil
        while k >= 0 && v - k <= Self.kanaFramedReach + 1 {
            if !isSoftBreak(words[k], words[k + 1]) { break }
            if cues.has(.complement, at: words[k], rules) { break }
            // (not after a comma: وفقًا للرواية، كانت السيدة قد كتبت)
            let opensSentence = words[k] == a.tokenRanges[unit].lowerBound
                || (k > 0 && hasBreak(a, between: words[k - 1], and: words[k]) && !a.tokens[words[k] - 1].isComma)
            // (the bare كان opening a sentence too, though folded كأن "as if" is written so: on the
            // corpus كان الأهلي قد طالب is common, كأن … قد + a reporting verb not found)
            if isKana(a, words[k]) || (opensSentence && (isKanaBare(a, words[k]) || a.tokens.letters(words[k]).elementsEqual(Self.kanLetters))) {
                found = k; break
            }
            k -= 1
        }
        guard let kana = found, kana + 1 < v, !onlyComma(a, between: words[kana], and: words[kana + 1]) else { return nil }
        // (with no قد, only across an aside: at least one word between the subject's head and the
        // verb — كان right before its subject and verb is `svSubject`'s)
        if let pv = presentVerb, !(kanaAgrees(words[kana], presentVerb: pv, a) && v - kana >= 3) { return nil }
        // (a relative clause after the last comma has قد and the verb for its own: وكان الوزير
        // عضوا في اللجنة، التي قد أكدت — review)
        if let last = ((kana + 1)..<v).last(where: { onlyComma(a, between: words[$0 - 1], and: words[$0]) }),
           Self.relatives.contains(where: { a.tokens.letters(words[last]).elementsEqual($0) }) { return nil }
        // the head: the words before the first comma
        var e = kana + 1
        while e + 1 < v && !onlyComma(a, between: words[e], and: words[e + 1]) { e += 1 }
        let head = Array(words[(kana + 1)...e])
        guard head.count <= resolver.maxWords,
              !head.contains(where: { cues.covered($0).intersects([.report, .verb, .complement, .hedge, .pronoun]) }),
              !cues.covered(head[0]).intersects([.stop, .adverb]),
              let ph = resolver.phrase(in: a, unit: unit, words: head, from: 0, cues: cues, skipAdverbs: false, quotedName: true),
              ph.words.first == head[0] else { return nil }
        // (with no قد, a speaker the rules know, and an aside between it and the verb — not a
        // subject right before its verb, كانت مدونة قرصنة تدعى: `svSubject`'s, nor كأن's imagining
        // of a name, وكأن مصممها فلان، يريد)
        if presentVerb != nil {
            guard namesSpeaker(ph, cues), let last = ph.words.last, last < words[v - 1] else { return nil }
            return ph
        }
        if namesSpeaker(ph, cues) { return ph }
        // a name the rules do not know: two words or more (مروان دفتردار), or one set off by a title
        // (وكانت كريغ، وزيرة التنمية الدولية، قد حذرت) — not a noun with its pronoun (وكان وصوله إلى
        // السلطة قد أكد)
        guard resolver.hasName(a, ph.words, cues: cues) else { return nil }
        // (a person's name is no construct of a noun and a definite one, ارتفاع الأسعار، نتائج
        // المباراة — review; but a family name in ي ends one, محمد العلي, and a title may open
        // one, الداعية محمد جبريل)
        if isConstruct(ph, a) { return nil }
        if ph.words.count >= 2 { return ph }
        guard e + 1 < v else { return nil }
        var f = e + 1
        while f + 1 < v && !onlyComma(a, between: words[f], and: words[f + 1]) { f += 1 }
        guard let title = resolver.phrase(in: a, unit: unit, words: Array(words[(e + 1)...f]), from: 0, cues: cues, skipAdverbs: false),
              title.words.first == words[e + 1], namesSpeaker(title, cues) else { return nil }
        return ph
    }
    /// Whether كان agrees with the present verb it frames: كان / وكان with a verb in ي (يحظر،
    /// سيقول), كانت with one in ت (تؤكد), كانوا / كانا / كانتا with a plural or dual one.
    func kanaAgrees(_ k: Int, presentVerb v: Int, _ a: ArticleText) -> Bool {
        var kana = Array(a.tokens.letters(k))
        if kana.count > 3, kana[0] == Arabic.waw || kana[0] == Arabic.faa { kana.removeFirst() }
        var l = Array(a.tokens.letters(v))
        if l.count > 3, l[0] == Arabic.seen, l[1] == Arabic.ya || l[1] == Arabic.ta { l.removeFirst() }
        guard let f = l.first, f == Arabic.ya || f == Arabic.ta else { return false }
        // (a past of the forms in ت with the feminine ت, توصلت، تحدثت, is no present: a final ت
        // only of the root's, تلفت)
        if f == Arabic.ta, l.last == Arabic.ta, !Self.rootTaPasts.contains(Array(l.dropFirst())) { return false }
        if kana.count > 4 || (kana.count == 4 && kana.last != Arabic.ta) { return isPluralVerb(a, v) }
        if isPluralVerb(a, v) { return false }
        return kana.count == 4 ? f == Arabic.ta : f == Arabic.ya
    }

    /// How many words a relative clause may take between its noun and the verb after it
    /// (`relativeClauseSubject`).
    static let relativeClauseReach = 10

    /// SV order with a relative clause between the subject and its verb and no comma (والتشريع
    /// الذي أقره المجلس الشهر الماضي يتيح للمقيمين التملك؛ والوزارة التي تشرف على القطاع أكدت أن):
    /// the noun before the relative pronoun, when the clause holds one word at least, within
    /// `relativeClauseReach` words and no punctuation, and no complementiser, according, relay,
    /// told-to, denial, hedge or passive cue, nor a reporting verb but its own first word (الذي
    /// أقره); the relative agrees with `verb` (`relativeAgrees`); and the noun's phrase opens its
    /// clause (as `svSubject`'s) and names a speaker the rules know. `v` is the position of the
    /// verb (or of its قد) in `words`.
    func relativeClauseSubject(before v: Int, verb: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard v >= 3, v < words.count, !a.tokens[words[v]].afterBreak, !hasBreak(a, between: words[v - 1], and: words[v]) else { return nil }
        var r = v - 1
        while r > 0 && v - r <= Self.relativeClauseReach {
            if Self.relatives.contains(where: { a.tokens.letters(words[r]).elementsEqual($0) }) { break }
            if a.tokens[words[r]].afterBreak || hasBreak(a, between: words[r - 1], and: words[r]) { return nil }
            r -= 1
        }
        guard r > 0, r < v - 1, v - r <= Self.relativeClauseReach, Self.relatives.contains(where: { a.tokens.letters(words[r]).elementsEqual($0) }),
              !a.tokens[words[r]].afterBreak, !hasBreak(a, between: words[r - 1], and: words[r]) else { return nil }
        // (nor a pronoun, the copula of the main clause: … التي تكررها الآلة هي نكتة كشفت; nor كان
        // right before the verb, which then ends the relative clause: الذين كانوا يأملون)
        let barred: CueKinds = [.complement, .according, .relay, .told, .denial, .hedge, .passive, .pronoun]
        let beforeVerb = words[v - 1]
        guard !words[(r + 1)..<v].contains(where: { t in
            let k = cues.covered(t)
            return k.intersects(barred) || (k.contains(.report) && t != words[r + 1])
        }), !isKana(a, beforeVerb), !isKanaBare(a, beforeVerb), !a.tokens.letters(beforeVerb).elementsEqual(Self.kanLetters),
              relativeAgrees(words[r], verb: verb, a) else { return nil }
        var s = r - 1
        while s > 0 && r - s < 6 && !a.tokens[words[s]].afterBreak && !hasBreak(a, between: words[s - 1], and: words[s])
                && !cues.covered(words[s - 1]).intersects([.stop, .complement, .report, .according, .told, .adverb]) && !isKana(a, words[s - 1]) { s -= 1 }
        let opens = s == 0 || a.tokens[words[s]].afterBreak || hasBreak(a, between: words[s - 1], and: words[s])
            || cues.has(.complement, at: words[s - 1], rules) || isKana(a, words[s - 1])
        let inSpan = words[s..<r].reduce(into: CueKinds()) { $0.formUnion(cues.covered($1)) }
        guard opens, !inSpan.intersects([.stop, .complement, .hedge, .verb, .adverb, .pronoun]),
              let ph = resolver.phrase(in: a, unit: unit, words: Array(words[s..<r]), from: 0,
                                       startOffset: definiteAfterConjunction(a, words[s]), cues: cues, skipAdverbs: false),
              ph.words.count == r - s, namesSpeaker(ph, cues), opensSubject(ph, a) else { return nil }
        return ph
    }

    /// Whether a verb takes its object back after a subject read before it across an aside: a
    /// preposition with the object's pronoun right after it (القرار، الذي اتخذته الحكومة أمس، رحب
    /// به الوزير — the topic is the object, the speaker follows), `Arabic.resumptivePrepositions`.
    func takesObjectBack(_ m: CueMatch, _ a: ArticleText, _ words: [Int]) -> Bool {
        let p = position(words, m.nextToken)
        guard p < words.count else { return false }
        let w = a.tokens.letters(words[p])
        return Self.resumptivePrepositions.contains { w.elementsEqual($0) }
    }
    static let resumptivePrepositions: [[Unicode.Scalar]] = Arabic.resumptivePrepositions.map { Normalizer.foldedScalars($0) }

    static let kanLetters = Normalizer.foldedScalars(Arabic.kana)
    static let allahLetters = Normalizer.foldedScalars(Arabic.allah)
    static let qadLetters = Normalizer.foldedScalars(Arabic.qad)
    /// قد with و / ف glued on (وقد، فقد) as well as alone: `Arabic.withoutConjunctions` strips them only
    /// from words of more than three letters (`unbrokenLongComplement`; review of misses4).
    static let qadForms: [[Unicode.Scalar]] = [qadLetters, [Arabic.waw] + qadLetters, [Arabic.faa] + qadLetters]

    /// Whether only a comma (، or ,) stands between two words.
    func onlyComma(_ a: ArticleText, between t1: Int, and t2: Int) -> Bool {
        guard t1 + 2 == t2 else { return false }
        return a.tokens[t1 + 1].isComma
    }

    /// Whether a word is a past form of كان opening a sentence with و (وكان، وكانت، وكانوا):
    /// the subject after it belongs to the verb that follows (وكانت الجبهة أعلنت). (فإن كانت
    /// خارجه فأعتقد is a condition, not a subject and its verb.)
    func isKana(_ a: ArticleText, _ t: Int) -> Bool {
        let w = a.tokens.letters(t)
        return Self.kana.contains { w.elementsEqual($0) }
    }

    /// Whether a word is the past of كان with an ending and without a conjunction (كانت، كانوا،
    /// كانا، كانتا) — not the bare كان, the folded spelling of كأن "as if" too (كأن يزعم البعض،
    /// وكأني بسعود كان يتمنى: the writer's imagining).
    func isKanaBare(_ a: ArticleText, _ t: Int) -> Bool {
        let w = a.tokens.letters(t)
        return w.count > 3 && Self.kana.contains { k in w.elementsEqual(k.dropFirst()) }
    }

    /// The past of كان (he, she, they) with و (folded).
    static let kana: [[Unicode.Scalar]] = Arabic.kanaPast
        .map { Array(Normalizer.folded($0).unicodeScalars) }

    /// The particle قد, bare or with ل (folded), which may stand between a subject and its verb.
    static let qad: [[Unicode.Scalar]] = Arabic.qadParticles.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Whether a verb's subject is the relative ما just before it — `مما يؤكد أن`، `وهو ما
    /// يشير إلى أن` ("which confirms", "which is what shows"): a thing, not a speaker, so the verb
    /// attributes nothing. (`بحسب ما قال الوزير`، `كما يقول` have their speaker after the verb;
    /// so has a verb with an object pronoun, whose pronoun takes up ما as its object: `وهو ما
    /// أكده الوزير`، `وهو ما اعتبرته الحكومة`.)
    func hasRelativeSubject(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        if rules[m.rule].takesObjectPronoun { return false }
        let range = a.tokenRanges[unit]
        let v = m.firstToken
        // the verb itself carries no conjunction (… ما، ويؤكد … is a new clause)
        if hasConjunction(a, v) { return false }
        guard v - 1 >= range.lowerBound, a.tokens[v - 1].kind == .word else { return false }
        func word(_ t: Int, _ w: String) -> Bool { a.tokens.letters(t).elementsEqual(w.unicodeScalars) }
        if word(v - 1, Arabic.mimma) { return true }
        guard word(v - 1, Arabic.ma), v - 2 >= range.lowerBound, a.tokens[v - 2].kind == .word else { return false }
        // هو / هي / هذا / ذلك ما (with و)
        return Self.relativeHeads.contains { word(v - 2, $0) }
    }

    /// The denial cue that a reporting verb after the relative ما is the object of — `ونفت
    /// الوزارة ما نشرته الوكالة`، `نفى صحة ما ذكرته الصحيفة`، `لا صحة لما أوردته المواقع`،
    /// `ونفى لاريجاني ما قاله المعهد`: the verb tells the claim disputed, and its subject is the
    /// one whose claim it is, no source of the unit (SOURCING.md, "denied": the denier is the
    /// source; reference gold d77, seed-04 record none for the object), nor a speaker a later
    /// `وأضاف` goes on from. A denial cue of the unit before the ما is needed; a ما after a cue
    /// before its source (`بحسب ما نشرته`، `وفق ما`) or `كما` (`كما ذكرت الصحيفة`) leaves the
    /// teller a source. Corpus (30,336 articles): a denial verb, then ما and a verb of
    /// publishing or saying, 7 times, each an object (`كذبت حماس ما أوردته وكالة أنباء إيرانية`).
    func denialBefore(relative m: CueMatch, _ a: ArticleText, _ unit: Int) -> CueMatch? {
        guard followsMa(m, a, unit) else { return nil }
        let t = m.firstToken - 1
        if followsKama(m, a) { return nil }  // كما، وكما: "as", no object
        let ms = a.matches[unit]
        // ما inside or right after a cue before its source: the teller is the source relayed
        if ms.contains(where: { rules[$0.rule].kind == .according && $0.firstToken <= t && $0.nextToken >= t }) { return nil }
        // the denial's object follows its verb and subject closely (ونفى رئيس البرلمان الإيراني
        // علي لاريجاني ما قاله): a ما a clause or more away is another clause's (زي ما قال الكتاب)
        guard let d = ms.last(where: { rules[$0.rule].kind == .denial && $0.nextToken <= t }) else { return nil }
        // another verb of saying or denying between them owns the ما (ونفت الوزارة الاتهامات،
        // وأكدت ما قاله المتحدث)
        if ms.contains(where: { $0.firstToken >= d.nextToken && $0.firstToken < t && [.report, .relay, .denial].contains(rules[$0.rule].kind) }) { return nil }
        var n = 0
        for k in d.nextToken..<t where a.tokens[k].kind == .word { n += 1 }
        return n <= Self.denialObjectReach ? d : nil
    }

    /// The most words between a denial cue and the ما of its object (a long subject: title,
    /// body and name, مدير عام العلاقات العامة بوزارة الصحة الدكتور ...).
    static let denialObjectReach = 12

    /// Whether the word just before a verb cue is the relative ما or مما, also with a
    /// conjunction or a preposition glued on (وما، بما، وممّا).
    func followsMa(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let t = m.firstToken - 1
        guard t >= a.tokenRanges[unit].lowerBound, a.tokens[t].kind == .word else { return false }
        return Self.isMa(a, t)
    }

    /// Whether a word is ما or مما, also with a conjunction or a preposition glued on.
    static func isMa(_ a: ArticleText, _ t: Int) -> Bool {
        a.tokens.forms(t).contains { f in
            let l = a.tokens.letters(f)
            return l.elementsEqual(Arabic.ma.unicodeScalars) || l.elementsEqual(Arabic.mimma.unicodeScalars)
        }
    }

    /// Whether a verb cue stands right after a word no finite verb can follow — a preposition
    /// (`على ذكر اسم`، `في وصف`), a demonstrative (`وهذا وصف شخصي`، `هذا يؤكد أن`) or a
    /// quantifier (`كل طالب`): the word is a verbal noun, or its subject is a thing, and it
    /// attributes nothing. (`من يقول` and `ما قال` are relatives, with a verb after them.)
    func followsNominalWord(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        let v = m.firstToken
        guard v - 1 >= a.tokenRanges[unit].lowerBound, a.tokens[v - 1].kind == .word else { return false }
        if hasConjunction(a, v) { return false }
        let before = a.tokens.letters(v - 1)
        // a number before it: the word is the counted noun (850 ألف متابعًا) — but a year ends a
        // name or a date, and the verb after it has its subject (مصمم شعار أولمبياد طوكيو 2020 يرفض)
        if before.allSatisfy({ (0x30...0x39).contains($0.value) }) { return !Self.isYear(before) }
        // ذلك closing an adverbial phrase that opens the sentence (إلى ذلك نفى الجيش، ومع ذلك أكد
        // الوزير، وفي غضون ذلك كشف): a finite verb follows. Deeper in a sentence (لكنه عوضًا عن
        // ذلك يدعو، «…، ومع ذلك أصبحت التجربة») the phrase is most often inside what someone says.
        if before.elementsEqual(Self.adverbialDemonstrative), opensAdverbial(a, unit, v - 2) { return false }
        // a rebuttal's predicate after a demonstrative that opens a statement (أكدت أن ذلك غير صحيح،
        // قالت إن هذا ليس صحيحًا، قال: هذا غير صحيح): the demonstrative is the claim called untrue,
        // and the denial is the speaker's; a writer's own «وهذا غير صحيح» after a comma is not
        if rules[m.rule].kind == .denial, Self.demonstrativeHeads.contains(where: { before.elementsEqual($0) }),
           Self.rebuttalPredicateOpeners.contains(where: { Arabic.withoutConjunctions(a.tokens.letters(v)).elementsEqual($0) }),
           opensStatement(a, unit, v - 1) { return false }
        // a denial's definite noun after a demonstrative (نشروا هذه الأكاذيب من قبل، تلك الافتراءات،
        // هذه الأنباء كاذبة): the demonstrative points back at the claim and the noun or its
        // predicate calls it false — the speaker's rebuttal, not a topic (SOURCING.md, denied:
        // quoted invective that goes on with a rebuttal)
        if isDemonstrativeDenialNoun(m, a, unit) { return false }
        // علي after a given name or a title that opens the verb's clause as its subject (الوزير
        // محمد علي قال): the name, which folding makes one word with the preposition على
        if before.elementsEqual(Self.aliLetters), isNameAliBefore(a, unit, v - 1, cues),
           svSubject(m, a, unit, words, cues) != nil { return false }
        return Self.nominalHeads.contains { before.elementsEqual($0) } || Self.numberWords.contains { before.elementsEqual($0) }
    }

    /// Whether word `t`, علي spelled with ي (`SourceResolver.isDottedAli`: not على, not عليّ), follows
    /// a given name or a title with nothing between them (محمد علي، الوزير علي، بن علي): the name,
    /// not the preposition.
    func isNameAliBefore(_ a: ArticleText, _ unit: Int, _ t: Int, _ cues: SourceResolver.TokenCues) -> Bool {
        let p = t - 1
        guard p >= a.tokenRanges[unit].lowerBound, a.tokens[p].kind == .word, !a.tokens[t].afterBreak,
              resolver.isDottedAli(a, t) else { return false }
        if cues.covered(p).contains(.title) { return true }
        return cues.covered(p).isEmpty && !SourceResolver.isDefinite(a.tokens.letters(p)) && resolver.hasName(a, CollectionOfOne(p), cues: cues)
    }
    static let aliLetters = Array(Arabic.ali.unicodeScalars)

    /// Whether a denial cue is a definite noun right after a demonstrative (هذه الأكاذيب، تلك
    /// الافتراءات), or a rebuttal's predicate after one that opens a statement (قال: هذه أكاذيب،
    /// هذا غير صحيح): the demonstrative points back at the claim and the noun calls it false. Not a
    /// noun after a word no verb follows (`followsNominalWord`), but no verb either: the words
    /// after it are what the rebuttal says (هذه الأكاذيب تهدف إلى), no subject, and the speaker is
    /// the one already speaking (`verbAttribution`).
    func isDemonstrativeDenialNoun(_ m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        let v = m.firstToken
        guard rules[m.rule].kind == .denial, v - 1 >= a.tokenRanges[unit].lowerBound, a.tokens[v - 1].kind == .word,
              !hasConjunction(a, v) else { return false }
        let before = a.tokens.letters(v - 1)
        guard Self.demonstrativeHeads.contains(where: { before.elementsEqual($0) }) else { return false }
        let word = Arabic.withoutConjunctions(a.tokens.letters(v))
        if word.starts(with: Arabic.article.unicodeScalars) { return true }
        // a rebuttal's predicate, the demonstrative its subject, opening a statement (وتابع: هذه
        // أكاذيب هدفها التضليل، قال إن هذا افتراء، قال: هذا غير صحيح): the same rebuttal, the
        // words after it what it says, no subject
        return Self.rebuttalPredicateOpeners.contains(where: { word.elementsEqual($0) }) && opensStatement(a, unit, v - 1)
    }

    /// Whether token `h` is the head of an adverbial phrase (`Arabic.adverbialDemonstrativeHeads`)
    /// at most `adverbialReach` words from the unit's start (إلى ذلك، إضافة إلى ذلك، وفي غضون ذلك).
    func opensAdverbial(_ a: ArticleText, _ unit: Int, _ h: Int) -> Bool {
        let range = a.tokenRanges[unit]
        guard h >= range.lowerBound, a.tokens[h].kind == .word,
              Self.adverbialDemonstrativeHeads.contains(where: { a.tokens.letters(h).elementsEqual($0) }) else { return false }
        return (range.lowerBound..<h).filter { a.tokens[$0].kind == .word }.count <= Self.adverbialReach
    }
    static let adverbialReach = 2

    /// Whether token `t` opens a statement: right after a complementiser (أن، إن، بأن …), a colon
    /// or an opening quotation mark.
    func opensStatement(_ a: ArticleText, _ unit: Int, _ t: Int) -> Bool {
        let range = a.tokenRanges[unit]
        var p = t - 1
        while p >= range.lowerBound && a.tokens[p].kind != .word && a.tokens[p].kind != .punct { p -= 1 }
        guard p >= range.lowerBound else { return false }
        if a.tokens[p].kind == .punct {
            guard let c = a.tokens.letters(p).first else { return false }
            return c == ":" || QuotationMarks.opens(c)
        }
        guard Self.statementOpeners.contains(where: { a.tokens.letters(p).elementsEqual($0) }) else { return false }
        // غير أن، إلا أن، كما أن: a connective, the writer going on
        return !(p - 1 >= range.lowerBound && a.tokens[p - 1].kind == .word
                 && Self.connectivesBeforeAn.contains { Arabic.withoutConjunctions(a.tokens.letters(p - 1)).elementsEqual($0) })
    }
    /// Whether the word at `t` stands right after one of `Arabic.connectivesBeforeAn` (رغم أن،
    /// بعد أن، كما أن) later than the verb `m`: an أن the connective heads, not the verb's.
    func followsConnective(_ t: Int, _ a: ArticleText, after m: CueMatch) -> Bool {
        let p = t - 1
        guard p >= m.nextToken, a.tokens[p].kind == .word else { return false }
        return Self.connectivesBeforeAn.contains { Arabic.withoutConjunctions(a.tokens.letters(p)).elementsEqual($0) }
    }
    static let connectivesBeforeAn: [[Unicode.Scalar]] = Arabic.connectivesBeforeAn.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// Whether the word before a verb cue is كما "as" (كما أضاف الوزير، كما يظن البعض).
    func followsKama(_ m: CueMatch, _ a: ArticleText) -> Bool {
        let t = m.firstToken - 1
        return t >= 0 && a.tokens[t].kind == .word && Arabic.withoutConjunctions(a.tokens.letters(t)).elementsEqual(Arabic.kama)
    }
    /// `Arabic.contrastConnectives` (لكن، إلا، غير …), folded.
    static let contrastConnectives: [[Unicode.Scalar]] = Arabic.contrastConnectives.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let statementOpeners: [[Unicode.Scalar]] = Arabic.statementOpeners.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// `Arabic.rebuttalPredicateOpeners`, and the demonstratives of `Arabic.demonstratives` with
    /// and without و, folded.
    static let rebuttalPredicateOpeners: [[Unicode.Scalar]] = Arabic.rebuttalPredicateOpeners.map { Array(Normalizer.folded($0).unicodeScalars) }
    static let demonstrativeHeads: [[Unicode.Scalar]] = PatternCompiler.foldedWords(Arabic.demonstratives).flatMap { w in
        [Array(w.unicodeScalars), [Arabic.waw] + Array(w.unicodeScalars)]
    }

    /// Whether ASCII digits read as a year of the last two centuries (1900–2099).
    static func isYear(_ digits: ArraySlice<Unicode.Scalar>) -> Bool {
        guard digits.count == 4, let f = digits.first else { return false }
        let s = digits.dropFirst().first!
        return (f == "1" && s == "9") || (f == "2" && s == "0")
    }

    /// `Arabic.adverbialDemonstrativeHeads` and `Arabic.adverbialDemonstrative`, folded.
    static let adverbialDemonstrativeHeads: [[Unicode.Scalar]] = Arabic.adverbialDemonstrativeHeads
        .map { Array(Normalizer.folded($0).unicodeScalars) }
    static let adverbialDemonstrative: [Unicode.Scalar] = Array(Normalizer.folded(Arabic.adverbialDemonstrative).unicodeScalars)

    /// Number words after which a verb-looking word is the counted noun (ألف متابعًا), folded.
    static let numberWords: [[Unicode.Scalar]] = Arabic.numberWords
        .map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Whether a participle carries the conjunction و (ملتوية ومعلقة، مباشرا ومعترفا به): a
    /// coordinated adjective, not the adverbial participle of a speaker (مؤكدًا أن).
    func isCoordinatedParticiple(_ m: CueMatch, _ a: ArticleText) -> Bool {
        guard isParticiple(a.tokens, m.firstToken) else { return false }
        let l = a.tokens.letters(m.firstToken)
        return l.count >= 5 && l.first == Arabic.waw && a.tokens.forms(m.firstToken).contains { $0.clitics == .conjunction }
    }

    /// Whether a word opens with the conjunction و / ف before a stem of three letters or more
    /// (وقال، فأكد; not وصف، وعد, whose و is the stem's).
    func hasConjunction(_ a: ArticleText, _ t: Int) -> Bool {
        let l = a.tokens.letters(t)
        guard l.count >= 4, let f = l.first else { return false }
        return f == Arabic.waw || f == Arabic.faa
    }

    /// Words after which a verb-looking word is a noun (see `followsNominalWord`), folded.
    static let nominalHeads: [[Unicode.Scalar]] = Arabic.nominalHeads
        .map { Array(PatternCompiler.foldedWords($0).joined().unicodeScalars) }

    /// The prepositions after which a relaying verb names its source (عن، من), folded.
    static let relayPrepositions: [[Unicode.Scalar]] = Arabic.relayPrepositions.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// The comparatives whose من is of an amount compared, not of origin (ينقل أكثر من مليون ضيف), folded.
    static let comparatives: [[Unicode.Scalar]] = Arabic.comparatives.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// طريق، أجل: عن / من before them is a compound preposition of means or purpose, folded.
    static let meansAfterRelayPreposition: [[Unicode.Scalar]] = Arabic.meansAfterRelayPreposition.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// عن "from", the preposition of relaying proper (نقل X عن Y), folded.
    static let relayAn: [Unicode.Scalar] = Array(Normalizer.folded(Arabic.anFor).unicodeScalars)
    /// عنه، عنها، عنهم، عنهما، عنهن: عن with a third person's pronoun glued on, folded.
    static let relayAnWithPronoun: [[Unicode.Scalar]] = Arabic.thirdPersonSuffixes.map { Array(Normalizer.folded(Arabic.anFor + $0).unicodeScalars) }
    /// قوله، قولها، تصريحه، تصريحاتها …: a saying's noun with a third person's pronoun, folded.
    static let sayingWithPronoun: [[Unicode.Scalar]] = Arabic.sayingNounsWithPronoun.flatMap { n in
        Arabic.thirdPersonSuffixes.map { Array(Normalizer.folded(n + $0).unicodeScalars) } }
        + Arabic.sayingNounsDefinite.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// The words of a part before من (وغيرها من، وعدد من، بعض من): غير with a third person's
    /// pronoun, and the quantifiers of `Arabic.pronouns` (بعض، عدد، معظم), folded, without و.
    static let partBeforeRelayMin: [[Unicode.Scalar]] = (Arabic.pronouns + Arabic.thirdPersonSuffixes.map { Arabic.ghayr + $0 })
        .map { Array(Normalizer.folded($0).unicodeScalars) }
    func isPartBeforeMin(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        let w = Arabic.withoutConjunctions(t)
        return Self.partBeforeRelayMin.contains { w.elementsEqual($0) }
    }

    /// Pronouns and demonstratives that make ما after them the subject of the next verb (وهو ما يؤكد).
    static let relativeHeads = Arabic.relativeHeads.map { PatternCompiler.foldedWords($0).joined() }

    /// An adverbial participle in the accusative describes the subject of its clause and has
    /// none of its own: derived forms مُفعِلًا (موضحًا، مضيفًا), with their feminine and plural
    /// (موضحةً، مضيفين, written without the accusative's alef), and the form-I فاعلًا (قائلًا، نافيًا).
    func isParticiple(_ tokens: Tokens, _ i: Int) -> Bool {
        let forms = tokens.forms(i)
        let last = forms.last { $0.clitics <= .conjunction } ?? forms[forms.startIndex]
        if isParticipleShape(tokens.letters(last)) { return true }
        // a participle whose first letter is also a prefix of the present (سائلًا): the form
        // with it dropped (ائلا) is read last; the whole word, with no clitic, is the participle
        let whole = forms[forms.startIndex]
        return last.clitics == .none && whole.clitics == .none && isParticipleShape(tokens.letters(whole))
    }

    /// A word that describes the subject of its clause's verb and has no subject of its own —
    /// the one test of every reading that asks (`svSubject` reads no words before it, `subject(of:)`
    /// and a `speaker: previous` cue take its clause's subject): an adverbial participle
    /// (`isParticiple`: مؤكدًا، سائلًا), or an accusative verbal noun of cause with its doer after
    /// it (`isCausalNoun`: ظنًا منه أنها، اعتقادًا منهم بأن — قصف الجيش المركبة ظنًا منه: the army).
    func describesClauseSubject(_ tokens: Tokens, _ i: Int) -> Bool {
        isParticiple(tokens, i) || isCausalNoun(tokens, i)
    }

    /// An accusative verbal noun of cause (ending in its alef) with the doer after it as منه /
    /// منها / منهم / منهما (`Arabic.doerAfterCausalNoun`): ظنا منه، اعتقادا منهم. Not a verb: the
    /// words before it are no subject of it (ظنا also reads as the dual of ظن), nor a verb in وا. Not a participle
    /// either, whose من is its object's (طالبًا منه ألا يكون: asking him), read as `isParticiple`.
    func isCausalNoun(_ tokens: Tokens, _ i: Int) -> Bool {
        // (and not a verb's plural in وا: ولم يروا منه شيئا — they saw nothing from him)
        guard !isParticiple(tokens, i), i + 1 < tokens.count, tokens[i + 1].kind == .word else { return false }
        let l = tokens.letters(i)
        guard l.count >= 3, l.last == Arabic.alef, l.dropLast().last != Arabic.waw else { return false }
        let next = tokens.letters(i + 1)
        return Self.doerAfterCausalNoun.contains { next.elementsEqual($0) }
    }

    /// `Arabic.doerAfterCausalNoun`, folded (`isCausalNoun`).
    static let doerAfterCausalNoun: [[Unicode.Scalar]] = Arabic.doerAfterCausalNoun.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Whether the doer after a verbal noun of cause at `i` (منه، منها، منهم، منهما) agrees with the
    /// verb at `v` whose subject `ph` it would take: منه a masculine singular verb (no ت ending, no
    /// plural), منها a feminine one (أطلقت، تطلق — also a thing's plural), منهم / منهما a plural or
    /// dual verb, or a singular one before a plural in ون / ين / ان (غادر الموظفون … اعتقادا منهم).
    func doerAgrees(_ a: ArticleText, causal i: Int, verb v: Int, subject ph: SourcePhrase) -> Bool {
        guard v >= 0, v < a.tokens.count, a.tokens[v].kind == .word else { return false }
        let doer = Array(a.tokens.letters(i + 1))
        var l = Array(a.tokens.letters(v))
        if l.count > 3, l[0] == Arabic.waw || l[0] == Arabic.faa { l.removeFirst() }
        let plural = isPluralVerb(a, v)
        // (a past whose root ends in ت is masculine: ولفت المدير … ظنا منه)
        let feminine = l.last == Arabic.ta && !Self.rootTaPasts.contains(l)
        switch doer.count {
        case 3: return !plural && !feminine
        case 4 where doer.last == Arabic.alef: return !plural && (feminine || l.first == Arabic.ta)
        default:
            if plural { return true }
            guard let head = ph.words.first else { return false }
            let h = Array(a.tokens.letters(head))
            guard h.count >= 4 else { return false }
            return h[h.count - 1] == Arabic.nun && [Arabic.waw, Arabic.ya, Arabic.alef].contains(h[h.count - 2])
        }
    }

    /// The letters of an adverbial participle: مفعِّلة، مفعّلين، مفعلا، فاعلا، and the form-I
    /// plural / dual فاعلين (قائلين، سائلين، داعين: the alef after the first letter; the defective
    /// plural داعين has five letters) (see `isParticiple`).
    private func isParticipleShape<L: BidirectionalCollection>(_ f: L) -> Bool where L.Element == Unicode.Scalar, L.Index == Int {
        guard f.count >= 4 else { return false }
        let b = f.startIndex
        if f[b] == Arabic.mim && f.count >= 5 {
            if f.last == Arabic.ha { return true }  // ة, folded
            if Arabic.endsInPluralYn(f, count: 6) { return true }  // ين
        }
        // (not the feminine فاعلة: five letters in ه with an alef second are as often a glued
        // negation or a noun with a pronoun — ولاصحة، ناديه)
        if f[b] != Arabic.mim && f[b + 1] == Arabic.alef && f[b + 3] != Arabic.waw
            && (f.count == 5 || f.count == 6) && Arabic.endsInPluralYn(f, count: 5) { return true }  // فاعلين، داعين
        guard f.last == Arabic.alef else { return false }
        // not the past plural / dual (قالوا، قالتا), which end in ا too
        return f[b] == Arabic.mim || (f.count == 5 && f[b + 1] == Arabic.alef && f[b + 3] != Arabic.waw && f[b + 3] != Arabic.ta)
    }

    /// `بيرسي: فان غال منعني ...`, `ووالدها: تجاهلوا شكواي` — up to five words before a colon,
    /// opening the unit or following a break, with no verb, stop word or cue of their own.
    /// Sets `label` when the phrase before the colon is a label that names no speaker and opens
    /// the unit (a list item's `* الاسم الكامل:`, a bracket's `(62 عاما):`):
    /// the writer's own entry, which ends a colon quotation still open (`Continuity`). A label
    /// after a break inside the sentence (`... ليكون مسماها: ...`, `تتناول ثلاثة محاور: ...`)
    /// is mostly the speaker's own list, inside the quotation: it ends nothing.
    func colonAttribution(_ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues, unitIsHeadline: Bool,
                          label: inout Bool) -> Attribution? {
        let range = a.tokenRanges[unit]
        guard let colon = range.first(where: { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }) else { return nil }
        let before = words.filter { $0 < colon }
        guard !before.isEmpty else { return nil }
        var s = before.count - 1
        while s > 0 && !a.tokens[before[s]].afterBreak { s -= 1 }
        var span = Array(before[s...])
        guard span.count <= 5, words.contains(where: { $0 > colon }) else { return nil }
        // 'NAME لـ«OUTLET»: ...' — the headline of an interview: the speaker is NAME, told to OUTLET
        var via: SourcePhrase? = nil
        if let j = span.indices.dropFirst().first(where: { span[$0] > span[$0 - 1] && a.tokens.letters(span[$0]).elementsEqual([Arabic.lam]) }),
           j + 1 < span.count {
            let outletWords = Array(span[(j + 1)...])
            if resolver.classify(a, outletWords, cues: cues) == .outlet {
                via = SourcePhrase(start: a.tokens[outletWords[0]].start, end: a.tokens[outletWords[outletWords.count - 1]].end, words: outletWords,
                                   kind: .outlet, refersBack: false, key: resolver.key(a, outletWords))
                span = Array(span[..<j])
            }
        }
        for (k, t) in span.enumerated() {
            let ks = cues.kinds(at: t, rules)
            if ks.intersects([.stop, .complement, .hedge, .report, .according, .told, .ownVoice]) { return nil }
            // a verb before the colon makes it a sentence — but in a headline's 'Name: ...' a later
            // word that only looks like a verb is a name (هيام يونس، أحمد يحيى)
            if ks.contains(.verb) && !(unitIsHeadline && k > 0 && ks.subtracting([.verb]).isEmpty) { return nil }
        }
        // a Q&A piece's marks (س: ما رأيك …؟ ج: …) open a question or an answer: one letter, no speaker (kinds36)
        if span.count == 1, span[0] == words[0], a.tokens.letters(span[0]).count == 1,
           let c = a.tokens.letters(span[0]).first, c == Arabic.questionLetter || c == Arabic.answerLetter { label = true; return nil }
        // adverbs alone before the colon (رسمياً: «مونتاري» اتحادي لموسمين، أخيراً: ...) are the writer's
        // word on what follows, naming no one (issue 22, sample20: 6 such lines in 30,336 articles)
        if span.allSatisfy({ let ks = cues.kinds(at: $0, rules); return ks.contains(.adverb) && !ks.intersects(Self.colonSpeakerKinds) }) { return nil }
        // the phrase opens the unit or follows a break; an opening quotation mark around the
        // speaker's name ("الصحة": ...) is no break
        if let first = span.first, first > range.lowerBound, a.tokens[first - 1].kind == .punct, !a.tokens[first - 1].is("\""),
           !a.tokens[first].afterBreak { return nil }
        // a headline's place tag (إيطاليا: إنقاذ 414 مهاجرا، السعودية: 67 مليار ريال): a state or a
        // capital alone before the colon, and no verb after it — the page's topic, not the state
        // speaking (إيران: لن نتخلى عن ...)
        if unitIsHeadline, isPlaceTag(a, span, colon: colon, words, cues) { return nil }
        // a label before a colon, not a speaker: in a list item (`- تيد كروز (44 عاما): سناتور من
        // تكساس`، `* قلعة كارديغان: وهي قلعة`), in brackets (`(62 عاما): حاكم`), or after a
        // break inside the sentence (`وأشهر فنادقها: ...`، `بكلمات ثلاثة: ...`) — a phrase with no
        // title, body, outlet, group or role in it (`* سايمون بارنز، مستشار عقاري: ...` names one)
        // names a speaker there only when what follows the colon is speech: a quotation opens, or
        // the first word speaks in the first person (نشتاق، سنرد، رفضنا)
        let namesSpeaker = span.contains { cues.kinds(at: $0, rules).intersects(Self.colonSpeakerKinds) }
        if !unitIsHeadline, !namesSpeaker,
           Self.isBulleted(a, unit) || isBracketed(a, span, colon: colon) || span[0] > range.lowerBound + 1,
           !isSpeechAfterColon(a, colon, words, cues) { label = span[0] == words[0]; return nil }
        // a numbered item (`1 - أمانة العاصمة المقدسة: الموافقة على ...`، `2- موناكو (فرنسا): 5 نقاط`،
        // `1990 - الغزو العراقي للكويت: مجلس الأمن يعتمد ...`، `(22) جاك بيرك، مصر ...`) is an entry of
        // the writer's list, a ranking, a timeline or the notes: the phrase before its colon is the
        // entry's head, whatever it names, unless what follows is speech (a quotation opens, a verb
        // in the first person); like a bulleted label, the entry is the writer's own and ends a
        // colon quotation still open. Corpus (30,336 articles): 111 numbered items read as
        // 'Speaker: ...', none someone's words (issue 22, sample6)
        if Self.isNumbered(a, unit), !isSpeechAfterColon(a, colon, words, cues) { label = true; return nil }
        // a pronoun or a demonstrative before the colon (هذه العوامل هي:، الفيلم هو «...»:، أمرنا
        // بما هو آت:، هذا الدرس عميق:) makes the phrase a sentence of the writer's or the
        // speaker's own that announces what follows — no one's name
        if span.contains(where: { cues.kinds(at: $0, rules).contains(.pronoun) }) { return nil }
        let kind = resolver.classify(a, span, cues: cues)
        // in a list item (`* الاسم الكامل: ...`، `- منطقة الأنف: والتي تشمل ...`) the phrase before
        // the colon is a label unless it names a speaker: a title, a body, an outlet, a group or a name
        if Self.isBulleted(a, unit), !namesSpeaker, !resolver.hasName(a, ArraySlice(span), cues: cues) { label = span[0] == words[0]; return nil }
        let p = SourcePhrase(start: a.tokens[span[0]].start, end: a.tokens[span[span.count - 1]].end, words: span, kind: kind,
                             refersBack: resolver.isDefiniteDescription(a, span, cues: cues), key: resolver.key(a, span))
        let pseudo = CueMatch(rule: -1, start: p.start, end: p.end, firstToken: span[0], nextToken: colon)
        return Attribution(cue: pseudo, phrase: p, via: via)
    }

    /// Whether every attribution of unit `i` is a denial cue after the unit's first colon that
    /// names no subject (a bare `لا تأجيل`, `denial.no-change`): the words before the colon may name
    /// its speaker (`colonAttribution`).
    func isColonSpeakersDenial(_ attributions: [Attribution], _ a: ArticleText, _ i: Int) -> Bool {
        guard !attributions.isEmpty,
              let colon = a.tokenRanges[i].first(where: { a.tokens[$0].kind == .punct && a.tokens[$0].is(":") }) else { return false }
        return attributions.allSatisfy { at in
            at.phrase == nil && at.via == nil && at.relayer == nil && at.cue.rule >= 0 && rules[at.cue.rule].kind == .denial && at.cue.firstToken > colon
        }
    }

    /// Whether a colon opens someone's words: a quotation mark follows it (`opensQuotation`), or
    /// its first word is the writer's own voice or a first-person verb (`isFirstPerson`) — not a
    /// title or role that only looks like one (سناتور، نائب).
    func isSpeechAfterColon(_ a: ArticleText, _ colon: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        guard let next = words.first(where: { $0 > colon }) else { return false }
        if opensQuotation(a, after: colon, before: next) { return true }
        let kinds = cues.kinds(at: next, rules)
        if kinds.contains(.ownVoice) { return true }
        return !kinds.intersects(Self.colonSpeakerKinds) && isFirstPerson(Arabic.withoutConjunctions(a.tokens.letters(next)))
    }

    /// Whether the phrase before a colon is all in brackets (`(62 عاما):`).
    func isBracketed(_ a: ArticleText, _ span: [Int], colon: Int) -> Bool {
        guard let first = span.first, first > 0, colon > 0 else { return false }
        return a.tokens[first - 1].kind == .punct && a.tokens[first - 1].is("(") && a.tokens[colon - 1].kind == .punct && a.tokens[colon - 1].is(")")
    }

    /// Whether the words before a headline's colon are only a place (a rule with `place_tag`)
    /// and what follows is the page's topic, not the state speaking: the first word after the
    /// colon is no negation, denial, hedge, reporting cue or pronoun, no quotation opens there,
    /// and a verb there is an event's, in the third person (السعودية: تراجع إيرادات، مصر: يوقف)
    /// — a first-person verb (إيران: نرفض، سنرد، رفضنا) or a particle (لن نتخلى) is the state's voice.
    func isPlaceTag(_ a: ArticleText, _ span: [Int], colon: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        guard let first = span.first, let last = span.last,
              cues.starting(at: first).contains(where: { rules[$0.rule].placeTag && $0.nextToken > last }),
              let next = words.first(where: { $0 > colon }) else { return false }
        if opensQuotation(a, after: colon, before: next) { return false }
        let kinds = cues.kinds(at: next, rules)
        if kinds.intersects([.report, .denial, .hedge, .complement, .pronoun]) { return false }
        guard kinds.contains(.verb) else { return true }
        // a particle (لن، لا، لم، قد، سوف) opens the state's own sentence
        if cues.starting(at: next).contains(where: { rules[$0.rule].kind == .verb && $0.nextToken > next + 1 }) { return false }
        return !isFirstPerson(Arabic.withoutConjunctions(a.tokens.letters(next)))
    }

    /// A quotation mark between a colon and the next word, its quotation three words or more
    /// (or never closed in the unit) — a quotation, not a quoted name («داعش» يتبنى).
    func opensQuotation(_ a: ArticleText, after colon: Int, before next: Int) -> Bool {
        guard let q = (colon + 1..<next).first(where: { a.tokens[$0].kind == .punct && a.tokens.letters($0).first.map(QuotationMarks.opens) == true })
        else { return false }
        var words = 0, u = q + 1
        while u < a.tokens.count && words < 3 {
            if a.tokens[u].kind == .punct, let c = a.tokens.letters(u).first, QuotationMarks.isQuote(c) { return false }
            if a.tokens[u].kind == .word { words += 1 }
            u += 1
        }
        return true
    }

    /// A verb of the first person plural: the imperfect in ن (نرفض، سنرد، سنعمل) or the
    /// perfect in نا (رفضنا، قررنا).
    func isFirstPerson(_ f: ArraySlice<Unicode.Scalar>) -> Bool {
        guard f.count >= 3 else { return false }
        let b = f.startIndex
        if f[b] == Arabic.nun { return true }
        if f[b] == Arabic.seen && f[b + 1] == Arabic.nun { return true }
        return f.count >= 4 && f[f.endIndex - 2] == Arabic.nun && f.last == Arabic.alef
    }

    /// Whether a unit opens with a list marker (`*`, `-`, `•`, a dash).
    static func isBulleted(_ a: ArticleText, _ unit: Int) -> Bool {
        let first = a.tokenRanges[unit].lowerBound
        guard first < a.tokenRanges[unit].upperBound, a.tokens[first].kind == .punct else { return false }
        return Self.listMarkers.contains { a.tokens[first].is($0) }
    }

    /// Whether a unit opens with a list number: digits (Arabic or Arabic-Indic) followed by a
    /// list marker, `)` or `.` (`1 -`، `٣-`، `8)`، `1990 -`), or in brackets (`(22)`، `(٨)`).
    static func isNumbered(_ a: ArticleText, _ unit: Int) -> Bool {
        let range = a.tokenRanges[unit]
        var t = range.lowerBound
        if t < range.upperBound, a.tokens[t].kind == .punct, a.tokens[t].is("(") { t += 1 }
        guard t + 1 < range.upperBound, a.tokens[t].kind == .word,
              a.tokens.letters(t).allSatisfy(Segmenter.isDigit) else { return false }
        let mark = a.tokens[t + 1]
        return mark.kind == .punct && (mark.is(")") || mark.is(".") || Self.listMarkers.contains { mark.is($0) })
    }

    /// The first token of a unit's own words: past a list number (`isNumbered`: `1- `، `(3)`) and
    /// past a dateline or credit with no colon that opens it, one to three words and a credit in
    /// brackets before a dash (`الرياض - `، `الرياض (واس) - `، `(أ ف ب) - `: the head
    /// `Segmenter.bareDatelineEnd` reads, whatever follows the dash). The unit's first token when
    /// neither opens it.
    static func bodyStart(_ a: ArticleText, _ unit: Int) -> Int {
        let range = a.tokenRanges[unit]
        var t = range.lowerBound
        if isNumbered(a, unit) {
            if a.tokens[t].is("(") { t += 1 }
            return min(t + 2, range.upperBound)
        }
        var words = 0
        while t < range.upperBound {
            let tok = a.tokens[t]
            if tok.kind == .word {
                words += 1
                if words > 3 { break }
            } else if tok.kind == .punct {
                if tok.is("(") {
                    // a credit in brackets (واس، أ ف ب)
                    guard let c = (t + 1..<min(range.upperBound, t + 6)).first(where: { a.tokens[$0].kind == .punct }), a.tokens[c].is(")") else { break }
                    t = c + 1
                    continue
                }
                if tok.end - tok.start == 1, Segmenter.isDashScalar(tok.first), t > range.lowerBound, t + 1 < range.upperBound { return t + 1 }
                break
            } else { break }
            t += 1
        }
        return range.lowerBound
    }

    /// The cue kinds that make a phrase before a colon a speaker's, in a list item too.
    static let colonSpeakerKinds: CueKinds = [.title, .organization, .outlet, .outletHead, .collective, .role, .documentHead, .anonymous]

    /// The marks that open a list item.
    static let listMarkers: [Unicode.Scalar] = ["*", "-", "•", "–", "—", "·"]

    /// What a relaying verb names as its source: the phrase after عن or من, or a pronoun glued to
    /// عن (عنه، عنها) that points back to the speaker before.
    enum RelayedSource { case phrase(SourcePhrase), pronoun(via: SourcePhrase?) }
    /// علمت 'has learned', folded.
    static let learnedLetters: [Unicode.Scalar] = Normalizer.foldedScalars(Arabic.alimat)

    /// For the relaying verb علمت with no informant named after عن / من: when the word right after
    /// it (past an opening quotation mark or bracket) opens an outlet the gazetteer knows, under any
    /// of its names (a rule of the `gazetteer:` list: «عكاظ»، (المدينة)، صحيفة الحياة، «الرياض
    /// الإلكتروني»), and what was learned opens right after the name (أن، بأن، أنه; past the
    /// closing mark and a comma: وعلمت "سبق"، أن) or after the outlet's own sources (من مصادرها
    /// [الخاصة] أن: `Arabic.ownSources`, up to three words after them) — the outlet learned it from
    /// people it does not name: the outlet's phrase, and the anonymous phrase of the verb, the name
    /// and its sources (SOURCING.md, anonymous: a body or outlet relaying unnamed informants;
    /// Fixtures/gold s17, d116). A name no gazetteer rule reads (وعلمت (أم خالد) أن، وعلمت "حماس"
    /// أن) or an outlet word alone (الصحيفة: `passive.own-paper-learned`) is none.
    func learnedByOutlet(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int],
                         _ cues: SourceResolver.TokenCues) -> (outlet: SourcePhrase, learned: SourcePhrase)? {
        guard Arabic.withoutConjunctions(a.tokens.letters(m.firstToken)).elementsEqual(Self.learnedLetters) else { return nil }
        let v = position(words, m.firstToken)
        guard v + 1 < words.count, words[v] == m.firstToken else { return nil }
        let first = words[v + 1]
        let t = a.text
        // only spaces and opening marks between the verb and the name
        for i in m.end..<a.tokens[first].start where !(t.foldedScalar(i) == " " || t.foldedScalar(i) == "\"" || t.foldedScalar(i) == "(") { return nil }
        var name: CueMatch? = nil
        for c in cues.starting(at: first) where rules[c.rule].outletKind != nil && (name.map { c.end > $0.end } ?? true) { name = c }
        guard let o = name else { return nil }
        var k = position(words, o.nextToken)
        guard k < words.count else { return nil }
        // past the closing mark (kept in the span) and a comma, only
        var end = o.end
        for i in o.end..<a.tokens[words[k]].start {
            let c = t.foldedScalar(i)
            if c == "\"" || c == ")" { end = i + 1 } else if !(c == " " || c == Arabic.comma || c == ",") { return nil }
        }
        let nameEnd = k
        // من مصادرها [الخاصة] أن: the outlet's own sources
        if k + 1 < words.count, a.tokens.letters(words[k]).elementsEqual(Self.minLetters),
           Self.ownSourcesLetters.contains(where: { a.tokens.letters(words[k + 1]).elementsEqual($0) }) {
            // (a comma only between: علمت "سبق" من مصادرها، أن)
            func joined(_ x: Int, _ y: Int) -> Bool { (x + 1..<y).allSatisfy { a.tokens[$0].isComma } }
            var c = k + 2
            while c < min(words.count, k + 5), !cues.has(.complement, at: words[c], rules), joined(words[c - 1], words[c]) { c += 1 }
            guard c < words.count, cues.has(.complement, at: words[c], rules), joined(words[c - 1], words[c]) else { return nil }
            end = a.tokens[words[k + 1]].end
            k = c
        }
        guard cues.has(.complement, at: words[k], rules) else { return nil }
        let outletWords = Array(words[(v + 1)..<nameEnd])
        let outlet = SourcePhrase(start: o.start, end: o.end, words: outletWords, kind: .outlet, refersBack: false,
                                  key: resolver.key(a, outletWords))
        let span = Array(words[v..<(nameEnd == k ? k : nameEnd + 2)])
        return (outlet, SourcePhrase(start: m.start, end: end, words: span, kind: .anonymous, refersBack: false,
                                     key: resolver.key(a, span)))
    }
    static let ownSourcesLetters = Arabic.ownSources.map { Normalizer.foldedScalars($0) }

    /// For a relaying verb: the phrase after عن or من.
    func objectAfterAn(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> SourcePhrase? {
        if case .phrase(let ph) = relayedSource(m, a, unit, words, cues) { return ph }
        return nil
    }

    /// For a relaying verb: the phrase after عن or من, or عن with a pronoun glued on (ونقلت عنه
    /// قوله). A من after a verb that also carries whose phrase relays nothing (ونقلت صحيفة حرييت
    /// وغيرها من وسائل الإعلام عن أردوغان) does not end the search: an عن after it names the source.
    func relayedSource(_ m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> RelayedSource? {
        var p = position(words, m.nextToken)
        var n = 0
        var afterPart = false
        while p < words.count && n < 9 {
            let t = a.tokens.letters(words[p])
            // عنه / عنها right after the verb or its relaying subject (ونقلت عنه، ونقلت صحيفة X عنه),
            // with a saying after it or an outlet then a saying (قوله، أن، :): a relay from the
            // speaker before; any other عنه is of what the verb carried (نقل المتهم … والكشف عنه)
            if Self.relayAnWithPronoun.contains(where: { t.elementsEqual($0) }) {
                if let r = relayFromPronoun(m, at: p, a, unit, words, cues) { return r }
                p += 1; n += 1; continue
            }
            // من of an amount compared (ينقل أكثر من مليون ضيف) is no من of origin
            if Self.relayPrepositions.contains(where: { t.elementsEqual($0) })
                && !(n > 0 && !t.elementsEqual(Self.relayAn) && Self.comparatives.contains(where: { a.tokens.letters(words[p - 1]).elementsEqual($0) })) {
                guard p + 1 < words.count else { return nil }
                // عن طريق "by way of", من أجل "for the sake of": means or purpose, no origin — the
                // verb carries (نقل الحالات عن طريق الإسعاف الجوي، نقل التقنية من أجل تطويرها)
                let next = a.tokens.letters(words[p + 1])
                if Self.meansAfterRelayPreposition.contains(where: { next.elementsEqual($0) }) { return nil }
                guard let ph = resolver.phrase(in: a, unit: unit, words: words, from: p + 1, cues: cues, skipAdverbs: false) else { return nil }
                // من … إلى: a move from one place or holder to another (نقل المقر من القاهرة إلى
                // تونس، نقل العبء من المواطنين إلى الشركات) — carrying, whatever the phrase names (إلى
                // folded is `ilaa`)
                if !t.elementsEqual(Self.relayAn), let last = ph.words.last {
                    let q = position(words, last + 1)
                    if words[q..<min(q + 2, words.count)].contains(where: { w in Self.ilaa.contains(where: { a.tokens.letters(w).elementsEqual($0) }) }) { return nil }
                }
                // after من a verb that also carries (نقل، `Arabic.carryingRelayStems`) most often
                // carries (نقل السجناء من المبنى، نقل المصابين من موقع الحادث): a source only when the
                // phrase names one the rules know (نقل من الوزارة) and what was relayed opens right
                // after it (`relaysContent`: أن، خبر استقالته — نقل المصابين من الموقع, a website's
                // word, is carrying); علم with من learns from whoever the rules know, whatever its
                // content's form (علمت الصحيفة من مصدر أمني أن، من الوزارة بقرب الإعلان، عن وجود مساع)
                // — after عن any phrase
                // (after a part's من skipped, the عن must still open a relay: a saying after its
                // phrase — نقل عدد من السكان بعيدا عن منطقة الخطر is carrying)
                if t.elementsEqual(Self.relayAn) {
                    if afterPart, !(relaysContent(after: ph, of: m, a, unit) || ph.words.last.map({ opensSaying(at: $0 + 1, a, unit) }) == true) { return nil }
                    return .phrase(ph)
                }
                if namesSpeaker(ph, cues) || ph.kind == .anonymous || ph.kind == .outlet,
                   !carries(m, a) || relaysContent(after: ph, of: m, a, unit) { return .phrase(ph) }
                // (a من of a part, وغيرها من / وعدد من: an عن further on may still name the source)
                if carries(m, a), n > 0, let last = ph.words.last, isPartBeforeMin(a.tokens.letters(words[p - 1])) {
                    afterPart = true
                    p = position(words, last + 1); n += 1; continue
                }
                return nil
            }
            // a clause boundary ends the search; the quotation marks around a name do not (علمت «الشرق الأوسط» من)
            if n > 0 && hasBreak(a, between: words[p - 1], and: words[p]) { break }
            p += 1; n += 1
        }
        return nil
    }

    /// نقل عنه at `p`: a relay from the speaker before when the pronoun follows the verb or its
    /// relaying subject alone, and a saying follows it (`opensSaying`), or an outlet then a saying —
    /// that outlet the via (ونقلت عنه وكالة الصحافة الفرنسية قوله).
    func relayFromPronoun(_ m: CueMatch, at p: Int, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> RelayedSource? {
        let first = position(words, m.nextToken)
        if p > first {
            guard let s = resolver.phrase(in: a, unit: unit, words: words, from: first, cues: cues, skipAdverbs: false),
                  s.words.last == words[p - 1] else { return nil }
        }
        let pronoun = words[p]
        if opensSaying(at: pronoun + 1, a, unit) { return .pronoun(via: nil) }
        guard p + 1 < words.count, words[p + 1] == pronoun + 1,
              let o = resolver.phrase(in: a, unit: unit, words: words, from: p + 1, cues: cues, skipAdverbs: false),
              o.kind == .outlet, let last = o.words.last, opensSaying(at: last + 1, a, unit) else { return nil }
        return .pronoun(via: o)
    }

    /// Whether a saying opens at token `t`: أن / إن, a colon, a quotation mark, a report noun, or a
    /// saying's noun with a pronoun (قوله، تصريحها).
    func opensSaying(at t: Int, _ a: ArticleText, _ unit: Int) -> Bool {
        let end = a.tokenRanges[unit].upperBound
        guard t < end else { return false }
        if isStatementOpener(at: t, a, end) { return true }
        if a.tokens[t].kind == .punct { return a.tokens[t].is(":") || a.tokens.letters(t).first.map(QuotationMarks.opens) == true }
        let w = a.tokens.letters(t)
        return Self.sayingWithPronoun.contains { w.elementsEqual($0) } || Self.reportNouns.contains { w.elementsEqual($0) }
    }

    /// Whether relaying verb `m` also means carrying (نقل، ينقل، ناقلا: `Arabic.carryingRelayStems`).
    func carries(_ m: CueMatch, _ a: ArticleText) -> Bool {
        let w = Array(Arabic.withoutConjunctions(a.tokens.letters(m.firstToken)))
        return Self.carryingRelayStems.contains { stem in
            w.count >= stem.count && (0...(w.count - stem.count)).contains { w[$0..<($0 + stem.count)].elementsEqual(stem) }
        }
    }
    static let carryingRelayStems: [[Unicode.Scalar]] = Arabic.carryingRelayStems.map { Array(Normalizer.folded($0).unicodeScalars) }

    /// Whether what a verb that also carries relayed opens right after the phrase of its من: أن /
    /// إن (بأن، إلى أن; after a comma too), a colon, a quotation mark, a report noun (نقلت الوكالة
    /// من الوزارة خبر الاستقالة) — not a clause of its own after the phrase (نقل المصابين من الموقع،
    /// حيث تبين أن … / رغم أن …: carrying), nor ب, which is of place after نقل (نقل من استدعت
    /// حالته لمستشفى الملك فهد بالظهران).
    func relaysContent(after ph: SourcePhrase, of m: CueMatch, _ a: ArticleText, _ unit: Int) -> Bool {
        guard let last = ph.words.last else { return false }
        let end = a.tokenRanges[unit].upperBound
        var t = last + 1
        var comma = false
        if t < end, a.tokens[t].kind == .punct, a.tokens[t].isComma { t += 1; comma = true }
        guard t < end else { return false }
        // (رغم أن after the phrase took رغم in: the connective's أن)
        if isStatementOpener(at: t, a, end) { return !followsConnective(t, a, after: m) }
        guard !comma else { return false }
        if a.tokens[t].kind == .punct { return a.tokens[t].is(":") || a.tokens.letters(t).first.map(QuotationMarks.opens) == true }
        let w = a.tokens.letters(t)
        return Self.reportNouns.contains { w.elementsEqual($0) }
    }

    /// Whether a complement (أن، إن، a colon, a quotation) follows a verb within the unit.
    func hasComplement(after m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues) -> Bool {
        let t = m.firstToken + 1
        // words seen since the verb (a connective or a quotation counts within `complementReach` of
        // them), and words seen outside the subject right after the verb (a colon or a
        // complementiser counts within `complementReach` of those: وكشف صاحب السمو الملكي الأمير
        // تركي بن محمد بن فهد بن عبدالعزيز رئيس مجلس إدارة الجمعية، بأن …)
        // A scan that skips the subject's words visits every position one that does not skip
        // them visits, in the same state (the subject only moves the end of the reach), and
        // returns true only from such a state: so the scan without a subject runs first, and the
        // subject is read (a phrase, the costly part) only when it finds no complement.
        if complementScan(after: m, a, unit, words, cues, subjectEnd: t) { return true }
        let p = position(words, m.nextToken)
        if p < words.count, m.end <= a.tokens[words[p]].start, !hasBreak(a, between: lastWord(m, words), and: words[p]) || bracketedSubject(m, a, words, at: p, cues),
           let ph = resolver.phrase(in: a, unit: unit, words: words, from: p, cues: cues, quotedName: quotedSubject(a, words, at: p, cues)),
           let last = ph.words.last, !isParticiple(a.tokens, m.firstToken),
           cues.covered(ph.words[0]).intersects(Self.speakerHeads) || isOneWordName(ph, a, cues) {
            // (a finite verb, its subject opening with a speaker's word the rules know, or a
            // one-word name: not a noun phrase read as one, توقع ارتفاع معدل أسعار الفائدة … يعطي)
            if last + 1 > t { return complementScan(after: m, a, unit, words, cues, subjectEnd: last + 1) }
        }
        return false
    }
    /// `hasComplement`'s scan, the subject right after the verb ending before `subjectEnd`.
    private func complementScan(after m: CueMatch, _ a: ArticleText, _ unit: Int, _ words: [Int], _ cues: SourceResolver.TokenCues, subjectEnd: Int) -> Bool {
        let end = a.tokenRanges[unit].upperBound
        var t = m.firstToken + 1
        var seenWords = 0, beyondSubject = 0
        let reach = Self.continuationVerbs.contains(Array(Arabic.withoutConjunctions(a.tokens.letters(m.firstToken)))) ? Self.continuationComplementReach : Self.complementReach
        var bracketDepth = 0
        while t < end && beyondSubject <= Self.commaComplementReach {
            let tok = a.tokens[t]
            // past `complementReach`, only a statement's أن / إن right after a comma (below)
            if beyondSubject > reach {
                if tok.kind == .word, t > 0, a.tokens[t - 1].kind == .punct, a.tokens[t - 1].isComma,
                   isStatementOpener(at: t, a, end) {
                    // (not when another reporting verb stands between: the أن is its own, يوم أعلن
                    // عن وجودها في معرض جنيف …، وصفها رئيس المجموعة، فيردناند بيش، بأنها)
                    return !(m.nextToken..<t).contains { a.tokens[$0].kind == .word && cues.longest([.report], at: $0, rules) != nil }
                }
                // (or a statement's أن / إن after a long subject and its circumstances told in one
                // unbroken run of words: `unbrokenLongComplement`)
                if subjectEnd > m.firstToken + 1, tok.kind == .word, isStatementOpener(at: t, a, end), unbrokenLongComplement(after: m, to: t, a, cues) { return true }
                if tok.kind == .word { beyondSubject += 1 }
                t += 1; continue
            }
            if tok.kind == .punct && tok.is("(") { bracketDepth += 1 }
            if tok.kind == .punct && tok.is(")") { bracketDepth = max(0, bracketDepth - 1) }
            if tok.kind == .punct && tok.is(":") { return true }
            // a relative clause set off by commas after the subject (وأضاف الرئيس هادي، الذي
            // توجه ... الجديدة، إن ...) describes the speaker: its words do not count
            if let close = commaRelativeClauseEnd(at: t, a, end) { t = close + 1; continue }
            // a quotation, not a quoted name («داعش»): three words or more before the mark closes
            if tok.kind == .punct && tok.is("\"") {
                var words = 0, u = t + 1
                while u < end && !(a.tokens[u].kind == .punct && a.tokens[u].is("\"")) && words < 3 {
                    if a.tokens[u].kind == .word { words += 1 }
                    u += 1
                }
                if words >= 3 && seenWords <= reach { return true }
            }
            if tok.kind == .word {
                // (not the أن of a connective, رغم أنه، بعد أن، كما أن: it heads its own clause,
                // the verb's content is not told — أعلن بعدها استقالته رغم أنه لم يتهم)
                if let c = cues.longest([.complement], at: t, rules), !followsConnective(t, a, after: m) {
                    // a contrast after a comma (أعلن التحالف هدنة مدتها خمسة أيام، إلا أن الميليشيات
                    // …، لكن، غير أن): the verb's clause has ended with its object, and the writer
                    // goes on — no content of the verb's (SOURCING.md: announcing a thing is the act)
                    // — not a verb after كما, whose content is the clause before it (…، كما أضاف
                    // الوزير، لكن …; كما يظن البعض …، إلا أن)
                    if t > 0, a.tokens[t - 1].kind == .punct, a.tokens[t - 1].isComma, !followsKama(m, a),
                       Self.contrastConnectives.contains(where: { Arabic.withoutConjunctions(a.tokens.letters(t)).elementsEqual($0) }) { return false }
                    if seenWords <= reach || opensContent(c, a) { return true }
                }
                // an adverbial participle of saying describes this verb's subject (كتب فلان ...
                // معلقا على الصورة: «...»): its complement is the verb's
                if t > m.firstToken, isParticiple(a.tokens, t), let p = cues.longest([.report], at: t, rules) {
                    return hasComplement(after: p, a, unit, words, cues)
                }
                seenWords += 1
                // (nor do the words of an aside in brackets: وأضاف الشمري الذي ينتمي … (دولة القانون
                // التي يتزعمها …) أن)
                if t >= subjectEnd && bracketDepth == 0 { beyondSubject += 1 }
            }
            t += 1
        }
        return false
    }
    /// Whether the statement's أن / إن at `t`, past `complementReach`, is verb `m`'s content after a
    /// long subject and the circumstances of the saying (وترى عضو هيئة التدريس في كلية التربية
    /// بجامعة نجران وعضو اللجنة التنفيذية لمنتدى التنمية الخليجي مشاعل العتيبي أن …، وأشار مدير
    /// إدارة المشاريع في أمانة المنطقة خلال جولته الميدانية على مواقع العمل أمس إلى أن …): every
    /// token from the verb to it is a word — no punctuation, so no sentence end, aside or quotation
    /// between — and none is a verb, a reporting, denial or hedging cue, a complementiser or a
    /// relative pronoun, so the run jumps over no other verb's clause; and the أن is no
    /// connective's (بعد أن، رغم أن). `hasComplement`'s scan reads it up to `commaComplementReach`
    /// words (misses4, #22), and only in its reading with the verb's subject right after it (a bare
    /// verb's words up to a far أن are as often the writer's own: أضف إلى ذلك أن …).
    /// Not بأن, which mostly belongs to a nearer verb no rule knows (… تحدثا هاتفيا … ووصفا ذلك
    /// بأنه), nor across قد, the particle of another verb (… فقد كلفت القسم …); nor for a verb in a
    /// relative clause (الشكاوى التي وردت للرئاسة … أن), whose antecedent is no speaker of it.
    func unbrokenLongComplement(after m: CueMatch, to t: Int, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> Bool {
        guard m.nextToken < t, !followsConnective(t, a, after: m), !a.tokens.letters(t).starts(with: CueFilter.bian),
              !(a.tokens[t - 1].kind == .word && Self.clauseHeadsBeforeAn.contains { Arabic.withoutConjunctions(a.tokens.letters(t - 1)).elementsEqual($0) })
        else { return false }
        let v = m.firstToken - 1
        if v >= 0, a.tokens[v].kind == .word, Self.relatives.contains(where: { Arabic.withoutConjunctions(a.tokens.letters(v)).elementsEqual($0) }) { return false }
        for u in m.nextToken..<t {
            guard a.tokens[u].kind == .word, !cues.covered(u).intersects(Self.longComplementBreaks) else { return false }
            let w = a.tokens.letters(u)
            if Self.relatives.contains(where: { Arabic.withoutConjunctions(w).elementsEqual($0) }) || Self.qadForms.contains(where: { w.elementsEqual($0) }) { return false }
        }
        return true
    }
    static let clauseHeadsBeforeAn: [[Unicode.Scalar]] = Arabic.clauseHeadsBeforeAn.map { Array(Normalizer.folded($0).unicodeScalars) }
    /// The cue kinds that end the unbroken run of `unbrokenLongComplement`: another verb's clause.
    static let longComplementBreaks: CueKinds = [.verb, .report, .denial, .hedge, .complement]

    /// Whether a phrase is one word that reads as a name: no cue's word, a name by its letters, or
    /// a family name with the article (المجلي، الشمري) — a subject right after a finite verb.
    func isOneWordName(_ ph: SourcePhrase, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> Bool {
        guard ph.words.count == 1, ph.kind == .person else { return false }
        let w = ph.words[0], l = a.tokens.letters(w)
        // (not a plural in ين / ون: الكويتيين is a people, no one's name)
        if l.count >= 5, let last = l.last, last == Arabic.nun,
           l[l.index(l.endIndex, offsetBy: -2)] == Arabic.ya || l[l.index(l.endIndex, offsetBy: -2)] == Arabic.waw { return false }
        return cues.covered(w).isEmpty && (resolver.hasName(a, ph.words, cues: cues) || SourceResolver.isDefinite(l))
    }

    /// How many words a verb's complement may stand from it (`hasComplement`).
    static let complementReach = 12
    /// How many words the complement of a verb that goes on (وأضاف، واستطرد، وأردف; not تابع, see
    /// `Arabic.continuationVerbLemmas`) may stand from it.
    static let continuationComplementReach = 16
    /// The forms of those verbs (`Arabic.continuationVerbLemmas`), folded.
    static let continuationVerbs: Set<[Unicode.Scalar]> = Set(Arabic.continuationVerbLemmas.flatMap { spec -> [[Unicode.Scalar]] in
        guard case .success(let forms) = Lemma.forms(spec) else { return [] }
        return forms.map { Normalizer.foldedScalars($0) }
    })
    /// How far a statement's أن / إن right after a comma may stand: the comma closes the
    /// circumstances told between the verb and its content (أعلن وزير الخارجية جون كيري، اليوم
    /// (الاثنين)، في الدوحة بعد انتهاء اجتماع مع نظرائه في مجلس التعاون … مع إيران، أنّ).
    static let commaComplementReach = 30

    /// Whether the word at `t` is a statement's أن / إن itself (أن، إنه، بأن), or إلى before one
    /// (إلى أنه) — not a connective ending in one (إلا أن، غير أن، فإن، لأن).
    func isStatementOpener(at t: Int, _ a: ArticleText, _ end: Int) -> Bool {
        func opener(_ u: Int) -> Bool {
            u < end && a.tokens[u].kind == .word && Self.statementOpeners.contains { a.tokens.letters(u).elementsEqual($0) }
        }
        if opener(t) { return true }
        return Self.ilaa.contains { a.tokens.letters(t).elementsEqual($0) } && opener(t + 1)
    }

    /// Whether a complement match ends in a complementiser that opens a statement (أن، إن، بأن,
    /// إلى أن), not a connective (حيث، بينما).
    func opensContent(_ c: CueMatch, _ a: ArticleText) -> Bool {
        var last = c.nextToken - 1
        while last > c.firstToken && a.tokens[last].kind != .word { last -= 1 }
        let w = Arabic.withoutConjunctions(a.tokens.letters(last))
        return Self.statementOpeners.contains { w.elementsEqual($0) }
    }

    /// The closing comma of a relative clause that opens at the comma `t` (، الذي ... ،), within
    /// thirty words and the unit, with no colon or quotation mark inside; nil otherwise.
    func commaRelativeClauseEnd(at t: Int, _ a: ArticleText, _ end: Int) -> Int? {
        guard a.tokens[t].kind == .punct, a.tokens[t].isComma,
              t + 1 < end, a.tokens[t + 1].kind == .word else { return nil }
        let w = a.tokens.letters(t + 1)
        guard Self.relatives.contains(where: { w.elementsEqual($0) }) else { return nil }
        var u = t + 2, words = 0
        while u < end && words <= 30 {
            let k = a.tokens[u]
            if k.kind == .punct {
                if k.isComma { return u }
                if k.is(":") || k.is("\"") { return nil }
            } else if k.kind == .word { words += 1 }
            u += 1
        }
        return nil
    }

    /// Merges attributions naming the same source (overlapping phrases share a token), and
    /// drops a bare verb after a named source in the same unit (it refers to that source).
    func dedupe<R: DecisionRecorder>(_ ats: [Attribution], unit: Int, _ rec: inout R) -> [Attribution] {
        // one attribution: nothing to merge
        guard ats.count > 1 else { return ats }
        var out: [Attribution] = []
        // which kept attribution's phrase holds each token: overlapping phrases share a token
        // (a few words in most units: a list searched in order, a dictionary past 16 words)
        var owner: [(word: Int, owner: Int)] = []
        var ownerMap: [Int: Int] = [:]
        func ownerOf(_ w: Int) -> Int? { ownerMap.isEmpty ? owner.first { $0.word == w }?.owner : ownerMap[w] }
        func setOwner(_ w: Int, _ o: Int) {
            if ownerMap.isEmpty && owner.count < 16 { owner.append((w, o)); return }
            if ownerMap.isEmpty { for (w, o) in owner { ownerMap[w] = o } }
            ownerMap[w] = o
        }
        var firstPhrase: Int? = nil
        for at in ats {
            if let p = at.phrase, let k = p.words.compactMap({ ownerOf($0) }).min() {
                // keep the more specific kind: anonymous over others (but a phrase that names its
                // members stays named: شاهد عيان يدعى أحمد اكاي)
                if p.kind == .anonymous && !(out[k].phrase?.namesMembers ?? false) { out[k].phrase?.kind = .anonymous }
                if out[k].via == nil { out[k].via = at.via }
                if at.isDenial { out[k].isDenial = true }
                if R.isRecording { rec.record(.merged(at.cue, into: out[k].cue), unit: unit) }
                continue
            }
            // a bare verb after a named source in the same unit refers to it, not further back
            if at.backReference && at.via == nil && !at.isDenial, let k = firstPhrase {
                if R.isRecording { rec.record(.sameSpeaker(at.cue, speaker: out[k].cue), unit: unit) }
                continue
            }
            if at.backReference && at.isDenial, let k = firstPhrase {
                out[k].isDenial = true
                if R.isRecording { rec.record(.sameSpeaker(at.cue, speaker: out[k].cue), unit: unit) }
                continue
            }
            if let p = at.phrase {
                for w in p.words where ownerOf(w) == nil { setOwner(w, out.count) }
                if firstPhrase == nil { firstPhrase = out.count }
            }
            out.append(at)
        }
        return out
    }
}
