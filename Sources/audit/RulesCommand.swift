import ArgumentParser
import Foundation
import Isnad

/// `audit rules ...`: the editor's tools for rule packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, test, copy and list rule packs.",
        subcommands: [Check.self, Test.self, Init.self, Patterns.self, Census.self])

    /// The rule directories named, or the default pack.
    static func directories(_ dirs: [String]) throws -> [String] {
        do { return try RuleLocator.directories(explicit: dirs) } catch {
            FileHandle.standardError.write("audit: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    /// The pack, or every problem with it on stderr and exit 2.
    static func load(_ dirs: [String]) throws -> RulePack {
        do { return try RuleLoader.load(directories: try directories(dirs)) } catch let e as RuleErrors {
            FileHandle.standardError.write(e.description + "\naudit: error: the rules have \(counted(e.errors.count, "problem"))\n")
            throw ExitCode(2)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate rule files.",
            discussion: """
                Reads every *.yml file of each pack and prints each problem as \
                `path:line:column: error: message` with the offending line under it: YAML syntax, \
                unknown keys (with a \"did you mean\" hint), wrong value types, empty pattern lists, \
                duplicate rule ids (a later pack must say `override: true`), invalid regular \
                expressions, patterns that normalise to nothing or can never match as written. \
                Exit 2 when there is any problem, 0 otherwise.
                """)
        @Argument(help: ArgumentHelp("Rule directories, later ones layered over earlier ones (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []

        func run() throws {
            let pack = try RulesCommand.load(dirs)
            do { _ = try Auditor(pack: pack) } catch {
                FileHandle.standardError.write(error.description + "\n"); throw ExitCode(2)
            }
            let examples = pack.rules.reduce(0) { $0 + $1.examples.match.count + $1.examples.noMatch.count }
            print("\(counted(pack.rules.count, "rule")) in \(counted(pack.files.count, "file")), \(counted(examples, "example")), \(counted(pack.tests.count, "sentence test")): no problems")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the tests written inside rule files.",
            discussion: """
                Runs every rule's examples — `match` sentences must fire the rule (on the words \
                marked [[...]] when marked), `no_match` sentences must not — and the pack's sentence \
                tests (`tests:` entries with the label and source the last claim of `text` must get). \
                Prints a diff for every failure. Exit 1 when a test fails (or, with --coverage, when \
                a rule is exercised by no test), 2 when the rules do not load.
                """)
        @Argument(help: ArgumentHelp("Rule directories (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []
        @Flag(help: "Also fail for every rule that no passing example or sentence test exercises.")
        var coverage = false

        func run() throws {
            let pack = try RulesCommand.load(dirs)
            let auditor: Auditor
            do { auditor = try Auditor(pack: pack) } catch { FileHandle.standardError.write(error.description + "\n"); throw ExitCode(2) }
            let report = RuleTester(auditor: auditor).run()
            for f in report.failures { print(f.description) }
            if coverage {
                for r in report.uncovered { print("\(r.location): error: rule '\(r.id)' is exercised by no passing example or test") }
            }
            print("\(report.passed) of \(report.total) tests passed" + (coverage ? "; \(pack.rules.count - report.uncovered.count) of \(pack.rules.count) rules covered" : ""))
            if !report.failures.isEmpty || (coverage && !report.uncovered.isEmpty) { throw ExitCode(1) }
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the default rule pack into a directory for a newsroom to edit.",
            discussion: "Refuses to overwrite rule files already in DIR unless --force is given.")
        @Argument(help: ArgumentHelp("The directory to create or fill.", valueName: "dir"))
        var dir: String
        @Flag(help: "Overwrite rule files that already exist in DIR.")
        var force = false

        func run() throws {
            let source = try RulesCommand.directories([])[0]
            let fm = FileManager.default
            let files = ((try? fm.contentsOfDirectory(atPath: source)) ?? []).filter { $0.hasSuffix(".yml") || $0 == "README.md" }.sorted()
            do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                FileHandle.standardError.write("audit: error: \(dir): cannot create directory\n"); throw ExitCode(2)
            }
            let existing = files.filter { fm.fileExists(atPath: (dir as NSString).appendingPathComponent($0)) }
            if !existing.isEmpty && !force {
                FileHandle.standardError.write("audit: error: \(dir) already has \(existing.joined(separator: ", ")); use --force to overwrite\n")
                throw ExitCode(2)
            }
            for f in files {
                let to = (dir as NSString).appendingPathComponent(f)
                try? fm.removeItem(atPath: to)
                do { try fm.copyItem(atPath: (source as NSString).appendingPathComponent(f), toPath: to) } catch {
                    FileHandle.standardError.write("audit: error: \(to): cannot write\n"); throw ExitCode(2)
                }
            }
            print("copied \(files.count) files of \(source) to \(dir); edit them and run `audit rules test \(dir)`, then `audit --rules \(dir) ARTICLE`")
        }
    }

    struct Patterns: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every literal word sequence of the rules, one per line.",
            discussion: "Alternatives are expanded and optional words taken both ways; a wildcard or gap ends a literal. This is the lexicon the benchmark gives ripgrep.")
        @Argument(help: ArgumentHelp("Rule directories (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []

        func run() throws {
            print(try RulesCommand.load(dirs).literals().joined(separator: "\n"))
        }
    }
}
