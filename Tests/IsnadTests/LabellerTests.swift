import Testing
@testable import Isnad
@testable import IsnadEngine

/// The labeller's own logic — precedence, resolution, continuity, the own outlet, offsets —
/// on the unit pack of `Support` (what the shipped cues catch is `ShippedLabellerTests`'s).
@Suite("Labeller and source resolver")
struct LabellerTests {
    func label(_ article: String, _ unit: Int = 0, outlet: String? = nil) -> AuditedUnit {
        Support.claims(article, outlet: outlet)[unit]
    }

    @Test("each label from its kind of cue: a verb and a named subject, a role without a name, an outlet, a denial, nothing")
    func labels() {
        let named = label("وقال الوزير أحمد العلي إن الاجتماع انتهى.")
        #expect(named.label == .named)
        #expect(named.sources.first?.text == "الوزير أحمد العلي")
        #expect(named.rule == "report.qala")
        #expect(label("قال مسؤول إن الاجتماع انتهى.").label == .anonymous)
        #expect(label("وذكرت مصادر مطلعة أن الاجتماع انتهى.").label == .anonymous)
        let relayed = label("عقد الوزير اجتماعا، وفقا لرويترز.")
        #expect(relayed.label == .secondhand)
        #expect(relayed.sources.first?.kind == .outlet)
        #expect(label("ارتفعت الأسعار أمس.").label == .unsourced)
    }

    @Test("precedence: a denial outranks every other label; a hedge and a refusal to comment are flags")
    func precedence() {
        let u = label("ونفت الوزارة ما قاله المسؤول.")
        #expect(u.label == .denied)
        #expect(u.reason?.hasPrefix("denied: ") == true)
        let hedged = label("يبدو أن الأسعار ارتفعت.")
        #expect(hedged.label == .unsourced && hedged.flags.contains(.hedged))
    }

    @Test("the writer's own voice: a cue inside an own_voice phrase names no source, a colon after one opens no quotation")
    func ownVoice() throws {
        // without the own-voice phrase, each of these has a speaker: قائل, an impersonal يقال, the phrase before the colon
        let rhetorical = label("وقد يقول قائل إن الأسعار ارتفعت.")
        #expect(rhetorical.label == .unsourced && rhetorical.sources.isEmpty)
        #expect(label("ويقول الوزير إن الأسعار ارتفعت.").label == .named)
        #expect(label("وكما يقال فإن الصبر مفتاح الفرج.").label == .unsourced)
        #expect(label("ويقال إن الأسعار ارتفعت.").label == .anonymous)
        let asked = label("وأتساءل: لماذا ارتفعت الأسعار؟")
        #expect(asked.label == .unsourced && asked.sources.isEmpty)
        // inside a speaker's quotation the speaker still speaks
        #expect(label("وقال الوزير: «أتساءل عن الأسعار».").label == .named)
        // explain says why the verb was set aside
        let text = "عنوان\nوقد يقول قائل إن الأسعار ارتفعت.\n"
        let traces = Support.auditor.explain(scalars: Array(text.unicodeScalars), path: "t.txt").cues.joined()
        let verb = try #require(traces.first { $0.rule == "report.qala" })
        #expect(!verb.used)
        #expect(verb.why?.hasPrefix("in the writer's own voice: inside 'وقد يقول قائل' (voice.own)") == true)
        #expect(traces.contains { $0.rule == "voice.own" && $0.used })
    }

    @Test("a stated reason for anonymity makes the source anonymous")
    func anonymity() {
        #expect(label("وقال مسؤول شريطة عدم الكشف عن هويته إن الاجتماع انتهى.").label == .anonymous)
    }

    @Test("a bare verb and a later mention resolve to the source already introduced")
    func backReference() {
        let a = Support.audit("قال مسؤول إن الاجتماع انتهى.\nوأضاف أن الوفد سيعود.\nوقال المسؤول إن الموعد لم يحدد.")
        let claims = a.units.filter { $0.kind.isClaim }
        #expect(claims.map(\.label) == [.anonymous, .anonymous, .anonymous])
        #expect(Set(claims.flatMap { $0.sources.map(\.id) }).count == 1)
        #expect(a.sources.count == 1)
        #expect(a.sources.first?.claims.count == 3)
        #expect(claims[2].sources.first?.resolution?.hasPrefix("same source as 'مسؤول' (s1), first named in claim 1 (line 1)") == true)
    }

    @Test("quotation continuity: a sentence inside the speaker's quotation takes the speaker's label")
    func quotation() {
        let claims = Support.claims("وقال الوزير أحمد العلي: «الوضع مستقر. والطريق مفتوح أمام الجميع».\nارتفعت الأسعار أمس.")
        #expect(claims.map(\.label) == [.named, .named, .unsourced])
        #expect(claims[1].reason?.contains("continues the quotation") == true)
    }

    @Test("the publication's own outlet is never an intermediary, given or inferred")
    func ownOutlet() {
        #expect(label("وقال المدير لرويترز إن العمل بدأ.").label == .secondhand)
        #expect(label("وقال المدير لـ«عكاظ» إن العمل بدأ.", outlet: "عكاظ").label == .named)
        #expect(Support.audit("وقال المدير لـ«عكاظ» إن العمل بدأ.\nوأضاف لـ«عكاظ» أن العمل مستمر.").outlet == "عكاظ")
    }

    @Test("a paper's own earlier reporting names it as the own outlet; another paper introduced with صحيفة, or an agency, does not")
    func ownEarlierReporting() {
        // the name bare in quotation marks before نشرت, after نشرته, before في عددها
        #expect(Support.audit("عنوان\nوكانت «عكاظ» نشرت معاناة الطفل الأسبوع الماضي.").outlet == "عكاظ")
        #expect(Support.audit("عنوان\nوقالت الوزارة ردا على ما نشرته «عكاظ» إن الطفل نقل.").outlet == "عكاظ")
        #expect(Support.audit("عنوان\nوأكدت الإدارة ما ذكرته «عكاظ» في عددها أمس.").outlet == "عكاظ")
        // and before انفردت, its exclusive (sample20); not before كشفت, said of any paper (review)
        #expect(Support.audit("عنوان\nيشار إلى أن «عكاظ» انفردت بالخبر أمس.").outlet == "عكاظ")
        #expect(Support.audit("عنوان\nوكانت «نيويورك تايمز» قد كشفت أن الشركة خسرت مليار دولار.").outlet == nil)
        // (the paper is then no intermediary of its own report)
        #expect(Support.claims("عنوان\nوكانت «عكاظ» نشرت معاناة الطفل الأسبوع الماضي.")[0].label != .secondhand)
        // another paper introduced with an outlet word, an agency: no own outlet
        #expect(Support.audit("عنوان\nوذكرت صحيفة «ديلي ميل» في عددها أمس أن اللاعب انتقل.").outlet == nil)
        #expect(Support.audit("عنوان\nوقالت المؤسسة في بيان نشرته «واس» إن القرار صدر.").outlet == nil)
        #expect(Support.audit("عنوان\nوقالت الوزارة ردا على ما ذكرته «عكاظ» إن الطفل نقل.").outlet == nil)
    }

    @Test("a speaker known only by initials in brackets is anonymous; an agency's initials are not a person's")
    func initialsSpeaker() {
        #expect(label("وقالت المواطنة (غ.ع) - 27 عاما - إن المستشفى رفض علاجها.").label == .anonymous)
        #expect(label("وقال المواطن (م. ع) إن الطريق مغلق.").label == .anonymous)
        #expect(label("وقال المواطن محمد العلي إن الطريق مغلق.").label == .named)
        #expect(label("وقال المتحدث باسم الوزارة أحمد العلي (د.ب.أ) إن الطريق مغلق.").label != .anonymous)
        #expect(label("وقال المتحدث أحمد العلي (أ.ف.ب) إن الطريق مغلق.").label != .anonymous)
        // (initials of a thing, not after its speaker, change nothing)
        #expect(label("وقال المدير إن مشروع (ق.ج) اكتمل.").label == .named)
    }

    @Test("offsets of units and sources point into the original text")
    func offsets() {
        let text = "😀 عنوان الخبر\nوَقَالَ المُدِيرُ أحمد العلي إن الأمر انتهى."
        let a = Support.audit(text)
        let scalars = Array(text.unicodeScalars)
        #expect(a.units.contains { !$0.sources.isEmpty })
        for u in a.units {
            #expect(String(String.UnicodeScalarView(scalars[u.span.start..<u.span.end])) == u.text)
            for s in u.sources { #expect(String(String.UnicodeScalarView(scalars[s.span.start..<s.span.end])) == s.text) }
        }
    }

    @Test("reasons are put into words when read")
    func reasonsInWords() {
        let u = label("قال مسؤول إن الاجتماع انتهى.")
        #expect(u.reason?.hasPrefix("anonymous: ") == true)
        #expect(u.reason?.contains("names 'مسؤول'") == true)
        #expect(label("ارتفعت الأسعار أمس.").reason == "unsourced: no attribution in the unit")
        var v = u
        v.reason = "set by hand"
        #expect(v.reason == "set by hand")
    }

    @Test("one cue table serves every unit in turn: loading a unit clears the one before")
    func cueTableReuse() throws {
        let n = Normalizer.normalize("قال مسؤول إن الاجتماع انتهى. وارتفعت الأسعار في الأسواق.")
        let a = ArticleText(text: n, matcher: Support.auditor.matcher)
        try #require(a.segments.count == 2)
        let resolver = SourceResolver(rules: Support.pack.rules)
        var table = SourceResolver.TokenCues()
        table.load(a.matches[0], tokens: a.tokenRanges[0], rules: Support.pack.rules)
        let first = a.tokenRanges[0].lowerBound
        let fresh = resolver.cues(a.matches[0], tokens: a.tokenRanges[0])
        #expect(!table.kinds(at: first, Support.pack.rules).isEmpty)
        #expect(table.kinds(at: first, Support.pack.rules) == fresh.kinds(at: first, Support.pack.rules))
        table.load(a.matches[1], tokens: a.tokenRanges[1], rules: Support.pack.rules)
        // the first unit's tokens have no cues now, and the second unit reads as a table of its own
        for t in a.tokenRanges[0] { #expect(table.kinds(at: t, Support.pack.rules).isEmpty && table.covered(t).isEmpty) }
        let second = resolver.cues(a.matches[1], tokens: a.tokenRanges[1])
        for t in a.tokenRanges[1] {
            #expect(table.kinds(at: t, Support.pack.rules) == second.kinds(at: t, Support.pack.rules))
            #expect(table.covered(t) == second.covered(t))
            #expect(table.starting(at: t).elementsEqual(second.starting(at: t)))
        }
        // the tables are the unit's (indexed from its first token): back to the first unit, as fresh
        table.load(a.matches[0], tokens: a.tokenRanges[0], rules: Support.pack.rules)
        for t in a.tokenRanges[0] {
            #expect(table.kinds(at: t, Support.pack.rules) == fresh.kinds(at: t, Support.pack.rules) && table.covered(t) == fresh.covered(t))
            #expect(table.starting(at: t).elementsEqual(fresh.starting(at: t)))
        }
        for t in a.tokenRanges[1] { #expect(table.kinds(at: t, Support.pack.rules).isEmpty && table.covered(t).isEmpty) }
    }

    @Test("labels compare and hash by case: five distinct keys, each found again, ordered by precedence")
    func labelsAsKeys() {
        let all = Label.allCases
        #expect(Set(all).count == all.count)
        let byLabel = Dictionary(uniqueKeysWithValues: all.map { ($0, $0.rawValue) })
        for l in all { #expect(byLabel[l] == l.rawValue); #expect(all.filter { $0 == l }.count == 1) }
        #expect(all.sorted().map(\.rank) == Array(0..<all.count))
        // the scorer reads its weights by rank: each label gets its own configured weight
        var config = ScoringConfig()
        config.weights = [.named: 1, .secondhand: 2, .anonymous: 13, .denied: 4, .unsourced: 5]
        config.anonymousWithoutReason = 0
        let scorer = Scorer(config: config)
        for l in all {
            let j = Judgement(label: l, sources: [], flags: [], evidence: [], why: Reason("test"), rosterIndexes: [], chainLinks: 0)
            #expect(scorer.score(j, roster: SourceRoster(), reasonGiven: false) == config.weights[l], "\(l)")
        }
    }
}
