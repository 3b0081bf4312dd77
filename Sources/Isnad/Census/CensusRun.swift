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
                for item in items { add(Self.read(item, auditor, decode)) }
            }
        } else {
            let replicas = Replicas()
            let pool = OrderedPool<Item>(workers: workers, window: workers * 32) { p, w in
                let a = w == 0 ? auditor : replicas.auditor(auditor, worker: w, configuration: "")
                return Self.read(p.item, a, decode)
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
    static func read(_ item: InputItem, _ auditor: Auditor, _ decode: (TextEncoding, InvalidUTF8Policy)) -> Item {
        if let f = item.failure { return .failure(f) }
        if let text = item.text { return .census(auditor.census(text: text, path: item.path)) }
        do {
            let bytes = try InputFiles.read(item.path)
            return .census(try auditor.census(bytes: bytes, path: item.path, encoding: decode.0, invalidUTF8: decode.1, markup: ArticleMarkup.of(path: item.path)))
        } catch let f as InputFailure {
            return .failure(f)
        } catch {
            return .failure(InputFailure(path: item.path, message: "\(error)"))
        }
    }
}

/// The input read by the reader thread (used by one thread at a time).
final class CensusFeed: @unchecked Sendable {
    var source: InputSource
    init(_ source: InputSource) { self.source = source }
}
