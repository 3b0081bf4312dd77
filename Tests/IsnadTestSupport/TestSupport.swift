import Foundation
import Isnad

/// What both test targets share: the package's paths, temporary directories, the gold
/// articles, and rule packs written inline.
public enum TestSupport {
    /// The package root, found from this file's path.
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shipped rule pack.
    public static let rules = root.appendingPathComponent("Rules").path
    public static let fixtures = root.appendingPathComponent("Fixtures").path
    /// The gold's dev split (the seed and snn articles are in it); `goldArticles` reads every split.
    public static let gold = root.appendingPathComponent("Fixtures/gold/dev").path
    public static let goldRoot = root.appendingPathComponent("Fixtures/gold").path

    /// A fresh temporary directory, removed when the test process exits.
    public static func tempDir() throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        TemporaryDirectories.shared.add(d)
        return d
    }

    /// The gold articles: every `NAME.txt` with a `NAME.yml` beside it, in `Fixtures/gold`
    /// and any folder below it (`dev/`, `validation/` ...), by path.
    public static func goldArticles() -> [(text: String, yml: String)] {
        var out: [(String, String)] = []
        let fm = FileManager.default
        guard let walk = fm.enumerator(atPath: goldRoot) else { return [] }
        for case let rel as String in walk where rel.hasSuffix(".txt") {
            let text = goldRoot + "/" + rel
            let yml = String(text.dropLast(4)) + ".yml"
            if fm.fileExists(atPath: yml) { out.append((text, yml)) }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// The shipped rule pack, loaded once for the tests that read it.
    public static let shippedPack: RulePack = try! RuleLoader.load(directories: [rules])

    /// The labelled units of a text audited with the shipped pack, no label failing the run.
    public static func shippedClaims(_ text: String) throws -> [AuditedUnit] {
        try Auditor(pack: shippedPack, policy: FailurePolicy(labels: [])).audit(test: text).units.filter { $0.label != nil }
    }

    /// A rule pack from YAML files given inline (file name → contents), loaded as `audit` loads one.
    public static func pack(_ files: [String: String]) throws -> RulePack {
        let dir = try tempDir()
        for (name, yaml) in files { try yaml.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return try RuleLoader.load(directories: [dir])
    }
}

extension Auditor {
    /// The audit of a text given in a test (as the article `test.txt`).
    public func audit(test text: String, outlet: String? = nil) -> ArticleAudit { audit(text: text, path: "test.txt", outlet: outlet) }
    /// The claim units of a text given in a test.
    public func claims(_ text: String, outlet: String? = nil) -> [AuditedUnit] {
        audit(test: text, outlet: outlet).units.filter { $0.kind.isClaim }
    }
}

/// The temporary directories the tests made: removed, with what is in them, at exit.
public final class TemporaryDirectories: @unchecked Sendable {
    public static let shared = TemporaryDirectories()
    private let lock = NSLock()
    private var paths: [String] = []
    private init() { atexit { TemporaryDirectories.shared.removeAll() } }
    public func add(_ path: String) { lock.lock(); paths.append(path); lock.unlock() }
    func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for p in paths { try? FileManager.default.removeItem(atPath: p) }
        paths.removeAll()
    }
}
