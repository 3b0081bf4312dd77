import Testing
import IsnadModel
import IsnadTestSupport

/// The lines below a speaker's colon at the end of a line (misses2, #22): a poem's verses with
/// their halves marked keep the poet over a verb of their own, and a document's full text
/// announced (`وفيما يلي نص البيان:`) goes on over a line with a cue of its own. Made-up
/// sentences read by the shipped pack.
@Suite("shipped pack: colon runs over lines")
struct ShippedColonRunTests {
    static let poem = """
        الحربي يرد على الدعوات بقصيدة
        كتب الشاعر سالم الحربي قصيدة، ردا على الدعوات التي انتشرت في بعض المدن للخروج في مسيرة كبيرة، حيث وجدت القصيدة صدى واسعا بين المتابعين، وجاء عنوان القصيدة “ليلة الحشد” التي تقول أبياتها:
        قالوا سنهدم يوما كل قافلة ***    ونبيع بين الناس أوهاما
        لا نرتضي ذلا على وطن ***   لا نرتضي للظلم أحكاما
        قالوا سنجمع حشدنا في ليلة *** فالليل يخفي عنهم الآلاما
        مهما يكن هذا الذي قد دبروا *** فغدا يراه الحاقدون ظلاما
        """

    @Test("a poem's verses with marked halves stay the poet's over a verb of saying of their own (قالوا، يراه): named to the poet")
    func markedVersesKeepPoet() throws {
        let c = try TestSupport.shippedClaims(Self.poem)
        // (the headline, the introduction, the four verses)
        try #require(c.count == 6, "\(c.count) claims")
        for v in c.dropFirst(2) {
            #expect(v.label == .named, "\(v.text): \(v.label)")
            #expect(v.sources.map(\.text).contains { $0.contains("سالم الحربي") }, "\(v.text): \(v.sources.map(\.text))")
        }
    }

    @Test("a prose line with a speaker of its own below the marked verses ends the poem's run: the line after it is the writer's")
    func proseSpeakerEndsVerses() throws {
        let text = Self.poem + "\nوأكد رئيس النادي الأدبي خالد العتيبي أن القصيدة لاقت إعجابا واسعا بين القراء في المنطقة.\nوتقام الأمسية الشعرية المقبلة في مقر النادي الأسبوع القادم."
        let c = try TestSupport.shippedClaims(text)
        try #require(c.count == 8, "\(c.count) claims")
        #expect(c[6].sources.map(\.text).contains { $0.contains("خالد العتيبي") }, "\(c[6].sources.map(\.text))")
        #expect(c[7].label == .unsourced, "\(c[7].label) \(c[7].sources.map(\.text))")
    }

    static let statement = """
        أصدرت وزارة الداخلية اليوم بيانا بشأن تنفيذ حكم في مهرب مخدرات بمنطقة تبوك وفيما يلي نص البيان :
        قال الله تعالى : (( وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ يَا أُولِي الْأَلْبَابِ )).
        وتمكنت الجهات الأمنية من القبض على المدعو سعيد العامري عند محاولته تهريب كمية من الحبوب المخدرة.
        ونفذ الحكم في الجاني يوم الخميس في محافظة تيماء بمنطقة تبوك.
        """

    @Test("a statement's full text after «وفيما يلي نص البيان :» goes on past a verse of scripture it quotes with a colon: the lines below are the ministry's")
    func documentTextPassesOwnCue() throws {
        let c = try TestSupport.shippedClaims(Self.statement)
        try #require(c.count == 4, "\(c.count) claims")
        #expect(c[1].label == .named, "\(c[1].label)")
        for u in c[2...] {
            #expect(u.label == .named, "\(u.text): \(u.label)")
            #expect(u.sources.map(\.text).contains { $0.contains("وزارة الداخلية") }, "\(u.text): \(u.sources.map(\.text))")
        }
    }

    @Test("a statement's full text ends at a blank line: the paragraph after it is the writer's")
    func documentTextEndsAtBlankLine() throws {
        let text = Self.statement + "\n\nوتشهد المنطقة حملات توعية مستمرة طوال العام في المدارس."
        let c = try TestSupport.shippedClaims(text)
        try #require(c.count == 5, "\(c.count) claims")
        #expect(c[3].label == .named, "\(c[3].label)")
        #expect(c[4].label == .unsourced, "\(c[4].label) \(c[4].sources.map(\.text))")
    }

    @Test("a speaker's «وقال:» ending its line is no document's text: a line below it with a colon cue of its own ends his run, and the line after that is the writer's")
    func speakerRunEndsAtOwnCue() throws {
        let text = """
            وتحدث مدير التعليم فهد القحطاني في الحفل وقال:
            المدارس جاهزة لاستقبال الطلاب مع بداية العام الدراسي.
            وقال الطالب ماجد السبيعي: سعدنا كثيرا بهذا الحفل الجميل.
            وشهد الحفل توزيع الجوائز على المتفوقين من الطلاب.
            """
        let c = try TestSupport.shippedClaims(text)
        try #require(c.count == 4, "\(c.count) claims")
        #expect(c[1].label == .named && c[1].sources.map(\.text).contains { $0.contains("فهد القحطاني") }, "\(c[1].label) \(c[1].sources.map(\.text))")
        #expect(c[3].label == .unsourced, "\(c[3].label) \(c[3].sources.map(\.text))")
    }
}
