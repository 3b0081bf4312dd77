import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadText
import IsnadTestSupport

/// A reviewer's findings on the chain merge (mends21): told-to outlets left unnamed, the press as
/// a statement's audience, the outlet told after a comma, the hedge قد + ت's whitespace and the
/// space inside an expression's opening literal — made-up sentences, read by the shipped pack.
@Suite("shipped pack: review of the chain merge (mends21)")
struct ShippedMends21Tests {
    func claims(_ text: String) throws -> [AuditedUnit] { try TestSupport.shippedClaims(text) }

    @Test("a statement told to one unnamed outlet (لصحيفة محلية، لقناة تلفزيونية، لإحدى الصحف) is anonymous, the outlet a source with no via")
    func toldUnnamedOutlet() throws {
        for (text, outlet) in [("وقال الوزير خالد العلي لصحيفة محلية إن المشروع تأخر.", "صحيفة محلية"),
                               ("وقال الوزير خالد العلي لقناة تلفزيونية إن المشروع تأخر.", "قناة تلفزيونية"),
                               ("وقال الوزير خالد العلي في تصريح لإحدى الصحف إن المشروع تأخر.", "إحدى الصحف")] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .anonymous, "\(text): \(c[0].label.map { "\($0)" } ?? "-")")
            #expect(c[0].sources.contains { $0.text == outlet && $0.via == nil }, "\(text): \(c[0].sources.map(\.text))")
            #expect(c[0].sources.contains { $0.text.contains("خالد العلي") }, "\(text): \(c[0].sources.map(\.text))")
        }
    }

    @Test("the press in the plural as a statement's audience (لوسائل إعلام محلية وأجنبية خلال مؤتمر صحفي) is no chain: named")
    func pressAudienceNamed() throws {
        for text in ["وقال الوزير خالد العلي لوسائل إعلام محلية وأجنبية خلال مؤتمر صحفي عقده في الرياض إن المشروع تأخر.",
                     "وقال المدير سامي الحربي لوسائل إعلام محلية إن العمل بدأ.",
                     "وقال الناطق باسم المفوضية ليو دوبس لوسائل الإعلام في جنيف إن التدفق مستمر."] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .named, "\(text): \(c[0].label.map { "\($0)" } ?? "-")")
        }
    }

    @Test("a later bare mention of an unnamed outlet (صحيفة محلية … وأضافت الصحيفة) refers back to it: anonymous, no new outlet")
    func unnamedOutletReferredBack() throws {
        let c = try claims("وقالت صحيفة محلية إن الحريق أخمد.\nوأضافت الصحيفة أن الخسائر كبيرة.")
        try #require(c.count == 2)
        #expect(c[0].label == .anonymous)
        #expect(c[1].label == .anonymous, "\(c[1].label.map { "\($0)" } ?? "-")")
        #expect(!c[1].sources.contains { $0.kind == .outlet }, "\(c[1].sources.map(\.text))")
        // a named outlet's bare mention is still the outlet's (secondhand)
        let named = try claims("وقالت صحيفة الحياة إن الحريق أخمد.\nوأضافت الصحيفة أن الخسائر كبيرة.")
        try #require(named.count == 2)
        #expect(named[1].label == .secondhand, "\(named[1].label.map { "\($0)" } ?? "-")")
    }

    @Test("every nation's paper is read alike (صحيفة رومانية، يونانية، سعودية، ألمانية): one label for all")
    func nationsAlike() throws {
        var labels: Set<String> = []
        for nation in ["رومانية", "يونانية", "سعودية", "ألمانية"] {
            let c = try claims("وقالت صحيفة \(nation) إن الصفقة ألغيت.")
            try #require(c.count == 1)
            labels.insert(c[0].label.map { "\($0)" } ?? "-")
        }
        #expect(labels.count == 1, "\(labels)")
    }

    @Test("the outlet told after the comma closing a speaker's name, in quotation marks or glued to ل, is the via (not رويترز only)")
    func toldAfterComma() throws {
        // «لـ«الشرق الأوسط»» alone in an article is taken for the article's own outlet (OutletInference), so no via: a known gap.
        for text in ["وقال مدير المركز الدكتور سامي العلي، لـ«سكاي نيوز عربية» إن العمل بدأ.",
                     "وقال وزير الخارجية، جون كيري، لـ«سكاي نيوز عربية» إن العمل بدأ.",
                     "وقال مدير المركز الدكتور سامي العلي، لصحيفة الحياة إن العمل بدأ."] {
            let c = try claims(text)
            try #require(c.count == 1, "\(text)")
            #expect(c[0].label == .secondhand, "\(text): \(c[0].label.map { "\($0)" } ?? "-")")
            #expect(c[0].sources.contains { $0.via != nil }, "\(text): \(c[0].sources.map { "\($0.text)/\($0.via ?? "-")" })")
            #expect(!c[0].sources.contains { $0.text.hasSuffix("، لـ") || $0.text.hasSuffix("،") }, "\(text): \(c[0].sources.map(\.text))")
        }
    }

    @Test("the hedge قد + ت reads one to three spaces or a tab between them, as before the chain")
    func qadTaWhitespace() throws {
        for gap in [" ", "  ", "\t", " \t "] {
            let c = try claims("قد\(gap)تؤدي الأمطار إلى السيول.")
            try #require(c.count == 1)
            #expect(c[0].flags.contains(.hedged), "gap \(Array(gap.unicodeScalars))")
        }
        let none = try claims("وقد  تأسست الجامعة في عام 2013.")
        try #require(none.count == 1)
        #expect(!none[0].flags.contains(.hedged))
    }

    @Test("an expression's opening literal and leading literals hold a single space between two letters, no other whitespace")
    func literalWithSpace() {
        func lit(_ p: String) -> String { String(decoding: RegexCues.openingLiteral(p), as: UTF16.self) }
        func leads(_ p: String) -> [String] { RegexCues.leads(p).map { String(decoding: $0.literal, as: UTF16.self) + "/\($0.back)" } }
        #expect(lit("من وجهه نظر(?= x)") == "من وجهه نظر")
        #expect(lit("قد ت(?<=x)") == "قد ت")
        #expect(lit("قد  ت") == "قد")             // two spaces: the literal stops at the word
        #expect(lit("قد[ \\t]ت") == "قد")
        #expect(lit("قد \\p{L}") == "قد")          // a space before syntax is no part of it
        #expect(leads("(?:من وجهه نظر|في نظر|براي)(?= )") == ["من وجهه نظر/0", "في نظر/0", "براي/0"])
    }
}
