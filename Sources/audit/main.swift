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

// Usage errors exit 2 (not ArgumentParser's 64), like input and rule errors.
do {
    var command = try Root.parseAsRoot()
    try command.run()
} catch {
    let code = Root.exitCode(for: error)
    if code == .success || code.rawValue == 1 || code.rawValue == 2 { Root.exit(withError: error) }
    FileHandle.standardError.write(Root.fullMessage(for: error) + "\n")
    if code == .validationFailure { FileHandle.standardError.write(Root.usageString() + "\n") }
    exit(2)
}
