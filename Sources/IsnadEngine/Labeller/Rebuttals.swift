import IsnadModel
import IsnadText
import IsnadRules

/// Stage 8 of the labeller, once every claim is labelled: a claim that restates its source's
/// rebuttal (SOURCING.md, denied: a rebuttal is a denial too, and so is "each further sentence
/// of the same rebuttal ... while it still disputes the claim").
///
/// A claim with a `rebuttal` cue (a negation: `لم`, `لن`, `ليس`) and no denial of its own is
/// denied when its sources all deny in the article, and what it negates — the `reach` words after
/// the negation — holds `minShared` content words of one of those denials, before or after it:
/// `أرسنال يؤكد أن جيرو لم يفقد وعيه` beside `ونفى أرسنال تكهنات عن فقدان اللاعب ... وعيه`.
/// The denier's other negations (`وقال النادي إن المدرب لن يغير التشكيلة`), anyone else's
/// (`وقال مصدر أمني إن اللاعب لم يفقد وعيه`), and a claim with no source keep their label. On 1,500
/// corpus articles with a denial it denied 12 claims, most of them rebuttals (`العمري: كنو لم
/// يرفض السفر`); a negation by a denier alone, or any next sentence of a denier, would deny about
/// 140, most of them not.
struct Rebuttals {
    let rules: [Rule]

    /// Words of what the claim negates that its source's denial must hold.
    static let minShared = 2

    func run<R: DecisionRecorder>(_ a: ArticleText, _ out: inout Judgements, _ rec: inout R) {
        let denials = out.indices.filter { out[$0]?.label == .denied }
        // the claims that accuse someone (اتهموها بتشويه الصورة), none of them a denial
        let accusations = out.indices.filter { c in
            out[c].map { $0.label != .denied } == true && a.matches[c].contains { rules[$0.rule].kind == .accusation }
        }
        guard !denials.isEmpty || !accusations.isEmpty else { return }
        var contents: [Int: Set<String>] = [:]
        var charged: [Int: Set<String>] = [:]
        /// What the accusations of unit `c` charge (`charge`), as keys.
        func charges(_ c: Int) -> Set<String> {
            if let known = charged[c] { return known }
            var out = Set<String>()
            for m in a.matches[c] where rules[m.rule].kind == .accusation {
                for w in Self.charge(a, c, after: m) { out.formUnion(w) }
            }
            charged[c] = out
            return out
        }
        func content(_ i: Int) -> Set<String> {
            if let c = contents[i] { return c }
            let c = Self.content(a, i, rules: rules, leaving: out[i]?.sources ?? [])
            contents[i] = c
            return c
        }
        for i in out.indices {
            guard let j = out[i] else { continue }
            guard j.label != .denied, j.label != .unsourced, !j.rosterIndexes.isEmpty else { continue }
            let cues = a.matches[i].filter { Self.isRebuttal($0, a, i, rules) }
            guard !cues.isEmpty else { continue }
            let mine = Set(j.rosterIndexes)
            // the denials of the claim's own source (nearest first)
            let own = denials.filter { d in d != i && out[d].map { $0.label == .denied && mine.isSubset(of: $0.rosterIndexes) } == true }
                .sorted { abs($0 - i) < abs($1 - i) }
            // the accusations shortly before it by someone else, if the claim accuses no one itself
            // (nearest first)
            let accused = a.matches[i].contains { rules[$0.rule].kind == .accusation } ? [] : accusations.filter { c in
                c < i && i - c <= Self.accusationReach && out[c].map { mine.isDisjoint(with: $0.rosterIndexes) } == true
            }.reversed()
            guard !own.isEmpty || !accused.isEmpty else { continue }
            for cue in cues {
                // what is negated: the words right after the negation
                let negated = Self.negated(a, i, after: cue, rules: rules)
                guard negated.count >= Self.minShared else { continue }
                /// Labels claim `i` denied by the negation `cue`, for the reason `why` gives with the cue's rule.
                func deny(_ why: (String) -> Reason.Form) {
                    let rule = rules[cue.rule].id
                    if !out[i]!.proposals.contains(out[i]!.why) { out[i]!.proposals.append(out[i]!.why) }
                    out[i]!.label = .denied
                    out[i]!.why = Reason(why(rule))
                    out[i]!.rule = rule
                    out[i]!.evidence.append(Evidence(rule: rule, span: a.text.originalSpan(cue.start, cue.end)))
                }
                if let d = own.first(where: { d in negated.filter { $0.contains(where: content(d).contains) }.count >= Self.minShared }) {
                    deny { .restatesDenial(unit: d, line: a.segments[d].line, rule: $0) }
                    break
                }
                // the accused's answer: it negates the act an accusation charges (أوضحت أنها لم
                // تشوه الصورة after اتهموها بتشويه صورة هيفاء)
                if let c = accused.first(where: { c in negated.filter { $0.contains(where: charges(c).contains) }.count >= Self.minShared }) {
                    deny { .answersAccusation(unit: c, line: a.segments[c].line, rule: $0) }
                    break
                }
            }
        }
        continueRebuttals(a, &out)
    }

    /// A rebuttal goes on (SOURCING.md, denied: "each further sentence of the same rebuttal
    /// (`وأضاف البيان`, `وتابع`) while it still disputes the claim"): after a denied claim, each
    /// next claim of the same source (no other source of its own) stays in the rebuttal while it
    /// still disputes — it goes on, in the same paragraph, inside the quotation the denial opened
    /// (`نفى فريد ... وقال: "لم أتناول أي مادة محظورة. أنا مقتنع ببراءتي. مساري نظيف"`), or
    /// within `continuingReach` words of a `rebuttal` cue (a negation, a word of defence) it
    /// names two content words of its denials; a quotation alone carries it `maxQuoted` claims.
    /// The first claim that does neither, or is someone else's, or is unsourced, or any unit that
    /// is no claim ends the rebuttal: what the denier says next about something else (`وأضاف أن
    /// اللاعب سيعود إلى التدريبات`) keeps its label.
    func continueRebuttals(_ a: ArticleText, _ out: inout Judgements) {
        var head: Int? = nil
        var speaker = Set<Int>()
        // whether the rebuttal's first denial holds a quotation, and its paragraph
        var headQuoted = false, headLine = -1
        // the claims in a row that go on with the rebuttal by its quotation alone
        var quoted = 0
        // the content words of the rebuttal's denials (`content`, each word's keys), read when a
        // claim after them is first tested against them: most denials are followed by no claim
        // of their source with a rebuttal cue, and their words are never read
        var disputed = Set<String>()
        var unread: [(unit: Int, sources: [SourceMention])] = []
        func disputedWords() -> Set<String> {
            for d in unread { for w in Self.contentWords(a, d.unit, rules: rules, leaving: d.sources) { disputed.formUnion(w) } }
            unread.removeAll()
            return disputed
        }
        for i in out.indices {
            guard let j = out[i] else { head = nil; continue }
            let roster = Set(j.rosterIndexes)
            if j.label == .denied {
                guard !roster.isEmpty else { head = nil; continue }
                if head != nil && roster == speaker {
                    unread.append((i, j.sources))
                    // a further denial of the same speaker may open the quotation the rebuttal goes on in
                    // (a denying headline, then `نفى ... وقال: «...`): its own, not the headline's
                    headQuoted = j.flags.contains(.quote); headLine = a.segments[i].lineIndex
                } else {
                    head = i; speaker = roster
                    disputed = []; unread = [(i, j.sources)]
                    headQuoted = j.flags.contains(.quote); headLine = a.segments[i].lineIndex
                }
                quoted = 0
                continue
            }
            guard let h = head, j.label != .unsourced, !roster.isEmpty, roster.isSubset(of: speaker) else { head = nil; continue }
            // the denier's quotation, opened in its denial, going on in the same paragraph
            var inQuotation = false
            if case .continuesQuotation = j.why.form { inQuotation = headQuoted && a.segments[i].lineIndex == headLine }
            // a negation or a word of defence about what the rebuttal disputes
            let cue = a.matches[i].first { m in
                guard Self.isRebuttal(m, a, i, rules) else { return false }
                let disputed = disputedWords()
                return Self.around(a, i, m, reach: Self.continuingReach).filter { $0.contains(where: disputed.contains) }.count >= Self.minShared
            }
            // a quotation without a cue goes on for `maxQuoted` claims at most (a column quoted whole is no rebuttal)
            quoted = cue == nil ? quoted + 1 : 0
            guard cue != nil || (inQuotation && quoted <= Self.maxQuoted) else { head = nil; continue }
            var k = j
            if !k.proposals.contains(k.why) { k.proposals.append(k.why) }
            k.label = .denied
            k.why = Reason(.continuesRebuttal(unit: h, line: a.segments[h].line))
            if let cue {
                let span = a.text.originalSpan(cue.start, cue.end)
                k.rule = rules[cue.rule].id
                k.evidence.append(Evidence(rule: rules[cue.rule].id, span: span))
            }
            out[i] = k
        }
    }

    /// How many words before or after its `rebuttal` cue a further claim must name `minShared`
    /// content words of what its rebuttal disputes in, to go on with it.
    static let continuingReach = 6
    /// How many claims in a row a rebuttal goes on by its quotation alone.
    static let maxQuoted = 3

    /// The content words (each as its `contentKeys`) of the `reach` words before and after a cue.
    static func around(_ a: ArticleText, _ i: Int, _ cue: CueMatch, reach: Int) -> [[String]] {
        let words = a.words(of: i)
        guard let first = words.firstIndex(where: { $0 >= cue.firstToken }) else { return [] }
        let after = words[first...].firstIndex(where: { $0 >= cue.nextToken }) ?? words.endIndex
        let lo = max(words.startIndex, first - reach), hi = min(words.endIndex, after + reach)
        return (words[lo..<first] + words[after..<hi]).map { Self.contentKeys(a.tokens.letters($0)) }.filter { !$0.isEmpty }
    }

    /// A content word's forms, to find a negated word in: `Standards.keys` of its stem, and the
    /// word as written without the article, with its first three letters (فقدان: فقد — a
    /// restatement negates the verb, `لم يفقد`, of what the denial names by its verbal noun; the
    /// stem alone loses a first letter that reads as a conjunction).
    static func contentKeys(_ letters: ArraySlice<Unicode.Scalar>) -> [String] {
        guard let st = Standards.stem(letters) else { return [] }
        var out = Standards.keys(st)
        var w = letters
        if w.count >= 5, w.first == Arabic.alef, w.dropFirst().first == Arabic.lam { w = w.dropFirst(2) }
        let word = Tokenizer.string(w)
        if !out.contains(word) { out.append(word) }
        if w.count >= 4 {
            let three = Tokenizer.string(w.prefix(3))
            if !out.contains(three) { out.append(three) }
        }
        return out
    }

    /// How many claims before a negated claim an accusation it answers may stand.
    static let accusationReach = 3
    /// How many words after an accusation cue are what it charges (اتهموها بتشويه صورة هيفاء عن طريق الفوتوشوب).
    static let chargeReach = 6

    /// How many words after an accusation cue the act it charges may open, with its ب (اتهم عبد
    /// السلام الأمم المتحدة بالتورط: the accuser and the accused stand between).
    static let chargeOpening = 5

    /// What an accusation cue charges: the content words (each as its `Standards.keys`) of the
    /// `chargeReach` words from the first word after it opening with ب (بتشويه صورة هيفاء عن طريق
    /// الفوتوشوب، بأنه سرق) — not the accuser's or the accused's names before it, which the
    /// accuser's own later claims name again. None when no such word follows closely.
    static func charge(_ a: ArticleText, _ i: Int, after cue: CueMatch) -> [[String]] {
        let words = a.words(of: i).drop { $0 < cue.nextToken }
        guard let open = words.prefix(Self.chargeOpening).first(where: { t in
            let l = a.tokens.letters(t)
            return l.count >= 3 && l.first == Arabic.baa
        }) else { return [] }
        return words.drop { $0 < open }.prefix(Self.chargeReach).compactMap { Standards.stem(a.tokens.letters($0)).map(Standards.keys) }
    }

    /// How many words after a negation are what it negates.
    static let reach = 3

    /// The content words (each as its `Standards.keys`) of the `reach` words after a negation cue.
    /// Whether `m` is a rebuttal cue of unit `i` that counts: a rule of scope `start`
    /// (rebuttal.none, a bare negation) only opening the words after the colon of the article's
    /// headline (its first unit: `غاز قطر: لا شراكة مع الهلال`); in the body the same negation
    /// after a colon mostly answers a question (`علق بقوله: لا يوجد اسم قريب`).
    static func isRebuttal(_ m: CueMatch, _ a: ArticleText, _ i: Int, _ rules: [Rule]) -> Bool {
        rules[m.rule].kind == .rebuttal && (rules[m.rule].scope != .start || i == 0 && opensAfterColon(a, i, m))
    }

    /// Whether `cue` is the first word after a colon of unit `i`, quotation marks aside
    /// (`غاز قطر: لا شراكة مع الهلال`, `وقال: «لا صحة لذلك»`): the speaker's words open with it.
    static func opensAfterColon(_ a: ArticleText, _ i: Int, _ cue: CueMatch) -> Bool {
        let first = a.tokenRanges[i].lowerBound
        var t = cue.firstToken - 1
        while t >= first, a.tokens[t].kind == .punct {
            if a.tokens[t].is(":") { return true }
            guard let c = a.tokens.letters(t).first, QuotationMarks.isQuote(c) else { return false }
            t -= 1
        }
        return false
    }

    static func negated(_ a: ArticleText, _ i: Int, after cue: CueMatch, rules: [Rule], reach: Int = Self.reach) -> [[String]] {
        var out: [[String]] = []
        var n = 0
        for t in a.words(of: i) where t >= cue.nextToken {
            n += 1
            if n > reach { break }
            if let st = Standards.stem(a.tokens.letters(t)) { out.append(Standards.keys(st)) }
        }
        return out
    }

    /// The content words of unit `i` (`Standards.stem`, compared by `Standards.keys`): its words
    /// outside the cues that frame a claim, without the words of the sources it names.
    static func content(_ a: ArticleText, _ i: Int, rules: [Rule], leaving sources: [SourceMention]) -> Set<String> {
        Set(contentWords(a, i, rules: rules, leaving: sources).joined())
    }

    /// `content`, word by word: the keys of each content word.
    static func contentWords(_ a: ArticleText, _ i: Int, rules: [Rule], leaving sources: [SourceMention]) -> [[String]] {
        var covered = Set<Int>()
        for m in a.matches[i] where Standards.framing.contains(rules[m.rule].kind) {
            for t in Standards.framed(m, rules) { covered.insert(t) }
        }
        var names = Set<String>()
        for s in sources {
            for w in PatternCompiler.foldedWords(s.text) {
                if let st = Standards.stem(Array(w.unicodeScalars)[...]) { names.formUnion(Standards.keys(st)) }
            }
        }
        var out: [[String]] = []
        for t in a.words(of: i) where !covered.contains(t) {
            let keys = Self.contentKeys(a.tokens.letters(t))
            if keys.isEmpty || names.contains(keys[0]) { continue }
            out.append(keys)
        }
        return out
    }
}
