import Testing
@testable import Isnad

@Suite("Unit classifier")
struct ClassifierTests {
    func kinds(_ text: String) -> [UnitKind] { Support.audit(text).units.map(\.kind) }

    @Test("headline, heading, boilerplate, caption, byline and claim")
    func kindsOfUnits() {
        let text = """
        إيلون ماسك يعقد محادثات سرية مع السفير الإيراني
        عين اليوم – باريس
        عقد ماسك اجتماعا سريا مع السفير الإيراني.

        خطوة جريئة في الدبلوماسية

        اقرأ أيضا.. رسائل مسربة تكشف عن رهاب غير عادي
        ناقلة نفط إيرانية (صورة أرشيفية)
        ADVERTISEMENT
        ساهمت مراسلة وكالة أسوشييتد برس في إعداد هذا التقرير.
        """
        #expect(kinds(text) == [.headline, .byline, .claim, .heading, .boilerplate, .caption, .boilerplate, .byline])
    }

    @Test("a short line with a finite verb is a claim, not a heading")
    func verbLine() {
        #expect(kinds("عنوان الخبر\nإيلون ماسك يتوسط في محادثات سرية\nنص الخبر هنا وهو طويل بما يكفي.") == [.headline, .claim, .claim])
    }

    @Test("a reporter's name read as a verb (فيصل as ف + يصل, ياسر in ي) before a dash and the outlet is a byline; a verb line with a dash and no outlet after it stays a claim")
    func dashedReporterOutlet() {
        #expect(kinds("عنوان الخبر هنا\nفيصل المخلفي – عين اليوم\nافتتح الفنان الحفل أمس.") == [.headline, .byline, .claim])
        #expect(kinds("عنوان الخبر هنا\nياسر الحربي - سبق\nافتتح الفنان الحفل أمس.") == [.headline, .byline, .claim])
        #expect(kinds("عنوان الخبر هنا\nيفوز الهلال – بثلاثية\nافتتح الفنان الحفل أمس.") == [.headline, .claim, .claim])
        // a sentence closing with its outlet after the dash is no credit (review28): a cue of saying
        // before the dash, or more than a name's four words
        #expect(kinds("عنوان الخبر هنا\nقال الوزير إن الاتفاق بات قريبا - رويترز\nافتتح الفنان الحفل أمس.") == [.headline, .claim, .claim])
        #expect(kinds("عنوان الخبر هنا\nيصل الوفد إلى الرياض غدا لبحث الاتفاق – عين اليوم\nافتتح الفنان الحفل أمس.") == [.headline, .claim, .claim])
        #expect(kinds("عنوان الخبر هنا\nأكد المدير أن العمل انتهى - سبق\nافتتح الفنان الحفل أمس.") == [.headline, .claim, .claim])
    }

    @Test("two or three reporters' names, «،» or «و» between them, before a dash and the outlet are a byline; a verb inside a name, a fourth name or a long part stay a claim (backlog15)")
    func dashedReportersOutlet() {
        for credit in ["فيصل المخلفي، ياسر الحربي – عين اليوم", "فيصل المخلفي، ياسر الحربي، يحيى السالم - سبق",
                       "فيصل المخلفي وياسر الحربي ويحيى السالم – عين اليوم", "فيصل المخلفي و ياسر الحربي – عين اليوم"] {
            #expect(kinds("عنوان الخبر هنا\n\(credit)\nافتتح الفنان الحفل أمس.") == [.headline, .byline, .claim], "\(credit)")
        }
        for line in ["الوزير يصل، والوفد يغادر – رويترز", "فيصل المخلفي، ياسر الحربي، يحيى السالم، يزيد العلي - سبق",
                     "يصل الوفد إلى الرياض غدا، ويغادر الوزير – عين اليوم", "قال فيصل المخلفي، ياسر الحربي – عين اليوم"] {
            #expect(kinds("عنوان الخبر هنا\n\(line)\nافتتح الفنان الحفل أمس.") == [.headline, .claim, .claim], "\(line)")
        }
    }

    @Test("'more by the author' makes the rest of the article furniture")
    func rest() {
        #expect(kinds("عنوان الخبر\nقال الوزير إن الطريق مفتوح.\nمقالات أخرى للكاتب\nعنوان مقال آخر\nوعنوان ثالث.") ==
                [.headline, .claim, .boilerplate, .boilerplate, .boilerplate])
    }
}
