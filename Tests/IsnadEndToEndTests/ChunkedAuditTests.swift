import Foundation
import Testing
import IsnadTestSupport

/// Issue #26, item 3: a long article is matched in chunks of whole segments; the hidden
/// `--chunk-tokens N` forces tiny chunks, and the sheets must not change.
@Suite("A long article matched in chunks")
struct ChunkedAuditTests {
    @Test("a many-paragraph article audited with tiny chunks gives the output of one chunk, in process and isolated, as JSON, text and SARIF")
    func tinyChunksSameOutput() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Support.gold).filter { $0.hasSuffix(".txt") }.sorted().prefix(60)
        let text = try names.map { try String(contentsOfFile: Support.gold + "/" + $0, encoding: .utf8) }.joined(separator: "\n\n")
        let path = try Support.tempDir() + "/long.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(text.utf8.count > 100_000)
        for format in ["json", "text", "sarif"] {
            // failing claims (unsourced, the default): SARIF lists them
            let base = ["--rules", Support.rules, "--format", format, "--no-color", path]
            let whole = try Support.run(base + ["--chunk-tokens", "100000000"])
            #expect(whole.status == 1, "\(whole.stderr)")
            #expect(whole.stdout.count > 50_000, "\(format)")
            let variants = format == "json" ? [["1"], ["37"], ["4096"], ["1", "--isolate"]] : [["1"]]
            for v in variants {
                let chunked = try Support.run(base + ["--chunk-tokens"] + v)
                #expect(chunked.status == whole.status, "\(chunked.stderr)")
                #expect(chunked.stdout == whole.stdout, "\(format) with --chunk-tokens \(v.joined(separator: " "))")
            }
        }
        let bad = try Support.run(["--rules", Support.rules, "--chunk-tokens", "0", path])
        #expect(bad.status != 0 && bad.stderr.contains("--chunk-tokens must be 1 or more"), "\(bad.stderr)")
    }
}
