import Foundation
import Testing
@testable import Isnad

/// Text as it arrives on day one (issue #25, item 1): URLs, domains, e-mail addresses, dotted
/// abbreviations, decimals and quoted ellipses in prose; Markdown files; `.gitignore` and
/// `exclude:` in directory walks; an article on standard input; `.audit.yaml`.
@Suite("day one: text as it arrives")
struct DayOneTests {
    static let dir = Support.root.appendingPathComponent("Fixtures/day-one").path
    let rules = ["--rules", Support.rules]

    func json(_ args: [String], in directory: String? = nil, stdin: String? = nil) throws -> (status: Int32, articles: [[String: Any]], stderr: String) {
        let r = try Support.run(rules + ["--format", "json", "--fail-on", "none"] + args, in: directory, stdin: stdin)
        let doc = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]
        return (r.status, (doc?["articles"] as? [[String: Any]]) ?? [], r.stderr)
    }

    /// `line:column kind text` of each unit.
    func units(_ a: [String: Any]) -> [String] {
        (a["units"] as? [[String: Any]] ?? []).map { "\($0["line"]!):\($0["column"]!) \($0["kind"]!) \($0["text"]!)" }
    }

    @Test("the archive gives exactly one unit per sentence, Markdown syntax left out, offsets in the file")
    func archive() throws {
        let r = try json([Self.dir])
        #expect(r.status == 0, "\(r.stderr)")
        let byPath = Dictionary(uniqueKeysWithValues: r.articles.map { ($0["path"] as! String, $0) })
        let links = try #require(byPath[Self.dir + "/links.txt"])
        #expect(units(links) == [
            "1:1 headline وزير النقل يعلن موعد افتتاح الجسر الجديد",
            "2:1 claim وقال الوزير في تغريدة على https://x.com/minister/status/123 إن الأسعار سترتفع.",
            "3:1 claim وذكر موقع aljazeera.net أن الاجتماع انتهى مساء الأحد.",
            "4:1 claim ونشرت الوكالة على www.spa.gov.sa بيانا أكدت فيه موعد الافتتاح.",
            "5:1 claim وقال مسؤول في وكالة سي. آي. أيه إن التقرير دقيق.",
            "5:50 claim وأفادت شبكة إن.بي.سي بأن الرئيس غادر العاصمة.",
            "6:1 claim وأوضحت وزارة الخارجية أن الوفد سيزور U.S. الأسبوع المقبل.",
            "7:1 claim وارتفع المؤشر 3.75 في المائة، وبلغت قيمة التداول 1.200.000 ريال.",
            "8:1 claim ودعت الوزارة المواطنين إلى التواصل عبر press@transport.gov.example للاستفسار.",
            "8:79 claim ويمكن الاطلاع على التفاصيل في https://transport.example/news?id=42&lang=ar قبل الموعد.",
            "9:1 claim وقال المتحدث باسم الوزارة: «لن نتراجع... وسنمضي قدما في الخطة» مؤكدا أن العمل مستمر.",
        ])
        let md = try #require(byPath[Self.dir + "/article.md"])
        #expect(units(md) == [
            "5:3 headline وزير النقل يعلن موعد افتتاح الجسر",
            "7:3 claim وقال الوزير في تغريدة على منصة إكس إن الجسر يفتتح الشهر المقبل.",
            "9:4 heading تفاصيل المشروع",
            "11:3 claim وأوضحت الوزارة أن التكلفة بلغت 2.5 مليار ريال.",
            "12:3 claim وقال مسؤول في الوزارة إن الأعمال انتهت بنسبة 95 في المائة.",
            "13:4 claim وأكدت الحكومة أن الطريق سيفتح للجميع.",
            "15:1 claim ويمكن متابعة التحديثات على transport.example وفي الموقع الرسمي للوزارة.",
        ])
        // start and end are offsets into the file as it is: the quoted text is the file's own
        let source = Array(try String(contentsOfFile: Self.dir + "/article.md", encoding: .utf8).unicodeScalars)
        for u in md["units"] as! [[String: Any]] {
            let s = u["start"] as! Int, e = u["end"] as! Int
            let original = String(String.UnicodeScalarView(source[s..<e]))
            let words = (u["text"] as! String).split(separator: " ")
            #expect(words.allSatisfy { original.contains($0) }, "\(original) / \(u["text"]!)")
        }
    }

    @Test("explain and the census read a Markdown article as the audit does")
    func markdownElsewhere() throws {
        let r = try Support.run(["explain", Self.dir + "/article.md:7", "--rules", Support.rules])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("L7:3") && r.stdout.contains("claim: \u{2068}وقال الوزير في تغريدة على منصة إكس إن الجسر يفتتح الشهر المقبل.\u{2069}"), "\(r.stdout)")
        let census = try Support.run(["rules", "census", "--rules", Support.rules, "--format", "json", Self.dir + "/article.md"])
        #expect(census.status == 0, "\(census.stderr)")
        // the audit's 7 units and 6 claims (read as plain text, the front matter alone would add units)
        let archive = ((try? JSONSerialization.jsonObject(with: Data(census.stdout.utf8))) as? [String: Any])?["archive"] as? [String: Any]
        #expect(archive?["units"] as? Int == 7 && archive?["claims"] as? Int == 6, "\(archive ?? [:])")
    }

    @Test("a URL or e-mail address is no cue and no outlet; the Arabic around it keeps its cues")
    func urlsAreNoCues() throws {
        let r = try json([Self.dir + "/links.txt"])
        let us = r.articles[0]["units"] as! [[String: Any]]
        func unit(_ line: Int) -> [String: Any] { us.first { $0["line"] as? Int == line }! }
        // the tweet sentence: named, its source the minister
        #expect(unit(2)["label"] as? String == "named")
        #expect((unit(2)["sources"] as? [[String: Any]])?.compactMap { $0["text"] as? String } == ["الوزير"])
        // `spa` inside www.spa.gov.sa does not name the Saudi Press Agency
        let evidence4 = (unit(4)["evidence"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(!evidence4.contains("outlet.spa"), "\(evidence4)")
    }

    @Test("'audit -' reads one article from standard input; --stdin-filename names it and says Markdown")
    func standardInput() throws {
        let text = "وقال الوزير في تغريدة على https://x.com/a/status/1 إن الأسعار سترتفع. وأضاف أن الخطة جاهزة."
        let r = try json(["-"], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.articles.count == 1)
        #expect(r.articles.first?["path"] as? String == "stdin")
        #expect(r.articles.first.map(units)?.count == 2)
        let named = try json(["-", "--stdin-filename", "desk/draft.md"], stdin: "# عنوان الخبر\n\n- وقال الوزير إن **الخطة** جاهزة.\n")
        #expect(named.articles.first?["path"] as? String == "desk/draft.md")
        #expect(named.articles.first.map(units) == ["1:3 headline عنوان الخبر", "3:3 claim وقال الوزير إن الخطة جاهزة."])
        // --input markdown reads standard input as Markdown without a name; --input text reads a .md name as text
        let forced = try json(["-", "--input", "markdown"], stdin: "- وقال الوزير إن الخطة جاهزة.\n")
        #expect(forced.articles.first.map(units) == ["1:3 claim وقال الوزير إن الخطة جاهزة."])
        let plain = try json(["-", "--input", "text", "--stdin-filename", "x.md"], stdin: "- وقال الوزير إن الخطة جاهزة.\n")
        #expect(plain.articles.first.map(units) == ["1:1 claim - وقال الوزير إن الخطة جاهزة."])
        // standard input among files keeps its place
        let mixed = try json([Self.dir + "/links.txt", "-"], stdin: text)
        #expect(mixed.articles.map { $0["path"] as? String } == [Self.dir + "/links.txt", "stdin"])
        // '-' twice, or --stdin-filename without '-', is a usage error
        let twice = try Support.run(rules + ["-", "-"], stdin: text)
        #expect(twice.status == 2 && twice.stderr.contains("'-' (standard input) can be given only once"), "\(twice.stderr)")
        let bad = try Support.run(rules + [Self.dir, "--stdin-filename", "x.txt"])
        #expect(bad.status == 2 && bad.stderr.contains("--stdin-filename names the article read from '-'"), "\(bad.stderr)")
        // --input jsonl with '-' is still a stream of records
        let jsonl = try json(["--input", "jsonl", "-"], stdin: "{\"id\": \"a\", \"text\": \"قال الوزير إن الخطة جاهزة.\"}\n{\"id\": \"b\", \"text\": \"ارتفعت الأسعار.\"}\n")
        #expect(jsonl.articles.map { $0["path"] as? String } == ["a", "b"])
    }

    @Test("walks honour .gitignore (nested, negated, above the walk in a repository) and exclude:, and skip node_modules; named files are audited")
    func ignores() throws {
        let repo = try Support.tempDir()
        let fm = FileManager.default
        let article = "قال الوزير إن الخطة جاهزة.\n"
        for d in [".git", "news/sub", "news/drafts", "news/node_modules/pkg", "news/private", "news/old", "news/only-md"] {
            try fm.createDirectory(atPath: repo + "/" + d, withIntermediateDirectories: true)
        }
        for f in ["news/a.txt", "news/b.md", "news/sub/c.md", "news/sub/keep.md", "news/drafts/d.txt", "news/node_modules/pkg/e.txt",
                  "news/private/f.txt", "news/old/g.txt", "news/scratch.txt", "news/only-md/h.md"] {
            try article.write(toFile: repo + "/" + f, atomically: true, encoding: .utf8)
        }
        // the repository's .gitignore, above the directory walked
        try "# drafts are not published\nnews/drafts/\n/news/scratch.txt\n".write(toFile: repo + "/.gitignore", atomically: true, encoding: .utf8)
        try "*.md\nprivate/\n".write(toFile: repo + "/news/.gitignore", atomically: true, encoding: .utf8)
        try "!keep.md\n".write(toFile: repo + "/news/sub/.gitignore", atomically: true, encoding: .utf8)
        try "exclude: [news/old/]\n".write(toFile: repo + "/.audit.yaml", atomically: true, encoding: .utf8)
        let r = try json(["news"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.articles.map { $0["path"] as! String } == ["news/a.txt", "news/sub/keep.md"])
        // a file named on the command line is audited though ignored
        let named = try json(["news/drafts/d.txt", "news/old/g.txt"], in: repo)
        #expect(named.articles.count == 2)
        // a directory named is walked though ignored; what is ignored inside it is skipped
        #expect(try json(["news/private"], in: repo).articles.map { $0["path"] as! String } == ["news/private/f.txt"])
        // a walk that finds nothing says so and exits 2; the rest of the run goes on
        let empty = try json(["news/only-md", "news/a.txt"], in: repo)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("news/only-md: no articles") && empty.stderr.contains("1 entry skipped by .gitignore"), "\(empty.stderr)")
        #expect(empty.articles.map { $0["path"] as! String } == ["news/a.txt"])
    }

    @Test(".audit.yaml is a configuration file; one directory holding both names is an error naming both")
    func yamlName() throws {
        let dir = try Support.tempDir()
        try "قال الوزير إن الخطة جاهزة. وارتفعت الأسعار.\n".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "fail_on: [unsourced]\n".write(toFile: dir + "/.audit.yaml", atomically: true, encoding: .utf8)
        let r = try Support.run(rules + ["--format", "line", "a.txt"], in: dir)
        #expect(r.status == 1, "the .audit.yaml policy fails the unsourced claim: \(r.stderr)")
        try "fail_on: none\n".write(toFile: dir + "/.audit.yml", atomically: true, encoding: .utf8)
        let both = try Support.run(rules + ["--format", "line", "a.txt"], in: dir)
        #expect(both.status == 2)
        #expect(both.stderr.contains(".audit.yml and ") && both.stderr.contains(".audit.yaml exist"), "\(both.stderr)")
    }
}
