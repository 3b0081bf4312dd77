import ArgumentParser
import Foundation
import Isnad

/// `audit FILE...`: the audit sheet of each article; exit 1 when a claim fails the policy.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Audit articles: the default subcommand (`audit FILE...` is `audit run FILE...`).",
        discussion: """
            Splits each article into claims, labels how each is sourced (named, anonymous, \
            secondhand, denied, unsourced) and prints the audit sheet with the article's sources \
            and score. Exit status: 0 when no claim fails the policy, 1 when one does, 2 for \
            usage, input or rule errors.
            """)

    @Argument(help: ArgumentHelp("Article files (.txt) or directories to audit.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Labels that fail the run, comma-separated, or 'none'.", valueName: "labels"))
    var failOn: String = "unsourced"

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule directory; repeat to layer packs (a later pack overrides rules with the same id). Default: ./Rules when present, else the pack installed with the tool.", valueName: "dir"))
    var rules: [String] = []

    @Option(name: .long, help: ArgumentHelp("The publication's own outlet, never an intermediary (default: inferred from the article).", valueName: "name"))
    var outlet: String?

    @Flag(inversion: .prefixedNo, help: "Indent JSON output (default: indented when stdout is a terminal, compact otherwise).")
    var pretty: Bool?

    @Flag(name: .customLong("no-color"), help: "Never colour the text sheet (colour is used only when stdout is a terminal).")
    var noColor = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article file or directory") }
        guard ["text", "json"].contains(format) else { throw ValidationError("unknown format '\(format)' (use text or json)") }
        _ = try parsePolicy(failOn)
    }

    func run() throws {
        let policy = try parsePolicy(failOn)
        let auditor: Auditor
        switch loadAuditor(policy) {
        case .success(let a): auditor = a
        case .failure(let message):
            FileHandle.standardError.write(message.message + "\n")
            throw ExitCode(2)
        }
        var failures: [InputFailure] = []
        let files = InputFiles.expand(paths, failures: &failures)
        for f in failures { reportFailure(f) }
        let reporter: any Reporter = switch format {
        case "json": JSONReporter(pretty: pretty ?? (isatty(1) == 1))
        default: TextReporter(color: !noColor && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        }
        // Each article is read, audited, written and dropped before the next one.
        var out = ReportOutput(sink: StandardOutput.write)
        var totals = RunTotals()
        reporter.begin(&out)
        for f in files {
            do {
                let audit = try auditor.audit(bytes: try InputFiles.read(f), path: f, outlet: outlet)
                reporter.article(audit, position: totals.articles, &out)
                totals.add(audit)
            } catch let failure as InputFailure {
                failures.append(failure); reportFailure(failure)
            } catch {
                let failure = InputFailure(path: f, message: "\(error)")
                failures.append(failure); reportFailure(failure)
            }
        }
        totals.failures = failures
        reporter.end(totals, &out)
        out.flush()
        if !failures.isEmpty { throw ExitCode(2) }
        if totals.failing > 0 { throw ExitCode(1) }
    }

    func reportFailure(_ f: InputFailure) {
        FileHandle.standardError.write("audit: error: \(f.path): \(f.message)\n")
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

struct LoadFailure: Error { var message: String }

extension AuditCommand {
    /// The rules, loaded and compiled, or every problem with them as one message.
    func loadAuditor(_ policy: Set<Label>) -> Result<Auditor, LoadFailure> {
        let dirs: [String]
        do { dirs = try RuleLocator.directories(explicit: rules) } catch {
            return .failure(LoadFailure(message: "audit: error: \(error.message)"))
        }
        let pack: RulePack
        do { pack = try RuleLoader.load(directories: dirs) } catch {
            return .failure(LoadFailure(message: error.description + "\naudit: error: the rules have \(error.errors.count) problem(s); nothing was audited"))
        }
        do { return .success(try Auditor(pack: pack, failOn: policy)) } catch {
            return .failure(LoadFailure(message: error.description))
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
