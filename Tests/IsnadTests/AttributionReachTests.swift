import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadTestSupport

/// Attributions the finder reaches without a verb of its own (a statement told to an outlet, a
/// participle whose clause names the speaker, a subject across قد or after وكان), and the
/// writer's own voice it must not read as someone's (a hedged verb, a coordinated participle,
/// a counted noun) — each on a small inline pack.
@Suite("Attribution reach and the writer's voice")
struct AttributionReachTests {
    static let pack = """
        description: reach
        rules:
          - id: report.qala
            kind: report
            clitics: conjunction
            lemmas: [قال يقول قائل]
          - id: report.akkada
            kind: report
            clitics: conjunction
            lemmas: [أكد يؤكد مؤكد]
          - id: report.aalana
            kind: report
            clitics: conjunction
            needs_complement: true
            lemmas: [أعلن يعلن معلن]
          - id: report.charges
            kind: report
            clitics: conjunction
            patterns: ["{وجه/يوجه/موجه} *5 اتهامات"]
          - id: report.belief
            kind: report
            clitics: conjunction
            lemmas: [أمل يأمل آمل]
          - id: hedge.rubbama
            kind: hedge
            clitics: conjunction
            patterns: [ربما]
          - id: grammar.told
            kind: told
            patterns: ["في حديث خاص ل"]
          - id: grammar.complement
            kind: complement
            patterns: [أن|إن|بأن|بأنه]
          - id: grammar.stop
            kind: stop
            clitics: none
            patterns: [في|من|عن|على|لم|قبل]
          - id: outlet.al-hayat
            kind: outlet
            patterns: [صحيفة الحياة]
          - id: outlet.head
            kind: outlet_head
            clitics: all
            patterns: [صحيفه]
          - id: entity.title
            kind: title
            clitics: all
            patterns: [الوزير|المهاجم|المدرب]
          - id: entity.organization
            kind: organization
            clitics: all
            patterns: [النيابه|الجبهه|الشرطه]
        """

    func auditor() throws -> Auditor { try Auditor(pack: TestSupport.pack(["p.yml": Self.pack])) }

    /// A cue that opens with a document noun (قرار اللجنة القاضي بـ) and a rule that accepts
    /// only documents and bodies as its subject.
    static let documentPack = pack + """

          - id: entity.document
            kind: document_head
            clitics: all
            patterns: [قرار|القرار|مرسوم|المرسوم]
          - id: entity.committee
            kind: organization
            clitics: all
            patterns: [اللجنه]
          - id: document.provides-relative
            kind: report
            clitics: all
            subjects: [document, organization]
            patterns: ["قرار|القرار|مرسوم|المرسوم *4 القاضي ب"]
        """

    @Test("a cue that opens with a document noun takes the noun and the words its gap skipped as the subject, also after a preposition")
    func documentLedSubject() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.documentPack]))
        let c = a.claims("عنوان الخبر\nووافقت الحكومة على قرار اللجنة القاضي بتمديد المهلة.\nوألغت المحكمة القرار القاضي بفصل الموظفين.\nوأجل القاضي بعد ذلك الجلسة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .unsourced])
        #expect(c[1].sources.first?.text == "قرار اللجنة")
        #expect(c[1].sources.first?.kind == .document)
        #expect(c[2].sources.first?.text == "القرار")
    }

    @Test("a statement told to an outlet with no verb that names a speaker continues the previous speaker, through that outlet")
    func toldWithoutVerb() throws {
        let c = try auditor().claims("عنوان الخبر\nقال الوزير سالم العلي إن الخطة جاهزة.\nلكنه في حديث خاص لصحيفة الحياة: أن التنفيذ يتأخر.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .secondhand])
        #expect(c[2].sources.first?.text == "الوزير سالم العلي")
        #expect(c[2].sources.first?.via == "صحيفة الحياة")
    }

    @Test("an adverbial participle takes the subject of its clause's verb, also of a verb that attributes nothing itself")
    func participleSubject() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوقالت الشرطة إن الطريق مغلق.\nأعلن الوزير سالم العلي انسحاب بلاده من الاتفاق، مؤكدا أنه اتفاق سيئ.\n")
        #expect(c[2].label == .named)
        #expect(c[2].sources.first?.text.hasPrefix("الوزير سالم العلي") == true)
        // a verb no rule knows opening the unit, its subject a title: the participle's subject
        let d = a.claims("عنوان الخبر\nوقالت الشرطة إن الطريق مغلق.\nهاجم المهاجم روبن فان بيرسي مدربه، مؤكدا بأنه لم يمنحه فرصة.\n")
        #expect(d[2].sources.first?.text.contains("بيرسي") == true)
    }

    @Test("a participle with و is a coordinated adjective, and a verb-looking word after a number is the counted noun: neither attributes")
    func participleNotSpeaker() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nوبقي الباب مفتوحا ومؤكدا للزوار.\nوبلغ عدد الزوار 850 ألف مؤكدا.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced, .unsourced])
    }

    @Test("a subject before its verb across قد, and after وكان")
    func subjectBeforeVerb() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nالنيابة العامة قد أكدت أن المتهمين عشرة.\nوكانت الجبهة أكدت من قبل أنها مسؤولة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named])
        #expect(c[2].sources.first?.text == "النيابة العامة")
        #expect(c[3].sources.first?.text == "الجبهة")
    }

    @Test("a relative clause set off by commas after the subject does not count towards the twelve words in which a needs-complement verb must find أن (y02: وأضاف الرئيس هادي، الذي توجه ...، إن)")
    func complementAfterCommaRelativeClause() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوأعلن الوزير سالم العلي، الذي وصل إلى المدينة أمس على متن طائرة خاصة قادما من الرياض للمشاركة في افتتاح المعرض الجديد، أن الخطة جاهزة.\nوأعلن الوزير سالم العلي افتتاح المعرض الجديد في المدينة أمس بعد وصوله على متن طائرة خاصة قادما من الرياض للمشاركة، وأن الخطة جاهزة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced])
        #expect(c[1].sources.first?.text == "الوزير سالم العلي")
    }

    @Test("past the twelve words, a statement's أن right after a comma is still the verb's content (d79: أعلن جون كيري، اليوم، في الدوحة بعد … مع إيران، أنّ); a connective ending in أن (إلا أن) and an أن after another reporting verb are not")
    func complementAfterLongCircumstance() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوأعلن الوزير سالم العلي في المؤتمر الصحفي الذي عقده أمس في مقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية في المناطق، أن الخطة جاهزة.\nوأعلن الوزير سالم العلي في المؤتمر الصحفي الذي عقده أمس في مقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية في المناطق، إلا أن الخطة لم تكتمل.\nوأعلن الوزير سالم العلي في المؤتمر الصحفي الذي عقده أمس في مقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التي أكد ممثلوها نجاحها، أن الخطة جاهزة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced, .named])
        #expect(c[1].sources.first?.text == "الوزير سالم العلي")
        #expect(!c[3].sources.contains { $0.text.contains("سالم العلي") })
    }

    @Test("past the twelve words, a statement's أن after an unbroken run of words (a long subject and the circumstances of the saying) is still the verb's content; not across a relative clause, nor a connective's أن (misses4, #22)")
    func complementAfterUnbrokenRun() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوأعلن الوزير سالم العلي في المؤتمر الصحفي السنوي بمقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية في المناطق أن الخطة جاهزة.\nوأعلن الوزير سالم العلي في المؤتمر الصحفي الذي عقده بمقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية في المناطق أن الخطة جاهزة.\nوأعلن الوزير سالم العلي افتتاح المعرض السنوي بمقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية في المناطق رغم أن الخطة لم تكتمل.\nوأعلن الوزير سالم العلي في المؤتمر الصحفي السنوي بمقر الوزارة بالعاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية في المناطق بأن الخطة جاهزة.\nوأعلن الوزير سالم العلي في المؤتمر الصحفي السنوي بمقر الوزارة بالعاصمة فقد كلف رئيس المجلس رؤساء الغرف التجارية في المناطق أن الخطة جاهزة.\nوأعلن الوزير سالم العلي في المؤتمر الصحفي السنوي بمقر الوزارة والتي مقرها العاصمة بعد انتهاء اجتماعه مع رؤساء الغرف التجارية أن الخطة جاهزة.\n")
        // (the fifth: «فقد» — قد with ف glued — opens another verb's clause in the run; the sixth:
        // «والتي», a relative with و glued, opens a relative clause)
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced, .unsourced, .unsourced, .unsourced, .unsourced])
        #expect(c[1].sources.first?.text == "الوزير سالم العلي")
    }

    @Test("a bare verb before a colon opens a colon quotation too (وأضاف: ...), which runs to the end of its paragraph")
    func bareVerbColon() throws {
        let c = try auditor().claims("عنوان الخبر\nقال الوزير سالم العلي إن الخطة جاهزة.\nوقال: الأسعار سترتفع. والسوق ستتعافى قريبا.\nوانخفضت الأسهم.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named, .unsourced])
    }

    @Test("a subject in quotation marks right after its verb is a quoted name; a quotation after a bare verb is the speaker's words")
    func quotedSubject() throws {
        let c = try auditor().claims("عنوان الخبر\nقال الوزير سالم العلي إن الخطة جاهزة.\nوقالت «الشرطة» إن الطريق مغلق.\nوقال \"الطريق مغلق منذ الصباح الباكر ولن يفتح\".\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named])
        #expect(c[2].sources.first?.text == "الشرطة")
        #expect(c[3].sources.first?.text == "الشرطة")  // the latest speaker, not the quotation
    }

    @Test("a colon inside a title in brackets opens no colon quotation: the writer's next sentence stays unsourced")
    func bracketColon() throws {
        let c = try auditor().claims("عنوان الخبر\nقال الوزير سالم العلي في كتابه (ذهب أسود: قصة النفط) \"إن الطاقة كثيرة\". ألسنا أحق بالطاقة؟\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced])
    }

    @Test("the writer's hedge right before a verb is speculation, not a report: ربما يأمل الوزير")
    func hedgedVerb() throws {
        let c = try auditor().claims("عنوان الخبر\nربما يأمل الوزير سالم العلي في اتفاق جديد.\nويأمل الوزير سالم العلي في اتفاق جديد.\n")
        #expect(c.map(\.label) == [.unsourced, .unsourced, .named])
    }

    @Test("the article's first line is its headline, also one word or a question")
    func titleLines() throws {
        let a = try auditor()
        #expect(a.audit(test: "مناسبات\nوقال الوزير سالم العلي إن الخطة جاهزة.\n").units.first?.kind == .headline)
        #expect(a.audit(test: "ابتسامة اليتيم في العيد؟\nوقال الوزير سالم العلي إن الخطة جاهزة.\n").units.first?.kind == .headline)
        #expect(a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nهل تنجح الخطة؟\n").units.last?.kind == .heading)
    }

    @Test("a short question set off by a paragraph's spaces inside a line, its paragraph after it, is a sub-heading; a question in the running text is not")
    func inlineQuestionHeadings() throws {
        let a = try auditor()
        let run = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.   لماذا الإساءة للوطن؟ وقال الوزير إن الخطة جاهزة.\n")
        #expect(run.units.map(\.kind) == [.headline, .claim, .heading, .claim])
        // one space: a question in the text; a marker (* …؟) of an interview left to the layout
        let inText = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة. لماذا الإساءة للوطن؟ وقال الوزير إن الخطة جاهزة.\n")
        #expect(inText.units.map(\.kind) == [.headline, .claim, .claim, .claim])
        let long = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.   لماذا تأخرت الخطة كل هذه الشهور الطويلة؟ وقال الوزير إن الخطة جاهزة.\n")
        #expect(long.units.map(\.kind) == [.headline, .claim, .claim, .claim])
    }

    @Test("a pull quote between paragraphs (a title, a colon, what was said) is its speaker's claim; a label or a list's item before a colon stays a heading (#22, kinds25)")
    func pullQuotes() throws {
        let a = try auditor()
        let pull = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nالوزير سالم العلي: نستهدف خفض العجز إلى النصف\n")
        #expect(pull.units.map(\.kind) == [.headline, .claim, .claim])
        #expect(pull.units.last?.label == .named)
        let label = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nالمحور الأول: خفض العجز إلى النصف\n")
        #expect(label.units.last?.kind == .heading)
        let item = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\n* الوزير سالم العلي: خفض العجز إلى النصف\n")
        #expect(item.units.last?.kind == .heading)
    }

    @Test("a document or an outlet's head before a pull quote's colon names its speaker too: the kinds that name a speaker before a colon are one set (cont1)")
    func pullQuoteDocument() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.documentPack]))
        let pull = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nالقرار الوزاري: منع التدخين في المطارات كلها\n")
        #expect(pull.units.map(\.kind) == [.headline, .claim, .claim])
        #expect(pull.units.last?.label == .named)
    }

    @Test("a list item's label before a colon ends a colon quotation open on its line; a label inside the sentence is the speaker's own list and ends nothing (cont1, #22)")
    func colonLabelEndsColonQuotation() throws {
        let a = try auditor()
        let item = a.claims("عنوان الخبر\nقال الوزير سالم العلي إن الخطة جاهزة.\nوقال: الأسعار سترتفع. * الغرض الأول: الطائرة مصممة لنقل القوات. والسوق ستتعافى قريبا.\n")
        #expect(item.map(\.label) == [.unsourced, .named, .named, .unsourced, .unsourced])
        #expect(item[4].sources.isEmpty)
        let inside = a.claims("عنوان الخبر\nقال الوزير سالم العلي إن الخطة جاهزة.\nوقال: الأسعار سترتفع. والأسباب كثيرة، أهمها: الطلب والعرض. والسوق ستتعافى قريبا.\n")
        #expect(inside.map(\.label) == [.unsourced, .named, .named, .named, .named])
    }

    @Test("a numbered item's head before a colon (1 - الوزير ...: الموافقة على ...) is the writer's entry, not a speaker, unless speech follows the colon (#22, sample6)")
    func numberedItemColon() throws {
        let a = try auditor()
        let list = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\n1 - الوزير سالم العلي: الموافقة على نزع ملكية عقارين لتنفيذ طريق يربط الحيين.\n(2) الوزير سالم العلي: الموافقة على بدء إجراءات نزع ملكية عقار واحد لتنفيذ جسر يعبر الوادي.\n")
        let items = list.units.filter { $0.kind == .claim }.suffix(2)
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.label == .unsourced && $0.sources.isEmpty })
        // speech after the colon (a verb in the first person, a quotation) keeps the speaker
        let speech = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\n3- الوزير سالم العلي: نستهدف خفض العجز إلى النصف في العام المقبل.\n4) الوزير سالم العلي: \"الأسعار سترتفع في الأشهر المقبلة بسبب الطلب\".\n")
        let quoted = speech.units.filter { $0.kind == .claim }.suffix(2)
        #expect(quoted.count == 2)
        #expect(quoted.allSatisfy { $0.label == .named })
    }

    @Test("a phrase with a pronoun or a demonstrative before a colon (وأهم الأسباب هي:) names no speaker: the colon quotation open goes on with its speaker (cont1, #22)")
    func pronounBeforeColon() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pack + """

              - id: grammar.pronoun
                kind: pronoun
                patterns: [هو|هي|هذا|هذه]
            """]))
        let c = a.claims("عنوان الخبر\nقال الوزير سالم العلي: الأسعار سترتفع. وأهم الأسباب هي: الطلب والعرض. والسوق ستتعافى قريبا.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named])
        #expect(c.dropFirst().allSatisfy { $0.sources.first?.text == "الوزير سالم العلي" })
    }

    @Test("a quotation's last word, cut from it by its own ! and closed on the line, is the rest of the quotation; a credit in marks of its own stays furniture (#22, kinds25)")
    func quotationTail() throws {
        let a = try auditor()
        let tail = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي: \"ابحثوا عن الفكرة! وحاربوها\".\n")
        #expect(tail.units.map(\.kind) == [.headline, .claim, .claim])
        #expect(tail.units.last?.label == .named)
        let credit = a.audit(test: "عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة. \"رويترز\"\n")
        #expect(credit.units.last?.kind == .boilerplate)
    }

    /// Verbs with an object pronoun (وهو ما أكده), a stance verb with its own object, and a
    /// telling verb with its complement — for the relative ما, relative clauses and content.
    static let pronounPack = pack + """

          - id: report.object-pronoun-said
            kind: report
            clitics: conjunction
            object_pronouns: [bare_past, past, present]
            lemmas: [أكد يؤكد -, قال يقول -]
          - id: report.object-pronoun-told
            kind: report
            clitics: conjunction
            needs_complement: true
            object_pronouns: [bare_past, past, present]
            lemmas: [أخبر يخبر -]
          - id: report.wa3ada-bi
            kind: report
            clitics: conjunction
            patterns: ["{وعد/-/-} ب"]
          - id: grammar.relative
            kind: stop
            clitics: none
            patterns: [الذي|ما|مما]
          - id: verb.perfect
            kind: verb
            clitics: conjunction
            patterns: [حضر]
        """

    /// A pattern that names the object after its preposition (أشار *8 إلى دور|وجود), one that
    /// names only the preposition (عبر *3 عن), a group of studies and the relative pronouns.
    static let objectPatternPack = pack + """

          - id: report.ashara-past
            kind: report
            clitics: conjunction
            patterns: ["أشار|أشارت *8 إلى دور|وجود"]
          - id: report.expressed
            kind: report
            clitics: conjunction
            patterns: ["عبر|تعبر *3 عن"]
          - id: lex.collective.studies
            kind: collective
            clitics: all
            patterns: [الدراسات]
          - id: grammar.relative
            kind: stop
            clitics: none
            patterns: [الذي|التي]
        """

    @Test("a relative clause whose verb's pattern names the object after its preposition (الدراسات التي أشارت إلى دور) has the antecedent as its speaker, not the previous source; a thing before the pronoun names no one (#22, sample11)")
    func relativeSubjectOfObjectPattern() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.objectPatternPack]))
        let c = a.claims("عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nوهذا يتفق مع الدراسات التي أشارت إلى دور الرياضة في الوقاية.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .anonymous])
        #expect(c[2].sources.map(\.text) == ["الدراسات"])
        // the antecedent no speaker: the verb goes back to the previous source, as before
        let d = a.claims("عنوان الخبر\nوقال الوزير سالم العلي إن الخطة جاهزة.\nوهذا يتفق مع الأرقام التي أشارت إلى دور الرياضة في الوقاية.\n")
        #expect(d[2].sources.map(\.text) != ["الأرقام"])
    }

    @Test("a verb with an object pronoun after a relative ما has ما as its object: the subject after it speaks (وهو ما أكده الوزير); without the pronoun ما is a thing and the subject")
    func relativeObjectPronoun() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pronounPack]))
        let c = a.claims("عنوان الخبر\nوارتفعت الأسعار، وهو ما أكده الوزير سالم العلي.\nوارتفعت الأسعار، وهو ما يؤكد ضعف الرقابة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced])
        #expect(c[1].sources.first?.text == "الوزير سالم العلي")
        let d = a.claims("عنوان الخبر\nوممّا قاله الوزير سالم العلي إن الخطة جاهزة.\n")
        #expect(d[1].sources.first?.text == "الوزير سالم العلي")
    }

    @Test("inside another speaker's content, what someone said or holds is that content's topic, no further source; a telling verb with its own أن relays one")
    func objectPronounInsideContent() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pronounPack]))
        let c = a.claims("عنوان الخبر\nوقال الوزير سالم العلي إن هناك تناقضات فيما قاله المهاجم.\nوقال المدرب إن الوزير أخبره بأن الخطة جاهزة.\n")
        #expect(c[1].label == .named)
        #expect(c[1].sources.map(\.text) == ["الوزير سالم العلي"])
        #expect(c[2].sources.count == 2)
        // what someone said as the object of another reporting verb is its topic
        let d = a.claims("عنوان الخبر\nوأكد الوزير سالم العلي صحة ما قاله المدرب.\n")
        #expect(d[1].sources.count == 1)
        #expect(d[1].sources.first?.text.hasPrefix("الوزير سالم العلي") == true)
    }

    @Test("a stance verb after a relative pronoun, with its own object and no subject after it, is the pledge of the phrase before the pronoun (الرئيس الذي وعد بالانتهاء)")
    func relativeStance() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pronounPack]))
        let c = a.claims("عنوان الخبر\nوحضر الحفل الوزير الذي وعد بإصلاح الطرق.\n")
        #expect(c[1].label == .named)
        #expect(c[1].sources.first?.text == "الوزير")
    }

    @Test("a subject whose title is set off by commas before its verb: the name before the first comma (وكان سالم العلي، الوزير السابق، قد أكد أن)")
    func appositiveSubject() throws {
        let a = try auditor()
        let c = a.claims("عنوان الخبر\nوقالت الشرطة إن الطريق مغلق.\nوكان سالم العلي، الوزير السابق، قد أكد أن الخطة جاهزة.\nالمهاجم روبن، المدرب الجديد للفريق، يؤكد أن الموسم صعب.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named])
        #expect(c[2].sources.first?.text == "سالم العلي")
        #expect(c[3].sources.first?.text == "المهاجم روبن")
    }

    @Test("a subject framed by كان and قد: read from the word after كان up to the first comma, past a preposition, with ف or bare at a sentence's start (وكان مروان دفتردار المدير في فريق الكرة قد أكد، فكانت الجبهة قد أكدت)")
    func kanaFramedSubject() throws {
        // (كان a verb and قد a stop word, as in the shipped pack)
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pack + """

              - id: verb.kana
                kind: verb
                clitics: conjunction
                patterns: [كان|كانت]
              - id: grammar.stop-qad
                kind: stop
                clitics: none
                patterns: [قد]
            """]))
        let c = a.claims("عنوان الخبر\nوقالت الشرطة إن الطريق مغلق.\nوكان الوزير سالم العلي في الحكومة السابقة قد أكد أن الخطة جاهزة.\nوقالت الشرطة إن الطريق مغلق.\nفكانت الجبهة قد أكدت أن الهجوم وقع.\nوقالت الشرطة إن الطريق مغلق.\nكانت النيابة العامة قد أكدت أن المتهمين عشرة.\nوقالت الشرطة إن الطريق مغلق.\nوكان الوزير، في حديث سابق، قد أكد أن الأسعار ثابتة.\nوقالت الشرطة إن الطريق مغلق.\nوكان قد أكد المدرب سالم العلي أن الموسم صعب.\n")
        #expect(c.map(\.label) == [.unsourced] + Array(repeating: .named, count: 10))
        #expect(c[2].sources.first?.text == "الوزير سالم العلي")
        #expect(c[4].sources.first?.text == "الجبهة")
        #expect(c[6].sources.first?.text == "النيابة العامة")
        #expect(c[8].sources.first?.text == "الوزير")
        #expect(c[10].sources.first?.text == "المدرب سالم العلي")
        // not a noun with its pronoun (وصوله), nor a bare كانت after a comma: the previous speaker
        let d = a.claims("عنوان الخبر\nوقالت الشرطة إن الطريق مغلق.\nوكان وصوله في الموعد قد أكد أن الخطة جاهزة.\nوبحسب الرواية، كانت الجبهة قد أكدت أن الهجوم وقع.\n")
        #expect(d[2].sources.first?.text == "الشرطة")
        #expect(d[3].sources.allSatisfy { $0.text != "الجبهة" })
    }

    static let pledgePack = """
        description: pledges and causes
        rules:
          - id: report.qala
            kind: report
            clitics: conjunction
            lemmas: [قال يقول قائل]
          - id: report.wa3ada-bi
            kind: report
            clitics: conjunction
            patterns: ["{وعد/-/-} *3 ب"]
          - id: report.arjaa
            kind: report
            clitics: conjunction
            lemmas: [أرجع - -]
          - id: entity.state
            kind: organization
            clitics: all
            patterns: [بريطانيا]
          - id: entity.title
            kind: title
            clitics: all
            patterns: [الوزير|المدرب]
          - id: lex.collective
            kind: collective
            clitics: all
            patterns: ["بعض المحللين", "الجماهير"]
          - id: grammar.complement
            kind: complement
            clitics: conjunction
            patterns: [أن|إن]
        """

    @Test("وعد بـ: a ب that is a name's first letter opens the subject (ووعد بوتين بالرد، ووعدت بريطانيا بتقديم); the subject between the verb and its ب object; a speaker and no ب object is وعدّ 'counted'; a definite group after the verb is the one promised")
    func pledgeSubjects() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pledgePack]))
        let c = a.claims("عنوان الخبر\nوقال المدرب إن الخطة جاهزة.\nووعد بوتين بالرد على العقوبات.\nووعدت بريطانيا بتقديم المساعدات.\nووعد الوزير بتقديم الدعم.\nوعدّ بعض المحللين ذلك انتصارا.\nووعد الجماهير بالفوز في المباراة المقبلة.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .named, .named, .named, .unsourced, .named])
        #expect(c[2].sources.first?.text == "بوتين")
        #expect(c[3].sources.first?.text == "بريطانيا")
        #expect(c[4].sources.first?.text == "الوزير")
        // the one promised is no speaker: the bare verb goes back to the last one who spoke
        #expect(c[6].sources.map(\.text) == ["الوزير"])
    }

    @Test("أرجع إلى with no object before إلى is the first person or the imperative (ارجع إلى والديك): no one's explanation; the past with its object before إلى is")
    func firstPersonArjaa() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pledgePack]))
        let c = a.claims("عنوان الخبر\nوقال المدرب إن الخطة جاهزة.\nفارجع إلى والديك في أمرك.\nوأرجع المدرب الخسارة إلى الإصابات.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced, .named])
        #expect(c[3].sources.first?.text.hasPrefix("المدرب") == true)
    }

    @Test("a complementiser may stand twelve words past a subject that opens with a speaker's word right after the verb (وكشف رئيس مجلس إدارة … بن … بن …، بأن); a connective, or a noun phrase read as a subject, keeps the twelve words from the verb")
    func complementPastLongSubject() throws {
        let pack = """
            description: reach
            rules:
              - id: report.kashafa
                kind: report
                clitics: conjunction
                needs_complement: true
                lemmas: [كشف يكشف -]
              - id: entity.title
                kind: title
                clitics: all
                patterns: [رئيس]
              - id: grammar.complement
                kind: complement
                clitics: conjunction
                patterns: [أن|بأن, حيث]
            """
        let a = try Auditor(pack: TestSupport.pack(["p.yml": pack]))
        let c = a.claims("عنوان الخبر\nوكشف رئيس مجلس إدارة جمعية البر الخيرية في المنطقة الشرقية الأمير تركي بن محمد بن فهد بن عبدالعزيز، بأن الجمعية أنفقت مليوني ريال.\nوكشف تقرير الجمعية الخيرية السنوي الذي صدر في نهاية العام الماضي عن أعمال كثيرة في المنطقة الشرقية وغيرها، حيث أنفقت مليوني ريال.\n")
        #expect(c.map(\.label) == [.unsourced, .named, .unsourced])
        #expect(c[1].sources.first?.text.hasPrefix("رئيس مجلس إدارة") == true)
    }

    @Test("the words of an aside in brackets do not count towards a complementiser's reach (وأضاف الشمري الذي ينتمي … (…) أن)")
    func complementPastBracketAside() throws {
        let pack = """
            description: reach
            rules:
              - id: report.adafa
                kind: report
                clitics: conjunction
                needs_complement: true
                lemmas: [أضاف يضيف مضيف]
              - id: grammar.complement
                kind: complement
                clitics: conjunction
                patterns: [أن|بأن]
            """
        let a = try Auditor(pack: TestSupport.pack(["p.yml": pack]))
        let c = a.claims("عنوان الخبر\nوأضاف الشمري الذي ينتمي والعبادي إلى نفس الكتلة (دولة القانون التي يتزعمها نوري المالكي والتي تشهد انقسامات وخلافات حادة بين عدد من أقطابها) أن الحكومة مقيدة.\n")
        #expect(c.map(\.label) == [.unsourced, .named])
        #expect(c[1].sources.first?.text.hasPrefix("الشمري") == true)
    }

    @Test("a contrast after a comma (، إلا أن، لكن) ends the clause of a verb that needs its content: أعلن with an object only is the act; after كما the verb's content is the clause before it (sample10)")
    func contrastAfterCommaIsNoComplement() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pack + """

          - id: grammar.connective
            kind: complement
            patterns: ["غير|إلا أن", لكن]
        """]))
        let c = a.claims("عنوان الخبر\nأعلن الوزير سالم العلي هدنة مدتها خمسة أيام، إلا أن القتال استمر.\nوأعلنت الشرطة حظر التجول، لكن السكان خرجوا.\nوالخطة جاهزة للتنفيذ، كما أعلن الوزير، لكن دون موعد.\nوأعلن الوزير سالم العلي أن الخطة جاهزة، لكن التنفيذ يتأخر.\n")
        #expect(c.map(\.label) == [.unsourced, .unsourced, .unsourced, .named, .named])
        #expect(c[4].sources.first?.text == "الوزير سالم العلي")
    }

    /// A verb whose subject must open with one of a list of words (`subject_words`).
    static let pressPack = """
        description: press
        rules:
          - id: report.papers
            kind: report
            subjects: [anonymous]
            subject_words: [الصحف, صحف, الصحافة]
            patterns: [تابعت|عالجت]
          - id: anon.papers
            kind: collective
            clitics: all
            patterns: [الصحف|صحف|الصحافه|الجماهير]
          - id: grammar.stop
            kind: stop
            clitics: none
            patterns: [في|من|عن|على]
        """

    @Test("a rule with subject words counts only when one of them, as written, follows the verb, and its subject is that word and its adjectives, not the object after them")
    func subjectWords() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pressPack]))
        let c = a.claims("عنوان الخبر\nوتابعت الصحف الأردنية الرسمية مستجدات الوضع الأمني.\nوعالجت صحف الجزائر خلفيات الأزمة السياسية.\nوتابعت الجماهير المباراة من المدرجات.\nوتابعت الصحفية عملها في المدينة.\nوتابعت والصحف تنشر الخبر.\nوتابعت الصحف مستجدات الأزمة.\nوتابعت صحف مستجدات الوضع الأمني.\n")
        #expect(c.map(\.label) == [.unsourced, .anonymous, .anonymous, .unsourced, .unsourced, .unsourced, .anonymous, .anonymous])
        #expect(c[1].sources.first?.text == "الصحف الأردنية الرسمية")
        #expect(c[2].sources.first?.text == "صحف الجزائر")
        #expect(c[6].sources.first?.text == "الصحف")
        // indefinite صحف before its object: the object is no part of it (review)
        #expect(c[7].sources.first?.text == "صحف")
    }
}
