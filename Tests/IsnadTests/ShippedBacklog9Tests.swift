import Testing
@testable import IsnadEngine
@testable import IsnadRules
import IsnadModel
import IsnadTestSupport

/// Items the earlier rounds noticed and left (issue 22, backlog9): each test is a made-up
/// sentence of the kind, read by the shipped pack.
@Suite("shipped pack: backlog9 (issue 22)")
struct ShippedBacklog9Tests {
    @Test("a number or a percentage of a group after its verb is the source whole, not the number alone")
    func percentageAfterVerb() throws {
        for (text, name) in [
            ("وقال 60% من المستطلعين إن الاقتصاد يتراجع.", "60% من المستطلعين"),
            ("وقال 60 في المائة من المستطلعين إن الاقتصاد يتراجع.", "60 في المائة من المستطلعين"),
            ("ويرى 70 بالمئة من الناخبين أن المرشح سيفوز.", "70 بالمئة من الناخبين"),
            ("ويرى نحو 40% من الناخبين أن المرشح سيفوز.", "نحو 40% من الناخبين"),
            ("وقالت نسبة 60% من المستطلعين إنهم يؤيدون القرار.", "نسبة 60% من المستطلعين"),
            ("وقال 12 من الأعضاء إن الاجتماع تأجل.", "12 من الأعضاء"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text)")
            #expect(c.sources.first?.text == name, "\(text): \(c.sources.map(\.text))")
        }
        // a number with no من and a group after it takes nothing more
        let c = try oneClaim("وقال 60% إن الاقتصاد يتراجع.")
        #expect(c.sources.first?.text == "60", "\(c.sources.map(\.text))")
    }

    @Test("a preposition glued to a group's word is no part of the source; a word's own first letter is")
    func gluedPreposition() throws {
        for (text, name) in [
            ("والتقى الوزير بعدد من المواطنين الذين أكدوا أن الخدمات تحسنت.", "عدد من المواطنين"),
            ("والتقى الأمير ببعض المواطنين الذين طالبوا بتحسين الخدمات.", "بعض المواطنين"),
            ("وقال بعض المواطنين إن الخدمات تحسنت.", "بعض المواطنين"),
        ] {
            let c = try oneClaim(text)
            #expect(c.label == .anonymous, "\(text)")
            #expect(c.sources.first?.text == name, "\(text): \(c.sources.map(\.text))")
        }
    }

    @Test("the complement of a verb that goes on (وأضاف) may stand up to sixteen words from it; تابع's and other verbs' twelve")
    func continuationReach() throws {
        let aside = "الذي شغل منصبه منذ عام 2010 في حكومة الرئيس السابق خلال فترة صعبة جدا في الداخل"
        // sixteen tokens of an aside (fifteen words and a year) between the subject and أن
        let added = try oneClaim("وأضاف الوزير \(aside) أن العمل مستمر.")
        #expect(added.label == .named, "\(added.sources.map(\.text))")
        #expect(added.sources.first?.text == "الوزير")
        // تابع is as often "watched, followed up": its reach stays twelve
        let went = try oneClaim("وتابع الوزير \(aside) أن العمل مستمر.")
        #expect(went.label == .unsourced)
        // past sixteen words the أن is another clause's
        let far = try oneClaim("وأضاف الوزير \(aside) وفي الخارج معا أن العمل مستمر.")
        #expect(far.label == .unsourced)
    }
}
