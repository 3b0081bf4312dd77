import Foundation
import Yams
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine
import IsnadReport

/// A project configuration file, `.audit.yml`: rule directories, the publication's own
/// outlet, the failure policy and the default output format. Each value remembers where
/// it was written, for `audit config`.
///
/// ```yaml
/// rules: [builtin, Newsroom]     # relative to this file (builtin: the shipped pack); later packs override earlier ones
/// outlet: عكاظ
/// fail_on: [unsourced, anonymous] # or: none
/// max_unsourced: 2
/// min_score: 60
/// format: json
/// lang: en                        # the language of HTML and Markdown sheets (default: ar)
/// exclude: [drafts/, "*.draft.md"] # .gitignore syntax, relative to this file: walks skip them
/// require_anonymity_basis: reason  # reason | basis | both | none
/// max_anonymous_share: 0.5
/// max_single_source_share: 0.75
/// min_sources: 2
/// ```
public struct Configuration: Sendable, Equatable {
    public static let fileName = ".audit.yml"
    /// The names a configuration file may have, in the order they are looked for.
    public static let fileNames = [".audit.yml", ".audit.yaml"]
    static let keys = ["rules", "outlet", "fail_on", "max_unsourced", "min_score", "format", "baseline", "lang", "exclude",
                       "require_anonymity_basis", "max_anonymous_share", "max_single_source_share", "min_sources"]

    /// The file this configuration was read from.
    public var path: String
    public var rules: [String]?
    public var outlet: String?
    public var failOn: Set<Label>?
    public var maxUnsourced: Int?
    public var minScore: Double?
    public var format: [OutputFormat]?
    /// A baseline file (relative to this file) that `audit` uses as if given `--baseline`.
    public var baseline: String?
    /// The language of the HTML and Markdown sheets.
    public var lang: SheetLanguage?
    /// Globs (`.gitignore` syntax, relative to this file's directory) of files and directories
    /// that directory walks skip.
    public var exclude: [String] = []
    /// The sourcing standards (README, "Sourcing standards").
    public var requireAnonymityBasis: AnonymityRequirement?
    public var maxAnonymousShare: Double?
    public var maxSingleSourceShare: Double?
    public var minSources: Int?
    /// Where each key was written: `path:line:column`.
    public var origins: [String: SourceLocation] = [:]

    /// The nearest trusted `.audit.yml` in `directory` or one of its parents.
    ///
    /// Discovery stops at a repository root (a directory holding `.git`) or at `$HOME`, after
    /// looking there. A file that is world-writable, or owned by another user than the one
    /// running the tool (root excepted), is not applied: anyone could have written it (a
    /// `fail_on: none` in /tmp turning a failing CI green). It is reported once through
    /// `warn` and the search goes on above it, as git ignores a repository it does not trust.
    ///
    /// The file may be named `.audit.yml` or `.audit.yaml`; a directory holding both is an error
    /// naming both (which one applies would be a guess).
    public static func discover(from directory: String, warn: (String) -> Void = Configuration.warnOnce) throws(RuleErrors) -> String? {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL
        let home = ProcessInfo.processInfo.environment["HOME"].map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        while true {
            let present = fileNames.map { dir.appendingPathComponent($0).path }.filter { var st = stat(); return lstat($0, &st) == 0 }
            if present.count > 1 {
                throw RuleErrors(errors: [RuleError(path: present[1], line: 0, column: 0,
                                                    message: "both \(present.joined(separator: " and ")) exist: keep one of them")])
            }
            if let candidate = present.first {
                var st = stat()
                if stat(candidate, &st) == 0 {
                    if let why = distrust(st) { warn("audit: warning: \(candidate): ignored: \(why)\n") } else { return candidate }
                }
            }
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent(".git").path) || dir.path == home { return nil }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    /// Why a configuration file found by discovery is not trusted, or nil.
    static func distrust(_ st: stat) -> String? {
        if st.st_mode & S_IWOTH != 0 { return "the file is world-writable (chmod o-w it to use it)" }
        let me = geteuid()
        if st.st_uid != me && st.st_uid != 0 { return "the file is owned by another user (uid \(st.st_uid), not \(me))" }
        return nil
    }

    private static let warned = WarnedOnce()
    private final class WarnedOnce: @unchecked Sendable { let lock = NSLock(); var seen = Set<String>() }
    /// Writes a warning to standard error, once per message.
    public static func warnOnce(_ message: String) {
        warned.lock.lock(); let first = warned.seen.insert(message).inserted; warned.lock.unlock()
        if first { FileHandle.standardError.write(message) }
    }

    /// Reads a configuration file; every problem is reported with its line and column.
    public static func load(_ path: String) throws(RuleErrors) -> Configuration {
        var errors: [RuleError] = []
        func err(_ mark: Mark?, _ msg: String) {
            let l = mark?.line ?? 1, c = mark?.column ?? 1
            errors.append(RuleError(path: path, line: l, column: c, message: msg, sourceLine: RuleLoader.line(of: path, l)))
        }
        var config = Configuration(path: path)
        // only a regular file is read (a FIFO or a device is refused, not read)
        let data: [UInt8]
        do throws(InputFailure) { data = try InputFiles.read(path) } catch {
            throw RuleErrors(errors: [RuleError(path: path, line: 0, column: 0, message: "cannot read configuration file: \(error.message)")])
        }
        guard let text = String(data: Data(data), encoding: .utf8) else {
            throw RuleErrors(errors: [RuleError(path: path, line: 0, column: 0, message: "cannot read configuration file (not UTF-8 text)")])
        }
        if let bomb = RuleLoader.aliasExcess(path, text) { throw RuleErrors(errors: [bomb]) }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
            let (mark, message) = RuleLoader.yamlProblem(e)
            err(mark, message)
            throw RuleErrors(errors: errors)
        } catch { throw RuleErrors(errors: [RuleError(path: path, line: 1, column: 1, message: "YAML error: \(error)")]) }
        guard let root else { return config }  // an empty file configures nothing
        guard let m = root.mapping else { err(root.mark, "a configuration file is a mapping of keys"); throw RuleErrors(errors: errors) }
        let base = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : (base as NSString).appendingPathComponent(p) }
        for (k, v) in m {
            let key = k.string ?? "?"
            config.origins[key] = SourceLocation(path: path, line: k.mark?.line ?? 0, column: k.mark?.column ?? 0)
            switch key {
            case "rules":
                // `builtin` is the shipped pack, not a directory beside this file
                func pack(_ p: String) -> String { p == RuleLocator.builtinName ? p : resolve(p) }
                if let s = v.string { config.rules = [pack(s)] }
                else if case .sequence(let seq) = v, !seq.isEmpty, seq.allSatisfy({ $0.string != nil }) { config.rules = seq.compactMap(\.string).map(pack) }
                else { err(v.mark, "'rules' must be a directory or a list of directories") }
            case "outlet":
                if let s = v.string, !s.isEmpty { config.outlet = s } else { err(v.mark, "'outlet' must be the outlet's name") }
            case "fail_on":
                var labels = Set<Label>()
                let items: [Node] = { if case .sequence(let seq) = v { return Array(seq) }; return [v] }()
                var ok = true
                for n in items {
                    if n.string == "none" { continue }
                    if let l = Label(rawValue: n.string ?? "") { labels.insert(l) } else {
                        err(n.mark, "unknown label '\(n.string ?? "?")' in 'fail_on'" + RuleLoader.hint(n.string ?? "", Label.allCases.map(\.rawValue) + ["none"])); ok = false
                    }
                }
                if ok { config.failOn = labels }
            case "max_unsourced":
                if let i = v.int, i >= 0 { config.maxUnsourced = i } else { err(v.mark, "'max_unsourced' must be a whole number ≥ 0") }
            case "min_score":
                if let d = v.float ?? v.int.map(Double.init), (0...100).contains(d) { config.minScore = d } else { err(v.mark, "'min_score' must be a number from 0 to 100") }
            case "format":
                let names: [String]? = { if case .sequence(let seq) = v { return seq.allSatisfy { $0.string != nil } ? seq.compactMap(\.string) : nil }; return v.string.map { [$0] } }()
                switch names.map({ OutputFormat.list($0.joined(separator: ",")) }) {
                case .success(let f)? where !f.isEmpty: config.format = f
                case .failure(let e)?: err(v.mark, "unknown format '\(e.name)' in 'format'" + RuleLoader.hint(e.name, OutputFormat.names) + " (use \(OutputFormat.names.joined(separator: ", ")))")
                default: err(v.mark, "'format' must be a format or a list of formats: " + OutputFormat.names.joined(separator: ", "))
                }
            case "exclude":
                if let s = v.string, !s.isEmpty { config.exclude = [s] }
                else if case .sequence(let seq) = v, seq.allSatisfy({ !($0.string ?? "").isEmpty }) { config.exclude = seq.compactMap(\.string) }
                else { err(v.mark, "'exclude' must be a glob or a list of globs (.gitignore syntax, relative to this file)") }
            case "baseline":
                if let s = v.string, !s.isEmpty { config.baseline = resolve(s) } else { err(v.mark, "'baseline' must be a file name") }
            case "lang":
                if let s = v.string, let l = SheetLanguage(rawValue: s) { config.lang = l } else {
                    err(v.mark, "'lang' must be one of " + SheetLanguage.allCases.map(\.rawValue).joined(separator: ", ") + RuleLoader.hint(v.string ?? "", SheetLanguage.allCases.map(\.rawValue)))
                }
            case "require_anonymity_basis":
                if let s = v.string, let r = AnonymityRequirement(rawValue: s) { config.requireAnonymityBasis = r }
                else { err(v.mark, "'require_anonymity_basis' must be one of " + AnonymityRequirement.allCases.map(\.rawValue).joined(separator: ", ") + RuleLoader.hint(v.string ?? "", AnonymityRequirement.allCases.map(\.rawValue))) }
            case "max_anonymous_share":
                if let d = v.float ?? v.int.map(Double.init), (0...1).contains(d) { config.maxAnonymousShare = d } else { err(v.mark, "'max_anonymous_share' must be a share from 0 to 1") }
            case "max_single_source_share":
                if let d = v.float ?? v.int.map(Double.init), (0...1).contains(d) { config.maxSingleSourceShare = d } else { err(v.mark, "'max_single_source_share' must be a share from 0 to 1") }
            case "min_sources":
                if let i = v.int, i >= 0 { config.minSources = i } else { err(v.mark, "'min_sources' must be a whole number ≥ 0") }
            default:
                err(k.mark, "unknown key '\(key)'" + RuleLoader.hint(key, keys))
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors: errors) }
        return config
    }
}
