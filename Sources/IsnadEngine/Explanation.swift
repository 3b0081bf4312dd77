import IsnadModel
import IsnadText
import IsnadRules

/// One cue match of a unit, and whether it took effect.
public struct CueTrace: Sendable {
    public var rule: String
    public var kind: CueKind
    /// The matched words, in the original text.
    public var text: String
    public var span: TextSpan
    /// Whether the labeller used the match; when not, why.
    public var used: Bool
    public var why: String?
}

/// An audit with, for every unit, the cues that fired on it: what `audit explain` prints.
public struct Explanation: Sendable {
    public var audit: ArticleAudit
    /// `cues[i]` — the cue matches of unit `i`, in text order.
    public var cues: [[CueTrace]]
}

extension Auditor {
    /// Audits `scalars` and traces every cue match: which rules fired on which words, and
    /// why a match was set aside (swallowed by a longer cue, out of its scope, no speaker).
    public func explain(scalars: [Unicode.Scalar], path: String, outlet: String? = nil) -> Explanation {
        let audit = audit(scalars: scalars, path: path, outlet: outlet)
        let normalized = Normalizer.normalize(scalars: VerifiedMarkers.extract(scalars).masked)
        let article = ArticleText(text: normalized, matcher: matcher, regexes: regexes)
        let labeller = Labeller(rules: pack.rules, ownOutlet: audit.outlet)
        var traces: [[CueTrace]] = []
        for i in 0..<article.segments.count {
            let raw = article.matches[i]
            let effective = labeller.effectiveMatches(raw, article, unit: i)
            let cues = labeller.resolver.cues(effective, tokens: article.tokenRanges[i])
            let words = article.words(of: i)
            traces.append(raw.map { m in
                let r = pack.rules[m.rule]
                let span = normalized.originalSpan(m.start, m.end)
                var why: String? = nil
                if !effective.contains(m) {
                    if r.scope == .start {
                        why = "counts only at the start of a clause"
                    } else if let o = raw.first(where: { o in
                        o != m && Labeller.strong.contains(pack.rules[o.rule].kind) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start
                    }) {
                        why = "inside the longer cue '\(normalized.originalText(normalized.originalSpan(o.start, o.end)))' (\(pack.rules[o.rule].id))"
                    } else {
                        why = r.kind == .denial ? "a refusal to comment overlaps it: not a denial" : "an impersonal cue inside the content of a reporting verb belongs to its speaker"
                    }
                } else if !audit.units[i].kind.isClaim {
                    why = audit.units[i].kind == .claim ? nil : "the unit is a \(audit.units[i].kind.rawValue), not a claim"
                } else if r.speaker && Labeller.speakerKinds.contains(r.kind) && labeller.verbAttribution(m, article, i, words, cues) == nil {
                    why = r.needsComplement ? "no complement (أن، إن، a colon or a quotation) follows, so it names no speaker here"
                        : "no subject of an accepted kind, so it names no speaker here"
                }
                return CueTrace(rule: r.id, kind: r.kind, text: normalized.originalText(span), span: span, used: why == nil, why: why)
            })
        }
        return Explanation(audit: audit, cues: traces)
    }
}
