import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// The sourcing standards on a small inline pack: anonymity flags, contest links, figures and policy.
@Suite("sourcing standards")
struct StandardsTests {
    static let pack = """
        rules:
          - id: report.qala
            kind: report
            patterns: ["قال|وقال|قالت|وقالت|وأضاف"]
          - id: denial.nafa
            kind: denial
            patterns: ["نفى|ونفى|نفت|ونفت|ينفي|تنفي", "الذي نفاه"]
          - id: denial.innocence
            kind: denial
            patterns: ["مقتنع ببراءتي"]
          - id: anonymous.sources
            kind: anonymous
            patterns: ["مصادر|مصدر مطلعه|مطلع|أمني"]
          - id: role.official
            kind: role
            patterns: ["مسؤول"]
          - id: anonymity.condition
            kind: anonymity
            patterns: ["طلب عدم ذكر اسمه"]
          - id: anonymity.reason
            kind: anonymity_reason
            patterns: ["لأنه غير مخول", "نظرا لحساسيه الموضوع"]
          - id: anonymity.basis
            kind: anonymity_basis
            patterns: ["مطلع|مطلعه على *", "شارك في الاجتماع"]
          - id: complement
            kind: complement
            patterns: ["أن|إن"]
          - id: collective.some
            kind: collective
            patterns: ["البعض"]
          - id: rebuttal.negation
            kind: rebuttal
            patterns: ["لم|لن|ليس"]
          - id: report.akkada
            kind: report
            patterns: ["أكد|وأكد|يؤكد"]
          - id: organization.club
            kind: organization
            patterns: ["النادي"]
          - id: stop.words
            kind: stop
            patterns: ["عن|بعد|تكهنات"]
        """

    func auditor(_ policy: FailurePolicy = FailurePolicy(labels: [])) throws -> Auditor {
        try Auditor(pack: try TestSupport.pack(["p.yml": Self.pack]), policy: policy)
    }

    @Test("a reason or a basis flags the anonymous claim, and the later claims of the same source; a stock epithet or a bare condition does not")
    func flags() throws {
        let a = try auditor().audit(test: """
            وقال مسؤول طلب عدم ذكر اسمه لأنه غير مخول إن الاجتماع تأجل.
            وأضاف أن الموعد الجديد لم يحدد.
            وقالت مصادر مطلعة إن الخلاف كبير.
            وقال مصدر مطلع على المفاوضات إن الجولة المقبلة في جنيف.
            وقال مصدر أمني طلب عدم ذكر اسمه إن القرار نهائي.
            """)
        let claims = a.units.filter { $0.label == .anonymous }
        #expect(claims.count == 5)
        #expect(claims[0].flags.contains(.reasonGiven))
        #expect(claims[0].anonymityCues.first?.rule == "anonymity.reason")
        // continuation: the bare verb continues the official, whose reason was stated before
        #expect(claims[1].flags.contains(.reasonGiven))
        #expect(claims[1].anonymityCues.first?.unit == claims[0].index)
        // مصادر مطلعة is an epithet, not a basis
        #expect(claims[2].flags == [.unexplainedAnonymity])
        #expect(claims[3].flags.contains(.basisGiven) && !claims[3].flags.contains(.reasonGiven))
        // the condition is not a reason
        #expect(claims[4].flags.contains(.unexplainedAnonymity))
        #expect(a.summary.standards.unexplained == 2)
        #expect(a.summary.standards.warnings.contains(.unexplainedAnonymity))
        #expect(a.summary.standards.warnings.contains(.mostlyAnonymous))
    }

    @Test("a denial links to the earlier claim that shares its content words, both ways; an unrelated claim is not linked; a headline only when it gives the claim to someone other than the denier")
    func contests() throws {
        let a = try auditor().audit(test: """
            الحكومة سترفع أسعار الوقود الشهر المقبل
            وارتفعت درجات الحرارة في العاصمة أمس.
            وقال مصدر أمني إن الحكومة سترفع أسعار الوقود الشهر المقبل.
            ونفت وزارة الطاقة أن تكون الحكومة سترفع أسعار الوقود.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        let headline = a.units[0], claim = try #require(a.units.first { $0.label == .anonymous })
        #expect(denial.contests.contains(claim.index))
        // an unsourced headline sums up the news, most often the denial itself (on the corpus, 1
        // of 29 such links read was right): not what the denial disputes
        #expect(!denial.contests.contains(headline.index))
        #expect(headline.contestedBy.isEmpty)
        #expect(!denial.contests.contains(1))
        #expect(claim.contestedBy == [denial.index])
        let m = try #require(denial.contestMatch)
        #expect(m.score >= m.threshold)
        #expect(m.shared.count >= 2)
        #expect(a.summary.standards.contested == 1)
        // a headline giving the claim to someone (مصدر أمني: …) states what the denial disputes
        let b = try auditor().audit(test: """
            مصدر أمني: الحكومة سترفع أسعار الوقود الشهر المقبل
            وارتفعت درجات الحرارة في العاصمة أمس.
            ونفت وزارة الطاقة أن تكون الحكومة سترفع أسعار الوقود.
            """)
        #expect(!b.units[0].sources.isEmpty)
        let bd = try #require(b.units.first { $0.label == .denied })
        #expect(bd.contests == [0])
        #expect(bd.contestMatch?.setAside == nil)
        // the set-aside headline is recorded for explain, and no other path links it: a denial whose
        // object points back (نفت ذلك) right after the unsourced headline links to nothing
        #expect(denial.contestMatch?.setAside == 0)
        let c = try auditor().audit(test: """
            الحكومة سترفع أسعار الوقود الشهر المقبل
            ونفت وزارة الطاقة ذلك.
            """)
        let cd = try #require(c.units.first { $0.label == .denied })
        #expect(cd.contests.isEmpty)
        #expect(cd.contestMatch?.setAside == 0)
    }

    @Test("a verb cue limited to some subjects and set aside (a document verb under a person) is the claim's content, not its framing: the denial still links by it")
    func setAsideVerbIsContent() throws {
        let pack = Self.pack + """

              - id: document.dealt
                kind: report
                subjects: [document]
                patterns: ["تناول|يتناول"]
            """
        let auditor = try Auditor(pack: try TestSupport.pack(["p.yml": pack]))
        let a = auditor.audit(test: """
            خبر
            وأكد النادي أن اللاعب تناول المنشطات قبل المباراة.
            ونفى اللاعب تناوله المنشطات.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(a.units[1].evidence.contains { $0.rule == "document.dealt" })
        #expect(denial.contests == [1], "\(String(describing: denial.contestMatch))")
        #expect(denial.contestMatch?.shared.contains { $0.hasPrefix("تناول") } == true, "\(String(describing: denial.contestMatch?.shared))")
    }

    @Test("a report told again later (وكانت ... قد تناقلت تقارير تفيد) is disputed too; a claim sharing a topic word or two is not")
    func restatedReport() throws {
        let a = try auditor().audit(test: """
            وقال مصدر مطلع إن الوزارة فرضت قيودا مشددة على سفر المواطنين الشباب إلى سبع دول تشهد نزاعات مسلحة.
            ونفت وزارة الداخلية فرض قيود على سفر المواطنين إلى الدول التي تشهد نزاعات.
            وارتفعت درجات الحرارة في العاصمة أمس.
            وكانت مواقع إخبارية قد تناقلت تقارير تفيد بأن الوزارة فرضت قيودا مشددة على سفر المواطنين الشباب إلى سبع دول تشهد نزاعات مسلحة وقريبة منها.
            وقال مصدر مطلع إن الوزارة ستفتح مكتبا جديدا للجوازات في العاصمة.
            """)
        let denial = a.units[1]
        #expect(denial.label == .denied)
        #expect(denial.contests == [0, 3])
        #expect(a.units[3].contestedBy == [1])
    }

    @Test("a denial whose object says what was reported (ما يتردد عن أن ...) is matched by those words, not linked to the claim before it; a pointing object (هذه الأنباء) still is")
    func statedObject() throws {
        let stated = try auditor().audit(test: """
            وارتفعت أسعار الذهب في الأسواق أمس.
            ونفت الوزارة ما يتردد عن أن الحكومة سترفع أسعار الوقود.
            """)
        #expect(stated.units[1].label == .denied)
        #expect(stated.units[1].contests.isEmpty)
        let pointing = try auditor().audit(test: """
            وارتفعت أسعار الذهب في الأسواق أمس.
            ونفت الوزارة هذه الأنباء.
            """)
        #expect(pointing.units[1].contests == [0])
    }

    @Test("a denial of what is said (ما يتردد عن أن ...) disputes a report or someone's claim sharing its words, not the writer's narration sharing them")
    func reportedNotNarration() throws {
        let narrated = try auditor().audit(test: """
            وبات اللاعب فيصل على مقربة من إتمام صفقة انتقاله إلى النادي مقابل ثمانية ملايين.
            ونفت الإدارة ما يتردد عن أن صفقة اللاعب فيصل تمهيد لبيع عقد المدافع.
            """)
        #expect(narrated.units[0].label == .unsourced)
        #expect(narrated.units[1].label == .denied)
        #expect(narrated.units[1].contests.isEmpty)
        let reported = try auditor().audit(test: """
            وقال مصدر مطلع إن صفقة اللاعب فيصل تمهيد لبيع عقد المدافع.
            ونفت الإدارة ما يتردد عن أن صفقة اللاعب فيصل تمهيد لبيع عقد المدافع.
            """)
        #expect(reported.units[1].contests == [0])
    }

    @Test("a further link needs three shared words: a second claim sharing two (the topic and a chance word) with the denial is not linked; one sharing more is")
    func runnerUpNeedsMore() throws {
        let two = try auditor().audit(test: """
            وقال مصدر مطلع إن المتمردين أسقطوا الطائرة فوق القرية.
            وقال مصدر أمني إن الحكومة قدمت مسودة مضادة بشأن الطائرة.
            ونفت روسيا تزويد المتمردين بصواريخ مضادة للطائرات.
            """)
        #expect(two.units[2].label == .denied)
        #expect(two.units[2].contests.count == 1)
        let three = try auditor().audit(test: """
            وقال مصدر مطلع إن المتمردين أسقطوا الطائرة بصواريخ مضادة فوق القرية.
            وقال مصدر أمني إن المتمردين تسلموا صواريخ مضادة للطائرات من الحدود.
            ونفت روسيا تزويد المتمردين بصواريخ مضادة للطائرات.
            """)
        #expect(three.units[2].contests == [0, 1])
    }

    @Test("a denied headline that shares too little with the claims takes the links of the text's first denial, and explains it")
    func headlineDenial() throws {
        let a = try auditor().audit(test: """
            الشركة تنفي إفلاسها
            وقال مصدر مطلع إن المصنع أغلق أبوابه وسرح العمال كلهم أمس.
            ونفت الشركة إغلاق المصنع وتسريح العمال.
            """)
        #expect(a.units[0].label == .denied)
        #expect(a.units[2].contests == [1])
        #expect(a.units[0].contests == [1])
        #expect(a.units[0].contestMatch?.headlineOf == 2)
        #expect(a.units[1].contestedBy == [0, 2])
    }

    @Test("a later denial that states the claim before denying it (... وهو الأمر الذي نفاه المصدر) is disputed by the earlier denial, and never disputes itself")
    func claimThenDenied() throws {
        let a = try auditor().audit(test: """
            ونفى مصدر أمني ما أشيع عن أن الحكومة أغلقت المعبر الحدودي أمام المسافرين.
            وكانت وسائل إعلامية تحدثت عن إغلاق المعبر الحدودي أمام المسافرين أمس وهو الأمر الذي نفاه المصدر.
            """)
        #expect(a.units.map(\.label) == [.denied, .denied])
        #expect(a.units[0].contests == [1])
        #expect(!a.units[1].contests.contains(1))
    }

    @Test("a headline denial is not what the text's denial disputes; the next sentence of a rebuttal disputes what it continues")
    func rebuttalContinues() throws {
        let a = try auditor().audit(test: """
            الوزارة تنفي رفع أسعار الوقود
            وقال مصدر أمني إن الحكومة سترفع أسعار الوقود الشهر المقبل.
            ونفت وزارة الطاقة أن تكون الحكومة سترفع أسعار الوقود.
            وقالت: أنا مقتنع ببراءتي.
            """)
        let denials = a.units.filter { $0.label == .denied }
        #expect(denials.map(\.index) == [0, 2, 3])
        #expect(denials[1].contests.contains(1))
        #expect(!denials[1].contests.contains(0))
        // shares no word with any claim: it continues the rebuttal before it
        #expect(!denials[2].contests.isEmpty)
        #expect(denials[2].contests == denials[1].contests)
    }

    @Test("someone else's denial right after a denial, with no claim of its own to dispute, answers that denial; the denier's own next sentence still disputes what its denial disputes")
    func replyToDenial() throws {
        let a = try auditor().audit(test: """
            وقال مصدر أمني إن الحكومة سترفع أسعار الوقود الشهر المقبل.
            ونفت وزارة الطاقة أن تكون الحكومة سترفع أسعار الوقود.
            وقال النائب خالد العمري: أنا مقتنع ببراءتي.
            """)
        let denials = a.units.filter { $0.label == .denied }
        #expect(denials.map(\.index) == [1, 2])
        #expect(denials[0].contests == [0])
        // another speaker: it answers the denial before it, not what that denial disputes
        #expect(denials[1].contests == [1], "\(String(describing: denials[1].contestMatch))")
        #expect(a.units[1].contestedBy == [2])
    }

    @Test("a claim of the denier negating what its denial holds restates the denial (before or after it); another negation of the denier, or another speaker's, does not")
    func restatedDenial() throws {
        let a = try auditor().audit(test: """
            النادي يؤكد أن اللاعب لم يفقد وعيه
            وسقط اللاعب بعد الاصطدام وبدا أنه فقد وعيه.
            ونفى النادي تكهنات عن فقدان اللاعب وعيه بعد الاصطدام.
            وقال النادي إن المدرب لن يغير التشكيلة.
            """)
        let labels = a.units.map(\.label)
        #expect(labels == [.denied, .unsourced, .denied, .named])
        let other = try auditor().audit(test: """
            ونفى النادي تكهنات عن فقدان اللاعب وعيه بعد الاصطدام.
            وقال مصدر أمني إن اللاعب لم يفقد وعيه.
            """)
        #expect(other.units.map(\.label) == [.denied, .anonymous])
        // the headline is denied by the later denial's words, and says so
        #expect(a.units[0].why?.description.contains("restates the denial of its source in unit 3") == true)
        #expect(a.units[0].rule == "rebuttal.negation")
        #expect(a.summary.counts[.denied] == 2)
        // a restated denial links like any other: to the claim it disputes
        #expect(a.units[0].contests == [1])
    }

    /// `pack` with an accusation: its reporting cue and its `accusation` cue on the same words.
    static let accusationPack = pack + """

          - id: report.ittahama
            kind: report
            patterns: ["اتهم|واتهم|واتهموا"]
          - id: accusation.verb
            kind: accusation
            patterns: ["اتهم|واتهم|واتهموا"]
        """

    @Test("a claim negating the act an accusation just before charges is the accused's answer: denied, disputing the accusation; the accuser's own negation, or a negation of something else, is not")
    func answeredAccusation() throws {
        let auditor = try Auditor(pack: try TestSupport.pack(["p.yml": Self.accusationPack]), policy: FailurePolicy(labels: []))
        let a = try auditor.audit(test: """
            واتهم مصدر أمني النادي بتزوير نتائج المباراة الأخيرة.
            وأكد النادي أنه لم يزور نتائج المباراة.
            """)
        #expect(a.units.map(\.label) == [.anonymous, .denied])
        #expect(a.units[1].rule == "rebuttal.negation")
        #expect(a.units[1].why?.description.contains("negates what the accusation of unit 1") == true)
        // the answer disputes the accusation the labeller found it negating
        #expect(a.units[1].contests == [0])
        #expect(a.units[0].contestedBy == [1])
        let accuser = try auditor.audit(test: """
            واتهم مصدر أمني النادي بتزوير نتائج المباراة الأخيرة.
            وقال مصدر أمني إن النادي لم يزور نتائج المباراة.
            """)
        #expect(accuser.units.map(\.label) == [.anonymous, .anonymous])
        let other = try auditor.audit(test: """
            واتهم مصدر أمني النادي بتزوير نتائج المباراة الأخيرة.
            وأكد النادي أنه لن يغير المدرب.
            """)
        #expect(other.units.map(\.label) == [.anonymous, .named])
        #expect(other.units[1].contests.isEmpty)
    }

    @Test("a denied headline disputes no denial of the text, even one stating the report before it denies it: that denial is the headline's news told in full")
    func headlineDisputesNoDenial() throws {
        let a = try auditor().audit(test: """
            الوزارة تنفي رفع أسعار الوقود
            وتناقلت وسائل الإعلام أنباء عن رفع أسعار الوقود الشهر المقبل وهو الأمر الذي نفاه مصدر مطلع.
            """)
        #expect(a.units.map(\.label) == [.denied, .denied])
        #expect(a.units[0].kind == .headline)
        #expect(!a.units[0].contests.contains(1))
        #expect(a.units[1].contestedBy.isEmpty)
    }

    @Test("a rebuttal goes on: the denial's quotation in its paragraph (three claims at most), and the denier's next claim whose negation names two of its words; another speaker between, or a negation about something else, ends it")
    func rebuttalGoesOn() throws {
        let quoted = try auditor().audit(test: """
            ونفى النادي تكهنات عن فقدان اللاعب وعيه، وقال: "لم يتعرض اللاعب لأي إصابة. الفحوص الطبية سليمة تماما. سيشارك في التدريبات غدا. وسيكون جاهزا للمباراة. وسيسافر مع الفريق".
            """)
        #expect(quoted.units.map(\.label) == [.denied, .denied, .denied, .denied, .named])
        #expect(quoted.units[1].why?.description.contains("goes on with its source's rebuttal of unit 1") == true)
        #expect(quoted.units[1].proposals.contains { $0.description.contains("continues the quotation") })
        let negated = try auditor().audit(test: """
            ونفى النادي تكهنات عن فقدان اللاعب وعيه.
            وأكد النادي أن فقدان اللاعب وعيه لم يحدث في أي وقت.
            """)
        #expect(negated.units.map(\.label) == [.denied, .denied])
        #expect(negated.units[1].rule == "rebuttal.negation")
        #expect(negated.units[1].why?.description.contains("goes on with") == true)
        let elsewhere = try auditor().audit(test: """
            ونفى النادي تكهنات عن فقدان اللاعب وعيه.
            وأكد النادي أن المدرب لن يغير التشكيلة.
            """)
        #expect(elsewhere.units.map(\.label) == [.denied, .named])
        let between = try auditor().audit(test: """
            ونفى النادي تكهنات عن فقدان اللاعب وعيه.
            وقال مصدر أمني إن اللاعب سقط أرضا.
            وأكد النادي أن فقدان اللاعب وعيه لم يحدث في أي وقت.
            """)
        #expect(between.units.map(\.label) == [.denied, .anonymous, .named])
        // a continued rebuttal is read back from the wire with its reason
        var bytes: [UInt8] = []
        AuditWire.write(.audit(quoted)) { bytes += $0 }
        guard case .audit(let back)? = AuditWire.read(bytes) else { Issue.record("not read back"); return }
        #expect(back.units[1].why == quoted.units[1].why)
    }

    @Test("a denying headline, then the body's denial that opens a quotation: the rebuttal goes on in the body's quotation (its paragraph), not the headline's")
    func rebuttalGoesOnAfterDenyingHeadline() throws {
        let a = try auditor().audit(test: """
            النادي ينفي فقدان اللاعب وعيه
            ونفى النادي تكهنات عن فقدان اللاعب وعيه، وقال: "لم يتعرض اللاعب لأي إصابة. الفحوص الطبية سليمة تماما. وسيكون جاهزا للمباراة".
            وقال النادي إن الفريق يسافر غدا.
            """)
        #expect(a.units.map(\.label) == [.denied, .denied, .denied, .denied, .named])
        #expect(a.units[2].why?.description.contains("goes on with its source's rebuttal") == true)
        // the quotation alone carries it, as without the headline
        #expect(a.units[2].rule == nil)
    }

    @Test("a denial that states what it disputes before denying it (وكانت وسائل الإعلام قد نشرت أنباء ... لكن الحركة تنفي صحتها) disputes its own words, not the headline that shares a few")
    func statesThenDenies() throws {
        let a = try auditor().audit(test: """
            مقتل زعيم الحركة في غارة جوية
            وكانت وسائل الإعلام قد نشرت في وقت سابق مرارا أنباء عن مقتل زعيم الحركة لكن الحركة كانت دائما تنفي صحتها.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests.isEmpty)
        #expect(a.units[0].contestedBy.isEmpty)
        // explain gives the threshold this denial was held to: a restatement's; the unsourced
        // headline is not weighed (it sums up the news), so no candidate is left
        let m = try #require(denial.contestMatch)
        #expect(m.candidate == nil && m.threshold == Standards.restatement)
    }

    @Test("a verbal noun with a first و or ف of its own (فقدان، وعيه) meets its verb (يفقد) and its other spellings (للوعي); the denier's name is not what it disputes")
    func stemsAndNames() throws {
        let a = try auditor().audit(test: """
            وسقط اللاعب أرضا وبدا أنه يعاني من فقدان للوعي.
            وتعرض النادي لانتقادات حادة من الجماهير بعد المباراة.
            ونفى النادي أن يكون اللاعب قد فقد وعيه بعد الاصطدام.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests == [0])
        let m = try #require(denial.contestMatch)
        #expect(m.shared.contains("عيه"))
        // النادي names the denier: the criticism of the club shares it, and is not disputed
        #expect(a.units[1].contestedBy.isEmpty)
    }

    @Test("the denial's object decides between two claims it shares words with: the one its object names wins")
    func objectPhrase() throws {
        let a = try auditor().audit(test: """
            وقال مصدر أمني إن الحكومة ستغلق مصانع الإسمنت في الشمال.
            وقال مسؤول إن الأمطار أغلقت الطرق الرئيسية في العاصمة.
            ونفت الوزارة إغلاق مصانع الإسمنت في الشمال، مضيفة أن الطرق الرئيسية في العاصمة مفتوحة.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        // each claim shares three words with the denial (a tie the nearer claim would win), but
        // only the first shares the denial's object (إغلاق مصانع الإسمنت في الشمال)
        #expect(denial.contestMatch?.candidate == 0)
        #expect(denial.contests == [0])
    }

    @Test("what the denier reports others saying may be what it disputes (وقال تادرس إن البعض ربط ...), not what it says itself")
    func denierReportsOthers() throws {
        let a = try auditor().audit(test: """
            وقال المسؤول إن البعض ربط ارتفاع الحرارة بالعاصفة الشمسية.
            ونفى المسؤول وجود علاقة بين ارتفاع الحرارة والعاصفة الشمسية.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests == [0])
        let b = try auditor().audit(test: """
            وقال المسؤول إن ارتفاع الحرارة مرتبط بالعاصفة الشمسية.
            ونفى المسؤول وجود علاقة بين ارتفاع الحرارة والعاصفة الشمسية.
            """)
        let own = try #require(b.units.first { $0.label == .denied })
        #expect(b.units[0].sources.map(\.id) == own.sources.map(\.id))
        #expect(own.contests.isEmpty)
    }

    @Test("the score's anonymous_without_reason penalty follows reason_given: the bare condition is penalised, a stated reason is not")
    func scorePenaltyFollowsFlag() throws {
        let a = try auditor().audit(test: """
            وقال مسؤول طلب عدم ذكر اسمه لأنه غير مخول إن الاجتماع تأجل.
            وقال مصدر أمني طلب عدم ذكر اسمه إن القرار نهائي.
            """)
        let reason = a.units[0], condition = a.units[1]
        #expect(reason.label == .anonymous && condition.label == .anonymous)
        #expect(reason.flags.contains(.reasonGiven) && !condition.flags.contains(.reasonGiven))
        let penalty = ScoringConfig().anonymousWithoutReason
        #expect(penalty > 0)
        #expect(try #require(reason.score) - #require(condition.score) == penalty)
    }

    @Test("a negated denial verb is no denial: لا ينفي أن")
    func negatedDenial() throws {
        let a = try auditor().audit(test: """
            وقال الوزير إن هذا لا ينفي أن الأسعار سترتفع.
            وقال الوزير إن الوزارة تنفي أن الأسعار سترتفع.
            """)
        #expect(a.units[0].label == .named)
        #expect(a.units[1].label == .denied)
    }

    @Test("a denial said not to have been made is no denial: دون أن ينفي (kinds31)")
    func deniedNotMade() throws {
        let a = try auditor().audit(test: """
            وقال الوزير إن الأزمة انتهت دون أن ينفي وجود خلافات.
            وقال الوزير إن الأزمة انتهت ثم نفى وجود خلافات.
            """)
        #expect(a.units[0].label == .named)
        #expect(a.units[1].label == .denied)
    }

    @Test("a denial that shares nothing with any claim links to none, and explains its best candidate below the threshold")
    func noContest() throws {
        let a = try auditor().audit(test: """
            وارتفعت درجات الحرارة في العاصمة أمس.
            ونفت الشركة وجود خلل في أنظمتها.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests.isEmpty)
        let m = try #require(denial.contestMatch)
        #expect(m.score < m.threshold)
        #expect(a.units.allSatisfy { $0.contestedBy.isEmpty })
    }

    @Test("policy: require_anonymity_basis fails the claims lacking it; the shares and min_sources fail the article")
    func policy() throws {
        let text = """
            وقال مسؤول طلب عدم ذكر اسمه لأنه غير مخول إن الاجتماع تأجل.
            وقالت مصادر مطلعة إن الخلاف كبير.
            """
        var p = FailurePolicy(labels: [])
        #expect(try auditor(p).audit(test: text).summary.failed == false)
        p.requireAnonymityBasis = .reason
        var a = try auditor(p).audit(test: text)
        #expect(a.summary.failing == 1)
        #expect(a.summary.reasons.contains { $0.contains("require_anonymity_basis") })
        p.requireAnonymityBasis = .both
        a = try auditor(p).audit(test: text)
        #expect(a.summary.failing == 2)
        p = FailurePolicy(labels: [], maxAnonymousShare: 0.5)
        a = try auditor(p).audit(test: text)
        #expect(a.summary.failed && a.summary.reasons.contains { $0.contains("max_anonymous_share") })
        p = FailurePolicy(labels: [], minSources: 3)
        a = try auditor(p).audit(test: text)
        #expect(a.summary.standards.sources == 2)
        #expect(a.summary.failed && a.summary.reasons.contains { $0.contains("min_sources") })
        p = FailurePolicy(labels: [], maxSingleSourceShare: 0.6)
        a = try auditor(p).audit(test: text + "\nوأضاف أن الموعد لم يحدد.\n")
        #expect(a.summary.standards.largestSourceShare > 0.6)
        #expect(a.summary.failed && a.summary.reasons.contains { $0.contains("max_single_source_share") })
    }

    /// The pack with a few more cues: a body, an accusation, a participle of saying, a rebuttal.
    static let morePack = pack + """

          - id: organization.bodies
            kind: organization
            patterns: ["الحركة|الوزارة|روسيا|هوكستين|كييف|موسكو"]
          - id: report.more
            kind: report
            patterns: ["مؤكدا|مؤكدة|توجه|اتهمت|تتهم"]
          - id: denial.untrue
            kind: denial
            patterns: ["ليس صحيحا"]
        """

    func moreAuditor() throws -> Auditor {
        try Auditor(pack: try TestSupport.pack(["p.yml": Self.morePack]), policy: FailurePolicy(labels: []))
    }

    @Test("a denial after the report it states and a contrast (… أنباء عن مقتل زعيم طالبان، لكن الحركة كانت تنفي صحتها) disputes its own words though the denier is named right before the cue; without the contrast the words before are the denier's framing, and it still links")
    func reportThenContrastedDenier() throws {
        let a = try moreAuditor().audit(test: """
            مقتل زعيم طالبان الملا عمر
            وكانت وسائل الإعلام قد نشرت في وقت سابق مرارا أنباء عن مقتل زعيم طالبان، لكن الحركة كانت دائما تنفي صحتها.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.sources.contains { $0.text.contains("الحركة") })
        #expect(denial.contests.isEmpty)
        #expect(denial.contestMatch?.threshold == Standards.restatement)
        let b = try moreAuditor().audit(test: """
            وقالت مصادر مطلعة إن الوزير التقى السفير سرا في العاصمة.
            وفي بيان نشرته الوكالة الرسمية صباح اليوم عن الوزارة نفت الوزارة أي لقاء بين الوزير والسفير.
            """)
        let other = try #require(b.units.first { $0.label == .denied })
        #expect(other.contestMatch?.threshold == Standards.threshold)
        #expect(other.contests == [0])
    }

    @Test("a denial that states someone's accusation, then turns to its denier (وتتهم كييف روسيا …، إلا أن موسكو تنفي ذلك), points back to that accusation, not to the claim before it")
    func accusationThenDenied() throws {
        let a = try moreAuditor().audit(test: """
            وفشل اتفاق الهدنة المعلن في فبراير في وقف المعارك.
            وتتهم كييف روسيا بتأجيج التمرد والمشاركة فيه، إلا أن موسكو تنفي ذلك باستمرار.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.index == 1)
        #expect(denial.contests.isEmpty)
        #expect(a.units[0].contestedBy.isEmpty)
        // the same pointing denial with no accusation of its own before it disputes the claim before it
        let b = try moreAuditor().audit(test: """
            وقالت مصادر مطلعة إن روسيا تؤجج التمرد في الشرق.
            لكن موسكو تنفي ذلك باستمرار.
            """)
        #expect(b.units.first { $0.label == .denied }?.contests == [0])
    }

    @Test("a denial does not dispute an earlier denial of the same body (نفت شرطة منطقة مكة … / ونفى الناطق باسم شرطة منطقة مكة …): the same denial told again")
    func sameBodyDenials() throws {
        let a = try moreAuditor().audit(test: """
            ونفت شرطة منطقة مكة ما تم تداوله عن سرقة صراف البنك في جدة.
            ونفى الناطق باسم شرطة منطقة مكة سرقة صراف البنك في جدة.
            """)
        let denials = a.units.filter { $0.label == .denied }
        #expect(denials.count == 2)
        #expect(denials.last?.contests.isEmpty == true)
    }

    @Test("a claim whose first source shares a word of a person's name with the denier (آصف beside وزير الدفاع خواجه آصف, two sources the resolver kept apart) is the denier's own, not what it disputes; a body's word shared (الحركة) does not make it so")
    func denierKeptApart() throws {
        let c = try TestSupport.shippedClaims("""
            وذكرت صحف محلية أن الملا عمر مات في مستشفى بمدينة كراتشي قبل عامين.
            وقال آصف مخاطبا البرلمان إن الملا عمر لم يمت في باكستان ولم يدفن في مدينة كراتشي.
            ونفى وزير الدفاع الباكستاني خواجه آصف وفاة الملا عمر في مدينة كراتشي.
            """)
        try #require(c.count == 3)
        #expect(c[2].label == .denied)
        // the resolver keeps the two mentions apart (the first ran on into مخاطبا البرلمان): both persons
        #expect(c[1].sources.first?.kind == .person && c[2].sources.first?.kind == .person)
        #expect(c[1].sources.first?.id != c[2].sources.first?.id)
        // before: linked to unit 1, the minister's own words to parliament
        #expect(c[2].contests == [0])
        #expect(c[1].contestedBy.isEmpty)
        // a body's word shared with the report's own source does not hide the report
        let b = try moreAuditor().audit(test: """
            وقال مسؤول في الحركة إن الوزير التقى السفير سرا في العاصمة.
            ونفت الحركة أي لقاء بين الوزير والسفير في العاصمة.
            """)
        #expect(b.units.first { $0.label == .denied }?.contests == [0])
    }

    @Test("a denier set before كان قد with no comma, after the background يذكر أن (يذكر أن سفير بنجلاديش لدى المملكة كان قد نفى …), is its own source: the claim of the anonymous sources before it is what it disputes")
    func pluperfectDenierAfterComplement() throws {
        let c = try TestSupport.shippedClaims("""
            وأرجعت مصادر وقف الاستقدام إلى رفض الهند إرسال العمالة المنزلية النسائية أولا.
            يذكر أن سفير الهند لدى المملكة كان قد نفى في وقت سابق صحة الحديث عن رفض بلاده إرسال العمالة المنزلية النسائية أولا.
            """)
        try #require(c.count == 2)
        #expect(c[0].label == .anonymous)
        #expect(c[1].label == .denied)
        // before: the bare «قد نفى» took the sources back (مصادر), its own claim then the denier's
        #expect(c[1].sources.map(\.text) == ["سفير الهند"])
        #expect(c[1].contests == [0])
    }

    @Test("a denial does not dispute its own denier's earlier denial, though that one states the report it denies (… وهو الأمر الذي نفاه الحربي, then ونفى الحربي …): the rebuttal goes on, it does not answer itself")
    func ownEarlierDenial() throws {
        let a = try auditor().audit(test: """
            وقال مسؤول إن الحكومة ستغلق المعبر الحدودي أمام الشاحنات.
            وكانت وسائل إعلامية تحدثت عن تسريح موظفي المعبر وهو الأمر الذي نفاه الحربي.
            ونفى الحربي أن تسريح موظفي المعبر بدأ.
            """)
        #expect(a.units.map(\.label) == [.anonymous, .denied, .denied])
        #expect(a.units[2].sources.first?.id == a.units[1].sources.first?.id)
        // before: linked to unit 1, the words it shares (تسريح موظفي المعبر) being its own denial's
        #expect(!a.units[2].contests.contains(1))
        #expect(a.units[1].contestedBy.isEmpty)
    }

    @Test("a claim restating what the denier affirms (a headline over «أكد … أن …، وأضاف … أن ذلك ليس صحيحا») is not what it disputes; a claim sharing a word or two of a counter-accusation still is")
    func denierAffirms() throws {
        let a = try moreAuditor().audit(test: """
            مسؤول: دول الخليج مهمة لأمريكا رغم زيادة إنتاج النفط الأمريكي
            أكد هوكستين أن دول الخليج مهمة لأمريكا رغم زيادة إنتاج النفط الأمريكي، وأضاف ردا على سؤال عن تراجع أهمية الخليج أن ذلك ليس صحيحا.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.index == 1)
        #expect(denial.contests.isEmpty)
        #expect(a.units[0].contestedBy.isEmpty)
        let b = try moreAuditor().audit(test: """
            واتهمت أوكرانيا الانفصاليين الموالين لروسيا بإسقاط الطائرة فوق شرق البلاد.
            وتنفي روسيا أية مسؤولية عن إسقاط الطائرة وتوجه أصابع الاتهام للجيش الأوكراني.
            """)
        let other = try #require(b.units.first { $0.label == .denied })
        #expect(other.contests == [0])
    }

    @Test("a later claim the denier speaks first in is its own, though a further source follows (وأكد المصدر أن مصر ترى …): not what it disputes")
    func denierSpeaksFirst() throws {
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        let a = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            ونفى مصدر دبلوماسي مصري مسؤول وجود أي تغيير في موقف القاهرة من الأزمة السورية.
            وأكد المصدر أن مصر ترى أن موقف القاهرة من الأزمة السورية ثابت منذ بدايتها.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        let own = a.units[1]
        #expect(own.sources.first?.id == denial.sources.first?.id)
        #expect(own.sources.count == 2)
        #expect(denial.contests.isEmpty)
        #expect(own.contestedBy.isEmpty)
    }

    @Test("a denial that names the source it contradicts (خلافا لما ذكره المرصد) disputes that source's claims, though the resolver took the name back to the denier")
    func contestedSourceNamed() throws {
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        let a = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            نفت وزارة الدفاع الأمريكية اعتقال الشرطة التركية لمقاتلين شاركوا في برنامجها لتدريب المعارضة، خلافا لما ذكره المرصد السوري لحقوق الإنسان.
            وقال المرصد إن «الشرطة التركية اعتقلت الخميس عشرة مقاتلين أثناء عودتهم من معسكر التدريب في الجنوب».
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests == [1])
        #expect(a.units[1].contestedBy == [denial.index])
    }

    @Test("a denial that names no more than whom it contradicts (نفى لاريجاني ما قاله المعهد) disputes that source's first claim before it, though a denial itself, sharing no word with it")
    func contestedSourceOnlyNamed() throws {
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        let a = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            وشكك معهد بحثي أمريكي في تفسير الحكومة للنشاط في المصنع قائلا إن الشاحنات لا صلة لها بأعمال الصيانة.
            وقال وزير الصناعة إن الأنشطة في المصنع لها علاقة بأعمال الصيانة.
            ونفى رئيس البرلمان ما قاله المعهد أيضا.
            """)
        #expect(a.units[0].label == .denied)
        let denial = try #require(a.units.last { $0.label == .denied })
        #expect(denial.index == 2)
        #expect(denial.contests == [0])
        #expect(a.units[0].contestedBy.contains(2))
    }

    @Test("a denial that calls a speaker's statements false (ووصف المبعوث تصريحات الخالدي بأنها «مبالغ فيها») disputes that speaker's claim, as one naming «ما قاله الخالدي»; a claim noun the denial does not take as its object (احتجاجا على تصريحات الخالدي …، لكن مصادر رسمية نفت أن …) names no one it disputes")
    func claimNounNamesContested() throws {
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        let a = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            عنوان الخبر
            وقال سالم الخالدي رئيس الحكومة إن آلاف المهاجرين يحاولون عبور الحدود كل أسبوع.
            وقال خالد العمر رئيس البرلمان إن الجلسة تأجلت إلى الأسبوع المقبل.
            ووصف المبعوث الدولي تصريحات الخالدي بأنها «مبالغ فيها»، وقال إن الأعداد أقل بكثير.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.index == 3)
        // before: it shared no two words with the claim, and linked nothing
        #expect(denial.contests == [1])
        #expect(a.units[1].contestedBy == [3])
        let b = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            عنوان الخبر
            وقال سالم الخالدي رئيس الحكومة إن آلاف المهاجرين يحاولون عبور الحدود كل أسبوع.
            وغادر السفير البلاد احتجاجا على تصريحات الخالدي حول المهاجرين خلال زيارته للمدينة الساحلية، لكن مصادر رسمية نفت أن يكون السفير قد استدعي للتشاور.
            """)
        let other = try #require(b.units.first { $0.label == .denied })
        #expect(other.contests.isEmpty)
    }

    @Test("a denial that spells out the charge it denies (ترفض الحكومة اتهامات من المعارضة بأنها أيدت …) disputes no claim that only shares its topic, though it shares many words; an accusation before it (وتتهم أوكرانيا المتمردين بإسقاط الطائرة) it still answers")
    func chargeStatedInObject() throws {
        let shipped = try RuleLoader.load(directories: [TestSupport.rules])
        let a = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            عنوان الخبر
            وقال البيت الأبيض في بيان إن الزعيمين ناقشا التعاون في قتال تنظيم الدولة الإسلامية المتشدد في سوريا.
            وترفض الحكومة التركية اتهامات من المعارضة بأنها أيدت ضمنا متشددي تنظيم الدولة الإسلامية الذين ينشطون في سوريا.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.index == 2)
        #expect(denial.contests.isEmpty)
        #expect(a.units[1].contestedBy.isEmpty)
        // weighed, and set aside against the restatement's threshold (before: linked at 0.12)
        let match = try #require(denial.contestMatch)
        #expect(match.candidate == 1)
        #expect(match.score >= Standards.threshold)
        #expect(match.threshold == Standards.restatement)
        let b = try Auditor(pack: shipped, policy: FailurePolicy(labels: [])).audit(test: """
            عنوان الخبر
            وتتهم أوكرانيا والدول الغربية المتمردين بإسقاط الطائرة بصاروخ روسي الصنع.
            لكن موسكو ترفض اتهامات بأنها زودت المتمردين بصواريخ مضادة للطائرات.
            """)
        let answer = try #require(b.units.first { $0.label == .denied })
        #expect(answer.contests == [1])
    }

    /// The shipped pack (Rules/): its places (entity.state, entity.capital) and denial cues.
    static let shipped: RulePack = try! RuleLoader.load(directories: [TestSupport.rules])

    @Test("a denial and another side's denial that disputes the account of the denier's side by name (شكك معهد في تفسير إيران) dispute each other, though the second comes later and they share few words")
    func counterCharge() throws {
        let auditor = try Auditor(pack: Self.shipped, policy: FailurePolicy(labels: []))
        let a = auditor.audit(test: """
            خبر
            ونفت إيران وجود أنشطة نووية في الموقع العسكري.
            وشكك معهد أمريكي في تفسير إيران للصور الجديدة.
            """)
        let denials = a.units.filter { $0.label == .denied }
        try #require(denials.count == 2)
        #expect(denials[0].contests == [denials[1].index], "\(String(describing: denials[0].contestMatch))")
        #expect(denials[0].contestMatch?.counterCharges == [denials[1].index])
        // the same doubt with no account named (في الصور الجديدة) is no charge against the denier
        let b = auditor.audit(test: """
            خبر
            ونفت إيران وجود أنشطة نووية في الموقع العسكري.
            وشكك معهد أمريكي في الصور الجديدة.
            """)
        #expect(b.units.first { $0.label == .denied }?.contestMatch?.counterCharges == [])
    }

    @Test("places and nationalities alone (الإيراني، طهران) are not enough for a link: they are the story's setting")
    func placesAloneDoNotLink() throws {
        let auditor = try Auditor(pack: Self.shipped, policy: FailurePolicy(labels: []))
        let a = auditor.audit(test: """
            خبر
            وقال الرئيس الإيراني في طهران إن الاقتصاد ينمو بسرعة.
            ونفت الوزارة أي دور إيراني في طهران أمس.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests.isEmpty, "\(String(describing: denial.contestMatch))")
        func letters(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        #expect(Standards.isPlaceWord(letters("الايرانيين")[...], [letters("ايران")]))
        #expect(Standards.isPlaceWord(letters("بطهران")[...], [letters("طهران")]))
        #expect(!Standards.isPlaceWord(letters("الاقتصاد")[...], [letters("ايران"), letters("طهران")]))
    }

    @Test("a counter link is not inherited: the same denier's next denial, of something else, does not dispute the side it charged")
    func counterChargeNotInherited() throws {
        let auditor = try Auditor(pack: Self.shipped, policy: FailurePolicy(labels: []))
        let a = auditor.audit(test: """
            خبر
            ونفت إيران وجود أنشطة نووية في الموقع العسكري.
            وشكك معهد أمريكي في تفسير إيران للصور الجديدة.
            ونفى المعهد أن يكون قد تلقى تمويلا من جهات أجنبية.
            """)
        let denials = a.units.filter { $0.label == .denied }
        try #require(denials.count == 3)
        #expect(denials[0].contests == [denials[1].index])
        #expect(denials[2].contests.isEmpty, "\(String(describing: denials[2].contestMatch))")
        #expect(denials[2].contestMatch?.continues == nil)
    }

    @Test("a place matches whole words only: مصرف is not مصر; a place's nationality and its own endings are the place")
    func samePlaceWholeWords() throws {
        func letters(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        #expect(!Standards.samePlace(letters("مصر"), letters("مصرف")))
        #expect(Standards.samePlace(letters("اير"), letters("ايران")))
        #expect(Standards.samePlace(letters("سور"), letters("سوريا")))
        #expect(Standards.samePlace(letters("مصر"), letters("مصري")))
        let auditor = try Auditor(pack: Self.shipped, policy: FailurePolicy(labels: []))
        let a = auditor.audit(test: """
            خبر
            ونفت مصر وجود أي نقص في احتياطي القمح لديها.
            وشكك خبراء في تفسير مصرف لبنان المركزي لتراجع الليرة.
            """)
        #expect(a.units.allSatisfy { $0.contests.isEmpty })
    }

    @Test("a nationality adjective right after a given name is a family name, not a place (الفنان أيمن السوري)")
    func nisbaFamilyName() throws {
        func letters(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        let places: Set<[Unicode.Scalar]> = [letters("سوريا"), letters("بيروت")]
        #expect(Standards.isNisbaName(letters("السوري")[...], after: letters("ايمن")[...], places))
        #expect(!Standards.isNisbaName(letters("السوري")[...], after: letters("الرئيس")[...], places))
        #expect(!Standards.isNisbaName(letters("السوريه")[...], after: letters("وكاله")[...], places))
        let auditor = try Auditor(pack: Self.shipped, policy: FailurePolicy(labels: []))
        let a = auditor.audit(test: """
            خبر
            وذكرت مصادر أن المطرب سامي المصري سيقيم حفلا كبيرا في بيروت.
            ونفى مدير أعمال المصري إقامة أي حفل في بيروت.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests == [1], "\(String(describing: denial.contestMatch))")
    }

    @Test("an accusation links on places alone only when it names the denier's side (not an accusation of others beside a denial sharing their city)")
    func accusationNeedsDenierSide() throws {
        let auditor = try Auditor(pack: Self.shipped, policy: FailurePolicy(labels: []))
        let a = auditor.audit(test: """
            خبر
            واتهمت الحكومة الأوكرانية الانفصاليين بقصف مبان في كييف.
            ونفت روسيا إغلاق سفارتها في كييف أمام المواطنين الأوكرانيين.
            """)
        let denial = try #require(a.units.first { $0.label == .denied })
        #expect(denial.contests.isEmpty, "\(String(describing: denial.contestMatch))")
        #expect(denial.contestMatch?.placesOnly == [1])
    }
}
