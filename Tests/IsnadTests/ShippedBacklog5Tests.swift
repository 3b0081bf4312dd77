import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// Sources and intermediaries the earlier backlog rounds noticed and left (issue 22, backlog5):
/// each test is a made-up sentence of the kind, read by the shipped pack.
@Suite("shipped pack: sources and intermediaries (issue 22, backlog5)")
struct ShippedBacklog5Tests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("the outlet told after a time, a place or a statement phrase is the speaker's via")
    func toldAfterInterlude() throws {
        for (text, label, name, via) in [
            ("وقال مسؤول سعودي أمس الثلاثاء لرويترز إن المحادثات ستستأنف الأسبوع المقبل.", Label.anonymous, "مسؤول سعودي", "رويترز"),
            ("وقال وزير الخارجية أمس في الرياض لوكالة فرانس برس إن المحادثات ستستأنف.", Label.secondhand, "وزير الخارجية", "فرانس برس"),
            ("وقال مسؤول أمني اليوم في تصريح خاص لـ«سكاي نيوز» إن الطريق مغلق.", Label.anonymous, "مسؤول أمني", "سكاي نيوز"),
        ] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == label, "\(text)")
            #expect(c[0].sources.first?.text == name, "\(text)")
            #expect(c[0].sources.first?.via?.contains(via) == true, "\(text)")
        }
        // a place with no outlet after it is no via, and the speaker's name still ends at the adverb
        let c = try claims("وقال مسؤول سعودي أمس في الرياض إن المحادثات ستستأنف.")
        try #require(c.count == 1)
        #expect(c[0].label == .anonymous)
        #expect(c[0].sources.first?.via == nil)
    }

    @Test("a number before a group's plural is an unnamed group: anonymous")
    func numberBeforeGroup() throws {
        for text in ["وأكد خمسة مسؤولين أن الاتفاق قريب.", "وقال 3 مسؤولين إن الاتفاق قريب.", "وقالت أربع ناشطات إن الاعتصام مستمر."] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .anonymous, "\(text)")
            #expect(c[0].sources.first?.kind == .anonymous, "\(text)")
        }
        // the wire the counted group told is its via (ثلاثة شهود لرويترز: not a person named ثلاثة)
        let w = try claims("وقال ثلاثة شهود لرويترز إن الانفجار وقع فجرا.")
        try #require(w.count == 1)
        #expect(w[0].label == .anonymous)
        #expect(w[0].sources.first?.text == "ثلاثة شهود")
        #expect(w[0].sources.first?.via?.contains("رويترز") == true)
        // a number before things, not people, is no source
        let c = try claims("ووصلت خمس سيارات إسعاف إلى الموقع.")
        try #require(c.count == 1)
        #expect(c[0].label == .unsourced)
        #expect(c[0].sources.isEmpty)
    }

    @Test("a named expert after a group of experts is a new source, named")
    func namedExpertAfterGroup() throws {
        let c = try claims("""
            ويرى خبراء أن الأزمة ستطول.
            وقال الخبير في شؤون الطاقة محمد العلي إن الأسعار سترتفع.
            """)
        try #require(c.count == 2)
        #expect(c[0].label == .anonymous)
        #expect(c[1].label == .named)
        #expect(c[1].sources.first?.text == "الخبير في شؤون الطاقة محمد العلي")
    }

    @Test("the truth of a claim (صحة الأنباء) is what is denied, no word of the denier's name")
    func truthOfClaimEndsTheName() throws {
        for (text, name) in [
            ("ونفى المتحدث باسم الوزارة صحة الأنباء عن إغلاق الحدود.", "المتحدث باسم الوزارة"),
            ("ونفى مدير المستشفى حقيقة ما تردد عن نقص الأدوية.", "مدير المستشفى"),
        ] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .denied, "\(text)")
            #expect(c[0].sources.first?.text == name, "\(text)")
        }
        // a body's own word for health stays in its name
        let c = try claims("ونفت مديرية صحة المنطقة وجود إصابات جديدة.")
        try #require(c.count == 1)
        #expect(c[0].sources.first?.text.contains("صحة المنطقة") == true)
    }
}
