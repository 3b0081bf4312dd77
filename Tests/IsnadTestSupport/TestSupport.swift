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

    /// A fresh temporary directory inside this test process's own folder
    /// (`$TMPDIR/isnad-tests-PID`), removed at exit — and, since a test process does not
    /// always get to run its exit handlers, by the next test process that finds the folder of
    /// a process no longer alive.
    public static func tempDir() throws -> String {
        let d = TemporaryDirectories.shared.root + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
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

/// The test process's temporary folder, `$TMPDIR/isnad-tests-PID`: every `tempDir()` is made
/// inside it. It is removed at exit; a folder left by a process that is no longer alive (one
/// that ended without running its exit handlers — `swift test` leaves them behind) is removed
/// when the next test process starts.
public final class TemporaryDirectories: @unchecked Sendable {
    public static let shared = TemporaryDirectories()
    static let prefix = "isnad-tests-"
    public let root: String
    private init() {
        let tmp = FileManager.default.temporaryDirectory.path
        root = tmp + "/" + Self.prefix + String(getpid())
        Self.removeAbandoned(in: tmp)
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { TemporaryDirectories.shared.removeAll() }
    }
    /// The folders of test processes no longer alive (`kill(pid, 0)` says there is no such process).
    static func removeAbandoned(in tmp: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tmp) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(atPath: tmp + "/" + name) }
        }
    }
    func removeAll() { try? FileManager.default.removeItem(atPath: root) }
}
