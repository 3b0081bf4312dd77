import Foundation
import Testing
@testable import Isnad
@testable import IsnadModel
@testable import IsnadText
@testable import IsnadRules
@testable import IsnadEngine
@testable import IsnadReport
import Yams

/// A made-up archive for the census: an invented reporting verb (غمغم, 20 times before a
/// complement, in several forms, by named speakers), an invented outlet (صحيفة الفجر الجديد,
/// 10 times), and smaller distractors that must rank below them.
enum CensusArchive {
    static let names = ["خالد العمري", "سعيد الزهراني", "فهد القحطاني", "ماجد الشمري", "نايف العتيبي",
                        "عادل الحربي", "تركي المالكي", "بندر الغامدي", "وليد الدوسري", "ياسر السبيعي"]
    /// Twenty claims with غمغم in its forms, each heading a complement (أن، بأن، أنه، إن، a colon and a quotation).
    static func ghamghama(_ k: Int) -> String {
        let n = names[k % names.count]
        switch k % 5 {
        case 0: return "وغمغم المهندس \(n) بأن المشروع سيكتمل قبل الموعد."
        case 1: return "وغمغمت وزارة المياه أن الإمدادات ستعود خلال أيام."
        case 2: return "ويغمغم المدير \(n) أنه لن يتراجع عن قراره."
        case 3: return "وغمغم رئيس البلدية \(n) إن الطرق ستفتح قريبا."
        default: return "وتغمغم هيئة الطرق بأنها أنهت أعمال الصيانة."
        }
    }
    /// The articles, by file name: ten with غمغم twice and صحيفة الفجر الجديد once; three that
    /// name الفجر الجديد as the subject of a verb, without an outlet word (named until a rule
    /// knows the outlet); distractors seen fewer times: the verb زمجر, the magazine الأفق
    /// البعيد, the speakers المزارعون, a quotation after همهم.
    static var articles: [(name: String, text: String)] {
        var out: [(String, String)] = []
        for k in 0..<10 {
            var lines = ["تطورات جديدة في ملف الخدمات بالمدينة"]
            lines.append(ghamghama(2 * k))
            lines.append(k % 2 == 0 ? "وقالت صحيفة الفجر الجديد إن الأسعار سترتفع الشهر المقبل." : "وذكرت صحيفة الفجر الجديد أن العمل في المشروع مستمر.")
            lines.append("وشهدت المدينة أمطارا غزيرة طوال الأسبوع.")
            lines.append(ghamghama(2 * k + 1))
            if k < 4 { lines.append("وزمجر المدرب \(names[k]) بأن الفريق سيعود أقوى.") }
            if k < 4 { lines.append("وقال المزارعون إن المحصول تأثر بالجفاف.") }
            if k < 3 { lines.append("وأضافت مجلة الأفق البعيد أن الموسم كان صعبا.") }
            if k < 3 { lines.append("ثم همهم \"لا أحد يعرف ما الذي سيحدث بعد ذلك\".") }
            out.append((String(format: "a%02d.txt", k), lines.joined(separator: "\n") + "\n"))
        }
        for k in 0..<3 {
            out.append((String(format: "b%02d.txt", k), "أخبار الاقتصاد اليوم\nوذكرت الفجر الجديد أن البنوك رفعت الفائدة.\n"))
        }
        return out
    }

    /// Writes the archive into a new directory; returns it.
    static func write() throws -> String {
        let dir = try Support.tempDir() + "/archive"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in articles { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    /// The archive as JSON lines ({"id", "text"}).
    static var jsonl: String {
        articles.map { a in
            let data = try! JSONSerialization.data(withJSONObject: ["id": a.name, "text": a.text], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    /// A larger generated archive (beyond the two-job window of 64 articles), for determinism.
    static func large(_ n: Int) -> [(name: String, text: String)] {
        let verbs = ["غمغم", "زمجر", "همهم", "دمدم", "تمتم"]
        let outlets = ["الفجر الجديد", "الأفق البعيد", "النجم الساطع"]
        return (0..<n).map { k in
            var lines = ["خبر رقم \(k) عن الخدمات"]
            for j in 0..<(1 + k % 3) {
                let v = verbs[(k * 7 + j) % verbs.count]
                lines.append("و\(v) المدير \(names[(k + j) % names.count]) بأن الخدمة رقم \(k * 3 + j) ستتحسن.")
            }
            if k % 4 == 0 { lines.append("وقالت صحيفة \(outlets[k % outlets.count]) إن التقرير رقم \(k) صدر.") }
            if k % 5 == 0 { lines.append("وقال المزارعون إن الموسم رقم \(k) كان جيدا.") }
            return (String(format: "g%03d.txt", k), lines.joined(separator: "\n") + "\n")
        }
    }
}

@Suite("audit rules census (library)")
struct CensusTests {
    /// The census of the archive with the shipped rules.
    static func report(_ articles: [(name: String, text: String)], options: CensusOptions = CensusOptions(), style: StubStyle = .patterns) -> CensusReport {
        var tally = CensusTally(rules: Support.pack.rules)
        for a in articles { tally.add(Support.auditor.census(text: a.text, path: a.name)) }
        return CensusReport(tally, pack: Support.pack, options: options, style: style)
    }

    @Test("the forms of a verb are counted under one stem")
    func stems() {
        let forms = ["غمغم", "غمغمت", "يغمغم", "تغمغم", "غمغموا", "يغمغمون", "تغمغمان", "مغمغما"]
        #expect(Set(forms.map { CensusWords.stem(CensusWords.folded($0)) }) == ["غمغم"])
        #expect(CensusWords.stem(CensusWords.folded("يتحدث")) == CensusWords.stem(CensusWords.folded("تحدث")))
        #expect(CensusWords.stem(CensusWords.folded("قال")) == "قال")
    }

    @Test("principal parts are read off a sound stem, and left to the editor otherwise")
    func lemmas() {
        #expect(Lemmas.principalParts(stem: "غمغم", forms: ["غمغم", "يغمغم"]) == ["غمغم", "يغمغم", "مغمغم"])
        #expect(Lemmas.principalParts(stem: "همس", forms: ["همس", "يهمس"]) == ["همس", "يهمس", "هامس"])
        // one form only (نجد "we find"), or no past seen (يعتقد: its past is اعتقد): no principal parts
        #expect(Lemmas.principalParts(stem: "نجد", forms: ["نجد"]) == nil)
        #expect(Lemmas.principalParts(stem: "عتقد", forms: ["يعتقد", "تعتقد"]) == nil)
        #expect(Lemmas.principalParts(stem: "اوضح", forms: ["أوضح"]) == nil)
        #expect(Lemmas.principalParts(stem: "قال", forms: ["قال"]) == nil)
        let forms = Lemmas.forms(past: "غمغم", present: "يغمغم", participle: "مغمغم")
        for f in ["غمغم", "غمغمت", "غمغموا", "يغمغم", "تغمغم", "يغمغمون", "مغمغما"] { #expect(forms.contains(f), "\(f)") }
    }

    @Test("the invented verb and outlet come first in their sections, with counts, articles, examples and stubs")
    func firstInSections() throws {
        let r = Self.report(CensusArchive.articles)
        let verb = try #require(r.verbs.first)
        #expect(verb.candidate.key == "غمغم")
        #expect(verb.candidate.count == 20)
        #expect(verb.candidate.articles == 10)
        #expect(verb.candidate.examples.count == 3)
        #expect(verb.candidate.examples[0].path == "a00.txt" && verb.candidate.examples[0].line == 2)
        #expect(verb.lemma == ["غمغم", "يغمغم", "مغمغم"])
        #expect(r.verbs.contains { $0.candidate.key == "زمجر" && $0.candidate.count == 4 })
        let outlet = try #require(r.outlets.first)
        #expect(outlet.candidate.name == "الفجر الجديد")
        #expect(outlet.candidate.count == 10)
        #expect(outlet.outletKind == "newspaper")
        #expect(r.outlets.contains { $0.candidate.name == "الأفق البعيد" && $0.outletKind == "magazine" })
        let speaker = try #require(r.speakers.first)
        #expect(speaker.candidate.name == "مزارعون" && speaker.stub.kind == "collective")
        #expect(r.quotes.contains { $0.key == CensusWords.stem(CensusWords.folded("همهم")) })
        // the stubs: a report verb that needs its complement, an outlet rule, each with a marked example
        #expect(verb.stub.yaml().contains("needs_complement: true"))
        #expect(verb.stub.yaml().contains("[["))
        #expect(outlet.stub.yaml().contains("kind: outlet"))
    }

    @Test("the stubs load over the shipped pack, pass their own tests, and label the claims named and secondhand")
    func stubsWork() throws {
        let r = Self.report(CensusArchive.articles)
        let dir = try Support.tempDir()
        try CensusFormat.yaml.render(r).write(toFile: dir + "/census.yml", atomically: true, encoding: .utf8)
        let pack = try RuleLoader.load(directories: [Support.rules, dir])
        let auditor = try Auditor(pack: pack)
        let tests = RuleTester(auditor: auditor).run()
        #expect(tests.failures.isEmpty, "\(tests.failures.map(\.description))")
        func labels(_ a: Auditor, _ marker: String) -> [Label] {
            CensusArchive.articles.flatMap { art in a.audit(text: art.text, path: art.name).units.filter { $0.text.contains(marker) }.compactMap(\.label) }
        }
        #expect(labels(Support.auditor, "غمغم").allSatisfy { $0 == .unsourced })
        let after = labels(auditor, "غمغم")
        #expect(after.count == 20 && after.allSatisfy { $0 == .named }, "\(after)")
        #expect(labels(Support.auditor, "وذكرت الفجر الجديد") == [.named, .named, .named])
        #expect(labels(auditor, "الفجر الجديد").allSatisfy { $0 == .secondhand })
    }

    @Test("a match set aside is counted under the reason `audit explain` gives")
    func fates() throws {
        let text = "ورفضت الوزارة التعليق على التقرير.\nوأشار الاجتماع إلى مرحلة جديدة.\n"
        var tally = CensusTally(rules: Support.pack.rules)
        tally.add(Support.auditor.census(text: text, path: "t.txt"))
        let explanation = Support.auditor.explain(scalars: Array(text.unicodeScalars), path: "t.txt")
        for (i, rule) in Support.pack.rules.enumerated() {
            let traced = explanation.cues.joined().filter { $0.rule == rule.id }
            #expect(tally.stats[i].matches == traced.count, "\(rule.id)")
            #expect(tally.stats[i].used == traced.filter(\.used).count, "\(rule.id)")
            for (key, n) in tally.stats[i].setAside {
                let reason = CueFate.reason(code: key.code, other: key.other, rules: Support.pack.rules) ?? ""
                #expect(traced.filter { !$0.used && ($0.why ?? "").hasPrefix(String(reason.prefix(20))) }.count == n, "\(rule.id): \(reason)")
            }
        }
        let denial = try #require(Support.pack.rules.firstIndex { $0.id == "denial.rejected" })
        #expect(tally.stats[denial].setAside[CensusFateKey(code: 3, other: -1)] == 1)
        let ashara = try #require(Support.pack.rules.firstIndex { $0.id == "report.ashara" })
        #expect(tally.stats[ashara].setAside[CensusFateKey(code: 6, other: -1)] == 1)
    }

    @Test("the census reads the audit's own units and labels (its stages up to the labels are the audit's)")
    func sameLabelsAsTheAudit() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for f in files {
            let bytes = try InputFiles.read(Support.gold + "/" + f)
            let audit = try Support.auditor.audit(bytes: bytes, path: f)
            let census = try Support.auditor.census(bytes: bytes, path: f)
            #expect(census.units == audit.units.count, "\(f)")
            #expect(census.claims == audit.units.filter { $0.kind.isClaim }.count, "\(f)")
            #expect(census.unsourced == audit.summary.counts[.unsourced, default: 0], "\(f)")
        }
    }

    @Test("rule health: dead rules, rules mostly set aside, loose rules")
    func health() throws {
        var options = CensusOptions()
        options.minMatches = 3
        options.looseShare = 10
        let r = Self.report(CensusArchive.articles, options: options)
        #expect(r.dead.contains { $0.id == "denial.nafa" })
        #expect(!r.dead.contains { $0.id == "report.qala" })
        #expect(r.loose.contains { $0.rule.id == "report.qala" })
        #expect(r.loose.allSatisfy { CensusReport.looseKinds.contains($0.rule.kind) && $0.share > 10 })
    }

    @Test("with a loader that reads lemmas and a gazetteer, verbs are written as lemmas and outlets as gazetteer entries")
    func lemmaAndGazetteerStyle() throws {
        let r = Self.report(CensusArchive.articles, style: StubStyle(lemmas: true, gazetteer: true))
        let verb = try #require(r.verbs.first).stub.yaml()
        #expect(verb.contains("lemmas: [\"غمغم يغمغم مغمغم\"]"))
        #expect(!verb.contains("patterns:"))
        let outlet = try #require(r.outlets.first).stub
        #expect(outlet.gazetteer)
        #expect(outlet.yaml().contains("kind: newspaper") && outlet.yaml().contains("name: \"الفجر الجديد\"") && outlet.yaml().contains("count: 10"))
        #expect(outlet.yaml().contains("  examples: [\"") && outlet.yaml().contains("[[الفجر الجديد]]"))
        // every key is one the gazetteer reads (Gazetteer.entryKeys on a branch that has it)
        let keys = Set(outlet.lines.compactMap { $0.split(separator: ":").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " -")) } })
        #expect(keys.isSubset(of: ["id", "name", "kind", "region", "aliases", "ambiguous", "count", "examples", "note"]), "\(keys)")
        let yaml = CensusFormat.yaml.render(r)
        #expect(yaml.contains("\ngazetteer:\n"))
        // the YAML parses, whatever the loader makes of its keys
        #expect(throws: Never.self) { try Yams.load(yaml: yaml) }
    }

    @Test("the same tally, hence the same bytes, with one job and with two (past the ordered window)")
    func determinism() throws {
        let dir = try Support.tempDir()
        var paths: [String] = []
        for a in CensusArchive.large(300) { try a.text.write(toFile: dir + "/" + a.name, atomically: true, encoding: .utf8); paths.append(dir + "/" + a.name) }
        func render(_ jobs: Int) -> [String] {
            var run = CensusRun(diagnostics: { _ in })
            run.jobs = jobs
            let outcome = run.run(InputSource(files: paths), auditor: Support.auditor)
            var o = CensusOptions(); o.top = 0; o.minCount = 1
            let report = CensusReport(outcome.tally, pack: Support.pack, options: o)
            return CensusFormat.allCases.map { $0.render(report) }
        }
        let one = render(1), two = render(2)
        #expect(one == two)
        #expect(one[0].contains("g000.txt:2"))
    }
}
