import Testing
import IsnadModel
import IsnadTestSupport

/// A further unidentified source inside a named speaker's content — one whose own words or
/// report the unit relays — makes the unit anonymous, the weakest link, with both sources
/// listed (SOURCING.md, "The five labels"; over2, #22). A group that is only the topic or the
/// object of the speaker's claim is no source. Made-up sentences read by the shipped pack.
@Suite("shipped pack: a further source inside a named unit")
struct ShippedFurtherSourceTests {
    @Test("unnamed reports that the named speaker relays (أن تقارير تشير إلى): anonymous, both listed")
    func reportsInsideContent() throws {
        for text in ["وأكد المتحدث باسم الوزارة سامي الحربي أن تقارير تشير إلى ارتفاع عدد المصابين.",
                     "وقال مدير الشركة فهد العتيبي إن التقارير تفيد بتأخر الشحنات أسبوعين."] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text): \(c.label) \(c.sources.map(\.text))")
            #expect(c.sources.count == 2, "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("the speaker's own belief inside his content (قال إنه يعتقد أن) stays his: named")
    func beliefInsideContentStaysNamed() throws {
        let c = try oneClaim("وقال وزير المالية خالد العمري إنه يعتقد أن الأسعار ستتراجع.")
        #expect(c.label == .named, "\(c.label) \(c.sources.map(\.text))")
        // on its own, «يُعتقد أن» is still an agentless passive: anonymous
        let alone = try oneClaim("ويعتقد أن المفاوضات ستستأنف الشهر المقبل.")
        #expect(alone.label == .anonymous, "\(alone.label)")
    }

    @Test("a group placed in a body, whose verb relays its own أن inside a named speaker's content: anonymous, both listed")
    func groupInBodyRelaying() throws {
        let c = try oneClaim("وذكر الوزير أن مسؤولين في الشركة أكدوا له أن المشروع سيكتمل.")
        #expect(c.label == .anonymous, "\(c.label) \(c.sources.map(\.text))")
        #expect(c.sources.map(\.text).contains("مسؤولين في الشركة"), "\(c.sources.map(\.text))")
        #expect(c.sources.count == 2, "\(c.sources.map(\.text))")
    }

    @Test("a group in a body that only acts or stands inside a named speaker's content is its topic: named")
    func groupInBodyAsTopic() throws {
        for text in ["وقال الوزير إن المسؤولين في الشركة رفضوا العرض الأخير.",
                     "وأكد وزير الصحة علي المالكي أن مواطنين تضرروا من انقطاع الكهرباء.",
                     "وقال الوزير إن مسؤولين في الشركة سافروا إلى الرياض أمس."] {
            let c = try oneClaim(text)
            #expect(c.label == .named, "\(text): \(c.label) \(c.sources.map(\.text))")
        }
    }

    @Test("a bare verb or a quotation after a claim with a further source goes on from the speaker: named; after an unnamed speaker it stays anonymous")
    func continuationFromSpeaker() throws {
        let c = try TestSupport.shippedClaims("وقال وزير الداخلية خالد العمري إن مصادر مطلعة أبلغته بوقوع انفجار في المستودع.\nوأضاف أن فرق الدفاع المدني وصلت إلى الموقع.")
        try #require(c.count == 2, "\(c.count) claims")
        #expect(c[0].label == .anonymous, "\(c[0].label)")
        #expect(c[1].label == .named, "\(c[1].label) \(c[1].sources.map(\.text))")
        #expect(c[1].sources.map(\.text) == ["وزير الداخلية خالد العمري"], "\(c[1].sources.map(\.text))")
        let anon = try TestSupport.shippedClaims("وقال مصدر أمني إن الهجوم وقع فجرا.\nوأضاف أن التحقيقات بدأت.")
        try #require(anon.count == 2, "\(anon.count) claims")
        #expect(anon[1].label == .anonymous, "\(anon[1].label)")
    }
}
