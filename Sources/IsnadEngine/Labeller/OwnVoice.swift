import IsnadModel
import IsnadRules
import IsnadText

/// The writer's own voice (`own_voice` cues): a saying or proverb (كما يقال، يقول المثل), a
/// rhetorical or hypothetical speaker (قد يقول قائل، يخطئ من يظن أن), the writer's own verb
/// (وأتساءل:). SOURCING.md counts what someone said, thought or intended; none of these is
/// someone: a column's own argument, however it is voiced, is unsourced.
extension CueFilter {
    /// The cue kinds an own-voice phrase takes over: a reporting verb, an according-to phrase or an
    /// impersonal attribution inside it names no source. (Denials are not taken over: a writer's
    /// rebuttal is judged by the denial rules.)
    static let voiced: CueKinds = [.report, .relay, .according, .passive, .anonymous, .noComment]

    /// The own-voice match of `ms` that covers `m` (holds its first word: `يعتقد أن` starts inside
    /// `يخطئ من يعتقد`), when `m` is of a kind it takes over.
    func ownVoice(covering m: CueMatch, in ms: ArraySlice<CueMatch>, _ a: ArticleText) -> CueMatch? {
        guard Self.voiced.contains(rules[m.rule].kind) else { return nil }
        return ms.first { o in
            let k = rules[o.rule].kind
            // the writer's hedge right before a verb (ربما يأمل ترامب، لعل الوزير يرى): the writer
            // speculating about what someone hopes or thinks, not a report of it
            if k == .hedge { return o.nextToken == m.firstToken && rules[m.rule].kind == .report && !Self.hedgeSwallows(o, m) }
            return k == .ownVoice && o.start <= m.start && m.start < o.end
        } ?? writersContent(holding: m, in: ms, a)
    }

    /// The own-voice phrase whose content holds `m`: a phrase followed right away by a
    /// complementiser (أظن أن، قد يقول قائل إن، يخطئ من يعتقد أن) opens what the writer thinks or
    /// imagines, and a cue after it in the unit is part of that (أعتقد أن بعضهم ... ويقول: the
    /// writer's characterisation, unsourced). A complementiser inside an own-voice phrase (the
    /// background formula يذكر أن) opens nothing: the rest of the unit is judged by itself, and
    /// so does one set off from the phrase by a comma (الجدير بالذكر، أن الوزارة أعلنت): the
    /// background formula written with a pause, not a thought the writer goes on to state — a
    /// phrase of a rule some pattern of which takes the complementiser in (`isFormula`), so that
    /// the comma changes nothing (a discourse word's `الأول، أن` reads as its `الأول أن`).
    func writersContent(holding m: CueMatch, in ms: ArraySlice<CueMatch>, _ a: ArticleText) -> CueMatch? {
        ms.first { o in
            guard rules[o.rule].kind == .ownVoice, o.end <= m.start else { return false }
            return ms.contains { c in
                rules[c.rule].kind == .complement && c.firstToken == o.nextToken && c.start < m.start
                    && !ms.contains { v in rules[v.rule].kind == .ownVoice && v.start <= c.start && c.start < v.end }
                    && !(Self.punctuated(a, from: o, to: c) && Self.isFormula(rules[o.rule]))
            }
        }
    }

    /// Whether an own-voice rule is a formula that holds its complementiser (يذكر أن، الجدير
    /// بالذكر أن): one of its patterns ends with أن / إن (read only when a comma parts them).
    static func isFormula(_ r: Rule) -> Bool {
        r.patterns.contains { p in
            guard let last = p.split(separator: " ").last else { return false }
            return last.split(separator: "|").contains { w in formulaComplements.contains(String(w)) }
        }
    }
    static let formulaComplements: Set<String> = Set(Arabic.statementOpeners)

    /// Whether a comma stands between the last word of `o` and the first of `c` (a colon or a
    /// semicolon, قد يقول قائل؛ إن, still opens what the writer goes on to say).
    static func punctuated(_ a: ArticleText, from o: CueMatch, to c: CueMatch) -> Bool {
        var t = c.firstToken - 1
        while t >= o.firstToken && a.tokens[t].kind != .word {
            if a.tokens[t].isComma { return true }
            t -= 1
        }
        return false
    }

    /// Whether hedge `o` holds verb cue `m` itself (قد يقول، يتوقع أن): the cue filter's overlap
    /// rule decides those, not the writer's-voice one.
    static func hedgeSwallows(_ o: CueMatch, _ m: CueMatch) -> Bool { o.start <= m.start && m.end <= o.end }

    /// `ms` without the cues an own-voice phrase covers (the own-voice cues themselves stay: they
    /// end source phrases and keep a colon after them from naming a speaker), each recorded.
    func settingAsideOwnVoice<R: DecisionRecorder>(_ ms: ArraySlice<CueMatch>, _ a: ArticleText, unit: Int, _ rec: inout R) -> ArraySlice<CueMatch> {
        guard ms.contains(where: { rules[$0.rule].kind == .ownVoice || rules[$0.rule].kind == .hedge }) else { return ms }
        return ms.keeping { m in
            guard let o = ownVoice(covering: m, in: ms, a) else { return true }
            if R.isRecording { rec.record(.ownVoice(m, phrase: o), unit: unit) }
            return false
        }
    }
}
