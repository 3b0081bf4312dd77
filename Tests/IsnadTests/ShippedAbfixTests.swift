import Foundation
import Testing
@testable import Isnad
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// What the corpus A/B of last stop's merged state found wrong (abfix), through the whole
/// pipeline with the shipped pack: a basis of knowledge that opens the source's own words
/// (the kin, the one in charge, the eyewitness) is part of the source, not its end.
@Suite("shipped pack: the merged state's corpus A/B (abfix)")
struct ShippedAbfixTests {
    func unit(_ text: String) throws -> AuditedUnit {
        try #require(try TestSupport.shippedClaims(text).first)
    }

    @Test("a kin speaker keeps his source (وقال والد الشهيد إن، وأضافت والدة الطفل:)")
    func kinSpeaker() throws {
        for (text, source) in [
            ("وقال والد الشهيد إن ابنه كان بارا بوالديه.", "والد الشهيد"),
            ("وأضافت والدة الطفل سالم: \"نريد أن نعرف الحقيقة\".", "والدة الطفل سالم"),
            ("وقال شقيق الضحية إن أخاه خرج من البيت صباحا.", "شقيق الضحية"),
        ] {
            let u = try unit(text)
            #expect(u.label != .unsourced, "\(text)")
            #expect(u.sources.map(\.text).contains(source), "\(text): \(u.sources.map(\.text))")
        }
    }

    @Test("the own-story noun still ends the teller's words (روى لاجئ سوري حكايته)")
    func ownStoryNounStops() throws {
        let u = try unit("وروى لاجئ سوري حكايته مع المهربين في البحر.")
        #expect(u.sources.map(\.text) == ["لاجئ سوري"])
        #expect(u.flags.contains(.basisGiven))
    }
}
