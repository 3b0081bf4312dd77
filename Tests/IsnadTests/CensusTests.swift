import Foundation
import Testing
@testable import Isnad
@testable import IsnadModel
@testable import IsnadText
@testable import IsnadRules
@testable import IsnadEngine
@testable import IsnadReport
import Yams
import IsnadTestSupport



/// The census is a report on the shipped pack: what it misses on an archive.
enum Shipped {
    static let pack: RulePack = try! RuleLoader.load(directories: [TestSupport.rules])
    static let auditor: Auditor = try! Auditor(pack: pack)
}

@Suite("audit rules census (library)")
struct CensusTests {
    /// The census of the archive with the shipped rules.
    static func report(_ articles: [(name: String, text: String)], options: CensusOptions = CensusOptions(), style: StubStyle = .patterns) -> CensusReport {
        var tally = CensusTally(rules: Shipped.pack.rules)
        for a in articles { tally.add(Shipped.auditor.census(text: a.text, path: a.name)) }
        return CensusReport(tally, pack: Shipped.pack, options: options, style: style)
    }

    @Test("the forms of a verb are counted under one stem")
    func stems() {
        let forms = ["غمغم", "غمغمت", "يغمغم", "تغمغم", "غمغموا", "يغمغمون", "تغمغمان", "مغمغما"]
        #expect(Set(forms.map { CensusWords.stem(Normalizer.foldedScalars($0)) }) == ["غمغم"])
        #expect(CensusWords.stem(Normalizer.foldedScalars("يتحدث")) == CensusWords.stem(Normalizer.foldedScalars("تحدث")))
        #expect(CensusWords.stem(Normalizer.foldedScalars("قال")) == "قال")
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
        #expect(outlet.outletKind == .newspaper)
        #expect(r.outlets.contains { $0.candidate.name == "الأفق البعيد" && $0.outletKind == .magazine })
        // المزارعون is a group noun the shipped lexicon (groups.yml) knows: no unknown speaker
        #expect(!r.speakers.contains { $0.candidate.name == "مزارعون" })
        #expect(r.quotes.contains { $0.key == CensusWords.stem(Normalizer.foldedScalars("همهم")) })
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
        let pack = try RuleLoader.load(directories: [TestSupport.rules, dir])
        let auditor = try Auditor(pack: pack)
        let tests = RuleTester(auditor: auditor).run()
        #expect(tests.failures.isEmpty, "\(tests.failures.map(\.description))")
        func labels(_ a: Auditor, _ marker: String) -> [Label] {
            CensusArchive.articles.flatMap { art in a.audit(text: art.text, path: art.name).units.filter { $0.text.contains(marker) }.compactMap(\.label) }
        }
        #expect(labels(Shipped.auditor, "غمغم").allSatisfy { $0 == .unsourced })
        let after = labels(auditor, "غمغم")
        #expect(after.count == 20 && after.allSatisfy { $0 == .named }, "\(after)")
        #expect(labels(Shipped.auditor, "وذكرت الفجر الجديد") == [.named, .named, .named])
        #expect(labels(auditor, "الفجر الجديد").allSatisfy { $0 == .secondhand })
    }

    @Test("a regex that runs out of its budget in the census counts as a hit of the run: switched off after three articles, as in an audit")
    func censusBudget() throws {
        // the rule's location is a new temporary directory: no other test shares its hits
        let pack = try TestSupport.pack(["slow.yml": "kind: hedge\nrules:\n  - id: hedge.slow\n    regex: [\"(ا+)+ب\"]\n"])
        let auditor = try Auditor(pack: pack)
        let text = "عنوان\n" + String(repeating: "ا", count: 40) + " وقال الوزير إن الأمر انتهى.\n"
        let problems = (0..<5).map { auditor.census(text: text, path: "a\($0).txt").problems.filter { $0.kind == .regexBudget } }
        #expect(problems.map(\.count) == [1, 1, 1, 0, 0], "\(problems)")
        #expect(problems[2].first?.message.contains("disabled for the rest of the run") == true)
        #expect(problems[0].first?.message.contains("disabled") == false)
    }

    @Test("a match set aside is counted under the reason `audit explain` gives")
    func fates() throws {
        let text = "ورفضت الوزارة التعليق على التقرير.\nوأشار الاجتماع إلى مرحلة جديدة.\nوقد يقول قائل إن الأسعار ارتفعت.\nونقلت الحافلة الركاب إلى المدينة.\n"
        var tally = CensusTally(rules: Shipped.pack.rules)
        tally.add(Shipped.auditor.census(text: text, path: "t.txt"))
        let explanation = Shipped.auditor.explain(scalars: Array(text.unicodeScalars), path: "t.txt")
        for (i, rule) in Shipped.pack.rules.enumerated() {
            let traced = explanation.cues.joined().filter { $0.rule == rule.id }
            #expect(tally.stats[i].matches == traced.count, "\(rule.id)")
            #expect(tally.stats[i].used == traced.filter(\.used).count, "\(rule.id)")
            for (key, n) in tally.stats[i].setAside {
                let reason = CueFate.reason(code: key.code, other: key.other, rules: Shipped.pack.rules) ?? ""
                #expect(traced.filter { !$0.used && ($0.why ?? "").hasPrefix(String(reason.prefix(20))) }.count == n, "\(rule.id): \(reason)")
            }
        }
        let denial = try #require(Shipped.pack.rules.firstIndex { $0.id == "denial.rejected" })
        #expect(tally.stats[denial].setAside[CensusFateKey(code: 3, other: -1)] == 1)
        let ashara = try #require(Shipped.pack.rules.firstIndex { $0.id == "report.ashara" })
        #expect(tally.stats[ashara].setAside[CensusFateKey(code: 6, other: -1)] == 1)
        let qala = try #require(Shipped.pack.rules.firstIndex { $0.id == "report.qala" })
        let rhetorical = try #require(Shipped.pack.rules.firstIndex { $0.id == "voice.rhetorical" })
        #expect(tally.stats[qala].setAside[CensusFateKey(code: 11, other: Int32(rhetorical))] == 1)
        // a relaying verb that carries (no عن / من): set aside by the census as by explain
        let naqala = try #require(Shipped.pack.rules.firstIndex { $0.id == "relay.naqala" })
        #expect(tally.stats[naqala].setAside[CensusFateKey(code: 12, other: -1)] == 1 && tally.stats[naqala].used == 0)
    }

    @Test("the census reads the audit's own units and labels (its stages up to the labels are the audit's)")
    func sameLabelsAsTheAudit() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for f in files {
            let bytes = try InputFiles.read(Support.gold + "/" + f)
            let audit = try Shipped.auditor.audit(bytes: bytes, path: f)
            let census = try Shipped.auditor.census(bytes: bytes, path: f)
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
            let outcome = run.run(InputSource(files: paths), auditor: Shipped.auditor)
            var o = CensusOptions(); o.top = 0; o.minCount = 1
            let report = CensusReport(outcome.tally, pack: Shipped.pack, options: o)
            return CensusFormat.allCases.map { $0.render(report) }
        }
        let one = render(1), two = render(2)
        #expect(one == two)
        #expect(one[0].contains("g000.txt:2"))
    }

    @Test("a fate read back with a rule number no pack can hold is no fate (nil), not a trap")
    func fateWithImpossibleRule() {
        #expect(CueFate.reason(code: 2, other: 70_000, rules: []) == nil)
        #expect(CueFate.reason(code: 2, other: 65_535, rules: []) == nil)
        #expect(CueFate.reason(code: 2, other: 3, rules: []) != nil)
    }
}
