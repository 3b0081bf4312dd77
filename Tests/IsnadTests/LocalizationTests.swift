import Foundation
import Testing
@testable import Isnad
@testable import IsnadReport

@Suite("Sheets in the editor's language")
struct LocalizationTests {
    static func arabic(_ s: String) -> Bool { s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }

    @Test("every sheet text has a non-empty text in every language; the Arabic ones are Arabic")
    func everyKeyInEveryLanguage() {
        for key in SheetText.allCases {
            for lang in SheetLanguage.allCases { #expect(!key.text(lang).isEmpty, "\(key) in \(lang)") }
            if key != .number { #expect(Self.arabic(key.text(.ar)), "\(key): \(key.text(.ar))") }
        }
        #expect(SheetText.table(.ar).count == SheetText.allCases.count)
        for lang in SheetLanguage.allCases {
            let names = Label.allCases.map { $0.sheetName(lang) }, badges = Label.allCases.map { $0.sheetBadge(lang) }
            #expect(Set(names).count == Label.allCases.count && Set(badges).count == Label.allCases.count, "\(lang): \(names) \(badges)")
            #expect(Set(SourceKind.allCases.map { $0.sheetName(lang) }).count == SourceKind.allCases.count)
        }
        #expect(Label.allCases.allSatisfy { Self.arabic($0.sheetName(.ar)) && $0.sheetName(.en) == $0.rawValue })
        #expect(Label.unsourced.sheetName(.ar) == "بلا مصدر" && Label.anonymous.sheetName(.ar) == "مصدر مجهّل")
        #expect(SheetLanguage.ar.direction == "rtl" && SheetLanguage.en.direction == "ltr")
    }

    @Test("Arabic plural categories follow CLDR: zero, one, two, few (3–10), many (11–99), other (100–102), by the last two digits")
    func arabicPluralCategories() {
        let expected: [(Int, PluralCategory)] = [
            (0, .zero), (1, .one), (2, .two), (3, .few), (7, .few), (10, .few), (11, .many), (12, .many), (99, .many),
            (100, .other), (101, .other), (102, .other), (103, .few), (110, .few), (111, .many), (199, .many), (200, .other),
            (1000, .other), (1003, .few), (1011, .many),
        ]
        for (n, c) in expected { #expect(PluralCategory.of(n, .ar) == c, "\(n)") }
        #expect(PluralCategory.of(1, .en) == .one && PluralCategory.of(0, .en) == .other && PluralCategory.of(2, .en) == .other)
    }

    @Test("counted nouns agree with their number: the dual, the plural of 3–10, the accusative singular of 11–99")
    func countedNouns() {
        let claim: [(Int, String)] = [
            (0, "لا معلومات"), (1, "معلومة واحدة"), (2, "معلومتان"), (3, "3 معلومات"), (10, "10 معلومات"),
            (11, "11 معلومةً"), (99, "99 معلومةً"), (100, "100 معلومة"), (102, "102 معلومة"), (103, "103 معلومات"), (111, "111 معلومةً"),
        ]
        for (n, s) in claim { #expect(SheetNoun.claim.count(n, .ar) == s) }
        let article: [(Int, String)] = [(1, "مقال واحد"), (2, "مقالان"), (5, "5 مقالات"), (23, "23 مقالًا"), (300, "300 مقال")]
        for (n, s) in article { #expect(SheetNoun.article.count(n, .ar) == s) }
        #expect(SheetNoun.source.count(1, .ar) == "مصدر واحد" && SheetNoun.source.count(2, .ar) == "مصدران" && SheetNoun.source.count(4, .ar) == "4 مصادر")
        #expect(SheetNoun.claim.count(1, .en) == "1 claim" && SheetNoun.claim.count(0, .en) == "0 claims" && SheetNoun.article.count(2, .en) == "2 articles")
    }

    @Test("the index sentence: the pronoun and the verb agree with the number of articles")
    func indexSentence() {
        #expect(SheetSentences.index(articles: 1, claims: 1, failed: 0, .ar) == "مقال واحد، فيه معلومة واحدة، ويجتاز المعايير.")
        #expect(SheetSentences.index(articles: 2, claims: 12, failed: 0, .ar) == "مقالان، فيهما 12 معلومةً، وكلاهما يجتاز المعايير.")
        #expect(SheetSentences.index(articles: 23, claims: 311, failed: 20, .ar) == "23 مقالًا، فيها 311 معلومةً. لا يجتاز المعايير منها 20 مقالًا.")
        #expect(SheetSentences.index(articles: 5, claims: 40, failed: 1, .ar) == "5 مقالات، فيها 40 معلومةً. لا يجتاز المعايير منها مقال واحد.")
        #expect(SheetSentences.index(articles: 0, claims: 0, failed: 0, .ar) == "لا مقالات.")
        #expect(SheetSentences.index(articles: 3, claims: 1, failed: 1, .en) == "3 articles, 1 claim, 1 failing article.")
    }

    @Test("why an article fails, in each language, from the policy's values")
    func failures() {
        let claims = ArticleFailure.claims(count: 3, labels: [.anonymous, .unsourced])
        #expect(SheetSentences.failure(claims, .ar) == "3 معلومات من تصنيف «مصدر مجهّل» أو «بلا مصدر»")
        #expect(SheetSentences.failure(claims, .en) == "3 claims labelled anonymous/unsourced")
        #expect(SheetSentences.failure(.minScore(score: 41.5, minimum: 60), .ar) == "الدرجة 41.5 دون الحد الأدنى 60")
    }

    @Test("the model of a sheet: words in its language, the share bar in reading order, rule ids apart from the evidence")
    func model() throws {
        let audit = Support.auditor.audit(text: "قال مسؤول أمريكي إن اللقاء تم.\nوارتفعت الأسعار.", path: "a.txt")
        let ar = SheetModel.article(audit, lang: .ar), en = SheetModel.article(audit, lang: .en)
        #expect(ar["lang"] as? String == "ar" && ar["dir"] as? String == "rtl" && en["dir"] as? String == "ltr")
        #expect((ar["t"] as? [String: String])?["claimsHeading"] == "المعلومات")
        // the bars tile 0...100 from the right in Arabic, from the left in English
        func bars(_ m: [String: Any]) -> [(x: Double, w: Double)] {
            (m["labels"] as! [[String: Any]]).map { (Double($0["x"] as! String)!, Double($0["width"] as! String)!) }.filter { $0.w > 0 }
        }
        let rtl = bars(ar), ltr = bars(en)
        #expect(rtl.count == 2 && ltr.count == 2)
        #expect(abs(rtl[0].x + rtl[0].w - 100) < 0.2 && abs(rtl[1].x) < 0.2, "\(rtl)")
        #expect(abs(ltr[0].x) < 0.2 && abs(ltr[1].x + ltr[1].w - 100) < 0.2, "\(ltr)")
        let claims = try #require(ar["claims"] as? [[String: Any]])
        let named = try #require(claims.first { $0["label"] as? String == "anonymous" })
        #expect(named["labelName"] as? String == "مصدر مجهّل" && named["hasSource"] as? Bool == true)
        let rules = (named["rules"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(!rules.isEmpty && rules.first == named["rule"] as? String)
        #expect((named["evidenceItems"] as! [[String: Any]]).allSatisfy { !rules.contains($0["text"] as! String) })
        let unsourced = try #require(claims.first { $0["label"] as? String == "unsourced" })
        #expect(unsourced["hasSource"] as? Bool == false && (unsourced["why"] as? String ?? "").hasPrefix("بلا مصدر"))
        #expect(ar["result"] as? String == "معلومة واحدة من تصنيف «بلا مصدر»")
    }

    @Test("the shipped HTML sheet: lang and dir, isolated evidence, rule ids behind a toggle, no source line on an unsourced claim")
    func htmlSheet() throws {
        let audit = Support.auditor.audit(text: "قال مسؤول أمريكي إن اللقاء تم.\nوارتفعت الأسعار.", path: "a.txt")
        let ar = try TemplateReporter(.html, lang: .ar).render(audit), en = try TemplateReporter(.html, lang: .en).render(audit)
        #expect(ar.contains("<html dir=\"rtl\" lang=\"ar\">") && en.contains("<html dir=\"ltr\" lang=\"en\">"))
        #expect(ar.contains("تدقيق مصادر") && !ar.contains("Audit of") && en.contains("Audit of"))
        #expect(ar.contains("<details class=\"rules\"><summary>القواعد</summary>"))
        #expect(ar.contains("<bdi class=\"ev\">«"))
        // the article stays right to left in an English sheet
        #expect(en.contains("id=\"article\" dir=\"rtl\" lang=\"ar\""))
        // the unsourced claim's tooltip has no source line
        let tips = ar.components(separatedBy: "class=\"tip\"").dropFirst()
        let unsourced = try #require(tips.first { $0.contains("<b>2. بلا مصدر</b>") })
        let tip = String(unsourced.split(separator: "</mark>")[0])
        #expect(!tip.contains("class=\"source\"") && !tip.contains("المصدر:"), "\(tip)")
        let named = try #require(tips.first { $0.contains("<b>1. مصدر مجهّل</b>") })
        #expect(String(named.split(separator: "</mark>")[0]).contains("<span class=\"source\">المصدر: "))
        let md = try TemplateReporter(.markdown, lang: .ar).render(audit)
        #expect(md.hasPrefix("# تدقيق مصادر a.txt") && md.contains("| مصدر مجهّل |") && md.contains("## كل المعلومات"))
    }
}
