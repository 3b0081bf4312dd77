import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// Kinds found on fresh corpus text and fixed from the language (issue 22, backlog2): each test
/// is a made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: backlog kinds (issue 22)")
struct ShippedBacklogTests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("a group opening its unit is the subject of a plural verb later in it: its own words only, without the glued و or the predicate after it")
    func openingGroupSubjectSpan() throws {
        let c = try claims("""
            وارتفعت الأسعار أمس.
            والسكان غاضبون من انقطاع المياه ويطالبون بحل سريع.
            """)
        try #require(c.count == 2)
        #expect(c[1].label == .anonymous)
        #expect(c[1].sources.map(\.text) == ["السكان"])
    }

    @Test("a press review's later items carry the unnamed press; a quoted speaker's do not")
    func pressReviewItems() throws {
        let c = try claims("""
            أبرزت الصحف الأردنية الصادرة اليوم افتتاح المعرض الدولي للكتاب.
            وتطرقت إلى ارتفاع أسعار الوقود في الأسواق المحلية.
            وعرجت على نتائج الانتخابات في اليونان.
            وقالت وزيرة الثقافة هالة زريقات إن المعرض سيستمر أسبوعا.
            وتطرقت إلى دور الناشرين في دعم القراءة.
            """)
        try #require(c.count == 5)
        #expect(c[1].label == .anonymous)
        #expect(c[1].sources.first?.text.hasPrefix("الصحف الأردنية") == true)
        #expect(c[2].label == .anonymous)
        // after the minister the item verb is hers, not the papers': this rule leaves it
        #expect(c[4].sources.allSatisfy { !$0.text.hasPrefix("الصحف") })
    }

    @Test("a review's source ends before the ب-object of اهتمت")
    func pressReviewSpanEndsBeforeObject() throws {
        let c = try claims("واهتمت الصحف الأوروبية بإعلان بروكسل عن فشل المفاوضات، وقالت إن الأزمة ستطول.")
        try #require(c.count == 1)
        #expect(c[0].sources.first?.text == "الصحف الأوروبية")
        let d = try claims("وأفادت وسائل الإعلام المعنية بالاقتصاد في اليونان بأن الضرائب سترتفع.")
        try #require(d.count == 1)
        #expect(d[0].sources.first?.text.contains("المعنية بالاقتصاد") == true)
    }

    @Test("what the subject published in the accusative (مقالا، تقريرا) is no word of the source's name")
    func publishedObjectEndsTheName() throws {
        let c = try claims("كتب الكاتب محمد الأحمد مقالا بعنوان «الطريق إلى الغد» قال فيه إن الاقتصاد سيتعافى.")
        try #require(c.count == 1)
        #expect(c[0].sources.first?.text == "الكاتب محمد الأحمد")
        let d = try claims("ونشرت صحيفة نيويورك تايمز تقريرا أكدت فيه أن المفاوضات متعثرة.")
        try #require(d.count == 1)
        #expect(d[0].sources.first?.text == "صحيفة نيويورك تايمز")
    }

    @Test("the claim a denial disputes (الشائعات، الاتهامات، جميع الأنباء) is no word of the denier's name; وكالات الأنباء is a name (names3)")
    func claimNounEndsTheName() throws {
        for (text, name) in [
            ("ونفى المدرب البرتغالي الشائعات التي تحدثت عن رحيله عن الفريق.", "المدرب البرتغالي"),
            ("ونفت البلدية الاتهامات الموجهة إليها بإهمال الحدائق.", "البلدية"),
            ("ونفت إدارة نادي الوحدة جميع الأنباء المتداولة عن بيع اللاعب.", "إدارة نادي الوحدة"),
            ("ونفى المتحدث باسم الشرطة كل التقارير عن وقوع إصابات.", "المتحدث باسم الشرطة"),
        ] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .denied, "\(text)")
            #expect(c[0].sources.first?.text == name, "\(text)")
        }
        // a claim noun after a word that is no definite one is the name's own (وكالات: its وك is
        // no ك before the article)
        let d = try claims("وذكرت وكالات الأنباء العالمية أن الاجتماع انتهى دون اتفاق.")
        try #require(d.count == 1)
        #expect(d[0].sources.first?.text.hasPrefix("وكالات الأنباء") == true)
    }

    @Test("the title line is the headline though a word of site furniture opens or holds it; a credit set off by a colon or a dash stays furniture (sample16)")
    func titleLineOverFurniture() throws {
        let a = try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: []))
        for title in ["آخر صورة لمبنى البلدية القديم قبل هدمه", "تحرير أسعار الخدمات في الأسواق المحلية", "إعلان أسماء المقبولين في الكلية التقنية", "تصوير إبداعي يعكس جمال المدينة"] {
            let u = a.audit(test: title + "\nوقال المدير سالم العلي إن العمل مستمر.\n").units
            #expect(u.first?.kind == .headline, "\(title)")
        }
        let credit = a.audit(test: "تحرير - سالم العلي\nوقال المدير سالم العلي إن العمل مستمر.\n").units
        #expect(credit.first?.kind != .headline)
    }

    @Test("a masculine verb joined by و to the verb that opens the unit speaks for its subject; not a feminine opening verb's, nor past another speaker's verb (sample16)")
    func coordinatedMasculineVerb() throws {
        let c = try claims("وزار وكيل الوزارة خالد العمري المعرض، واستمع إلى شرح عن أقسامه، وأكد أن الوزارة تدعم المبادرات.")
        try #require(c.count == 1)
        #expect(c[0].label == .named)
        #expect(c[0].sources.first?.text.contains("خالد العمري") == true)
        // the one asked answers, not the radio that held the interview (قدمت إذاعة … وأجاب)
        let d = try claims("وقدمت الإذاعة الوطنية مقابلة مع الشاعر سالم العلي، وأجاب: «الشعر حياتي».")
        #expect(d.allSatisfy { $0.sources.allSatisfy { !$0.text.contains("الإذاعة") } })
    }

    @Test("لفت … إلى + a verbal noun is a statement, like أشار (sample16)")
    func lafataIla() throws {
        let c = try claims("ولفت رئيس اللجنة سالم الحربي إلى وجود نقص في المعدات.")
        try #require(c.count == 1)
        #expect(c[0].label == .named)
    }
}
