import Foundation
import Yams
import IsnadModel
import IsnadText

/// The rules of one or more packs, in load order, with the scoring configuration.
public struct RulePack: Sendable {
    public var rules: [Rule]
    public var scoring: ScoringConfig
    /// The directories the rules were read from.
    public var directories: [String]
    /// The pack's sentence tests (`tests:` lists of its files).
    public var tests: [PackTest] = []
    /// The files read, in order.
    public var files: [String] = []
    /// The packs read, in order, with how each came to be read.
    public var layers: [PackLayer] = []
    /// The built-in pack's directory when the packs read replace it: none of them is the
    /// built-in pack, none extends it, and none says `extends: none` (nil otherwise).
    public var replacesBuiltin: String? = nil

    public init(rules: [Rule], scoring: ScoringConfig = ScoringConfig(), directories: [String] = []) {
        self.rules = rules; self.scoring = scoring; self.directories = directories
    }

    /// The files of the packs named (not those read only because a named pack extends them):
    /// the files whose rules and tests `audit rules test` runs.
    public var namedFiles: Set<String> { Set(layers.filter { !$0.implied }.flatMap(\.files)) }

    /// The one line a run prints (once) when its packs replace the built-in pack.
    public var replacementNote: String? {
        guard let builtin = replacesBuiltin, let first = layers.first?.directory else { return nil }
        let named = layers.map(\.directory).joined(separator: ", ")
        let manifest = (first as NSString).appendingPathComponent(PackManifest.fileName)
        return "the rule pack\(layers.count == 1 ? "" : "s") \(named) replace\(layers.count == 1 ? "s" : "") the built-in pack (\(builtin)); "
            + "to add to it instead, write 'extends: builtin' in \(manifest) or pass --rules builtin before \(first) ('extends: none' there says the replacement is meant)"
    }
}

/// One pack of a layered load.
public struct PackLayer: Sendable, Equatable {
    /// The directory, as given (or as the built-in pack was found).
    public var directory: String
    /// Whether the pack was read only because a later pack says `extends: builtin`.
    public var implied: Bool
    /// Whether this is the built-in pack.
    public var builtin: Bool
    /// Its rule files, in the order read.
    public var files: [String] = []
}

/// A pack's manifest, `pack.yml`: what the pack is, and the pack it is layered on.
///
/// ```yaml
/// description: House rules of Example Daily
/// extends: builtin      # layered on the shipped pack; `none`: replaces it (no note)
/// ```
public struct PackManifest: Sendable, Equatable {
    public static let fileName = "pack.yml"
    static let keys = ["description", "extends"]

    /// What a pack is layered on.
    public enum Extends: String, Sendable, CaseIterable {
        /// The built-in pack is read first, then this one on top of it.
        case builtin
        /// This pack replaces the built-in pack, on purpose (no note is printed).
        case standalone = "none"
    }
    public var description: String?
    public var extends: Extends?
    /// Where `extends:` is written.
    public var extendsLocation: SourceLocation?

    /// The manifest of the pack in `directory`; nil when it has none.
    public static func read(directory: String) throws(RuleErrors) -> PackManifest? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var errors: [RuleError] = []
        func err(_ mark: Mark?, _ msg: String) {
            let l = mark?.line ?? 1, c = mark?.column ?? 1
            errors.append(RuleError(path: path, line: l, column: c, message: msg, sourceLine: RuleLoader.line(of: path, l)))
        }
        let data: [UInt8]
        do throws(InputFailure) { data = try InputFiles.read(path) } catch {
            throw RuleErrors(errors: [RuleError(path: path, line: 0, column: 0, message: "cannot read the pack manifest: \(error.message)")])
        }
        guard let text = String(data: Data(data), encoding: .utf8) else { throw RuleErrors(errors: [RuleLoader.notUTF8(path, data)]) }
        var manifest = PackManifest()
        if let bomb = RuleLoader.aliasExcess(path, text) { throw RuleErrors(errors: [bomb]) }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch let e as YamlError {
            let (mark, message) = RuleLoader.yamlProblem(e); err(mark, message); throw RuleErrors(errors: errors)
        } catch { err(nil, "YAML error: \(error)"); throw RuleErrors(errors: errors) }
        // an empty manifest (comments only) says nothing
        guard let root else { return manifest }
        guard let top = root.mapping else {
            err(root.mark, "a pack manifest is a mapping with 'extends' (builtin or none) and 'description'"); throw RuleErrors(errors: errors)
        }
        for (k, v) in top {
            switch k.string {
            case "description":
                if let d = v.string { manifest.description = d } else { err(v.mark, "'description' must be a string") }
            case "extends":
                if let e = v.string, let x = Extends(rawValue: e) {
                    manifest.extends = x
                    manifest.extendsLocation = SourceLocation(path: path, line: v.mark?.line ?? 0, column: v.mark?.column ?? 0)
                } else {
                    err(v.mark, "'extends' must be builtin (layer this pack on the shipped one) or none (replace it)" + RuleLoader.hint(v.string ?? "", Extends.allCases.map(\.rawValue)))
                }
            default:
                err(k.mark, "unknown key '\(k.string ?? "?")'" + RuleLoader.hint(k.string ?? "", keys))
            }
        }
        if !errors.isEmpty { throw RuleErrors(errors: errors) }
        return manifest
    }
}

/// Reads rule packs: every `*.yml` / `*.yaml` file of a directory, and `scoring.yml`.
public enum RuleLoader {
    @usableFromInline package static let ruleKeys = ["id", "kind", "description", "patterns", "lemmas", "object_pronouns", "regex", "clitics", "needs_complement", "scope", "subjects", "subject_words", "speaker", "examples", "disabled", "override", "place_tag"]
    @usableFromInline package static let testKeys = ["text", "label", "source"]
    @usableFromInline package static let fileKeys = ["description", "kind", "clitics", "rules", "scoring", "tests", "gazetteer", "lists"]
    @usableFromInline package static let exampleKeys = ["match", "no_match"]

    /// Loads the packs in `directories`; a later pack's rule replaces an earlier rule with the same id,
    /// and `disabled: true` removes it.
    ///
    /// `builtin` in `directories` stands for the built-in pack (`builtinPack`); a pack whose
    /// `pack.yml` says `extends: builtin` has the built-in pack read before it. A pack is read once
    /// however often it is named or extended.
    ///
    /// The patterns are counted as the rules are read, over all files and packs: the rule that
    /// takes them past `maxPatterns` is reported (in the file and pack that hold it) and the load stops.
    public static func load(directories: [String], builtinPack: String? = RuleLocator.builtin(), maxPatterns: Int = RuleLoader.maxPatterns) throws(RuleErrors) -> RulePack {
        var errors: [RuleError] = []
        var layers: [PackLayer] = []
        var seen = Set<String>()
        let builtinKey = builtinPack.map(RuleLocator.canonical)
        var standalone = false
        func add(_ dir: String, implied: Bool) {
            let key = RuleLocator.canonical(dir)
            guard seen.insert(key).inserted else { return }
            layers.append(PackLayer(directory: dir, implied: implied, builtin: key == builtinKey))
        }
        for dir in directories {
            if dir == RuleLocator.builtinName {
                guard let builtinPack else {
                    errors.append(RuleError(path: dir, line: 0, column: 0, message: RuleLocator.notFound())); continue
                }
                add(builtinPack, implied: false); continue
            }
            let manifest: PackManifest?
            do throws(RuleErrors) { manifest = try PackManifest.read(directory: dir) } catch { errors += error.errors; continue }
            if let manifest, let at = manifest.extendsLocation {
                func problem(_ message: String) {
                    errors.append(RuleError(path: at.path, line: at.line, column: at.column, message: message, sourceLine: line(of: at.path, at.line)))
                }
                switch manifest.extends {
                case .builtin?:
                    if let builtinPack {
                        if RuleLocator.canonical(dir) == builtinKey { problem("the built-in pack cannot extend builtin (itself)") }
                        else { add(builtinPack, implied: true) }
                    } else { problem("the pack extends builtin, but " + RuleLocator.notFound()) }
                case .standalone?: standalone = true
                case nil: break
                }
            }
            add(dir, implied: false)
        }
        var rules: [Rule] = []
        var index: [String: Int] = [:]
        var scoring = ScoringConfig()
        var tests: [PackTest] = []
        var allFiles: [String] = []
        var total = 0
        // the word lists first (a rule of any file may use a list of any file, and a later pack
        // adds to an earlier pack's list): each file is composed once, here, and parsed below
        var composed: [String: Node] = [:]
        var definitions: [WordLists.Definition] = []
        for li in layers.indices {
            for path in ruleFiles(layers[li].directory) {
                guard let root = compose(path) else { continue }
                composed[path] = root
                if let node = root.mapping?[WordLists.key] {
                    definitions += WordLists.definitions(node, path: path, layer: li) { mark, message in
                        let l = mark?.line ?? 1, c = mark?.column ?? 1
                        errors.append(RuleError(path: path, line: l, column: c, message: message, sourceLine: line(of: path, l)))
                    }
                }
            }
        }
        let (lists, listErrors) = WordLists.resolve(definitions)
        errors += listErrors
        for li in layers.indices {
            let dir = layers[li].directory
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                // `--rules buitlin` is a typo of the pack's name more often than a missing directory
                errors.append(RuleError(path: dir, line: 0, column: 0, message: "rule directory not found" + hint(dir, [RuleLocator.builtinName])))
                continue
            }
            let all = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
                .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
            let files = all.filter { $0 != PackManifest.fileName }
            if all.isEmpty {
                errors.append(RuleError(path: dir, line: 0, column: 0, message: "no rule files (*.yml) in directory"))
            }
            var seenInPack: [String: SourceLocation] = [:]
            for f in files {
                let path = (dir as NSString).appendingPathComponent(f)
                allFiles.append(path)
                layers[li].files.append(path)
                // counted as the rules are read: the file whose rule crosses the limit is named, at that rule
                let file = loadFile(path, before: total, limit: maxPatterns, lists: lists, composed: composed[path])
                errors += file.errors
                if file.overLimit { throw RuleErrors(errors: errors) }
                total += file.patterns
                if let s = file.scoring { scoring = s }
                tests += file.tests
                for r in file.rules {
                    func problem(_ message: String) {
                        errors.append(RuleError(path: r.location.path, line: r.location.line, column: r.location.column,
                                                message: message, sourceLine: line(of: path, r.location.line)))
                    }
                    if let prev = seenInPack[r.id] {
                        problem("duplicate rule id '\(r.id)' (first defined at \(prev))")
                        continue
                    }
                    seenInPack[r.id] = r.location
                    if let i = index[r.id] {
                        // an earlier pack has this id: replacing it must be said
                        guard r.overrides || r.disabled else {
                            problem("rule id '\(r.id)' is already defined at \(rules[i].location); add 'override: true' to replace it or 'disabled: true' to remove it")
                            continue
                        }
                        rules[i] = r
                    } else {
                        // naming a rule no earlier pack has is a mistake (a typo, or a pack read in the wrong order)
                        let unknown = r.overrides ? "override: true" : (r.disabled && !r.disabledDefinition ? "disabled: true" : nil)
                        if let unknown {
                            let earlier = layers[..<li].isEmpty ? " (it is in the first pack read; to change a shipped rule, layer this pack on the shipped one with 'extends: builtin' in \(PackManifest.fileName) or --rules builtin before it)" : ""
                            problem("rule '\(r.id)' has '\(unknown)' but no earlier pack defines '\(r.id)'" + hint(r.id, index.keys.sorted()) + earlier)
                            continue
                        }
                        index[r.id] = rules.count; rules.append(r)
                    }
                }
            }
        }
        rules.removeAll { $0.disabled }
        if !errors.isEmpty { throw RuleErrors(errors: errors) }
        var pack = RulePack(rules: rules, scoring: scoring, directories: layers.map(\.directory))
        pack.tests = tests
        pack.files = allFiles
        pack.layers = layers
        if let builtinPack, !standalone, !layers.contains(where: \.builtin) { pack.replacesBuiltin = builtinPack }
        return pack
    }

    /// The most patterns (word patterns and regular expressions; a rule counts at least one) a
    /// load accepts, over all its files and packs: the shipped pack has about 1,000 (10,000 word
    /// sequences once their alternatives are spelled out), a pack of 100,000 loads in under 2 s. (YAML aliases are bounded before this, by `YAMLAliasScan`.)
    public static let maxPatterns = 500_000

    /// The error for a YAML file whose aliases expand past `YAMLAliasScan.maxExpansion` nodes,
    /// at the alias that crosses the limit; nil for a file within it (read before composing).
    public static func aliasExcess(_ path: String, _ text: String) -> RuleError? {
        guard let x = YAMLAliasScan.check(text) else { return nil }
        return RuleError(path: path, line: x.line, column: x.column,
                         message: "YAML aliases expand this file past \(YAMLAliasScan.maxExpansion) nodes (each *alias repeats its anchored node in full; anchors that alias anchors multiply): not loaded",
                         sourceLine: line(of: path, x.line))
    }

    /// Where a YAML error is and what it says, with the construct libyaml was reading.
    @usableFromInline package static func yamlProblem(_ e: YamlError) -> (Mark?, String) {
        switch e {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let opened = context.map { " (\($0.text) opened at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return (mark, "YAML syntax error: \(problem)\(opened)")
        default: return (nil, "YAML error: \(e)")
        }
    }

    /// The error for a file that is not UTF-8, at the line and column of its first bad byte.
    @usableFromInline package static func notUTF8(_ path: String, _ bytes: [UInt8]) -> RuleError {
        var offset = 0
        var what = "is not UTF-8 text"
        do { _ = try TextDecoder.decode(bytes, encoding: .utf8) } catch {
            switch error {
            case .invalidUTF8(let o): offset = o; what = "is not UTF-8 text (invalid byte 0x\(String(bytes[o], radix: 16, uppercase: true)) at byte \(o); save it as UTF-8)"
            case .binary(let o): offset = o; what = "is not a text file (NUL byte at byte \(o))"
            default: break
            }
        }
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let column = (String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).unicodeScalars.count) + 1
        return RuleError(path: path, line: line, column: column, message: "the rule file \(what)")
    }

    /// Line `n` of a file, shown under an error (`RuleError.description` strips its control
    /// characters and cuts it at 200 characters: rule paths are trusted input, but a pack
    /// pointing at `../../elsewhere` must not make messages print whole lines found there).
    @usableFromInline package static func line(of path: String, _ n: Int) -> String? {
        guard n > 0, let bytes = try? InputFiles.read(path), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return n <= lines.count ? String(lines[n - 1]) : nil
    }

    /// What one rule file holds.
    @usableFromInline package struct FileContents {
        var rules: [Rule] = []; var scoring: ScoringConfig? = nil; var tests: [PackTest] = []; var errors: [RuleError] = []
        /// Its patterns (word patterns and regular expressions; a rule counts at least one).
        var patterns = 0
        /// Whether a rule of the file took the patterns past `maxPatterns` (its rules are not returned).
        var overLimit = false
    }

    /// The patterns a rule counts for towards `maxPatterns`.
    static func weight(_ r: Rule) -> Int { max(1, r.patterns.count + r.regexes.count) }

    /// Parses one rule file; `before` patterns were read from earlier files of the load, which
    /// takes at most `limit`.
    @usableFromInline package static func loadFile(_ path: String, before: Int = 0, limit: Int = maxPatterns,
                                                   lists: WordLists = .empty, composed: Node? = nil) -> FileContents {
        var overLimit = false
        let (rules, scoring, tests, errors) = parseFile(path, before: before, limit: limit, overLimit: &overLimit, lists: lists, composed: composed)
        var file = FileContents(rules: rules, scoring: scoring, tests: tests, errors: errors)
        file.patterns = rules.reduce(0) { $0 + weight($1) }
        file.overLimit = overLimit
        return file
    }

    /// The rule files of a pack directory, in the order read (nothing for a directory that is not there).
    static func ruleFiles(_ dir: String) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && $0 != PackManifest.fileName }.sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
    }

    /// The YAML tree of a rule file; nil for one that cannot be read or composed (`parseFile`
    /// reports why when it reads the file again).
    static func compose(_ path: String) -> Node? {
        guard let data = try? InputFiles.read(path), let text = String(data: Data(data), encoding: .utf8),
              aliasExcess(path, text) == nil else { return nil }
        return (try? Yams.compose(yaml: text)) ?? nil
    }

    @usableFromInline package static func parseFile(_ path: String, before: Int, limit: Int, overLimit: inout Bool,
                                                    lists: WordLists = .empty, composed: Node? = nil) -> ([Rule], ScoringConfig?, [PackTest], [RuleError]) {
        var errors: [RuleError] = []
        func err(_ mark: Mark?, _ msg: String) {
            let l = mark?.line ?? 1, c = mark?.column ?? 1
            errors.append(RuleError(path: path, line: l, column: c, message: msg, sourceLine: line(of: path, l)))
        }
        // only a regular file is read (a FIFO or /dev/zero named *.yml is refused, not read)
        let root: Node
        if let composed { root = composed } else {
        let data: [UInt8]
        do throws(InputFailure) { data = try InputFiles.read(path) } catch {
            return ([], nil, [], [RuleError(path: path, line: 0, column: 0, message: "cannot read rule file: \(error.message)")])
        }
        guard let text = String(data: Data(data), encoding: .utf8) else {
            return ([], nil, [], [notUTF8(path, data)])
        }
        // aliases are measured before the tree is composed: a small file can stand for millions of nodes
        if let bomb = aliasExcess(path, text) { return ([], nil, [], [bomb]) }
        do {
            guard let n = try Yams.compose(yaml: text) else { return ([], nil, [], [RuleError(path: path, line: 1, column: 1, message: "empty rule file")]) }
            root = n
        } catch let e as YamlError {
            let (mark, message) = yamlProblem(e)
            err(mark, message)
            return ([], nil, [], errors)
        } catch {
            err(nil, "YAML error: \(error)"); return ([], nil, [], errors)
        }
        }
        guard let top = root.mapping else { err(root.mark, "a rule file is a mapping with a 'rules' list"); return ([], nil, [], errors) }
        for (k, _) in top where !fileKeys.contains(k.string ?? "") {
            err(k.mark, "unknown key '\(k.string ?? "?")'" + hint(k.string ?? "", fileKeys))
        }
        var defaultKind: CueKind? = nil
        if let k = top["kind"] {
            if let s = k.string, let kind = CueKind(rawValue: s) { defaultKind = kind } else { err(k.mark, "unknown kind '\(k.string ?? "?")'" + hint(k.string ?? "", CueKind.allCases.map(\.rawValue))) }
        }
        var defaultClitics: CliticPolicy? = nil
        if let c = top["clitics"] {
            if let s = c.string, let p = CliticPolicy(rawValue: s) { defaultClitics = p } else { err(c.mark, "clitics must be none, conjunction, prepositions or all") }
        }
        var scoring: ScoringConfig? = nil
        if let s = top["scoring"] { scoring = parseScoring(s, err) }
        var tests: [PackTest] = []
        if let t = top["tests"] { tests = parseTests(t, path: path, err) }
        var rules: [Rule] = []
        var count = before
        /// Counts a rule's patterns; false (with the error, at the rule) when they take the load past the limit.
        func counted(_ r: Rule) -> Bool {
            count += weight(r)
            guard count > limit else { return true }
            let already = before == 0 ? "" : " (\(before) in the files read before this one)"
            errors.append(RuleError(path: path, line: r.location.line, column: r.location.column,
                                    message: "this rule takes the rules loaded past the limit of \(limit) patterns\(already): not loaded",
                                    sourceLine: line(of: path, r.location.line)))
            overLimit = true
            return false
        }
        if let g = top["gazetteer"] {
            for r in Gazetteer.parse(g, path: path, err) {
                guard counted(r) else { return ([], scoring, tests, errors) }
                rules.append(r)
            }
        }
        if let list = top["rules"] {
            guard case .sequence(let seq) = list else { err(list.mark, "'rules' must be a list"); return (rules, scoring, tests, errors) }
            for item in seq {
                if let r = parseRule(item, path: path, defaultKind: defaultKind, defaultClitics: defaultClitics, lists: lists, err) {
                    // counted as they are read, so a huge file stops at the rule that crosses the limit
                    guard counted(r) else { return ([], scoring, tests, errors) }
                    rules.append(r)
                }
            }
        } else if scoring == nil && top["tests"] == nil && top["gazetteer"] == nil && top[WordLists.key] == nil {
            err(root.mark, "rule file has no 'rules' list")
        }
        return (rules, scoring, tests, errors)
    }

    /// `tests:` — a list of `{text, label, source}`.
    @usableFromInline package static func parseTests(_ node: Node, path: String, _ err: (Mark?, String) -> Void) -> [PackTest] {
        guard case .sequence(let seq) = node else { err(node.mark, "'tests' must be a list of {text, label, source}"); return [] }
        var out: [PackTest] = []
        for item in seq {
            guard let m = item.mapping else { err(item.mark, "a test is a mapping with 'text' and 'label'"); continue }
            var ok = true
            for (k, _) in m where !testKeys.contains(k.string ?? "") {
                err(k.mark, "unknown key '\(k.string ?? "?")'" + hint(k.string ?? "", testKeys)); ok = false
            }
            guard let t = m["text"], let text = t.string, !text.isEmpty else { err(item.mark, "a test needs a non-empty 'text'"); continue }
            guard let l = m["label"], let label = Label(rawValue: l.string ?? "") else {
                err(m["label"]?.mark ?? item.mark, "a test needs a 'label': " + Label.allCases.map(\.rawValue).joined(separator: ", ")); continue
            }
            var source: String? = nil
            if let sn = m["source"] { if let s = sn.string { source = s } else { err(sn.mark, "'source' must be a string"); ok = false } }
            if ok {
                out.append(PackTest(text: text, label: label, source: source,
                                    location: SourceLocation(path: path, line: t.mark?.line ?? 0, column: t.mark?.column ?? 0)))
            }
        }
        return out
    }

    @usableFromInline package static func parseScoring(_ node: Node, _ err: (Mark?, String) -> Void) -> ScoringConfig? {
        guard let m = node.mapping else { err(node.mark, "'scoring' must be a mapping"); return nil }
        var cfg = ScoringConfig()
        let keys = ["weights", "penalties"]
        for (k, v) in m {
            switch k.string {
            case "weights":
                guard let wm = v.mapping else { err(v.mark, "'weights' must map labels to numbers"); continue }
                for (lk, lv) in wm {
                    guard let l = Label(rawValue: lk.string ?? "") else { err(lk.mark, "unknown label '\(lk.string ?? "?")'" + hint(lk.string ?? "", Label.allCases.map(\.rawValue))); continue }
                    guard let d = lv.float ?? lv.int.map(Double.init), (0...100).contains(d) else { err(lv.mark, "weight must be a number from 0 to 100"); continue }
                    cfg.weights[l] = d
                }
            case "penalties":
                guard let pm = v.mapping else { err(v.mark, "'penalties' must be a mapping"); continue }
                let pkeys = ["anonymous_without_reason", "extra_chain_link", "single_use_source"]
                for (pk, pv) in pm {
                    guard let d = pv.float ?? pv.int.map(Double.init), (0...100).contains(d) else { err(pv.mark, "penalty must be a number from 0 to 100"); continue }
                    switch pk.string {
                    case "anonymous_without_reason": cfg.anonymousWithoutReason = d
                    case "extra_chain_link": cfg.extraChainLink = d
                    case "single_use_source": cfg.singleUseSource = d
                    default: err(pk.mark, "unknown penalty '\(pk.string ?? "?")'" + hint(pk.string ?? "", pkeys))
                    }
                }
            default: err(k.mark, "unknown key '\(k.string ?? "?")'" + hint(k.string ?? "", keys))
            }
        }
        return cfg
    }

    @usableFromInline package static func parseRule(_ item: Node, path: String, defaultKind: CueKind?, defaultClitics: CliticPolicy?,
                          lists: WordLists = .empty, _ err: (Mark?, String) -> Void) -> Rule? {
        guard let m = item.mapping else { err(item.mark, "a rule must be a mapping with 'id' and 'patterns'"); return nil }
        var ok = true
        for (k, _) in m where !ruleKeys.contains(k.string ?? "") {
            err(k.mark, "unknown key '\(k.string ?? "?")'" + hint(k.string ?? "", ruleKeys)); ok = false
        }
        guard let idNode = m["id"], let id = idNode.string, !id.isEmpty else { err(item.mark, "rule has no 'id'"); return nil }
        let loc = SourceLocation(path: path, line: idNode.mark?.line ?? 0, column: idNode.mark?.column ?? 0)
        var kind = defaultKind
        if let k = m["kind"] {
            if let s = k.string, let kk = CueKind(rawValue: s) { kind = kk } else {
                err(k.mark, "unknown kind '\(k.string ?? "?")'" + hint(k.string ?? "", CueKind.allCases.map(\.rawValue))); ok = false
            }
        }
        if let d = m["disabled"], d.bool == nil { err(d.mark, "'disabled' must be true or false"); ok = false }
        var overrides = false
        if let o = m["override"] { if let b = o.bool { overrides = b } else { err(o.mark, "'override' must be true or false"); ok = false } }
        if m["disabled"]?.bool == true {
            var r = Rule(id: id, kind: kind ?? .stop, description: "", patterns: [], clitics: .all, needsComplement: false, scope: .anywhere, examples: RuleExamples(), location: loc)
            r.disabled = true
            r.disabledDefinition = m["patterns"] != nil || m["lemmas"] != nil || m["regex"] != nil
            r.overrides = overrides
            return ok ? r : nil
        }
        guard let kind else {
            if ok { err(item.mark, "rule '\(id)' has no 'kind'") }
            return nil
        }
        var patterns: [String] = []
        var compiled: [CompiledPattern] = []
        if let p = m["patterns"] {
            if case .sequence(let seq) = p {
                if seq.isEmpty { err(p.mark, "'patterns' of rule '\(id)' is empty"); ok = false }
                for pn in seq {
                    // a pattern that is one list alone may be written as the YAML mapping {list: NAME}
                    let source: String
                    if let lm = pn.mapping, lm.count == 1, let name = lm["list"]?.string { source = "{list: \(name)}" }
                    else if case .scalar(let sc) = pn, !sc.string.isEmpty { source = sc.string }
                    else { err(pn.mark, "a pattern must be a non-empty string"); ok = false; continue }
                    let listed: String
                    switch lists.expandPattern(source) {
                    case .success(let e): listed = e
                    case .failure(let e): err(pn.mark, "invalid pattern: \(e.message)"); ok = false; continue
                    }
                    let written: String
                    switch Lemma.expand(pattern: listed) {
                    case .success(let e): written = e
                    case .failure(let e): err(pn.mark, "invalid pattern: \(e.message)"); ok = false; continue
                    }
                    do { compiled.append(try PatternCompiler.compilePattern(written)) } catch {
                        // too many sequences: say which lists made them, and where a pack added to them
                        let grown = error.message.hasPrefix("pattern expands to more than") ? lists.growth(of: source) : ""
                        err(pn.mark, "invalid pattern: \(error.message)\(grown)"); ok = false; continue
                    }
                    patterns.append(written)
                }
            } else { err(p.mark, "'patterns' must be a list of strings"); ok = false }
        }
        // which forms of the lemmas carry an attached object pronoun (اعتبره، يصفها): only those are generated
        var objectPronouns: Lemma.ObjectPronouns = []
        if let o = m["object_pronouns"] {
            let names = Lemma.ObjectPronouns.names.map(\.0)
            if case .sequence(let seq) = o, !seq.isEmpty {
                for on in seq {
                    if let s = on.string, let t = Lemma.ObjectPronouns.names.first(where: { $0.0 == s }) { objectPronouns.insert(t.1) }
                    else { err(on.mark, "unknown object_pronouns value '\(on.string ?? "?")' (one of \(names.joined(separator: ", ")))" + hint(on.string ?? "", names)); ok = false }
                }
            } else { err(o.mark, "'object_pronouns' must be a non-empty list of \(names.joined(separator: ", "))"); ok = false }
            if m["lemmas"] == nil { err(o.mark, "'object_pronouns' of rule '\(id)' applies to its 'lemmas', and it has none"); ok = false }
        }
        // verbs written once by their principal parts: one pattern of all their forms each
        if let l = m["lemmas"] {
            if case .sequence(let seq) = l, !seq.isEmpty {
                for ln in seq {
                    guard case .scalar(let sc) = ln, !sc.string.isEmpty else { err(ln.mark, "a lemma must be a non-empty string"); ok = false; continue }
                    switch objectPronouns.isEmpty ? Lemma.forms(sc.string) : Lemma.objectForms(sc.string, objectPronouns) {
                    case .success(let forms):
                        let written = forms.joined(separator: "|")
                        do { compiled.append(try PatternCompiler.compilePattern(written)) } catch { err(ln.mark, "invalid lemma: \(error.message)"); ok = false; continue }
                        patterns.append(written)
                    case .failure(let e): err(ln.mark, "invalid lemma: \(e.message)"); ok = false
                    }
                }
            } else { err(l.mark, "'lemmas' must be a non-empty list of verbs, each 'PAST PRESENT [PARTICIPLE]'"); ok = false }
        }
        var regexes: [String] = []
        if let r = m["regex"] {
            if case .sequence(let seq) = r {
                if seq.isEmpty { err(r.mark, "'regex' of rule '\(id)' is empty"); ok = false }
                for rn in seq {
                    guard case .scalar(let sc) = rn, !sc.string.isEmpty else { err(rn.mark, "a regular expression must be a non-empty string"); ok = false; continue }
                    let expression: String
                    switch lists.expandRegex(sc.string) {
                    case .success(let e): expression = e
                    case .failure(let e): err(rn.mark, "invalid regular expression: \(e.message)"); ok = false; continue
                    }
                    if let problem = RegexSyntax.check(expression) { err(rn.mark, "invalid regular expression: \(problem)"); ok = false; continue }
                    regexes.append(expression)
                }
            } else { err(r.mark, "'regex' must be a list of regular expressions"); ok = false }
        }
        if m["patterns"] == nil && m["regex"] == nil && m["lemmas"] == nil { err(item.mark, "rule '\(id)' has no 'patterns' (or 'lemmas', or 'regex')"); ok = false }
        var clitics = defaultClitics ?? defaultPolicy(kind)
        if let c = m["clitics"] {
            if let s = c.string, let p = CliticPolicy(rawValue: s) { clitics = p } else { err(c.mark, "clitics must be none, conjunction, prepositions or all"); ok = false }
        }
        var needs = false
        if let n = m["needs_complement"] {
            if let b = n.bool { needs = b } else { err(n.mark, "'needs_complement' must be true or false"); ok = false }
        }
        var placeTag = false
        if let n = m["place_tag"] {
            if let b = n.bool { placeTag = b } else { err(n.mark, "'place_tag' must be true or false"); ok = false }
        }
        var scope = Rule.Scope.anywhere
        if let s = m["scope"] {
            if let v = s.string, let sc = Rule.Scope(rawValue: v) { scope = sc } else { err(s.mark, "scope must be anywhere, start, inside, line, rest, end, source or subject"); ok = false }
            if scope == .source && kind != .anonymityBasis { err(s.mark, "scope 'source' is for anonymity_basis rules only"); ok = false }
            if scope == .subject && kind != .anonymityBasis { err(s.mark, "scope 'subject' is for anonymity_basis rules only"); ok = false }
            if scope == .inside && [.boilerplate, .caption, .byline].contains(kind) { err(s.mark, "scope 'inside' is not for furniture rules"); ok = false }
        }
        var subjects = Set<SourceKind>()
        if let sn = m["subjects"] {
            if case .sequence(let seq) = sn {
                for k in seq {
                    if let v = k.string, let sk = SourceKind(rawValue: v) { subjects.insert(sk) } else {
                        err(k.mark, "unknown source kind '\(k.string ?? "?")'" + hint(k.string ?? "", ["person", "organization", "outlet", "document", "anonymous"])); ok = false
                    }
                }
            } else { err(sn.mark, "'subjects' must be a list of source kinds"); ok = false }
        }
        var subjectWords: [String] = []
        if let sw = m["subject_words"] {
            if case .sequence(let seq) = sw, !seq.isEmpty {
                for w in seq {
                    let folded = w.string.map { Normalizer.folded($0) } ?? ""
                    if folded.isEmpty || folded.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                        err(w.mark, "a subject word must be one word"); ok = false
                    } else { subjectWords.append(folded) }
                }
            } else { err(sw.mark, "'subject_words' must be a list of words"); ok = false }
            if ![.report, .relay, .denial, .noComment].contains(kind) {
                err(sw.mark, "'subject_words' is for verb cues (report, relay, denial, no_comment) only"); ok = false
            }
            if patterns.isEmpty || !regexes.isEmpty { err(sw.mark, "'subject_words' applies to 'patterns' or 'lemmas' only (a regular expression has its own look-ahead)"); ok = false }
        }
        var speaker = Rule.Speaker.subject
        if let sp = m["speaker"] {
            if let b = sp.bool { speaker = b ? .subject : .none }
            else if sp.string == "previous" { speaker = .previous }
            else if sp.string == "clause" { speaker = .clause }
            else { err(sp.mark, "'speaker' must be true, false, previous or clause"); ok = false }
        }
        var examples = RuleExamples()
        if let e = m["examples"] {
            if let em = e.mapping {
                for (k, v) in em {
                    guard let key = k.string, exampleKeys.contains(key) else { err(k.mark, "unknown key '\(k.string ?? "?")'" + hint(k.string ?? "", exampleKeys)); ok = false; continue }
                    guard case .sequence(let seq) = v else { err(v.mark, "'\(key)' must be a list of sentences"); ok = false; continue }
                    var list: [String] = []
                    var locations: [SourceLocation] = []
                    for n in seq {
                        guard let text = n.string, !text.isEmpty else { err(n.mark, "an example must be a non-empty sentence"); ok = false; continue }
                        if key == "no_match" && text.contains("[[") { err(n.mark, "a 'no_match' example cannot mark words with [[...]]"); ok = false; continue }
                        if key == "match", let problem = MarkedExample.problem(text) { err(n.mark, problem); ok = false; continue }
                        list.append(text)
                        locations.append(SourceLocation(path: path, line: n.mark?.line ?? 0, column: n.mark?.column ?? 0))
                    }
                    if key == "match" { examples.match = list; examples.matchLocations = locations } else { examples.noMatch = list; examples.noMatchLocations = locations }
                }
            } else { err(e.mark, "'examples' must be a mapping with 'match' and 'no_match'"); ok = false }
        }
        let desc = m["description"]?.string ?? ""
        guard ok else { return nil }
        var rule = Rule(id: id, kind: kind, description: desc, patterns: patterns, clitics: clitics, needsComplement: needs, scope: scope, subjects: subjects, speaker: speaker, examples: examples, location: loc)
        rule.compiled = Rule.Compiled(patterns: patterns, forms: compiled)
        rule.regexes = regexes
        rule.overrides = overrides
        rule.takesObjectPronoun = !objectPronouns.isEmpty
        rule.placeTag = placeTag
        rule.subjectWords = subjectWords
        return rule
    }

    @usableFromInline package static func defaultPolicy(_ k: CueKind) -> CliticPolicy {
        switch k {
        case .report, .relay, .denial, .noComment, .hedge, .passive, .pronoun, .complement, .verb, .adverb, .ownVoice: return .conjunction
        case .collective, .role, .title: return .all
        case .boilerplate, .caption, .byline, .stop: return .conjunction
        default: return .all
        }
    }

    /// " (did you mean 'x'?)" for the closest candidate, when one is close.
    @usableFromInline package static func hint(_ word: String, _ candidates: [String]) -> String {
        func dist(_ a: [Character], _ b: [Character]) -> Int {
            var prev = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var cur = [i] + Array(repeating: 0, count: b.count)
                for j in 1...max(1, b.count) where !b.isEmpty {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                prev = cur
            }
            return a.isEmpty ? b.count : (b.isEmpty ? a.count : prev[b.count])
        }
        let best = candidates.map { ($0, dist(Array(word), Array($0))) }.min { $0.1 < $1.1 }
        if let b = best, b.1 <= max(2, word.count / 3) { return " (did you mean '\(b.0)'?)" }
        return ""
    }
}

package extension RulePack {
    /// Every literal word sequence of the pack's patterns, as written: alternatives expanded,
    /// optional words taken both ways; a gap or wildcard ends a literal. The lexicon a plain
    /// string search (ripgrep) would look for. Nothing is cut: a run is a part of a pattern, and a
    /// pattern spells out to at most `PatternCompiler.expansionLimit` sequences (a list's words at
    /// one position times `[تم|يتم]` were 99, and a cut at 64 dropped words without a word).
    public func literals() -> [String] {
        var out = Set<String>()
        for r in rules {
            for p in r.patterns {
                var runs: [[[String]]] = []
                var cur: [[String]] = [[]]
                for part in p.split(separator: " ").map(String.init) {
                    if part.hasPrefix("*") || part.hasSuffix("*") { runs.append(cur); cur = [[]]; continue }
                    let optional = part.hasPrefix("[") && part.hasSuffix("]")
                    let alts = part.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: "|").map(String.init)
                    var next = cur.flatMap { c in alts.map { c + [$0] } }
                    if optional { next += cur }
                    cur = next
                }
                runs.append(cur)
                for run in runs { for words in run where !words.isEmpty {
                    let s = words.joined(separator: " ")
                    if s.count >= 2 { out.insert(s) }
                } }
            }
        }
        return out.sorted()
    }
}
