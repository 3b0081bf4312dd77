import IsnadModel
import IsnadText
import IsnadRules

/// Stage 5 of the labeller: a stated reason for anonymity (شريطة عدم الكشف عن هويته) makes
/// the speaker anonymous, named or not (SOURCING.md, "anonymous").
///
/// Input: a claim's effective matches and its proposals. Output: the proposals with an
/// anonymous label added when a reason is stated and none proposed it — and, when the claim
/// names no source at all, the anonymity cue itself entered in the roster as its source.
/// (A person or anonymous source named next to a stated reason is made anonymous while it is
/// resolved, when the reason is attached to it: `makesAnonymous`.)
struct Anonymity: Sendable {
    let rules: [Rule]
    let resolver: SourceResolver

    /// Where a claim states reasons for anonymity, and where it names someone: what
    /// `makesAnonymous` needs to tell which phrase a reason belongs to.
    struct Scope: Sendable {
        /// Folded ranges of the reason cues (شريطة عدم الكشف عن هويته، طلب عدم ذكر اسمه).
        var reasons: [Range<Int>] = []
        /// Folded starts of the cues that name someone (مسؤول، الوزير، وزارة، صحيفة ...).
        var namers: [Int] = []
        var isEmpty: Bool { reasons.isEmpty }
        /// Folded ranges of a person's initials in brackets (المواطنة (غ.ع)): `knownByInitials`.
        var initials: [Range<Int>] = []
    }

    /// The person initials of a claim: two single Arabic letters, apart or set off by a dot, alone
    /// in brackets (وقالت المواطنة (غ.ع) - 27 عاما - إن، المواطن (م. ع)) — a person the article does
    /// not identify (SOURCING.md, anonymous). Three letters are an agency's or a body's ((د.ب.أ)،
    /// (أ.ف.ب)، (إ.ب.أ)، (ش.م.ع)، (م.ت.ف) — all the 3-letter brackets of the corpus; its person
    /// initials, المتسول (ك.أ)، اللبناني (ع. ق)، السوري (م.غ)، سائقهما (م. ب), are two), and
    /// initials an outlet rule matches are not a person's.
    func initials(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit i: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let r = a.tokenRanges[i]
        var t = r.lowerBound
        while t < r.upperBound {
            defer { t += 1 }
            guard a.tokens[t].kind == .punct, a.tokens[t].is("(") else { continue }
            var u = t + 1, letters = 0, ok = true
            while u < r.upperBound, !(a.tokens[u].kind == .punct && a.tokens[u].is(")")) {
                let tok = a.tokens[u]
                if tok.kind == .word {
                    let l = a.tokens.letters(u)
                    guard l.count == 1, let c = l.first, Arabic.isLetter(c) else { ok = false; break }
                    letters += 1
                } else if !tok.is(".") { ok = false; break }
                u += 1
            }
            guard ok, u < r.upperBound, letters == 2 else { continue }
            let span = a.tokens[t].start..<a.tokens[u].end
            if ms.contains(where: { rules[$0.rule].kind == .outlet && $0.start < span.upperBound && $0.end > span.lowerBound }) { continue }
            out.append(span)
            t = u
        }
        return out
    }

    /// Whether a person phrase is known only by the initials in brackets right after it.
    static func knownByInitials(_ ph: SourcePhrase, _ a: ArticleText, scope: Scope) -> Bool {
        scope.initials.contains { r in
            r.lowerBound >= ph.end && (ph.end..<r.lowerBound).allSatisfy { a.text.foldedScalar($0) == " " }
        }
    }

    /// Cue kinds that name a speaker a reason for anonymity could belong to: it does not reach
    /// across one. An outlet is not among them: the outlet spoken to stands between the speaker
    /// and the reason (`وقال دبلوماسي لرويترز طالبًا عدم الكشف عن هويته`).
    static let naming: CueKinds = [.anonymous, .role, .collective, .title, .documentHead, .organization, .members]

    /// The reasons for anonymity a claim's matches state, with the naming cues around them.
    func scope(_ ms: ArraySlice<CueMatch>) -> Scope {
        var s = Scope()
        for m in ms {
            let k = rules[m.rule].kind
            if k == .anonymity || k == .anonymityReason { s.reasons.append(m.start..<m.end) }
            else if Anonymity.naming.contains(k) { s.namers.append(m.start) }
        }
        return s
    }

    /// Whether a source phrase of `kind` counts as anonymous because a reason for anonymity
    /// is stated for it (SOURCING.md, "anonymous"). An anonymous phrase always does; a person
    /// only when the reason is attached to that phrase: the reason follows it with no other
    /// naming cue between (`الدبلوماسي الذي طلب عدم الكشف عن هويته`), or, when nothing is named
    /// before the reason, the phrase follows it directly. A named speaker elsewhere in the unit
    /// (`ونفى الوزير أحمد العلي ما قاله مسؤول طلب عدم الكشف عن هويته`) keeps its name.
    static func makesAnonymous(_ kind: SourceKind, _ ph: SourcePhrase, scope: Scope) -> Bool {
        guard !scope.isEmpty else { return false }
        if kind == .anonymous { return true }
        guard kind == .person else { return false }
        for r in scope.reasons {
            if ph.end <= r.lowerBound {
                // the phrase's own naming cues start before its end; any naming cue after it
                // and before the reason names someone else the reason may belong to
                if !scope.namers.contains(where: { $0 >= ph.end && $0 < r.lowerBound }) { return true }
            } else if ph.start >= r.upperBound {
                if !scope.namers.contains(where: { $0 < ph.start }) { return true }
            }
        }
        return false
    }

    func run<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit i: Int, words: [Int], cues: SourceResolver.TokenCues,
                                  resolution: inout Resolution, roster: inout SourceRoster, into p: inout Proposals, _ rec: inout R) {
        guard !p.labels.contains(.anonymous) else { return }
        let stated = ms.first(where: { rules[$0.rule].kind == .anonymity || rules[$0.rule].kind == .anonymityReason })
        // a reason with no source and no word of saying in the claim (كان الناس يعمدون إلى إزالة
        // الحبر … خوفًا من تعرضهم للانتقام) is the reason for an act, not for withholding a name:
        // the claim is narration (SOURCING.md, unsourced)
        if p.mentions.isEmpty, let m = stated, rules[m.rule].kind == .anonymityReason,
           !ms.contains(where: { Self.saying.contains(rules[$0.rule].kind) }) { return }
        if p.mentions.isEmpty, let m = stated, let ph = conditionSubject(m, a, unit: i, words: words, cues: cues) {
            // the role the condition is about is the source (وطلب المسؤول عدم نشر اسمه): a mention
            // like any other, which refers back to the source met before (مسؤول في الحكومة)
            let text = resolution.anonymousMention(ph, a, unit: i, roster: &roster, into: &p)
            if R.isRecording { rec.record(.madeAnonymous(source: text, by: m), unit: i) }
        } else if p.mentions.isEmpty, let m = stated {
            let span = a.text.originalSpan(m.start, m.end)
            let ws = Array(words[words.lowerBound(of: m.firstToken)..<words.lowerBound(of: m.nextToken)])
            let ph = SourcePhrase(start: m.start, end: m.end, words: ws, kind: .anonymous, refersBack: false, key: resolver.key(a, ws))
            let idx = roster.add(ph, text: a.text.originalText(span), span: span, unit: i, resolved: nil, via: nil)
            roster.setAnonymityReason(idx)
            p.mentions.append(SourceMention(id: roster.entries[idx].id, text: a.text.originalText(span), span: span, kind: .anonymous, via: nil))
            p.rosterIndexes.append(idx)
            if R.isRecording { rec.record(.anonymityCueIsSource(rule: rules[m.rule].id), unit: i) }
        }
        p.labels.append(.anonymous); p.reasons.append(Reason(.anonymityStated))
        p.labelRules.append(stated.map { rules[$0.rule].id } ?? "anonymity")
    }

    /// Cue kinds that say something was said or reported, or name a single unnamed speaker
    /// (الشاهد، مسؤول): a reason for anonymity stands for a source only in a claim that holds
    /// one. (A group doing something, الناس، المواطنون, is no such speaker.)
    static let saying: CueKinds = [.report, .relay, .according, .passive, .anonymous, .told, .denial, .noComment, .role]

    /// The heads of a phrase a condition of anonymity can be about: an unnamed speaker.
    static let conditionHeads: CueKinds = [.role, .anonymous, .collective]

    /// The speaker a condition of anonymity `m` is about, when the claim names none: a role, a
    /// group or an unnamed source inside the condition, after its verb (وطلب المسؤول عدم نشر
    /// اسمه), or right before it, a relative pronoun between or none (ولم يقدم المسؤول الذي طلب
    /// عدم نشر اسمه تفاصيل، مصدر رفض الكشف عن هويته). Nil when there is none: the condition then
    /// stands for the source itself. A refusal to be named is never the source's name.
    func conditionSubject(_ m: CueMatch, _ a: ArticleText, unit: Int, words: [Int], cues: SourceResolver.TokenCues) -> SourcePhrase? {
        guard rules[m.rule].kind == .anonymity else { return nil }
        let first = words.lowerBound(of: m.firstToken), end = words.lowerBound(of: m.nextToken)
        guard first < words.count, words[first] == m.firstToken else { return nil }
        // inside the condition, after its verb
        if let k = ((first + 1)..<end).first(where: { cues.kinds(at: words[$0], rules).intersects(Self.conditionHeads) }) {
            guard let ph = resolver.phrase(in: a, unit: unit, words: Array(words[k..<end]), from: 0, cues: cues, skipAdverbs: false),
                  ph.kind == .anonymous || ph.kind == .person else { return nil }
            return ph
        }
        // before it: the word before the condition (or before its relative pronoun) closes the phrase
        var r = first - 1
        guard r >= 0, !a.tokens[words[first]].afterBreak else { return nil }
        if AttributionFinder.relatives.contains(where: { a.tokens.letters(words[r]).elementsEqual($0) }) {
            guard !a.tokens[words[r]].afterBreak else { return nil }
            r -= 1
        }
        guard r >= 0 else { return nil }
        // the phrase's head, up to three words back, no break between (مسؤول أمني باكستاني رفض)
        var k = r
        while k >= 0 && r - k < 4 {
            if cues.kinds(at: words[k], rules).intersects(Self.conditionHeads) { break }
            if k == 0 || a.tokens[words[k]].afterBreak || resolver.hasPunctBetween(a, words[k - 1], words[k]) { return nil }
            k -= 1
        }
        guard k >= 0, r - k < 4,
              let ph = resolver.phrase(in: a, unit: unit, words: Array(words[k...r]), from: 0, cues: cues, skipAdverbs: false),
              ph.words.count == r - k + 1, ph.kind == .anonymous || ph.kind == .person else { return nil }
        return ph
    }
}
