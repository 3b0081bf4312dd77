import ArgumentParser
import Foundation
import Isnad

/// `audit`: the root command. With no subcommand name, `audit FILE...` audits articles.
struct Root: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit how the claims of Arabic news articles are sourced.",
        discussion: """
            `audit [options] FILE...` audits articles (the default subcommand, `run`; see \
            `audit run --help` for its options). `audit rules ...` checks, tests, copies and lists \
            the rule packs; `audit explain FILE[:LINE]` shows why each claim got its label; \
            `audit config` prints the settings in force. Exit status: 0 when nothing fails, 1 when \
            an article fails the policy or a rule test fails, 2 for usage, input or rule errors.
            """,
        version: Isnad.version,
        subcommands: [AuditCommand.self, RulesCommand.self, ExplainCommand.self, ConfigCommand.self],
        defaultSubcommand: AuditCommand.self)
}

/// Exit statuses, in one place: 0 when nothing fails, 1 when an article fails the policy (or
/// a rule test fails), 2 for usage, input, rule and template errors (ArgumentParser's usage
/// status 64 included).
enum ExitStatus {
    static let success: Int32 = 0, failed: Int32 = 1, error: Int32 = 2

    /// Reports an error that ended a command on standard error and exits with its status.
    static func exit(for error: any Error) -> Never {
        switch error {
        case let e as BatchError:
            FileHandle.standardError.write(e.description + "\n"); Foundation.exit(Self.error)
        case let e as RuleErrors:
            FileHandle.standardError.write(e.description + "\n"); Foundation.exit(Self.error)
        case let e as TemplateError:
            FileHandle.standardError.write("\(e.description)\n"); Foundation.exit(Self.error)
        case let e as InputFailure:
            FileHandle.standardError.write(Batch.message(e)); Foundation.exit(Self.error)
        default: break
        }
        let code = Root.exitCode(for: error)
        if code == .success || code.rawValue == failed || code.rawValue == Self.error { Root.exit(withError: error) }
        // a usage error: the message and the subcommand's usage, once (ArgumentParser's full
        // message holds both), in the tool's `audit: error:` form
        var message = Root.fullMessage(for: error)
        if message.hasPrefix("Error: ") { message = "audit: error: " + message.dropFirst("Error: ".count) }
        FileHandle.standardError.write(message + "\n")
        Foundation.exit(Self.error)
    }
}

// large blocks returned to the system when freed; under an address-space limit (ulimit -v), one
// allocator arena for all threads; set before any thread starts; a limit too small to start
// under is an error, not a crash
if let tooSmall = AddressSpace.prepare() {
    FileHandle.standardError.write("audit: error: \(tooSmall)\n")
    exit(ExitStatus.error)
}
// under a limit, running out of it is a message and exit status 2, not a signal
AddressSpace.reportExhaustion("; stopped")
// a closed descriptor 0, 1 or 2 is reopened first, so no file opened later takes its number
StandardOutput.guardStandardDescriptors()
// temporary files (-o, --write-baseline) are removed on SIGINT, SIGTERM and SIGHUP
TemporaryFiles.install()
/// `audit --help`: the root's overview, then the options of the default subcommand (what
/// `audit FILE...` accepts), then the subcommands.
func rootHelp() -> String {
    /// The sections of a help text (`OVERVIEW:`, `USAGE:`, `OPTIONS:` ...) by heading, and their order.
    func sections(_ text: String) -> [(heading: String, body: String)] {
        var out: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), line[..<colon].allSatisfy({ $0.isUppercase || $0 == " " }), !line[..<colon].isEmpty {
                out.append((String(line[..<colon]), String(line)))
            } else if !out.isEmpty {
                out[out.count - 1].1 += "\n" + line
            }
        }
        return out.map { (heading: $0.0, body: $0.1.trimmingCharacters(in: .newlines)) }
    }
    let root = sections(Root.helpMessage()), run = sections(AuditCommand.helpMessage())
    func body(_ s: [(heading: String, body: String)], _ h: String) -> String? { s.first { $0.heading == h }?.body }
    var parts: [String] = []
    if let o = body(root, "OVERVIEW") { parts.append(o) }
    parts.append("USAGE: audit [<options>] <path> ...\n       audit <subcommand>")
    if let a = body(run, "ARGUMENTS") { parts.append(a) }
    if let o = body(run, "OPTIONS") { parts.append(o.replacingOccurrences(of: "OPTIONS:", with: "OPTIONS (of `audit run`, the default subcommand):")) }
    if let s = body(root, "SUBCOMMANDS") { parts.append(s) }
    return parts.joined(separator: "\n\n") + "\n"
}

do {
    let args = Array(CommandLine.arguments.dropFirst())
    if args == ["--help"] || args == ["-h"] || args == ["help"] {
        print(rootHelp(), terminator: "")
        exit(0)
    }
    var command = try Root.parseAsRoot()
    try command.run()
} catch {
    ExitStatus.exit(for: error)
}
// what the subcommands printed (`config`, `rules`, `explain`): a failed write is an error, exit 2
if fflush(nil) != 0 {
    let e = errno
    FileHandle.standardError.write("audit: error: standard output: \(String(cString: strerror(e != 0 ? e : EIO)))\n")
    Foundation.exit(ExitStatus.error)
}

