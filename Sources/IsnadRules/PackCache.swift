import Foundation
import IsnadModel
import IsnadText

/// The compiled rule-pack cache: a pack that loaded clean, kept as a binary file and read
/// instead of its YAML at the next start (parsing YAML, spelling out lemmas and the gazetteer
/// and compiling the patterns is most of what a short run costs).
///
/// The file is found by the packs named (and the tool's build), and holds its key: the tool's
/// version and build, the packs as named and where they resolve, and the bytes (size and
/// FNV-1a hash) of every file at the top of each pack's directory and of the built-in pack.
/// It is read only when that key matches byte for byte, its payload's checksum is right, the
/// pack it holds passes the loader's limits and checks, and the file (read through one
/// descriptor, never through a symbolic link) and its directory are the user's own and no one
/// else may write them; anything else (stale, truncated, corrupt, crafted, foreign, unreadable)
/// is ignored and the pack is loaded from YAML, then written again. A pack with errors is never
/// written: its errors are reported from the YAML, with their path:line:column, every time. A
/// cache directory that cannot be written is no error: the run goes on uncached; one that is
/// someone else's or that others may write is neither read nor written. Every field written
/// below is checked by `PackCacheTests` (by reflection: a field added to a pack type and not
/// written fails a test).
public struct PackCache: Sendable, Equatable {
    /// Where the cache files are; nil: no cache.
    public var directory: String?

    public init(directory: String?) { self.directory = directory }

    /// No cache: every load parses the YAML.
    public static let off = PackCache(directory: nil)

    /// The environment variable naming the cache directory.
    public static let environment = "ISNAD_CACHE_DIR"

    /// The cache directory a user has: `$ISNAD_CACHE_DIR`, else `$XDG_CACHE_HOME/isnad`, else
    /// `$HOME/.cache/isnad`; nil when none of them is set.
    public static func defaultDirectory(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let d = env[environment], !d.isEmpty { return d }
        if let x = env["XDG_CACHE_HOME"], x.hasPrefix("/") { return (x as NSString).appendingPathComponent("isnad") }
        if let h = env["HOME"], !h.isEmpty { return (h as NSString).appendingPathComponent(".cache/isnad") }
        return nil
    }

    /// What a load did with the cache.
    public enum Outcome: Sendable, Equatable {
        /// The pack was read from the cache.
        case hit
        /// The pack was loaded from its YAML and written to the cache.
        case stored
        /// The pack was loaded from its YAML; it could not be cached (the cache directory is
        /// not writable, or a pack file could not be read for the key).
        case notStored
        /// The pack was loaded from its YAML; the cache directory is not the user's own, group
        /// or others may write it, or it is a symbolic link: it is neither read nor written.
        case untrusted
        /// The cache is off.
        case off
    }

    /// `RuleLoader.load`, through the cache.
    public func load(directories: [String], builtinPack: String? = RuleLocator.builtin(), maxPatterns: Int = RuleLoader.maxPatterns) throws(RuleErrors) -> RulePack {
        try loadNoting(directories: directories, builtinPack: builtinPack, maxPatterns: maxPatterns).pack
    }

    /// `RuleLoader.load` through the cache, and what the cache did. `afterKey` runs between
    /// the key's reading of the pack files and the loader's (a test's hook: an edit there is
    /// the race a stored pack must not be kept under the old key for).
    public func loadNoting(directories: [String], builtinPack: String? = RuleLocator.builtin(), maxPatterns: Int = RuleLoader.maxPatterns,
                           build: String = PackCache.build, afterKey: () -> Void = {}) throws(RuleErrors) -> (pack: RulePack, outcome: Outcome) {
        func yaml() throws(RuleErrors) -> RulePack { try RuleLoader.load(directories: directories, builtinPack: builtinPack, maxPatterns: maxPatterns) }
        guard let directory else { return (try yaml(), .off) }
        switch PrivateFiles.directory(directory) {
        case .own: break
        case .unusable: return (try yaml(), .notStored)
        case .untrusted: return (try yaml(), .untrusted)
        }
        guard let key = Self.key(directories: directories, builtinPack: builtinPack, maxPatterns: maxPatterns, build: build) else {
            return (try yaml(), .notStored)
        }
        let path = (directory as NSString).appendingPathComponent(key.name)
        if let pack = Self.fetch(path, key: key.bytes, maxPatterns: maxPatterns) { return (pack, .hit) }
        afterKey()
        let pack = try yaml()
        // the files read again: an edit between the key's reading and the loader's would store
        // the edited pack under the old files' key (and serve it once they were restored)
        guard let again = Self.key(directories: directories, builtinPack: builtinPack, maxPatterns: maxPatterns, build: build), again == key else {
            return (pack, .notStored)
        }
        return (pack, Self.store(pack, key: key.bytes, to: path, directory: directory) ? .stored : .notStored)
    }

    /// The cache file of a load of `directories` (it may not exist); nil when the cache is off or
    /// the load cannot be cached.
    public func file(directories: [String], builtinPack: String? = RuleLocator.builtin(), maxPatterns: Int = RuleLoader.maxPatterns,
                     build: String = PackCache.build) -> String? {
        guard let directory, let key = Self.key(directories: directories, builtinPack: builtinPack, maxPatterns: maxPatterns, build: build) else { return nil }
        return (directory as NSString).appendingPathComponent(key.name)
    }

    /// The running tool's build: the build ID the linker wrote into the binary (a hash of its
    /// contents); where there is none, the binary's path, inode, size and modification time
    /// (a binary rebuilt and restored with the same size and time would not be told apart).
    /// A rebuilt tool (whose pack values may be laid out differently under the same version)
    /// reads nothing an earlier build wrote, and two builds (release and debug) keep one file each.
    public static let build: String = {
        if let id = BuildIdentity.elfBuildID { return "build-id " + id }
        let exe = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        var st = stat()
        guard stat(exe, &st) == 0 else { return exe }
        #if os(Linux)
        let mtime = "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
        #else
        let mtime = "\(st.st_mtimespec.tv_sec).\(st.st_mtimespec.tv_nsec)"
        #endif
        return "\(exe) \(st.st_ino) \(st.st_size) \(mtime)"
    }()

    // MARK: the key

    /// The layout of the cache file; raised when the encoding below changes.
    static let format = 8
    static let magic = Array("isnad rule pack cache\n".utf8)
    /// The most bytes of pack files hashed for a key: a larger "pack" is loaded uncached.
    static let maxInputBytes = 64 << 20
    static let filePrefix = "pack-", fileSuffix = ".bin"
    /// The most cache files kept: past it, the least recently written are removed.
    static let maxFiles = 64
    /// The largest cache file read (the shipped pack's is under 1 MB).
    static let maxFileBytes = 256 << 20

    /// The cache file's name and the full key a cached pack must carry.
    static func key(directories: [String], builtinPack: String?, maxPatterns: Int, build: String) -> (name: String, bytes: [UInt8])? {
        // the build, and the packs as named and where they resolve, name the file: an edited pack
        // replaces its file instead of adding one, and two builds in use keep one each
        var w = BinaryWriter()
        w.string(build)
        w.int(maxPatterns)
        w.optional(builtinPack) { $0.string($1) }
        w.array(directories) { $0.string($1) }
        // every directory the load may read: those named, and the built-in pack (which a named
        // pack's pack.yml may extend)
        var dirs: [String] = []
        for d in directories + [builtinPack].compactMap({ $0 }) {
            let dir = d == RuleLocator.builtinName ? builtinPack : d
            if let dir, !dirs.contains(dir) { dirs.append(dir) }
        }
        w.array(dirs) { w, d in w.string(d); w.string(RuleLocator.canonical(d)) }
        let name = filePrefix + FNV1a.hex(FNV1a.hash(w.bytes)) + fileSuffix
        w.int(format); w.string(Isnad.version)
        var total = 0
        for d in dirs {
            guard let files = inputs(of: d) else { return nil }
            w.int(files.count)
            for f in files {
                let bytes: [UInt8]
                do throws(InputFailure) { bytes = try InputFiles.read((d as NSString).appendingPathComponent(f)) } catch { return nil }
                total += bytes.count
                guard total <= maxInputBytes else { return nil }
                w.string(f); w.int(bytes.count); w.int(Int(bitPattern: UInt(FNV1a.hash(bytes))))
            }
        }
        return (name, w.bytes)
    }

    /// The files at the top of a pack directory whose bytes make the key: every regular file
    /// (the loader reads its *.yml and *.yaml, pack.yml among them; the rest costs little and
    /// keeps the key safe if the loader comes to read more). Nil when the directory cannot be listed.
    static func inputs(of dir: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return nil }
        return names.sorted().filter { n in
            var st = stat()
            return stat((dir as NSString).appendingPathComponent(n), &st) == 0 && st.st_mode & S_IFMT == S_IFREG
        }
    }

    // MARK: reading and writing

    /// The cached pack, or nil when the file is missing, stale, corrupt or not to be trusted
    /// (`PrivateFiles.read`: a symbolic link, not a regular file, someone else's, or writable by
    /// others). A pack read is checked as the loader checks one (`valid`): a file crafted to
    /// pass the checksum still never yields a pack the loader would refuse. A hit refreshes the
    /// file's times, so pruning removes the packs least recently used.
    static func fetch(_ path: String, key: [UInt8], maxPatterns: Int) -> RulePack? {
        PrivateFiles.read(path, limit: maxFileBytes) { bytes -> RulePack? in
            var r = BinaryReader(bytes)
            do throws(BinaryReader.Malformed) {
                guard Array(try r.raw(magic.count)) == magic else { return nil }
                let keyLength = try r.count()
                guard try r.raw(keyLength).elementsEqual(key) else { return nil }
                let sum = UInt64(bitPattern: Int64(try r.int()))
                let payloadLength = try r.count()
                let start = r.offset
                guard r.offset + payloadLength == bytes.count, FNV1a.hash(bytes[start...]) == sum else { return nil }
                let pack = try decode(&r)
                return r.atEnd && valid(pack, maxPatterns: maxPatterns) ? pack : nil
            } catch { return nil }
        }
    }

    /// Whether a decoded pack is one the loader could have made: at most `maxPatterns`
    /// patterns, every regular expression accepted by the loader's check, and every compiled
    /// word pattern well formed (one compiled form per pattern, each `CompiledPattern.isWellFormed`:
    /// a sequence with a word, none starting or ending with a gap, gaps of 1 to 20 words).
    static func valid(_ pack: RulePack, maxPatterns: Int) -> Bool {
        var total = 0
        for rule in pack.rules {
            total += RuleLoader.weight(rule)
            guard total <= maxPatterns else { return false }
            for regex in rule.regexes where RegexSyntax.check(regex) != nil { return false }
            guard let c = rule.compiled else { continue }
            guard c.forms.count == c.patterns.count else { return false }
            for form in c.forms where !form.isWellFormed { return false }
        }
        return true
    }

    /// Writes the pack (atomically: `PrivateFiles.write`); false when it cannot be written.
    static func store(_ pack: RulePack, key: [UInt8], to path: String, directory: String) -> Bool {
        var p = BinaryWriter()
        encode(pack, &p)
        var w = BinaryWriter()
        w.raw(magic)
        w.int(key.count); w.raw(key)
        w.int(Int(bitPattern: UInt(FNV1a.hash(p.bytes))))
        w.int(p.bytes.count); w.raw(p.bytes)
        guard PrivateFiles.write(w.bytes, to: path) else { return false }
        prune(directory)
        return true
    }

    /// Keeps the newest `maxFiles` cache files of the directory (each set of packs, temporary
    /// ones included, has its own file).
    static func prune(_ directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        func modified(_ p: String) -> Int? {
            var st = stat()
            guard stat(p, &st) == 0 else { return nil }
            #if os(Linux)
            return Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)
            #else
            return Int(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int(st.st_mtimespec.tv_nsec)
            #endif
        }
        // a temporary file an interrupted run left, an hour old
        let hourAgo = (Int(time(nil)) - 3600) * 1_000_000_000
        for f in names where f.hasPrefix(filePrefix) && f.hasSuffix(".tmp") {
            let p = (directory as NSString).appendingPathComponent(f)
            if let t = modified(p), t < hourAgo { unlink(p) }
        }
        let files = names.filter { $0.hasPrefix(filePrefix) && $0.hasSuffix(fileSuffix) }
        guard files.count > maxFiles else { return }
        var dated: [(path: String, time: Int)] = []
        for f in files {
            let p = (directory as NSString).appendingPathComponent(f)
            if let t = modified(p) { dated.append((p, t)) }
        }
        for old in dated.sorted(by: { $0.time > $1.time }).dropFirst(maxFiles) { unlink(old.path) }
    }

    // MARK: the pack, field by field

    package static func encode(_ pack: RulePack, _ w: inout BinaryWriter) {
        w.array(pack.rules) { encode($1, &$0) }
        let s = pack.scoring
        w.array(s.weights.sorted { $0.key.rawValue < $1.key.rawValue }) { w, e in w.string(e.key.rawValue); w.double(e.value) }
        w.double(s.anonymousWithoutReason); w.double(s.extraChainLink); w.double(s.singleUseSource)
        w.array(pack.directories) { $0.string($1) }
        w.array(pack.tests) { w, t in
            w.string(t.text); w.string(t.label.rawValue); w.optional(t.source) { $0.string($1) }; encode(t.location, &w)
        }
        w.array(pack.files) { $0.string($1) }
        w.array(pack.layers) { w, l in
            w.string(l.directory); w.bool(l.implied); w.bool(l.builtin); w.array(l.files) { $0.string($1) }
        }
        w.optional(pack.replacesBuiltin) { $0.string($1) }
    }

    package static func decode(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> RulePack {
        let rules = try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try decodeRule(&r) }
        var scoring = ScoringConfig()
        scoring.weights = [:]
        for _ in 0..<(try r.count()) {
            let label = try value(Label.self, &r)
            scoring.weights[label] = try r.double()
        }
        scoring.anonymousWithoutReason = try r.double(); scoring.extraChainLink = try r.double(); scoring.singleUseSource = try r.double()
        var pack = RulePack(rules: rules, scoring: scoring, directories: try strings(&r))
        pack.tests = try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
            let text = try r.string()
            let label = try value(Label.self, &r)
            let source = try r.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.string() }
            return PackTest(text: text, label: label, source: source, location: try decodeLocation(&r))
        }
        pack.files = try strings(&r)
        pack.layers = try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
            let directory = try r.string()
            let implied = try r.bool(), builtin = try r.bool()
            return PackLayer(directory: directory, implied: implied, builtin: builtin, files: try strings(&r))
        }
        pack.replacesBuiltin = try r.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.string() }
        return pack
    }

    static func encode(_ rule: Rule, _ w: inout BinaryWriter) {
        w.string(rule.id); w.string(rule.kind.rawValue); w.string(rule.description)
        w.array(rule.patterns) { $0.string($1) }
        w.string(rule.clitics.rawValue); w.bool(rule.needsComplement); w.string(rule.scope.rawValue)
        w.array(rule.subjects.map(\.rawValue).sorted()) { $0.string($1) }
        w.string(rule.speaker.rawValue); w.bool(rule.takesObjectPronoun)
        let e = rule.examples
        w.array(e.match) { $0.string($1) }; w.array(e.noMatch) { $0.string($1) }
        w.array(e.matchLocations) { encode($1, &$0) }; w.array(e.noMatchLocations) { encode($1, &$0) }
        encode(rule.location, &w)
        w.array(rule.regexes) { $0.string($1) }
        w.bool(rule.overrides); w.bool(rule.disabled); w.bool(rule.disabledDefinition)
        w.array(rule.outletNames) { w, words in w.array(words) { $0.string($1) } }
        w.bool(rule.contextual); w.bool(rule.placeTag)
        w.array(rule.subjectWords) { $0.string($1) }
        w.string(rule.outletKind?.rawValue ?? "")
        w.optional(rule.compiled) { w, c in
            w.array(c.patterns) { $0.string($1) }
            w.array(c.forms) { w, form in
                w.array(form.positions) { w, options in
                    w.array(options) { w, sequence in w.array(sequence) { encode($1, &$0) } }
                }
            }
        }
    }

    static func decodeRule(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Rule {
        let id = try r.string()
        let kind = try value(CueKind.self, &r)
        let description = try r.string()
        let patterns = try strings(&r)
        let clitics = try value(CliticPolicy.self, &r)
        let needs = try r.bool()
        let scope = try value(Rule.Scope.self, &r)
        var subjects = Set<SourceKind>()
        for _ in 0..<(try r.count()) { subjects.insert(try value(SourceKind.self, &r)) }
        let speaker = try value(Rule.Speaker.self, &r)
        let takesObjectPronoun = try r.bool()
        var examples = RuleExamples()
        examples.match = try strings(&r); examples.noMatch = try strings(&r)
        examples.matchLocations = try locations(&r); examples.noMatchLocations = try locations(&r)
        var rule = Rule(id: id, kind: kind, description: description, patterns: patterns, clitics: clitics, needsComplement: needs,
                        scope: scope, subjects: subjects, speaker: speaker, examples: examples, location: try decodeLocation(&r))
        rule.takesObjectPronoun = takesObjectPronoun
        rule.regexes = try strings(&r)
        rule.overrides = try r.bool(); rule.disabled = try r.bool(); rule.disabledDefinition = try r.bool()
        rule.outletNames = try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try strings(&r) }
        rule.contextual = try r.bool()
        rule.placeTag = try r.bool()
        rule.subjectWords = try strings(&r)
        let outletKind = try r.string()
        if !outletKind.isEmpty {
            guard let k = OutletKind(rawValue: outletKind) else { throw BinaryReader.Malformed(offset: r.offset) }
            rule.outletKind = k
        }
        rule.compiled = try r.optional { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
            let patterns = try strings(&r)
            let forms = try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
                CompiledPattern(positions: try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
                    try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in
                        try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try decodeElement(&r) }
                    }
                })
            }
            return Rule.Compiled(patterns: patterns, forms: forms)
        }
        return rule
    }

    static func encode(_ e: PatternElement, _ w: inout BinaryWriter) {
        switch e {
        case .word(let s): w.int(0); w.string(s)
        case .prefix(let s): w.int(1); w.string(s)
        case .proclitic(let c): w.int(2); w.int(Int(c.value))
        case .any: w.int(3)
        case .gap(let n): w.int(4); w.int(n)
        case .bare(let s): w.int(5); w.string(s)
        }
    }

    static func decodeElement(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> PatternElement {
        switch try r.int() {
        case 0: return .word(try r.string())
        case 1: return .prefix(try r.string())
        case 2:
            let v = try r.int()
            guard v >= 0, v <= 0x10FFFF, let c = Unicode.Scalar(UInt32(v)) else { throw BinaryReader.Malformed(offset: r.offset) }
            return .proclitic(c)
        case 3: return .any
        case 4: return .gap(try r.int())
        case 5: return .bare(try r.string())
        default: throw BinaryReader.Malformed(offset: r.offset)
        }
    }

    static func encode(_ l: SourceLocation, _ w: inout BinaryWriter) { w.string(l.path); w.int(l.line); w.int(l.column) }

    static func decodeLocation(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> SourceLocation {
        let path = try r.string()
        let line = try r.int()
        return SourceLocation(path: path, line: line, column: try r.int())
    }

    static func locations(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> [SourceLocation] {
        try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try decodeLocation(&r) }
    }

    static func strings(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> [String] {
        try r.array { (r: inout BinaryReader) throws(BinaryReader.Malformed) in try r.string() }
    }

    /// An enumeration's case by its raw value; a name this build does not know is a malformed record.
    static func value<T: RawRepresentable>(_: T.Type, _ r: inout BinaryReader) throws(BinaryReader.Malformed) -> T where T.RawValue == String {
        guard let v = T(rawValue: try r.string()) else { throw BinaryReader.Malformed(offset: r.offset) }
        return v
    }
}
