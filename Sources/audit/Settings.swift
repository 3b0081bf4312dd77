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

    @Option(name: .customLong("require-anonymity-basis"), help: ArgumentHelp("What every anonymous claim must state, or it fails: \(AnonymityRequirement.allCases.map(\.rawValue).joined(separator: ", ")) (default: none).", valueName: "what"))
    var requireAnonymityBasis: String?

    @Option(name: .customLong("max-anonymous-share"), help: ArgumentHelp("An article whose anonymous share of attributed claims (0-1) is above this fails (default: no limit; warning mostly_anonymous above \(FailurePolicy.defaultAnonymousShare)).", valueName: "share"))
    var maxAnonymousShare: Double?

    @Option(name: .customLong("max-single-source-share"), help: ArgumentHelp("An article where one source carries more than this share (0-1) of its attributed claims fails (default: no limit; warning single_source above \(FailurePolicy.defaultSingleSourceShare)).", valueName: "share"))
    var maxSingleSourceShare: Double?

    @Option(name: .customLong("min-sources"), help: ArgumentHelp("An article with attributed claims but fewer distinct sources than this fails (default: no minimum).", valueName: "n"))
    var minSources: Int?

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
        if let r = requireAnonymityBasis, AnonymityRequirement(rawValue: r) == nil {
            throw ValidationError("--require-anonymity-basis must be one of " + AnonymityRequirement.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let m = maxAnonymousShare, !(0...1).contains(m) { throw ValidationError("--max-anonymous-share must be from 0 to 1") }
        if let m = maxSingleSourceShare, !(0...1).contains(m) { throw ValidationError("--max-single-source-share must be from 0 to 1") }
        if let m = minSources, m < 0 { throw ValidationError("--min-sources must be 0 or more") }
        if let c = config, !FileManager.default.fileExists(atPath: c) { throw ValidationError("configuration file '\(c)' not found") }
    }

    /// The flags given, for the library's settings resolver (after `validate()`).
    var overrides: SettingsOverrides {
        SettingsOverrides(format: format, failOn: failOn.flatMap { try? parsePolicy($0) }, maxUnsourced: maxUnsourced, minScore: minScore,
                          rules: rules, outlet: outlet, config: config,
                          requireAnonymityBasis: requireAnonymityBasis.flatMap(AnonymityRequirement.init(rawValue:)),
                          maxAnonymousShare: maxAnonymousShare, maxSingleSourceShare: maxSingleSourceShare, minSources: minSources)
    }
}

/// `audit config [PATH]`: the settings that apply to an article (or the working directory).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the resolved configuration and where each value came from.",
        discussion: """
            Settings come from the command line, else from the nearest .audit.yml above the \
            article (or --config), else the defaults. Keys of .audit.yml: rules, outlet, fail_on, \
            max_unsourced, min_score, format, baseline, require_anonymity_basis, max_anonymous_share, \
            max_single_source_share, min_sources; an unknown key is an error with its line \
            and column.
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
        func line(_ key: String, _ value: String) { print("\(key.padding(toLength: 24, withPad: " ", startingAt: 0)) \(value.padding(toLength: 28, withPad: " ", startingAt: 0))  # \(s.origins[key] ?? "default")") }
        line("rules", s.rules.joined(separator: ", "))
        line("outlet", s.outlet ?? "(inferred)")
        line("fail_on", s.policy.labels.isEmpty ? "none" : s.policy.labels.map(\.rawValue).sorted().joined(separator: ", "))
        line("max_unsourced", s.policy.maxUnsourced.map(String.init) ?? "0")
        line("min_score", s.policy.minScore.map { String($0) } ?? "(none)")
        line("require_anonymity_basis", s.policy.requireAnonymityBasis.rawValue)
        line("max_anonymous_share", s.policy.maxAnonymousShare.map { String($0) } ?? "(none)")
        line("max_single_source_share", s.policy.maxSingleSourceShare.map { String($0) } ?? "(none)")
        line("min_sources", s.policy.minSources.map(String.init) ?? "(none)")
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
