import Testing
@testable import Isnad
@testable import IsnadEngine
@testable import IsnadRules
import IsnadTestSupport
import IsnadText

/// Source spans and kinds the resolver reads (issue 22): an outlet glued to ل after the
/// speaker is the via, not part of the name; unnamed outlets are an unidentified group; an
/// agency that is no news agency is a body; a group is taken whole, with the body it is in.
@Suite("Source spans, told-to outlets, agencies")
struct SourceSpanTests {
    static let yaml: [String: String] = [
        "cues.yml": """
            rules:
              - id: report.qala
                kind: report
                clitics: conjunction
                patterns: [قال|قالت|ذكرت|كتب|أكد]
              - id: according.could-not-verify
                kind: according
                clitics: conjunction
                subjects: [outlet]
                patterns: [لم يتسن ل]
              - id: stance.reject
                kind: report
                clitics: conjunction
                patterns: ["رفض|رفضت *6 الاتهامات|العرض"]
              - id: grammar.complement
                kind: complement
                patterns: [أن|إن]
              - id: grammar.stop
                kind: stop
                clitics: none
                patterns: [في|من|عن]
              - id: grammar.stop-object
                kind: stop
                clitics: all
                patterns: [تحقق]
              - id: grammar.told
                kind: told
                patterns: ["في مقاله ب"]
              - id: entity.title
                kind: title
                patterns: [الوزير|المتحدث|مدير|المتهم|الرئيس|الأمين العام|سموه, سموه, الأمير, صاحب السمو]
              - id: report.bayyana-clause
                kind: report
                needs_complement: true
                scope: start
                patterns: [بين]
              - id: report.learned
                kind: report
                needs_complement: true
                patterns: [علم]
              - id: role.professor
                kind: role
                patterns: [أستاذ]
              - id: grammar.adverb
                kind: adverb
                clitics: none
                patterns: [صباح|مساء|أيضا]
              - id: entity.organization
                kind: organization
                patterns: [وزاره|الحزب]
              - id: lex.organization.agencies
                kind: organization
                patterns: [وكاله ناسا]
              - id: role.generic
                kind: role
                patterns: [مصدر]
              - id: role.collective
                kind: collective
                patterns: [مسؤولون]
              - id: lex.collective.partitive
                kind: collective
                clitics: conjunction
                patterns: ["عدد من *"]
              - id: lex.collective.unnamed-outlets
                kind: collective
                patterns: ["وسائل إعلام", "صحف غربيه"]
              - id: outlet.heads
                kind: outlet_head
                patterns: [صحيفه|وكاله|وسائل]
            """,
        "gazetteer.yml": """
            gazetteer:
              - id: reuters
                name: رويترز
                kind: agency
              - id: lemonde
                name: لوموند
                kind: newspaper
              - id: anadolu
                name: الأناضول
                kind: agency
            """,
    ]
    static let auditor: Auditor = try! Auditor(pack: try! TestSupport.pack(yaml))
    func claim(_ text: String) -> AuditedUnit { Self.auditor.claims(text, outlet: nil)[0] }

    @Test("an outlet glued to ل after the speaker is who it was told to: the speaker is the source, the outlet the via")
    func toldTo() {
        for (text, outlet) in [("وقال الوزير لوكالة الأناضول إن المفاوضات مستمرة.", "الأناضول"),
                               ("وقال المتحدث لرويترز إن الهجوم انتهى.", "رويترز")] {
            let u = claim(text)
            #expect(u.label == .secondhand, "\(text)")
            #expect(u.sources.first?.text == (text.contains("الوزير") ? "الوزير" : "المتحدث"), "\(text)")
            #expect(u.sources.first?.via?.contains(outlet) == true, "\(text)")
        }
        // an outlet whose own name begins with ل is no preposition: nothing was told to it
        let u = claim("وقال الوزير لوموند إن المفاوضات مستمرة.")
        #expect(u.sources.first?.via == nil)
    }

    @Test("a speaker named after the outlet told to (وكشف لـ«X» مدير الإدارة ... أن) is the source, the outlet the via")
    func speakerAfterToldOutlet() {
        // (the article's own outlet named, so the one told to is not taken for it)
        let u = Self.auditor.claims("وقال لـ«رويترز» مدير الإدارة فهد العلي إن المفاوضات مستمرة.", outlet: "لوموند")[0]
        #expect(u.label == .secondhand)
        #expect(u.sources.first?.text == "مدير الإدارة فهد العلي")
        #expect(u.sources.first?.via?.contains("رويترز") == true)
        let glued = Self.auditor.claims("وقال لرويترز مصدر في الحزب إن الاجتماع تأجل.", outlet: "لوموند")[0]
        #expect(glued.label == .anonymous)
        #expect(glued.sources.first?.text == "مصدر في الحزب")
        #expect(glued.sources.first?.via?.contains("رويترز") == true)
        // nothing after the outlet but the complement: the speaker is the previous one
        let claims = Self.auditor.claims("وقال الوزير فهد العلي إن الاجتماع انتهى.\nوقال لرويترز إن الموعد لم يحدد.", outlet: nil)
        #expect(claims[1].sources.first?.text.contains("العلي") == true)
        #expect(claims[1].sources.first?.via?.contains("رويترز") == true)
    }

    @Test("a first-person pronoun after the verb (وقال أنا سعيد) is no source: the verb continues the previous speaker")
    func firstPersonIsNoSource() {
        for second in ["وقال أنا سعيد بهذا الإنجاز الكبير.", "وقال نحن سعداء بهذا الإنجاز.", "وقال وأنا سعيد بهذا الإنجاز."] {
            let claims = Self.auditor.claims("وقال الوزير فهد العلي إن الاجتماع انتهى.\n" + second, outlet: nil)
            #expect(claims[1].label == .named, "\(second)")
            #expect(claims[1].sources.first?.text == "الوزير فهد العلي", "\(second)")
            #expect(claims[1].sources.contains { $0.text.contains("أنا") || $0.text.contains("نحن") } == false, "\(second)")
        }
    }

    @Test("a verb cue whose gap skipped nothing has its object after it, not its subject: the speaker is the previous one")
    func emptyGapSubject() {
        let claims = Self.auditor.claims("وقال الوزير فهد العلي إن الاجتماع انتهى.\nورفض الاتهامات الموجهة إليه.", outlet: nil)
        #expect(claims[1].label == .named)
        #expect(claims[1].sources.first?.text.contains("العلي") == true)
        #expect(claims[1].sources.contains { $0.text.contains("الموجهة") } == false)
        // with words in the gap, they are the subject
        #expect(claim("ورفض الوزير سالم العمر العرض الجديد.").sources.first?.text == "الوزير سالم العمر")
    }

    @Test("a bare بين with وبين close after it in its clause is 'between', no speaker's verb; before a complementiser it is بيّن")
    func betweenPair() {
        // بين X وبين Y: the preposition — the unit names no one, and no source is read out of the pair
        let claims = Self.auditor.claims("وقال الوزير فهد العلي إن الأزمة ستطول.\nوربط، بين الأزمة وبين الأسعار أن العلاقة قوية.", outlet: nil)
        #expect(claims[1].sources.contains { $0.text.contains("الأزمة") } == false)
        // the verb بيّن with its subject and complement, a pair further on inside what was said
        let u = claim("من جهته، بين الوزير فهد العلي أن الخط الرابط بين أبحر وبين جدة جاهز.")
        #expect(u.label == .named)
        #expect(u.sources.first?.text == "الوزير فهد العلي")
    }

    @Test("a lone ل before an outlet, the verb's adverb between, opens who it was told to: the speaker follows the outlet")
    func toldOutletThenSpeaker() {
        let u = Self.auditor.claims("وقال أيضا لـ«رويترز» مدير الإدارة فهد العلي إن المفاوضات مستمرة.", outlet: "لوموند")[0]
        #expect(u.sources.first?.text == "مدير الإدارة فهد العلي")
        #expect(u.sources.first?.via?.contains("رويترز") == true)
        // nothing but the complement after the outlet: the ل is no source
        let claims = Self.auditor.claims("وقال الوزير فهد العلي إن الاجتماع انتهى.\nوقال أيضا لـ«رويترز» إن الموعد لم يحدد.", outlet: "لوموند")
        #expect(claims[1].sources.contains { $0.text.hasPrefix("ل") } == false)
    }

    @Test("a title with its holder's name is not the unidentified source met before, whatever words they share")
    func namedHolderIsNotAnonymous() throws {
        // (the shipped pack: its titles, roles and names)
        let shipped = try Auditor(pack: try RuleLoader.load(directories: [TestSupport.rules]))
        let claims = shipped.claims("وقال مصدر في وزارة الصحة إن الاجتماع تأجل.\nوقال مدير وزارة الصحة فهد العلي إن الاجتماع انتهى.", outlet: nil)
        #expect(claims[0].label == .anonymous)
        #expect(claims[1].label == .named)
        #expect(claims[1].sources.first?.text.contains("فهد العلي") == true)
    }

    @Test("spans8: a speaker's phrase ends before a first-person complement (إننا، أنني), which is no source of its own")
    func firstPersonComplement() throws {
        let shipped = try Auditor(pack: try RuleLoader.load(directories: [TestSupport.rules]))
        let named = shipped.claims("ويقول الباحث مارك غودمان إننا نسابق الزمن لوصل كل جهاز بالإنترنت.", outlet: nil)
        #expect(named.last?.sources.map(\.text) == ["الباحث مارك غودمان"])
        let bare = shipped.claims("قال المبعوث أموس هوكستين إن الأسواق ستتحسن.\nوأضاف: أعتقد أنني تعلمت الكثير من الاتفاق.", outlet: nil)
        #expect(bare.last?.label == .named)
        #expect(bare.last?.sources.contains { $0.text.contains("أنني") } == false)
        #expect(bare.last?.sources.first?.id == bare.first?.sources.first?.id)
    }

    @Test("spans8: a long title cut by the word limit before its holder's name goes on to the family name, which later mentions resolve to")
    func longTitleName() throws {
        let shipped = try Auditor(pack: try RuleLoader.load(directories: [TestSupport.rules]))
        let a = shipped.audit(test: "وقال المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة خالد بن مساعد السهلي: إن الفرق باشرت الحادث.\nوأضاف السهلي أن المصابين نقلوا إلى المستشفى.")
        let claims = a.units.filter { !$0.sources.isEmpty }
        #expect(claims.first?.sources.first?.text.hasSuffix("خالد بن مساعد السهلي") == true)
        #expect(claims.last?.sources.first?.id == claims.first?.sources.first?.id)
        #expect(a.sources.count == 1)
        // a word that ends no name is left out (an object after the name: خالد الفيصل شرطة …)
        let object = shipped.audit(test: "وقال المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة المدينة المنورة الأستاذ خالد الفيصل مشاريع جديدة ستنطلق.")
        #expect(object.units.last?.sources.first?.text.contains("مشاريع") != true)
    }

    @Test("a column written in another paper is that paper's: secondhand, the paper as via")
    func column() {
        let u = claim("وكتب فهد العلي في مقاله بصحيفة رويترز أن الأزمة ستطول.")
        #expect(u.label == .secondhand)
        #expect(u.sources.first?.text == "فهد العلي")
    }

    @Test("what an outlet could not verify is its reporting; 'we could not' names no one")
    func couldNotVerify() {
        let u = claim("ولم يتسن لرويترز التحقق من صحة التقرير.")
        #expect(u.label == .secondhand)
        #expect(u.sources.first?.text == "رويترز")
        #expect(claim("ولم يتسن لنا التحقق من صحة التقرير.").label == .unsourced)
    }

    @Test("unnamed outlets are an unidentified group: anonymous, no via")
    func unnamedOutlets() {
        let u = claim("وقالت صحف غربية إن الصفقة ألغيت.")
        #expect(u.label == .anonymous)
        #expect(u.sources.first?.kind == .anonymous)
        #expect(u.sources.first?.via == nil)
        #expect(claim("وقالت صحيفة رويترز إن الصفقة ألغيت.").label == .secondhand)
    }

    @Test("an agency that is no news agency is a body on the record, also one named by spelled-out initials")
    func agencies() {
        let nasa = claim("وقالت وكالة ناسا إن المهمة نجحت.")
        #expect(nasa.label == .named)
        #expect(nasa.sources.first?.kind == .organization)
        let cia = claim("وقالت وكالة سي. آي. أيه إن التهديد قائم.")
        #expect(cia.label == .named)
        #expect(cia.sources.first?.text == "وكالة سي. آي. أيه")
    }

    @Test("a definite group points back to a group, never to one named person")
    func groupPointsBack() {
        let claims = Self.auditor.claims("وقال الوزير أحمد العلي إن الاجتماع انتهى.\nوقال المسؤولون إن الموعد لم يحدد.", outlet: nil)
        #expect(claims.map(\.label) == [.named, .anonymous])
        #expect(claims[1].sources.first?.kind == .anonymous)
    }

    @Test("a group is taken whole, with the body it is in; a body after في names no one")
    func groups() {
        #expect(claim("وأكد عدد من المشرعين أن القانون سيمر.").sources.first?.text == "عدد من المشرعين")
        let officials = claim("وقال مسؤولون في وزارة الصحة إن الوباء انحسر.")
        #expect(officials.label == .anonymous)
        #expect(officials.sources.first?.text == "مسؤولون في وزارة الصحة")
        let source = claim("وقال مصدر في الحزب إن الاجتماع تأجل.")
        #expect(source.label == .anonymous)
        #expect(source.sources.first?.text == "مصدر في الحزب")
    }

    @Test("a title met alone and its holder named under it are one source, in either order; the source takes the fullest mention")
    func titleAndHolder() {
        for text in ["وقال الأمين العام للهيئة إن الأوضاع صعبة.\nوأكد الأمين العام للهيئة سالم العلي أن العمل مستمر.",
                     "وأكد الأمين العام للهيئة سالم العلي أن العمل مستمر.\nوقال الأمين العام للهيئة الإغاثية إن الأوضاع صعبة."] {
            let audit = Self.auditor.audit(test: text)
            let people = audit.sources.filter { $0.kind == .person }
            #expect(people.count == 1, "\(text)")
            #expect(people.first?.name == "الأمين العام للهيئة سالم العلي", "\(text)")
            #expect(people.first?.claims.count == 2, "\(text)")
        }
        // a title of one word says too little of which holder: two names under it stay two sources
        let two = Self.auditor.audit(test: "وقال سموه إن الخطة جاهزة.\nوقال الرئيس سالم العلي إن الاجتماع انتهى.\nوقال الرئيس فهد النمر إن الموعد تأجل.")
        #expect(two.sources.filter { $0.name.contains("العلي") || $0.name.contains("النمر") }.count == 2)
        #expect(two.sources.contains { $0.name == "سموه" })
    }

    @Test("a title met alone takes its holder's name from a sentence that attributes nothing; a title sharing most words with another holder's is someone else")
    func holderNamedElsewhere() {
        let audit = Self.auditor.audit(test: "وحضر الحفل الأمين العام للهيئة الإغاثية سالم العلي.\nوقال الأمين العام للهيئة الإغاثية إن الأوضاع صعبة.")
        #expect(audit.sources.filter { $0.kind == .person }.map(\.name) == ["الأمين العام للهيئة الإغاثية سالم العلي"])
        // the holder's name must close its phrase: a word after it that no rule knows may be what he did
        let open = Self.auditor.audit(test: "وكرم الأمين العام للهيئة الإغاثية سالم العلي الفائزين بالجوائز.\nوقال الأمين العام للهيئة الإغاثية إن الأوضاع صعبة.")
        #expect(open.sources.filter { $0.kind == .person }.map(\.name) == ["الأمين العام للهيئة الإغاثية"])
        // an honorific pronoun: the holder the article names with that honorific
        let highness = Self.auditor.audit(test: "ورعى الحفل صاحب السمو الأمير سالم بن فهد.\nوقال سموه إن الخريجين ثروة الوطن.")
        #expect(highness.sources.filter { $0.kind == .person }.map(\.name) == ["صاحب السمو الأمير سالم بن فهد"])
        // two words of the title the holder's never had: another title, another source
        let two = Self.auditor.audit(test: "وقال الأمين العام للهيئة الطبية الوطنية سالم العلي إن العمل مستمر.\nوقال الأمين العام للهيئة الإغاثية الأهلية إن الأوضاع صعبة.")
        #expect(two.sources.filter { $0.kind == .person }.count == 2)
    }

    @Test("the honorific pronouns the holders' names are found for are the shipped pack's, each noun one of its honorifics")
    func honorificTableMatchesThePack() throws {
        let rules = ShippedAnonymityTests.pack.rules
        func words(_ id: String) throws -> Set<String> {
            let rule = try #require(rules.first { $0.id == id }, "\(id) is shipped")
            return Set(rule.patterns.flatMap { $0.split(separator: "|").map { Normalizer.folded(String($0)) } })
        }
        // Arabic.honorificNouns and titles.yml name one set of pronouns: one added to the rule
        // alone would be a title whose holder is never named (SourceResolver.nameHolders)
        #expect(Set(SourceResolver.honorificNouns.keys) == (try words("lex.title.honorific-pronoun")))
        let honorifics = try words("lex.title.honorifics")
        for noun in SourceResolver.honorificNouns.values { #expect(honorifics.contains(noun), "\(noun)") }
    }

    @Test("a verbal noun of a derived verb with a possessive pronoun opens no subject: the object of a verb whose subject is dropped")
    func possessedVerbalNoun() {
        func v(_ w: String) -> Bool { SourceResolver.isPossessedVerbalNoun(Normalizer.foldedScalars(w)[...]) }
        #expect(v("امتلاكهم") && v("استعداده") && v("تقديرها") && v("اعتزازهما") && v("إعجابه"))
        // people with a pronoun, a definite noun, a feminine noun: not these patterns
        #expect(!v("مرشدهم") && !v("متحدثها") && !v("زوجها") && !v("الاستعداد") && !v("رغبتها"))
        // a hamza on و before the pronoun is the nominative: the plural أفعلاء as a subject
        #expect(!v("أصدقاؤه") && !v("أبناؤه") && !v("أعضاؤها") && !v("أقرباؤه"))
        for (text, source) in [("وأكد أصدقاؤه أن اللاعب لم يكن مريضا.", "أصدقاؤه"), ("وقال أبناؤه إن والدهم بخير.", "أبناؤه")] {
            #expect(claim(text).sources.first?.text == source)
        }
        let claims = Self.auditor.claims("وقال الوزير فهد العلي إن الاجتماع انتهى.\nوأكد استعداده للتعاون مع الجميع.", outlet: nil)
        #expect(claims[1].sources.first?.text.contains("العلي") == true)
    }

    @Test("an adverb or a reporting word between words of a title and name is part of it; a بال word after the holder's name ends it")
    func adverbInsideName() {
        #expect(claim("وأكد المتهم عبدالرحمن صباح عيدان بالتنسيق مع المنفذ.").sources.first?.text == "المتهم عبدالرحمن صباح عيدان")
        // after a name with a word of its own after it, the adverb is the time again
        #expect(claim("وقال الوزير سالم العلي مساء أمس إن الاجتماع انتهى.").sources.first?.text == "الوزير سالم العلي")
        // a reporting word that needs a complement, inside a title and before more of it, is no verb
        #expect(claim("وقال أستاذ علم الاجتماع سالم العلي إن الوضع صعب.").sources.first?.text == "أستاذ علم الاجتماع سالم العلي")
        #expect(claim("وعلم الوزير سالم العلي أن الوضع صعب.").sources.first?.text == "الوزير سالم العلي")
        // the place of a title before its holder is named still belongs to it
        #expect(claim("وقال مدير الإعلام بالوزارة إن الاجتماع انتهى.").sources.first?.text == "مدير الإعلام بالوزارة")
    }

    @Test("a relative ما after 'according to' opens a clause: the source is the subject after its speech verb, never «ما كشفه»; none after a verb no rule reads as speech")
    func relativeMaAfterAccording() throws {
        let files = Self.yaml.merging(["according.yml": """
            rules:
              - id: according.wifqan
                kind: according
                clitics: conjunction
                patterns: ["وفقا|وفق ل", وفق]
              - id: report.speech-with-ma
                kind: report
                clitics: none
                patterns: [كشفه|أعلنته]
            """]) { $1 }
        let auditor = try Auditor(pack: try TestSupport.pack(files))
        // told to an outlet in brackets, then the speaker
        let told = auditor.claims("وتأجل المشروع وفقا لما كشفه لـ(رويترز) مصدر في الحزب.", outlet: "لوموند")[0]
        #expect(told.sources.first?.text == "مصدر في الحزب")
        #expect(told.sources.first?.via?.contains("رويترز") == true)
        #expect(told.label == .anonymous)
        let bare = auditor.claims("وارتفعت الرسوم وفق ما أعلنته الوزارة.", outlet: nil)[0]
        #expect(bare.sources.map(\.text) == ["الوزارة"])
        // no speech verb after ما: no source (وفقا لما يلي، وفق ما حددته الخطة)
        #expect(auditor.claims("وتحدد المواعيد وفقا لما يلي، الأحد والاثنين.", outlet: nil)[0].sources.isEmpty)
        #expect(auditor.claims("ويجري العمل وفق ما حددته الخطة.", outlet: nil)[0].sources.isEmpty)
    }
}

/// A supervisor's title, what is overseen and the holder's name (المشرف العام على … الدكتور فلان) is
/// one span; a title met alone takes its holder from a family name with the article the article
/// calls the holder by again (issue 22, spans11).
@Suite("Source spans: a supervisor and what is overseen, a holder's family name")
struct OverseerSpanTests {
    static let yaml: [String: String] = [
        "cues.yml": """
            rules:
              - id: report.qala
                kind: report
                clitics: conjunction
                patterns: [قال|قالت|أوضح|أكد]
              - id: grammar.complement
                kind: complement
                patterns: [أن|إن]
              - id: grammar.stop
                kind: stop
                clitics: none
                patterns: [في|من|عن|على]
              - id: entity.title
                kind: title
                patterns: [المشرف العام|المشرف|الدكتور|محافظ]
              - id: entity.organization
                kind: organization
                patterns: [إداره]
            """,
    ]
    static let auditor: Auditor = try! Auditor(pack: try! TestSupport.pack(yaml))
    func source(_ text: String) -> String? { Self.auditor.claims(text, outlet: nil)[0].sources.first?.text }

    @Test("what a supervisor oversees, after على, goes on to the holder's title and name; with no name after it, the title alone")
    func overseenThenName() {
        #expect(source("وأوضح المشرف العام على البرنامج الوطني للحرف \"بارع\" الدكتور جاسر الحربش أن السوق يقدم الكثير.")
                == "المشرف العام على البرنامج الوطني للحرف \"بارع\" الدكتور جاسر الحربش")
        #expect(source("وقال المشرف العام على المشروع عبدالمحسن بوحمد إن الأعضاء كثر.") == "المشرف العام على المشروع عبدالمحسن بوحمد")
        // a name ending in ي, and علي spelled with ي though folding makes it على, open the name
        #expect(source("وأكد المشرف على المبادرة صبري الكثيري أن المبادرة ناجحة.") == "المشرف على المبادرة صبري الكثيري")
        #expect(source("وأوضح المشرف على الفعاليات علي عبدالله الغانم أن الاحتفال مستمر.") == "المشرف على الفعاليات علي عبدالله الغانم")
        // a lone word after what is overseen is what the speaker did, no name: the title alone
        #expect(source("وقال المشرف العام على القناة رداً على سؤال إن البرامج كثيرة.") == "المشرف العام")
        // two supervisors of two things named are two sources; what is overseen is no word of the
        // holder's, so a body named by it later is not the holder
        let audit = Self.auditor.audit(test: "وقال المشرف العام على المركز الدكتور سالم العلي إن الأدوية كافية.\nوقال المشرف العام على إدارة الكرة بالنادي الأهلي مروان دفتردار إن الملف أغلق.\nوقالت إدارة الأهلي إن الموقع جاهز.")
        #expect(audit.sources.count == 3)
        #expect(audit.sources.first { $0.name.contains("دفتردار") }?.claims.count == 1)
    }

    @Test("a detached object pronoun (إياه، إياها، إياهم) is the object of the participle before it, never a source")
    func objectPronoun() {
        // (the shipped pack: its participles read what follows them as their subject)
        let shipped = try! Auditor(pack: ShippedAnonymityTests.pack)
        let audit = shipped.audit(test: "وكان سالم العلي قد اعترف أخيرا في حوار قصير بعرض النادي، واصفا إياه بالعرض المهم والمغري.\nوطالب المدير سالم العلي الموظفين بالعمل الجماعي، حاثا إياهم على اتباع الخطة.")
        #expect(audit.sources.count == 1)
        #expect(!audit.sources.contains { $0.name.hasPrefix("إيا") })
        #expect(audit.units.filter { $0.kind.isClaim }.allSatisfy { $0.label == .named })
    }

    @Test("a title met alone takes the holder named under it with a family name with the article, when the article calls the holder by it again")
    func familyNameCalledAgain() {
        // (the shipped pack: its name rules read the holder's name as the article's text does)
        let shipped = try! Auditor(pack: ShippedAnonymityTests.pack)
        let audit = shipped.audit(test: "ووقف محافظ الخفجي محمد بن سلطان الهزاع على الطرق السريعة.\nوقال محافظ الخفجي إن الطريق سيصلح.\nوالتقى الهزاع بالمقاول.")
        #expect(audit.sources.map(\.name) == ["محافظ الخفجي محمد بن سلطان الهزاع"])
        // called again with no و glued (غادر الهزاع): the same (the second of two words spelt so)
        let bare = shipped.audit(test: "ووقف محافظ الخفجي محمد بن سلطان الهزاع على الطرق السريعة.\nوقال محافظ الخفجي إن الطريق سيصلح.\nثم غادر الهزاع الموقع.")
        #expect(bare.sources.map(\.name) == ["محافظ الخفجي محمد بن سلطان الهزاع"])
        // a word with the article the article never uses again may be what the holder did: the title stays alone
        let open = shipped.audit(test: "وافتتح محافظ الخفجي محمد بن سلطان المعرض السنوي للكتاب.\nوقال محافظ الخفجي إن الطريق سيصلح.")
        #expect(open.sources.map(\.name) == ["محافظ الخفجي"])
    }

    @Test("a subject is whole before the verb's object: a document, a verbal noun with or without its pronoun, a definite word after an indefinite group")
    func subjectEndsAtObject() {
        let shipped = try! Auditor(pack: ShippedAnonymityTests.pack)
        let names = { (text: String) in shipped.audit(test: text).sources.map(\.name) }
        #expect(names("وبرر الوزير القرار بأن التكاليف ارتفعت.") == ["الوزير"])
        #expect(names("وبررت المصادر التأجيل المتوقع بحرص الوزارة على البداية.") == ["المصادر"])
        #expect(names("وأكدت الشركة استعدادها للتعاون مع الجهات المعنية.") == ["الشركة"])
        #expect(names("وانتقدت منظمات غير حكومية الحكومة بسبب القرار الأخير.") == ["منظمات غير حكومية"])
        // an adjective in the same shapes stays on the name: a relational one, the plurals أفعال / أفعلاء
        #expect(names("وأكد المسؤولون الأفغان أن الهجوم فشل.") == ["المسؤولون الأفغان"])
        #expect(names("وقالت رئيسة اتحاد الصحافيين الإسبان إن الاتصال انقطع.") == ["رئيسة اتحاد الصحافيين الإسبان"])
    }
}
