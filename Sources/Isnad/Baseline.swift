import Foundation
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine
import IsnadReport

/// The claims that failed when the baseline was written, keyed on the article and the
/// claim's normalised text and label — never on line numbers, so edits elsewhere in an
/// article keep the baseline valid. `audit --baseline FILE` fails only on claims not in it.
public struct Baseline: Sendable {
    public struct Entry: Hashable, Sendable, Comparable {
        public var path: String
        public var label: Label
        /// The claim's text, folded and with white space collapsed.
        public var text: String
        public static func < (a: Entry, b: Entry) -> Bool { (a.path, a.text, a.label.rawValue) < (b.path, b.text, b.label.rawValue) }
    }

    /// The directory paths are relative to (the baseline file's).
    public var base: String
    /// How many times each entry may still be matched.
    public private(set) var remaining: [Entry: Int] = [:]
    /// The articles the run audited, for reporting stale entries of those articles only.
    var seen = Set<String>()

    public init(base: String) { self.base = URL(fileURLWithPath: base).standardizedFileURL.path }

    /// The key of a claim's text: folded as rules fold it, white space collapsed.
    public static func key(_ text: String) -> String { ClaimKey.of(text) }

    /// An article path as stored: relative to the baseline's directory when inside it.
    public func relative(_ path: String) -> String {
        let abs = URL(fileURLWithPath: path).standardizedFileURL.path
        return abs.hasPrefix(base + "/") ? String(abs.dropFirst(base.count + 1)) : abs
    }

    /// Records the failing claims of an article.
    public mutating func record(_ audit: ArticleAudit) {
        for u in audit.units where u.failing {
            guard let label = u.label else { continue }
            remaining[Entry(path: relative(audit.path), label: label, text: Self.key(u.text)), default: 0] += 1
        }
    }

    /// Marks the claims of `audit` that the baseline knows as baselined (each entry once).
    public mutating func absorb(_ audit: inout ArticleAudit) {
        let path = relative(audit.path)
        seen.insert(path)
        for i in audit.units.indices {
            guard let label = audit.units[i].label else { continue }
            let e = Entry(path: path, label: label, text: Self.key(audit.units[i].text))
            if let n = remaining[e], n > 0 { remaining[e] = n - 1; audit.units[i].baselined = true }
        }
    }

    /// Entries of the audited articles that matched no claim: fixed claims, or edited ones.
    public var stale: [Entry] {
        remaining.filter { $0.value > 0 && seen.contains($0.key.path) }
            .flatMap { Array(repeating: $0.key, count: $0.value) }.sorted()
    }

    /// The baseline as JSON: `{"format": 1, "entries": [{"path", "label", "text"}, ...]}`.
    public func json() -> String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.field("format", 1)
        w.beginArray("entries")
        for e in remaining.flatMap({ Array(repeating: $0.key, count: $0.value) }).sorted() {
            w.beginObject(); w.field("path", e.path); w.field("label", e.label.rawValue); w.field("text", e.text); w.endObject()
        }
        w.endArray()
        w.endObject()
        return String(decoding: w.out, as: UTF8.self) + "\n"
    }

    /// Reads a baseline written by `json()`.
    public static func load(_ path: String) throws(InputFailure) -> Baseline {
        var b = Baseline(base: URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path)
        let bytes = try InputFiles.read(path)
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              object["format"] as? Int == 1, let entries = object["entries"] as? [[String: Any]] else {
            throw InputFailure(path: path, message: "not an Isnad baseline (expected {\"format\": 1, \"entries\": [...]})")
        }
        for (i, e) in entries.enumerated() {
            guard let p = e["path"] as? String, let l = (e["label"] as? String).flatMap(Label.init(rawValue:)), let t = e["text"] as? String else {
                throw InputFailure(path: path, message: "entry \(i + 1) needs 'path', 'label' and 'text'")
            }
            b.remaining[Entry(path: p, label: l, text: t), default: 0] += 1
        }
        return b
    }
}
