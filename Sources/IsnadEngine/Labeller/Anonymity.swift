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
            r.lowerBound >= ph.end && (ph.end..<r.lowerBound).allSatisfy { a.text.scalars[$0] == " " }
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

    func run<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit i: Int, words: [Int],
                                  roster: inout SourceRoster, into p: inout Proposals, _ rec: inout R) {
        guard !p.labels.contains(.anonymous) else { return }
        let stated = ms.first(where: { rules[$0.rule].kind == .anonymity || rules[$0.rule].kind == .anonymityReason })
        if p.mentions.isEmpty, let m = stated {
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
}
