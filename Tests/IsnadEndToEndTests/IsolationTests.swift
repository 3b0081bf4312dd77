import Foundation
import Testing
@testable import Isnad
import IsnadTestSupport

/// Issue #26, item 3: an article that exhausts memory is audited in a child process of its own
/// (`--isolate`, `--isolate-above`), reported as an error naming it, and the batch goes on.
@Suite("Isolation: large articles audited in a process of their own")
struct IsolationTests {
    let rules = ["--rules", Support.rules]

    /// Runs the binary under `ulimit -v KB` (a shell sets the limit, then runs it).
    func limited(_ kb: Int, _ args: [String], stdin: String? = nil) throws -> Support.Run {
        try Support.run(["-c", "ulimit -v \(kb); exec \"$0\" \"$@\"", Support.binary] + args, stdin: stdin, executable: "/bin/bash")
    }

    /// A large article of short report sentences, `bytes` long or a little more.
    func bigArticle(_ bytes: Int) -> String {
        let line = "قال مصدر مسؤول إن الوزير أكد أن الحكومة نفت ما نقلته وكالة رويترز عن مصادر مطلعة.\n"
        return String(repeating: line, count: bytes / line.utf8.count + 1)
    }

    func articles(_ stdout: String) throws -> [[String: Any]] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return doc["articles"] as? [[String: Any]] ?? []
    }

    @Test("an audit written by a child reads back the same: every format renders the same bytes")
    func wireRoundTrip() throws {
        let fm = FileManager.default
        var paths = try fm.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted().map { Support.gold + "/" + $0 }
        paths += ["windows-1256-nul-padded.txt", "stray-nul.txt", "utf16le.txt", "invalid-utf8.txt", "control-characters.txt", "unbalanced-quotes.txt"]
            .map { Support.fixtures + "/hostile/" + $0 }
        let reporters = try OutputFormat.allCases.map { try $0.reporter(color: false, pretty: true) }
        var checked = 0
        for path in paths {
            guard let audit = try? Support.auditor.audit(bytes: InputFiles.read(path), path: path, invalidUTF8: .replace) else { continue }
            var bytes: [UInt8] = []
            AuditWire.write(.audit(audit)) { bytes += $0 }
            guard case .audit(let back)? = AuditWire.read(bytes) else { Issue.record("\(path): not read back"); continue }
            for r in reporters {
                #expect(Batch.sheet(back, r) == Batch.sheet(audit, r), "\(path), \(type(of: r))")
            }
            #expect(back.units.count == audit.units.count && back.text.bytes == audit.text.bytes && back.text.start == audit.text.start
                    && back.text.scalarCount == audit.text.scalarCount && back.units.map { Array($0.utf8) } == audit.units.map { Array($0.utf8) } && back.units.map(\.candidates) == audit.units.map(\.candidates))
            // what `audit explain` tells of a contest (a denied headline's link to the text's denial too: dev s16)
            #expect(back.units.map(\.contestMatch) == audit.units.map(\.contestMatch), "\(path)")
            // cut anywhere, the bytes are no result (a child that died while writing)
            for cut in [bytes.count - 1, bytes.count / 2, 20] { #expect(AuditWire.read(Array(bytes[..<cut])) == nil) }
            // given the file's bytes, which both sides have, a text that is them is not sent
            // (legacy encodings and replaced UTF-8 are: their text is not the file)
            let file = try InputFiles.read(path)
            var said: [UInt8] = []
            AuditWire.write(.audit(audit), input: file) { said += $0 }
            if audit.text.bytes == file {
                #expect(said.count < bytes.count - file.count / 2, "\(path)")
                #expect(AuditWire.read(said) == nil, "not readable without the file")
            } else {
                #expect(said == bytes, "\(path)")
            }
            guard case .audit(let again)? = AuditWire.read(said, input: file) else { Issue.record("\(path): not read back with its file"); continue }
            for r in reporters { #expect(Batch.sheet(again, r) == Batch.sheet(audit, r), "\(path), \(type(of: r))") }
            checked += 1
        }
        #expect(checked > 20)
        var failure: [UInt8] = []
        AuditWire.write(.failure(InputFailure(path: "a.txt", message: "why"))) { failure += $0 }
        guard case .failure(let f)? = AuditWire.read(failure) else { Issue.record("a failure is not read back"); return }
        #expect(f.path == "a.txt" && f.message == "why")
    }

    static let sameOutputInputs = ["seed-01.txt", "seed-02.txt", "seed-03.txt"].map { Support.gold + "/" + $0 } + [Support.fixtures + "/hostile/windows-1256-nul-padded.txt"]

    // one case per format, so that the cases (each a pair of runs) run in parallel
    @Test("--isolate writes the same bytes as auditing in process, in every format", arguments: ["json", "text", "sarif", "jsonl", "line"])
    func sameOutput(format: String) throws {
        let args = rules + ["--fail-on", "unsourced", "--no-pretty", "--format", format] + Self.sameOutputInputs
        let plain = try Support.run(args + ["--jobs", "1"]), isolated = try Support.run(args + ["--isolate", "--jobs", "2"])
        #expect(plain.status == 1 && isolated.status == plain.status, "\(format): \(isolated.stderr)")
        #expect(isolated.stdout == plain.stdout, "\(format)")
        #expect(isolated.stderr == plain.stderr, "\(format)")
    }

    @Test("--isolate writes the same bytes as auditing in process: records on standard input, and sheets with -o")
    func sameOutputRecordsAndDirectory() throws {
        let inputs = Self.sameOutputInputs
        // records on standard input, their other fields passed through
        let records = (1...3).map { #"{"id": "r\#($0)", "desk": "x", "text": "قال الوزير إن الأمر انتهى \#($0)."}"# }.joined(separator: "\n") + "\n"
        let args = rules + ["--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "-"]
        let a = try Support.run(args, stdin: records), b = try Support.run(args + ["--isolate-above", "10"], stdin: records)
        #expect(a.status == 0 && b.stdout == a.stdout && b.stdout.contains(#""desk":"x""#), "\(b.stderr)")
        // -o DIR: the sheets are the same
        let one = try Support.tempDir(), two = try Support.tempDir()
        _ = try Support.run(rules + ["--fail-on", "none", "--format", "json,html", "-o", one] + inputs)
        _ = try Support.run(rules + ["--fail-on", "none", "--format", "json,html", "-o", two, "--isolate"] + inputs)
        let names = try FileManager.default.contentsOfDirectory(atPath: one).sorted()
        let others = try FileManager.default.contentsOfDirectory(atPath: two).sorted()
        #expect(names.count >= 8 && names == others)
        for n in names { #expect(FileManager.default.contents(atPath: one + "/" + n) == FileManager.default.contents(atPath: two + "/" + n), "\(n)") }
    }

    // The two halves of the out-of-memory test run in parallel; the smallest limits are tested below.
    @Test("under ulimit -v, an article that runs out of memory is reported and the articles around it are audited")
    func outOfMemory() throws {
        let dir = try Support.tempDir()
        let big = dir + "/big.txt"
        try bigArticle(16 << 20).write(toFile: big, atomically: false, encoding: .utf8)
        let first = Support.gold + "/seed-01.txt", last = Support.gold + "/seed-02.txt"
        let r = try limited(500_000, rules + ["--fail-on", "none", "--format", "json", "--no-pretty", "--max-article-bytes", "100000000", first, big, last])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("audit: error: \(big): ran out of memory (limit 488 MB of address space, ulimit -v): not audited"), "\(r.stderr)")
        #expect(try articles(r.stdout).map { $0["path"] as? String } == [first, last], "\(r.stderr)")
    }

    @Test("under ulimit -v 250000 the run starts with its worker threads, audits ordinary articles and reports the one too large")
    func smallAddressSpace() throws {
        // the threads' allocator arenas (64 MB of address space each) made the run itself die of a signal here
        let dir = try Support.tempDir()
        let big = dir + "/big.txt"
        try bigArticle(16 << 20).write(toFile: big, atomically: false, encoding: .utf8)
        let gold = try FileManager.default.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted().prefix(6).map { Support.gold + "/" + $0 }
        let r = try limited(250_000, rules + ["--fail-on", "none", "--format", "json", "--no-pretty", "--jobs", "2", "--max-article-bytes", "100000000"]
                                + gold.prefix(3) + [big] + gold.suffix(3))
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("audit: error: \(big): ran out of memory (limit 244 MB of address space, ulimit -v): not audited"), "\(r.stderr)")
        #expect(try articles(r.stdout).map { $0["path"] as? String } == gold, "\(r.stderr)")
    }

    @Test("a run that itself runs out of address space (a large article audited in process) stops with a message and exit 2, not a signal")
    func inProcessOutOfMemory() throws {
        let dir = try Support.tempDir()
        let big = dir + "/big.txt"
        try bigArticle(16 << 20).write(toFile: big, atomically: false, encoding: .utf8)
        let r = try limited(250_000, rules + ["--fail-on", "none", "--format", "json", "--isolate-above", "1000000000", "--max-article-bytes", "100000000", big])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.hasSuffix("audit: error: ran out of memory (limit 244 MB of address space, ulimit -v); stopped\n"), "\(r.stderr)")
        #expect(!r.stderr.contains("Signal") && !r.stderr.contains("crashed"), "\(r.stderr)")
    }

    @Test("a 16 MB article of news text is audited in process under ulimit -v 300 MB (a debug build needs about 255 MB, 265 before tokens and segments took 32-bit fields; before the storage cuts of issue #26 the release build needed about 390 MB)")
    func largeArticleUnderLimit() throws {
        // the dev gold articles one after another, to 16 MB, cut at a line end
        let fm = FileManager.default
        let texts = try fm.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOfFile: Support.gold + "/" + $0, encoding: .utf8) }
        let blob = Array((texts.joined(separator: "\n\n") + "\n\n").utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 << 20)
        while bytes.count < 16 << 20 { bytes += blob.prefix((16 << 20) - bytes.count) }
        bytes.removeLast(bytes.count - (bytes.lastIndex(of: 0x0A)! + 1))
        let dir = try Support.tempDir()
        let big = dir + "/news.txt"
        #expect(fm.createFile(atPath: big, contents: Data(bytes)))
        let r = try limited(300 << 10, rules + ["--fail-on", "none", "--format", "json", "--no-pretty", "--isolate-above", "1000000000",
                                               "--max-article-bytes", "100000000", big])
        #expect(r.status == 0, "\(r.stderr)")
        let units = try #require(try articles(r.stdout).first?["units"] as? [[String: Any]], "\(r.stderr)")
        #expect(units.count > 10_000)
    }

    @Test("a ulimit -v too small to start under is an error with the figures and exit 2, not a signal")
    func addressSpaceTooSmall() throws {
        let r = try limited(100_000, rules + [Support.gold + "/seed-01.txt"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("audit: error: the address-space limit (ulimit -v) is 97 MB: too small to run; the tool maps "), "\(r.stderr)")
        #expect(r.stderr.contains("raise the limit"))
    }

    @Test("explain audits an article over 1 MB in a process of its own: the same explanation, and running out of memory is an error naming it")
    func explainApart() throws {
        let dir = try Support.tempDir()
        let text = """
            قال مسؤول أمريكي طلب عدم الكشف عن هويته إن الاتفاق بات قريبا.
            وأضاف المسؤول الأمريكي أن التوقيع سيتم الشهر المقبل.
            ورفضت الوزارة التعليق على التقرير.

            """
        let small = dir + "/small.txt", padded = dir + "/padded.txt"
        try text.write(toFile: small, atomically: true, encoding: .utf8)
        // the same claims, then a line of white space past the 1 MB where explain isolates
        try (text + String(repeating: " ", count: Isolation.defaultAbove + 1)).write(toFile: padded, atomically: true, encoding: .utf8)
        let a = try Support.run(["explain", "--rules", Support.rules, small + ":2"])
        let b = try Support.run(["explain", "--rules", Support.rules, padded + ":2"])
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        #expect(b.stdout == a.stdout.replacingOccurrences(of: small, with: padded) && b.stdout.contains("L2:1  claim 2, claim:"), "\(b.stdout)")
        // --isolate-above lowers the threshold: the small article explained apart says the same
        let c = try Support.run(["explain", "--rules", Support.rules, "--isolate-above", "0", small + ":2"])
        #expect(c.status == 0 && c.stdout == a.stdout, "\(c.stderr)")
        #expect(try Support.run(["explain", "--rules", Support.rules, "--isolate-above", "-3", small]).status == 2)
        // a line with no claim: the child's message and status are passed on
        let none = try Support.run(["explain", "--rules", Support.rules, padded + ":4"])
        #expect(none.status == 2 && none.stderr == "audit: error: \(padded):4: no claim there\n", "\(none.stderr)")
        // too large for the limit: an error naming it, exit 2, not a signal
        let big = dir + "/big.txt"
        try bigArticle(16 << 20).write(toFile: big, atomically: false, encoding: .utf8)
        let r = try limited(250_000, ["explain", "--rules", Support.rules, big + ":1"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "audit: error: \(big): ran out of memory (limit 244 MB of address space, ulimit -v): not audited\n", "\(r.stderr)")
    }

    @Test("the census reads an article over 1 MB in a process of its own: the same report, and running out of memory is an input not read")
    func censusApart() throws {
        let one = try Support.tempDir(), two = try Support.tempDir()
        let text = try String(contentsOfFile: Support.gold + "/seed-01.txt", encoding: .utf8)
        try text.write(toFile: one + "/a.txt", atomically: true, encoding: .utf8)
        // the same article, then a line of white space past the 1 MB where the census isolates
        try (text + "\n" + String(repeating: " ", count: Isolation.defaultAbove + 1)).write(toFile: two + "/a.txt", atomically: true, encoding: .utf8)
        let args = ["rules", "census", "--rules", Support.rules, "--format", "json", "--min-count", "1", "--no-pretty"]
        let a = try Support.run(args + [one + "/a.txt"]), b = try Support.run(args + [two + "/a.txt"])
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        #expect(a.stdout.contains(one + "/a.txt") && b.stdout == a.stdout.replacingOccurrences(of: one, with: two))
        // too large for the limit: an input not read, named with the reason; the others are counted
        let big = one + "/big.txt"
        try bigArticle(16 << 20).write(toFile: big, atomically: false, encoding: .utf8)
        let r = try limited(250_000, args + [one + "/a.txt", big])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("audit: error: \(big): ran out of memory (limit 244 MB of address space, ulimit -v): not audited"), "\(r.stderr)")
        #expect(r.stdout.contains(one + "/a.txt") && !r.stdout.contains(big))
    }

    @Test("under ulimit -v, a JSON-lines record that runs out of memory is an error line and the records around it are audited")
    func outOfMemoryOnStandardInput() throws {
        // one output line per record, the huge one an error line
        let small = #"{"id": "a", "text": "قال الوزير إن الأمر انتهى."}"#
        let huge = try String(decoding: JSONSerialization.data(withJSONObject: ["id": "huge", "text": bigArticle(16 << 20)]), as: UTF8.self)
        let s = try limited(500_000, rules + ["--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "--max-article-bytes", "100000000", "-"],
                            stdin: [small, huge, small.replacingOccurrences(of: "\"a\"", with: "\"b\"")].joined(separator: "\n") + "\n")
        #expect(s.status == 2, "\(s.stderr)")
        let lines = s.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines.map { $0?["path"] as? String } == ["a", "huge", "b"])
        #expect((lines[1]?["error"] as? String)?.hasPrefix("ran out of memory (limit 488 MB") == true, "\(s.stdout.prefix(600))")
        #expect(lines[0]?["units"] != nil && lines[2]?["units"] != nil)
    }

    @Test("a unit longer than 10,000 characters with no sentence end is cut at white space, with a warning")
    func longUnits() throws {
        let words = ["قال", "مصدر", "مسؤول", "إن", "الوزير", "أكد", "أن", "الحكومة"]
        let line = (0..<5000).map { words[$0 % words.count] }.joined(separator: " ")  // ~27,000 characters, no full stop
        let text = "عنوان الخبر\n" + line + "\nوقال الوزير إن الأمر انتهى."
        let a = Support.audit(text)
        let scalars = Array(text.unicodeScalars)
        let cut = a.units.filter { $0.line == 2 }
        #expect(cut.count == 3)
        #expect(cut.allSatisfy { $0.span.end - $0.span.start <= Segmenter.maxUnitScalars })
        // cut at white space: every piece starts and ends with a letter, and nothing but the spaces between is left out
        #expect(cut.allSatisfy { !Tokenizer.isSpace(scalars[$0.span.start]) && !Tokenizer.isSpace(scalars[$0.span.end - 1]) })
        #expect(zip(cut, cut.dropFirst()).allSatisfy { p, n in scalars[p.span.end..<n.span.start].allSatisfy(Tokenizer.isSpace) })
        #expect(cut.first?.span.start == "عنوان الخبر\n".unicodeScalars.count)
        #expect(cut.last?.span.end == "عنوان الخبر\n".unicodeScalars.count + line.unicodeScalars.count)
        #expect(a.problems.map(\.kind) == [.longUnit])
        #expect(a.problems.first?.line == 2 && a.problems.first?.column == 1)
        #expect(a.problems.first?.message == "a unit of \(line.unicodeScalars.count) characters with no sentence end was cut at white space into units of at most 10000")
        // the lines around it are units as before
        #expect(a.units.first?.line == 1 && a.units.last?.line == 3 && a.units.last?.label == .named)
        // no white space at all: cut at the limit
        let solid = Support.audit(String(repeating: "ب", count: 25_000))
        #expect(solid.units.map { $0.span.end - $0.span.start } == [10_000, 10_000, 5_000])
        // at the limit: one unit, no warning
        let edge = Support.audit(String(repeating: "ب", count: 10_000))
        #expect(edge.units.count == 1 && edge.problems.isEmpty)
    }
}
