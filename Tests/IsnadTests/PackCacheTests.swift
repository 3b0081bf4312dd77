import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadText
import IsnadTestSupport

/// The compiled rule-pack cache: read back equal to the YAML's pack, used only while every
/// file is unchanged, never trusted when corrupt, and never in the way when it cannot be written.
@Suite("Rule pack cache")
struct PackCacheTests {
    /// A pack with every kind of value the cache stores: word patterns with each element,
    /// lemmas, a regular expression, subjects, examples, a gazetteer (one name ambiguous),
    /// sentence tests, scoring, and a second layer that overrides and disables.
    static let files: [String: String] = [
        "verbs.yml": """
            clitics: conjunction
            rules:
              - id: report.qala
                kind: report
                description: a verb
                patterns: [قال|قالت, "أكد *3 أن", "ي* بأن", "صرح * ل", "[مصدر] أفاد"]
                lemmas: ["أكد يؤكد مؤكد"]
                needs_complement: true
                subjects: [person, organization]
                examples:
                  match: ["وقال [[أكد]] الوزير إن ..."]
                  no_match: [لا شيء هنا]
              - id: passive.regex
                kind: passive
                regex: ["وورد\\\\s+أن"]
                speaker: false
              - id: stop.fi
                kind: stop
                scope: start
                clitics: none
                patterns: [في]
            tests:
              - text: وقال الوزير إن الخطة جاهزة.
                label: named
                source: الوزير
              - text: وارتفعت الأسعار.
                label: unsourced
            """,
        "outlets.yml": """
            gazetteer:
              - id: okaz
                name: عكاظ
                kind: newspaper
                region: SA
                ambiguous: true
                examples: [لـ«عكاظ»]
              - id: spa
                name: وكالة الأنباء السعودية
                kind: agency
                aliases: [واس, S.P.A]
            """,
        "scoring.yml": """
            scoring:
              weights: {named: 90, anonymous: 30}
              penalties: {extra_chain_link: 7.5}
            """,
    ]
    static let layer: [String: String] = [
        "pack.yml": "description: house rules\nextends: builtin\n",
        "house.yml": """
            kind: report
            rules:
              - id: report.qala
                override: true
                patterns: [صرح]
              - id: stop.fi
                disabled: true
              - id: house.new
                patterns: [غمغم]
            """,
    ]

    func write(_ files: [String: String], to dir: String) throws {
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
    }

    /// A built-in pack, a house pack layered on it, and an empty cache directory.
    func setUp() throws -> (builtin: String, house: String, cache: PackCache) {
        let builtin = try TestSupport.tempDir(), house = try TestSupport.tempDir()
        try write(Self.files, to: builtin); try write(Self.layer, to: house)
        return (builtin, house, PackCache(directory: try TestSupport.tempDir() + "/cache"))
    }

    /// Everything a pack holds, as text (the subjects sorted: a set's order is not its value).
    func text(_ pack: RulePack) -> String {
        var p = pack
        let subjects = p.rules.map { $0.subjects.map(\.rawValue).sorted() }
        for i in p.rules.indices { p.rules[i].subjects = [] }
        let weights = p.scoring.weights.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key)=\($0.value)" }
        p.scoring.weights = [:]
        return "\(p)\n\(subjects)\n\(weights)"
    }

    @Test("a miss loads the YAML and stores the pack; the next load reads it back, equal in every field")
    func hit() throws {
        let (builtin, house, cache) = try setUp()
        let yaml = try RuleLoader.load(directories: [house], builtinPack: builtin)
        let first = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(first.outcome == .stored)
        let file = try #require(cache.file(directories: [house], builtinPack: builtin))
        #expect(FileManager.default.fileExists(atPath: file))
        let second = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(second.outcome == .hit)
        #expect(text(second.pack) == text(yaml))
        #expect(text(first.pack) == text(yaml))
        // the values the pack is made of, spot-checked (text() compares them all)
        #expect(second.pack.rules.map(\.id) == ["outlet.okaz", "outlet.spa", "report.qala", "passive.regex", "house.new"])
        #expect(second.pack.layers.map(\.implied) == [true, false] && second.pack.tests.count == 2)
        #expect(second.pack.scoring == yaml.scoring && second.pack.scoring.extraChainLink == 7.5)
        // the cached pack matches as the YAML's does
        let article = "وقال الوزير لـ«عكاظ» إن الخطة جاهزة. وصرح المسؤول بأن الأمر انتهى."
        let a = try Auditor(pack: yaml).audit(test: article), b = try Auditor(pack: second.pack).audit(test: article)
        #expect(a.units.map(\.label) == b.units.map(\.label) && a.units.map(\.text) == b.units.map(\.text))
        #expect(a.units.map(\.sources.count) == b.units.map(\.sources.count) && a.units.contains { $0.label == .named })
    }

    @Test("editing, adding or removing a file of any pack read (the built-in one included) is a miss")
    func missOnEdit() throws {
        let (builtin, house, cache) = try setUp()
        _ = try cache.loadNoting(directories: [house], builtinPack: builtin)
        // an edit in the house pack
        try Self.layer["house.yml"]!.replacingOccurrences(of: "غمغم", with: "همهم").write(toFile: house + "/house.yml", atomically: true, encoding: .utf8)
        let edited = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(edited.outcome == .stored)
        #expect(edited.pack.rules.last?.patterns == ["همهم"])
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .hit)
        // an edit in the built-in pack it extends
        try Self.files["scoring.yml"]!.replacingOccurrences(of: "90", with: "80").write(toFile: builtin + "/scoring.yml", atomically: true, encoding: .utf8)
        let base = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(base.outcome == .stored && base.pack.scoring.weights[.named] == 80)
        // a new file, then the file removed
        try "kind: report\nrules:\n  - id: house.more\n    patterns: [همس]\n".write(toFile: house + "/more.yml", atomically: true, encoding: .utf8)
        let added = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(added.outcome == .stored && added.pack.rules.contains { $0.id == "house.more" })
        try FileManager.default.removeItem(atPath: house + "/more.yml")
        let removed = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(removed.outcome == .stored && !removed.pack.rules.contains { $0.id == "house.more" })
        // another build of the tool, or other packs named, never read this file
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "another build").outcome == .stored)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "another build").outcome == .hit)
        #expect(try cache.loadNoting(directories: [builtin], builtinPack: builtin).outcome == .stored)
    }

    @Test("a corrupt, truncated, foreign or writable-by-others cache file is ignored and written again")
    func corrupt() throws {
        let (builtin, house, cache) = try setUp()
        let yaml = try RuleLoader.load(directories: [house], builtinPack: builtin)
        _ = try cache.loadNoting(directories: [house], builtinPack: builtin)
        let file = try #require(cache.file(directories: [house], builtinPack: builtin))
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        var flipped = good; flipped[flipped.count - 3] ^= 0x5A
        let damages: [(String, Data)] = [
            ("a flipped byte of the payload", flipped),
            ("truncated", good.prefix(good.count / 2)),
            ("empty", Data()),
            ("not a cache file", Data("rules: []\n".utf8)),
            ("a longer payload", good + Data([0])),
        ]
        for (what, bytes) in damages {
            try bytes.write(to: URL(fileURLWithPath: file))
            chmod(file, 0o600)
            let r = try cache.loadNoting(directories: [house], builtinPack: builtin)
            #expect(r.outcome == .stored, "\(what)")
            #expect(text(r.pack) == text(yaml), "\(what)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == good, "\(what): written again")
        }
        // a file others may write is not trusted, however right it looks
        chmod(file, 0o666)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .stored)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .hit)
        // a record cut anywhere is an error, never a crash
        let payload = try #require(Self.payload(of: good))
        for cut in stride(from: 0, to: payload.count, by: max(1, payload.count / 97)) {
            var r = BinaryReader(Array(payload.prefix(cut)))
            #expect(throws: BinaryReader.Malformed.self) { _ = try PackCache.decode(&r) }
        }
    }

    /// The payload of a cache file (after its magic, key, checksum and length).
    static func payload(of file: Data) -> [UInt8]? {
        var r = BinaryReader(Array(file))
        do throws(BinaryReader.Malformed) {
            _ = try r.raw(PackCache.magic.count)
            _ = try r.raw(try r.count())
            _ = try r.int()
            return Array(try r.raw(try r.count()))
        } catch { return nil }
    }

    @Test("a cache directory that cannot be made or written costs nothing but the cache")
    func unwritable() throws {
        let (builtin, house, _) = try setUp()
        let yaml = try RuleLoader.load(directories: [house], builtinPack: builtin)
        // below a regular file: no directory can be made there, whoever runs the test (root too)
        let blocker = try TestSupport.tempDir() + "/file"
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        let cache = PackCache(directory: blocker + "/cache")
        for _ in 0..<2 {
            let r = try cache.loadNoting(directories: [house], builtinPack: builtin)
            #expect(r.outcome == .notStored)
            #expect(text(r.pack) == text(yaml))
        }
        // the cache off: the YAML, nothing written
        let off = try PackCache.off.loadNoting(directories: [house], builtinPack: builtin)
        #expect(off.outcome == .off && text(off.pack) == text(yaml))
    }

    @Test("a pack with errors is not cached: its errors come from the YAML, with path:line:column, every time")
    func errorsNotCached() throws {
        let (builtin, _, cache) = try setUp()
        let bad = try TestSupport.tempDir()
        try "kind: report\nrules:\n  - id: r1\n    patern: [قال]\n".write(toFile: bad + "/bad.yml", atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            #expect {
                _ = try cache.loadNoting(directories: [bad], builtinPack: builtin)
            } throws: { error in
                guard let e = (error as? RuleErrors)?.errors.first else { return false }
                return e.path == bad + "/bad.yml" && e.line == 4 && e.column == 5 && e.message.contains("did you mean 'patterns'")
            }
        }
        let file = try #require(cache.file(directories: [bad], builtinPack: builtin))
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test("the cache directory keeps its newest files only, and no stale temporary file")
    func pruned() throws {
        let (builtin, _, cache) = try setUp()
        let dir = try #require(cache.directory)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for i in 0..<(PackCache.maxFiles + 5) {
            let f = dir + "/pack-old\(i).bin"
            try "old".write(toFile: f, atomically: true, encoding: .utf8)
            var times = [timespec(tv_sec: 1_000_000 + i, tv_nsec: 0), timespec(tv_sec: 1_000_000 + i, tv_nsec: 0)]
            utimensat(AT_FDCWD, f, &times, 0)
        }
        // temporary files an interrupted run left: an old one is removed, a fresh one (a run writing now) kept
        for (name, age) in [("pack-x.bin.1.2.tmp", 7200), ("pack-x.bin.3.4.tmp", 0)] {
            try "partial".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
            var times = [timespec(tv_sec: time(nil) - age, tv_nsec: 0), timespec(tv_sec: time(nil) - age, tv_nsec: 0)]
            utimensat(AT_FDCWD, dir + "/" + name, &times, 0)
        }
        #expect(try cache.loadNoting(directories: [builtin], builtinPack: builtin).outcome == .stored)
        #expect(!FileManager.default.fileExists(atPath: dir + "/pack-x.bin.1.2.tmp") && FileManager.default.fileExists(atPath: dir + "/pack-x.bin.3.4.tmp"))
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("pack-") && $0.hasSuffix(".bin") }
        #expect(left.count == PackCache.maxFiles)
        #expect(left.contains((try #require(cache.file(directories: [builtin], builtinPack: builtin)) as NSString).lastPathComponent))
        #expect(!left.contains("pack-old0.bin") && left.contains("pack-old\(PackCache.maxFiles + 4).bin"))
    }

    @Test("every stored field of the cached types is written: a field added to one fails here until PackCache writes it")
    func everyField() throws {
        let rule = Rule(id: "r", kind: .report, description: "", patterns: [], clitics: .all, needsComplement: false, scope: .anywhere, examples: RuleExamples(),
                        location: SourceLocation(path: "p", line: 1, column: 1))
        let counts: [String: Int] = [
            "RulePack": Mirror(reflecting: RulePack(rules: [])).children.count,
            "Rule": Mirror(reflecting: rule).children.count,
            "Rule.Compiled": Mirror(reflecting: Rule.Compiled(patterns: [], sequences: [])).children.count,
            "RuleExamples": Mirror(reflecting: RuleExamples()).children.count,
            "PackTest": Mirror(reflecting: PackTest(text: "", label: .named, source: nil, location: rule.location)).children.count,
            "PackLayer": Mirror(reflecting: PackLayer(directory: "", implied: false, builtin: false)).children.count,
            "ScoringConfig": Mirror(reflecting: ScoringConfig()).children.count,
            "SourceLocation": Mirror(reflecting: rule.location).children.count,
        ]
        #expect(counts == PackCache.fields)
    }

    @Test("binary records: numbers, strings (kept once), doubles and nesting read back as written")
    func records() throws {
        var w = BinaryWriter()
        let ints = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min]
        w.array(ints) { $0.int($1) }
        w.array(["قال", "", "قال", "é\u{301}", "قال"]) { $0.string($1) }
        w.double(-0.1); w.double(.infinity); w.bool(true)
        w.optional(nil as String?) { $0.string($1) }; w.optional("x") { $0.string($1) }
        var r = BinaryReader(w.bytes)
        #expect(try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.int() } == ints)
        #expect(try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.string() } == ["قال", "", "قال", "é\u{301}", "قال"])
        #expect(try r.double() == -0.1 && r.double() == .infinity && r.bool())
        #expect(try r.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.string() } == nil)
        #expect(try r.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.string() } == "x")
        #expect(r.atEnd)
        // a count larger than what is left, a string index never written, a bad boolean
        var big = BinaryReader([0xFF, 0xFF, 0x03]); #expect(throws: BinaryReader.Malformed.self) { _ = try big.count() }
        var ref = BinaryReader([0x06]); #expect(throws: BinaryReader.Malformed.self) { _ = try ref.string() }
        var flag = BinaryReader([2]); #expect(throws: BinaryReader.Malformed.self) { _ = try flag.bool() }
        #expect(FNV1a.hash([UInt8]()) == FNV1a.seed && FNV1a.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    }

    @Test("the cache directory: $ISNAD_CACHE_DIR, else $XDG_CACHE_HOME/isnad, else ~/.cache/isnad")
    func defaultDirectory() {
        #expect(PackCache.defaultDirectory(environment: ["ISNAD_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/c")
        #expect(PackCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/isnad")
        #expect(PackCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/isnad")
        #expect(PackCache.defaultDirectory(environment: [:]) == nil)
    }
}
