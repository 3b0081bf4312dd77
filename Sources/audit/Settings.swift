import ArgumentParser
import Foundation
import Isnad

/// The options that can also come from `.audit.yml`.
struct SettingsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: \(OutputFormat.names.joined(separator: ", ")); several, comma-separated, with -o (default: the configuration's, else text).", valueName: "format"))
    var format: String?

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Labels whose claims fail, comma-separated, or 'none' (default: unsourced).", valueName: "labels"))
    var failOn: String?

    @Option(name: .customLong("max-unsourced"), help: ArgumentHelp("Unsourced claims an article may carry before they fail (default: 0).", valueName: "n"))
    var maxUnsourced: Int?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("An article scoring below this (0-100) fails (default: no minimum).", valueName: "score"))
    var minScore: Double?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule directory; repeat to layer packs (a later pack may override or disable a rule by id). Default: the configuration's, else ./Rules when present, else the pack installed with the tool.", valueName: "dir"))
    var rules: [String] = []

    @Option(name: .long, help: ArgumentHelp("The publication's own outlet, never an intermediary (default: the configuration's, else inferred from the article).", valueName: "name"))
    var outlet: String?

    @Option(name: .long, help: ArgumentHelp("Use this configuration file instead of the nearest .audit.yml above each article.", valueName: "file"))
    var config: String?

    func validate() throws {
        if let format, case .failure(let e) = OutputFormat.list(format) { throw ValidationError(e.description) }
        if let f = failOn { _ = try parsePolicy(f) }
        if let m = maxUnsourced, m < 0 { throw ValidationError("--max-unsourced must be 0 or more") }
        if let s = minScore, !(0...100).contains(s) { throw ValidationError("--min-score must be from 0 to 100") }
        if let c = config, !FileManager.default.fileExists(atPath: c) { throw ValidationError("configuration file '\(c)' not found") }
    }
}

/// Settings for one article, each with where it came from.
struct ResolvedSettings {
    var configPath: String?
    var rules: [String]
    var outlet: String?
    var policy: FailurePolicy
    var format: String
    var baseline: String?
    /// Setting name -> "command line", "default", or the `path:line:column` of the configuration.
    var origins: [String: String]
}

/// Resolves settings (flags > .audit.yml > defaults) and keeps one auditor per configuration.
struct SettingsResolver {
    let options: SettingsOptions
    var configs: [String: Configuration] = [:]
    var auditors: [String: Auditor] = [:]
    var discovered: [String: String?] = [:]

    init(options: SettingsOptions) { self.options = options }

    /// The directory of a file path ("." for a bare name).
    static func directory(of path: String) -> String {
        // searched in the UTF-8 bytes: a character-by-character search costs more than auditing a short article
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The configuration file that applies to articles in `dir`.
    mutating func configPath(forDirectory dir: String) -> String? {
        if let c = options.config { return c }
        if let d = discovered[dir] { return d }
        let found = Configuration.discover(from: dir)
        discovered[dir] = found
        return found
    }

    mutating func configuration(_ path: String) throws -> Configuration {
        if let c = configs[path] { return c }
        let c = try Configuration.load(path)
        configs[path] = c
        return c
    }

    mutating func settings(forArticle path: String) throws -> ResolvedSettings {
        try settings(forDirectory: Self.directory(of: path))
    }

    mutating func settings(forDirectory dir: String) throws -> ResolvedSettings {
        let cp = configPath(forDirectory: dir)
        if let s = resolved[cp ?? ""] { return s }
        let s = try resolve(configPath: cp)
        resolved[cp ?? ""] = s
        return s
    }

    /// Settings are the same for every article under one configuration file: resolved once.
    var resolved: [String: ResolvedSettings] = [:]

    mutating func resolve(configPath cp: String?) throws -> ResolvedSettings {
        let c = try cp.map { try configuration($0) }
        var origins: [String: String] = [:]
        func origin(_ flag: Bool, _ key: String, _ has: Bool) -> Void {
            origins[key] = flag ? "command line" : (has ? (c?.origins[key]?.description ?? "configuration") : "default")
        }
        let rules: [String]
        if !options.rules.isEmpty { rules = options.rules; origins["rules"] = "command line" }
        else if let r = c?.rules { rules = r; origin(false, "rules", true) }
        else {
            do { rules = try RuleLocator.directories(explicit: []) } catch {
                throw RuleErrors(errors: [RuleError(path: "rules", line: 0, column: 0, message: error.message)])
            }
            origins["rules"] = "default (./Rules, $ISNAD_RULES or the installed pack)"
        }
        let outlet = options.outlet ?? c?.outlet
        origin(options.outlet != nil, "outlet", c?.outlet != nil)
        if outlet == nil { origins["outlet"] = "inferred from each article" }
        var policy = FailurePolicy()
        if let f = options.failOn { policy.labels = try parsePolicy(f) } else if let f = c?.failOn { policy.labels = f }
        origin(options.failOn != nil, "fail_on", c?.failOn != nil)
        policy.maxUnsourced = options.maxUnsourced ?? c?.maxUnsourced
        origin(options.maxUnsourced != nil, "max_unsourced", c?.maxUnsourced != nil)
        policy.minScore = options.minScore ?? c?.minScore
        origin(options.minScore != nil, "min_score", c?.minScore != nil)
        let format = options.format ?? c?.format ?? "text"
        origin(options.format != nil, "format", c?.format != nil)
        origin(false, "baseline", c?.baseline != nil)
        return ResolvedSettings(configPath: cp, rules: rules, outlet: outlet, policy: policy, format: format, baseline: c?.baseline, origins: origins)
    }

    /// The output format of the run: the flag, else the configuration found from the working directory.
    mutating func format() throws -> String { try settings(forDirectory: ".").format }

    /// The auditor for an article's settings (loaded once per configuration).
    mutating func auditor(forArticle path: String) throws -> (Auditor, ResolvedSettings) {
        // the articles of one directory come one after another: its answer is kept, so an
        // article costs one comparison of its directory, not three lookups by string
        let dir = Self.directory(of: path)
        if let last, last.directory == dir { return (last.auditor, last.settings) }
        let s = try settings(forDirectory: dir)
        let key = s.configPath ?? ""
        let a: Auditor
        if let known = auditors[key] { a = known } else {
            let pack = try RuleLoader.load(directories: s.rules)
            a = try Auditor(pack: pack, policy: s.policy)
            auditors[key] = a
        }
        last = (dir, a, s)
        return (a, s)
    }
    /// The directory of the last article asked about, with its auditor and settings.
    private var last: (directory: String, auditor: Auditor, settings: ResolvedSettings)?
}

/// `audit config [PATH]`: the settings that apply to an article (or the working directory).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the resolved configuration and where each value came from.",
        discussion: """
            Settings come from the command line, else from the nearest .audit.yml above the \
            article (or --config), else the defaults. Keys of .audit.yml: rules, outlet, fail_on, \
            max_unsourced, min_score, format, baseline; an unknown key is an error with its line \
            and column.
            """)

    @Argument(help: ArgumentHelp("An article or directory whose settings to show (default: the working directory).", valueName: "path"))
    var path: String = "."

    @OptionGroup var settings: SettingsOptions

    func validate() throws { try settings.validate() }

    func run() throws {
        var resolver = SettingsResolver(options: settings)
        let s: ResolvedSettings
        do { s = FileManager.default.isDirectory(path) ? try resolver.settings(forDirectory: path) : try resolver.settings(forArticle: path) } catch let e as RuleErrors {
            FileHandle.standardError.write(e.description + "\n"); throw ExitCode(2)
        }
        print("configuration: \(s.configPath ?? "(none found)")")
        func line(_ key: String, _ value: String) { print("\(key.padding(toLength: 14, withPad: " ", startingAt: 0)) \(value.padding(toLength: 28, withPad: " ", startingAt: 0))  # \(s.origins[key] ?? "default")") }
        line("rules", s.rules.joined(separator: ", "))
        line("outlet", s.outlet ?? "(inferred)")
        line("fail_on", s.policy.labels.isEmpty ? "none" : s.policy.labels.map(\.rawValue).sorted().joined(separator: ", "))
        line("max_unsourced", s.policy.maxUnsourced.map(String.init) ?? "0")
        line("min_score", s.policy.minScore.map { String($0) } ?? "(none)")
        line("format", s.format)
        line("baseline", s.baseline ?? "(none)")
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}
