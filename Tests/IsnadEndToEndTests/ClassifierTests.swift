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

    @Test("two or three reporters' names, «،» or «و» between them, before a dash and the outlet are a byline; a clause, a verb inside a name, two names read as verbs, a fourth name or a long part stay a claim (backlog15, mends33)")
    func dashedReportersOutlet() {
        for credit in ["محمد السريعي، فيصل المخلفي – عين اليوم", "داليا أبوالعيش، عمر إبراهيم، سارة علي - سبق",
                       "داليا أبوالعيش وعمر إبراهيم ويحيى السالم – عين اليوم", "داليا أبوالعيش و فيصل المخلفي – عين اليوم"] {
            #expect(kinds("عنوان الخبر هنا\n\(credit)\nافتتح الفنان الحفل أمس.") == [.headline, .byline, .claim], "\(credit)")
        }
        // (review35 #1: two clauses, each opening with its verb; two names read as verbs — at most one)
        for line in ["وصل الوزير، وغادر الوفد – سبق", "يصل الوفد غدا، ويغادر الوزير – عين اليوم", "ارتفعت الأسعار، وتراجع الطلب – الرياض",
                     "فيصل المخلفي، ياسر الحربي – عين اليوم", "الوزير يصل، والوفد يغادر – رويترز",
                     "داليا أبوالعيش، عمر إبراهيم، سارة علي، فيصل المنصور - سبق", "قال داليا أبوالعيش، عمر إبراهيم – عين اليوم"] {
            #expect(kinds("عنوان الخبر هنا\n\(line)\nافتتح الفنان الحفل أمس.") == [.headline, .claim, .claim], "\(line)")
        }
    }

    @Test("a reporter–outlet credit as the article's last line stays what it was: a byline there would depend on what follows (PropertyTests: appending a paragraph changes no unit before it); clauses closing with an outlet stay claims")
    func dashedReportersOutletAtFoot() {
        let body = "عنوان الخبر هنا\nافتتح الفنان الحفل أمس.\nوحضر الحفل جمهور كبير.\nوشارك فيه عدد من الفنانين.\nواستمر الحفل ساعتين.\nوغادر الجمهور بعد منتصف الليل.\n"
        for line in ["محمد السريعي، فيصل المخلفي – عين اليوم", "ارتفعت الأسعار - الرياض", "ارتفعت الأسعار، وتراجع الطلب – الرياض",
                     "وصل الوزير، وغادر الوفد – سبق", "محمد السريعي، أريج زياد - الرياض"] {
            let alone = kinds(body + line), followed = kinds(body + line + "\nوعاد الجمهور في اليوم التالي.")
            #expect(alone.last != .byline, "\(line)")
            #expect(Array(followed.dropLast()) == alone, "\(line)")
        }
    }

    @Test("'more by the author' makes the rest of the article furniture")
    func rest() {
        #expect(kinds("عنوان الخبر\nقال الوزير إن الطريق مفتوح.\nمقالات أخرى للكاتب\nعنوان مقال آخر\nوعنوان ثالث.") ==
                [.headline, .claim, .boilerplate, .boilerplate, .boilerplate])
    }
}
