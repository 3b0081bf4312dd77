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
            and score. Settings come from the command line, else from the nearest .audit.yml (or .audit.yaml) \
            above each article (or --config), else the defaults. Directories are walked for *.txt \
            and *.md (read as Markdown), skipping what .gitignore files and the exclude: globs of \
            .audit.yml name, and node_modules/; a file named is audited even if ignored. Exit status: 0 when no article \
            fails the policy, 1 when one does, 2 for usage, input or rule errors.
            """)

    @Argument(help: ArgumentHelp("Article files (.txt, .md) or directories to audit; '-' reads one article from standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("stdin-filename"), help: ArgumentHelp("The name of the article read from standard input ('-'), in messages and sheets; a name ending in .md reads it as Markdown, and its directory chooses the .audit.yml.", valueName: "name"))
    var stdinFilename: String?

    @OptionGroup var settings: SettingsOptions

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Fail only on failing claims not recorded in this baseline file; report entries that no longer match.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record the claims failing now in this file (written atomically) and exit 0 unless input is bad.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .long, help: ArgumentHelp("Encoding of the articles: auto (UTF-8, UTF-16 with a BOM, or Windows-1256 / ISO-8859-6 Arabic recognised from the bytes), utf-8, utf-16, windows-1256, iso-8859-6.", valueName: "encoding"))
    var encoding: TextEncoding = .auto

    @Option(name: .customLong("invalid-utf8"), help: ArgumentHelp("Invalid UTF-8 that is no recognised legacy encoding: error (refuse the file, naming the byte offset) or replace (decode, each bad byte becoming U+FFFD).", valueName: "policy"))
    var invalidUTF8: InvalidUTF8Policy = .error

    @Option(name: .long, help: ArgumentHelp("Input: files (articles, the default: *.md read as Markdown, the rest as plain text), text or markdown (every article read so), or jsonl (one JSON object per line, {\"id\": ..., \"text\": ...}; other fields are passed through). With jsonl, '-' reads a stream of records from standard input; otherwise '-' is one article.", valueName: "kind"))
    var input: InputKind = .files

    @Option(name: .long, help: ArgumentHelp("Articles audited in parallel (default: all cores). Output order is always input order.", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("max-article-bytes"), help: ArgumentHelp("Articles larger than this are reported and skipped (default: 16777216, 16 MB); with --input jsonl, a record's text, and a line of twice this.", valueName: "n"))
    var maxArticleBytes: Int = Batch.defaultMaxArticleBytes

    @Flag(help: "Audit every article in a process of its own (as articles over --isolate-above are): an article that runs out of memory or crashes the audit is reported as an error, and the others are audited.")
    var isolate = false

    @Option(name: .customLong("isolate-above"), help: SharedOptions.isolateAboveHelp("audited", "the batch goes on"))
    var isolateAbove: Int = Isolation.defaultAbove

    /// The child's side of `--isolate`: what its standard input holds, the article's name, and
    /// whether the policy is applied (see `Isolation`).
    @Option(name: .customLong("isolated-article"), help: ArgumentHelp(visibility: .private))
    var isolatedArticle: Isolation.Kind?
    @Option(name: .customLong("isolated-name"), help: ArgumentHelp(visibility: .private))
    var isolatedName: String?
    @Flag(name: .customLong("isolated-no-judge"), help: ArgumentHelp(visibility: .private))
    var isolatedNoJudge = false

    /// The size of the matcher's chunks, in tokens (`Auditor.chunkTokens`): a test knob,
    /// given to isolated children with the run's other options.
    @Option(name: .customLong("chunk-tokens"), help: ArgumentHelp(visibility: .private))
    var chunkTokens: Int?

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
        if paths.isEmpty { throw ValidationError("give at least one article file or directory ('-' for standard input)") }
        try SharedOptions.validate(standardInputIn: paths, jsonl: input == .jsonl)
        if stdinFilename != nil && (input == .jsonl || !paths.contains("-")) { throw ValidationError("--stdin-filename names the article read from '-': give '-' (without --input jsonl)") }
        if baseline != nil && writeBaseline != nil { throw ValidationError("--baseline and --write-baseline cannot be used together") }
        try settings.validate()
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be 1 or more") }
        if maxArticleBytes < 1 { throw ValidationError("--max-article-bytes must be 1 or more") }
        if let c = chunkTokens, c < 1 { throw ValidationError("--chunk-tokens must be 1 or more") }
        try SharedOptions.validate(isolateAbove: isolateAbove)
    }

    func run() throws {
        // options read once: a property wrapper's value costs a lookup each time it is read
        let output = self.output, input = self.input
        var overrides = settings.overrides
        overrides.chunkTokens = chunkTokens
        var resolver = SettingsResolver(options: overrides)
        if let kind = isolatedArticle {
            // a child of an isolating run: one article, its audit to standard output, nothing else
            let status = Isolation.child(kind: kind, name: isolatedName ?? "", judge: !isolatedNoJudge, resolver: resolver,
                                         encoding: encoding, invalidUTF8: invalidUTF8, markup: input.markup, maxArticleBytes: maxArticleBytes)
            throw ExitCode(status)
        }
        resolver.note = RulesCommand.note
        let format = try resolver.format()
        let lang = try resolver.settings(forDirectory: ".").lang
        var failures: [InputFailure] = []
        var source: InputSource
        if input == .jsonl {
            source = InputSource(jsonl: paths)
        } else {
            var notes: [String] = []
            // the exclude: globs of the configuration that applies to each directory walked
            var excludes: [String: [IgnoreRules]] = [:]
            for p in paths where p != "-" {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue,
                      let cp = try? resolver.configPath(forDirectory: p), let c = try? resolver.configuration(cp), !c.exclude.isEmpty else { continue }
                let base = URL(fileURLWithPath: cp).standardizedFileURL.deletingLastPathComponent().path
                let root = URL(fileURLWithPath: p).standardizedFileURL.path
                guard root == base || root.hasPrefix(base.hasSuffix("/") ? base : base + "/") else { continue }
                let lead = root.dropFirst(base.count).split(separator: "/").map(String.init)
                excludes[p] = [IgnoreRules(lines: c.exclude.map { Substring($0) }, lead: lead)]
            }
            // '-' keeps its place among the articles
            let files = InputFiles.expandPaths(paths, failures: &failures, notes: &notes, standardInput: true) { excludes[$0] ?? [] }
            for n in notes { FileHandle.standardError.write("audit: note: \(n)\n") }
            source = InputSource(paths: files, stdinName: stdinFilename)
        }
        for f in failures { reportFailure(f) }
        let formats = format
        if output == nil && formats.count > 1 { throw ValidationError("several formats (\(formats.map(\.rawValue).joined(separator: ","))) need -o DIR") }
        if let template {
            // a template replaces the sheet of a templated format: one must be asked for, and the one its name says
            let kinds = formats.compactMap(\.templateKind)
            if kinds.isEmpty {
                throw ValidationError("--template applies to the markdown and html formats; --format \(formats.map(\.rawValue).joined(separator: ",")) has no template")
            }
            if let named = TemplateReporter.Kind(templateName: template), !kinds.contains(named) {
                throw ValidationError("--template \(template) is a\(named == .html ? "n HTML" : " Markdown") template (its name says so) but --format \(formats.map(\.rawValue).joined(separator: ",")) has no \(named == .html ? "html" : "markdown") sheet")
            }
        }
        if output == nil && formats == [.html] && source.count != 1 { throw ValidationError("an HTML sheet is one page per article: use -o DIR for several articles") }
        var reporters: [(format: OutputFormat, reporter: any Reporter)] = []
        let color = output == nil && !noColor && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let pretty = self.pretty ?? (output != nil || isatty(1) == 1)
        for f in formats {
            reporters.append((f, try f.reporter(color: color, pretty: pretty, template: template, lang: lang)))
        }
        if let output {
            do throws(WriteError) { try createDirectories(output) } catch {
                reportFailure(InputFailure(path: output, message: "cannot create the output directory: \(error.description)")); throw ExitCode(2)
            }
        }
        // --baseline applies to every article; without it (and without --write-baseline) each
        // article gets the `baseline:` of its own .audit.yml, read by the batch
        var base: Baseline? = nil
        let baselinePath = baseline
        if let p = baselinePath {
            do { base = try Baseline.load(p) } catch { reportFailure(error); throw ExitCode(2) }
        }
        // --write-baseline replaces only a regular file (or the one a symbolic link names): checked before the run
        var baselineTarget = writeBaseline
        if let p = writeBaseline {
            do throws(WriteError) {
                let (target, note) = try AtomicFile.replaceable(p)
                if let note { FileHandle.standardError.write("audit: note: \(note)\n") }
                baselineTarget = target
            } catch {
                reportFailure(InputFailure(path: p, message: "cannot write the baseline: \(error.reason)")); throw ExitCode(2)
            }
        }
        // entries are relative to the directory of the path given (where `--baseline` will read it)
        let record = writeBaseline.map { Baseline(base: SettingsResolver.directory(of: $0)) }
        var batch = Batch(reporters: reporters, directory: output)
        batch.markup = input.markup
        batch.encoding = encoding; batch.invalidUTF8 = invalidUTF8; batch.jobs = jobs; batch.profile = profile; batch.lang = lang; batch.maxArticleBytes = maxArticleBytes
        batch.baseline = base; batch.record = record
        // the children get this run's options (the paths too: a child reads only its article)
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "run" { arguments.removeFirst() }
        batch.isolation = Isolation(arguments: arguments, above: isolate ? 0 : isolateAbove)
        batch.configuredBaselines = baseline == nil && writeBaseline == nil
        if formats.contains(.github), let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            batch.stepSummary = summary
        }
        // a batch stopped by rules that do not load: reported with its exit status by `ExitStatus`
        let outcome = try batch.run(source, resolver: resolver, failures: failures)
        failures = outcome.failures
        // a report that could not be written (disk full, standard output closed) is an error, never a silent success
        if let e = StandardOutput.failure {
            let f = InputFailure(path: e.path, message: e.reason)
            failures.append(f); reportFailure(f)
        }
        var used = outcome.configuredBaselines
        if let base = outcome.baseline, let p = baselinePath { used.insert((p, base), at: 0) }
        for (p, base) in used {
            let stale = base.stale
            if !stale.isEmpty {
                FileHandle.standardError.write("audit: note: \(p): \(stale.count) baseline entr\(stale.count == 1 ? "y no longer matches" : "ies no longer match") a failing claim (fixed or edited; rewrite the baseline to drop them):\n")
                for e in stale { FileHandle.standardError.write("  \(e.path): [\(e.label.rawValue)] \(e.text)\n") }
            }
        }
        if let profile = outcome.profile { FileHandle.standardError.write(profile) }
        if let record = outcome.record, let p = writeBaseline {
            do throws(WriteError) { try AtomicFile.write(record.json(), to: baselineTarget ?? p, sync: true) } catch {
                reportFailure(InputFailure(path: p, message: "cannot write the baseline: \(error.reason)")); throw ExitCode(2)
            }
            FileHandle.standardError.write("audit: wrote \(p) with \(counted(record.remaining.values.reduce(0, +), "failing claim"))\n")
            if !failures.isEmpty { throw ExitCode(2) }
            return
        }
        if !failures.isEmpty { throw ExitCode(2) }
        if outcome.failed { throw ExitCode(1) }
    }

    func reportFailure(_ f: InputFailure) { FileHandle.standardError.write(Batch.message(f)) }
}

/// `--input`: what the paths hold.
enum InputKind: String, CaseIterable, ExpressibleByArgument {
    /// Article files, or directories of them: `*.md` read as Markdown, the rest as plain text.
    case files
    /// Every article read as plain text, whatever its name.
    case text
    /// Every article read as Markdown, whatever its name.
    case markdown
    /// JSON Lines, one article a line (`{"id": ..., "text": ...}`).
    case jsonl

    /// How the articles are read: nil when each file's name says.
    var markup: ArticleMarkup? {
        switch self {
        case .files, .jsonl: nil
        case .text: .text
        case .markdown: .markdown
        }
    }
}

extension TextEncoding: ExpressibleByArgument {}
extension Isolation.Kind: ExpressibleByArgument {}
extension InvalidUTF8Policy: ExpressibleByArgument {}
