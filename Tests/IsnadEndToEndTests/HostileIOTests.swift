import Foundation
import Testing
@testable import Isnad
@testable import IsnadModel
@testable import IsnadText
import IsnadTestSupport
import Yams

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
        p.environment = Support.environment
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

    // MARK: 3. temporary files and rename

    @Test("item 3: -o writes through unpredictable temporary files: a symlink planted at a sheet's name is replaced, its target untouched, nothing is left behind")
    func temporaryFiles() throws {
        let dir = try Support.tempDir()
        let outside = try Support.tempDir() + "/victim"
        try "keep me".write(toFile: outside, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/seed-01.json", withDestinationPath: outside)
        // the old predictable names, planted for every pid in a range around this test's: never followed
        for pid in getpid()..<(getpid() + 200) {
            try FileManager.default.createSymbolicLink(atPath: dir + "/snn-11.json.tmp-\(pid)", withDestinationPath: outside)
        }
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", "-o", dir, seed, other])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep me")
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/seed-01.json")
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }.isEmpty, "no temporary file left")
        // a new sheet gets the mode of a new file (0666 less the umask), not mkstemp's 0600
        let mode = (attributes[.posixPermissions] as? Int ?? 0)
        let mask = umask(0o022); umask(mask)
        #expect(mode == 0o666 & ~Int(mask))
    }

    @Test("item 3: SIGINT or SIGTERM during -o leaves no temporary file; the process still ends by the signal (even when spawned with them blocked, as from a test's worker thread)")
    func interrupted() throws {
        let articles = try Support.tempDir()
        for i in 0..<150 { try FileManager.default.copyItem(atPath: seed, toPath: articles + "/a\(i).txt") }
        for (n, sig) in [SIGINT, SIGTERM, SIGINT, SIGTERM].enumerated() {
            let out = try Support.tempDir()
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Support.binary)
            p.environment = Support.environment
            p.arguments = rules + ["--fail-on", "none", "--format", "json,html,markdown", "-o", out, articles]
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
            try p.run()
            // interrupt once sheets are being written (at a different moment each time)
            let deadline = Date().addingTimeInterval(60)
            while ((try? FileManager.default.contentsOfDirectory(atPath: out).count) ?? 0) < 3 + n * 20 && Date() < deadline && p.isRunning { usleep(2000) }
            kill(p.processIdentifier, sig)
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == sig, "run \(n): ended with \(p.terminationStatus)")
            let left = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") || $0.contains(".tmp") }
            #expect(left.isEmpty, "run \(n): \(left)")
        }
    }

    @Test("item 3: --write-baseline replaces only a regular file: /dev/full, a FIFO, a directory or a link to a device are refused and left as they were; a link to a file is followed and said so")
    func baselineTargets() throws {
        let dir = try Support.tempDir()
        #expect(mkfifo(dir + "/fifo.json", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: dir + "/adir", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/null.json", withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.json", withDestinationPath: dir + "/nowhere/x.json")
        for (target, why) in [("/dev/full", "a character device, not a regular file; refusing to replace it"),
                              (dir + "/fifo.json", "a FIFO, not a regular file; refusing to replace it"),
                              (dir + "/adir", "a directory, not a regular file; refusing to replace it"),
                              (dir + "/null.json", "a symbolic link to /dev/null, a character device, not a regular file"),
                              (dir + "/dangling.json", "a symbolic link to nothing")] {
            let r = try shell(#"exec timeout 60 "$0" "$@""#, rules + ["--write-baseline", target, seed])
            #expect(r.status == 2 && r.stderr.contains("\(target): cannot write the baseline: \(why)"), "\(target): \(r.stderr)")
            #expect(!r.stdout.contains("Audit of"), "refused before the run")
        }
        var st = stat()
        #expect(stat("/dev/full", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(dir + "/fifo.json", &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat(dir + "/null.json", &st) == 0 && st.st_mode & S_IFMT == S_IFLNK)
        // a symbolic link to a regular file: the file is written, the link stays a link
        let real = try Support.tempDir() + "/real.json"
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: real)
        let r = try Support.run(rules + ["--write-baseline", dir + "/link.json", seed])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("audit: note: \(dir)/link.json is a symbolic link: writing its target \(real)"))
        #expect(lstat(dir + "/link.json", &st) == 0 && st.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("\"format\": 1"))
        // and the baseline it wrote is read back through the link, paths relative to the link's directory
        let check = try Support.run(rules + ["--baseline", dir + "/link.json", seed])
        #expect(check.status == 0, "\(check.stderr)")
    }

    // MARK: 4. paths

    func articles(_ stdout: String) throws -> [[String: Any]] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return doc["articles"] as? [[String: Any]] ?? []
    }

    @Test("item 4: a file name that is not UTF-8 in a walked directory is audited (opened by its bytes, shown with U+FFFD)")
    func nonUTF8Names() throws {
        let dir = try Support.tempDir()
        let name: [UInt8] = Array("bad".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: seed))
        let path = Array(dir.utf8) + [0x2F] + name + [0]
        let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", dir])
        #expect(r.status == 0, "\(r.stderr)")
        let a = try articles(r.stdout)
        #expect(a.count == 1 && a[0]["path"] as? String == dir + "/bad\u{FFFD}\u{FFFD}.txt")
        #expect((a.first?["units"] as? [Any])?.count ?? 0 > 20)
        // and its sheet gets a file name
        let out = try Support.tempDir()
        let o = try Support.run(rules + ["--fail-on", "none", "--format", "json", "-o", out, dir])
        #expect(o.status == 0 && FileManager.default.fileExists(atPath: out + "/bad\u{FFFD}\u{FFFD}.json"), "\(o.stderr)")
    }

    @Test("item 4: a tree 650 levels deep (paths past PATH_MAX) is walked and its articles audited, with no false symbolic link loop")
    func deepTree() throws {
        let dir = try Support.tempDir()
        let text = try Data(contentsOf: URL(fileURLWithPath: seed))
        var fd = open(dir, O_RDONLY | O_DIRECTORY)
        var placed: [Int] = []
        for level in 0..<650 {
            #expect(mkdirat(fd, "level\(level)", 0o755) == 0)
            let next = openat(fd, "level\(level)", O_RDONLY | O_DIRECTORY)
            close(fd); fd = next
            if [5, 520, 649].contains(level) {
                let f = openat(fd, "a\(level).txt", O_WRONLY | O_CREAT, 0o644)
                _ = text.withUnsafeBytes { write(f, $0.baseAddress, $0.count) }
                close(f)
                placed.append(level)
            }
        }
        close(fd)
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", "--no-pretty", dir])
        #expect(r.status == 0, "\(r.stderr.prefix(300))")
        #expect(!r.stderr.contains("loop"))
        let a = try articles(r.stdout)
        #expect(a.count == 3)
        #expect(a.map { ($0["path"] as? String ?? "").utf8.count > Int(PATH_MAX) } == [false, true, true])
        #expect(a.allSatisfy { ($0["units"] as? [Any])?.count ?? 0 > 20 })
    }

    @Test("item 4: broken and looping .txt symlinks in a walked directory are reported; a real loop of directories still is")
    func brokenLinks() throws {
        let dir = try Support.tempDir()
        let fm = FileManager.default
        try fm.copyItem(atPath: seed, toPath: dir + "/a.txt")
        try fm.createSymbolicLink(atPath: dir + "/broken.txt", withDestinationPath: dir + "/nowhere.txt")
        try fm.createSymbolicLink(atPath: dir + "/loop1.txt", withDestinationPath: dir + "/loop2.txt")
        try fm.createSymbolicLink(atPath: dir + "/loop2.txt", withDestinationPath: dir + "/loop1.txt")
        try fm.createSymbolicLink(atPath: dir + "/not-an-article", withDestinationPath: dir + "/nowhere")
        try fm.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: dir + "/sub/up", withDestinationPath: dir)
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", dir])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(dir)/broken.txt: broken symbolic link (No such file or directory)"), "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/loop1.txt: symbolic link loop (Too many levels of symbolic links)"))
        #expect(r.stderr.contains("\(dir)/loop2.txt: symbolic link loop"))
        #expect(r.stderr.contains("\(dir)/sub/up: symbolic link loop, not followed"))
        #expect(!r.stderr.contains("not-an-article"), "only names of articles are reported")
        #expect(try articles(r.stdout).count == 1)
    }

    @Test("item 4: a path given twice, or a file given and walked, is audited once, with a note")
    func givenTwice() throws {
        let dir = try Support.tempDir()
        try FileManager.default.copyItem(atPath: seed, toPath: dir + "/a.txt")
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", dir + "/a.txt", dir + "/a.txt", dir, dir + "/../" + (dir as NSString).lastPathComponent])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try articles(r.stdout).count == 1)
        #expect(r.stderr.contains("audit: note: \(dir)/a.txt is given more than once: audited once"))
        #expect(r.stderr.contains("is given more than once: walked once"))
    }

    @Test("item 4: --jobs is capped at 4 per core, with a note; the output is the same")
    func jobsCap() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "jsonl", "--jobs", "100000", seed, other, Support.gold + "/seed-02.txt"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("audit: note: --jobs 100000 is more than 4 per core (\(cores) cores): using \(cores * 4)"))
        let one = try Support.run(rules + ["--fail-on", "none", "--format", "jsonl", "--jobs", "1", seed, other, Support.gold + "/seed-02.txt"])
        #expect(one.stdout == r.stdout)
    }

    // MARK: 5. stdin records

    @Test("item 5: record line numbers count blank lines; a lone surrogate is reported as such; output lines still match records")
    func recordLines() throws {
        let input = #"{"id": "one", "text": "قال الوزير إن الأمر انتهى."}"# + "\n\n   \n" + #"{"id": "two", "text": "\ud800 قال"}"# + "\n" + "not json\n[1, 2]\n"
            + #"{"id": "pair", "text": "\ud83d\ude00 قال الوزير"}"# + "\n"
        let r = try Support.run(rules + ["--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "-"], stdin: input)
        #expect(r.status == 2)
        #expect(r.stderr.contains("audit: error: stdin:4: a lone surrogate \\ud800 in a string at byte 24 (not Unicode text)"), "\(r.stderr)")
        #expect(r.stderr.contains("audit: error: stdin:5: not a JSON object"))
        #expect(r.stderr.contains("audit: error: stdin:6: not a JSON object"))
        let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.map { $0["path"] as? String } == ["one", "stdin:4", "stdin:5", "stdin:6", "pair"])
    }

    @Test("item 5: --input jsonl -o DIR --format json|sarif writes whole documents to DIR and nothing to standard output; record ids become safe file names")
    func recordsToDirectory() throws {
        let input = #"{"id": "a/b\nc\u001b[31m", "text": "قال الوزير إن الأمر انتهى."}"# + "\n" + #"{"id": "../../escape", "text": "قال الوزير إن الأمر انتهى."}"# + "\n"
            + #"{"id": "\u202eevil\u2028", "text": "وقال المتحدث إن الأمر انتهى."}"# + "\n"
        for format in ["json", "sarif"] {
            let dir = try Support.tempDir()
            let r = try Support.run(rules + ["--input", "jsonl", "--format", format, "--fail-on", "none", "-o", dir, "-"], stdin: input)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty, "\(format): \(r.stdout.prefix(80))")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            #expect(names == ["_evil_.\(format)", "b_c_[31m.\(format)", "escape.\(format)", "index.md"], "\(names)")
            for n in names where n.hasSuffix(format) {
                let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/" + n))) as? [String: Any]
                #expect(doc?[format == "json" ? "articles" : "runs"] != nil, "\(n) is a whole document")
            }
        }
        // ids in messages are shown with their control characters escaped
        let bad = #"{"id": "x\u001b[2Jy"}"# + "\n"
        let m = try Support.run(rules + ["--input", "jsonl", "--format", "jsonl", "-"], stdin: bad)
        #expect(m.stderr.contains("audit: error: x\\u{1b}[2Jy: the record has no \"text\" string"), "\(m.stderr)")
    }

    // MARK: 6. item 9 of the issue: text never dropped from units

    /// The scalars of `text` outside every unit that are not white space; a scalar that folds
    /// to nothing is allowed only away from units (a stretch of marks with no letter at all).
    static func dropped(_ scalars: [Unicode.Scalar], _ units: [AuditedUnit]) -> [String] { TestSupport.dropped(scalars, units) }

    @Test("item 9: every character of an article is in exactly one unit or white space: a final tanween, a tatweel separator and bidi marks are kept (fixtures and 300 corpus articles)")
    func nothingDropped() throws {
        var files: [String] = []
        for dir in [Support.gold, Support.fixtures + "/hostile"] {
            files += try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
        }
        // a corpus sample, when the shared corpus is there
        let unpack = "/work/shared/tools/unpack-corpus"
        if FileManager.default.isExecutableFile(atPath: unpack) || FileManager.default.fileExists(atPath: unpack) {
            let sample = try Support.tempDir()
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", unpack, sample + "/c", "--limit", "300"]
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
            try p.run(); p.waitUntilExit()
            if let e = FileManager.default.enumerator(atPath: sample + "/c") {
                files += e.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().map { sample + "/c/" + $0 }
            }
        }
        var audited = 0, problems: [String] = []
        for f in files {
            guard let bytes = try? InputFiles.read(f), let decoded = try? TextDecoder.decode(bytes, encoding: .auto),
                  let audit = try? Support.auditor.audit(bytes: bytes, path: f) else { continue }
            audited += 1
            problems += Self.dropped(decoded.scalars, audit.units).map { "\((f as NSString).lastPathComponent): \($0)" }
        }
        #expect(audited >= 30)
        #expect(problems.isEmpty, "\(problems.count): \(problems.prefix(10))")
        // the cases of the issue, end to end
        let dir = try Support.tempDir()
        try "وقال المتحدث إن القصف قتل 43 مدنياً\nـ خبر آخر هنا.\nارتفع بنسبة 5.\u{200F}26 في المئة.\n\u{202B}قال الوزير إن الأمر انتهى.\u{202C}\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", dir + "/a.txt"])
        let units = try articles(r.stdout).first?["units"] as? [[String: Any]] ?? []
        let texts = units.map { $0["text"] as? String ?? "" }
        #expect(texts.first == "وقال المتحدث إن القصف قتل 43 مدنياً", "\(texts)")
        #expect(texts.contains("ـ خبر آخر هنا."))
        #expect(texts.contains("ارتفع بنسبة 5.\u{200F}") && texts.contains("26 في المئة."), "\(texts)")
        #expect(texts.contains("\u{202B}قال الوزير إن الأمر انتهى.\u{202C}"))
    }

    // MARK: 7. items 10 and 11 of the issue: escaping, UTF-32, odd UTF-16, NUL padding

    static let hostile = Support.fixtures + "/hostile"

    /// Kind, line, label and text of each unit of `article`.
    static func summary(_ article: [String: Any]) -> [String] {
        (article["units"] as? [[String: Any]] ?? []).map { "\($0["kind"]!) L\($0["line"]!) \($0["label"] as? String ?? "-") \($0["text"]!)" }
    }

    @Test("item 10: control characters (ESC, BEL, VT, FF) never reach an HTML or Markdown sheet or the index's link text; SARIF uris are percent-encoded")
    func escaping() throws {
        let dir = try Support.tempDir()
        // a file name with ESC, %, a comma and a space, holding text with controls
        let name = "a\u{1B}[31m%,b c.txt"
        try FileManager.default.copyItem(atPath: Self.hostile + "/control-characters.txt", toPath: dir + "/" + name)
        try FileManager.default.copyItem(atPath: seed, toPath: dir + "/seed-01.txt")
        let out = try Support.tempDir()
        let r = try Support.run(rules + ["--format", "html,markdown,sarif", "-o", out, dir])
        #expect(r.status == 1, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.contains("index.html") && files.contains("a_[31m%,b c.html"), "\(files)")
        for f in files {
            let text = try String(contentsOfFile: out + "/" + f, encoding: .utf8)
            for c in ["\u{1B}", "\u{07}", "\u{0B}", "\u{0C}"] { #expect(!text.contains(c), "\(f) holds U+\(String(c.unicodeScalars.first!.value, radix: 16))") }
        }
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("a\u{241B}[31m%,b c.txt"), "the link text shows ESC as ␛")
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/a_[31m%,b c.sarif"))) as! [String: Any]
        let results = ((sarif["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]])
        let uri = ((((results[0]["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["artifactLocation"] as! [String: Any])["uri"] as! String)
        #expect(uri == SARIFReporter.uri(dir + "/" + name) && uri.hasSuffix("/a%1B%5B31m%25%2Cb%20c.txt"), "\(uri)")
        #expect(URL(string: uri) != nil)
    }

    /// The hostile fixtures `names` (the first the plain reference, `lf`) audited in one JSON
    /// invocation: exit 0, one article per file in the order given, each its own file, and the
    /// reference's summary of three claims; the run is returned for its stderr.
    func auditedWithReference(_ names: [String]) throws -> (articles: [[String: Any]], reference: [String], run: Support.Run) {
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json"] + names.map { Self.hostile + "/\($0).txt" })
        #expect(r.status == 0, "\(r.stderr)")
        let all = try articles(r.stdout)
        try #require(all.count == names.count)
        for (f, a) in zip(names, all) { #expect(a["path"] as? String == Self.hostile + "/\(f).txt") }
        let reference = Self.summary(all[0])
        #expect(reference.count == 3)
        return (all, reference, r)
    }

    @Test("item 10: UTF-32 with a BOM (LE and BE) is read; UTF-16 with an odd trailing byte is refused with a message")
    func utf32AndOddUTF16() throws {
        // the reference and both UTF-32 files in one invocation; the JSON lists the articles in the order given
        let names = ["lf", "utf32le", "utf32be"]
        let (all, reference, _) = try auditedWithReference(names)
        for (f, a) in zip(names, all).dropFirst() {
            #expect(Self.summary(a) == reference, "\(f)")
            #expect(a["encoding"] as? String == "utf-32", "\(f)")
        }
        let odd = try Support.run(rules + ["--fail-on", "none", Self.hostile + "/utf16-odd-byte.txt"])
        #expect(odd.status == 2 && odd.stderr.contains("utf16-odd-byte.txt: UTF-16 text with an odd number of bytes (a stray byte at byte 204)"), "\(odd.stderr)")
    }

    @Test("item 11: a Windows-1256 file ending in NUL padding is read (noted in the encoding line); a few stray NULs are white space with a warning; mostly-binary content is still refused")
    func nulPadding() throws {
        // the reference, the padded file and the stray NULs in one invocation, articles in the order given
        let names = ["lf", "windows-1256-nul-padded", "stray-nul"]
        let (all, reference, run) = try auditedWithReference(names)
        let a = all[1]
        #expect(a["encoding"] as? String == "windows-1256")
        #expect(a["encoding_note"] as? String == "trailing NUL padding removed (1 byte)")
        #expect(Self.summary(a) == reference)
        let text = try Support.run(rules + ["--fail-on", "none", Self.hostile + "/windows-1256-nul-padded.txt"])
        #expect(text.stdout.contains("(read as windows-1256; trailing NUL padding removed (1 byte))"))
        // the one warning is the stray-NUL file's (named), not the padded file's
        #expect(run.stderr.contains("stray-nul.txt:2:") && run.stderr.contains("warning: 1 stray NUL byte read as white space (the first at byte 54)"), "\(run.stderr)")
        #expect(!run.stderr.contains("nul-padded.txt:"), "\(run.stderr)")
        #expect(Self.summary(all[2]) == reference)
        // mostly binary, or many NULs in text: refused
        let binary = try Support.run(rules + [Self.hostile + "/binary.txt"])
        #expect(binary.status == 2 && binary.stderr.contains("not a text file (NUL byte at byte 8)"))
        let dir = try Support.tempDir()
        var many = try Data(contentsOf: URL(fileURLWithPath: Self.hostile + "/lf.txt"))
        for i in stride(from: 10, to: 90, by: 4) { many[i] = 0 }
        try many.write(to: URL(fileURLWithPath: dir + "/many.txt"))
        let m = try Support.run(rules + [dir + "/many.txt"])
        #expect(m.status == 2 && m.stderr.contains("not a text file (NUL byte at byte 10)"), "\(m.stderr)")
    }

    // MARK: 8. item 7 of the issue: trust

    @Test("item 7 (trust): a parent .audit.yml that is world-writable or owned by another user is ignored with a warning; discovery stops at a repository root and at $HOME")
    func configurationTrust() throws {
        let root = try Support.tempDir()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/news/today", withIntermediateDirectories: true)
        try fm.copyItem(atPath: seed, toPath: root + "/news/today/a.txt")  // has unsourced claims: fails by default
        let config = root + "/news/.audit.yml"
        try "fail_on: none\n".write(toFile: config, atomically: false, encoding: .utf8)
        let args = ["--rules", Support.rules, root + "/news/today/a.txt"]
        #expect(try Support.run(args).status == 0, "a trusted parent configuration applies")
        chmod(config, 0o666)
        let open = try Support.run(args)
        #expect(open.status == 1, "a world-writable configuration is not applied")
        #expect(open.stderr.contains("audit: warning: \(config): ignored: the file is world-writable"), "\(open.stderr)")
        chmod(config, 0o644)
        if geteuid() == 0 {
            // as root, the file can be given to another user
            #expect(chown(config, 12345, 12345) == 0)
            let other = try Support.run(args)
            #expect(other.status == 1 && other.stderr.contains("ignored: the file is owned by another user (uid 12345, not 0)"), "\(other.stderr)")
            #expect(chown(config, 0, 0) == 0)
        }
        #expect(try Support.run(args).status == 0)
        // a repository root between the article and the configuration: discovery stops there
        try fm.createDirectory(atPath: root + "/news/today/.git", withIntermediateDirectories: true)
        #expect(try Support.run(args).status == 1, "the configuration above the repository is not applied")
        try fm.removeItem(atPath: root + "/news/today/.git")
        // and at $HOME
        let home = try shell(#"HOME="$ISNAD_TEST_HOME" exec "$0" "$@""#.replacingOccurrences(of: "$ISNAD_TEST_HOME", with: root + "/news/today"), args)
        #expect(home.status == 1, "\(home.stderr)")
    }

    @Test("item 7 (trust): lines echoed from a rule file are stripped of control bytes and cut at 200 characters")
    func echoedLines() throws {
        let dir = try Support.tempDir()
        let secret = "SECRET=" + String(repeating: "A", count: 400)
        try ("kind: report\nrules:\n  - id: x\n    bogus: \"" + secret + "\u{1B}[31m\u{07}end\"\n").write(toFile: dir + "/r.yml", atomically: false, encoding: .utf8)
        let r = try Support.run(["rules", "check", dir])
        #expect(r.status == 2)
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\u{07}"))
        #expect(!r.stderr.contains(secret), "a long line is cut")
        #expect(r.stderr.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 260 }, "\(r.stderr.prefix(400))")
    }

    // MARK: 9. item 3 of the issue: the article size limit

    @Test("item 3 (size): a file over --max-article-bytes is reported and skipped, the batch goes on; on stdin, a long record gets its own error line and the rest still match line for line")
    func sizeLimit() throws {
        let small = Support.fixtures + "/hostile/lf.txt"
        let r = try Support.run(rules + ["--fail-on", "none", "--format", "json", "--max-article-bytes", "1000", seed, small])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(seed): 7051 bytes, over the limit of 1000 (--max-article-bytes): not audited"), "\(r.stderr)")
        #expect(try articles(r.stdout).map { $0["path"] as? String } == [small])
        // the default is 16 MB
        let dir = try Support.tempDir()
        let big = dir + "/big.txt"
        FileManager.default.createFile(atPath: big, contents: nil)
        #expect(truncate(big, 16 << 20 + 1) == 0)
        let d = try Support.run(rules + ["--fail-on", "none", big, small])
        #expect(d.status == 2 && d.stderr.contains("\(big): 16777217 bytes, over the limit of 16777216 (--max-article-bytes): not audited"), "\(d.stderr)")
        // records: a text over the limit, a line over twice the limit (dropped as it arrives), then a good record
        let input = #"{"id": "long", "text": ""# + String(repeating: "ق", count: 600) + "\"}\n"
            + #"{"id": "huge", "text": ""# + String(repeating: "x", count: 300_000) + "\"}\n\n"
            + #"{"id": "ok", "text": "قال الوزير إن الأمر انتهى."}"# + "\n"
        let s = try Support.run(rules + ["--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "--max-article-bytes", "1000", "-"], stdin: input)
        #expect(s.status == 2)
        let lines = s.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.map { $0["path"] as? String } == ["long", "stdin:2", "ok"])
        #expect(lines[0]["error"] as? String == "the text is 1200 bytes, over the limit of 1000 (--max-article-bytes): not audited")
        #expect(lines[1]["error"] as? String == "the record is longer than 2000 bytes (twice --max-article-bytes): not read")
    }

    // MARK: 10. item 8 of the issue: amplification

    @Test("item 8: a rule file whose YAML aliases expand past the cap is refused before it is composed, at the alias that crosses it (file:line:column)")
    func aliasBomb() throws {
        let dir = try Support.tempDir()
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var seed: UInt64 = 1
        func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) }
        var yaml = "kind: organization\nrules:\n  - id: org.r0\n    patterns: &p\n"
        for _ in 0..<5000 { yaml += "      - " + String((0..<5).map { _ in letters[next() % letters.count] }) + "\n" }
        for i in 1..<2000 { yaml += "  - id: org.r\(i)\n    patterns: *p\n" }  // ten million patterns once expanded
        try yaml.write(toFile: dir + "/bomb.yml", atomically: true, encoding: .utf8)
        // 10,000 nodes an alias: the 21st crosses the cap of 200,000, on line 4 + 5000 + 2 × 21
        let r = try Support.run(["rules", "check", dir])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("\(dir)/bomb.yml:5046:15: error: YAML aliases expand this file past \(YAMLAliasScan.maxExpansion) nodes"), "\(r.stderr.prefix(300))")
        #expect(r.stderr.contains("    patterns: *p\n"))
        // the audit refuses the pack the same way, and audits nothing
        let a = try Support.run(["--rules", dir, Support.fixtures + "/hostile/lf.txt"])
        #expect(a.status == 2 && a.stderr.contains("bomb.yml:5046:15: error: YAML aliases expand") && a.stderr.contains("nothing more was audited"), "\(a.stderr.prefix(300))")
    }

    /// What the aliases of a composed document repeat: a node met again (same kind and
    /// position) is an alias's copy, counted whole.
    static func repeated(_ root: Node) -> Int {
        var seen = Set<String>()
        func size(_ n: Node) -> Int {
            switch n {
            case .scalar: 1
            case .sequence(let s): 1 + s.reduce(0) { $0 + size($1) }
            case .mapping(let m): 1 + m.reduce(0) { $0 + size($1.key) + size($1.value) }
            case .alias: 1
            }
        }
        func walk(_ n: Node) -> Int {
            let kind = switch n { case .scalar: "s"; case .sequence: "q"; case .mapping: "m"; case .alias: "a" }
            guard let mark = n.mark, seen.insert("\(kind)\(mark.line):\(mark.column)").inserted else { return size(n) }
            switch n {
            case .sequence(let s): return s.reduce(0) { $0 + walk($1) }
            case .mapping(let m): return m.reduce(0) { $0 + walk($1.key) + walk($1.value) }
            default: return 0
            }
        }
        return walk(root)
    }

    @Test("the alias scan never undercounts generated YAML: 3000 documents of block and flow nodes, anchors, aliases, quoted and plain scalars holding '*', '&' and '#', compact lists, block scalars")
    func aliasScanGenerated() throws {
        var seed: UInt64 = 26
        func roll(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        var anchors: [String] = [], nextAnchor = 0, nextKey = 0
        func anchor() -> String { if roll(3) == 0 { nextAnchor += 1; return "&a\(nextAnchor) " } else { return "" } }
        func defined(_ prefix: String) { if !prefix.isEmpty { anchors.append(String(prefix.dropFirst().dropLast())) } }
        let scalars = ["x", "a *b", "'q *a1 ''&a2'''", #""d *a1 \" #x""#, "w#x", "7"]
        func scalar() -> String { scalars[roll(scalars.count)] }
        func alias() -> String? { anchors.isEmpty ? nil : "*" + anchors[roll(anchors.count)] }
        func flow(_ depth: Int) -> String {
            switch depth > 2 ? roll(2) : roll(5) {
            case 0: return scalar()
            case 1: return alias() ?? scalar()
            case 2, 3:
                let a = anchor()
                let items = (0..<(1 + roll(3))).map { _ in flow(depth + 1) }
                defer { defined(a) }
                return a + "[" + items.joined(separator: ", ") + "]"
            default:
                let a = anchor()
                let items = (0..<(1 + roll(3))).map { _ -> String in nextKey += 1; return "f\(nextKey): " + flow(depth + 1) }
                defer { defined(a) }
                return a + "{" + items.joined(separator: ", ") + "}"
            }
        }
        func block(_ indent: Int, _ depth: Int, compact: Bool = false) -> [String] {
            let pad = String(repeating: " ", count: indent)
            var lines: [String] = []
            if compact || roll(2) == 0 {
                for _ in 0..<(1 + roll(3)) {
                    if depth < 3 && roll(3) == 0 {
                        let a = anchor()
                        lines.append(pad + "-" + (a.isEmpty ? "" : " " + a.dropLast()))
                        lines += block(indent + 2, depth + 1)
                        defined(a)
                    } else { lines.append(pad + "- " + flow(depth + 1)) }
                }
            } else {
                for _ in 0..<(1 + roll(3)) {
                    nextKey += 1
                    if depth < 3 && roll(3) == 0 {
                        let a = anchor()
                        lines.append(pad + "k\(nextKey):" + (a.isEmpty ? "" : " " + a.dropLast()) + (roll(4) == 0 ? " # *c" : ""))
                        let same = roll(3) == 0
                        lines += block(same ? indent : indent + 2, depth + 1, compact: same)
                        defined(a)
                    } else if roll(6) == 0 {
                        lines.append(pad + "k\(nextKey): |")
                        lines.append(pad + "  text *a1 &b")
                        lines.append(pad + "  - *a1")
                    } else { lines.append(pad + "k\(nextKey): " + flow(depth + 1)) }
                }
            }
            return lines
        }
        var composed = 0, aliased = 0
        for _ in 0..<3000 {
            anchors = []; nextAnchor = 0; nextKey = 0
            let text = block(0, 0).joined(separator: "\n") + "\n"
            guard let node = try? Yams.compose(yaml: text) else { continue }
            composed += 1
            let truth = Self.repeated(node), scanned = YAMLAliasScan.expansion(of: text)
            if truth > 0 { aliased += 1 }
            #expect(scanned >= truth, "\(scanned) counted, \(truth) repeated:\n\(text)")
            if scanned < truth { break }
        }
        #expect(composed > 1500 && aliased > 500, "\(composed) composed, \(aliased) with aliases")
    }

    @Test("the alias scan never undercounts: over every YAML file of the repository (the shipped pack, gold files written with aliases, fixtures), it counts at least what the composed tree repeats, and nothing where there are no aliases (`*` in patterns is text)")
    func aliasScanRepository() throws {
        let root = TestSupport.root.path
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        var files = 0, withAliases = 0
        while let f = walker.nextObject() as? String {
            if f.hasPrefix(".build") || f.hasPrefix(".git/") { walker.skipDescendants(); continue }
            guard f.hasSuffix(".yml") || f.hasSuffix(".yaml"), let text = try? String(contentsOfFile: root + "/" + f, encoding: .utf8),
                  let node = try? Yams.compose(yaml: text) else { continue }
            files += 1
            let truth = Self.repeated(node), scanned = YAMLAliasScan.expansion(of: text)
            if truth > 0 { withAliases += 1 }
            #expect(truth == 0 ? scanned == 0 : (scanned >= truth && scanned <= 3 * truth), "\(f): \(scanned) counted, \(truth) repeated")
        }
        #expect(files > 100 && withAliases > 5, "\(files) files, \(withAliases) with aliases")
    }

    @Test("item 8: a regex rule that runs out of its budget on 3 articles is disabled for the rest of the run, with one warning saying so")
    func regexDisabled() throws {
        let slow = try Support.tempDir()
        try "kind: hedge\nrules:\n  - id: hedge.slow\n    regex: [\"(ا+)+ب\"]\n".write(toFile: slow + "/slow.yml", atomically: true, encoding: .utf8)
        var articles: [String] = []
        for i in 0..<8 {
            let a = slow + "/a\(i).txt"
            try ("الوزير: الأمر انتهى\n" + String(repeating: "ا", count: 40) + " وقال الوزير إن الأمر انتهى.\n").write(toFile: a, atomically: true, encoding: .utf8)
            articles.append(a)
        }
        for jobs in ["1", "2"] {
            let r = try Support.run(["--rules", Support.rules, "--rules", slow, "--jobs", jobs, "--format", "jsonl"] + articles)
            #expect(r.status == 0, "\(r.stderr)")
            let budget = r.stderr.components(separatedBy: "ran out of its time budget").count - 1
            #expect(budget >= 3 && budget < 8, "jobs \(jobs): \(budget) budget warnings")
            #expect(r.stderr.components(separatedBy: "disabled for the rest of the run").count - 1 == 1, "\(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == 8)
        }
    }
}
