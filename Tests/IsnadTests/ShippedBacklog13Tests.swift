import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadTestSupport

/// Misreadings left from the last stop (backlog13): each a made-up sentence of the kind, read by
/// the shipped pack. (The told-to paper taken for the own outlet is left as it was: see CHANGELOG.)
@Suite("shipped pack: backlog13")
struct ShippedBacklog13Tests {
    @Test("an adverb pair after a title (جملة وتفصيلا، قطعيا وتماما) is no part of the denier's name, whatever the verb")
    func adverbPairAfterTitle() throws {
        for text in ["ونفى الوزير جملة وتفصيلا ما تردد عن استقالته.", "ونفت الوزارة جملة وتفصيلا ما نشر عن الصفقة.",
                     "ونفى المتحدث قطعيا وتماما ما تردد عن الصفقة.", "ورفض الوزير جملة وتفصيلا ما تردد عن الصفقة."] {
            let c = try oneClaim(text)
            #expect(c.label == .denied, "\(text): \(c.label)")
            #expect(c.sources.count == 1 && !(c.sources.first?.text.contains("جملة") ?? true) && !(c.sources.first?.text.contains("قطعيا") ?? true),
                    "\(text): \(c.sources.map(\.text))")
        }
        // a title and a name after it stay one source
        let named = try oneClaim("ونفى الوزير خالد العلي ما تردد عن استقالته.")
        #expect(named.sources.map(\.text) == ["الوزير خالد العلي"], "\(named.sources.map(\.text))")
    }

    @Test("علي after a verb that takes على is the preposition before an افتعال verbal noun of a ل root (التزام) and a noun a rule knows")
    func aliPrepositionBeforeIftial() throws {
        for (text, label, source) in [("وأكد المسؤول علي التزام الحكومة بتنفيذ المشروع.", Label.anonymous, "المسؤول"),
                                      ("وأكد الوزير علي التزام الحكومة بتنفيذ المشروع.", .named, "الوزير"),
                                      ("وشدد الرئيس علي التحاق الطلاب بالمدارس في موعدهم.", .named, "الرئيس")] {
            let c = try oneClaim(text)
            #expect(c.label == label, "\(text): \(c.label)")
            #expect(c.sources.map(\.text) == [source], "\(text): \(c.sources.map(\.text))")
        }
        // (a bare علق after a speaker, علي الأمر: the preposition, the bare verb goes on from the speaker)
        let c = try TestSupport.shippedClaims("وقال الوزير خالد العلي إن المشروع تأخر.\nوعلق علي الأمر قائلا إن الحكومة ستنفذه.")
        #expect(c.count == 2 && c[1].label == .named, "\(c.map(\.label))")
        #expect(c.last?.sources.map(\.text) == ["الوزير خالد العلي"], "\(c.last?.sources.map(\.text) ?? [])")
        // a family name with the article after علي keeps the name (الحرقان: no ت after ال)
        let name = try oneClaim("وأكد الشيخ علي الحرقان أن العمل مستمر.")
        #expect(name.sources.first?.text == "الشيخ علي الحرقان", "\(name.sources.map(\.text))")
    }

    @Test("نقل with a person or a thing as its object and no content (عن، أن، قوله) is carrying: no speaker")
    func naqalaTransport() throws {
        for text in ["ونقل مدير الهلال الأحمر المصابين إلى المستشفى.", "ونقل مدير الهلال الأحمر في المحافظة المصابين إلى المستشفى.",
                     "ونقلت فرق الهلال الأحمر المصابين إلى المستشفى.", "ونقل مدير الهلال الأحمر المصابين من الموقع."] {
            let c = try oneClaim(text)
            #expect(c.label == .unsourced, "\(text): \(c.label) \(c.sources.map(\.text))")
        }
        // with عن and a source after it, a relay
        let relay = try oneClaim("ونقل مدير الهلال الأحمر عن المسعفين قولهم إن الحريق بدأ ليلا.")
        #expect(relay.label != .unsourced)
        // with من, a source the rules know and a content after it (علمت الصحيفة من مصدر أمني أن …)
        let learned = try oneClaim("وعلمت الصحيفة من مصدر أمني أن المعارك توقفت.")
        #expect(learned.label == .anonymous, "\(learned.label)")
    }
}
