import IsnadModel
import IsnadText
import IsnadRules

/// Stage 2 of the labeller: what a claim's cues say besides who speaks.
///
/// Input: a claim's effective matches. Output: its evidence (every cue but the grammar's),
/// its flags (hedged, no comment) and whether it states a reason for anonymity. `finish`
/// adds the quote flag once the label is known and puts the flags in their order.
struct EvidenceReader: Sendable {
    let rules: [Rule]

    /// Cues that make a unit furniture (the classifier's; in a claim they did not).
    static let furniture: CueKinds = [.boilerplate, .caption, .byline]

    struct Output {
        var evidence: [Evidence] = []
        var flags: [ClaimFlag] = []
        /// The claim's first cue of anonymity (a reason for it, or the bare condition), if any.
        var anonymityCue: CueMatch? = nil
        /// Whether the claim states anonymity (it has an anonymity cue).
        var anonymityReason: Bool { anonymityCue != nil }
    }

    func run<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int, _ rec: inout R) -> Output {
        var out = Output()
        // (reserving room in an empty array allocates even for none)
        if !ms.isEmpty { out.evidence.reserveCapacity(ms.count) }
        for m in ms {
            switch rules[m.rule].kind {
            case .boilerplate, .caption, .byline:
                if R.isRecording { rec.record(.stayedClaim(m), unit: unit) }
                continue
            // a negation is evidence only where it makes the claim a restated denial (`Rebuttals`),
            // an accusation only of what a later answer negates (its words' reporting cue labels)
            case .stop, .complement, .verb, .adverb, .qualifier, .pronoun, .rebuttal, .accusation: continue
            case .hedge: if !out.flags.contains(.hedged) { out.flags.append(.hedged) }
            case .noComment: if !out.flags.contains(.noComment) { out.flags.append(.noComment) }
            case .anonymity, .anonymityReason: if out.anonymityCue == nil { out.anonymityCue = m }
            default: break
            }
            let span = a.text.originalSpan(m.start, m.end)
            out.evidence.append(Evidence(rule: rules[m.rule].id, span: span))
        }
        return out
    }

    /// The flags once the label is chosen: `quote` for a sourced claim holding a quotation;
    /// `hedged` only on an unsourced claim (the guide's Flags: the writer's own hedged analysis —
    /// a hedge inside someone's statement is theirs, and stays in the evidence); in their order.
    static func finish(_ flags: inout [ClaimFlag], label: Label, quotation: Bool) {
        if label != .unsourced && quotation && !flags.contains(.quote) { flags.append(.quote) }
        if label != .unsourced, let i = flags.firstIndex(of: .hedged) { flags.remove(at: i) }
        // (sorting makes even an empty array's storage its own: allocated, for nothing)
        if flags.count > 1 { flags.sort { $0.order < $1.order } }
    }
}
