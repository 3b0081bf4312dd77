import Dispatch
import Foundation
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine
import IsnadReport

/// A run over many articles: inputs → audits → reporters → outcome. The CLI and the fuzz
/// harness drive the library through it; the CLI adds only argument parsing, messages
/// about files and exit statuses.
///
/// Each article is audited with the settings of its directory, marked by the baseline
/// (claims it already knew never fail), judged by the failure policy once, recorded for
/// `--write-baseline`, then written by the reporters in input order: to `output`, or as
/// one sheet per article and format in `directory`. Articles are audited by `jobs`
/// threads (default: every core) and written in input order.
public struct Batch {
    /// The reporters, one per format; without a directory there is exactly one.
    public var reporters: [(format: OutputFormat, reporter: any Reporter)]
    /// `-o DIR`: one sheet per article and format, and index pages; nil writes to `output`.
    public var directory: String?
    public var encoding: TextEncoding = .auto
    public var invalidUTF8: InvalidUTF8Policy = .error
    /// How every article is read (`--input text|markdown`); nil: by its name (`.md` is Markdown).
    public var markup: ArticleMarkup? = nil
    /// Articles larger than this many bytes are reported and skipped (`--max-article-bytes`).
    public var maxArticleBytes = Batch.defaultMaxArticleBytes
    public static let defaultMaxArticleBytes = 16 << 20
    /// Audits large articles (or all) in child processes, so that one that runs out of memory
    /// takes no other down (`--isolate`, `--isolate-above`); nil: every article in this process.
    public var isolation: Isolation? = nil
    /// Articles audited in parallel (nil: every core).
    public var jobs: Int? = nil
    /// Time the stages and rules (`BatchOutcome.profile`).
    public var profile = false
    /// The language of the index page written when no HTML or Markdown sheet was asked for (`--lang`).
    public var lang: SheetLanguage? = nil
    /// Failing claims already known: they are marked `baselined` and do not fail.
    public var baseline: Baseline? = nil
    /// Records the claims failing in this run (`--write-baseline`).
    public var record: Baseline? = nil
    /// Whether the `baseline:` of each article's configuration applies to it (false when the
    /// command line gives `--baseline` or `--write-baseline`, which win). A configured baseline
    /// that is missing or is no baseline stops the run, as `--baseline` does.
    public var configuredBaselines = true
    /// `$GITHUB_STEP_SUMMARY`: with `--format github`, a Markdown summary of the run is appended to this file.
    public var stepSummary: String? = nil
    /// Where the report goes (standard output), whole buffers at a time.
    public var output: ([UInt8]) -> Void
    /// Where diagnostics go (standard error), a message at a time with its newline.
    public var diagnostics: (String) -> Void

    public init(reporters: [(format: OutputFormat, reporter: any Reporter)], directory: String? = nil,
                output: @escaping ([UInt8]) -> Void = StandardOutput.write,
                diagnostics: @escaping (String) -> Void = { FileHandle.standardError.write($0) }) {
        self.reporters = reporters; self.directory = directory; self.output = output; self.diagnostics = diagnostics
    }

    /// One article's whole sheet in one format: what `-o DIR` writes for it (and what the fuzz harness checks).
    public static func sheet(_ audit: ArticleAudit, _ reporter: any Reporter) -> [UInt8] {
        var out = ReportOutput()
        var t = RunTotals()
        t.add(audit)
        reporter.begin(&out); reporter.article(audit, position: 0, &out); reporter.end(t, &out)
        return out.bytes
    }

    /// The most workers per core `jobs` may ask for.
    public static let jobsPerCore = 4

    /// A file that could not be audited, as a diagnostic line.
    public static func message(_ f: InputFailure) -> String { "audit: error: \(visible(f.path)): \(visible(f.message))\n" }
    /// A problem with an article's markup, as a diagnostic line.
    public static func message(_ p: ArticleProblem, _ path: String) -> String { "\(visible(path)):\(p.line):\(p.column): warning: \(p.message) [\(p.kind.ruleID)]\n" }

    /// Text for a terminal: control characters (a record id's newline or ESC) shown as `\u{..}`.
    public static func visible(_ s: String) -> String {
        func control(_ c: Unicode.Scalar) -> Bool { c != "/" && c != "\\" && SheetWriter.unsafeInName(c) }
        guard s.unicodeScalars.contains(where: control) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            if control(c) { out += "\\u{\(String(c.value, radix: 16))}" } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// Audits every item of `source` with the settings `resolver` chooses for it; `failures`
    /// are the inputs already found unreadable (they count in the outcome).
    public func run(_ source: InputSource, resolver: SettingsResolver, failures: [InputFailure] = []) throws(BatchError) -> BatchOutcome {
        var failures = failures
        var base = baseline
        var record = self.record
        // the baselines named by configurations, loaded when an article first needs one
        var configured: [String: Baseline] = [:], configuredOrder: [String] = []
        var summary = stepSummary != nil && reporters.contains { $0.format == .github } ? GitHubSummary() : nil
        // the report itself carries the articles' markup problems: not repeated on standard error
        let problemsOnStderr = !(directory == nil && reporters[0].format.carriesProblems)
        let reporter = reporters[0].reporter
        let directory = self.directory
        var sheets = SheetWriter(directory: directory ?? "")
        var out = ReportOutput(sink: output)
        var totals = RunTotals()
        totals.recording = record != nil
        let profiler = profile ? Profiler() : nil
        let diagnostics = self.diagnostics
        // with -o the report is the sheets: nothing is written to standard output (a stream flushed
        // its opening, and `--format json` ended there)
        // the report opens with the first article (or failure) it is given: a run stopped by
        // errors in the rules before any article writes nothing (no half-open JSON document)
        var begun = directory != nil
        func open() { if !begun { reporter.begin(&out); begun = true } }
        // never more workers than articles: a single article is audited on this thread, with no replica of the rules to build
        // and never more than 4 per core: each holds a replica of the rules and a 16 MB stack
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var asked = jobs ?? cores
        if asked > cores * Self.jobsPerCore {
            diagnostics("audit: note: --jobs \(asked) is more than \(Self.jobsPerCore) per core (\(cores) cores): using \(cores * Self.jobsPerCore)\n")
            asked = cores * Self.jobsPerCore
        }
        let workers = min(asked, max(1, source.count ?? Int.max))
        let decode = (encoding, invalidUTF8, maxArticleBytes, markup)
        let isolation = self.isolation
        var source = source
        source.maxArticleBytes = maxArticleBytes
        let stream = source.count == nil
        // with a baseline, the policy is applied once the baseline has marked the claims it knows
        let judge = base == nil
        func write(_ r: ItemResult) throws(BatchError) {
            switch r {
            case .failure(let failure, let passthrough):
                open()
                failures.append(failure); diagnostics(Self.message(failure))
                if let j = reporter as? JSONLReporter { j.failure(failure, passthrough: passthrough, &out) }
            case .rules(let e):
                out.flush()
                throw .rules(e)
            case .audited(let audit, _, let rendered?, _):
                // rendered by the worker: only joined here
                open()
                record?.record(audit)
                summary?.add(audit)
                out.write(reporter.separator(position: totals.articles))
                out.write(rendered)
                totals.add(audit)
            case .audited(var audit, let auditor, nil, let named):
                // the baseline that marks this article's known claims: the command line's, else its
                // configuration's (loaded when first needed); then the policy, once
                if base == nil, let named, configured[named] == nil {
                    do throws(InputFailure) { configured[named] = try Baseline.load(named) } catch {
                        out.flush()
                        throw .baseline(InputFailure(path: error.path, message: error.message + " (the baseline of \(Self.visible(audit.path))'s configuration)"))
                    }
                    configuredOrder.append(named)
                }
                if base != nil || named != nil {
                    if base != nil { base!.absorb(&audit) } else if let named { configured[named]?.absorb(&audit) }
                    auditor.policy.apply(to: &audit)
                }
                open()
                record?.record(audit)
                summary?.add(audit)
                if problemsOnStderr { for p in audit.problems { diagnostics(Self.message(p, audit.path)) } }
                let t0 = profiler?.now()
                if directory != nil {
                    for f in sheets.write(audit, reporters) { failures.append(f); diagnostics(Self.message(f)) }
                } else {
                    reporter.article(audit, position: totals.articles, &out)
                }
                if let t0 { profiler?.add("report", since: t0) }
                totals.add(audit)
            }
        }
        // articles are rendered by the workers when the format allows and no baseline changes them
        let render: (any Reporter)? = directory == nil && base == nil && reporter.rendersAlone ? reporter : nil
        let slim = render != nil && record == nil && summary == nil
        let feed = Feed(source: source, resolver: resolver, configuredBaselines: configuredBaselines && base == nil && record == nil)
        if workers == 1 {
            // one core: read, audit and write each article on this thread (rendered straight into
            // the output, not into a buffer of its own first)
            while true {
                let items = feed.source.next(max: 128)
                if items.isEmpty { break }
                for item in items { try write(ItemAuditor.run(feed.prepare(item), decode, profiler, nil, isolation: isolation, replica: nil, slim: false, judge: judge, problems: problemsOnStderr)) }
                // a stream is flushed as it goes
                if stream { out.flush() }
            }
        } else {
            // a reader thread prepares items, `workers` threads audit (and render) them with their
            // own replicas of the rules, and this thread writes the results in input order
            let replicas = Replicas()
            let pool = OrderedPool(workers: workers, window: workers * 32) { item, w in
                // worker 0 uses the resolver's auditor; the others their own replicas
                let replica = w == 0 ? nil : item.auditor.map { replicas.auditor($0, worker: w, configuration: item.configuration) }
                return ItemAuditor.run(item, decode, profiler, render, isolation: isolation, replica: replica, slim: slim, judge: judge, problems: problemsOnStderr)
            }
            let reader = Thread {
                while true {
                    let items = feed.source.next(max: pool.window)
                    if items.isEmpty { break }
                    for item in items where !pool.submit(feed.prepare(item)) { return }
                }
                pool.close()
            }
            reader.start()
            do {
                while let r = pool.next(idle: { if stream { out.flush() } }) { try write(r) }
            } catch {
                pool.cancel()
                throw error
            }
        }
        totals.failures = failures
        if let directory {
            do { try sheets.finish(totals, reporters, lang: lang) } catch {
                let f = (error as? InputFailure) ?? InputFailure(path: directory, message: "\(error)")
                failures.append(f); diagnostics(Self.message(f))
            }
            // the sheets were not flushed one by one: the directory is, once
            if sheets.written > 0 && !AtomicFile.syncDirectory(directory) {
                let f = InputFailure(path: directory, message: "cannot flush the sheets to disk: \(String(cString: strerror(errno)))")
                failures.append(f); diagnostics(Self.message(f))
            }
            diagnostics("audit: wrote \(counted(sheets.written, "file")) to \(directory)\n")
        } else {
            open()
            reporter.end(totals, &out)
            out.flush()
        }
        if let summary, let path = stepSummary {
            do throws(WriteError) { try AtomicFile.append(summary.markdown(totals), to: path) } catch {
                let f = InputFailure(path: path, message: "cannot write the step summary ($GITHUB_STEP_SUMMARY): \(error.reason)")
                failures.append(f); diagnostics(Self.message(f))
            }
        }
        return BatchOutcome(totals: totals, failures: failures, baseline: base,
                            configuredBaselines: configuredOrder.map { ($0, configured[$0]!) }, record: record,
                            profile: profiler?.report(rules: feed.resolver.auditors.values.first?.pack.rules ?? []),
                            resolver: feed.resolver)
    }
}

/// What a batch adds up to.
public struct BatchOutcome {
    public var totals: RunTotals
    /// The inputs that could not be audited (or whose sheets could not be written).
    public var failures: [InputFailure]
    /// The baseline after the run: its `stale` entries matched no failing claim.
    public var baseline: Baseline?
    /// The baselines named by configurations that the run used, after the run, with their paths.
    public var configuredBaselines: [(path: String, baseline: Baseline)] = []
    /// The claims failing in this run, when recording (`--write-baseline`).
    public var record: Baseline?
    /// Time per stage and rule, when profiling.
    public var profile: String?
    /// The settings resolver, with the configurations and auditors the run loaded.
    public var resolver: SettingsResolver
    /// Whether an article failed the policy.
    public var failed: Bool { totals.failedArticles > 0 }
}

/// Why a batch stopped before its end.
public enum BatchError: LocatedError, CustomStringConvertible {
    /// The rules of an article's settings do not load: nothing more is audited.
    case rules(RuleErrors)
    /// The baseline an article's configuration names cannot be read: nothing more is audited.
    case baseline(InputFailure)
    public var location: ErrorLocation {
        switch self { case .rules(let e): e.location; case .baseline(let f): f.location }
    }
    public var description: String {
        switch self {
        case .rules(let e): e.description + "\naudit: error: the rules have \(counted(e.errors.count, "problem")); nothing more was audited"
        case .baseline(let f): Batch.message(f).dropLast() + "\naudit: error: nothing more was audited"
        }
    }
}

/// `-o DIR`: one sheet per article and format, and an index of several.
struct SheetWriter {
    let directory: String
    var written = 0
    var used = Set<String>()
    var entries: [OutputFormat: [SheetModel.IndexEntry]] = [:]

    init(directory: String) { self.directory = directory }

    /// A file name for an article's sheets, unique in the run: the article's name without its extension.
    mutating func base(for path: String) -> String {
        let name = Self.fileName(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        var candidate = name.isEmpty ? "article" : name
        var n = 2
        while used.contains(candidate) || candidate == "index" { candidate = "\(name)-\(n)"; n += 1 }
        used.insert(candidate)
        return candidate
    }

    /// Writes an article's sheets, one per format; the sheets that could not be written (each format is tried).
    mutating func write(_ audit: ArticleAudit, _ reporters: [(format: OutputFormat, reporter: any Reporter)]) -> [InputFailure] {
        let b = base(for: audit.path)
        var failures: [InputFailure] = []
        for (format, r) in reporters {
            let bytes = Batch.sheet(audit, r)
            let file = "\(b).\(format.fileExtension)"
            let path = (directory as NSString).appendingPathComponent(file)
            do throws(WriteError) { try AtomicFile.write(bytes, to: path) } catch {
                failures.append(InputFailure(path: path, message: "cannot write the sheet: \(error.reason)")); continue
            }
            written += 1
            entries[format, default: []].append(SheetModel.IndexEntry(audit, sheet: file))
        }
        return failures
    }

    /// Characters never put in a file name: controls (C0, DEL, C1), line and paragraph
    /// separators, bidi embeddings, overrides and isolates, the slash and the backslash.
    static func unsafeInName(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2F, 0x5C: return true
        default: return false
        }
    }

    /// A name made safe for the file system: unsafe characters become `_`, a leading dot
    /// (hidden files, `..`) too, and the name is cut to 200 bytes of UTF-8.
    static func fileName(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var bytes = 0
        for c in name.unicodeScalars {
            let s: Unicode.Scalar = unsafeInName(c) || (out.isEmpty && c == ".") ? "_" : c
            bytes += UTF8.width(s)
            if bytes > 200 { break }
            out.append(s)
        }
        return String(out)
    }

    /// The index pages, when several articles were audited: one per template format asked for.
    mutating func finish(_ totals: RunTotals, _ reporters: [(format: OutputFormat, reporter: any Reporter)], lang: SheetLanguage? = nil) throws {
        guard totals.articles > 1 else { return }
        var templated = reporters.compactMap { $0.reporter as? TemplateReporter }
        if templated.isEmpty, let md = try? TemplateReporter(.markdown, lang: lang ?? .sheetDefault) { templated = [md] }
        for t in templated {
            let list = entries[t.kind == .html ? .html : .markdown] ?? entries.values.first ?? []
            let path = (directory as NSString).appendingPathComponent("index.\(t.fileExtension)")
            do throws(WriteError) { try AtomicFile.write(t.renderIndex(list, totals: totals), to: path) } catch { throw InputFailure(path: path, message: "cannot write the index: \(error.reason)") }
            written += 1
        }
    }
}
