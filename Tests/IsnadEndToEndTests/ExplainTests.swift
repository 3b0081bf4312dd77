import Foundation
import Testing
@testable import Isnad

@Suite("audit explain")
struct ExplainTests {
    @Test("explain FILE:LINE shows the cues with their words, the source and the earlier mention it points back to, and the precedence step")
    func explainLine() throws {
        let dir = try Support.tempDir()
        let article = dir + "/a.txt"
        try """
            قال مسؤول أمريكي طلب عدم الكشف عن هويته إن الاتفاق بات قريبا.
            وأضاف المسؤول الأمريكي أن التوقيع سيتم الشهر المقبل.
            ورفضت الوزارة التعليق على التقرير.
            """.write(toFile: article, atomically: true, encoding: .utf8)
        let r = try Support.run(["explain", "--rules", Support.rules, "--no-color", article + ":2"].filter { $0 != "--no-color" })
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("L2:1  claim 2, claim:"))
        #expect(!r.stdout.contains("L1:1"))
        #expect(r.stdout.contains("report.adafa (report) \u{2068}وأضاف\u{2069} — used"))
        #expect(r.stdout.contains("same source as 'مسؤول أمريكي' (s1), first named in claim 1 (line 1)"))
        #expect(r.stdout.contains("label: anonymous"))
        #expect(r.stdout.contains("chosen: \u{2068}anonymous:"))
        let three = try Support.run(["explain", "--rules", Support.rules, article + ":3"])
        #expect(three.stdout.contains("denial.rejected (denial)") && three.stdout.contains("set aside: a refusal to comment overlaps it"))
        #expect(try Support.run(["explain", "--rules", Support.rules, article + ":9"]).status == 2)
        #expect(try Support.run(["explain", "--rules", Support.rules, dir + "/missing.txt"]).status == 2)
        let all = try Support.run(["explain", "--rules", Support.rules, article])
        #expect(all.stdout.components(separatedBy: "\n  label: ").count == 4)
    }

    @Test("a verb cue set aside because it is a noun here or has a thing as subject says so")
    func nominalVerb() throws {
        let dir = try Support.tempDir()
        let article = dir + "/a.txt"
        try "وارتفعت المبيعات، مما يؤكد أن الطلب قوي.\n".write(toFile: article, atomically: true, encoding: .utf8)
        let r = try Support.run(["explain", "--rules", Support.rules, article])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("report.akkada (report) \u{2068}يؤكد\u{2069} — set aside: after ما، مما، a preposition, a demonstrative or كل"))
        #expect(r.stdout.contains("label: unsourced"))
    }

    @Test("explain prints the labeller's own decision records: the quotation a claim continues and where it opened, a negated denial, which label outranked which")
    func decisionRecords() throws {
        let dir = try Support.tempDir()
        let article = dir + "/a.txt"
        try """
            قال الوزير أحمد العلي: «الوضع مستقر. والطريق مفتوح أمام الجميع».
            وقال المتحدث إن الوزارة لا تنفي الخبر.
            ونفى الوزير أحمد العلي ما قاله مسؤول طلب عدم الكشف عن هويته.
            وقال المهندس خالد الحربي، الذي طلب عدم الكشف عن هويته، إن العمل توقف.
            """.write(toFile: article, atomically: true, encoding: .utf8)
        let r = try Support.run(["explain", "--rules", Support.rules, article])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("    continuity: \u{2068}opens a quotation: the claims that continue it take its speaker, labelled named\u{2069}"))
        #expect(r.stdout.contains("    continuity: \u{2068}continues the quotation opened in claim 1 (line 1)\u{2069}"))
        #expect(r.stdout.contains("denial.nafa (denial) \u{2068}تنفي\u{2069} — set aside: a negation (لا، لم، لن) stands before it: it disputes nothing"))
        #expect(r.stdout.contains("    precedence: \u{2068}denied over anonymous, named\u{2069}"))
        // the official's condition (طلب عدم الكشف عن هويته) is not the minister's: the denial stays his, named (SOURCING.md, "anonymous")
        let denial = r.stdout.components(separatedBy: "\nL").first { $0.contains("ونفى الوزير") } ?? ""
        #expect(denial.contains("    s1 \u{2068}الوزير أحمد العلي\u{2069} person"))
        #expect(!r.stdout.contains("makes 'الوزير أحمد العلي' anonymous") && !r.stdout.contains("makes 'مسؤول' anonymous"))
        #expect(!r.stdout.contains("a reason for anonymity is stated"))
        // a condition right after a person named is theirs: recorded with its rule, where the kind changes
        #expect(r.stdout.contains("    anonymity: \u{2068}the anonymity condition 'طلب عدم الكشف عن هويته' (anonymity.condition) makes 'المهندس خالد الحربي' anonymous\u{2069}"))
        // each record under the claim it is about: the continuation under claim 2 only
        let claims = r.stdout.components(separatedBy: "\nL")
        #expect(claims.filter { $0.contains("continues the quotation opened") }.count == 1)
        #expect(claims.first { $0.contains("continues the quotation opened") }?.hasPrefix("1:38  claim 2") == true)
    }

    @Test("every subcommand's --help describes its options")
    func help() throws {
        for cmd in [[], ["run"], ["rules"], ["rules", "check"], ["rules", "test"], ["rules", "init"], ["rules", "patterns"], ["explain"], ["config"]] {
            let r = try Support.run(cmd + ["--help"])
            #expect(r.status == 0, "\(cmd)")
            #expect(r.stdout.contains("OVERVIEW:") && r.stdout.contains("USAGE:"), "\(cmd)")
            #expect(!r.stdout.contains("(no help"), "\(cmd)")
        }
    }
}
