import IsnadModel
import IsnadText
import IsnadRules

/// A claim's speaker as later claims inherit it (a bare verb, a quotation it opened): the
/// label, the sources and roster entries, the relay links, and the unit it was found in.
struct Speaker {
    var label: Label
    var sources: [SourceMention]
    var roster: [Int]
    var chain: Int
    var unit: Int
    /// Whether every source is an unnamed plural group (قال ناشطون، وأكد السكان): a singular
    /// bare verb after it (وأضاف) does not agree with it in number.
    var group = false
}

/// What the attributions of a claim propose: the sources it names and, for each
/// attribution that proposes one, a label with its reason and rule. Owned by the loop over
/// claims and emptied for each: the working lists nothing keeps reuse their storage.
struct Proposals {
    var mentions: [SourceMention] = []
    var rosterIndexes: [Int] = []
    var labels: [Label] = []
    var reasons: [Reason] = []
    /// The cue behind each proposed label.
    var labelRules: [String] = []
    var denied = false
    var denialRule: String? = nil
    /// Relay links (outlets) between the claim and its source.
    var chain = 0
    /// Whether an attribution is a further source inside another's content (`Attribution.further`),
    /// and the labels, mentions and roster entries of the others: the speaker later claims go on
    /// from (`Continuity.end`).
    var hasFurther = false
    var primaryLabels: [Label] = []
    var primaryMentions: [SourceMention] = []
    var primaryRoster: [Int] = []

    mutating func reset() {
        mentions = []; rosterIndexes = []; reasons = []
        hasFurther = false; primaryLabels.removeAll(keepingCapacity: true); primaryMentions = []; primaryRoster = []
        labels.removeAll(keepingCapacity: true); labelRules.removeAll(keepingCapacity: true)
        denied = false; denialRule = nil; chain = 0
    }

    /// The mentions with each repeat of an earlier one (the same source, at the same place,
    /// through the same outlet) left out: two bare verbs of one claim (`داعيا … مؤكداً`) each
    /// take the previous speaker, who is one source of the claim, listed once.
    var distinctMentions: [SourceMention] {
        var out: [SourceMention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions where !out.contains(where: { $0.id == m.id && $0.span == m.span && $0.via == m.via }) { out.append(m) }
        return out
    }
}

/// Stage 4 of the labeller: each attribution's source against the article's roster.
///
/// Input: a claim's attributions, the previous claim's speaker (for bare verbs) and the
/// roster so far. Output: the claim's `Proposals` — its source mentions (a new source, or
/// the earlier mention a later one resolves to), the roster grown by new sources, and the
/// label each attribution proposes (anonymous, secondhand through an outlet, named). The
/// publication's own outlet is no source and no intermediary; a refusal to comment next to
/// what others said keeps its source, not its label.
struct Resolution {
    let rules: [Rule]
    /// The skeleton keys of the own outlet's words (see `isOwn`).
    let ownOutletKey: Set<UInt64>
    /// The gazetteer rules naming the own outlet.
    let ownOutletRules: [Int]
    let kinds: [UnitKind]
    /// The claim number of each unit (1-based, as sheets number claims), made when a source first resolves back.
    var claimNumbers: [Int] = []
    /// A headline's indefinite speaker (`خبير:`) named in the claim just resolved: the headline's
    /// unit and the source's roster index, for the labeller to name the headline (`namesHeadlineSpeaker`).
    var namedHeadline: (unit: Int, entry: Int)? = nil
    /// The latest source told something to an outlet (`قال X لوكالة رويترز`: `Attribution.viaTold`,
    /// `SourcePhrase.toldTo`), its roster index and the outlet: named again before another source
    /// or outlet is (`وكان الوزير قال`), he still speaks in that interview — secondhand through it
    /// (SOURCING.md: an interview given to another outlet is secondhand; mends36). A credit
    /// (`وفقا لرويترز`، `نقلت رويترز عن`) passes to no mention named again.
    var toldEntry: (entry: Int, via: String)? = nil

    /// Whether roster entry `e` is a headline's indefinite speaker: one word with no article
    /// (`خبير:`، `مسؤول:`), anonymous for no stated reason, met only in a headline.
    func isHeadlineIndefinite(_ e: Int, _ roster: SourceRoster) -> Bool {
        let entry = roster.entries[e]
        guard entry.kind == .anonymous, !entry.anonymityReason, entry.key.count == 1, !entry.name.contains(" "),
              let first = entry.mentions.first, first.unit < kinds.count, kinds[first.unit] == .headline,
              entry.mentions.allSatisfy({ $0.unit == first.unit }) else { return false }
        return !SourceResolver.isDefinite(Normalizer.foldedScalars(entry.name)[...])
    }

    /// Whether the noun of key `k` (`خبير`) stands elsewhere in the body than in `words` (the
    /// mention naming one holder) before a name of its own: the noun, its article or clitics
    /// aside, then — past definite words (`الخبير الاقتصادي`) — a word with no article that is no
    /// particle, preposition or complementiser (`مايكل`).
    func namesAnotherHolder(_ k: UInt64, besides words: ClosedRange<Int>, headline h: Int, _ a: ArticleText) -> Bool {
        let skip = h < a.tokenRanges.count ? a.tokenRanges[h] : 0..<0
        for t in 0..<a.tokens.count where !words.contains(t) && !skip.contains(t) {
            guard a.tokens[t].kind == .word, SourceResolver.wordKey(a, t) == k else { continue }
            var n = t + 1
            while n < a.tokens.count, n <= t + 3, a.tokens[n].kind == .word {
                let l = a.tokens.letters(n)
                if Self.notNames.contains(Array(l)) || l.first.map({ Segmenter.isDigit($0) }) ?? true { break }
                if !SourceResolver.isDefinite(l) { return true }
                n += 1
            }
        }
        return false
    }
    /// Words after a noun that name no one (folded): `Arabic.particles`, prepositions, complementisers.
    static let notNames = Set((Arabic.particles + Arabic.prepositions + Arabic.statementOpeners).map(Normalizer.foldedScalars))

    mutating func claimNumber(_ unit: Int) -> Int {
        if claimNumbers.isEmpty { claimNumbers = Self.claimNumbers(of: kinds) }
        return claimNumbers[unit]
    }

    /// The claim number of each unit of these kinds (1-based, as sheets number claims; a unit
    /// that is no claim has the number of the claim before it).
    static func claimNumbers(of kinds: some Sequence<UnitKind>) -> [Int] {
        var n = 0
        return kinds.map { k in if k.isClaim { n += 1 }; return n }
    }

    func ruleName(_ m: CueMatch) -> String { AttributionFinder.ruleName(m, rules) }

    /// Whether a cue's word is a verb or participle of the masculine singular for sure: no plural
    /// or dual ending (`AttributionFinder.isPluralVerb`; the participle's ين, مشيرين), and no ت
    /// at either end (و / ف aside) — the feminine (وأضافت، تضيف) agrees with a plural of things,
    /// and a past تابع cannot be told from it by its letters.
    static func isMasculineSingular(_ a: ArticleText, _ t: Int) -> Bool {
        guard t < a.tokens.count, !AttributionFinder.isPluralVerb(a, t) else { return false }
        var l = a.tokens.letters(t)
        if l.count > 3, l.first == Arabic.waw || l.first == Arabic.faa { l = l.dropFirst() }
        return !Arabic.endsInPluralYn(l, count: 5) && l.first != Arabic.ta && l.last != Arabic.ta && l.last != Arabic.ha
    }
    /// How many claims may stand between a singular bare verb and the singular speaker it goes
    /// back to past a group, the group included.
    static let singleReach = 2

    mutating func run<R: DecisionRecorder>(_ attributions: [Attribution], _ a: ArticleText, unit i: Int, cues: SourceResolver.TokenCues,
                                           anonymityCue: CueMatch?, anonymity: Anonymity.Scope, last latest: Speaker?, lastSingle: Speaker? = nil, roster: inout SourceRoster,
                                           into p: inout Proposals, _ rec: inout R) {
        // someone who declined to comment is a source of the unit, but not of what others said in it:
        // their label does not count when another attribution gives one
        let othersSpeak = attributions.contains { $0.cue.rule < 0 || rules[$0.cue.rule].kind != .noComment }
        for at in attributions {
            if at.isDenial { p.denied = true; p.denialRule = p.denialRule ?? ruleName(at.cue) }
            // a refusal to comment next to what others said: its source is recorded, its label not
            let silenced = othersSpeak && at.cue.rule >= 0 && rules[at.cue.rule].kind == .noComment
            if R.isRecording && silenced { rec.record(.refusalSilenced(at.cue), unit: i) }
            if at.backReference || at.phrase == nil {
                if silenced { continue }
                // a masculine singular bare verb (وأضاف، وأوضح بصراحة) after an unnamed plural group
                // (قال ناشطون، وقالت مصادر): its number does not agree with the group — it continues
                // the singular speaker before the group — a man (`Continuity.lastSingle`), with two
                // claims at most between him and the verb, the group one of them (SOURCING.md,
                // named: continuation of the nearest attribution; one further back was most often a
                // phrase misread on the corpus). Not a verb or participle with ت / ة, which a plural
                // of things takes (وقالت المصادر … وأضافت، مشيرة).
                let last = latest.map { l in
                    guard l.group, let s = lastSingle, i - s.unit - 1 <= Self.singleReach, Self.isMasculineSingular(a, at.cue.firstToken) else { return l }
                    return s
                }
                // a bare verb told to another outlet (وقال لرويترز، وأضافت في حديث نقلته وكالة ...):
                // the speaker's words reach the article through that outlet
                let toldVia: SourcePhrase? = at.via.flatMap { isOwn($0, a, cues) ? nil : $0 }
                let toldText = toldVia.map { a.text.originalText(a.text.originalSpan($0.start, $0.end)) }
                // a bare verb of a rule limited to some subjects goes on only from a speaker of those
                // kinds (the papers of a review, not the minister they quoted)
                if let l = last, at.cue.rule >= 0, at.phrase == nil, !rules[at.cue.rule].subjects.isEmpty,
                   !(l.sources.first.map { rules[at.cue.rule].subjects.contains($0.kind) } ?? false) {
                    continue
                }
                if let l = last {
                    let why = Reason(.bareMention(rule: ruleName(at.cue)))
                    p.mentions += l.sources.map { var s = $0; s.why = why; if let t = toldText, s.kind != .outlet { s.via = t }; return s }
                    p.rosterIndexes += l.roster
                    let label: Label = toldText != nil && l.label == .named ? .secondhand : l.label
                    p.labels.append(label); p.chain = max(p.chain, toldText != nil ? max(1, l.chain) : l.chain); p.labelRules.append(ruleName(at.cue))
                    p.primaryLabels.append(label); p.primaryMentions += l.sources; p.primaryRoster += l.roster
                    p.reasons.append(Reason(.bareVerb(label)))
                } else if let v = toldVia {
                    // no earlier speaker: the outlet is the source the unit rests on
                    let text = toldText ?? ""
                    let resolved = roster.resolve(v, text: text)
                    let idx = roster.add(v, text: text, span: a.text.originalSpan(v.start, v.end), unit: i, resolved: resolved, via: nil)
                    p.mentions.append(SourceMention(id: roster.entries[idx].id, text: text, span: a.text.originalSpan(v.start, v.end),
                                                    kind: .outlet, via: nil))
                    toldEntry = nil
                    p.rosterIndexes.append(idx)
                    p.labels.append(.secondhand); p.chain = max(p.chain, 1); p.labelRules.append(ruleName(at.cue))
                    p.reasons.append(Reason(.names(.secondhand, rule: ruleName(at.cue), text: text, kind: .outlet, via: nil)))
                }
                continue
            }
            guard var ph = at.phrase else { continue }
            var learnedVia: SourcePhrase? = nil
            if ph.kind == .outlet && isOwn(ph, a, cues) {
                if R.isRecording { rec.record(.ownOutlet(at.cue), unit: i) }
                // the own paper learned it from people it does not name (وعلمت «عكاظ» أن in an Okaz
                // article): the unnamed informants, anonymous with no via (SOURCING.md, anonymous;
                // Fixtures/gold s17, d116)
                guard let l = at.learned else { continue }
                ph = l
            } else if let l = at.learned {
                // another outlet's «علمت» (وعلمت «الحياة» من مصادرها أن in an Okaz article): that
                // outlet relaying informants it does not name — anonymous, the outlet the via
                // (SOURCING.md, secondhand: an outlet citing unnamed people; mends37, review38 #4)
                learnedVia = ph
                ph = l
            }
            var via: SourcePhrase? = learnedVia ?? at.via ?? ph.toldTo?.phrase
            if let v = via, isOwn(v, a, cues) { via = nil }
            let told = via != nil && (at.via == nil || at.viaTold)
            var kind = ph.kind
            let text = a.text.originalText(a.text.originalSpan(ph.start, ph.end))
            var resolved = roster.resolve(ph, text: text)
            // a person called by a name first (`فريدة محمد علي فارسي نائبة رئيسة لجنة الملاك …`: no
            // title, role or group word opening the phrase, no article: not المسؤولان) is someone
            // identified, not the unidentified source met before whose words the affiliation after
            // the name shares (`ملاك المدارس الأهلية`): a source of its own (kinds46)
            if let r = resolved, roster.entries[r].kind == .anonymous, ph.kind == .person, !ph.refersBack, !ph.namesMembers,
               ph.titleKey.isEmpty, ph.words.count >= 2, let first = ph.words.first, cues.covered(first).isEmpty,
               !SourceResolver.isDefinite(a.tokens.letters(first)) { resolved = nil }
            // a headline's indefinite speaker (`خبير: …`) named in the body (`قال الخبير مايكل كيني`):
            // the person the headline quoted, identified — named, the body's mention his name
            // (SOURCING.md, named; the reference gold's snn-13 `ووالدها:`; kinds46)
            // — not when another holder of that noun is named after him (`وقال الخبير مايكل كيني`):
            // which of them the headline quoted is not said; it stays anonymous, and he is a
            // source of his own (mends36)
            if let r = resolved, ph.kind == .person, ph.named, isHeadlineIndefinite(r, roster), let first = ph.words.first, let last = ph.words.last {
                if namesAnotherHolder(roster.entries[r].key[0], besides: first...last, headline: roster.entries[r].mentions[0].unit, a) {
                    resolved = nil
                } else {
                    namedHeadline = (roster.entries[r].mentions[0].unit, r)
                    roster.setKind(r, .person); roster.nameHolder(r, ph, text: text)
                }
            }
            // a later mention takes the kind of the source it resolves to — unless it names
            // people where the earlier mention was anonymous (المسؤولون السابقون مثل بيلار وفايفر)
            if let r = resolved, !(ph.namesMembers && ph.kind == .person) { kind = roster.entries[r].kind }
            let viaText = via.map { a.text.originalText(a.text.originalSpan($0.start, $0.end)) }
            let idx = roster.add(ph, text: text, span: a.text.originalSpan(ph.start, ph.end), unit: i, resolved: resolved,
                                 via: kind == .outlet ? nil : viaText)
            if Anonymity.makesAnonymous(kind, ph, scope: anonymity) {
                // recorded where the kind changes (a person made anonymous), not for a source already anonymous
                if R.isRecording, kind != .anonymous, let cue = anonymityCue { rec.record(.madeAnonymous(source: text, by: cue), unit: i) }
                roster.setAnonymityReason(idx); kind = .anonymous; roster.setKind(idx, .anonymous)
            } else if kind == .person, !anonymity.initials.isEmpty, Anonymity.knownByInitials(ph, a, scope: anonymity) {
                // a person known only by initials (المواطنة (غ.ع)): unidentified, no reason given
                kind = .anonymous; roster.setKind(idx, .anonymous)
            }
            let entryVia = roster.entries[idx].via
            // a source named again, by a definite description too (وأشار البيان إلى، كانت الحكومة
            // قالت إن، وأضاف المسؤول الأميركي), with no outlet cue of its own is named first-hand:
            // only a pronoun or a bare verb carries the earlier mention's channel (SOURCING.md,
            // named; seed-05, d231; kinds46) — an unnamed one keeps it as its intermediary
            // — and one named again inside the interview he gave to an outlet (`toldEntry`)
            let toldVia: String? = nil // (withdrawn: carrying it cost shared gold 0.960 → 0.944 and seed-05; mends36)
            let mentionVia = kind == .outlet ? nil : (viaText ?? (resolved != nil && ph.refersBack && kind == .anonymous ? entryVia : nil) ?? toldVia)
            if told, kind != .outlet, let v = viaText { toldEntry = (idx, v) } else if viaText != nil || toldEntry?.entry != idx { toldEntry = nil }
            let why = sameSourceReason(resolved, roster, a)
            p.mentions.append(SourceMention(id: roster.entries[idx].id, text: text, span: a.text.originalSpan(ph.start, ph.end),
                                            kind: kind, via: mentionVia, why: why))
            p.rosterIndexes.append(idx)
            let l: Label
            switch kind {
            case .anonymous: l = .anonymous
            case .outlet: l = .secondhand; p.chain = max(p.chain, 1)
            default: l = mentionVia != nil ? .secondhand : .named; if mentionVia != nil { p.chain = max(p.chain, 1) }
            }
            if silenced { continue }
            p.labels.append(l); p.labelRules.append(ruleName(at.cue))
            if at.further { p.hasFurther = true } else {
                p.primaryLabels.append(l); p.primaryMentions.append(p.mentions[p.mentions.count - 1]); p.primaryRoster.append(idx)
            }
            p.reasons.append(Reason(.names(l, rule: ruleName(at.cue), text: text, kind: kind, via: mentionVia)))
        }
    }

    /// Enters `ph` as an anonymous source of unit `i` (the speaker a condition of anonymity is
    /// about: `Anonymity.conditionSubject`), resolved against the roster like any mention, and
    /// returns its text.
    mutating func anonymousMention(_ ph: SourcePhrase, _ a: ArticleText, unit i: Int, roster: inout SourceRoster,
                                   into p: inout Proposals) -> String {
        let span = a.text.originalSpan(ph.start, ph.end)
        let text = a.text.originalText(span)
        let resolved = roster.resolve(ph, text: text)
        let idx = roster.add(ph, text: text, span: span, unit: i, resolved: resolved, via: nil)
        roster.setAnonymityReason(idx); roster.setKind(idx, .anonymous)
        if toldEntry?.entry != idx { toldEntry = nil }
        p.mentions.append(SourceMention(id: roster.entries[idx].id, text: text, span: span, kind: .anonymous, via: nil,
                                        why: sameSourceReason(resolved, roster, a)))
        p.rosterIndexes.append(idx)
        return text
    }

    /// Why a mention is the source `resolved` met before: its name, id, and the claim and line
    /// where it was first met (nil when the mention is a new source).
    mutating func sameSourceReason(_ resolved: Int?, _ roster: SourceRoster, _ a: ArticleText) -> Reason? {
        resolved.map { r in
            let first = roster.entries[r].mentions.first
            return Reason(.sameSource(name: roster.entries[r].name, id: roster.entries[r].id,
                                      claim: first.map { claimNumber($0.unit) }, line: first.map { a.segments[$0.unit].line } ?? 0))
        }
    }

    /// Whether a phrase names the publication's own outlet: under any of its gazetteer names,
    /// or with every word of its name.
    func isOwn(_ p: SourcePhrase, _ a: ArticleText, _ cues: SourceResolver.TokenCues) -> Bool {
        if !ownOutletRules.isEmpty {
            for w in p.words { for m in cues.starting(at: w) where ownOutletRules.contains(m.rule) { return true } }
        }
        return isOwn(p, a)
    }

    /// Whether a phrase names the publication's own outlet (every word of its name).
    func isOwn(_ p: SourcePhrase, _ a: ArticleText) -> Bool {
        guard !ownOutletKey.isEmpty else { return false }
        // every word of the outlet's name among the phrase's (a phrase has a few words: no set is built)
        return ownOutletKey.allSatisfy { p.key.contains($0) }
    }

    /// The skeleton hashes of the own outlet's words, read as a phrase's key words are
    /// (the article ال removed), so `isOwn` compares like with like.
    static let article = Array(Arabic.article.unicodeScalars)

    static func outletKey(_ words: [String]) -> Set<UInt64> {
        Set(words.compactMap { w in
            var s = Array(w.unicodeScalars)[...]
            if s.count >= 4 && s.starts(with: Self.article) { s = s.dropFirst(2) }
            return SourceResolver.skeletonKey(s)
        })
    }
}
