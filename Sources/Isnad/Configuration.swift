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
/// rules: [Rules, Newsroom]       # relative to this file; later packs override earlier ones
/// outlet: عكاظ
/// fail_on: [unsourced, anonymous] # or: none
/// max_unsourced: 2
/// min_score: 60
/// format: json
/// ```
public struct Configuration: Sendable, Equatable {
    public static let fileName = ".audit.yml"
    static let keys = ["rules", "outlet", "fail_on", "max_unsourced", "min_score", "format", "baseline"]

    /// The file this configuration was read from.
    public var path: String
    public var rules: [String]?
    public var outlet: String?
    public var failOn: Set<Label>?
    public var maxUnsourced: Int?
    public var minScore: Double?
    public var format: String?
    /// A baseline file (relative to this file) that `audit` uses as if given `--baseline`.
    public var baseline: String?
    /// Where each key was written: `path:line:column`.
    public var origins: [String: SourceLocation] = [:]

    /// The nearest `.audit.yml` in `directory` or one of its parents.
    public static func discover(from directory: String) -> String? {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
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
                if let s = v.string { config.rules = [resolve(s)] }
                else if case .sequence(let seq) = v, !seq.isEmpty, seq.allSatisfy({ $0.string != nil }) { config.rules = seq.compactMap(\.string).map(resolve) }
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
                if let s = v.string, OutputFormat(rawValue: s) != nil { config.format = s } else { err(v.mark, "'format' must be one of " + OutputFormat.names.joined(separator: ", ")) }
            case "baseline":
                if let s = v.string, !s.isEmpty { config.baseline = resolve(s) } else { err(v.mark, "'baseline' must be a file name") }
            default:
                err(k.mark, "unknown key '\(key)'" + RuleLoader.hint(key, keys))
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors: errors) }
        return config
    }
}
