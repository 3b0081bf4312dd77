import Foundation
import Testing
@testable import Isnad
@testable import IsnadReport
@testable import IsnadText

@Suite("Reporters")
struct ReporterTests {
    static let articles = [
        Support.auditor.audit(text: "قال مسؤول أمريكي إن اللقاء تم.\nوارتفعت الأسعار.", path: "a.txt"),
        Support.auditor.audit(text: "وقال الوزير خالد الفالح إن الإنتاج سيرتفع.", path: "b.txt"),
    ]

    @Test("a long article's JSON object goes to the output in pieces as it is written (never held whole), the same bytes as written at once")
    func jsonSpillsLongArticle() throws {
        let text = (0..<6000).map { "قال مسؤول رقم \($0) إن الاجتماع انتهى دون اتفاق." }.joined(separator: "\n")
        let audit = Support.auditor.audit(text: text, path: "long.txt")
        for (reporter, pretty) in [(JSONReporter(pretty: true) as any Reporter, true), (JSONReporter(pretty: false), false), (JSONLReporter(), false)] {
            var whole = JSONWriter(pretty: pretty, open: reporter is JSONLReporter ? [] : [true, false])
            JSONReporter.write(audit, &whole)
            var expected = whole.out
            if reporter is JSONLReporter { expected.append(0x0A) }
            #expect(expected.count > 3 * JSONReporter.spillBytes, "\(expected.count)")
            var chunks: [[UInt8]] = []
            var out = ReportOutput(chunk: 1 << 16) { chunks.append($0) }
            reporter.article(audit, position: 0, &out)
            // handed to the sink before the article was done: no piece holds the whole object
            #expect(chunks.count > 2 && chunks.allSatisfy { $0.count < 2 * JSONReporter.spillBytes })
            out.flush()
            #expect(Array(chunks.joined()) == expected)
        }
    }

    @Test("a long article's text sheet goes to the output in pieces as it is written (never held whole as a string), the same bytes as the sheet built at once")
    func textSpillsLongArticle() throws {
        let text = (0..<3000).map { "قال مسؤول رقم \($0) إن الاجتماع انتهى دون اتفاق." }.joined(separator: "\n")
        let audit = Support.auditor.audit(text: text, path: "long.txt")
        for reporter in [TextReporter(color: false), TextReporter(color: true)] {
            let expected = Array((reporter.article(audit) + "\n").utf8)
            var chunks: [[UInt8]] = []
            var out = ReportOutput(chunk: 1 << 12) { chunks.append($0) }
            reporter.article(audit, position: 0, &out)
            // handed to the sink while the article was written: many pieces, none near the whole sheet
            #expect(expected.count > 64 * (1 << 12), "\(expected.count)")
            #expect(chunks.count > 16 && chunks.allSatisfy { $0.count < 2 * (1 << 12) })
            out.flush()
            #expect(Array(chunks.joined()) == expected)
        }
    }

    @Test("JSON streamed article by article through a small buffer equals the report built in memory, and parses")
    func jsonStreams() throws {
        let run = AuditRun(articles: Self.articles, failures: [InputFailure(path: "c.txt", message: "not a text file")])
        let whole = JSONReporter().report(run)
        var chunks: [[UInt8]] = []
        var out = ReportOutput(chunk: 64) { chunks.append($0) }
        let reporter = JSONReporter()
        var totals = RunTotals()
        reporter.begin(&out)
        for a in Self.articles { reporter.article(a, position: totals.articles, &out); totals.add(a) }
        totals.failures = run.failures
        reporter.end(totals, &out)
        out.flush()
        #expect(chunks.count > 1)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == whole)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
        #expect((object["articles"] as? [Any])?.count == 2)
        let totalsObject = try #require(object["totals"] as? [String: Any])
        #expect(totalsObject["claims"] as? Int == 3)
        #expect(totalsObject["errors"] as? Int == 1)
        // an empty run is valid JSON too
        let empty = JSONReporter().report(AuditRun(articles: []))
        #expect(try JSONSerialization.jsonObject(with: Data(empty.utf8)) is [String: Any])
    }

    @Test("JSON strings escape quotes, backslashes, controls and U+2028/U+2029 and keep Arabic as is")
    func jsonEscapes() throws {
        let raw = "قال \"x\" \\ \n\t\u{1B}[31m \u{2028}\u{2029} «نص» \u{7F}"
        let quoted = JSONWriter.quote(raw)
        #expect(quoted == "\"قال \\\"x\\\" \\\\ \\n\\t\\u001b[31m \\u2028\\u2029 «نص» \\u007f\"")
        let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
        #expect(back == raw)
    }

    @Test("JSON strings written from scalars equal those written from UTF-8, at every boundary of the encoding")
    func jsonScalarsAgreeWithUTF8() {
        // the scalar path writes ASCII and two-byte characters without a branch: its edges
        // (controls, quote, backslash, DEL, U+0080, U+07FF / U+0800, U+2028, astral) must escape as the UTF-8 path does
        let edges: [UInt32] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xAB,
                               0x627, 0x644, 0x7FF, 0x800, 0x2027, 0x2028, 0x2029, 0x202A, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
        let scalars = edges.compactMap(Unicode.Scalar.init)
        for a in scalars {
            for b in scalars {
                let s: [Unicode.Scalar] = [a, "\u{0628}", b, " ", a]
                var w = JSONWriter(pretty: false)
                w.quote(scalars: s[...])
                var text = String.UnicodeScalarView(); text.append(contentsOf: s)
                #expect(String(decoding: w.out, as: UTF8.self) == JSONWriter.quote(String(text)), "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
            }
        }
    }

    @Test("JSON strings from UTF-8, read sixteen bytes at a time, escape a special character at any offset")
    func jsonEscapesAtEveryOffset() {
        // the UTF-8 path copies blocks of sixteen bytes that need no escape: a special byte anywhere in a block must be seen
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{201C}"] {
            for k in 0..<40 {
                let raw = String(repeating: "a", count: k) + special + "قال المتحدث الرسمي" + String(repeating: "z", count: 40 - k)
                var w = JSONWriter(pretty: false)
                w.quote(scalars: ArraySlice(raw.unicodeScalars))
                #expect(JSONWriter.quote(raw) == String(decoding: w.out, as: UTF8.self), "offset \(k), U+\(String(special.unicodeScalars.first!.value, radix: 16))")
            }
        }
    }

    @Test("numbers are written as Swift prints them, two digits at a time")
    func numbers() {
        var values = Array(-1100...1100) + [Int.max, Int.min, Int.min + 1, 9_999_999_999, 10_000_000_000, 1_000_000_000_000_000_000]
        var x = 1
        for _ in 0..<18 { x *= 10; values += [x - 1, x, x + 1, -x] }
        for v in values {
            var w = JSONWriter(pretty: false)
            w.number(v)
            #expect(String(decoding: w.out, as: UTF8.self) == String(v), "\(v)")
        }
    }

    @Test("the byte test of the UTF-8 path marks exactly the special bytes, in every lane of a block")
    func specialBytesInEveryLane() {
        for lane in 0..<16 {
            for b in 0...255 {
                var block = SIMD16<UInt8>(repeating: 0x41)
                block[lane] = UInt8(b)
                #expect(JSONWriter.hasSpecial(block) == JSONWriter.isSpecial(UInt8(b)), "byte \(b) in lane \(lane)")
            }
        }
    }

    @Test("the audit holds the article once as UTF-8: unit and evidence texts are slices of it, spans count its scalars")
    func unitTextFromBytes() throws {
        // a byte-order mark, CRLF, quotes, a backslash, a tab, U+2028, an emoji and Arabic, in units long and short
        let text = "\u{FEFF}قال المتحدث \"الرسمي\" إن C:\\x\tتم.\r\nوأضاف \u{2028} أن 😀 «النتائج» جيدة، وفقا لرويترز.\r\n"
            + String(repeating: "ارتفعت أسعار النفط في الأسواق العالمية. ", count: 20) + "\nنعم."
        let bytes = Array(text.utf8)
        let scalars = Array(String(decoding: bytes[3...], as: UTF8.self).unicodeScalars)
        func string(_ s: TextSpan) -> String { String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
        let audit = try Support.auditor.audit(bytes: bytes, path: "a.txt")
        #expect(audit.text.start == 3 && audit.text.bytes == bytes && audit.text.scalarCount == scalars.count && audit.units.count > 4)
        var evidence = 0
        for u in audit.units {
            #expect(u.text == string(u.span), "unit \(u.index)")
            #expect(u.utf8.startIndex >= 3 && u.utf8.endIndex <= bytes.count && u.utf8.elementsEqual(bytes[u.utf8.indices]), "a slice of the text")
            for e in u.evidence { #expect(e.text == string(e.span)); evidence += 1 }
        }
        #expect(evidence > 0)
        // text whose scalars are not the file's bytes one for one is encoded once: a verified
        // marker blanked out (the claim's text is the blanked text), a legacy encoding, replaced invalid UTF-8
        let marked = try Support.auditor.audit(bytes: Array(("قال الوزير إن الخطة جاهزة. <!-- verified: x -->").utf8), path: "m.txt")
        #expect(marked.text.start == 0 && marked.text.string == "قال الوزير إن الخطة جاهزة. <!-- verified: x -->")
        #expect(marked.units.first?.text == "قال الوزير إن الخطة جاهزة." && marked.units.first?.verified == "x")
        let legacy = try Support.auditor.audit(bytes: [0xC7, 0xE1, 0xCE, 0xC8, 0xD1], path: "w.txt", encoding: .windows1256)
        #expect(legacy.text.string == "الخبر" && legacy.text.bytes == Array("الخبر".utf8) && legacy.units.first?.text == "الخبر")
        let replaced = try Support.auditor.audit(bytes: Array("قال".utf8) + [0xFF], path: "r.txt", encoding: .utf8, invalidUTF8: .replace)
        #expect(replaced.text.string == "قال\u{FFFD}" && replaced.text.scalarCount == 4)
    }

    @Test("a UTF-8 cursor finds scalar offsets walking forward or back, as a walk from the first scalar does")
    func cursorBothWays() {
        let bytes = Array(("\u{FEFF}" + String(repeating: "قال a 😀 «ب» \u{2028}x ", count: 40)).utf8)
        let scalars = String(decoding: bytes[3...], as: UTF8.self).unicodeScalars.count
        var expected: [Int] = [3]
        for (i, b) in bytes.enumerated() where i > 3 && b & 0xC0 != 0x80 { expected.append(i) }
        expected.append(bytes.count)
        #expect(expected.count == scalars + 1)
        var cursor = UTF8Cursor(start: 3)
        var k = 7
        for _ in 0..<500 {
            k = (k * 37 + 11) % (scalars + 1)
            let got = bytes.withUnsafeBufferPointer { cursor.seek(k, in: $0) }
            #expect(got == expected[k], "scalar \(k)")
        }
    }

    @Test("held as any Reporter, the reporters that render alone say so, and JSON joins articles with a comma")
    func rendersAloneThroughTheExistential() {
        // a run holds its reporter as `any Reporter`: were these only extension members, every
        // reporter would read as not rendering alone and --jobs N would render on one thread
        let alone: [any Reporter] = [JSONReporter(), JSONLReporter(), TextReporter(color: false)]
        for r in alone { #expect(r.rendersAlone, "\(type(of: r).name)") }
        let json: any Reporter = JSONReporter()
        #expect(json.separator(position: 0) == [] && json.separator(position: 1) == [0x2C])
        let jsonl: any Reporter = JSONLReporter()
        #expect(jsonl.separator(position: 3) == [])
    }

    @Test("JSON names of the enumerations are their raw values, and numbers are written digit for digit")
    func jsonNamesAndNumbers() {
        func text(_ write: (inout JSONWriter) -> Void) -> String {
            var w = JSONWriter(pretty: false)
            write(&w)
            return String(decoding: w.out, as: UTF8.self)
        }
        for l in Label.allCases { #expect(l.jsonName.description == l.rawValue) }
        for k in UnitKind.allCases { #expect(k.jsonName.description == k.rawValue) }
        for k in SourceKind.allCases { #expect(k.jsonName.description == k.rawValue) }
        for f in ClaimFlag.allCases { #expect(f.jsonName.description == f.rawValue) }
        #expect(text { w in w.beginObject(); w.field("label", Label.named); w.field("none", Optional<Label>.none); w.endObject() }
                == #"{"label":"named","none":null}"#)
        let numbers = [0, 7, -7, 9, 10, -10, 99, 100, 12345, -98765, 999_999_999, 1_000_000_000, Int.max, Int.min + 1, Int.min]
        for v in numbers {
            #expect(text { w in w.beginArray(); w.number(v); w.endArray() } == "[\(v)]")
            #expect(text { w in w.beginObject(); w.field("n", v); w.endObject() } == #"{"n":"# + "\(v)}")
        }
    }

    @Test("the text sheet prints one total line only for several articles")
    func textTotals() {
        let one = TextReporter(color: false).report(AuditRun(articles: [Self.articles[0]]))
        let two = TextReporter(color: false).report(AuditRun(articles: Self.articles))
        #expect(!one.contains("Total"))
        #expect(two.contains("Total: 2 articles, 3 claims"))
    }

    @Test("the own outlet is inferred deterministically: on a tie, the outlet named first")
    func outletTie() {
        let text = "وقال مسؤول لـ«عكاظ» إن الموعد تغير.\nوقال آخر لـ«الرياض» إن القرار نهائي."
        let outlets = (0..<20).map { _ in Support.audit(text).outlet }
        #expect(Set(outlets.map { $0 ?? "" }).count == 1)
        #expect(outlets[0] == "عكاظ")
    }

    @Test("the policy says why an article fails, each article-level reason with its own rule id")
    func articleFailures() {
        var a = Support.auditor.audit(text: "وارتفعت الأسعار.\nوارتفعت الرسوم.\nقال الوزير خالد الفالح إن الإنتاج سيرتفع.", path: "a.txt")
        FailurePolicy(labels: [.unsourced], maxUnsourced: 1, minScore: 90).apply(to: &a)
        #expect(a.summary.failures.map(\.ruleID) == [nil, "policy.max-unsourced", "policy.min-score"])
        #expect(a.summary.reasons[0] == "2 claims labelled unsourced")
        #expect(a.summary.reasons[1] == "2 unsourced claims, more than the 1 tolerated (max_unsourced)")
        #expect(a.summary.reasons[2].hasPrefix("score ") && a.summary.reasons[2].hasSuffix(" below the minimum 90"))
        // within the tolerance: no claim fails, and nothing is said at the article
        FailurePolicy(labels: [.unsourced], maxUnsourced: 2).apply(to: &a)
        #expect(a.summary.failures.isEmpty && !a.summary.failed)
        // every machine format reports both article-level reasons at the article
        FailurePolicy(labels: [.unsourced], maxUnsourced: 1, minScore: 90).apply(to: &a)
        let articleLevel = Finding.of(a).filter { $0.line == nil }
        #expect(articleLevel.map(\.rule) == ["policy.max-unsourced", "policy.min-score"])
        #expect(articleLevel.allSatisfy { $0.level == .error })
    }

    @Test("a claim's fingerprint depends on its label and normalised text only")
    func fingerprints() {
        let f = ClaimKey.fingerprint(.unsourced, "وارتفعت أسعار الذهب أمس.")
        #expect(f.count == 16 && f.allSatisfy(\.isHexDigit))
        #expect(ClaimKey.fingerprint(.unsourced, "وارتفعت  أسعارُ الذهب\nأمس.") == f)
        #expect(ClaimKey.fingerprint(.anonymous, "وارتفعت أسعار الذهب أمس.") != f)
        #expect(ClaimKey.fingerprint(.unsourced, "وانخفضت أسعار الذهب أمس.") != f)
        // FNV-1a 64, the published test vector: the hash is the same on every machine and run
        #expect(ClaimKey.hex(ClaimKey.fnv1a(Array("a".utf8))) == "af63dc4c8601ec8c")
    }

    @Test("the GitHub step summary stays bounded: rows and annotations beyond the caps are counted, not listed")
    func stepSummaryBounded() {
        var s = GitHubSummary()
        var totals = RunTotals()
        let a = Support.auditor.audit(text: "وارتفعت الأسعار.\nوارتفعت الرسوم.", path: "a|b.txt")
        for _ in 0..<(GitHubSummary.maxRows + 3) { s.add(a); totals.add(a) }
        let md = s.markdown(totals)
        #expect(md.contains("…and 3 more articles"))
        #expect(md.contains("- …and \((GitHubSummary.maxRows + 3) * 2 - GitHubSummary.maxFindings) more"))
        // a pipe in a path does not break the table
        #expect(md.contains("| a\\|b.txt | 2 | 2 | 0 |"))
        #expect(md.utf8.count < 1 << 20)
    }
}
