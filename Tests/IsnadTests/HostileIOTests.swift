import Foundation
import Testing
@testable import Isnad
@testable import IsnadModel
@testable import IsnadText

/// Hostile input and output, end to end (issue 26): failed writes, special files, temporary
/// files, odd paths and stdin records. Each test reproduces its case with the built binary.
@Suite("hostile input and output")
struct HostileIOTests {
    let rules = ["--rules", Support.rules]
    let seed = Support.gold + "/seed-01.txt"
    let other = Support.gold + "/snn-11.txt"

    /// Runs the binary through `sh -c script` (the binary is `"$0"`, its arguments `"$@"`).
    func shell(_ script: String, _ args: [String]) throws -> Support.Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, Support.binary] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Support.Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    // MARK: 1. output write errors

    @Test("item 1: a full or closed standard output is an error naming it and the reason, exit 2")
    func standardOutputErrors() throws {
        let full = try shell(#""$0" "$@" > /dev/full"#, rules + ["--fail-on", "none", "--format", "json", seed])
        #expect(full.status == 2, "\(full.stderr)")
        #expect(full.stderr.contains("audit: error: standard output: No space left on device"))
        // every format, and with several workers
        for format in ["text", "jsonl", "sarif", "github"] {
            let r = try shell(#""$0" "$@" > /dev/full"#, rules + ["--jobs", "2", "--format", format, seed, other])
            #expect(r.status == 2 && r.stderr.contains("standard output: No space left on device"), "\(format): \(r.stderr)")
        }
        let closed = try shell(#"exec "$0" "$@" >&-"#, rules + ["--fail-on", "none", "--format", "json", seed])
        #expect(closed.status == 2, "\(closed.stderr)")
        #expect(closed.stderr.contains("audit: error: standard output: Bad file descriptor"))
        // what subcommands print
        let config = try shell(#""$0" "$@" > /dev/full"#, ["config"])
        #expect(config.status == 2 && config.stderr.contains("standard output: No space left on device"), "\(config.stderr)")
    }

    @Test("item 1: -o sheets, the index and --write-baseline that cannot be written name the file and the reason, exit 2")
    func fileWriteErrors() throws {
        let dir = try Support.tempDir()
        // a file size limit of 0 blocks: every write fails with EFBIG ("File too large"), as a full disk fails with ENOSPC
        let limited = #"ulimit -f 0; trap "" XFSZ; exec "$0" "$@""#
        let r = try shell(limited, rules + ["--fail-on", "none", "--format", "json,html", "-o", dir, seed, other])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/seed-01.json: cannot write the sheet: File too large"))
        #expect(r.stderr.contains("\(dir)/seed-01.html: cannot write the sheet: File too large"), "every format is tried")
        #expect(r.stderr.contains("\(dir)/snn-11.html: cannot write the sheet: File too large"))
        #expect(r.stderr.contains("\(dir)/index.html: cannot write the index: File too large"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "no temporary file is left")
        let b = try shell(limited, rules + ["--write-baseline", dir + "/baseline.json", seed])
        #expect(b.status == 2, "\(b.stderr)")
        #expect(b.stderr.contains("\(dir)/baseline.json: cannot write the baseline: File too large"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        // an output directory that cannot be created says why
        let blocked = dir + "/file"
        FileManager.default.createFile(atPath: blocked, contents: Data())
        let c = try Support.run(rules + ["-o", blocked + "/sub", seed])
        #expect(c.status == 2 && c.stderr.contains("\(blocked)/sub: cannot create the output directory: \(blocked): Not a directory"), "\(c.stderr)")
    }
}
