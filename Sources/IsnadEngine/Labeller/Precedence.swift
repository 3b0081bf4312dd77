import IsnadModel
import IsnadText
import IsnadRules

/// Stage 7 of the labeller: one label out of those a claim's attributions proposed.
///
/// Input: the claim's `Proposals`. Output: the label with its reason and deciding rule —
/// denied outranks every label; then the most severe proposed (anonymous > secondhand >
/// named); nil when nothing was proposed, and the claim continues a quotation or is unsourced
/// (`Continuity`). When several labels compete, the outranking is recorded.
enum Precedence {
    struct Choice {
        var label: Label
        var reason: Reason
        /// The id of the rule whose cue decided the label.
        var rule: String?
    }

    static func choose<R: DecisionRecorder>(_ p: Proposals, unit: Int, _ rec: inout R) -> Choice? {
        if p.denied {
            if R.isRecording { record(.denied, over: p.labels, unit: unit, &rec) }
            return Choice(label: .denied, reason: Reason(.denied(rule: p.denialRule)), rule: p.denialRule)
        }
        guard let best = p.labels.min() else { return nil }
        let k = p.labels.firstIndex(of: best)!
        if R.isRecording { record(best, over: p.labels, unit: unit, &rec) }
        return Choice(label: best, reason: p.reasons[k], rule: p.labelRules[k])
    }

    static func record<R: DecisionRecorder>(_ chosen: Label, over labels: [Label], unit: Int, _ rec: inout R) {
        let over = Set(labels).subtracting([chosen]).sorted()
        if !over.isEmpty { rec.record(.precedence(chosen: chosen, over: over), unit: unit) }
    }
}
