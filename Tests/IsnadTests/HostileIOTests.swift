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

    // MARK: 2. special files

    /// A Unix socket bound at `path` (left in place).
    func makeSocket(_ path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { buf in
            for (i, b) in path.utf8.prefix(buf.count - 1).enumerated() { buf[i] = b }
        }
        let r = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(r == 0)
        close(fd)
    }

    @Test("item 2: FIFOs, devices and sockets, walked, named, through symlinks or as --baseline, are reported with their path and skipped; the batch goes on")
    func specialFiles() throws {
        let dir = try Support.tempDir()
        let fm = FileManager.default
        try fm.copyItem(atPath: seed, toPath: dir + "/a.txt")
        #expect(mkfifo(dir + "/b-fifo.txt", 0o644) == 0)
        try fm.createSymbolicLink(atPath: dir + "/c-zero.txt", withDestinationPath: "/dev/zero")
        try fm.createSymbolicLink(atPath: dir + "/d-random.txt", withDestinationPath: "/dev/urandom")
        try makeSocket(dir + "/e-socket.txt")
        try fm.copyItem(atPath: other, toPath: dir + "/f.txt")
        // `timeout`: a hang fails the test instead of blocking it
        let walked = try shell(#"exec timeout 60 "$0" "$@""#, rules + ["--fail-on", "none", "--format", "json", dir])
        #expect(walked.status == 2, "\(walked.stderr)")
        for (name, kind) in [("b-fifo", "a FIFO"), ("c-zero", "a character device"), ("d-random", "a character device"), ("e-socket", "a socket")] {
            #expect(walked.stderr.contains("\(dir)/\(name).txt: not a regular file (\(kind)), not read"), "\(name): \(walked.stderr)")
        }
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(walked.stdout.utf8)) as? [String: Any])
        #expect((doc["articles"] as! [[String: Any]]).map { $0["path"] as! String } == [dir + "/a.txt", dir + "/f.txt"])
        // named on the command line, with one worker or several
        for jobs in ["1", "2"] {
            let named = try shell(#"exec timeout 60 "$0" "$@""#, rules + ["--fail-on", "none", "--jobs", jobs, "/dev/zero", dir + "/c-zero.txt", dir + "/b-fifo.txt", seed])
            #expect(named.status == 2, "\(named.stderr)")
            #expect(named.stderr.contains("/dev/zero: not a regular file (a character device), not read"))
            #expect(named.stderr.contains("\(dir)/b-fifo.txt: not a regular file (a FIFO), not read"))
            #expect(named.stdout.contains("Audit of \(seed)"))
        }
        // as a baseline
        let base = try shell(#"exec timeout 60 "$0" "$@""#, rules + ["--baseline", dir + "/c-zero.txt", seed])
        #expect(base.status == 2 && base.stderr.contains("\(dir)/c-zero.txt: not a regular file (a character device), not read"), "\(base.stderr)")
        // as a rule file and as a JSON-lines input
        let pack = try Support.tempDir()
        try fm.createSymbolicLink(atPath: pack + "/zero.yml", withDestinationPath: "/dev/zero")
        let r = try shell(#"exec timeout 60 "$0" "$@""#, ["rules", "check", pack])
        #expect(r.status == 2 && r.stderr.contains("cannot read rule file: not a regular file (a character device), not read"), "\(r.stderr)")
        let j = try shell(#"exec timeout 60 "$0" "$@""#, rules + ["--input", "jsonl", "--format", "jsonl", "/dev/zero"])
        #expect(j.status == 2 && j.stderr.contains("/dev/zero: not a regular file (a character device), not read"), "\(j.stderr)")
    }
}
