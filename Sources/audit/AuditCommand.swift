import ArgumentParser
import Foundation
import Isnad

/// `audit FILE...`: the audit sheet of each article; exit 1 when a claim fails the policy.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit how the claims of Arabic news articles are sourced.",
        discussion: """
            Splits each article into claims, labels how each is sourced (named, anonymous, \
            secondhand, denied, unsourced) and prints the audit sheet with the article's sources \
            and score. Exit status: 0 when no claim fails the policy, 1 when one does, 2 for \
            usage, input or rule errors.
            """,
        version: Isnad.version)

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
        var articles: [ArticleAudit] = []
        for f in files {
            guard let data = FileManager.default.contents(atPath: f) else {
                failures.append(InputFailure(path: f, message: "cannot read file")); continue
            }
            do {
                articles.append(try auditor.audit(bytes: [UInt8](data), path: f, outlet: outlet))
            } catch {
                failures.append(InputFailure(path: f, message: error.description))
            }
        }
        let run = AuditRun(articles: articles, failures: failures)
        for f in failures { FileHandle.standardError.write("audit: error: \(f.path): \(f.message)\n") }
        let out: String
        switch format {
        case "json": out = JSONReporter().report(run)
        default: out = TextReporter(color: !noColor && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil).report(run)
        }
        FileHandle.standardOutput.write(out)
        if !failures.isEmpty { throw ExitCode(2) }
        if run.failing > 0 { throw ExitCode(1) }
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
