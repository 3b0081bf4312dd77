import Foundation
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine
import IsnadReport

/// The settings a run is given directly (the command line's flags): each one, when set,
/// wins over `.audit.yml`, which wins over the defaults.
public struct SettingsOverrides: Sendable {
    public var format: [OutputFormat]?
    public var failOn: Set<Label>?
    public var maxUnsourced: Int?
    public var minScore: Double?
    public var rules: [String] = []
    public var outlet: String?
    /// A configuration file for every article instead of the nearest `.audit.yml`.
    public var config: String?
    /// The language of the HTML and Markdown sheets.
    public var lang: SheetLanguage?
    /// The sourcing standards (README, "Sourcing standards").
    public var requireAnonymityBasis: AnonymityRequirement?
    public var maxAnonymousShare: Double?
    public var maxSingleSourceShare: Double?
    public var minSources: Int?
    /// Where loaded rule packs are cached (`PackCache`); off unless set (the command line sets it).
    public var cache: PackCache = .off
    /// The matcher's chunk size for every auditor built (`Auditor.chunkTokens`; the hidden
    /// `--chunk-tokens` of `audit`); nil: the default.
    public var chunkTokens: Int?
    public init(format: [OutputFormat]? = nil, failOn: Set<Label>? = nil, maxUnsourced: Int? = nil, minScore: Double? = nil,
                rules: [String] = [], outlet: String? = nil, config: String? = nil, lang: SheetLanguage? = nil,
                requireAnonymityBasis: AnonymityRequirement? = nil, maxAnonymousShare: Double? = nil,
                maxSingleSourceShare: Double? = nil, minSources: Int? = nil) {
        self.format = format; self.failOn = failOn; self.maxUnsourced = maxUnsourced; self.minScore = minScore
        self.rules = rules; self.outlet = outlet; self.config = config; self.lang = lang
        self.requireAnonymityBasis = requireAnonymityBasis; self.maxAnonymousShare = maxAnonymousShare
        self.maxSingleSourceShare = maxSingleSourceShare; self.minSources = minSources
    }
}

/// Settings for one article, each with where it came from.
public struct ResolvedSettings: Sendable {
    public var configPath: String?
    public var rules: [String]
    public var outlet: String?
    public var policy: FailurePolicy
    public var format: [OutputFormat]
    public var baseline: String?
    /// The language of the HTML and Markdown sheets; nil: each format's default (Arabic sheets, English CI formats).
    public var lang: SheetLanguage? = nil
    /// Globs that directory walks skip (`exclude:`, relative to the configuration file).
    public var exclude: [String] = []
    /// Setting name -> "command line", "default", or the `path:line:column` of the configuration.
    public var origins: [String: String]
}

/// Resolves settings (flags > .audit.yml > defaults) and keeps one auditor per configuration.
public struct SettingsResolver: @unchecked Sendable {  // used by one thread at a time
    public let options: SettingsOverrides
    var configs: [String: Configuration] = [:]
    public var auditors: [String: Auditor] = [:]
    /// The auditors by rule directories: configurations that name the same rules share one
    /// loaded and compiled pack.
    var packs: [[String]: Auditor] = [:]
    var discovered: [String: String?] = [:]

    /// Called once per run with a note for standard error (the packs replace the built-in pack).
    public var note: (@Sendable (String) -> Void)? = nil
    var noted = false

    public init(options: SettingsOverrides) { self.options = options }

    /// The directory of a file path ("." for a bare name).
    public static func directory(of path: String) -> String {
        // searched in the UTF-8 bytes: a character-by-character search costs more than auditing a short article
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The configuration file that applies to articles in `dir`.
    public mutating func configPath(forDirectory dir: String) throws(RuleErrors) -> String? {
        if let c = options.config { return c }
        if let d = discovered[dir] { return d }
        let found = try Configuration.discover(from: dir)
        discovered[dir] = found
        return found
    }

    public mutating func configuration(_ path: String) throws -> Configuration {
        if let c = configs[path] { return c }
        let c = try Configuration.load(path)
        configs[path] = c
        return c
    }

    public mutating func settings(forArticle path: String) throws -> ResolvedSettings {
        try settings(forDirectory: Self.directory(of: path))
    }

    public mutating func settings(forDirectory dir: String) throws -> ResolvedSettings {
        let cp = try configPath(forDirectory: dir)
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
            origins["rules"] = "default (./Rules, else the built-in pack: $ISNAD_RULES or the installed one)"
        }
        let outlet = options.outlet ?? c?.outlet
        origin(options.outlet != nil, "outlet", c?.outlet != nil)
        if outlet == nil { origins["outlet"] = "inferred from each article" }
        var policy = FailurePolicy()
        if let f = options.failOn { policy.labels = f } else if let f = c?.failOn { policy.labels = f }
        origin(options.failOn != nil, "fail_on", c?.failOn != nil)
        policy.maxUnsourced = options.maxUnsourced ?? c?.maxUnsourced
        origin(options.maxUnsourced != nil, "max_unsourced", c?.maxUnsourced != nil)
        policy.minScore = options.minScore ?? c?.minScore
        origin(options.minScore != nil, "min_score", c?.minScore != nil)
        policy.requireAnonymityBasis = options.requireAnonymityBasis ?? c?.requireAnonymityBasis ?? .none
        origin(options.requireAnonymityBasis != nil, "require_anonymity_basis", c?.requireAnonymityBasis != nil)
        policy.maxAnonymousShare = options.maxAnonymousShare ?? c?.maxAnonymousShare
        origin(options.maxAnonymousShare != nil, "max_anonymous_share", c?.maxAnonymousShare != nil)
        policy.maxSingleSourceShare = options.maxSingleSourceShare ?? c?.maxSingleSourceShare
        origin(options.maxSingleSourceShare != nil, "max_single_source_share", c?.maxSingleSourceShare != nil)
        policy.minSources = options.minSources ?? c?.minSources
        origin(options.minSources != nil, "min_sources", c?.minSources != nil)
                let format = options.format ?? c?.format ?? [.text]
        origin(options.format != nil, "format", c?.format != nil)
        origin(false, "baseline", c?.baseline != nil)
        let lang = options.lang ?? c?.lang
        origin(options.lang != nil, "lang", c?.lang != nil)
        origin(false, "exclude", !(c?.exclude.isEmpty ?? true))
        return ResolvedSettings(configPath: cp, rules: rules, outlet: outlet, policy: policy, format: format, baseline: c?.baseline,
                                lang: lang, exclude: c?.exclude ?? [], origins: origins)
    }

    /// The output format of the run: the flag, else the configuration found from the working directory.
    public mutating func format() throws -> [OutputFormat] { try settings(forDirectory: ".").format }

    /// The auditor for an article's settings (loaded once per configuration).
    public mutating func auditor(forArticle path: String) throws -> (Auditor, ResolvedSettings) {
        // the articles of one directory come one after another: its answer is kept, so an
        // article costs one comparison of its directory, not three lookups by string
        let dir = Self.directory(of: path)
        if let last, last.directory == dir { return (last.auditor, last.settings) }
        let s = try settings(forDirectory: dir)
        let key = s.configPath ?? ""
        let a: Auditor
        if let known = auditors[key] { a = known } else if var same = packs[s.rules] {
            // another configuration with the same rules: its compiled pack, this one's policy
            same.policy = s.policy
            a = same
            auditors[key] = a
        } else {
            let pack = try options.cache.load(directories: s.rules)
            if !noted, let n = pack.replacementNote { noted = true; note?(n) }
            a = try Auditor(pack: pack, policy: s.policy)
            auditors[key] = a
            packs[s.rules] = a
        }
        var tuned = a
        if let c = options.chunkTokens { tuned.chunkTokens = c }
        last = (dir, tuned, s)
        return (tuned, s)
    }
    /// The directory of the last article asked about, with its auditor and settings.
    private var last: (directory: String, auditor: Auditor, settings: ResolvedSettings)?
}
