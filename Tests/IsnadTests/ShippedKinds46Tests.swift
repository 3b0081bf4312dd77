import Testing
import IsnadModel
import IsnadTestSupport

/// The kinds validation r showed, drawn into dev as d230–d237 (kinds46): made-up sentences read
/// by the shipped pack.
@Suite("shipped pack: kinds46")
struct ShippedKinds46Tests {
    @Test("the writer rephrasing before a colon (وبشكل أدق:، بعبارة أخرى:) names no speaker, and opens no quotation")
    func rephrasingColon() throws {
        for opener in ["وبشكل أدق: كيف تدار المدن الصغيرة؟", "بعبارة أخرى: لا أحد يملك الجواب."] {
            let c = try TestSupport.shippedClaims("المدن تحتاج إلى مجالس قوية.\n" + opener + " هذه أسئلة مهمة للجميع.")
            try #require(c.count == 3, "\(opener): \(c.count) claims")
            #expect(c.allSatisfy { $0.label == .unsourced }, "\(opener): \(c.map { $0.label })")
        }
    }

    @Test("a colon quotation ends at a paragraph run on along the line («. \\u{A0} »), as at a line feed")
    func runOnParagraphEndsColonQuotation() throws {
        let c = try TestSupport.shippedClaims("وقال المتحدث باسم الوزارة سامي العلي: الوفد سيصل غدا. \u{A0} ورافق الوزير في زيارته وفد كبير.")
        try #require(c.count == 2, "\(c.count) claims")
        #expect(c[0].label == .named, "\(c[0].label)")
        #expect(c[1].label == .unsourced, "\(c[1].label) \(c[1].sources.map(\.text))")
        // an ordinary space between the sentences: the colon quotation runs on to the line's end
        let same = try TestSupport.shippedClaims("وقال المتحدث باسم الوزارة سامي العلي: الوفد سيصل غدا. ورافق الوزير في زيارته وفد كبير.")
        try #require(same.count == 2, "\(same.count) claims")
        #expect(same[1].label == .named, "\(same[1].label)")
        // a bare verb after the paragraph end still goes back to the speaker
        let bare = try TestSupport.shippedClaims("وقال المتحدث باسم الوزارة سامي العلي: الوفد سيصل غدا. \u{A0} وأضاف: اللقاء مهم.")
        try #require(bare.count == 2, "\(bare.count) claims")
        #expect(bare[1].label == .named, "\(bare[1].label)")
    }

    @Test("a source named again with no outlet cue after a wire-credited statement is named, no via; a bare verb keeps the via")
    func viaNotCarriedByMention() throws {
        let c = try TestSupport.shippedClaims("""
            وذكرت وكالة رويترز أن وزارة الخارجية أصدرت بيانا قالت فيه إن المحادثات مستمرة.
            وأشار البيان إلى أن الوفد سيصل غدا.
            """)
        try #require(c.count == 2, "\(c.count) claims")
        #expect(c[1].label == .named, "\(c[1].label) \(c[1].sources.map(\.text))")
        #expect(c[1].sources.allSatisfy { $0.via == nil && $0.kind != .outlet }, "\(c[1].sources.map { ($0.text, $0.kind, $0.via) })")
        let told = try TestSupport.shippedClaims("""
            وقال وزير المالية سامي العلي لوكالة رويترز إن العجز سيتراجع.
            وكان الوزير قال إن الميزانية جاهزة.
            وأضاف أن الدين سينخفض.
            """)
        try #require(told.count == 3, "\(told.count) claims")
        #expect(told[0].label == .secondhand, "\(told[0].label)")
        #expect(told[1].label == .named, "\(told[1].label) \(told[1].sources.map { ($0.text, $0.via) })")
        // the outlet's own report pointed back to stays the outlet's (SOURCING.md: وأشار التقرير إلى)
        let report = try TestSupport.shippedClaims("""
            وذكرت صحيفة وول ستريت جورنال في تقرير أن الشركة تعتزم البيع.
            وأشار التقرير إلى أن الصفقة كبيرة.
            """)
        try #require(report.count == 2, "\(report.count) claims")
        #expect(report[1].label == .secondhand, "\(report[1].label)")
    }

    @Test("a colon headline's indefinite speaker (خبير:) named in the body is named; one never named stays anonymous")
    func headlineSpeakerNamedInBody() throws {
        let c = try TestSupport.shippedClaims("""
            خبير: الحطام جزء من الطائرة المفقودة
            وقال الخبير في شؤون الطيران جون سميث إن الحطام يعود للطائرة.
            """)
        try #require(c.count == 2, "\(c.count) claims")
        #expect(c[0].label == .named, "\(c[0].label) \(c[0].sources.map { ($0.text, $0.kind) })")
        #expect(c[1].label == .named, "\(c[1].label) \(c[1].sources.map { ($0.text, $0.kind) })")
        let unnamed = try TestSupport.shippedClaims("""
            خبير: الحطام جزء من الطائرة المفقودة
            وقال الخبير إن الحطام يعود للطائرة.
            """)
        try #require(unnamed.count == 2, "\(unnamed.count) claims")
        #expect(unnamed[0].label == .anonymous, "\(unnamed[0].label)")
    }
}
