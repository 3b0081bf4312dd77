import Foundation
import Testing
@testable import Isnad

@Suite("Markdown reader")
struct MarkdownReaderTests {
    /// The text read, as a string, and the heading lines.
    func read(_ s: String) -> (String, Set<Int>) {
        let (t, h) = MarkdownReader.read(Array(s.unicodeScalars))
        return (String(String.UnicodeScalarView(t)), h)
    }

    @Test("syntax is blanked in place: every scalar keeps its offset, every line its number")
    func offsets() {
        let source = "---\ntitle: خبر\n---\n# عنوان *الخبر*\n\n> - قال [الوزير](https://x.com/a) إن `الخطة` جاهزة.\r\n1. وأكد **المسؤول** ذلك.\n"
        let (text, headings) = read(source)
        let a = Array(source.unicodeScalars), b = Array(text.unicodeScalars)
        #expect(a.count == b.count)
        // only syntax changed, and only to spaces; line breaks are where they were
        for i in a.indices where a[i] != b[i] { #expect(b[i] == " ", "offset \(i): \(a[i]) -> \(b[i])") }
        #expect(a.indices.filter { a[$0] == "\n" || a[$0] == "\r" } == b.indices.filter { b[$0] == "\n" || b[$0] == "\r" })
        // lines split by scalar: "\r\n" is one Character
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(lines[0] == "" && lines[1] == "" && lines[2] == "", "front matter blanked: \(lines)")
        #expect(lines[3] == "عنوان  الخبر")
        #expect(lines[5].split(separator: " ").joined(separator: " ") == "قال الوزير إن الخطة جاهزة.")
        #expect(lines[6].split(separator: " ").joined(separator: " ") == "وأكد المسؤول ذلك.")
        // a claim's words stand at their offsets in the original
        let at = b.firstIndex(of: "ق")!
        #expect(a[at] == "ق" && a[at - 1] == " " && a[at - 2] == "-")
        #expect(headings == [3])
    }

    @Test("setext headings, code fences, tables, reference definitions, images and tags")
    func blocks() {
        let (text, headings) = read("عنوان الخبر\n===\n\n```\ncode. here.\n```\n| قال | الوزير |\n|---|---|\n[ref]: https://x.com\n![صورة](a.png) نص <b>مهم</b> <!-- verified: هاتفيا -->\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: " ").joined(separator: " ") }
        #expect(headings == [0])
        #expect(lines[1] == "" && lines[3] == "" && lines[4] == "" && lines[5] == "")
        #expect(lines[6] == "قال الوزير" && lines[7] == "" && lines[8] == "")
        // the comment stays: a verified marker is read from it
        #expect(lines[9] == "نص مهم <!-- verified: هاتفيا -->")
    }

    @Test("emphasis markers go; underscores and asterisks inside words and URLs stay")
    func emphasis() {
        let (text, _) = read("قال *الوزير* و__المسؤول__ إن ~~الخطة~~ جاهزة على https://x.com/some_user و 3 * 4.\n")
        #expect(text.split(separator: " ").joined(separator: " ") == "قال الوزير و__المسؤول إن الخطة جاهزة على https://x.com/some_user و 3 * 4.\n")
    }

    @Test("the file name says Markdown")
    func markupOfName() {
        #expect(ArticleMarkup.of(path: "a/b.md") == .markdown && ArticleMarkup.of(path: "B.MARKDOWN") == .markdown)
        #expect(ArticleMarkup.of(path: "a.txt") == .text && ArticleMarkup.of(path: "stdin") == .text)
    }

    @Test("a Markdown article: headings are heading units, offsets point into the file")
    func audited() throws {
        let source = "# الوزير يعلن الخطة\n\n## تفاصيل جديدة عن الخطة الحكومية\n\n- وقال [الوزير](https://x.com/m) إن **الخطة** جاهزة.\n"
        let a = try Support.auditor.audit(bytes: Array(source.utf8), path: "a.md", markup: .markdown)
        #expect(a.units.map(\.kind) == [.headline, .heading, .claim])
        #expect(a.units[2].text == "وقال الوزير إن الخطة جاهزة.")
        #expect(a.units[2].line == 5 && a.units[2].column == 3)
        #expect(a.text.string == source && a.text.scalarCount == source.unicodeScalars.count, "the sheets quote the file as it is")
        var cursor = UTF8Cursor(start: a.text.start)
        #expect(String(decoding: cursor.slice(a.units[2].span.start..<a.units[2].span.end, of: a.text), as: UTF8.self).hasPrefix("وقال ["))
    }
}
