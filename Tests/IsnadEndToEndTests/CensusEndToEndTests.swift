import Foundation
import Testing
@testable import Isnad
@testable import IsnadModel
@testable import IsnadText
@testable import IsnadRules
@testable import IsnadEngine
@testable import IsnadReport
import IsnadTestSupport

/// `audit rules census` through the built executable (run `swift build` before `swift test`).
@Suite("audit rules census (executable)")
struct CensusEndToEndTests {
    /// The labels the audit gives the claims holding `marker`, with the rules in `rules`.
    static func labels(_ archive: String, rules: [String], _ marker: String) throws -> [String] {
        let r = try Support.run(["--format", "json", "--fail-on", "none"] + rules.flatMap { ["--rules", $0] } + [archive])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        return (doc["articles"] as! [[String: Any]]).flatMap { a in
            (a["units"] as! [[String: Any]]).filter { ($0["text"] as? String ?? "").contains(marker) }.compactMap { $0["label"] as? String }
        }
    }

    @Test("census, accept its YAML, audit again: the invented verb's claims are named, the invented outlet's secondhand")
    func growTheRules() throws {
        let archive = try CensusArchive.write()
        let text = try Support.run(["rules", "census", "--rules", Support.rules, archive])
        #expect(text.status == 0, "\(text.stderr)")
        // both first in their sections
        let verbs = try #require(text.stdout.components(separatedBy: "== Likely reporting verbs").last)
        #expect(verbs.contains("  1. \u{2068}غمغم\u{2069} — 20 times in 10 articles"))
        let outlets = try #require(text.stdout.components(separatedBy: "== Unknown outlets").last)
        #expect(outlets.contains("  1. \u{2068}الفجر الجديد\u{2069} — 10 times in 10 articles"))
        #expect(text.stdout.contains("\(archive)/a00.txt:2"))

        let yaml = try Support.run(["rules", "census", "--rules", Support.rules, "--format", "yaml", archive])
        #expect(yaml.status == 0)
        let accepted = try Support.tempDir() + "/Newsroom"
        try FileManager.default.createDirectory(atPath: accepted, withIntermediateDirectories: true)
        try yaml.stdout.write(toFile: accepted + "/census.yml", atomically: true, encoding: .utf8)
        // the stubs pass `rules check` and their own tests, alone and over the shipped pack
        #expect(try Support.run(["rules", "check", accepted]).status == 0)
        let check = try Support.run(["rules", "check", Support.rules, accepted])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let test = try Support.run(["rules", "test", Support.rules, accepted])
        #expect(test.status == 0, "\(test.stdout)")

        let before = try Self.labels(archive, rules: [Support.rules], "غمغم")
        #expect(before.count == 20 && before.allSatisfy { $0 == "unsourced" }, "\(before)")
        let after = try Self.labels(archive, rules: [Support.rules, accepted], "غمغم")
        #expect(after.count == 20 && after.allSatisfy { $0 == "named" }, "\(after)")
        #expect(try Self.labels(archive, rules: [Support.rules], "وذكرت الفجر الجديد") == ["named", "named", "named"])
        let outlet = try Self.labels(archive, rules: [Support.rules, accepted], "الفجر الجديد")
        #expect(outlet.count == 13 && outlet.allSatisfy { $0 == "secondhand" }, "\(outlet)")
    }

    @Test("the same bytes with --jobs 1 and --jobs 2, from files and from JSON lines")
    func sameBytes() throws {
        let dir = try Support.tempDir()
        for a in CensusArchive.large(200) { try a.text.write(toFile: dir + "/" + a.name, atomically: true, encoding: .utf8) }
        for format in ["text", "json", "yaml"] {
            let one = try Support.run(["rules", "census", "--rules", Support.rules, "--format", format, "--top", "0", "--min-count", "1", "--jobs", "1", dir])
            let two = try Support.run(["rules", "census", "--rules", Support.rules, "--format", format, "--top", "0", "--min-count", "1", "--jobs", "2", dir])
            #expect(one.status == 0 && two.status == 0)
            #expect(one.stdout == two.stdout, "\(format)")
            #expect(!one.stdout.isEmpty)
        }
        let lines = CensusArchive.large(200).map { a in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": a.name, "text": a.text], options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        let one = try Support.run(["rules", "census", "--rules", Support.rules, "--input", "jsonl", "--jobs", "1", "-"], stdin: lines)
        let two = try Support.run(["rules", "census", "--rules", Support.rules, "--input", "jsonl", "--jobs", "2", "-"], stdin: lines)
        #expect(one.status == 0 && one.stdout == two.stdout)
        #expect(one.stdout.contains("g000.txt:2"), "a record's id is its path")
    }

    @Test("JSON: the documented structure")
    func json() throws {
        let archive = try CensusArchive.write()
        let r = try Support.run(["rules", "census", "--rules", Support.rules, "--format", "json", archive])
        #expect(r.status == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(doc["format"] as? Int == 1)
        let archiveInfo = doc["archive"] as! [String: Any]
        #expect(archiveInfo["articles"] as? Int == 13)
        for key in ["units", "claims", "unsourced", "errors", "rules"] { #expect(archiveInfo.keys.contains(key), "\(key)") }
        let verbs = doc["verbs"] as! [[String: Any]]
        #expect(verbs[0]["key"] as? String == "غمغم" && verbs[0]["count"] as? Int == 20 && verbs[0]["articles"] as? Int == 10)
        #expect(verbs[0]["lemma"] as? [String] == ["غمغم", "يغمغم", "مغمغم"])
        let example = (verbs[0]["examples"] as! [[String: Any]])[0]
        #expect(example["path"] as? String == archive + "/a00.txt" && example["line"] as? Int == 2)
        #expect((verbs[0]["stub"] as! [String: Any])["yaml"] as? String != nil)
        for section in ["speakers", "outlets", "quotes"] { #expect(doc[section] is [[String: Any]], "\(section)") }
        let health = doc["health"] as! [String: Any]
        for key in ["dead", "set_aside", "loose"] { #expect(health[key] is [[String: Any]], "\(key)") }
    }

    @Test("bad input is named (a JSON-lines record by its line), the rest is still counted, exit 2")
    func badInput() throws {
        let lines = CensusArchive.jsonl.split(separator: "\n").map(String.init)
        let stdin = ([lines[0], "{not json", lines[1], "{\"id\": \"x\"}"] + lines[2...]).joined(separator: "\n") + "\n"
        let r = try Support.run(["rules", "census", "--rules", Support.rules, "--input", "jsonl", "--format", "json", "-"], stdin: stdin)
        #expect(r.status == 2)
        #expect(r.stderr.contains("stdin:2: not a JSON object"))
        #expect(r.stderr.contains("x: the record has no \"text\" string"))
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect((doc["archive"] as! [String: Any])["articles"] as? Int == 13)
        #expect((doc["archive"] as! [String: Any])["errors"] as? Int == 2)
        let missing = try Support.run(["rules", "census", "--rules", Support.rules, "/no/such/archive", try CensusArchive.write()])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/archive"))
        #expect(missing.stdout.contains("Census of 13 articles"))
    }

    @Test("'-' reads one article from standard input among the files, as the audit does; --isolate-above 0 reads each apart with the same result")
    func standardInput() throws {
        let dir = try CensusArchive.write()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        let first = try String(contentsOfFile: dir + "/" + files[0], encoding: .utf8)
        let rest = files.dropFirst().map { dir + "/" + $0 }
        let args = ["rules", "census", "--rules", Support.rules, "--format", "json", "--top", "0", "--min-count", "1"]
        let all = try Support.run(args + [dir + "/" + files[0]] + rest)
        let piped = try Support.run(args + ["-"] + rest, stdin: first)
        #expect(all.status == 0 && piped.status == 0, "\(piped.stderr)")
        let a = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [String: Any]
        let b = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as! [String: Any]
        #expect((b["archive"] as! [String: Any])["articles"] as? Int == files.count)
        #expect((a["verbs"] as! [[String: Any]]).map { $0["word"] as? String } == (b["verbs"] as! [[String: Any]]).map { $0["word"] as? String })
        let apart = try Support.run(args + ["--isolate-above", "0", "-"] + rest, stdin: first)
        #expect(apart.status == 0 && apart.stdout == piped.stdout, "\(apart.stderr)")
        #expect(try Support.run(args + ["-", "-"], stdin: first).status == 2)
        #expect(try Support.run(args + ["--isolate-above", "-1", "-"], stdin: first).status == 2)
    }

    @Test("census --help, and its usage errors")
    func usage() throws {
        let help = try Support.run(["rules", "census", "--help"])
        #expect(help.status == 0 && help.stdout.contains("OVERVIEW:") && help.stdout.contains("--limit-examples"))
        #expect(try Support.run(["rules", "census"]).status == 2)
        #expect(try Support.run(["rules", "census", "--limit-examples", "7", "x"]).status == 2)
        #expect(try Support.run(["rules", "census", "--format", "pdf", "x"]).status == 2)
    }
}
