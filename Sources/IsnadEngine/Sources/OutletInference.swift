import IsnadModel
import IsnadText
import IsnadRules

/// Infers the publication's own outlet from the article itself: an outlet named in
/// a byline or dateline, or an outlet a statement was made to in quotation marks
/// right after the preposition (`قال لـ«الشرق الأوسط»`, `أفادت مصادر لـ"عكاظ"`), the
/// way a newspaper or a site marks its own exclusives (a broadcaster or an agency told so is
/// another outlet).
public struct OutletInference: Sendable {
    let rules: [Rule]
    public init(rules: [Rule]) { self.rules = rules }
    static let with = Arabic.maa

    public func infer(_ a: ArticleText, kinds: [UnitKind]) -> String? {
        // Votes per outlet; a tie goes to the outlet named first.
        // (a «علمت X» vote counted apart, `learned`, and a byline's, `byline`: see below)
        var votes: [String: (count: Int, order: Int, text: String, learned: Int, byline: Int)] = [:]
        func vote(_ m: CueMatch, _ weight: Int, learned: Bool = false, byline: Bool = false) {
            let key = a.text.folded(m.start, m.end)
            let text = a.text.originalText(a.text.originalSpan(m.start, m.end))
            let order = votes.count
            votes[key, default: (0, order, text, 0, 0)].count += weight
            if learned { votes[key]!.learned += weight }
            if byline { votes[key]!.byline += weight }
        }
        for (i, ms) in a.matches.enumerated() {
            for m in ms where rules[m.rule].kind == .outlet {
                // a name inside a longer one at the same place (الشرق in الشرق الأوسط) is no vote
                if ms.contains(where: { $0.start == m.start && $0.end > m.end && rules[$0.rule].kind == .outlet }) { continue }
                if kinds[i] == .byline {
                    // (not the place a byline with no colon ends with: عبدالرحمن الشهري -الرياض علمت «عين اليوم»)
                    if !Self.placeTail(a, unit: i, m) { vote(m, 3, byline: true) }
                    continue
                }
                // ل immediately before an opening quotation mark before the name
                var k = m.start - 1
                var quoted = false
                while k >= 0 && (a.text.foldedScalar(k) == "\"" || a.text.foldedScalar(k) == " ") { if a.text.foldedScalar(k) == "\"" { quoted = true }; k -= 1 }
                // علمت (X): the name in brackets, as in quotation marks (ArticleText.inOutletContext)
                if !quoted && k >= 3 && a.text.foldedScalar(k) == "(" {
                    var b = k - 1
                    while b >= 0 && a.text.foldedScalar(b) == " " { b -= 1 }
                    if b >= 3, a.text.folded(max(0, b - 3), b + 1).hasSuffix(Arabic.alimat) { vote(m, 2, learned: true) }
                    continue
                }
                guard quoted && k >= 0 else { continue }
                // (a paper or a site only: a broadcaster or an agency told in quotes, لـ«سكاي نيوز عربية»,
                // is another outlet — SOURCING.md, secondhand; so is a name another outlet rule reads as an
                // agency's at the same place: في تصريح لـ«واس» is told to the agency, not to the paper آس)
                let toldIsAnother = ms.contains { $0.start < m.end && $0.end > m.start && rules[$0.rule].outletKind?.toldIsAnother ?? false }
                if a.text.foldedScalar(k) == Arabic.lam && (k == 0 || !Tokenizer.isWordScalar(a.text.foldedScalar(k - 1))) {
                    if !toldIsAnother { vote(m, 2) }
                    continue
                }
                // the same after مع (في حوار مع «الشرق الأوسط»، في حديث مع «عكاظ»)
                if k >= 1, a.text.folded(k - 1, k + 1) == Self.with, k == 1 || !Tokenizer.isWordScalar(a.text.foldedScalar(k - 2)) {
                    if !toldIsAnother { vote(m, 2) }
                    continue
                }
                // علمت «X»
                if k >= 3, a.text.folded(max(0, k - 3), k + 1).hasSuffix(Arabic.alimat) { vote(m, 2, learned: true); continue }
                // a statement given as its exclusive: حديث خص به «اليوم» (a paper or a site only, as told to)
                if Self.grantedExclusive(a, endingAt: k) {
                    if !toldIsAnother { vote(m, 2) }
                    continue
                }
                // the paper's own earlier reporting: ما نشرته «عكاظ»، وكانت «عكاظ» نشرت، «عكاظ» في عددها
                // (a paper or a site only: an agency's or a broadcaster's report is another outlet's)
                // (nor a name another outlet rule reads as an agency's at the same place: واس, not و+آس)
                if toldIsAnother { continue }
                if Self.ownPublished(a, before: k, start: m.start, after: m.end) { vote(m, 2) }
            }
        }
        // a «علمت X» vote is the weakest: another paper learns too (وعلمت «الحياة» أن in an Okaz
        // article) — in a tie it yields to the others (a statement told to the paper), and it never
        // outweighs a byline or a dateline (جدة - عكاظ) naming another outlet (mends37, review38 #3)
        guard let best = votes.values.max(by: { ($0.count, $0.count - $0.learned, -$0.order) < ($1.count, $1.count - $1.learned, -$1.order) }),
              best.count >= 2 else { return nil }
        if best.byline == 0, best.learned > 0,
           let byline = votes.values.filter({ $0.byline > 0 }).max(by: { ($0.count, -$0.order) < ($1.count, -$1.order) }),
           byline.count >= best.count - best.learned { return byline.text }
        return best.text
    }

    static let places = Set(Arabic.datelinePlaces.map(Normalizer.folded))
    /// Whether `m` lies in the last part of byline unit `i`, after its last dash, that part is one of
    /// `Arabic.datelinePlaces`, and the unit ends with no colon (a dateline the segmenter split
    /// without one: `Segmenter.bareDatelineEnd`).
    static func placeTail(_ a: ArticleText, unit i: Int, _ m: CueMatch) -> Bool {
        let r = a.segments[i].folded
        var e = r.upperBound
        while e > r.lowerBound && a.text.foldedScalar(e - 1) == " " { e -= 1 }
        guard e > r.lowerBound, a.text.foldedScalar(e - 1) != ":" else { return false }
        var d = e
        while d > r.lowerBound, !["-", "\u{2013}", "\u{2014}"].contains(a.text.foldedScalar(d - 1)) { d -= 1 }
        guard d > r.lowerBound, m.start >= d, m.end <= e else { return false }
        while d < e && a.text.foldedScalar(d) == " " { d += 1 }
        return places.contains(a.text.folded(d, e))
    }

    static let exclusive = Arabic.grantedExclusive.map(Normalizer.folded)
    /// The folded text ending at `k` is one of `Arabic.grantedExclusive` (خص به), whole words.
    static func grantedExclusive(_ a: ArticleText, endingAt k: Int) -> Bool {
        let tail = a.text.folded(max(0, k - 12), k + 1)
        for e in exclusive where tail.hasSuffix(e) {
            let s = k + 1 - e.unicodeScalars.count
            // a whole word, or after the conjunction و / ف (وخص به)
            var b = s
            if b > 0, a.text.foldedScalar(b - 1) == Arabic.waw || a.text.foldedScalar(b - 1) == Arabic.faa { b -= 1 }
            if s == 0 || !Tokenizer.isWordScalar(a.text.foldedScalar(s - 1)) || b == 0 || !Tokenizer.isWordScalar(a.text.foldedScalar(b - 1)) { return true }
        }
        return false
    }

    static let outletWords = Set(Arabic.outletHeads.map(Normalizer.folded))
    /// An outlet word (صحيفة، جريدة، مجلة …), with its proclitics and article (وصحيفة، لصحيفة، الصحيفة).
    static func isOutletWord(_ w: String) -> Bool {
        let l = Array(w.unicodeScalars)
        return outletWords.contains(w) || outletWords.contains(ScalarText.string(Arabic.withoutProclitics(l[...])))
    }
    /// The word ending at `k` is نشرته/نشرتها (…); or, past the closing quotation mark after `end`,
    /// the next word is نشرت (after an optional قد), or عدده/عددها comes within three words.
    /// A name introduced with an outlet word (صحيفة «ديلي ميل» في عددها، "صحيفة الغد الأردنية" قد
    /// نشرت) is another paper: no vote.
    /// The words are the article's tokens (a word token is a run of word scalars: the run
    /// ending at `k`, the one from `start`, the words after the quotation mark, one space or more
    /// between each and the next).
    static func ownPublished(_ a: ArticleText, before k: Int, start: Int, after end: Int) -> Bool {
        let t = a.text, tokens = a.tokens
        // the word token holding scalar `i`, if one does
        func wordToken(at i: Int) -> Int? {
            let w = tokens.partitionPoint { $0.end <= i }
            return w < tokens.count && tokens[w].kind == .word && tokens[w].start <= i ? w : nil
        }
        // the word ending at `k` (k is the last scalar before the quotation mark and the spaces)
        let before = wordToken(at: k).map { tokens[$0].end == k + 1 ? tokens.text($0) : t.folded(tokens[$0].start, k + 1) } ?? ""
        // the name's first word, from its start
        let name = wordToken(at: start).map { t.folded(start, tokens[$0].end) } ?? ""
        if isOutletWord(before) || isOutletWord(name) { return false }
        if Arabic.ownPublishedBefore.contains(before) { return true }
        var i = end
        let n = t.foldedCount
        var closed = false
        while i < n && (t.foldedScalar(i) == "\"" || t.foldedScalar(i) == " ") { if t.foldedScalar(i) == "\"" { closed = true }; i += 1 }
        guard closed else { return false }
        // up to three words from `i`, the next only past plain spaces
        var words: [String] = []
        if var w = wordToken(at: i), tokens[w].start == i {
            while true {
                words.append(tokens.text(w))
                guard words.count < 3, w + 1 < tokens.count, tokens[w + 1].kind == .word,
                      (tokens[w].end..<tokens[w + 1].start).allSatisfy({ t.foldedScalar($0) == " " }) else { break }
                w += 1
            }
        }
        guard let first = words.first else { return false }
        if Arabic.ownPublishedAfter.contains(first) { return true }
        if first == Arabic.qad, words.count > 1, Arabic.ownPublishedAfter.contains(words[1]) { return true }
        return words.contains { Arabic.ownIssue.contains($0) }
    }
}
