import Foundation
import IsnadModel
import IsnadText
import IsnadEngine

/// Auditing an article in a child process of its own, so that an article that exhausts memory
/// (or crashes the audit) is reported as an error naming it, and the rest of the batch goes on.
///
/// The child is the same executable, started with `posix_spawn` and the run's own options plus
/// the hidden `--isolated-article KIND` options: it resolves the article's settings as the run
/// does, audits it with `ItemAuditor` exactly as the run would, and writes the audit to its
/// standard output as `AuditWire` bytes. The run reads them back and hands the audit to its
/// reporters, so the output is the same as for an article audited in process. The article
/// (the bytes of its file, as read by the run, or a JSON-lines record's text) reaches the child
/// through a temporary file, unlinked at once, as its standard input; its standard output and
/// error go to temporary files too, so no pipe can fill and block either side.
public struct Isolation: Sendable {
    /// The executable to start (this one).
    public var executable: String
    /// The run's options, given to every child before the article's own.
    public var arguments: [String]
    /// Articles of more bytes than this are audited in a child; 0: every article (`--isolate`).
    public var above: Int
    /// `--isolate-above`'s default: 1 MB. Ordinary articles (a few KB) are audited in process;
    /// a large article's audit peaks at about 10–17 bytes of memory per byte of it (8–200 MB of
    /// news text, README "Hostile input"), in the child that audits it.
    public static let defaultAbove = 1 << 20

    public init(executable: String = Isolation.currentExecutable, arguments: [String], above: Int) {
        self.executable = executable; self.arguments = arguments; self.above = above
    }

    /// The path of the running executable.
    public static var currentExecutable: String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        return n > 0 ? String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    /// What the child is given on its standard input (`--isolated-article`).
    public enum Kind: String, Sendable, CaseIterable {
        /// An article's bytes, as read from its file (or from standard input, `audit -`).
        case bytes
        /// A JSON-lines record's text, as UTF-8.
        case text
    }

    /// The size of the regular file at `path`, if it is one.
    public static func regularFileSize(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    /// Whether an article of `size` bytes is audited in a child.
    @inline(__always) func applies(_ size: Int) -> Bool { Self.applies(size, above: above) }
    /// Whether an article of `size` bytes is read apart under the threshold `above` (0: every article).
    @inline(__always) public static func applies(_ size: Int, above: Int) -> Bool { above == 0 || size > above }

    /// Audits the article `item` names, whose content is `content` (`kind` says which), in a
    /// child process: its audit, or why there is none.
    /// The content is written from its own storage (a record's text is not copied into an array first).
    /// `input`: the content as an array when it is one (an article's file): the child then does
    /// not send back the text when it is those bytes, and the audit's text is this array.
    func audit<Content: Collection>(_ item: InputItem, _ kind: Kind, _ content: Content, input: [UInt8]? = nil, judge: Bool) throws(InputFailure) -> ArticleAudit
    where Content.Element == UInt8 {
        var args = ["run", "--isolated-article", kind.rawValue, "--isolated-name", item.path]
        if !judge { args.append("--isolated-no-judge") }
        args += arguments
        let child = try Self.run(executable, args, input: content, name: item.path)
        if child.signal == 0 && child.code == 0, let result = AuditWire.read(Self.contents(child.output), input: input) {
            switch result {
            case .audit(let a): return a
            case .failure(let f): throw f
            }
        }
        throw InputFailure(path: item.path, message: child.reason)
    }

    /// A child process that has ended: how, and what it wrote (its standard output stays in a
    /// temporary file, open until the value is released).
    public final class Child {
        /// The signal that stopped it (0: none) and its exit status.
        public let signal: Int32, code: Int32
        /// Its standard output: an unlinked temporary file, read from the start.
        public let output: Int32
        /// What it wrote to its standard error.
        public let errors: [UInt8]
        init(signal: Int32, code: Int32, output: Int32, errors: [UInt8]) {
            self.signal = signal; self.code = code; self.output = output; self.errors = errors
        }
        deinit { close(output) }
        /// Whether it ran to its end (an exit status, no signal and no allocation failure).
        public var ended: Bool { signal == 0 && !Isolation.ranOutOfMemory(String(decoding: errors, as: UTF8.self)) }
        /// Copies its standard output to the descriptor `fd`, a megabyte at a time; false if a write failed.
        public func relay(to fd: Int32) -> Bool {
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            var offset: off_t = 0
            while true {
                let n = buffer.withUnsafeMutableBytes { pread(output, $0.baseAddress!, $0.count, offset) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n == 0 }
                offset += off_t(n)
                let ok = buffer.withUnsafeBytes { b -> Bool in
                    var at = 0
                    while at < n {
                        let w = write(fd, b.baseAddress! + at, n - at)
                        if w < 0 { if errno == EINTR { continue }; return false }
                        at += w
                    }
                    return true
                }
                if !ok { return false }
            }
        }
        /// Why it gave no result, in words (see `Isolation.reason`).
        public var reason: String { Isolation.reason(signal: signal, code: code, stderr: String(decoding: errors, as: UTF8.self)) }
    }

    /// Runs `executable` with `arguments`, `input` as its standard input (through a temporary
    /// file, unlinked at once) and its standard output and error in temporary files too, so no
    /// pipe can fill and block either side. Failures to start it name `name`.
    public static func run<Content: Collection>(_ executable: String, _ arguments: [String], input content: Content, name: String) throws(InputFailure) -> Child
    where Content.Element == UInt8 {
        func fail(_ m: String) -> InputFailure { InputFailure(path: name, message: m) }
        func temporary() throws(InputFailure) -> Int32 {
            let dir = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array("\(dir)/isnad-isolated-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw fail("cannot create a temporary file in \(dir) to audit it apart: \(String(cString: strerror(errno)))") }
            _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
            // not inherited by the children of other workers (dup2 onto 0, 1, 2 clears it for this one's)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            return fd
        }
        var opened: [Int32] = []
        defer { for fd in opened { close(fd) } }
        let input = try temporary(); opened.append(input)
        func writeAll(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            var at = 0
            while at < b.count {
                let r = write(input, b.baseAddress! + at, b.count - at)
                if r < 0 { if errno == EINTR { continue }; return false }
                at += r
            }
            return true
        }
        let written = content.withContiguousStorageIfAvailable(writeAll) ?? Array(content).withUnsafeBufferPointer(writeAll)
        guard written else { throw fail("cannot write a temporary file to audit it apart: \(String(cString: strerror(errno)))") }
        lseek(input, 0, SEEK_SET)
        let output = try temporary()
        let errors: Int32
        do { errors = try temporary() } catch { close(output); throw error }
        opened.append(errors)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { close(output); throw fail("cannot start a process to audit it apart (\(executable)): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { close(output); throw fail("lost the process auditing it: \(String(cString: strerror(errno)))") }
        }
        lseek(output, 0, SEEK_SET)
        return Child(signal: status & 0x7F, code: (status >> 8) & 0xFF, output: output, errors: contents(errors))
    }

    /// All the bytes of a temporary file written by the child.
    static func contents(_ fd: Int32) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: Int(st.st_size)) { buf, n in
            n = 0
            while n < buf.count {
                let r = pread(fd, buf.baseAddress! + n, buf.count - n, off_t(n))
                if r < 0 && errno == EINTR { continue }
                if r <= 0 { return }
                n += r
            }
        }
    }

    /// Why a child gave no audit, in words: its signal or exit status, and what it said.
    static func reason(signal: Int32, code: Int32, stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { String($0.prefix(200)) }
        if ranOutOfMemory(stderr) { return "ran out of memory (\(memoryLimit)): not audited" }
        if signal == SIGKILL {
            return "the process auditing it was killed (SIGKILL; the system's out-of-memory killer, \(memoryLimit)?): not audited"
        }
        let said = lines.first(where: { !$0.isEmpty }).map { ": \($0)" } ?? ""
        if signal != 0 {
            let name = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
            return "the process auditing it stopped on signal \(signal) (\(name))\(said): not audited"
        }
        return "the process auditing it exited with status \(code)\(said.isEmpty ? " and no result" : said): not audited"
    }

    /// Whether what a child wrote to its standard error says an allocation failed.
    static func ranOutOfMemory(_ stderr: String) -> Bool {
        let memory = ["failed to allocate", "Could not allocate", "Cannot allocate memory", "out of memory", "bad_alloc"]
        return stderr.split(whereSeparator: \.isNewline).contains { l in memory.contains { l.prefix(200).contains($0) } }
    }

    /// The memory limit a child runs under, in words: `ulimit -v` (address space) or the data
    /// segment's limit, as set for this process and inherited by its children.
    static var memoryLimit: String {
        func mb(_ v: rlim_t) -> String { "\(v / (1 << 20)) MB" }
        var l = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &l) == 0 && l.rlim_cur != rlim_t.max { return "limit \(mb(l.rlim_cur)) of address space, ulimit -v" }
        if getrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &l) == 0 && l.rlim_cur != rlim_t.max { return "limit \(mb(l.rlim_cur)) of data, ulimit -d" }
        return "no limit set: the machine's memory"
    }

    /// The child's side: audits the one article `kind` and `name` say with the run's settings
    /// and writes the audit (or why there is none) to standard output. Returns the exit status.
    public static func child(kind: Kind, name: String, judge: Bool, resolver: SettingsResolver,
                             encoding: TextEncoding, invalidUTF8: InvalidUTF8Policy, markup: ArticleMarkup?, maxArticleBytes: Int) -> Int32 {
        var item = InputItem(path: name)
        // the article's bytes, which the run has too: its text is not sent back when it is them
        var input: [UInt8]? = nil
        do throws(InputFailure) {
            let bytes = try InputFiles.readStandardInput(limit: maxArticleBytes, name: name)
            switch kind {
            case .bytes: item.bytes = bytes; input = bytes
            case .text: item.text = String(decoding: bytes, as: UTF8.self)
            }
        } catch { item.failure = error }
        let feed = Feed(source: InputSource(files: []), resolver: resolver, configuredBaselines: false)
        let result: AuditWire.Result
        switch ItemAuditor.run(feed.prepare(item), (encoding, invalidUTF8, maxArticleBytes, markup), nil, nil, isolation: nil,
                               replica: nil, slim: false, judge: judge, problems: false) {
        case .audited(let a, _, _, _): result = .audit(a)
        case .failure(let f, _): result = .failure(f)
        case .rules(let e): result = .failure(InputFailure(path: name, message: e.description))
        }
        return writeToStandardOutput { AuditWire.write(result, input: input, to: $0) }
    }

    /// A child's result: what `body` writes to the sink it is given goes to standard output.
    /// Returns the exit status: 0, or 2 if a write failed.
    public static func writeToStandardOutput(_ body: (@escaping ([UInt8]) -> Void) -> Void) -> Int32 {
        var failed = false
        body { bytes in
            guard !failed else { return }
            bytes.withUnsafeBytes { b in
                var at = 0
                while at < b.count {
                    let r = write(1, b.baseAddress! + at, b.count - at)
                    if r < 0 { if errno == EINTR { continue }; failed = true; return }
                    at += r
                }
            }
        }
        return failed ? 2 : 0
    }
}
