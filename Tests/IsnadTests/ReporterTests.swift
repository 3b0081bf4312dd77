import Foundation
import Testing
@testable import Isnad

@Suite("Reporters")
struct ReporterTests {
    static let articles = [
        Support.auditor.audit(text: "قال مسؤول أمريكي إن اللقاء تم.\nوارتفعت الأسعار.", path: "a.txt"),
        Support.auditor.audit(text: "وقال الوزير خالد الفالح إن الإنتاج سيرتفع.", path: "b.txt"),
    ]

    @Test("JSON streamed article by article through a small buffer equals the report built in memory, and parses")
    func jsonStreams() throws {
        let run = AuditRun(articles: Self.articles, failures: [InputFailure(path: "c.txt", message: "not a text file")])
        let whole = JSONReporter().report(run)
        var chunks: [[UInt8]] = []
        var out = ReportOutput(chunk: 64) { chunks.append($0) }
        let reporter = JSONReporter()
        var totals = RunTotals()
        reporter.begin(&out)
        for a in Self.articles { reporter.article(a, position: totals.articles, &out); totals.add(a) }
        totals.failures = run.failures
        reporter.end(totals, &out)
        out.flush()
        #expect(chunks.count > 1)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == whole)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
        #expect((object["articles"] as? [Any])?.count == 2)
        let totalsObject = try #require(object["totals"] as? [String: Any])
        #expect(totalsObject["claims"] as? Int == 3)
        #expect(totalsObject["errors"] as? Int == 1)
        // an empty run is valid JSON too
        let empty = JSONReporter().report(AuditRun(articles: []))
        #expect(try JSONSerialization.jsonObject(with: Data(empty.utf8)) is [String: Any])
    }

    @Test("JSON strings escape quotes, backslashes, controls and U+2028/U+2029 and keep Arabic as is")
    func jsonEscapes() throws {
        let raw = "قال \"x\" \\ \n\t\u{1B}[31m \u{2028}\u{2029} «نص» \u{7F}"
        let quoted = JSONWriter.quote(raw)
        #expect(quoted == "\"قال \\\"x\\\" \\\\ \\n\\t\\u001b[31m \\u2028\\u2029 «نص» \\u007f\"")
        let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(back == raw)
    }

    @Test("the text sheet prints one total line only for several articles")
    func textTotals() {
        let one = TextReporter(color: false).report(AuditRun(articles: [Self.articles[0]]))
        let two = TextReporter(color: false).report(AuditRun(articles: Self.articles))
        #expect(!one.contains("Total"))
        #expect(two.contains("Total: 2 articles, 3 claims"))
    }

    @Test("the own outlet is inferred deterministically: on a tie, the outlet named first")
    func outletTie() {
        let text = "وقال مسؤول لـ«عكاظ» إن الموعد تغير.\nوقال آخر لـ«الرياض» إن القرار نهائي."
        let outlets = (0..<20).map { _ in Support.audit(text).outlet }
        #expect(Set(outlets.map { $0 ?? "" }).count == 1)
        #expect(outlets[0] == "عكاظ")
    }
}
