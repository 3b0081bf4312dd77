import Testing
@testable import Isnad
@testable import IsnadEngine
import IsnadTestSupport

/// Each stage of the labeller on its own (see `Labeller`), on a small pack written here,
/// with the decisions it records.
@Suite("Labeller stages")
struct LabellerStagesTests {
    static let pack: RulePack = try! TestSupport.pack([
        "cues.yml": """
            clitics: conjunction
            rules:
              - id: report.qala
                kind: report
                patterns: [قال|قالت|أضاف|أكد]
              - id: report.akkada-c
                kind: report
                needs_complement: true
                patterns: [يرى]
              - id: report.sarraha
                kind: report
                subjects: [outlet]
                patterns: [صرح]
              - id: relay.naqala
                kind: relay
                patterns: [نقل]
              - id: denial.nafa
                kind: denial
                patterns: [نفى|نفت|ينفي|رفض]
              - id: no-comment.declined
                kind: no_comment
                patterns: [رفض التعليق]
              - id: according.wifqan
                kind: according
                patterns: [وفقا ل]
              - id: passive.yuqal
                kind: passive
                patterns: [يقال]
              - id: hedge.start
                kind: hedge
                scope: start
                patterns: [ربما]
              - id: anonymity.condition
                kind: anonymity
                patterns: [شريطه عدم الكشف عن هويته]
              - id: grammar.complement
                kind: complement
                patterns: [أن|إن]
              - id: grammar.stop
                kind: stop
                clitics: none
                patterns: [في|أمس|من|عن|على|إلى|ل|ما]
              - id: entity.title
                kind: title
                patterns: [الوزير|وزير]
              - id: role.generic
                kind: role
                patterns: [مسؤول|المسؤول]
              - id: outlet.names
                kind: outlet
                patterns: [رويترز|عكاظ]
            """,
    ])
    static let auditor = try! Auditor(pack: pack)

    /// The article's text, its units' kinds, and a labeller of the pack.
    func article(_ text: String, outlet: String? = nil) -> (ArticleText, [UnitKind], Labeller) {
        let a = ArticleText(text: Normalizer.normalize(text), matcher: Self.auditor.matcher)
        return (a, Self.auditor.classify(a, headingLines: []), Labeller(rules: Self.pack.rules, ownOutlet: outlet))
    }

    /// The rule id of a match.
    func id(_ m: CueMatch) -> String { Self.pack.rules[m.rule].id }

    /// Every decision of every stage over `text` (the first line is the headline).
    func decisions(_ text: String, outlet: String? = nil) -> (DecisionLog, [Judgement?]) {
        let (a, kinds, labeller) = article(text, outlet: outlet)
        var log = DecisionLog()
        let (judgements, _) = labeller.label(a, kinds: kinds, recorder: &log)
        return (log, judgements)
    }

    @Test("cue filter: a cue inside a longer strong cue, a negated denial, a start-only cue away from the start are set aside, with why")
    func cueFilter() throws {
        let (a, _, labeller) = article("عنوان\nرفض التعليق على الخبر.\nوقال الوزير إنه لا ينفي الخبر.\nوقال الوزير ربما يعود.")
        var log = DecisionLog()
        let first = labeller.filter.run(a.matches[1], a, unit: 1, &log)
        // رفض (a denial) inside رفض التعليق (no comment): only the longer cue is left
        #expect(first.map(id) == ["no-comment.declined", "grammar.stop"])
        let swallowed = try #require(log.decisions(unit: 1).first)
        guard case let .insideLongerCue(m, longer) = swallowed else { Issue.record("\(swallowed)"); return }
        #expect(id(m) == "denial.nafa" && longer.map(id) == "no-comment.declined")
        _ = labeller.filter.run(a.matches[2], a, unit: 2, &log)
        #expect(log.decisions(unit: 2).map { id($0.cue!) } == ["denial.nafa"])
        #expect(log.decisions(unit: 2).allSatisfy { if case .negated = $0 { true } else { false } })
        _ = labeller.filter.run(a.matches[3], a, unit: 3, &log)
        #expect(log.decisions(unit: 3).allSatisfy { if case .outOfScope = $0 { true } else { false } } && log.decisions(unit: 3).count == 1)
        // nothing recorded when nobody asks, and the same matches kept
        var none = NoDecisions()
        #expect(Array(labeller.filter.run(a.matches[1], a, unit: 1, &none)) == Array(first))
        // a recorder that is not recording is never handed a decision, by any stage
        var silent = Unasked()
        _ = labeller.filter.run(a.matches[1], a, unit: 1, &silent)
        _ = labeller.label(a, kinds: Self.auditor.classify(a, headingLines: []), recorder: &silent)
        #expect(silent.handed == 0)
        var asked = DecisionLog()
        _ = labeller.label(a, kinds: Self.auditor.classify(a, headingLines: []), recorder: &asked)
        #expect(asked.count >= 3)
    }

    @Test("cue filter: a report inside another speaker's content (its subject just after أن, or in a relative clause) is set aside as content, but stays evidence; one with its own أن, or after a connective, is a further source")
    func stanceInContent() throws {
        let (a, kinds, labeller) = article("""
            عنوان
            وقال الوزير إن مسؤول أكد الخبر.
            وقال الوزير إن مسؤول أكد أن الخبر صحيح.
            وقال الوزير إن الخبر صحيح، في حين أكد مسؤول الخبر.
            """)
        var log = DecisionLog()
        let effective = labeller.filter.run(a.matches[1], a, unit: 1, &log)
        let kept = labeller.filter.settingAsideContentStances(effective, a, unit: 1, &log)
        // the second قال-like verb (أكد) is the minister's content: set aside, with why
        #expect(effective.filter { id($0) == "report.qala" }.count == 2)
        #expect(kept.filter { id($0) == "report.qala" }.count == 1)
        #expect(log.decisions(unit: 1).contains { if case let .insideContent(m) = $0 { id(m) == "report.qala" } else { false } })
        let (judgements, _) = labeller.label(a, kinds: kinds, recorder: &log)
        // named by the minister alone, and the set-aside verb still in the evidence
        #expect(judgements[1]?.label == .named)
        #expect(judgements[1]?.evidence.filter { $0.rule == "report.qala" }.count == 2)
        // a verb with its own أن relays a further source: anonymous
        #expect(judgements[2]?.label == .anonymous)
        // after a comma and a connective, a clause of its own: anonymous
        #expect(judgements[3]?.label == .anonymous)
    }

    /// A recorder that says it is not recording, and counts what it is handed all the same.
    struct Unasked: DecisionRecorder {
        static var isRecording: Bool { false }
        var handed = 0
        mutating func record(_ decision: Decision, unit: Int) { handed += 1 }
    }

    @Test("fates: exactly the decisions that set a cue aside give it a fate, whose census code reads back to it and whose reason explain gives")
    func fates() {
        let m = CueMatch(rule: 1, start: 0, end: 3, firstToken: 0, nextToken: 1), o = CueMatch(rule: 2, start: 0, end: 9, firstToken: 0, nextToken: 3)
        let all: [Decision] = [
            .outOfScope(m), .insideLongerCue(m, longer: o), .insideLongerCue(m, longer: nil), .refusalOverlaps(m), .negated(m), .insideContent(m),
            .ownVoice(m, phrase: o), .stayedClaim(m), .noComplement(m), .nominal(m), .noSubject(m), .noRelayedSource(m), .objectOfDenial(m, denial: o), .noPhrase(m),
            .makesPhraseAnonymous(m, finder: o), .colonSpeaker(text: TextSpan(0, 1)), .merged(m, into: o), .sameSpeaker(m, speaker: o),
            .refusalSilenced(m), .ownOutlet(m), .madeAnonymous(source: "s", by: o), .anonymityCueIsSource(rule: "r"), .opensQuotation(label: .named, opens: true),
            .opensColonQuotation(nextParagraph: false), .continuesQuotation(unit: 0), .continuesColonQuotation(unit: 0), .speakerAfterClaim(unit: 0),
            .precedence(chosen: .anonymous, over: [.named]),
        ]
        let rules = Self.pack.rules
        for d in all {
            let fate = CueFate(d)
            #expect((fate != nil) == d.setsAside, "\(d)")
            guard let fate else { continue }
            let code = fate.code
            // the census keeps the other cue by its rule: the same reason, by rule
            let back = CueFate(code: code.code, other: code.other)
            #expect(back?.code.code == code.code && back?.code.other == code.other, "\(d)")
            let byRule = fate.reason { rules[$0.rule].id }
            #expect(byRule != nil && byRule == CueFate.reason(code: code.code, other: code.other, rules: rules), "\(d)")
        }
        #expect(CueFate(.insideLongerCue(m, longer: nil))?.reason { _ in "x" } == "inside a longer strong cue")
        #expect(CueFate(.insideLongerCue(m, longer: o))?.reason { _ in "x" } == "inside the longer cue x")
        #expect(CueFate.used.reason { _ in "x" } == nil)
    }

    @Test("evidence and flags: furniture in a claim is recorded, a hedge flags (an unsourced claim only), the quote flag only on a sourced claim, flags in order")
    func evidence() {
        let (a, _, labeller) = article("عنوان\nربما يعود الوزير.")
        var log = DecisionLog()
        let ms = labeller.filter.run(a.matches[1], a, unit: 1, &log)
        let read = labeller.evidence.run(ms, a, unit: 1, &log)
        #expect(read.flags == [.hedged] && !read.anonymityReason)
        #expect(read.evidence.map(\.rule).contains("hedge.start"))
        var flags: [ClaimFlag] = [.hedged]
        EvidenceReader.finish(&flags, label: .unsourced, quotation: true)
        #expect(flags == [.hedged])
        flags = [.noComment, .hedged]
        EvidenceReader.finish(&flags, label: .unsourced, quotation: false)
        #expect(flags == [.noComment, .hedged].sorted { $0.order < $1.order })
        // hedged is the writer's: on a sourced claim the hedge is the speaker's, no flag
        flags = [.hedged]
        EvidenceReader.finish(&flags, label: .named, quotation: true)
        #expect(flags == [.quote])
    }

    @Test("attributions: a subject after the verb, a verb without its complement, a subject of a kind not accepted, a relay without عن, a colon speaker")
    func attributions() throws {
        let (a, kinds, labeller) = article("عنوان\nوقال الوزير إن الاجتماع انتهى.\nيرى الوزير الاجتماع.\nصرح الوزير أن الاجتماع انتهى.\nنقل الوزير الركاب.\nالوزير: الاجتماع انتهى")
        var log = DecisionLog()
        func found(_ i: Int) -> [Attribution] {
            let ms = labeller.filter.run(a.matches[i], a, unit: i, &log)
            var cues = SourceResolver.TokenCues()
            cues.load(ms, tokens: a.tokenRanges[i], rules: Self.pack.rules)
            var out: [Attribution] = []
            labeller.finder.run(ms, a, unit: i, words: a.words(of: i), cues: cues, isHeadline: kinds[i] == .headline, into: &out, &log)
            return out
        }
        let said = found(1)
        #expect(said.count == 1)
        let phrase = try #require(said.first?.phrase)
        #expect(a.text.originalText(a.text.originalSpan(phrase.start, phrase.end)) == "الوزير")
        #expect(found(2).isEmpty)
        #expect(log.decisions(unit: 2) == log.decisions(unit: 2).filter { if case .noComplement = $0 { true } else { false } } && log.decisions(unit: 2).count == 1)
        #expect(found(3).isEmpty)
        #expect(log.decisions(unit: 3).contains { if case .noSubject = $0 { true } else { false } })
        #expect(found(4).isEmpty)
        #expect(log.decisions(unit: 4).contains { if case .noRelayedSource = $0 { true } else { false } })
        let colon = found(5)
        #expect(colon.count == 1 && colon.first?.cue.rule == -1)
        #expect(log.decisions(unit: 5).contains { if case .colonSpeaker = $0 { true } else { false } })
    }

    @Test("resolution: a later mention resolves to the source introduced, a bare verb takes the previous speaker, the own outlet is no source")
    func resolution() {
        let (log, js) = decisions("عنوان\nقال مسؤول إن الاجتماع انتهى.\nوأضاف أن الوفد سيعود.\nوقالت عكاظ إن الاجتماع انتهى.", outlet: "عكاظ")
        #expect(js[1]?.label == .anonymous)
        #expect(js[2]?.label == .anonymous && js[2]?.rosterIndexes == js[1]?.rosterIndexes)
        #expect(js[2]?.proposals.first?.description.contains("bare reporting verb") == true)
        // the own outlet: recorded, and the claim is left with no source
        #expect(js[3]?.label == .unsourced)
        #expect(log.decisions(unit: 3).contains { if case .ownOutlet = $0 { true } else { false } })
    }

    @Test("anonymity: a stated reason with no source named makes the cue the anonymous source; with a named person, the person counts as anonymous")
    func anonymity() {
        let (log, js) = decisions("عنوان\nانتهى الاجتماع شريطة عدم الكشف عن هويته.\nوقال الوزير أحمد شريطة عدم الكشف عن هويته إن الاجتماع انتهى.\nوقال مسؤول شريطة عدم الكشف عن هويته إن الوفد سيعود.")
        #expect(js[1]?.label == .anonymous && js[1]?.sources.count == 1)
        #expect(log.decisions(unit: 1) == [.anonymityCueIsSource(rule: "anonymity.condition")])
        #expect(js[2]?.label == .anonymous)
        // the person named is made anonymous, by the condition's rule
        let made = log.decisions(unit: 2).compactMap { if case let .madeAnonymous(s, cue) = $0 { (s, id(cue)) } else { nil } }
        #expect(made.count == 1 && made.first?.0 == "الوزير أحمد" && made.first?.1 == "anonymity.condition")
        // a source that is anonymous already is not made anonymous: nothing recorded
        #expect(js[3]?.label == .anonymous)
        #expect(!log.decisions(unit: 3).contains { if case .madeAnonymous = $0 { true } else { false } })
    }

    @Test("anonymity scope: a stated reason belongs to the phrase it follows; a named speaker with another person named between keeps its name and kind")
    func anonymityScope() {
        let (log, js) = decisions("عنوان\nونفى الوزير أحمد ما قاله مسؤول شريطة عدم الكشف عن هويته.\nوقال الوزير أحمد إن الاجتماع انتهى.\nوقال مسؤول شريطة عدم الكشف عن هويته إن الاجتماع انتهى.")
        // the denial is the minister's: named as a person, not made anonymous by the official's condition
        #expect(js[1]?.label == .denied)
        #expect(js[1]?.sources.first?.kind == .person)
        #expect(!log.decisions(unit: 1).contains { if case .madeAnonymous = $0 { true } else { false } })
        // and the minister stays named in the next claim (the roster entry kept its kind)
        #expect(js[2]?.label == .named && js[2]?.sources.first?.kind == .person)
        // the reason right after the speaker still makes that speaker anonymous
        #expect(js[3]?.label == .anonymous)
    }

    @Test("continuity: a sentence inside the speaker's quotation continues it, recorded with the unit that opened it; a new line without a mark closes it")
    func continuity() {
        let (log, js) = decisions("عنوان\nوقال الوزير أحمد: «الوضع مستقر. والطريق مفتوح أمام الجميع».\nارتفعت الأسعار أمس.")
        #expect(js[1]?.label == .named && js[2]?.label == .named && js[3]?.label == .unsourced)
        #expect(log.decisions(unit: 1).contains(.opensQuotation(label: .named, opens: true)))
        // the claim that closes the quotation continues it and holds it, for a quoted claim after it
        #expect(log.decisions(unit: 2) == [.continuesQuotation(unit: 1), .opensQuotation(label: .named, opens: false)])
        #expect(log.decisions(unit: 3).isEmpty)
        #expect(js[2]?.sources.map(\.id) == js[1]?.sources.map(\.id))
    }

    @Test("continuity: a denied speaker's quotation is continued with the speaker's own label, and the opening records it")
    func deniedQuotation() {
        let (log, js) = decisions("عنوان\nونفى الوزير أحمد: «الوضع مستقر. والطريق مفتوح أمام الجميع».")
        #expect(js[1]?.label == .denied && js[2]?.label == .named)
        #expect(log.decisions(unit: 1).contains(.opensQuotation(label: .named, opens: true)))
        #expect(log.decisions(unit: 2).first == .continuesQuotation(unit: 1))
    }

    @Test("cue filter: a rule with scope 'inside' counts away from the start of its unit, and opening it is set aside with its reason")
    func insideScope() throws {
        let pack = try TestSupport.pack(["cues.yml": """
            rules:
              - id: voice.norm
                kind: own_voice
                scope: inside
                patterns: [بحسب اللوائح]
              - id: according.bihasab
                kind: according
                patterns: [بحسب]
            """])
        let auditor = try Auditor(pack: pack)
        let text = "عنوان\nوبحسب اللوائح، فإن الموعد قريب.\nوينفذ التبرع بحسب اللوائح المعمول بها.\n"
        let e = auditor.explain(scalars: Array(text.unicodeScalars), path: "t.txt")
        try #require(e.audit.units.count == 3)
        // opening its unit: the scoped cue is set aside, the according-to cue names the regulation
        #expect(e.cues[1].first { $0.rule == "voice.norm" }?.why == "counts only inside its unit, not opening it")
        #expect(e.cues[1].first { $0.rule == "according.bihasab" }?.used == true)
        #expect(e.audit.units[1].label == .named)
        // inside the unit: manner, no source
        #expect(e.cues[2].first { $0.rule == "voice.norm" }?.used == true)
        #expect(e.cues[2].first { $0.rule == "according.bihasab" }?.used == false)
        #expect(e.audit.units[2].label == .unsourced)
    }

    @Test("explain: in a unit that is no claim, a cue the cue filter dropped keeps the filter's reason; any other says the unit is no claim")
    func explainOutsideClaims() throws {
        let pack = try TestSupport.pack(["cues.yml": """
            rules:
              - id: furniture.more
                kind: boilerplate
                patterns: [اقرأ أيضا]
              - id: hedge.start
                kind: hedge
                scope: start
                patterns: [ربما]
              - id: report.qala
                kind: report
                patterns: [قال]
            """])
        let auditor = try Auditor(pack: pack)
        let text = "عنوان\nاقرأ أيضا ربما قال الوزير\n"
        let e = auditor.explain(scalars: Array(text.unicodeScalars), path: "t.txt")
        try #require(e.audit.units.count == 2)
        #expect(e.audit.units[1].kind == .boilerplate)
        let cues = e.cues[1]
        #expect(cues.first { $0.rule == "furniture.more" }?.used == true)
        #expect(cues.first { $0.rule == "hedge.start" }?.why == "counts only at the start of a clause")
        #expect(cues.first { $0.rule == "report.qala" }?.why == "the unit is a boilerplate, not a claim")
    }

    @Test("precedence: denied outranks every label, then anonymous > secondhand > named; nothing proposed leaves the choice to continuity")
    func precedence() {
        var p = Proposals()
        var log = DecisionLog()
        #expect(Precedence.choose(p, unit: 0, &log) == nil)
        p.labels = [.named, .anonymous, .named]; p.reasons = [Reason("a"), Reason("b"), Reason("c")]; p.labelRules = ["r1", "r2", "r3"]
        let best = Precedence.choose(p, unit: 0, &log)
        #expect(best?.label == .anonymous && best?.rule == "r2" && best?.reason == Reason("b"))
        #expect(log.decisions(unit: 0) == [.precedence(chosen: .anonymous, over: [.named])])
        p.denied = true; p.denialRule = "denial.nafa"
        #expect(Precedence.choose(p, unit: 1, &log)?.label == .denied)
        #expect(log.decisions(unit: 1) == [.precedence(chosen: .denied, over: [.named, .anonymous].sorted())])
        // a single label outranks nothing: no record
        p = Proposals(); p.labels = [.named]; p.reasons = [Reason("a")]; p.labelRules = ["r"]
        _ = Precedence.choose(p, unit: 2, &log)
        #expect(log.decisions(unit: 2).isEmpty)
    }

    @Test("recording changes nothing: the judgements with a decision log are those of an audit")
    func recordingIsTransparent() {
        let text = "عنوان\nقال مسؤول إن الاجتماع انتهى.\nوأضاف: «الوضع مستقر. والطريق مفتوح».\nنفى الوزير أن الاجتماع انتهى.\nربما يعود."
        let (a, kinds, labeller) = article(text)
        var log = DecisionLog()
        let (logged, _) = labeller.label(a, kinds: kinds, recorder: &log)
        let (plain, _) = labeller.label(a, kinds: kinds)
        #expect(logged.map { $0?.label } == plain.map { $0?.label })
        #expect(logged.map { $0?.why } == plain.map { $0?.why })
        #expect(logged.map { $0?.sources.map(\.id) } == plain.map { $0?.sources.map(\.id) })
        #expect(log.count > 0)
    }

    @Test("the text kernel's quotation scan: opening, closing, a quoted name is no quotation, a straight quote toggles")
    func quotationMarks() {
        func state(_ s: String, depth: Int = 0) -> QuotationState {
            let scalars = Array(s.unicodeScalars)
            return QuotationMarks.state(of: scalars, from: 0, to: scalars.count, startDepth: depth)
        }
        let q = state("وقال: «الوضع مستقر تماما اليوم")
        #expect(q.opensQuotation && q.endsInside && q.hasQuotation && !q.startsInside && !q.startsWithQuote)
        let name = state("قال «داعش» أمس")
        #expect(name.opensQuotation && !name.hasQuotation && !name.endsInside)
        let inside = state("والطريق مفتوح أمام الجميع».", depth: 1)
        #expect(inside.startsInside && !inside.endsInside && inside.hasQuotation)
        #expect(state("\"الوضع مستقر تماما\" قال").startsWithQuote)
        #expect(QuotationMarks.step("\"", 0) == 1 && QuotationMarks.step("\"", 1) == 0 && QuotationMarks.step("\u{00BB}", 0) == 0)
    }
}
