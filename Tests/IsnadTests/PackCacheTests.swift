import Foundation
import Synchronization
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
    /// lemmas (also with object pronouns), a regular expression, subjects, examples, a gazetteer (one name ambiguous),
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
                subject_words: [الوزير, وزير]
                examples:
                  match: ["وقال [[أكد]] الوزير إن ..."]
                  no_match: [لا شيء هنا]
              - id: passive.regex
                kind: passive
                regex: ["وورد\\\\s+أن"]
                speaker: false
              - id: report.object-pronoun
                kind: report
                object_pronouns: [bare_past]
                lemmas: ["اعتبر يعتبر -"]
              - id: entity.state
                kind: organization
                place_tag: true
                patterns: [روسيا|إيطاليا]
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
              penalties: {extra_chain_link: 7.5, anonymous_without_reason: 12, single_use_source: 3.25}
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
        // dump, not description: every stored field, whatever a type's description shows
        var all = ""
        dump(p, to: &all)
        return "\(all)\n\(subjects)\n\(weights)"
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
        #expect(second.pack.rules.map(\.id) == ["outlet.okaz", "outlet.spa", "report.qala", "passive.regex", "report.object-pronoun", "entity.state", "house.new"])
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

    /// The fields (by reflection) of `defaultValue` that no value of `values` sets to anything else.
    func unexercised<T>(_ values: [T], default defaultValue: T) -> [String] {
        func fields(_ v: Any) -> [String: String] {
            var out: [String: String] = [:]
            for c in Mirror(reflecting: v).children { if let l = c.label { var d = ""; dump(c.value, to: &d); out[l] = d } }
            return out
        }
        let base = fields(defaultValue), seen = values.map(fields)
        return base.keys.sorted().filter { label in !seen.contains { $0[label] != base[label] } }
    }

    @Test("every stored field of the cached types is written: each is set in the sample packs, which read back equal in every field")
    func everyField() throws {
        // the sample: the built-in pack of the other tests, the house pack layered on it, and a
        // pack that replaces the built-in one
        let (builtin, house, cache) = try setUp()
        let replacing = try TestSupport.tempDir()
        try write(["r.yml": "kind: report\nrules:\n  - id: own.r\n    patterns: [قال]\n"], to: replacing)
        var packs: [RulePack] = []
        for dirs in [[builtin], [house], [replacing]] {
            let yaml = try RuleLoader.load(directories: dirs, builtinPack: builtin)
            #expect(try cache.loadNoting(directories: dirs, builtinPack: builtin).outcome == .stored)
            let cached = try cache.loadNoting(directories: dirs, builtinPack: builtin)
            #expect(cached.outcome == .hit && text(cached.pack) == text(yaml))
            packs.append(yaml)
        }
        // a loaded pack holds no disabled rule (the loader removes them): one set by hand, read back through the encoding
        var disabled = packs[0]
        disabled.rules[0].disabled = true; disabled.rules[0].disabledDefinition = true
        var w = BinaryWriter()
        PackCache.encode(disabled, &w)
        var r = BinaryReader(w.bytes)
        #expect(try text(PackCache.decode(&r)) == text(disabled) && r.atEnd)
        packs.append(disabled)
        // a field added to a type and left at its default in the sample fails here (set it in
        // the sample); set there and not written by PackCache, the reading back above differs
        let rule = Rule(id: "r", kind: .report, description: "", patterns: [], clitics: .all, needsComplement: false, scope: .anywhere, examples: RuleExamples(),
                        location: SourceLocation(path: "p", line: 1, column: 1))
        let rules = packs.flatMap(\.rules)
        #expect(unexercised(packs, default: RulePack(rules: [])) == [])
        #expect(unexercised(rules, default: rule) == [])
        #expect(unexercised(rules.compactMap(\.compiled), default: Rule.Compiled(patterns: [], forms: [])) == [])
        #expect(unexercised(rules.map(\.examples), default: RuleExamples()) == [])
        #expect(unexercised(packs.flatMap(\.tests), default: PackTest(text: "", label: .named, source: nil, location: rule.location)) == [])
        #expect(unexercised(packs.flatMap(\.layers), default: PackLayer(directory: "", implied: false, builtin: false)) == [])
        #expect(unexercised(packs.map(\.scoring), default: ScoringConfig()) == [])
        #expect(unexercised(rules.map(\.location), default: SourceLocation(path: "", line: 0, column: 0)) == [])
    }

    /// A cache file as `store` writes it, around any payload: a forger can compute the key
    /// and the checksum.
    static func forged(_ payload: [UInt8], key: [UInt8]) -> Data {
        var w = BinaryWriter()
        w.raw(PackCache.magic)
        w.int(key.count); w.raw(key)
        w.int(Int(bitPattern: UInt(FNV1a.hash(payload))))
        w.int(payload.count); w.raw(payload)
        return Data(w.bytes)
    }

    static func modified(_ path: String) -> (inode: UInt, seconds: Int)? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return (UInt(st.st_ino), Int(st.st_mtim.tv_sec))
    }

    @Test("a cache file that is a symbolic link is never followed: ignored and replaced by a file")
    func symlinkedFile() throws {
        let (builtin, house, cache) = try setUp()
        _ = try cache.loadNoting(directories: [house], builtinPack: builtin)
        let file = try #require(cache.file(directories: [house], builtinPack: builtin))
        // a right cache file elsewhere, owned by the user: a link to it still is not read
        let elsewhere = try TestSupport.tempDir() + "/planted.bin"
        try FileManager.default.moveItem(atPath: file, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: elsewhere)
        let before = try Data(contentsOf: URL(fileURLWithPath: elsewhere))
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .stored)
        var st = stat()
        #expect(lstat(file, &st) == 0 && st.st_mode & S_IFMT == S_IFREG, "the link is replaced by a file, not written through")
        #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere)) == before)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .hit)
        // a FIFO planted at the name is not waited on
        try FileManager.default.removeItem(atPath: file)
        #expect(mkfifo(file, 0o600) == 0)
        #expect(PackCache.fetch(file, key: [], maxPatterns: RuleLoader.maxPatterns) == nil)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .stored)
    }

    @Test("a cache directory someone else owns, that group or others may write, or that is a symbolic link is neither read nor written")
    func untrustedDirectory() throws {
        let (builtin, house, cache) = try setUp()
        let yaml = try RuleLoader.load(directories: [house], builtinPack: builtin)
        let dir = try #require(cache.directory)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .stored)
        let file = try #require(cache.file(directories: [house], builtinPack: builtin))
        let entries = { (try? FileManager.default.contentsOfDirectory(atPath: dir).sorted()) ?? [] }
        let before = entries()
        for mode: mode_t in [0o770, 0o702, 0o777] {
            chmod(dir, mode)
            let r = try cache.loadNoting(directories: [house], builtinPack: builtin)
            #expect(r.outcome == .untrusted && text(r.pack) == text(yaml), "mode \(String(mode, radix: 8))")
        }
        chmod(dir, 0o700)
        // the right file, untouched: it was not read (no refreshed time) nor written
        #expect(entries() == before && FileManager.default.fileExists(atPath: file))
        // someone else's directory: as root, one given to another user; else the root directory
        let foreign: String
        if geteuid() == 0 {
            foreign = try TestSupport.tempDir() + "/foreign"
            try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            #expect(chown(foreign, 65534, 65534) == 0)
        } else {
            foreign = "/"
        }
        let other = PackCache(directory: foreign)
        #expect(try other.loadNoting(directories: [house], builtinPack: builtin).outcome == .untrusted)
        #expect(!FileManager.default.fileExists(atPath: try #require(other.file(directories: [house], builtinPack: builtin))))
        // a link to a directory of the user's own
        let link = try TestSupport.tempDir() + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir)
        #expect(try PackCache(directory: link).loadNoting(directories: [house], builtinPack: builtin).outcome == .untrusted)
        #expect(PrivateFiles.directory(dir) == .own)
    }

    @Test("a crafted cache file (right key and checksum) with huge counts, bad values or a pack the loader refuses is ignored, never a crash")
    func crafted() throws {
        let (builtin, house, cache) = try setUp()
        let yaml = try RuleLoader.load(directories: [house], builtinPack: builtin)
        _ = try cache.loadNoting(directories: [house], builtinPack: builtin)
        let file = try #require(cache.file(directories: [house], builtinPack: builtin))
        let key = try #require(PackCache.key(directories: [house], builtinPack: builtin, maxPatterns: RuleLoader.maxPatterns, build: PackCache.build)).bytes
        func encoded(_ pack: RulePack) -> [UInt8] { var w = BinaryWriter(); PackCache.encode(pack, &w); return w.bytes }
        // a rule whose compiled pattern the loader could never make
        func withSequences(_ alternatives: [[PatternElement]]) -> RulePack {
            var p = yaml
            let i = p.rules.firstIndex { $0.compiled != nil }!
            p.rules[i].compiled = Rule.Compiled(patterns: p.rules[i].patterns, forms: Array(repeating: CompiledPattern(positions: [alternatives]), count: p.rules[i].patterns.count))
            return p
        }
        var badRegex = yaml
        badRegex.rules[badRegex.rules.firstIndex { !$0.regexes.isEmpty }!].regexes = ["(unclosed"]
        var tooMany = yaml
        tooMany.rules[0].patterns = Array(repeating: "قال", count: 50)
        let payloads: [(String, [UInt8])] = [
            ("a count of 2^62 rules", [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]),
            ("as many rules as there are bytes, each empty", [0xC8, 0x01] + Array(repeating: 0, count: 100)),
            ("a count of nested arrays near the end", encoded(yaml).dropLast(3) + [0xFF, 0xFF, 0x03]),
            ("a string index never written", [0x02, 0x40]),
            ("a gap of a million words", encoded(withSequences([[.word("أ"), .gap(1_000_000), .word("ب")]]))),
            ("a pattern starting with a gap", encoded(withSequences([[.gap(2), .word("ب")]]))),
            ("an empty sequence", encoded(withSequences([[]]))),
            ("no alternatives", encoded(withSequences([]))),
            ("a regular expression the loader refuses", encoded(badRegex)),
        ]
        for (what, payload) in payloads {
            try Self.forged(payload, key: key).write(to: URL(fileURLWithPath: file))
            chmod(file, 0o600)
            let r = try cache.loadNoting(directories: [house], builtinPack: builtin)
            #expect(r.outcome == .stored && text(r.pack) == text(yaml), "\(what)")
        }
        // past the patterns a load may take (the limit is part of the key: the same pack, under a lower limit)
        let small = try #require(PackCache.key(directories: [house], builtinPack: builtin, maxPatterns: 40, build: PackCache.build))
        let smallFile = (try #require(cache.directory) as NSString).appendingPathComponent(small.name)
        try Self.forged(encoded(tooMany), key: small.bytes).write(to: URL(fileURLWithPath: smallFile))
        chmod(smallFile, 0o600)
        #expect(PackCache.fetch(smallFile, key: small.bytes, maxPatterns: 40) == nil)
        #expect(PackCache.fetch(smallFile, key: small.bytes, maxPatterns: 100) != nil, "the same file under a limit it keeps is read")
        // the forged envelope around the right payload is read: the checks above refused the values, not the envelope
        try Self.forged(encoded(yaml), key: key).write(to: URL(fileURLWithPath: file))
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .hit)
    }

    @Test("a pack file edited between the key's reading and the loader's is not stored under the old key")
    func staleKey() throws {
        let (builtin, house, cache) = try setUp()
        let original = Self.layer["house.yml"]!, edited = original.replacingOccurrences(of: "غمغم", with: "همهم")
        let oldFile = try #require(cache.file(directories: [house], builtinPack: builtin))
        let raced = try cache.loadNoting(directories: [house], builtinPack: builtin) {
            try? edited.write(toFile: house + "/house.yml", atomically: true, encoding: .utf8)
        }
        #expect(raced.outcome == .notStored && raced.pack.rules.last?.patterns == ["همهم"])
        #expect(!FileManager.default.fileExists(atPath: oldFile))
        // the edit is then cached under its own key; restored, the original is read from its YAML
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .stored)
        try original.write(toFile: house + "/house.yml", atomically: true, encoding: .utf8)
        let restored = try cache.loadNoting(directories: [house], builtinPack: builtin)
        #expect(restored.outcome == .stored && restored.pack.rules.last?.patterns == ["غمغم"])
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).pack.rules.last?.patterns == ["غمغم"])
    }

    @Test("each build keeps its own file; a hit refreshes the file's time (pruning drops the least recently used), without rewriting it")
    func buildsAndUse() throws {
        let (builtin, house, cache) = try setUp()
        let release = try #require(cache.file(directories: [house], builtinPack: builtin, build: "release"))
        let debug = try #require(cache.file(directories: [house], builtinPack: builtin, build: "debug"))
        #expect(release != debug)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "release").outcome == .stored)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "debug").outcome == .stored)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "release").outcome == .hit)
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "debug").outcome == .hit)
        var old = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        utimensat(AT_FDCWD, release, &old, 0)
        let before = try #require(Self.modified(release))
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin, build: "release").outcome == .hit)
        let after = try #require(Self.modified(release))
        #expect(after.inode == before.inode && before.seconds == 1_000_000 && after.seconds > 1_000_000)
        #if os(Linux)
        // the linker's build ID of the test binary, read from its ELF notes
        let id = try #require(BuildIdentity.elfBuildID)
        #expect(id.count >= 16 && id.allSatisfy(\.isHexDigit) && PackCache.build == "build-id " + id)
        #endif
    }

    @Test("loads racing on one cache file each get the pack, and leave one whole file and no temporary one")
    func racing() throws {
        let (builtin, house, cache) = try setUp()
        let expected = text(try RuleLoader.load(directories: [house], builtinPack: builtin))
        let results = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let t = (try? cache.loadNoting(directories: [house], builtinPack: builtin)).map { text($0.pack) } ?? "error"
            results.withLock { $0.append(t) }
        }
        #expect(results.withLock { $0 } == Array(repeating: expected, count: 8))
        let dir = try #require(cache.directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.count == 1 && names[0].hasSuffix(".bin"), "\(names)")
        #expect(try cache.loadNoting(directories: [house], builtinPack: builtin).outcome == .hit)
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
