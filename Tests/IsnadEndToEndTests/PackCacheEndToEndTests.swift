import Foundation
import Testing
@testable import Isnad

/// The rule-pack cache as a user meets it: `--cache-dir`, `--no-cache`, an edited pack.
@Suite("rule pack cache (executable)")
struct PackCacheEndToEndTests {
    @Test("the second run reads the cached pack and prints the same bytes; an edited rule is seen at once; --no-cache writes nothing; a corrupt cache file is replaced")
    func cachedRuns() throws {
        let dir = try Support.tempDir()
        let cache = dir + "/cache", pack = dir + "/pack"
        try FileManager.default.createDirectory(atPath: pack, withIntermediateDirectories: true)
        try "kind: report\nrules:\n  - id: house.ghamghama\n    patterns: [غمغم]\n".write(toFile: pack + "/house.yml", atomically: true, encoding: .utf8)
        try "وغمغم الوزير بأن الخطة جاهزة.\nوارتفعت الأسعار أمس.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let args = ["--rules", "builtin", "--rules", pack, "--fail-on", "none", "--format", "json", dir + "/a.txt"]
        func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter { $0.hasSuffix(".bin") } }

        let uncached = try Support.run(args + ["--no-cache", "--cache-dir", cache])
        #expect(uncached.status == 0 && files().isEmpty, "\(uncached.stderr)")
        let first = try Support.run(args + ["--cache-dir", cache])
        #expect(files().count == 1)
        // the file's time set far back: the second run reads it (a hit refreshes the time on the
        // file read) and does not write it again (a write is a new file: a new inode)
        let entry = cache + "/" + files()[0]
        var old = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, entry, &old, 0) == 0)
        var before = stat(), after = stat()
        #expect(stat(entry, &before) == 0)
        let second = try Support.run(args + ["--cache-dir", cache])
        #expect(stat(entry, &after) == 0)
        #expect(after.st_ino == before.st_ino && before.st_mtim.tv_sec == 1_000_000 && after.st_mtim.tv_sec > 1_000_000, "the second run read the cache")
        #expect(first.stdout == uncached.stdout && second.stdout == uncached.stdout && second.stderr == uncached.stderr)
        #expect(uncached.stdout.contains("house.ghamghama"))

        // the rule renamed: the next run sees the YAML, not the cached pack
        try "kind: report\nrules:\n  - id: house.hamhama\n    patterns: [غمغم]\n".write(toFile: pack + "/house.yml", atomically: true, encoding: .utf8)
        let edited = try Support.run(args + ["--cache-dir", cache])
        #expect(edited.stdout.contains("house.hamhama") && !edited.stdout.contains("house.ghamghama"), "\(edited.stdout.prefix(400))")
        #expect(files().count == 1, "the edited pack's entry replaces the old one")

        // a damaged cache file: the run is right, and the file is written again
        let file = cache + "/" + files()[0]
        let good = try Data(contentsOf: URL(fileURLWithPath: file))
        try Data(good.prefix(100) + Data(repeating: 0x41, count: 50)).write(to: URL(fileURLWithPath: file))
        let repaired = try Support.run(args + ["--cache-dir", cache])
        #expect(repaired.stdout == edited.stdout && repaired.stderr == edited.stderr)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == good)

        // errors in the rules are reported from the YAML, with line and column, cache or not
        try "kind: report\nrules:\n  - id: house.hamhama\n    patern: [غمغم]\n".write(toFile: pack + "/house.yml", atomically: true, encoding: .utf8)
        let bad = try Support.run(args + ["--cache-dir", cache])
        #expect(bad.status == 2 && bad.stderr.contains(pack + "/house.yml:4:5: error: unknown key 'patern'"), "\(bad.stderr)")
    }

    @Test("a cache directory others may write is neither read nor written, silently; rules commands that load packs take the cache options, rules init neither")
    func untrustedAndCommands() throws {
        let dir = try Support.tempDir()
        let cache = dir + "/shared"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: false)
        chmod(cache, 0o777)
        try "وقال الوزير إن الخطة جاهزة.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let plain = try Support.run(["--fail-on", "none", "--no-cache", dir + "/a.txt"])
        let shared = try Support.run(["--fail-on", "none", "--cache-dir", cache, dir + "/a.txt"])
        #expect(shared.status == 0 && shared.stdout == plain.stdout && shared.stderr == plain.stderr, "\(shared.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).isEmpty)
        let own = dir + "/own"
        for command in [["rules", "check"], ["rules", "patterns"]] {
            let r = try Support.run(command + ["--cache-dir", own], in: dir)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(try Support.run(command + ["--no-cache"], in: dir).status == 0, "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: own).contains { $0.hasSuffix(".bin") })
        let initRun = try Support.run(["rules", "init", dir + "/new", "--no-cache"])
        #expect(initRun.status == 2 && initRun.stderr.contains("--no-cache"), "\(initRun.stderr)")
    }
}
