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
/// resolved: `makesAnonymous`.)
struct Anonymity: Sendable {
    let rules: [Rule]
    let resolver: SourceResolver

    /// Whether a source of `kind` named in a claim that states a reason for anonymity counts as anonymous.
    static func makesAnonymous(_ kind: SourceKind, reasonStated: Bool) -> Bool {
        reasonStated && (kind == .anonymous || kind == .person)
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
