import Dispatch
import Foundation
import Isnad

/// One article to audit: a file, or a record of a JSON-lines stream.
struct InputItem: @unchecked Sendable {
    var path: String
    /// The record's text (jsonl input); nil for a file, read by the worker.
    var text: String?
    var passthrough: [(key: String, json: String)] = []
    /// Why the record could not be read (a malformed line).
    var failure: InputFailure?
}

/// Where articles come from: files, or JSON-lines records read as they arrive.
struct InputSource {
    var files: [String] = []
    var index = 0
    var readers: [LineReader] = []
    var jsonlPaths: [String] = []
    var lineNumber = 0
    /// The number of items when known in advance (files), else nil.
    var count: Int? { readers.isEmpty && jsonlPaths.isEmpty ? files.count : nil }

    init(files: [String]) { self.files = files }
    init(jsonl paths: [String]) { jsonlPaths = paths.isEmpty ? ["-"] : paths }

    /// Up to `max` items; a stream returns what has arrived (at least one line) without waiting to fill a batch.
    mutating func next(max: Int) -> [InputItem] {
        if jsonlPaths.isEmpty && readers.isEmpty {
            let end = min(files.count, index + max)
            defer { index = end }
            return files[index..<end].map { InputItem(path: $0) }
        }
        while true {
            if readers.isEmpty {
                guard !jsonlPaths.isEmpty else { return [] }
                let p = jsonlPaths.removeFirst()
                guard let r = LineReader(path: p) else {
                    return [InputItem(path: p, failure: InputFailure(path: p, message: "cannot read"))]
                }
                readers = [r]; lineNumber = 0
            }
            let lines = readers[0].lines(max: max)
            if lines.isEmpty { readers.removeAll(); continue }
            return lines.map { line in
                lineNumber += 1
                return Self.record(line, source: readers[0].path, line: lineNumber)
            }
        }
    }

    /// A JSON-lines record: `text` is audited; `id` names it; every other field passes through.
    static func record(_ line: [UInt8], source: String, line n: Int) -> InputItem {
        let name = "\(source == "-" ? "stdin" : source):\(n)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return InputItem(path: name, failure: InputFailure(path: name, message: "not a JSON object"))
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
    var eof = false

    init?(path: String) {
        self.path = path
        if path == "-" { fd = 0 } else {
            let f = open(path, O_RDONLY)
            guard f >= 0 else { return nil }
            fd = f
        }
    }
    deinit { if fd != 0 { close(fd) } }

    /// Complete lines already read (reading once more when there are none); empty at the end.
    func lines(max: Int) -> [[UInt8]] {
        while true {
            var out: [[UInt8]] = []
            var start = 0
            for (i, b) in buffer.enumerated() where b == 0x0A {
                let line = Array(buffer[start..<i])
                start = i + 1
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { out.append(line) }
                if out.count == max { break }
            }
            buffer.removeFirst(start)
            if !out.isEmpty { return out }
            if eof {
                if !buffer.isEmpty && !buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { let last = buffer; buffer = []; return [last] }
                return []
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { if n < 0 && errno == EINTR { continue }; eof = true } else { buffer += chunk[0..<n] }
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
}

/// The outcome of auditing one item.
enum ItemResult: @unchecked Sendable {
    /// The audit, and its output when the reporter renders articles alone (in the worker).
    case audited(ArticleAudit, Auditor, [UInt8]?)
    case failure(InputFailure, [(key: String, json: String)])
    case rules(RuleErrors)
}

/// A batch of items audited in parallel; results keep the input order.
final class PendingBatch: @unchecked Sendable {  // each slot is written by exactly one worker
    var results: [ItemResult]
    init(count: Int) { results = Array(repeating: .failure(InputFailure(path: "", message: "not audited"), []), count: count) }

    func audit(_ items: [PreparedItem], workers: Int, decode: (TextEncoding, InvalidUTF8Policy), profiler: Profiler?, render: (any Reporter)?) {
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedBuffer(buffer)
            if workers <= 1 || items.count == 1 {
                for i in items.indices { slots[i] = Self.one(items[i], decode, profiler, render, nil) }
            } else {
                // each worker takes the next item not yet taken, with its own replica of each auditor
                let n = min(workers, items.count)
                let next = Counter()
                DispatchQueue.concurrentPerform(iterations: n) { w in
                    let replicas = Replicas.shared
                    while true {
                        let i = next.take()
                        if i >= items.count { break }
                        slots[i] = Self.one(items[i], decode, profiler, render, items[i].auditor.map { replicas.auditor($0, worker: w, configuration: items[i].configuration) })
                    }
                }
            }
        }
    }

    static func one(_ p: PreparedItem, _ decode: (TextEncoding, InvalidUTF8Policy), _ profiler: Profiler?, _ render: (any Reporter)?,
                    _ replica: Auditor?) -> ItemResult {
        if let e = p.rules { return .rules(e) }
        guard let auditor = replica ?? p.auditor else { return .failure(InputFailure(path: p.item.path, message: "no rules"), p.item.passthrough) }
        if let f = p.item.failure { return .failure(f, p.item.passthrough) }
        var timer: StageTimer? = nil
        if let pr = profiler { timer = { @Sendable stage, t in pr.add(stage, seconds: t) } }
        do {
            var audit: ArticleAudit
            if let text = p.item.text {
                audit = auditor.audit(scalars: Normalizer.scalars(of: text), path: p.item.path, outlet: p.outlet, profile: timer)
            } else {
                let t0 = profiler?.now()
                let bytes = try InputFiles.read(p.item.path)
                if let t0 { profiler?.add("read", since: t0) }
                audit = try auditor.audit(bytes: bytes, path: p.item.path, outlet: p.outlet, encoding: decode.0, invalidUTF8: decode.1, profile: timer)
            }
            audit.passthrough = p.item.passthrough
            var rendered: [UInt8]? = nil
            if let r = render {
                let t0 = profiler?.now()
                var out = ReportOutput()
                r.article(audit, position: 0, &out)
                rendered = out.bytes
                if let t0 { profiler?.add("report", since: t0) }
                for p in audit.problems { FileHandle.standardError.write("\(audit.path):\(p.line):\(p.column): warning: \(p.message)\n") }
            }
            return .audited(audit, auditor, rendered)
        } catch let f as InputFailure {
            return .failure(f, p.item.passthrough)
        } catch {
            return .failure(InputFailure(path: p.item.path, message: "\(error)"), p.item.passthrough)
        }
    }
}

/// A shared counter handing out item indexes.
final class Counter: @unchecked Sendable {  // guarded by `lock`
    let lock = NSLock()
    var value = 0
    func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
}

/// Per-worker replicas of the auditors (one per configuration and worker), made on first use.
final class Replicas: @unchecked Sendable {  // guarded by `lock`
    static let shared = Replicas()
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

/// A buffer pointer that may be captured by concurrent workers writing distinct slots.
struct UncheckedBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ b: UnsafeMutableBufferPointer<T>) { base = b }
    subscript(i: Int) -> T { get { base[i] } nonmutating set { base[i] = newValue } }
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
