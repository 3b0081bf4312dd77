import Dispatch
import Foundation
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine
import IsnadReport

/// One article to audit: a file, or a record of a JSON-lines stream.
struct InputItem: @unchecked Sendable {
    var path: String
    /// The file's path as bytes, when they are not `path`'s UTF-8 (a name that is not UTF-8).
    var raw: [UInt8]? = nil
    /// The record's text (jsonl input); nil for a file, read by the worker.
    var text: String?
    /// The article's bytes when already read (standard input); nil for a file, read by the worker.
    var bytes: [UInt8]? = nil
    var passthrough: [(key: String, json: String)] = []
    /// Why the record could not be read (a malformed line).
    var failure: InputFailure?
}

/// Where articles come from: files, or JSON-lines records read as they arrive.
public struct InputSource {
    var files: [String] = []
    /// The bytes of the paths in `files` that are not UTF-8, by index.
    var raw: [Int: [UInt8]] = [:]
    var index = 0
    var readers: [LineReader] = []
    var jsonlPaths: [String] = []
    /// Articles larger than this (files, or the text of a record) are reported and skipped.
    public var maxArticleBytes = Batch.defaultMaxArticleBytes
    var lineNumber = 0
    /// The index in `files` of the article read from standard input (`audit -`), and its name.
    var stdinIndex: Int? = nil
    var stdinName = "stdin"
    /// The number of items when known in advance (files), else nil.
    public var count: Int? { readers.isEmpty && jsonlPaths.isEmpty ? files.count : nil }

    public init(files: [String]) { self.files = files }
    /// Files found by `InputFiles.expandPaths`, where `InputFiles.Path.standardInput` is the
    /// article read from standard input (`audit -`), named `stdinName` in messages and sheets.
    public init(paths: [InputFiles.Path], stdinName: String?) {
        self.init(paths: paths)
        if let at = paths.firstIndex(of: .standardInput) {
            stdinIndex = at
            self.stdinName = stdinName ?? "stdin"
            files[at] = self.stdinName
        }
    }
    /// Files found by `InputFiles.expandPaths` (names that are not UTF-8 are opened by their bytes).
    public init(paths: [InputFiles.Path]) {
        files = paths.map(\.display)
        for (i, p) in paths.enumerated() { if let r = p.raw { raw[i] = r } }
    }
    public init(jsonl paths: [String]) { jsonlPaths = paths.isEmpty ? ["-"] : paths }

    /// Up to `max` items; a stream returns what has arrived (at least one line) without waiting to fill a batch.
    mutating func next(max: Int) -> [InputItem] {
        if jsonlPaths.isEmpty && readers.isEmpty {
            let end = min(files.count, index + max)
            defer { index = end }
            return (index..<end).map { i in
                guard i == stdinIndex else { return InputItem(path: files[i], raw: raw[i]) }
                do throws(InputFailure) { return InputItem(path: stdinName, bytes: try InputFiles.readStandardInput(limit: maxArticleBytes, name: stdinName)) } catch {
                    return InputItem(path: stdinName, failure: error)
                }
            }
        }
        while true {
            if readers.isEmpty {
                guard !jsonlPaths.isEmpty else { return [] }
                let p = jsonlPaths.removeFirst()
                let r: LineReader
                do throws(InputFailure) { r = try LineReader(path: p, maxLine: maxArticleBytes.multipliedReportingOverflow(by: 2).overflow ? Int.max : maxArticleBytes * 2) } catch {
                    return [InputItem(path: p, failure: error)]
                }
                readers = [r]; lineNumber = 0
            }
            let lines = readers[0].lines(max: max)
            if lines.isEmpty { readers.removeAll(); continue }
            // numbered by the reader, blank lines included: messages name the line an editor shows
            return lines.map { (number, line) in
                guard let line else {
                    let name = "\(readers[0].path == "-" ? "stdin" : readers[0].path):\(number)"
                    return InputItem(path: name, failure: InputFailure(path: name, message: "the record is longer than \(readers[0].maxLine) bytes (twice --max-article-bytes): not read"))
                }
                var item = Self.record(line, source: readers[0].path, line: number)
                if item.failure == nil, let t = item.text, t.utf8.count > maxArticleBytes {
                    item.failure = InputFailure(path: item.path, message: "the text is \(t.utf8.count) bytes, over the limit of \(maxArticleBytes) (--max-article-bytes): not audited")
                    item.text = nil
                }
                return item
            }
        }
    }

    /// Why a line is not a record: a lone surrogate escape (valid JSON syntax, but no Unicode
    /// text: Foundation refuses it), or not a JSON object.
    static func whyNotJSON(_ line: [UInt8]) -> String {
        func hex(_ i: Int) -> UInt32? {
            guard i + 6 <= line.count, line[i] == 0x5C, line[i + 1] == 0x75 else { return nil }  // \u
            return UInt32(String(decoding: line[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16)
        }
        var i = 0, inString = false
        while i < line.count {
            let b = line[i]
            if !inString { if b == 0x22 { inString = true }; i += 1; continue }
            if b == 0x22 { inString = false; i += 1; continue }
            if b == 0x5C {
                if let v = hex(i), (0xD800...0xDFFF).contains(v) {
                    let paired = v < 0xDC00 && hex(i + 6).map { (0xDC00...0xDFFF).contains($0) } == true
                    if !paired {
                        return "a lone surrogate \\u\(String(decoding: line[(i + 2)..<(i + 6)], as: UTF8.self)) in a string at byte \(i + 1) (not Unicode text)"
                    }
                    i += 12; continue
                }
                i += 2; continue
            }
            i += 1
        }
        return "not a JSON object"
    }

    /// A JSON-lines record: `text` is audited; `id` names it; every other field passes through.
    static func record(_ line: [UInt8], source: String, line n: Int) -> InputItem {
        let name = "\(source == "-" ? "stdin" : source):\(n)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return InputItem(path: name, failure: InputFailure(path: name, message: Self.whyNotJSON(line)))
        }
        var passthrough: [(key: String, json: String)] = []
        for (k, v) in object.sorted(by: { $0.key < $1.key }) where k != "text" {
            if let d = try? JSONSerialization.data(withJSONObject: v, options: [.fragmentsAllowed, .withoutEscapingSlashes]) {
                passthrough.append((k, String(decoding: d, as: UTF8.self)))
            }
        }
        let id = object["id"].map { "\($0)" } ?? name
        guard let text = object["text"] as? String else {
            return InputItem(path: id, passthrough: passthrough, failure: InputFailure(path: id, message: "the record has no \"text\" string"))
        }
        return InputItem(path: id, text: text, passthrough: passthrough)
    }
}

/// Reads lines from a file or standard input, returning those that have arrived.
final class LineReader {
    let path: String
    let fd: Int32
    var buffer: [UInt8] = []
    /// How many bytes at the front of `buffer` are known to hold no line break.
    var scanned = 0
    var eof = false
    /// Bytes searched for a line break so far: each byte once, however a long line arrives
    /// (`StreamTests` counts them to show that reading is linear in the input).
    var examined = 0

    /// Opens a stream of records: a regular file, a FIFO or a terminal (standard input is
    /// whatever it is). A device or a socket is refused: `/dev/zero` would be one endless line.
    /// The longest line read: the rest of a longer one is skipped as it arrives, never held.
    let maxLine: Int
    /// Inside a line longer than `maxLine`.
    var skipping = false

    init(path: String, maxLine: Int = Int.max) throws(InputFailure) {
        self.path = path
        self.maxLine = maxLine
        if path == "-" { fd = 0; return }
        let f = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard f >= 0 else { throw InputFailure(path: path, message: String(cString: strerror(errno))) }
        var st = stat()
        if fstat(f, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { close(f); throw InputFailure(path: path, message: "is a directory") }
            if type != S_IFREG && type != S_IFIFO && isatty(f) == 0, let kind = InputFiles.special(st.st_mode) {
                close(f); throw InputFailure(path: path, message: "not a regular file (\(kind)), not read")
            }
        }
        fd = f
    }
    deinit { if fd != 0 { close(fd) } }

    /// Lines read so far, blank ones included.
    var lineNumber = 0

    /// Complete non-blank lines already read (reading once more when there are none), with
    /// their line numbers (blank lines counted); nil for a line longer than `maxLine`. Empty at the end.
    func lines(max: Int) -> [(Int, [UInt8]?)] {
        func blank<C: Collection>(_ line: C) -> Bool where C.Element == UInt8 { line.allSatisfy { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 } }
        while true {
            var out: [(Int, [UInt8]?)] = []
            var start = 0
            // bytes before `scanned` hold no line break: a long record is searched once, not once per read
            var i = scanned
            let from = i
            defer { examined += i - from }
            while i < buffer.count && out.count < max {
                if buffer[i] == 0x0A {
                    lineNumber += 1
                    if skipping { out.append((lineNumber, nil)); skipping = false }
                    else if !blank(buffer[start..<i]) { out.append((lineNumber, Array(buffer[start..<i]))) }
                    start = i + 1
                }
                i += 1
            }
            buffer.removeFirst(start)
            scanned = i - start
            // a line longer than the limit: dropped as it comes, reported when it ends
            if skipping || scanned > maxLine { if scanned == buffer.count { skipping = true; buffer.removeAll(keepingCapacity: true); scanned = 0 } }
            if !out.isEmpty { return out }
            if eof {
                scanned = 0
                if skipping { skipping = false; lineNumber += 1; return [(lineNumber, nil)] }
                if !buffer.isEmpty && !blank(buffer) { let last = buffer; buffer = []; lineNumber += 1; return [(lineNumber, last)] }
                return []
            }
            let had = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: 1 << 16))
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + had, 1 << 16) }
            buffer.removeLast(n > 0 ? (1 << 16) - n : 1 << 16)
            if n <= 0 { if n < 0 && errno == EINTR { continue }; eof = true }
        }
    }
}

/// An item with the auditor its settings chose.
struct PreparedItem: @unchecked Sendable {
    var item: InputItem
    var auditor: Auditor?
    var outlet: String?
    /// The configuration file the settings came from: one auditor (and one replica per worker) each.
    var configuration = ""
    var rules: RuleErrors? = nil
    /// The baseline the item's configuration names (`baseline:` in `.audit.yml`), when it applies.
    var baseline: String? = nil
}

/// The outcome of auditing one item.
enum ItemResult: @unchecked Sendable {
    /// The audit, and its output when the reporter renders articles alone (in the worker).
    /// With the baseline of the item's configuration, when one applies (then nothing was rendered or judged).
    case audited(ArticleAudit, Auditor, [UInt8]?, baseline: String?)
    case failure(InputFailure, [(key: String, json: String)])
    case rules(RuleErrors)
}

/// Audits one prepared item (on a worker thread, or on the main thread with `--jobs 1`).
enum ItemAuditor {
    /// - Parameters:
    ///   - replica: the worker's own copy of the item's auditor (nil: the item's auditor).
    ///   - render: the reporter that renders the article in the worker, when the format allows.
    ///   - slim: drop the audit's units, text and sources once rendered (nothing later reads them).
    ///   - judge: apply the failure policy (false when a baseline is to mark claims first).
    ///   - problems: write the article's markup problems to standard error (false when the report carries them).
    ///   - isolation: audits the item in a child process when it applies (nil: in this one).
    static func run(_ p: PreparedItem, _ decode: (TextEncoding, InvalidUTF8Policy, Int, ArticleMarkup?), _ profiler: Profiler?, _ render: (any Reporter)?,
                    isolation: Isolation?, replica: Auditor?, slim: Bool, judge: Bool, problems: Bool) -> ItemResult {
        // an item under a configured baseline is marked, judged and rendered once the baseline has seen it
        let judge = judge && p.baseline == nil, render = p.baseline == nil ? render : nil
        if let e = p.rules { return .rules(e) }
        if let f = p.item.failure { return .failure(f, p.item.passthrough) }
        guard let auditor = replica ?? p.auditor else { return .failure(InputFailure(path: p.item.path, message: "no rules"), p.item.passthrough) }
        var timer: StageTimer? = nil
        if let pr = profiler { timer = { @Sendable stage, t in pr.add(stage, seconds: t) } }
        do {
            var audit: ArticleAudit
            if let text = p.item.text {
                // a large article is audited in a child process: running out of memory there loses only this article
                if let isolation, isolation.applies(text.utf8.count) {
                    audit = try isolation.audit(p.item, .text, text.utf8, judge: judge)
                } else {
                    audit = auditor.audit(text: text, path: p.item.path, outlet: p.outlet, profile: timer, applyingPolicy: judge)
                }
            } else {
                let t0 = profiler?.now()
                let bytes = try p.item.bytes ?? InputFiles.read(p.item.path, raw: p.item.raw, limit: decode.2)
                if let t0 { profiler?.add("read", since: t0) }
                if let isolation, isolation.applies(bytes.count) {
                    audit = try isolation.audit(p.item, .bytes, bytes, input: bytes, judge: judge)
                } else {
                    audit = try auditor.audit(bytes: bytes, path: p.item.path, outlet: p.outlet, encoding: decode.0, invalidUTF8: decode.1,
                                              markup: decode.3 ?? ArticleMarkup.of(path: p.item.path), profile: timer, applyingPolicy: judge)
                }
            }
            audit.passthrough = p.item.passthrough
            var rendered: [UInt8]? = nil
            if let r = render {
                let t0 = profiler?.now()
                var out = ReportOutput()
                r.article(audit, position: 0, &out)
                rendered = out.bytes
                if let t0 { profiler?.add("report", since: t0) }
                if problems { for p in audit.problems { FileHandle.standardError.write(Batch.message(p, audit.path)) } }
                if slim { audit.units = []; audit.text = ArticleUTF8(); audit.sources = []; audit.passthrough = [] }
            }
            return .audited(audit, auditor, rendered, baseline: p.baseline)
        } catch let f as InputFailure {
            return .failure(f, p.item.passthrough)
        } catch {
            return .failure(InputFailure(path: p.item.path, message: "\(error)"), p.item.passthrough)
        }
    }
}

/// The items to audit and the settings resolver that prepares them (used by one thread at a time).
final class Feed: @unchecked Sendable {
    var source: InputSource
    var resolver: SettingsResolver
    /// Whether the baselines named by configurations apply (not when the command line gives or writes one).
    let configuredBaselines: Bool
    init(source: InputSource, resolver: SettingsResolver, configuredBaselines: Bool) {
        self.source = source; self.resolver = resolver; self.configuredBaselines = configuredBaselines
    }

    /// The item with the auditor its settings chose, or the rule errors that stop the run.
    func prepare(_ item: InputItem) -> PreparedItem {
        do {
            let (auditor, s) = try resolver.auditor(forArticle: item.path)
            return PreparedItem(item: item, auditor: auditor, outlet: s.outlet, configuration: s.configPath ?? "",
                                baseline: configuredBaselines ? s.baseline : nil)
        } catch let e as RuleErrors {
            return PreparedItem(item: item, auditor: nil, outlet: nil, rules: e)
        } catch {
            var failed = item
            failed.failure = InputFailure(path: item.path, message: "\(error)")
            return PreparedItem(item: failed, auditor: nil, outlet: nil)
        }
    }
}

/// Items audited by `workers` threads and handed back in input order, with at most `window`
/// items between the oldest not yet handed back and the newest submitted: a long article
/// holds back the output, never the workers' supply beyond the window, and memory stays bounded.
final class OrderedPool<Result>: @unchecked Sendable {  // all state guarded by `mutex`
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled when an item is submitted (workers wait), when results are ready for the writer,
    /// and when the window has room for the reader. The writer and the reader are woken for a run
    /// of items, not for each one, so the threads do not trade a futex call per article.
    private let workAvailable = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let resultReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let roomFree = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var waiting: [Int: PreparedItem] = [:]
    private var results: [Int: Result] = [:]
    private var submitted = 0, taken = 0, delivered = 0
    /// Every result before this index is ready.
    private var readyThrough = 0
    private var closed = false, cancelled = false
    let window: Int

    /// Starts `workers` threads running `work(item, worker index)`.
    init(workers: Int, window: Int, work: @escaping @Sendable (PreparedItem, Int) -> Result) {
        self.window = max(window, workers)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(workAvailable, nil); pthread_cond_init(resultReady, nil); pthread_cond_init(roomFree, nil)
        for w in 0..<workers {
            let t = Thread { [self] in
                while let (i, item) = self.take() {
                    let r = work(item, w)
                    self.locked {
                        self.results[i] = r
                        while self.results[self.readyThrough] != nil { self.readyThrough += 1 }
                        if self.writerMayGo { pthread_cond_signal(self.resultReady) }
                    }
                }
            }
            t.stackSize = 16 << 20
            t.start()
        }
    }

    deinit {
        pthread_mutex_destroy(mutex); pthread_cond_destroy(workAvailable); pthread_cond_destroy(resultReady); pthread_cond_destroy(roomFree)
        for p in [workAvailable, resultReady, roomFree] { p.deallocate() }
        mutex.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex); defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Results to hand back before the writer wakes: a run of them, or all submitted so far
    /// (a stream whose input pauses still gets each result at once).
    private var writerMayGo: Bool {
        readyThrough > delivered && (readyThrough - delivered >= 16 || readyThrough == submitted) || cancelled || (closed && delivered == submitted)
    }

    private func take() -> (Int, PreparedItem)? {
        locked {
            while taken == submitted && !closed && !cancelled { pthread_cond_wait(workAvailable, mutex) }
            if cancelled || taken == submitted { return nil }
            let i = taken
            taken += 1
            return (i, waiting.removeValue(forKey: i)!)
        }
    }

    /// Adds an item, waiting while the window is full. False once the pool is cancelled.
    @discardableResult
    func submit(_ item: PreparedItem) -> Bool {
        locked {
            while submitted - delivered >= window && !cancelled { pthread_cond_wait(roomFree, mutex) }
            if cancelled { return false }
            waiting[submitted] = item
            submitted += 1
            pthread_cond_signal(workAvailable)
            return true
        }
    }

    /// No more items will be submitted.
    func close() { locked { closed = true; wakeAll() } }

    /// Stops the workers after their current item, and the reader (the run is ending on an error).
    func cancel() { locked { cancelled = true; wakeAll() } }

    private func wakeAll() {
        pthread_cond_broadcast(workAvailable); pthread_cond_broadcast(resultReady); pthread_cond_broadcast(roomFree)
    }

    /// The next result in input order, waiting for it; nil when all are delivered and the pool is closed.
    /// `idle` runs (without the lock) before waiting, so a stream can flush what it has written.
    func next(idle: () -> Void) -> Result? {
        func ready() -> Bool { results[delivered] != nil || (closed && delivered == submitted) }
        if !locked(ready) { idle() }
        return locked {
            if !ready() { while !writerMayGo { pthread_cond_wait(resultReady, mutex) } }
            guard let r = results.removeValue(forKey: delivered) else { return nil }
            delivered += 1
            // the reader refills the window once half of it is free
            if submitted - delivered == window / 2 { pthread_cond_signal(roomFree) }
            return r
        }
    }
}

/// Per-worker replicas of the auditors (one per configuration and worker), made on first use.
final class Replicas: @unchecked Sendable {  // guarded by `lock`
    struct Key: Hashable { var worker: Int; var configuration: String }
    let lock = NSLock()
    var made: [Key: Auditor] = [:]

    func auditor(_ a: Auditor, worker: Int, configuration: String) -> Auditor {
        let key = Key(worker: worker, configuration: configuration)
        lock.lock()
        if let r = made[key] { lock.unlock(); return r }
        lock.unlock()
        let r = a.replica()
        lock.lock(); defer { lock.unlock() }
        if let existing = made[key] { return existing }
        made[key] = r
        return r
    }
}

/// `--profile`: seconds per stage (summed over threads) and per rule.
final class Profiler: @unchecked Sendable {
    let lock = NSLock()
    var stages: [String: Double] = [:]
    var order: [String] = []
    let start = DispatchTime.now().uptimeNanoseconds

    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    func add(_ stage: String, since t0: UInt64) { add(stage, seconds: Double(now() - t0) / 1e9) }
    func add(_ stage: String, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        if stages[stage] == nil { order.append(stage) }
        stages[stage, default: 0] += seconds
    }

    func report(rules: [Rule]) -> String {
        lock.lock(); defer { lock.unlock() }
        let wall = Double(now() - start) / 1e9
        let total = stages.values.reduce(0, +)
        var s = "profile: wall \(String(format: "%.3f", wall)) s; time per stage, summed over threads:\n"
        for k in order {
            let v = stages[k]!
            s += "  \(k.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(format: "%8.3f", v)) s  \(String(format: "%5.1f", total > 0 ? v * 100 / total : 0)) %\n"
        }
        let ruleTimes = stages.keys.filter { $0.hasPrefix("rule ") }
        if ruleTimes.isEmpty {
            s += "  (word patterns of all \(rules.count) rules are matched together in one pass: their time is the 'match' stage; regex rules are timed one by one)\n"
        }
        return s
    }
}
