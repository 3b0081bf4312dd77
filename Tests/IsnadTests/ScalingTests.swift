import Foundation
import Testing
@testable import Isnad
@testable import IsnadModel
@testable import IsnadText
@testable import IsnadRules
@testable import IsnadEngine
@testable import IsnadReport

@Suite("cost")
struct ScalingTests {
    /// An article of about `words` words: paragraphs of news sentences with attributions,
    /// and one long unpunctuated line, so segmentation, matching, source resolution and
    /// output all grow with it.
    static func article(words: Int) -> String {
        let sentences = [
            "وقال وزير المالية محمد الجدعان إن الميزانية متوازنة", "وأضاف المسؤول أن الإيرادات ارتفعت",
            "وذكرت مصادر مطلعة أن الشركة تدرس بيع أصولها", "وارتفعت أسعار النفط في الأسواق العالمية أمس",
            "ونفت الوزارة في بيان صحة التقارير", "وبحسب وكالة رويترز فإن المحادثات مستمرة",
        ]
        var out = "عنوان الخبر\n"
        var n = 0, k = 0
        while n < words {
            let s = sentences[k % sentences.count]
            out += s + (k % 7 == 6 ? ".\n\n" : ". ")
            n += s.split(separator: " ").count
            k += 1
        }
        out += "\n" + Array(repeating: "قال الوزير في السوق إن", count: words / 20).joined(separator: " ") + "\n"
        return out
    }

    func seconds(_ text: String) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let a = Support.audit(text)
            var out = ReportOutput()
            JSONReporter().article(a, position: 0, &out)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return best
    }

    @Test("cost is linear in article size: a 4N-sized article takes less than 5 times an N-sized one")
    func linear() {
        let small = Self.article(words: 8_000), large = Self.article(words: 32_000)
        #expect(large.utf8.count > 3 * small.utf8.count)
        let ratio = seconds(large) / seconds(small)
        #expect(ratio < 5, "4N / N = \(ratio)")
    }
}
