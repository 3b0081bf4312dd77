import Foundation
import Testing
import IsnadModel
@testable import IsnadText
@testable import IsnadRules
@testable import IsnadEngine
import IsnadTestSupport

/// The language seam (`IsnadText/Language/Arabic.swift`): one list per concept, read by every
/// stage, and no Arabic letter written into the engine's Swift outside it.
@Suite("Language seam")
struct LanguageSeamTests {
    @Test("one list of outlet words: the gazetteer's, the engine's test of a token and the census's agree")
    func outletWords() {
        let folded = Set(Arabic.outletHeads.map(Normalizer.folded))
        #expect(Gazetteer.headWords == folded)
        for w in Arabic.outletHeads { #expect(Gazetteer.isHeadWord(Normalizer.foldedScalars(w)), "\(w)") }
        #expect(!Gazetteer.isHeadWord(Normalizer.foldedScalars("صحف")) && !Gazetteer.isHeadWord(Normalizer.foldedScalars("الصحيفة")))
        let census = Set(CensusWords.outletHeads.values)
        #expect(census == folded.subtracting(Arabic.outletHeadsNotForCensus.map(Normalizer.folded)))
        #expect(census.contains(Normalizer.folded("تلفزيون")) && !census.contains(Normalizer.folded("محطة")))
        // the gazetteer's kinds are the enum's, and a statement told to an agency, a channel or a
        // radio in quotation marks names another outlet; to a paper, a magazine or a site, maybe its own
        #expect(Gazetteer.kinds == ["agency", "newspaper", "channel", "radio", "site", "magazine"])
        #expect(OutletKind.allCases.filter(\.toldIsAnother) == [.agency, .channel, .radio])
    }

    @Test("one fold for written words: Normalizer.folded is the fold of each scalar")
    func fold() {
        #expect(Normalizer.folded("إذاعةُ الأنباء") == "اذاعه الانباء")
        #expect(Normalizer.foldedScalars("مُؤكّدًا") == Array("مؤكدا".unicodeScalars))
        #expect(Normalizer.folded("ى") == Normalizer.folded("ي"))
    }

    @Test("content stems on scalars: the article and proclitics, then one suffix, come off; function words are none")
    func stems() {
        // word → stem (nil: a function word); three letters always remain (وله)
        let cases: KeyValuePairs<String, String?> = ["والمحادثات": "محادث", "بالمستشفى": "مستشف", "الذي": nil, "هذه": nil, "2015": "2015", "وله": "وله"]
        for (word, want) in cases { #expect(Standards.stem(Normalizer.foldedScalars(word)[...]) == want, "\(word)") }
    }

    @Test("an address glued to a colon is one address for the matcher and the segmenter alike")
    func webAddress() {
        let text = "ويمكن تحميل التطبيق على رابط:https://play.google.com/store/apps/details?id=com.sure.sa.bog. وقال الوزير إن الأمر انتهى."
        let n = Normalizer.normalize(text)
        let ranges = WebAddresses.ranges(in: n.scalars)
        #expect(ranges.count == 1)
        if let r = ranges.first { #expect(n.folded(r.lowerBound, r.upperBound) == "https://play.google.com/store/apps/details?id=com.sure.sa.bog") }
        let units = Segmenter.segment(n).map { n.originalText($0.span) }
        #expect(units == ["ويمكن تحميل التطبيق على رابط:https://play.google.com/store/apps/details?id=com.sure.sa.bog.", "وقال الوزير إن الأمر انتهى."])
    }

    @Test("no Arabic letter is written in the engine's Swift code outside the language file: no \\u{06..} escape, no code point as a hex number, no letter in a string")
    func noLettersOutsideTheSeam() throws {
        let engine = TestSupport.root.appendingPathComponent("Sources/IsnadEngine").path
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: engine)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.contains("Labeller/Attributions.swift") && files.contains("Explanation.swift") && files.count > 10)
        for f in files {
            let text = try String(contentsOfFile: engine + "/" + f, encoding: .utf8)
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where Self.writesALetter(line) {
                offenders.append("\(f):\(i + 1)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    /// Whether a line of Swift writes an Arabic letter outside its comment (a comment is `//`
    /// at the start, or after a space: not the `//` of `https://`).
    static func writesALetter(_ line: Substring) -> Bool {
        var code = line
        if line.drop(while: { $0 == " " }).hasPrefix("//") { code = "" } else if let r = line.range(of: " //") { code = line[..<r.lowerBound] }
        return code.contains("\\u{06") || code.unicodeScalars.contains(where: Arabic.isInBlock) || writesAnArabicCodePoint(code)
    }

    /// Whether code writes a code point of the Arabic blocks as a number (`0x0644`, `0xFEFB`):
    /// U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, U+FB50–U+FDFF, U+FE70–U+FEFF.
    static func writesAnArabicCodePoint(_ code: Substring) -> Bool {
        let literal = /0x([0-9A-Fa-f_]+)/
        for m in code.matches(of: literal) {
            guard let v = UInt32(m.output.1.filter { $0 != "_" }, radix: 16) else { continue }
            if (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0x08A0...0x08FF).contains(v)
                || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) { return true }
        }
        return false
    }

    @Test("the seam test sees a letter in a string, a \\u{06..} escape or an Arabic code point written in hex, and none in a comment")
    func seamTestSeesLetters() {
        #expect(Self.writesALetter("let x = \"ل\""))
        #expect(Self.writesALetter(#"if w == "\u{0644}" {"#))
        #expect(Self.writesALetter("s == \"ما\"  // ما"))
        #expect(!Self.writesALetter("    /// ما، مما"))
        #expect(!Self.writesALetter("f(\"https://x\") // ل"))
        #expect(Self.writesALetter("case 0x200E, 0x061C: continue"))
        #expect(Self.writesALetter("(0xFB50...0xFDFF).contains(v)"))
        #expect(!Self.writesALetter("case 0x00...0x1F, 0x7F...0x9F, 0x2066...0x2069: continue"))
    }

    @Test("one conjunction stripper for the labeller and the standards: و then ف, while more than three letters remain")
    func conjunctionStripper() {
        func bare(_ w: String) -> String { String(String.UnicodeScalarView(Arabic.withoutConjunctions(Array(w.unicodeScalars)[...]))) }
        #expect(bare("وغير") == "غير")
        #expect(bare("فإلا") == "إلا")
        #expect(bare("وفكان") == "كان")
        #expect(bare("وفد") == "وفد")
        #expect(bare("فوزي") == "وزي")
    }

    @Test("one proclitic stripper for the source resolver's word lists: one و or ف, then لل, or one of ب ل ك and the article")
    func procliticStripper() {
        func bare(_ w: String) -> String {
            String(String.UnicodeScalarView(Arabic.withoutProclitics(Normalizer.foldedScalars(w)[...])))
        }
        #expect(bare("لموقع") == "موقع")
        #expect(bare("للموقع") == "موقع")
        #expect(bare("والوزارة") == Normalizer.folded("وزارة"))
        #expect(bare("وللوزارة") == Normalizer.folded("وزارة"))
        #expect(bare("بالموقع") == "موقع")
        // one conjunction only (وفلسطين keeps its ف, unlike withoutConjunctions), and short words stay
        #expect(bare("وفلسطين") == "فلسطين")
        #expect(bare("وفد") == "وفد")
        #expect(bare("الى") == Normalizer.folded("الى"))
        // the article goes only with five letters or more (الحرب → حرب, not الله → له)
        #expect(bare("الحرب") == "حرب")
        #expect(bare("الله") == "الله")
    }

    @Test("an opening quotation mark is « “ „ or the straight quote; a closing one opens nothing")
    func openingMarks() {
        for c in ["«", "“", "„", "\""] { #expect(QuotationMarks.opens(c.unicodeScalars.first!), "\(c)") }
        for c in ["»", "”", ":"] { #expect(!QuotationMarks.opens(c.unicodeScalars.first!), "\(c)") }
    }
}
