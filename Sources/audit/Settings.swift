import ArgumentParser
import Foundation
import Isnad

/// The options that can also come from `.audit.yml`: those that judge claims, the output
/// format and the article's minimum score.
struct SettingsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: \(OutputFormat.names.joined(separator: ", ")); several, comma-separated, with -o (default: the configuration's, else text).", valueName: "format"),
            completion: .list(OutputFormat.names), transform: Typed.formats)
    var format: [OutputFormat]?

    @OptionGroup var claims: ClaimOptions

    @Option(name: .customLong("min-score"), help: ArgumentHelp("An article scoring below this (0-100) fails (default: no minimum).", valueName: "score"))
    var minScore: Double?

    @Option(name: .long, help: ArgumentHelp("The language of the HTML and Markdown sheets and their index (default: the configuration's, else ar). The CI formats (text, json, jsonl, sarif, github, line) are always English.", valueName: "lang"))
    var lang: SheetLanguage?

    @Option(name: .customLong("require-anonymity-basis"), help: ArgumentHelp("What every anonymous claim must state, or it fails: \(AnonymityRequirement.allCases.map(\.rawValue).joined(separator: ", ")) (default: none).", valueName: "what"),
            completion: .list(AnonymityRequirement.allCases.map(\.rawValue)))
    var requireAnonymityBasis: AnonymityRequirement?

    @Option(name: .customLong("max-anonymous-share"), help: ArgumentHelp("An article whose anonymous share of attributed claims (0-1) is above this fails (default: no limit; warning mostly_anonymous above \(FailurePolicy.defaultAnonymousShare)).", valueName: "share"))
    var maxAnonymousShare: Double?

    @Option(name: .customLong("max-single-source-share"), help: ArgumentHelp("An article where one source carries more than this share (0-1) of its attributed claims fails (default: no limit; warning single_source above \(FailurePolicy.defaultSingleSourceShare)).", valueName: "share"))
    var maxSingleSourceShare: Double?

    @Option(name: .customLong("min-sources"), help: ArgumentHelp("An article with attributed claims but fewer distinct sources than this fails (default: no minimum).", valueName: "n"))
    var minSources: Int?

    func validate() throws {
        try claims.validate()
        if let s = minScore, !(0...100).contains(s) { throw ValidationError("--min-score must be from 0 to 100") }
        if let m = maxAnonymousShare, !(0...1).contains(m) { throw ValidationError("--max-anonymous-share must be from 0 to 1") }
        if let m = maxSingleSourceShare, !(0...1).contains(m) { throw ValidationError("--max-single-source-share must be from 0 to 1") }
        if let m = minSources, m < 0 { throw ValidationError("--min-sources must be 0 or more") }
    }

    /// The flags given, for the library's settings resolver.
    var overrides: SettingsOverrides {
        var o = claims.overrides
        o.format = format; o.minScore = minScore; o.lang = lang
        o.requireAnonymityBasis = requireAnonymityBasis; o.maxAnonymousShare = maxAnonymousShare
        o.maxSingleSourceShare = maxSingleSourceShare; o.minSources = minSources
        return o
    }
}

/// The settings that choose the rules and judge each claim (all `explain` uses).
struct ClaimOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Labels whose claims fail: \(Label.allCases.map(\.rawValue).joined(separator: ", ")), comma-separated, or none (default: unsourced).", valueName: "labels"),
            completion: .list(Label.allCases.map(\.rawValue) + ["none"]), transform: Typed.labels)
    var failOn: Set<Label>?

    @Option(name: .customLong("max-unsourced"), help: ArgumentHelp("Unsourced claims an article may carry before they fail (default: 0).", valueName: "n"))
    var maxUnsourced: Int?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule directory, or builtin for the pack shipped with the tool; repeat to layer packs (a later pack may override or disable a rule by id; a pack whose pack.yml says 'extends: builtin' is read on top of the shipped one). Default: the configuration's, else ./Rules when present, else the built-in pack.", valueName: "dir"))
    var rules: [String] = []

    @Option(name: .long, help: ArgumentHelp("The publication's own outlet, never an intermediary (default: the configuration's, else inferred from the article).", valueName: "name"))
    var outlet: String?

    @Option(name: .long, help: ArgumentHelp("Use this configuration file instead of the nearest .audit.yml above each article.", valueName: "file"))
    var config: String?

    @OptionGroup var cache: CacheOptions

    func validate() throws {
        if let m = maxUnsourced, m < 0 { throw ValidationError("--max-unsourced must be 0 or more") }
        if let c = config, !FileManager.default.fileExists(atPath: c) { throw ValidationError("configuration file '\(c)' not found") }
    }

    var overrides: SettingsOverrides {
        var o = SettingsOverrides(failOn: failOn, maxUnsourced: maxUnsourced, rules: rules, outlet: outlet, config: config)
        o.cache = cache.cache
        return o
    }
}

/// Where the loaded rule packs are cached (`PackCache`): a pack read once is read again
/// from a compiled file instead of its YAML, as long as no file of the pack has changed.
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("cache-dir"), help: ArgumentHelp("Where compiled rule packs are cached (default: $\(PackCache.environment), else $XDG_CACHE_HOME/isnad, else ~/.cache/isnad). A cached pack is used only while every file of its packs is unchanged; a directory someone else owns or others may write is not used.", valueName: "dir"))
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Read the rule packs from their YAML files without the cache, and write no cache (wins over --cache-dir and $\(PackCache.environment)).")
    var noCache = false

    var cache: PackCache { noCache ? .off : PackCache(directory: cacheDir ?? PackCache.defaultDirectory()) }
}

/// Typed values of comma-separated options, read by the parser itself: a bad value is a
/// usage error naming the option, with a "did you mean" and every accepted value.
enum Typed {
    struct BadValue: Error, CustomStringConvertible {
        var description: String
    }

    /// `--format text,json`: formats from the one registry (`OutputFormat`).
    static func formats(_ s: String) throws -> [OutputFormat] {
        switch OutputFormat.list(s) {
        case .success(let f) where !f.isEmpty: return f
        case .success: throw BadValue(description: "no format given (use \(OutputFormat.names.joined(separator: ", ")))")
        case .failure(let e):
            throw BadValue(description: "unknown format '\(e.name)'" + RuleLoader.hint(e.name, OutputFormat.names) + " (use \(OutputFormat.names.joined(separator: ", ")))")
        }
    }

    /// `--fail-on unsourced,anonymous` or `none`: labels from the one registry (`Label`).
    static func labels(_ s: String) throws -> Set<Label> {
        let names = Label.allCases.map(\.rawValue)
        if s.trimmingCharacters(in: .whitespaces) == "none" { return [] }
        var out = Set<Label>()
        for part in s.split(separator: ",", omittingEmptySubsequences: false) {
            let p = part.trimmingCharacters(in: .whitespaces)
            guard let l = Label(rawValue: p) else {
                throw BadValue(description: "unknown label '\(p)'" + RuleLoader.hint(p, names + ["none"]) + " (use \(names.joined(separator: ", ")), comma-separated, or none)")
            }
            out.insert(l)
        }
        return out
    }
}

/// `audit config [PATH]`: the settings that apply to an article (or the working directory).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the resolved configuration and where each value came from.",
        discussion: """
            Settings come from the command line, else from the nearest .audit.yml (or .audit.yaml) \
            above the article (or --config), else the defaults. Keys of .audit.yml: rules, outlet, \
            fail_on, max_unsourced, min_score, format, baseline, lang, exclude, require_anonymity_basis, \
            max_anonymous_share, max_single_source_share, min_sources; an unknown key is an error \
            with its line and column.
            """)

    @Argument(help: ArgumentHelp("An article or directory whose settings to show (default: the working directory).", valueName: "path"))
    var path: String = "."

    @OptionGroup var settings: SettingsOptions

    func validate() throws { try settings.validate() }

    func run() throws {
        var resolver = SettingsResolver(options: settings.overrides)
        let s: ResolvedSettings
        s = FileManager.default.isDirectory(path) ? try resolver.settings(forDirectory: path) : try resolver.settings(forArticle: path)
        print("configuration: \(s.configPath ?? "(none found)")")
        // values are never cut: a long one pushes its comment along
        func pad(_ v: String, _ n: Int) -> String { v.count >= n ? v : v + String(repeating: " ", count: n - v.count) }
        func line(_ key: String, _ value: String) { print("\(pad(key, 24)) \(pad(value, 28))  # \(s.origins[key] ?? "default")") }
        line("rules", s.rules.joined(separator: ", "))
        line("outlet", s.outlet ?? "(inferred)")
        line("fail_on", s.policy.labels.isEmpty ? "none" : s.policy.labels.map(\.rawValue).sorted().joined(separator: ", "))
        line("max_unsourced", s.policy.maxUnsourced.map(String.init) ?? "0")
        line("min_score", s.policy.minScore.map { String($0) } ?? "(none)")
        line("require_anonymity_basis", s.policy.requireAnonymityBasis.rawValue)
        line("max_anonymous_share", s.policy.maxAnonymousShare.map { String($0) } ?? "(none)")
        line("max_single_source_share", s.policy.maxSingleSourceShare.map { String($0) } ?? "(none)")
        line("min_sources", s.policy.minSources.map(String.init) ?? "(none)")
        line("format", s.format.map(\.rawValue).joined(separator: ","))
        line("baseline", s.baseline ?? "(none)")
        line("lang", s.lang?.rawValue ?? "ar (sheets); en (CI formats)")
        line("exclude", s.exclude.isEmpty ? "(none)" : s.exclude.joined(separator: ", "))
    }
}

extension SheetLanguage: ExpressibleByArgument {}
extension AnonymityRequirement: ExpressibleByArgument {}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}

/// The `--isolate-above` option of `audit`, `audit explain` and `audit rules census`, and the
/// input checks they share: one help text, one validation.
enum SharedOptions {
    /// The help of `--isolate-above`: articles over it are `done` (audited, explained, read) in
    /// a process of their own, so that one that runs out of memory is an error and `goesOn`.
    static func isolateAboveHelp(_ done: String, _ goesOn: String) -> ArgumentHelp {
        ArgumentHelp("Articles larger than this are \(done) in a process of their own (default: \(Isolation.defaultAbove), 1 MB), so that one that runs out of memory is reported as an error and \(goesOn); 0 isolates every article.", valueName: "n")
    }

    static func validate(isolateAbove n: Int) throws {
        if n < 0 { throw ValidationError("--isolate-above must be 0 or more") }
    }

    /// '-' (standard input) names one article outside JSON lines, so it can be given only once.
    static func validate(standardInputIn paths: [String], jsonl: Bool) throws {
        if !jsonl && paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be given only once") }
    }
}
