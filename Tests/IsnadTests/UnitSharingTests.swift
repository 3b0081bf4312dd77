import Testing
@testable import Isnad
@testable import IsnadEngine
@testable import IsnadModel

/// Issue #26 (mem30): a unit's rare fields (why, rule, proposals, contests, anonymity cues) are
/// held out of line (`AuditedUnit.rare`, one shared storage per unit until a copy is changed).
/// Units are values: copied to other threads, changed and dropped there, every copy keeps its
/// own fields and the storage is freed once, by its last holder (the full suite once crashed
/// in `destroy for AuditedUnit` with two suites auditing at once).
@Suite("Units shared between threads")
struct UnitSharingTests {
    /// A claim with every out-of-line field set.
    static func claim(_ i: Int) -> AuditedUnit {
        var u = AuditedUnit(index: i, kind: .claim, span: TextSpan(i, i + 5), line: i + 1, column: 1, utf8: ArraySlice("قال مسؤول \(i)".utf8),
                            label: .anonymous, sources: [], flags: [.reasonGiven], evidence: [], score: 40,
                            why: Reason("chosen \(i)"), rule: "r.\(i)", proposals: [Reason("first \(i)")], verified: "checked \(i)")
        u.contests = [i + 1]; u.contestedBy = [i + 2]
        u.anonymityCues = [AnonymityCue(flag: .reasonGiven, rule: "r.\(i)", text: "لأسباب أمنية", unit: i)]
        return u
    }

    @Test("units with their rare fields set are copied, changed and dropped on eight threads at once: every copy keeps its own fields, the shared ones stay as they were")
    func unitsCopiedChangedAndDroppedOnThreads() async {
        let shared = (0..<64).map(Self.claim)
        let results = await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    var ok = true
                    for round in 0..<200 {
                        // a copy of every unit: each storage now has two holders, or more
                        var mine = shared
                        for k in mine.indices {
                            switch (k + t + round) % 4 {
                            case 0: mine[k].proposals.append(Reason("t\(t)"))
                            case 1: mine[k].why = nil; mine[k].rule = nil; mine[k].proposals = []
                            case 2: mine[k].contests.append(round); mine[k].verified = nil
                            default: mine[k].anonymityCues = []; mine[k].contestedBy.removeAll()
                            }
                        }
                        for k in mine.indices {
                            let u = mine[k]
                            switch (k + t + round) % 4 {
                            case 0: ok = ok && u.proposals == [Reason("first \(k)"), Reason("t\(t)")] && u.rule == "r.\(k)"
                            case 1: ok = ok && u.why == nil && u.rule == nil && u.proposals.isEmpty && u.contests == [k + 1] && u.verified == "checked \(k)"
                            case 2: ok = ok && u.contests == [k + 1, round] && u.verified == nil && u.why == Reason("chosen \(k)")
                            default: ok = ok && u.anonymityCues.isEmpty && u.contestedBy.isEmpty && u.proposals == [Reason("first \(k)")]
                            }
                        }
                        // and the units shared by every thread are as they were
                        ok = ok && shared.indices.allSatisfy { k in
                            shared[k].proposals == [Reason("first \(k)")] && shared[k].contests == [k + 1] && shared[k].contestedBy == [k + 2]
                                && shared[k].verified == "checked \(k)" && shared[k].anonymityCues.count == 1 && shared[k].rule == "r.\(k)"
                        }
                        // `mine` dropped here, on this thread, while the others still hold `shared`
                    }
                    return ok
                }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 8 && results.allSatisfy { $0 })
    }

    /// What a test compares of an audit's units: label, rule, proposals, links, cues and flags.
    static func digest(_ a: ArticleAudit) -> [String] {
        a.units.map { "\($0.index) \($0.label.map { "\($0)" } ?? "-") \($0.rule ?? "-") \($0.proposals.count) \($0.contests) \($0.contestedBy) \($0.anonymityCues.count) \($0.flags)" }
    }

    @Test("articles audited on several threads at once, short and long (judgements in blocks, matches released), give the same units as audited alone, and their units are dropped on other threads")
    func articlesAuditedOnThreads() async {
        let long = (0..<1500).map { "قال مسؤول رقم \($0) إن الاجتماع انتهى دون اتفاق، ونفت الوزارة ذلك لأسباب أمنية." }.joined(separator: "\n")
        let short = "قال مسؤول أمريكي إن اللقاء تم.\nونفت الحكومة ذلك.\nوقال الوزير خالد الفالح إن الإنتاج سيرتفع."
        var chunked = Support.auditor
        chunked.chunkTokens = 64
        chunked.judgementBlockShift = 3
        let auditor = chunked
        let expected = [Self.digest(auditor.audit(text: long, path: "long.txt")), Self.digest(auditor.audit(text: short, path: "short.txt"))]
        let results = await withTaskGroup(of: Bool.self) { group in
            for t in 0..<6 {
                group.addTask {
                    var ok = true
                    for round in 0..<3 {
                        let which = (t + round) % 2
                        let audit = auditor.audit(text: which == 0 ? long : short, path: "t.txt")
                        ok = ok && Self.digest(audit) == expected[which]
                        // copies changed and dropped while the audit's own units are still held
                        var units = audit.units
                        for k in units.indices where k % 3 == 0 { units[k].proposals.append(Reason("x")); units[k].contests = [] }
                        ok = ok && Self.digest(audit) == expected[which]
                    }
                    return ok
                }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 6 && results.allSatisfy { $0 })
    }
}
