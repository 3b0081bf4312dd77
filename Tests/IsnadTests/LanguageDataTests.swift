import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// Verbs written once as lemmas, the outlet gazetteer, and the unit and continuity rules of
/// the extended guide — each on a small inline pack.
@Suite("Lemmas, gazetteer, datelines and continuity")
struct LanguageDataTests {
    func forms(_ spec: String) throws -> [String] {
        switch Lemma.forms(spec) { case .success(let f): return f; case .failure(let e): throw e }
    }

    @Test("a sound verb: past, present, jussive and subjunctive plurals, ل + subjunctive, the participle as an accusative")
    func sound() throws {
        let f = try forms("أكد يؤكد مؤكد")
        for w in ["أكد", "أكدت", "أكدتا", "أكدوا", "يؤكد", "تؤكد", "يؤكدان", "يؤكدون", "يؤكدوا", "ليؤكد", "لتؤكد", "مؤكدا", "مؤكدة", "مؤكدين"] {
            #expect(f.contains(w), "\(w) missing")
        }
        // the bare participle is mostly an adjective (مؤكد "certain"), and the dual of a sound
        // three-letter verb is spelled as its verbal noun in the accusative: not generated
        #expect(!f.contains("مؤكد") && !f.contains("أكدا"))
        #expect(Set(f).count == f.count)
    }

    @Test("weak verbs: hollow (no bare jussive: تقل is also قلّ), defective in ا and ى/ي, and forms that collide with verbal nouns left out")
    func weak() throws {
        let qala = try forms("قال يقول قائل")
        #expect(qala.contains("قالوا") && qala.contains("يقولون") && !qala.contains("يقل") && !qala.contains("تقل") && qala.contains("قائلا"))
        let daa = try forms("دعا يدعو داعي")
        #expect(daa.contains("دعت") && daa.contains("دعوا") && daa.contains("يدعون") && daa.contains("داعيا"))
        #expect(!daa.contains("دعات"))
        // the participle's plural / masculine dual and feminine dual (داعين، داعيتين، مؤكدتين);
        // not the feminine plural, most often the noun (مطالبات "demands")
        #expect(daa.contains("داعين") && daa.contains("داعيتين") && !daa.contains("داعيات"))
        #expect((try forms("أكد يؤكد مؤكد")).contains("مؤكدتين"))
        #expect(!(try forms("طالب يطالب مطالب")).contains("مطالبات"))
        let nafa = try forms("نفى ينفي نافي")
        #expect(nafa.contains("نفت") && nafa.contains("نفوا") && nafa.contains("ينفون") && nafa.contains("نافيا"))
        // نفيًا and وصفًا are verbal nouns in the accusative: no dual of a three-letter verb
        #expect(!nafa.contains("نفيا"))
        #expect(!(try forms("وصف يصف واصف")).contains("وصفا"))
        #expect((try forms("قال يقول قائل")).contains("قالا"))
        // '-' leaves a part out on purpose
        let dhakara = try forms("ذكر - ذاكر")
        #expect(!dhakara.contains { $0.hasPrefix("ي") })
    }

    @Test("the dual opt-in (ا) adds the masculine dual of a sound three-letter verb and nothing else; on another verb it is an error")
    func dualOptIn() throws {
        let plain = try forms("أكد يؤكد مؤكد")
        let dual = try forms("أكد(ا) يؤكد مؤكد")
        #expect(!plain.contains("أكدا") && dual.contains("أكدا"))
        #expect(Set(dual).subtracting(plain) == ["أكدا"] && Set(plain).isSubset(of: Set(dual)))
        // in a pattern, and with diacritics on the past
        if case .success(let e) = Lemma.expand(pattern: "{عبّر(ا)/يعبر/معبر} عن") { #expect(e.split(separator: " ")[0].split(separator: "|").contains("عبرا")) } else { Issue.record("the opt-in in a pattern refused") }
        // the object forms ignore it: the dual's pronoun forms are the plural's stem
        if case .success(let o) = Lemma.objectForms("أكد(ا) يؤكد -", [.past]), case .success(let p) = Lemma.objectForms("أكد يؤكد -", [.past]) { #expect(o == p) } else { Issue.record("object forms refused the opt-in") }
        // a four-letter or hollow past always has its dual: the mark is an error there
        if case .failure(let e) = Lemma.forms("أوضح(ا) يوضح موضح") { #expect(e.message.contains("(ا)")) } else { Issue.record("(ا) on a four-letter verb accepted") }
        if case .success = Lemma.forms("قال(ا) يقول قائل") { Issue.record("(ا) on a hollow verb accepted") }
    }

    @Test("bad principal parts are errors that say what is expected")
    func badLemma() {
        if case .success = Lemma.forms("قال") { Issue.record("one part accepted") }
        if case .failure(let e) = Lemma.forms("قال تقول") { #expect(e.message.contains("starting with ي")) } else { Issue.record("a present without ي accepted") }
        if case .failure(let e) = Lemma.expand(pattern: "{قال/يقول *2") { #expect(e.message.contains("{past/present/participle}")) } else { Issue.record("an open brace accepted") }
    }

    @Test("lemmas: in a pack and {lemma} in a pattern give the same forms as the rule's own patterns; a broken lemma is located")
    func lemmasInPacks() throws {
        let pack = try TestSupport.pack(["v.yml": """
            kind: report
            rules:
              - id: report.ghamghama
                lemmas: [غمغم يغمغم مغمغم]
              - id: report.ghamghama-an
                patterns: ["{غمغم/يغمغم/مغمغم} بأن"]
            """])
        #expect(pack.rules[0].patterns.count == 1)
        #expect(pack.rules[0].patterns[0].split(separator: "|").contains("غمغموا"))
        #expect(pack.rules[1].patterns[0].hasSuffix(" بأن"))
        let dir = try TestSupport.tempDir()
        try "kind: report\nrules:\n  - id: r\n    lemmas: [غمغم]\n".write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); Issue.record("a one-part lemma loaded") } catch {
            #expect(error.errors.first?.line == 4)
            #expect(error.errors.first?.message.contains("invalid lemma") == true)
        }
    }

    func objectForms(_ spec: String, _ t: Lemma.ObjectPronouns) throws -> [String] {
        switch Lemma.objectForms(spec, t) { case .success(let f): return f; case .failure(let e): throw e }
    }

    @Test("object pronouns: every tense asked for takes ه ها هم هما هن ك كم ني نا; only the suffixed forms are generated; the bare past only when asked")
    func objectPronouns() throws {
        let all = try objectForms("اعتبر يعتبر -", [.barePast, .past, .present])
        for w in ["اعتبره", "اعتبرتها", "اعتبروه", "اعتبروني", "يعتبره", "تعتبرها", "يعتبرانه", "يعتبرونهم", "يعتبروه", "ليعتبرك", "يعتبرنا"] {
            #expect(all.contains(w), "\(w) missing")
        }
        // the plain forms are the verb's own rule; not repeated here
        #expect(!all.contains("اعتبر") && !all.contains("يعتبر") && !all.contains("اعتبروا"))
        #expect(Set(all).count == all.count)
        // a bare past that is also a noun (وصفه "his description") is left out unless asked for
        let wasafa = try objectForms("وصف يصف -", [.past, .present])
        #expect(wasafa.contains("وصفته") && wasafa.contains("وصفوها") && wasafa.contains("يصفه") && wasafa.contains("يصفونها"))
        #expect(!wasafa.contains("وصفه"))
        // a present in ى: يراه، يريانه، يرونه; no past (رآه "saw him") when only the present is asked
        let raa = try objectForms("رأى يرى -", [.present])
        #expect(raa.contains("يراه") && raa.contains("يريانه") && raa.contains("يرونها") && raa.contains("ليراه"))
        #expect(!raa.contains { $0.hasPrefix("رأ") })
        // a defective past: نفاه، نفته، نفوه; present ينفيه
        let nafa = try objectForms("نفى ينفي -", [.barePast, .past, .present])
        #expect(nafa.contains("نفاه") && nafa.contains("نفته") && nafa.contains("نفوه") && nafa.contains("ينفيه") && nafa.contains("ينفونه"))
        // asking for the present of a lemma written without one is an error
        if case .failure(let e) = Lemma.objectForms("اعتبر - معتبر", [.present]) { #expect(e.message.contains("has none")) } else { Issue.record("a missing present accepted") }
    }

    @Test("object_pronouns in a pack: the rule matches the suffixed forms only; an unknown value or a rule without lemmas is a located error")
    func objectPronounsInPacks() throws {
        let pack = try TestSupport.pack(["v.yml": """
            kind: report
            rules:
              - id: report.ghamghama-object
                object_pronouns: [past, present]
                lemmas: [غمغم يغمغم -]
            """])
        let forms = pack.rules[0].patterns[0].split(separator: "|").map(String.init)
        #expect(forms.contains("غمغمته") && forms.contains("يغمغمونها") && !forms.contains("غمغمه") && !forms.contains("غمغم"))
        let dir = try TestSupport.tempDir()
        try "kind: report\nrules:\n  - id: r\n    object_pronouns: [future]\n    lemmas: [غمغم يغمغم -]\n  - id: s\n    object_pronouns: [past]\n    patterns: [غمغم]\n".write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); Issue.record("bad object_pronouns loaded") } catch {
            #expect(error.errors.contains { $0.line == 4 && $0.message.contains("unknown object_pronouns value 'future'") })
            #expect(error.errors.contains { $0.line == 7 && $0.message.contains("has none") })
        }
    }

    static let gazetteer = """
        gazetteer:
          - id: spa
            name: وكالة الأنباء السعودية
            kind: agency
            region: SA
            aliases: [واس, SPA]
          - id: al-riyadh
            name: الرياض
            kind: newspaper
            region: SA
            ambiguous: true
          - id: afp
            name: فرانس برس
            kind: agency
            aliases: [أ.ف.ب, Agence France-Presse]
        """

    @Test("a gazetteer entry is one outlet rule whose names all match, each its own example; aliases are unique; kinds are checked")
    func gazetteerRules() throws {
        let pack = try TestSupport.pack(["g.yml": Self.gazetteer])
        #expect(pack.rules.map(\.id) == ["outlet.spa", "outlet.al-riyadh", "outlet.afp"])
        #expect(pack.rules.allSatisfy { $0.kind == .outlet })
        #expect(pack.rules[0].outletNames.count == 3)
        #expect(pack.rules[0].examples.match.count == 3)
        #expect(pack.rules[1].contextual && !pack.rules[0].contextual)
        // initials and hyphens are word separators
        #expect(pack.rules[2].patterns.contains("أ ف ب"))
        #expect(pack.rules[2].patterns.contains("Agence France Presse"))
        let dir = try TestSupport.tempDir()
        try """
            gazetteer:
              - id: a
                name: الوطن
                kind: paper
              - id: b
                name: عكاظ
                kind: newspaper
                aliases: [الوطن]
            """.write(toFile: dir + "/bad.yml", atomically: true, encoding: .utf8)
        do { _ = try RuleLoader.load(directories: [dir]); Issue.record("a bad gazetteer loaded") } catch {
            let messages = error.errors.map(\.message)
            #expect(messages.contains { $0.contains("kind must be one of") && $0.contains("newspaper") })
            #expect(messages.contains { $0.contains("already an alias of 'a'") })
        }
    }

    static let pack = """
        rules:
          - id: report.qala
            kind: report
            clitics: conjunction
            patterns: [قال|قالت|أضاف|أوضح]
          - id: grammar.complement
            kind: complement
            clitics: conjunction
            patterns: [أن|إن|بأن]
          - id: grammar.told
            kind: told
            clitics: conjunction
            patterns: ["في تصريح ل"]
          - id: outlet.heads
            kind: outlet_head
            patterns: [صحيفه|وكاله]
          - id: entity.title
            kind: title
            patterns: [مدير|الوزير]
          - id: furniture.agency-code
            kind: byline
            scope: end
            clitics: conjunction
            patterns: [واس]
        """

    func auditor() throws -> Auditor {
        try Auditor(pack: TestSupport.pack(["p.yml": Self.pack, "g.yml": Self.gazetteer]))
    }

    @Test("the own outlet is recognised under any of its gazetteer names: واس in the dateline makes وكالة الأنباء السعودية first-hand")
    func ownOutletAliases() throws {
        let a = try auditor()
        let text = "عنوان الخبر\nتبوك 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nوأوضح مدير الصحة محمد الجماز في تصريح لوكالة الأنباء السعودية أن الحملة نجحت.\nوأضاف أن المرحلة الثانية تبدأ غدا.\n"
        let claims = a.claims(text)
        #expect(claims.suffix(2).allSatisfy { $0.label == .named }, "\(claims.map { $0.label as Any })")
        // in another outlet's article the same statement is that agency's reporting
        let other = a.claims(text.replacingOccurrences(of: " واس\n", with: "\n"))
        #expect(other.suffix(2).allSatisfy { $0.label == .secondhand }, "\(other.map { $0.label as Any })")
    }

    @Test("an ambiguous outlet name counts after an outlet word, quoted, told to, or in a dateline — not as a city")
    func ambiguousNames() throws {
        let a = try auditor()
        func kinds(_ s: String) -> [SourceKind] { a.claims("عنوان\n" + s + "\n").last?.sources.map(\.kind) ?? [] }
        #expect(kinds("وقالت صحيفة الرياض إن الخبر صحيح.") == [.outlet])
        // told to it, in another outlet's article (in a one-line article the outlet it was
        // told to would be inferred as the article's own)
        let told = a.claims("عنوان\nوقال لـ«الرياض» إن الخبر صحيح.\n", outlet: "عكاظ").last
        #expect(told?.label == .secondhand && told?.sources.first?.kind == .outlet)
        #expect(!kinds("وقالت الرياض إن الخبر صحيح.").contains(.outlet))
    }

    @Test("a dateline opening a line is a byline unit of its own, also with initials; a line with a verb before its colon is not")
    func datelines() throws {
        let a = try auditor()
        let audit = a.audit(test: "عنوان الخبر\nسبق- جدة: أكد المدير أن المشروع بدأ.\n* جنيف - أ.ف.ب: قال الوزير إن الاجتماع انتهى.\n")
        let bylines = audit.units.filter { $0.kind == .byline }.map(\.text)
        #expect(bylines == ["سبق- جدة:", "* جنيف - أ.ف.ب:"])
        #expect(audit.units.filter { $0.kind.isClaim }.count == 3)
    }

    @Test("a reporters–outlet–place credit is a byline also with two reporters set apart by a comma, and with a reporter's name that reads as a verb (ياسر); a comma sentence with one dash before its colon is not (#22, sample11)")
    func reportersCredit() throws {
        let a = try Auditor(pack: TestSupport.pack(["p.yml": Self.pack + """

              - id: verb.imperfect
                kind: verb
                clitics: conjunction
                patterns: ["ي*"]
              - id: outlet.sabq
                kind: outlet
                patterns: [سبق]
            """, "g.yml": Self.gazetteer]))
        let audit = a.audit(test: "عنوان الخبر\nياسر العتيبي، محمد الزهراني- سبق- الباحة: أوضح المدير أن الطريق مغلق.\nياسر العتيبي- سبق- جدة: أوضح المدير أن الطريق مفتوح.\nوفي جدة، قال المدير - مبتسما: الطريق مفتوح.\n")
        #expect(audit.units.filter { $0.kind == .byline }.map(\.text) == ["ياسر العتيبي، محمد الزهراني- سبق- الباحة:", "ياسر العتيبي- سبق- جدة:"])
        #expect(audit.units.filter { $0.kind.isClaim }.count == 4)
    }

    @Test("a colon quotation without marks runs to the end of its paragraph; a colon ending its line opens the next paragraph")
    func colonQuotations() throws {
        let a = try auditor()
        let same = a.claims("عنوان\nوقال الوزير: الأسعار سترتفع. والسوق ستتعافى قريبا.\nوانخفضت الأسهم.\n")
        // (the one-word first line is the article's title: a headline, unsourced)
        #expect(same.map(\.label) == [.unsourced, .named, .named, .unsourced])
        let next = a.claims("عنوان\nوقال الشاعر:\n\nيجي بعضك وأنا كلي يذوب\nوأجي كلي ولكنك دريت\nوأجي مرة أخرى في المساء\nوأجي كلي بعد ذلك\n\nوانخفضت الأسهم.\n")
        #expect(next.map(\.label) == [.unsourced, .named, .named, .named, .named, .named, .unsourced])
    }

    @Test("a poem's verses are claims, a lone short line between paragraphs stays a heading")
    func verse() throws {
        let a = try auditor()
        let audit = a.audit(test: "عنوان\nنص الخبر الأول هنا.\n\nعنوان فرعي قصير\n\nنص الخبر الثاني هنا.\n\nبيت أول من القصيدة\nبيت ثان من القصيدة\nبيت ثالث من القصيدة\nبيت رابع من القصيدة\n")
        #expect(audit.units.filter { $0.kind == .heading }.map(\.text) == ["عنوان فرعي قصير"])
        #expect(audit.units.filter { $0.kind == .claim && $0.text.hasPrefix("بيت") }.count == 4)
        // verses closing with ! or ؟ (a prose poem, sample10): claims too; a lone short question stays a heading
        let exclaimed = a.audit(test: "عنوان\nنص الخبر الأول هنا.\n\nأين الطريق؟\n\nنص الخبر الثاني هنا.\n\nأتذكر بيت الحارة؟!\nبيت ثان من القصيدة\nصمت طويل!\nبيت رابع من القصيدة\n")
        #expect(exclaimed.units.filter { $0.kind == .heading }.map(\.text) == ["أين الطريق؟"])
        #expect(exclaimed.units.filter { $0.kind == .claim }.map(\.text).suffix(4) == ["أتذكر بيت الحارة؟!", "بيت ثان من القصيدة", "صمت طويل!", "بيت رابع من القصيدة"])
    }
}
