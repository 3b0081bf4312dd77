import Foundation

/// A made-up archive for the census: an invented reporting verb (غمغم, 20 times before a
/// complement, in several forms, by named speakers), an invented outlet (صحيفة الفجر الجديد,
/// 10 times), and smaller distractors that must rank below them.
public enum CensusArchive {
    public static let names = ["خالد العمري", "سعيد الزهراني", "فهد القحطاني", "ماجد الشمري", "نايف العتيبي",
                        "عادل الحربي", "تركي المالكي", "بندر الغامدي", "وليد الدوسري", "ياسر السبيعي"]
    /// Twenty claims with غمغم in its forms, each heading a complement (أن، بأن، أنه، إن، a colon and a quotation).
    public static func ghamghama(_ k: Int) -> String {
        let n = names[k % names.count]
        switch k % 5 {
        case 0: return "وغمغم المهندس \(n) بأن المشروع سيكتمل قبل الموعد."
        case 1: return "وغمغمت وزارة المياه أن الإمدادات ستعود خلال أيام."
        case 2: return "ويغمغم المدير \(n) أنه لن يتراجع عن قراره."
        case 3: return "وغمغم رئيس البلدية \(n) إن الطرق ستفتح قريبا."
        default: return "وتغمغم هيئة الطرق بأنها أنهت أعمال الصيانة."
        }
    }
    /// The articles, by file name: ten with غمغم twice and صحيفة الفجر الجديد once; three that
    /// name الفجر الجديد as the subject of a verb, without an outlet word (named until a rule
    /// knows the outlet); distractors seen fewer times: the verb زمجر, the magazine الأفق
    /// البعيد, the speakers المزارعون, a quotation after همهم.
    public static var articles: [(name: String, text: String)] {
        var out: [(String, String)] = []
        for k in 0..<10 {
            var lines = ["تطورات جديدة في ملف الخدمات بالمدينة"]
            lines.append(ghamghama(2 * k))
            lines.append(k % 2 == 0 ? "وقالت صحيفة الفجر الجديد إن الأسعار سترتفع الشهر المقبل." : "وذكرت صحيفة الفجر الجديد أن العمل في المشروع مستمر.")
            lines.append("وشهدت المدينة أمطارا غزيرة طوال الأسبوع.")
            lines.append(ghamghama(2 * k + 1))
            if k < 4 { lines.append("وزمجر المدرب \(names[k]) بأن الفريق سيعود أقوى.") }
            if k < 4 { lines.append("وقال المزارعون إن المحصول تأثر بالجفاف.") }
            if k < 3 { lines.append("وأضافت مجلة الأفق البعيد أن الموسم كان صعبا.") }
            if k < 3 { lines.append("ثم همهم \"لا أحد يعرف ما الذي سيحدث بعد ذلك\".") }
            out.append((String(format: "a%02d.txt", k), lines.joined(separator: "\n") + "\n"))
        }
        for k in 0..<3 {
            out.append((String(format: "b%02d.txt", k), "أخبار الاقتصاد اليوم\nوذكرت الفجر الجديد أن البنوك رفعت الفائدة.\n"))
        }
        return out
    }

    /// Writes the archive into a new directory; returns it.
    public static func write() throws -> String {
        let dir = try TestSupport.tempDir() + "/archive"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in articles { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    /// The archive as JSON lines ({"id", "text"}).
    public static var jsonl: String {
        articles.map { a in
            let data = try! JSONSerialization.data(withJSONObject: ["id": a.name, "text": a.text], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    /// A larger generated archive (beyond the two-job window of 64 articles), for determinism.
    public static func large(_ n: Int) -> [(name: String, text: String)] {
        let verbs = ["غمغم", "زمجر", "همهم", "دمدم", "تمتم"]
        let outlets = ["الفجر الجديد", "الأفق البعيد", "النجم الساطع"]
        return (0..<n).map { k in
            var lines = ["خبر رقم \(k) عن الخدمات"]
            for j in 0..<(1 + k % 3) {
                let v = verbs[(k * 7 + j) % verbs.count]
                lines.append("و\(v) المدير \(names[(k + j) % names.count]) بأن الخدمة رقم \(k * 3 + j) ستتحسن.")
            }
            if k % 4 == 0 { lines.append("وقالت صحيفة \(outlets[k % outlets.count]) إن التقرير رقم \(k) صدر.") }
            if k % 5 == 0 { lines.append("وقال المزارعون إن الموسم رقم \(k) كان جيدا.") }
            return (String(format: "g%03d.txt", k), lines.joined(separator: "\n") + "\n")
        }
    }
}
