import Testing
import IsnadModel
import IsnadTestSupport

/// What review37 found in kinds46, mended (mends36): made-up sentences read by the shipped pack.
@Suite("shipped pack: mends36")
struct ShippedMends36Tests {
    @Test("a paragraph run on along the line («. \\u{A0} ») inside an open «…» does not end the quotation")
    func runOnInsideOpenQuote() throws {
        let c = try TestSupport.shippedClaims("وقال الوزير سامي العلي: «الوفد سيصل غدا. \u{A0} والاجتماع سيعقد بعد غد في العاصمة».")
        try #require(c.count == 2, "\(c.count) claims")
        #expect(c[1].label == .named, "\(c[1].label) \(c[1].sources.map(\.text))")
        #expect(c[1].flags.contains(.quote), "\(c[1].flags)")
    }

    @Test("a list number's or a title's dot before a no-break space is no paragraph end")
    func runOnAfterNumberOrTitle() throws {
        let list = try TestSupport.shippedClaims("وقال الوزير سامي العلي: الأولويات هي: 1. \u{A0} الصحة 2. \u{A0} التعليم والطرق.")
        try #require(list.count >= 2, "\(list.count) claims")
        for k in 1..<list.count { #expect(list[k].label == .named, "\(k): \(list[k].label)") }
        let title = try TestSupport.shippedClaims("وقال الوزير سامي العلي: الوفد سيصل غدا ويرافقه د. \u{A0} خالد المهدي في الزيارة.")
        #expect(title.allSatisfy { $0.label == .named }, "\(title.map { $0.label })")
        // a sentence's stop before the no-break space still ends the paragraph (kinds46)
        let end = try TestSupport.shippedClaims("وقال الوزير سامي العلي: الوفد سيصل غدا. \u{A0} ورافق الوزير في زيارته وفد كبير.")
        try #require(end.count == 2, "\(end.count) claims")
        #expect(end[1].label == .unsourced, "\(end[1].label)")
    }

    @Test("a via told to ends when another speaker intervenes; a wire's credit passes to no source named again")
    func toldViaEnds() throws {
        let other = try TestSupport.shippedClaims("""
            وقال وزير المالية سامي العلي لوكالة رويترز إن العجز سيتراجع.
            وقال وزير الخارجية خالد المهدي إن المحادثات مستمرة.
            وكان وزير المالية قال إن الميزانية جاهزة.
            """)
        try #require(other.count == 3, "\(other.count) claims")
        #expect(other[0].label == .secondhand, "\(other[0].label)")
        #expect(other[1].label == .named, "\(other[1].label)")
        #expect(other[2].label == .named, "\(other[2].label) \(other[2].sources.map { ($0.text, $0.via) })")
        let credit = try TestSupport.shippedClaims("""
            ونقلت وكالة رويترز عن وزير المالية سامي العلي قوله إن العجز سيتراجع.
            وكان الوزير قال إن الميزانية جاهزة.
            """)
        try #require(credit.count == 2, "\(credit.count) claims")
        #expect(credit[0].label == .secondhand, "\(credit[0].label)")
        #expect(credit[1].label == .named, "\(credit[1].label) \(credit[1].sources.map { ($0.text, $0.via) })")
    }

    @Test("a colon headline's indefinite speaker (خبير:) stays anonymous when the body names two of them")
    func headlineSpeakerTwoNamed() throws {
        let c = try TestSupport.shippedClaims("""
            خبير: الحطام جزء من الطائرة المفقودة
            وقال الخبير جون سميث إن الحطام يعود للطائرة.
            وقال الخبير مايكل كيني إن البحث سيستمر.
            """)
        try #require(c.count == 3, "\(c.count) claims")
        #expect(c[0].label == .anonymous, "\(c[0].label) \(c[0].sources.map { ($0.text, $0.kind) })")
        // one named: the headline is his (kinds46)
        let one = try TestSupport.shippedClaims("""
            خبير: الحطام جزء من الطائرة المفقودة
            وقال الخبير جون سميث إن الحطام يعود للطائرة.
            وأضاف الخبير أن البحث سيستمر.
            """)
        try #require(one.count == 3, "\(one.count) claims")
        #expect(one[0].label == .named, "\(one[0].label)")
    }
}
