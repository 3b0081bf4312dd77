import Foundation
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine

/// `audit rules census`: reads an archive — files, directories, or JSON lines, as the audit
/// reads them — with one rule pack, and adds every article's census to one tally in input
/// order. Articles are read by `jobs` threads (each with its own replica of the rules) and
/// handed back in input order through the audit's bounded window, so memory stays flat and
/// the tally is the same whatever the number of jobs.
public struct CensusRun {
    /// Articles read in parallel (nil: every core).
    public var jobs: Int? = nil
    public var encoding: TextEncoding = .auto
    public var invalidUTF8: InvalidUTF8Policy = .error
    /// Examples kept per candidate.
    public var examples = 3
    /// Where diagnostics go (standard error), a message at a time with its newline.
    public var diagnostics: (String) -> Void
    /// Articles over `isolation.above` bytes are read in a child process of their own (this
    /// executable, `audit rules census` with the run's arguments), as the audit isolates them:
    /// one that runs out of memory is an input that could not be read, and the rest is counted.
    public var isolation: Isolation? = nil

    public init(diagnostics: @escaping (String) -> Void = { FileHandle.standardError.write($0) }) {
        self.diagnostics = diagnostics
    }

    /// What a census run adds up to.
    public struct Outcome {
        public var tally: CensusTally
        /// The inputs that could not be read.
        public var failures: [InputFailure]
    }

    /// One article's census, or why it could not be read.
    enum Item: @unchecked Sendable {
        case census(ArticleCensus)
        case failure(InputFailure)
    }

    /// Reads every item of `source` with `auditor`'s rules; `failures` are the inputs already
    /// found unreadable (they count in the outcome).
    public func run(_ source: InputSource, auditor: Auditor, failures: [InputFailure] = []) -> Outcome {
        var source = source
        var failures = failures
        var tally = CensusTally(rules: auditor.pack.rules, exampleLimit: examples)
        let diagnostics = self.diagnostics
        let decode = (encoding, invalidUTF8)
        let isolation = self.isolation
        func add(_ r: Item) {
            switch r {
            case .census(let c):
                for p in c.problems { diagnostics("\(c.path):\(p.line):\(p.column): warning: \(p.message)\n") }
                tally.add(c)
            case .failure(let f):
                failures.append(f); diagnostics(Batch.message(f))
            }
        }
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(1, source.count ?? Int.max))
        if workers == 1 {
            while true {
                let items = source.next(max: 128)
                if items.isEmpty { break }
                for item in items { add(Self.read(item, auditor, decode, isolation)) }
            }
        } else {
            let replicas = Replicas()
            let pool = OrderedPool<Item>(workers: workers, window: workers * 32) { p, w in
                let a = w == 0 ? auditor : replicas.auditor(auditor, worker: w, configuration: "")
                return Self.read(p.item, a, decode, isolation)
            }
            let feed = CensusFeed(source)
            let reader = Thread {
                while true {
                    let items = feed.source.next(max: pool.window)
                    if items.isEmpty { break }
                    for item in items where !pool.submit(PreparedItem(item: item, auditor: nil)) { return }
                }
                pool.close()
            }
            reader.start()
            while let r = pool.next(idle: {}) { add(r) }
        }
        tally.failures = failures.count
        return Outcome(tally: tally, failures: failures)
    }

    /// Reads one item's census (on a worker thread, or on the main thread with one job).
    static func read(_ item: InputItem, _ auditor: Auditor, _ decode: (TextEncoding, InvalidUTF8Policy), _ isolation: Isolation? = nil) -> Item {
        if let f = item.failure { return .failure(f) }
        if let text = item.text {
            if let isolation, isolation.applies(text.utf8.count) { return apart(item, .text, text.utf8, isolation) }
            return .census(auditor.census(text: text, path: item.path))
        }
        do {
            // standard input is read before the workers start; a file by its name's bytes when they are not UTF-8
            let bytes = try item.bytes ?? InputFiles.read(item.path, raw: item.raw)
            if let isolation, isolation.applies(bytes.count) { return apart(item, .bytes, bytes, isolation) }
            return .census(try auditor.census(bytes: bytes, path: item.path, encoding: decode.0, invalidUTF8: decode.1, markup: ArticleMarkup.of(path: item.path)))
        } catch let f as InputFailure {
            return .failure(f)
        } catch {
            return .failure(InputFailure(path: item.path, message: "\(error)"))
        }
    }

    /// Reads one item's census in a child process (see `isolation`).
    static func apart<Content: Collection>(_ item: InputItem, _ kind: Isolation.Kind, _ content: Content, _ isolation: Isolation) -> Item
    where Content.Element == UInt8 {
        let args = ["rules", "census", "--isolated-article", kind.rawValue, "--isolated-name", item.path] + isolation.arguments
        do throws(InputFailure) {
            let child = try Isolation.run(isolation.executable, args, input: content, name: item.path)
            if child.signal == 0 && child.code == 0, let result = CensusWire.read(Isolation.contents(child.output)) {
                switch result {
                case .census(let c): return .census(c)
                case .failure(let f): return .failure(f)
                }
            }
            return .failure(InputFailure(path: item.path, message: child.reason))
        } catch {
            return .failure(error)
        }
    }

    /// The child's side: reads the census of the one article on standard input (`kind` says
    /// what it is, `name` its path) with `auditor` and writes it (or why there is none) to
    /// standard output. Returns the exit status.
    public static func child(kind: Isolation.Kind, name: String, auditor: Auditor, encoding: TextEncoding, invalidUTF8: InvalidUTF8Policy) -> Int32 {
        let result: CensusWire.Result
        do throws(InputFailure) {
            let bytes = try InputFiles.readStandardInput(limit: .max, name: name)
            switch kind {
            case .text: result = .census(auditor.census(text: String(decoding: bytes, as: UTF8.self), path: name))
            case .bytes:
                do throws(DecodingError) {
                    result = .census(try auditor.census(bytes: bytes, path: name, encoding: encoding, invalidUTF8: invalidUTF8, markup: ArticleMarkup.of(path: name)))
                } catch {
                    result = .failure(InputFailure(path: name, message: "\(error)"))
                }
            }
        } catch { result = .failure(error) }
        return Isolation.writeToStandardOutput { CensusWire.write(result, to: $0) }
    }
}

/// The input read by the reader thread (used by one thread at a time).
final class CensusFeed: @unchecked Sendable {
    var source: InputSource
    init(_ source: InputSource) { self.source = source }
}
