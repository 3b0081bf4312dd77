import Foundation
import Testing
@testable import Isnad

@Suite("streams and parallel runs")
struct StreamTests {
    @Test("--input jsonl reads records from stdin, passes other fields through and writes one result line per record, in order")
    func jsonlStream() throws {
        let records = [
            #"{"id": "a1", "outlet": "okaz", "date": "2015-01-02", "text": "وقال الوزير محمد الجدعان إن الميزانية متوازنة."}"#,
            "not json",
            #"{"id": 7, "text": "وارتفعت أسعار النفط أمس.", "meta": {"k": [1, 2]}}"#,
            #"{"id": "nt"}"#,
        ].joined(separator: "\n") + "\n"
        let r = try Support.run(["--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "--rules", Support.rules, "-"], stdin: records)
        #expect(r.status == 2)  // two records could not be audited
        let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 4)
        #expect(lines[0]["id"] as? String == "a1" && lines[0]["date"] as? String == "2015-01-02")
        #expect((lines[0]["input"] as? [String: Any])?["outlet"] as? String == "okaz")  // a field of the result's own name moves under "input"
        #expect(((lines[0]["units"] as? [[String: Any]])?.first?["label"] as? String) == "named")
        #expect(lines[1]["error"] as? String == "not a JSON object" && lines[1]["path"] as? String == "stdin:2")
        #expect(lines[2]["id"] as? Int == 7 && (lines[2]["meta"] as? [String: Any]) != nil)
        #expect(lines[3]["error"] as? String == "the record has no \"text\" string")
    }

    // one case per format, so that the cases run in parallel
    @Test("--jobs 2 writes exactly what --jobs 1 writes, in every format that streams", arguments: ["json", "jsonl", "text", "line"])
    func deterministic(format: String) throws {
        let one = try Support.run(["--jobs", "1", "--format", format, "--fail-on", "none", "Fixtures/gold/dev"], in: Support.root.path)
        let two = try Support.run(["--jobs", "2", "--format", format, "--fail-on", "none", "Fixtures/gold/dev"], in: Support.root.path)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout, "\(format)")
    }

    @Test("--jobs 3 over more articles than the pool's window (96) keeps input order and every article")
    func orderBeyondWindow() throws {
        let dir = try Support.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gold = Support.root.appendingPathComponent("Fixtures/gold/dev").path
        let texts = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".txt") }.sorted()
        // 300 articles of very different lengths, so workers finish out of order
        for i in 0..<300 {
            let t = try String(contentsOfFile: gold + "/" + texts[i % texts.count], encoding: .utf8)
            let cut = i % 3 == 0 ? t : String(t.prefix(200 + i))
            try cut.write(toFile: String(format: "%@/a%03d.txt", dir, i), atomically: true, encoding: .utf8)
        }
        let one = try Support.run(["--jobs", "1", "--format", "jsonl", "--fail-on", "none", "--rules", Support.rules, dir])
        let three = try Support.run(["--jobs", "3", "--format", "jsonl", "--fail-on", "none", "--rules", Support.rules, dir])
        #expect(one.status == 0 && three.status == 0)
        #expect(one.stdout.split(separator: "\n").count == 300)
        #expect(one.stdout == three.stdout)
    }

    @Test("a live stream gets each result as soon as its record is read, before the input ends", arguments: ["1", "2"])
    func liveStream(jobs: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Support.binary)
        p.environment = Support.environment
        p.arguments = ["--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "--jobs", jobs, "--rules", Support.rules, "-"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { try? input.fileHandleForWriting.close(); p.waitUntilExit() }
        for id in ["first", "second"] {
            input.fileHandleForWriting.write(Data("{\"id\": \"\(id)\", \"text\": \"وقال الوزير إن الميزانية متوازنة.\"}\n".utf8))
            // the input stays open: the line must arrive anyway
            let line = Support.readLine(output.fileHandleForReading, timeout: 20)
            #expect(line?.contains("\"id\":\"\(id)\"") == true, "no result for \(id) while the stream is open")
        }
    }

    @Test("--profile reports the time of each stage")
    func profile() throws {
        let r = try Support.run(["--profile", "--format", "jsonl", "--fail-on", "none", "Fixtures/gold/dev/seed-01.txt"], in: Support.root.path)
        // read in one pass (OnePassReader): its first three stages are one
        for stage in ["decode+normalise+tokenize", "segment", "match", "classify units", "label and resolve sources", "report"] {
            #expect(r.stderr.contains("  " + stage), "\(stage)")
        }
        // a legacy encoding takes the staged path, each stage timed on its own
        let legacy = try Support.run(["--profile", "--format", "jsonl", "--fail-on", "none", "Fixtures/hostile/windows-1256.txt"], in: Support.root.path)
        for stage in ["decode ", "normalise ", "tokenize ", "segment", "match"] {
            #expect(legacy.stderr.contains("  " + stage), "\(stage)")
        }
    }
}
