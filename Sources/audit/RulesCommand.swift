import ArgumentParser
import Foundation
import Isnad

/// `audit rules ...`: the editor's tools for rule packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, test, copy and list rule packs.",
        subcommands: [Check.self, Test.self, Init.self, Patterns.self, Show.self, Census.self])

    /// The rule directories named, or the default pack.
    static func directories(_ dirs: [String]) throws -> [String] {
        do { return try RuleLocator.directories(explicit: dirs) } catch {
            FileHandle.standardError.write("audit: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }

    /// The pack, or every problem with it on stderr and exit 2.
    static func load(_ dirs: [String], cache: CacheOptions) throws -> RulePack {
        do { return try cache.cache.load(directories: try directories(dirs)) } catch let e as RuleErrors {
            FileHandle.standardError.write(e.description + "\naudit: error: the rules have \(counted(e.errors.count, "problem"))\n")
            throw ExitCode(2)
        }
    }

    /// The note runs print when their packs replace the built-in pack.
    static let note: @Sendable (String) -> Void = { FileHandle.standardError.write("audit: note: \($0)\n") }

    /// How the packs of a check or test were layered, after its summary line ("" for one pack).
    static func layering(_ pack: RulePack) -> String {
        let extended = pack.layers.filter(\.implied)
        if !extended.isEmpty {
            let own = pack.layers.filter { !$0.implied }.map(\.directory).joined(separator: ", ")
            return " (\(own) on top of the built-in pack \(extended.map(\.directory).joined(separator: ", ")), which it extends)"
        }
        let replaces = pack.replacesBuiltin.map { "; it replaces the built-in pack \($0)" } ?? ""
        if pack.layers.count > 1 { return " (packs, in order: \(pack.layers.map(\.directory).joined(separator: ", "))\(replaces))" }
        return replaces.isEmpty ? "" : " (" + replaces.dropFirst(2) + ")"
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
                Then warns, as `path:line:column: warning: message`, of two adjacent slots of \
                alternatives that look like one list split by an alternative of several words \
                (`عمله|مصدر رزقه|وظيفته` reads as `عمله|مصدر` then `رزقه|وظيفته`). \
                Exit 2 when there is any problem, 0 otherwise (warnings included).
                """)
        @Argument(help: ArgumentHelp("Rule directories, later ones layered over earlier ones; `builtin` is the shipped pack (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []

        @OptionGroup var cache: CacheOptions

        func run() throws {
            let pack = try RulesCommand.load(dirs, cache: cache)
            do { _ = try Auditor(pack: pack) } catch {
                FileHandle.standardError.write(error.description + "\n"); throw ExitCode(2)
            }
            let warnings = PatternLint.warnings(pack)
            for w in warnings { FileHandle.standardError.write(w.description + "\n") }
            let examples = pack.rules.reduce(0) { $0 + $1.examples.match.count + $1.examples.noMatch.count }
            print("\(counted(pack.rules.count, "rule")) in \(counted(pack.files.count, "file")), \(counted(examples, "example")), \(counted(pack.tests.count, "sentence test")): no problems"
                  + (warnings.isEmpty ? "" : ", \(counted(warnings.count, "warning"))") + RulesCommand.layering(pack))
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the tests written inside rule files.",
            discussion: """
                Runs every rule's examples — `match` sentences must fire the rule (on the words \
                marked [[...]] when marked), `no_match` sentences must not — and the pack's sentence \
                tests (`tests:` entries with the label and source the last claim of `text` must get). \
                Prints a diff for every failure. A pack that extends the built-in pack (an overlay) \
                is tested on its own rules and tests, with the built-in rules loaded under them. \
                Exit 1 when a test fails (or, with --coverage, when a rule is exercised by no test), \
                2 when the rules do not load.
                """)
        @Argument(help: ArgumentHelp("Rule directories, later ones layered over earlier ones; `builtin` is the shipped pack (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []

        @OptionGroup var cache: CacheOptions
        @Flag(help: "Also fail for every rule that no passing example or sentence test exercises.")
        var coverage = false

        func run() throws {
            let pack = try RulesCommand.load(dirs, cache: cache)
            let auditor: Auditor
            do { auditor = try Auditor(pack: pack) } catch { FileHandle.standardError.write(error.description + "\n"); throw ExitCode(2) }
            // an overlay is tested on its own rules and tests, the pack it extends loaded under it
            let overlay = pack.layers.contains(where: \.implied)
            let report = RuleTester(auditor: auditor).run(files: overlay ? pack.namedFiles : nil)
            for f in report.failures { print(f.description) }
            if coverage {
                for r in report.uncovered { print("\(r.location): error: rule '\(r.id)' is exercised by no passing example or test") }
            }
            print("\(report.passed) of \(report.total) tests passed" + (coverage ? "; \(report.rules - report.uncovered.count) of \(report.rules) rules covered" : "")
                  + RulesCommand.layering(pack))
            if !report.failures.isEmpty || (coverage && !report.uncovered.isEmpty) { throw ExitCode(1) }
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a newsroom's rule pack in a directory: an overlay of the built-in pack, or a full copy.",
            discussion: """
                By default writes an overlay: pack.yml (`extends: builtin`, so the shipped rules are \
                read first and this pack adds to them, overrides or disables them by id), newsroom.yml \
                with one example rule and its tests, and a README.md. With --full, copies the whole \
                built-in pack instead (its pack.yml says `extends: none`: it replaces the shipped \
                pack). Never overwrites a file already in DIR unless --force is given.
                """)
        @Argument(help: ArgumentHelp("The directory to create or fill.", valueName: "dir"))
        var dir: String
        @Flag(help: "Copy the whole built-in pack (every rule file and its README) instead of writing an overlay.")
        var full = false
        @Flag(help: "Overwrite files that already exist in DIR.")
        var force = false

        func run() throws {
            let fm = FileManager.default
            // what to write: file name -> contents, or the built-in file it copies
            var files: [(name: String, text: String?, from: String?)] = []
            if full {
                guard let source = RuleLocator.builtin() else {
                    FileHandle.standardError.write("audit: error: \(RuleLocator.notFound())\n"); throw ExitCode(2)
                }
                let names = ((try? fm.contentsOfDirectory(atPath: source)) ?? [])
                    .filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml") || $0 == "README.md") && $0 != PackManifest.fileName }.sorted()
                files = names.map { ($0, nil, (source as NSString).appendingPathComponent($0)) }
                files.append((PackManifest.fileName, OverlayTemplate.fullManifest(source: source), nil))
            } else {
                files = [(PackManifest.fileName, OverlayTemplate.manifest, nil),
                         (OverlayTemplate.ruleFile, OverlayTemplate.rules, nil),
                         ("README.md", OverlayTemplate.readme(dir), nil)]
            }
            let existing = files.map { (dir as NSString).appendingPathComponent($0.name) }.filter { fm.fileExists(atPath: $0) }
            if !existing.isEmpty && !force {
                FileHandle.standardError.write("audit: error: \(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""): nothing written (choose another directory, or --force to overwrite)\n")
                throw ExitCode(2)
            }
            do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                FileHandle.standardError.write("audit: error: \(dir): cannot create the directory: \(error.localizedDescription)\n"); throw ExitCode(2)
            }
            for f in files {
                let to = (dir as NSString).appendingPathComponent(f.name)
                do {
                    let data: Data
                    if let text = f.text { data = Data(text.utf8) } else { data = try Data(contentsOf: URL(fileURLWithPath: f.from!)) }
                    try data.write(to: URL(fileURLWithPath: to))
                } catch {
                    FileHandle.standardError.write("audit: error: \(to): cannot write: \(error.localizedDescription)\n"); throw ExitCode(2)
                }
            }
            if full {
                print("copied the built-in pack (\(files.count - 1) files) to \(dir), with a pack.yml that says it replaces the built-in pack; "
                      + "edit it, run `audit rules test \(dir)`, then `audit --rules \(dir) ARTICLE`")
            } else {
                print("wrote an overlay of the built-in pack to \(dir): \(files.map(\.name).joined(separator: ", ")); "
                      + "edit \((dir as NSString).appendingPathComponent(OverlayTemplate.ruleFile)), run `audit rules test \(dir)`, then `audit --rules \(dir) ARTICLE`")
            }
        }
    }

    struct Patterns: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every literal word sequence of the rules, one per line.",
            discussion: "Alternatives are expanded and optional words taken both ways; a wildcard or gap ends a literal. This is the lexicon the benchmark gives ripgrep.")
        @Argument(help: ArgumentHelp("Rule directories, later ones layered over earlier ones; `builtin` is the shipped pack (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []

        @OptionGroup var cache: CacheOptions

        func run() throws {
            print(try RulesCommand.load(dirs, cache: cache).literals().joined(separator: "\n"))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print rules as the engine reads them: each pattern and regular expression with its word lists and lemmas spelled out.",
            discussion: "A pattern's {list: NAME} and lemmas {past/present/participle} are shown expanded into their words; a regular expression's {list: NAME} as the group of literals it becomes.")
        @Argument(help: ArgumentHelp("Rule ids to show (a trailing * matches a prefix: denial.*).", valueName: "id"))
        var ids: [String]

        @Option(name: .customLong("rules"), help: ArgumentHelp("Rule directories, later ones layered over earlier ones; `builtin` is the shipped pack (default: the pack `audit` would use).", valueName: "dir"))
        var dirs: [String] = []

        @OptionGroup var cache: CacheOptions

        func run() throws {
            let pack = try RulesCommand.load(dirs, cache: cache)
            func wanted(_ id: String) -> Bool {
                ids.contains { $0.hasSuffix("*") ? id.hasPrefix($0.dropLast()) : id == $0 }
            }
            let shown = pack.rules.filter { wanted($0.id) }
            guard !shown.isEmpty else { throw ValidationError("no rule with the id \(ids.joined(separator: ", "))") }
            for r in shown {
                print("\(r.id) (\(r.kind.rawValue)) at \(r.location)")
                for p in r.patterns { print("  pattern: \(p)") }
                for x in r.regexes { print("  regex: \(x)") }
            }
        }
    }
}
