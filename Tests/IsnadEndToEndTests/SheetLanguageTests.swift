import Foundation
import Testing
@testable import Isnad

/// `--lang` and `lang:`: the HTML and Markdown sheets (and their index) in Arabic by default
/// or in English; the CI formats stay English.
@Suite("--lang: the sheet in the editor's language")
struct SheetLanguageTests {
    static let article = "قال مسؤول أمريكي إن اللقاء تم.\nوارتفعت أسعار الذهب في الأسواق العالمية أمس.\nوقال وزير المالية محمد الجدعان إن الميزانية متوازنة.\n"

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("HTML and Markdown sheets are Arabic by default and English with --lang en; text, line and JSON stay English")
    func defaultsAndFlag() throws {
        let dir = try Support.tempDir()
        try write(Self.article, dir + "/a.txt")
        let rules = ["--rules", Support.rules, "--fail-on", "none"]
        let html = try Support.run(rules + ["--format", "html", dir + "/a.txt"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<html dir=\"rtl\" lang=\"ar\">") && html.stdout.contains("<h1>تدقيق مصادر <bdi>a.txt</bdi></h1>"))
        #expect(html.stdout.contains("<h2>المعلومات</h2>") && html.stdout.contains("مصدر مسمّى") && !html.stdout.contains(">Claims<"))
        let en = try Support.run(rules + ["--format", "html", "--lang", "en", dir + "/a.txt"])
        #expect(en.stdout.contains("<html dir=\"ltr\" lang=\"en\">") && en.stdout.contains("<h1>Audit of <bdi>a.txt</bdi></h1>") && en.stdout.contains("<h2>Claims</h2>"))
        let md = try Support.run(rules + ["--format", "markdown", dir + "/a.txt"])
        #expect(md.stdout.hasPrefix("# تدقيق مصادر a.txt") && md.stdout.contains("## كل المعلومات") && md.stdout.contains("| بلا مصدر |"))
        let mdEn = try Support.run(rules + ["--format", "markdown", "--lang", "en", dir + "/a.txt"])
        #expect(mdEn.stdout.hasPrefix("# Audit of a.txt") && mdEn.stdout.contains("## All claims"))
        // the CI formats are English (and JSON keys never change), whatever --lang says
        for lang in [[], ["--lang", "ar"]] {
            let text = try Support.run(rules + lang + [dir + "/a.txt"])
            #expect(text.stdout.contains("Audit of") && !text.stdout.contains("تدقيق مصادر"))
            let json = try Support.run(rules + lang + ["--format", "json", dir + "/a.txt"])
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let units = ((doc["articles"] as! [[String: Any]])[0]["units"] as? [[String: Any]]) ?? []
            #expect(!units.isEmpty && units.allSatisfy { ($0["label"] as? String).map { Label(rawValue: $0) != nil } ?? true })
        }
        let bad = try Support.run(rules + ["--format", "html", "--lang", "fr", dir + "/a.txt"])
        #expect(bad.status == 2 && bad.stderr.contains("fr") && bad.stderr.contains("--lang"), "\(bad.stderr)")
    }

    @Test("with -o the index is in the sheets' language: an Arabic summary sentence with its plurals, or English")
    func index() throws {
        let dir = try Support.tempDir()
        for n in ["a", "b", "c"] { try write(Self.article, dir + "/\(n).txt") }
        let rules = ["--rules", Support.rules, "--fail-on", "none"]
        let out = dir + "/ar"
        let r = try Support.run(rules + ["-o", out, "--format", "html,markdown", dir + "/a.txt", dir + "/b.txt", dir + "/c.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(html.contains("<html dir=\"rtl\" lang=\"ar\">") && html.contains("<h1>فهرس التدقيق</h1>"))
        #expect(html.contains("3 مقالات، فيها 9 معلومات، وكلها تجتاز المعايير."), "\(html)")
        let md = try String(contentsOfFile: out + "/index.md", encoding: .utf8)
        #expect(md.hasPrefix("# فهرس التدقيق") && md.contains("| المقال | المعلومات | بلا مصدر | مصدر مجهّل |"))
        let en = dir + "/en"
        _ = try Support.run(rules + ["-o", en, "--lang", "en", "--format", "html,json", dir + "/a.txt", dir + "/b.txt"])
        let enIndex = try String(contentsOfFile: en + "/index.html", encoding: .utf8)
        #expect(enIndex.contains("<html dir=\"ltr\" lang=\"en\">") && enIndex.contains("2 articles, 6 claims, 0 failing articles."))
        // no sheet format asked for: the Markdown index follows --lang too
        let json = dir + "/json"
        _ = try Support.run(rules + ["-o", json, "--lang", "en", "--format", "json", dir + "/a.txt", dir + "/b.txt"])
        #expect(try String(contentsOfFile: json + "/index.md", encoding: .utf8).hasPrefix("# Audit index"))
    }

    @Test("lang: in .audit.yml sets the sheets' language, the flag beats it, audit config names its origin; a bad value is an error at its line and column")
    func configuration() throws {
        let root = try Support.tempDir()
        try write("lang: en\n", root + "/.audit.yml")
        try write(Self.article, root + "/a.txt")
        let rules = ["--rules", Support.rules, "--fail-on", "none"]
        let en = try Support.run(rules + ["--format", "html", "a.txt"], in: root)
        #expect(en.stdout.contains("<html dir=\"ltr\" lang=\"en\">"), "\(en.stderr)")
        let ar = try Support.run(rules + ["--format", "html", "--lang", "ar", "a.txt"], in: root)
        #expect(ar.stdout.contains("<html dir=\"rtl\" lang=\"ar\">"))
        let c = try Support.run(["config", root + "/a.txt"])
        #expect(c.stdout.contains("lang                     en") && c.stdout.contains("# \(root)/.audit.yml:1:1"), "\(c.stdout)")
        let flag = try Support.run(["config", "--lang", "ar", root + "/a.txt"])
        #expect(flag.stdout.split(separator: "\n").contains { $0.hasPrefix("lang                     ar") && $0.hasSuffix("# command line") }, "\(flag.stdout)")
        let none = try Support.tempDir()
        let d = try Support.run(["config", none])
        #expect(d.stdout.split(separator: "\n").contains { $0.hasPrefix("lang ") && $0.contains("ar (sheets)") && $0.hasSuffix("# default") }, "\(d.stdout)")
        try write("format: html\nlang: arabic\n", root + "/.audit.yml")
        let bad = try Support.run(rules + ["a.txt"], in: root)
        #expect(bad.status == 2 && bad.stderr.contains("\(root)/.audit.yml:2:7: error: 'lang' must be one of ar, en"), "\(bad.stderr)")
    }
}
