import ArgumentParser
import Foundation
import Isnad

/// `audit FILE...`: the audit sheet of each article; exit 1 when an article fails the policy.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Audit articles: the default subcommand (`audit FILE...` is `audit run FILE...`).",
        discussion: """
            Splits each article into claims, labels how each is sourced (named, anonymous, \
            secondhand, denied, unsourced) and prints the audit sheet with the article's sources \
            and score. Settings come from the command line, else from the nearest .audit.yml \
            above each article (or --config), else the defaults. Exit status: 0 when no article \
            fails the policy, 1 when one does, 2 for usage, input or rule errors.
            """)

    @Argument(help: ArgumentHelp("Article files (.txt, .md) or directories to audit.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var settings: SettingsOptions

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Fail only on failing claims not recorded in this baseline file; report entries that no longer match.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record the claims failing now in this file (written atomically) and exit 0 unless input is bad.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .long, help: ArgumentHelp("Encoding of the articles: auto (UTF-8, UTF-16 with a BOM, or Windows-1256 / ISO-8859-6 Arabic recognised from the bytes), utf-8, utf-16, windows-1256, iso-8859-6.", valueName: "encoding"))
    var encoding: TextEncoding = .auto

    @Option(name: .customLong("invalid-utf8"), help: ArgumentHelp("Invalid UTF-8 that is no recognised legacy encoding: error (refuse the file, naming the byte offset) or replace (decode, each bad byte becoming U+FFFD).", valueName: "policy"))
    var invalidUTF8: InvalidUTF8Policy = .error

    @Option(name: .long, help: ArgumentHelp("Input: files (articles, the default) or jsonl (one JSON object per line, {\"id\": ..., \"text\": ...}; other fields are passed through). With jsonl, '-' reads standard input.", valueName: "kind"))
    var input: InputKind = .files

    @Option(name: .long, help: ArgumentHelp("Articles audited in parallel (default: all cores). Output order is always input order.", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Print the time spent per stage and per rule to standard error.")
    var profile = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write one sheet per article and format to DIR/<article name>.<ext> (atomically), and an index when several articles are audited.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A Mustache template for the Markdown or HTML sheet (a name containing .html or .md says which), instead of the shipped one.", valueName: "file"))
    var template: String?

    @Flag(inversion: .prefixedNo, help: "Indent JSON output (default: indented when stdout is a terminal, compact otherwise).")
    var pretty: Bool?

    @Flag(name: .customLong("no-color"), help: "Never colour the text sheet (colour is used only when stdout is a terminal).")
    var noColor = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article file or directory") }
        if baseline != nil && writeBaseline != nil { throw ValidationError("--baseline and --write-baseline cannot be used together") }
        try settings.validate()
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        // options read once: a property wrapper's value costs a lookup each time it is read
        let output = self.output, input = self.input
        var resolver = SettingsResolver(options: settings)
        let format: String
        do { format = try resolver.format() } catch let e as RuleErrors { FileHandle.standardError.write(e.description + "\n"); throw ExitCode(2) }
        var failures: [InputFailure] = []
        var source: InputSource
        if input == .jsonl {
            source = InputSource(jsonl: paths)
        } else {
            let files = InputFiles.expand(paths, failures: &failures)
            source = InputSource(files: files)
        }
        for f in failures { reportFailure(f) }
        let formats: [OutputFormat]
        switch OutputFormat.list(format) {
        case .success(let f) where !f.isEmpty: formats = f
        case .success: throw ValidationError("no output format given")
        case .failure(let e): throw ValidationError(e.description)
        }
        if output == nil && formats.count > 1 { throw ValidationError("several formats (\(format)) need -o DIR") }
        if output == nil && formats == [.html] && source.count != 1 { throw ValidationError("an HTML sheet is one page per article: use -o DIR for several articles") }
        var reporters: [(format: OutputFormat, reporter: any Reporter)] = []
        let color = output == nil && !noColor && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let pretty = self.pretty ?? (output != nil || isatty(1) == 1)
        for f in formats {
            do { reporters.append((f, try f.reporter(color: color, pretty: pretty, template: template))) } catch {
                FileHandle.standardError.write("audit: error: \(error.description)\n"); throw ExitCode(2)
            }
        }
        let reporter = reporters[0].reporter
        var sheets = SheetWriter(directory: output ?? "")
        if let output {
            do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
                reportFailure(InputFailure(path: output, message: "cannot create the output directory")); throw ExitCode(2)
            }
        }
        var base: Baseline? = nil
        var baselinePath = baseline
        if baselinePath == nil && writeBaseline == nil, let p = try? resolver.settings(forDirectory: ".").baseline, FileManager.default.fileExists(atPath: p) { baselinePath = p }
        if let p = baselinePath {
            do { base = try Baseline.load(p) } catch { reportFailure(error); throw ExitCode(2) }
        }
        var record = writeBaseline.map { Baseline(base: SettingsResolver.directory(of: $0)) }
        // Articles are read and audited in parallel batches, then written in input order and
        // dropped; the next batch is audited while this one is written.
        var out = ReportOutput(sink: StandardOutput.write)
        var totals = RunTotals()
        let profiler = profile ? Profiler() : nil
        reporter.begin(&out)
        // never more workers than articles: a single article is audited on this thread, with no replica of the rules to build
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(1, source.count ?? Int.max))
        let decode = (encoding, invalidUTF8)
        func write(_ r: ItemResult) throws {
            switch r {
            case .failure(let failure, let passthrough):
                failures.append(failure); reportFailure(failure)
                if let j = reporter as? JSONLReporter { j.failure(failure, passthrough: passthrough, &out) }
            case .rules(let e):
                out.flush()
                FileHandle.standardError.write(e.description + "\naudit: error: the rules have \(e.errors.count) problem(s); nothing more was audited\n")
                throw ExitCode(2)
            case .audited(let audit, _, let rendered?):
                // rendered by the worker: only joined here
                record?.record(audit)
                out.write(reporter.separator(position: totals.articles))
                out.write(rendered)
                totals.add(audit)
            case .audited(var audit, let auditor, nil):
                if base != nil { base!.absorb(&audit); auditor.policy.apply(to: &audit) }
                record?.record(audit)
                for p in audit.problems { FileHandle.standardError.write("\(audit.path):\(p.line):\(p.column): warning: \(p.message)\n") }
                let t0 = profiler?.now()
                if output != nil {
                    do { try sheets.write(audit, reporters) } catch {
                        let f = (error as? InputFailure) ?? InputFailure(path: output ?? "", message: "\(error)")
                        failures.append(f); reportFailure(f)
                    }
                } else {
                    reporter.article(audit, position: totals.articles, &out)
                }
                if let t0 { profiler?.add("report", since: t0) }
                totals.add(audit)
            }
        }
        // articles are rendered by the workers when the format allows and no baseline changes them
        let render: (any Reporter)? = output == nil && base == nil && reporter.rendersAlone ? reporter : nil
        let slim = render != nil && writeBaseline == nil
        let feed = Feed(source: source, resolver: resolver)
        if workers == 1 {
            // one core: read, audit and write each article on this thread (rendered straight into
            // the output, not into a buffer of its own first)
            while true {
                let items = feed.source.next(max: 128)
                if items.isEmpty { break }
                for item in items { try write(ItemAuditor.run(feed.prepare(item), decode, profiler, nil, replica: nil, slim: false)) }
                // a stream is flushed as it goes
                if input == .jsonl { out.flush() }
            }
        } else {
            // a reader thread prepares items, `workers` threads audit (and render) them with their
            // own replicas of the rules, and this thread writes the results in input order
            let replicas = Replicas()
            let pool = OrderedPool(workers: workers, window: workers * 32) { item, w in
                // worker 0 uses the resolver's auditor; the others their own replicas
                let replica = w == 0 ? nil : item.auditor.map { replicas.auditor($0, worker: w, configuration: item.configuration) }
                return ItemAuditor.run(item, decode, profiler, render, replica: replica, slim: slim)
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
                while let r = pool.next(idle: { if input == .jsonl { out.flush() } }) { try write(r) }
            } catch {
                pool.cancel()
                throw error
            }
        }
        resolver = feed.resolver
        totals.failures = failures
        if output != nil {
            do { try sheets.finish(totals, reporters) } catch {
                let f = (error as? InputFailure) ?? InputFailure(path: output ?? "", message: "\(error)")
                failures.append(f); reportFailure(f)
            }
            FileHandle.standardError.write("audit: wrote \(sheets.written) files to \(output!)\n")
        } else {
            reporter.end(totals, &out)
            out.flush()
        }
        if let base, let p = baselinePath {
            let stale = base.stale
            if !stale.isEmpty {
                FileHandle.standardError.write("audit: note: \(p): \(stale.count) baseline entr\(stale.count == 1 ? "y no longer matches" : "ies no longer match") a failing claim (fixed or edited; rewrite the baseline to drop them):\n")
                for e in stale { FileHandle.standardError.write("  \(e.path): [\(e.label.rawValue)] \(e.text)\n") }
            }
        }
        if let profiler { FileHandle.standardError.write(profiler.report(rules: resolver.auditors.values.first?.pack.rules ?? [])) }
        if let record, let p = writeBaseline {
            do { try AtomicFile.write(record.json(), to: p) } catch {
                reportFailure(InputFailure(path: p, message: "cannot write the baseline")); throw ExitCode(2)
            }
            FileHandle.standardError.write("audit: wrote \(p) with \(record.remaining.values.reduce(0, +)) failing claims\n")
            if !failures.isEmpty { throw ExitCode(2) }
            return
        }
        if !failures.isEmpty { throw ExitCode(2) }
        if totals.failedArticles > 0 { throw ExitCode(1) }
    }

    func reportFailure(_ f: InputFailure) {
        FileHandle.standardError.write("audit: error: \(f.path): \(f.message)\n")
    }
}

/// Writes a file through a temporary file and a rename, so it is never half written.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }
    static func write(_ bytes: [UInt8], to path: String) throws {
        let tmp = path + ".tmp-\(getpid())"
        do { try Data(bytes).write(to: URL(fileURLWithPath: tmp)) } catch { unlink(tmp); throw error }
        guard rename(tmp, path) == 0 else { unlink(tmp); throw CocoaError(.fileWriteUnknown) }
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
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var candidate = name.isEmpty ? "article" : name
        var n = 2
        while used.contains(candidate) || candidate == "index" { candidate = "\(name)-\(n)"; n += 1 }
        used.insert(candidate)
        return candidate
    }

    mutating func write(_ audit: ArticleAudit, _ reporters: [(format: OutputFormat, reporter: any Reporter)]) throws {
        let b = base(for: audit.path)
        for (format, r) in reporters {
            var out = ReportOutput()
            var t = RunTotals()
            t.add(audit)
            r.begin(&out); r.article(audit, position: 0, &out); r.end(t, &out)
            let file = "\(b).\(format.fileExtension)"
            let path = (directory as NSString).appendingPathComponent(file)
            do { try AtomicFile.write(out.bytes, to: path) } catch { throw InputFailure(path: path, message: "cannot write the sheet") }
            written += 1
            entries[format, default: []].append(SheetModel.IndexEntry(audit, sheet: file))
        }
    }

    /// The index pages, when several articles were audited: one per template format asked for.
    mutating func finish(_ totals: RunTotals, _ reporters: [(format: OutputFormat, reporter: any Reporter)]) throws {
        guard totals.articles > 1 else { return }
        var templated = reporters.compactMap { $0.reporter as? TemplateReporter }
        if templated.isEmpty, let md = try? TemplateReporter(.markdown) { templated = [md] }
        for t in templated {
            let list = entries[t.kind == .html ? .html : .markdown] ?? entries.values.first ?? []
            let path = (directory as NSString).appendingPathComponent("index.\(t.fileExtension)")
            do { try AtomicFile.write(t.renderIndex(list, totals: totals), to: path) } catch { throw InputFailure(path: path, message: "cannot write the index") }
            written += 1
        }
    }
}

/// Standard output written with `write(2)`, whole buffers at a time.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(1, buf.baseAddress! + done, buf.count - done)
                if n < 0 { if errno == EINTR { continue }; return }
                done += n
            }
        }
    }
}

func parsePolicy(_ s: String) throws -> Set<Label> {
    if s == "none" || s.isEmpty { return [] }
    var out = Set<Label>()
    for part in s.split(separator: ",") {
        let p = part.trimmingCharacters(in: .whitespaces)
        guard let l = Label(rawValue: p) else {
            throw ValidationError("unknown label '\(p)' in --fail-on (use \(Label.allCases.map(\.rawValue).joined(separator: ", ")) or none)")
        }
        out.insert(l)
    }
    return out
}

extension FileHandle {
    func write(_ s: String) { write(s.data(using: .utf8)!) }
}

/// `--input`: what the paths hold.
enum InputKind: String, CaseIterable, ExpressibleByArgument {
    /// Article files, or directories of them.
    case files
    /// JSON Lines, one article a line (`{"id": ..., "text": ...}`).
    case jsonl
}

extension TextEncoding: ExpressibleByArgument {}
extension InvalidUTF8Policy: ExpressibleByArgument {}
