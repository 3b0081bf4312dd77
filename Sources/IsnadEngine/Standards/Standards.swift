import Foundation
import IsnadModel
import IsnadText
import IsnadRules

/// The sourcing standards of an article (README, "Sourcing standards"): the anonymity flags of
/// its anonymous claims, the links from its denials to the claims they dispute, and its figures.
/// Runs once the labeller has labelled every claim.
struct Standards {
    let rules: [Rule]
    /// The gazetteer rules naming the publication's own outlet (`Labeller.ownOutletRules`): its
    /// name in a claim (`قالت مصادر لـ«الشرق الأوسط»`) says where the claim was told, not what it says.
    var ownOutletRules: Set<Int> = []

    // MARK: anonymity

    /// Gives every anonymous claim `reason_given` / `basis_given` from the `anonymity_reason` /
    /// `anonymity_basis` cues of its own unit or of an earlier unit of the same anonymous source
    /// (a cue flows forward to the units that continue the source, never back), and
    /// `unexplained_anonymity` when it has neither.
    func flagAnonymity(_ units: inout [AuditedUnit], _ a: ArticleText) {
        /// The cues found so far for each anonymous source id.
        var known: [String: [AnonymityCue]] = [:]
        /// Every anonymous source id met so far, and the latest one.
        var met: Set<String> = []
        var latest: String? = nil
        /// The outlet that relayed each anonymous source id at its latest mention through one.
        var via: [String: String] = [:]
        for i in units.indices where units[i].label != nil {
            var own: [AnonymityCue] = []
            let anchors = units[i].sources.filter { $0.kind == .anonymous }.map(\.span)
            /// Anonymous sources that are an agentless passive (تم إبلاغنا بأن): the unnamed teller.
            var passives: [TextSpan] = []
            for m in a.matches[i] where rules[m.rule].kind == .passive {
                let p = a.text.originalSpan(m.start, m.end)
                if anchors.contains(where: { $0.start == p.start }) { passives.append(p) }
            }
            for m in a.matches[i] {
                let kind = rules[m.rule].kind
                guard kind == .anonymityReason || kind == .anonymityBasis else { continue }
                let span = a.text.originalSpan(m.start, m.end)
                // a basis inside an agentless passive that is itself the anonymous source (لقد تم
                // إبلاغنا بأن, said by a named spokesman) tells how the one told knows, not the
                // unnamed teller: it is no basis of that source (an anonymous speaker of it, وقال مصدر
                // إنه تم إبلاغه, is reached as before)
                if kind == .anonymityBasis, !passives.isEmpty,
                   anchors.allSatisfy({ s in passives.contains(where: { $0.start == s.start && span.start >= s.start && span.end <= s.end })
                       || !(span.end > s.start && span.start <= s.end + Self.basisReach) }) { continue }
                // a basis describes the source it follows (مصدر مطلع على ...، شهود عيان): a phrase
                // of the kind elsewhere in the unit is about someone else (الحاضرين للاجتماع)
                // (a rule of `scope: source` only where it starts inside the source's own words:
                // الطلاب المتضررون, القائمون على الدراسة; not a later إن المتضررين of its claim)
                // (a rule of `scope: subject` only where the source is the subject of its verb: the
                // source starts inside the cue, روى لاجئ سوري حكايته, or the cue starts right after
                // it, داعشي ألماني هارب يروي تفاصيل إغرائه; not مصدر مطلع إن اللاعب … روى قصته)
                if kind == .anonymityBasis && rules[m.rule].scope == .source {
                    if !anchors.contains(where: { span.start >= $0.start && span.start < $0.end }) { continue }
                } else if kind == .anonymityBasis && rules[m.rule].scope == .subject {
                    if !anchors.contains(where: { ($0.start >= span.start && $0.start < span.end)
                        || (span.start >= $0.end && span.start <= $0.end + Self.subjectReach) }) { continue }
                } else if kind == .anonymityBasis && !anchors.contains(where: { span.end > $0.start && span.start <= $0.end + Self.basisReach }) { continue }
                own.append(AnonymityCue(flag: kind == .anonymityReason ? .reasonGiven : .basisGiven, rule: rules[m.rule].id,
                                        text: a.text.originalText(span), unit: i))
            }
            var cues = own
            var ids: [String] = []
            for s in units[i].sources where s.kind == .anonymous && !ids.contains(s.id) { ids.append(s.id) }
            // a source first met as "the same" one (وأضافت المصادر نفسها after شهود محليون, a noun
            // the resolver cannot join) is the latest anonymous source before it: its cues carry on
            // (unless its unit names another anonymous source, the one it points back to: وذكرت
            // مصادر خاصة ... حسب المصادر نفسها)
            let same = units[i].sources.filter { $0.kind == .anonymous && !met.contains($0.id) && Self.isSameSource($0.text) }
            if let l = latest, !same.isEmpty, let carried = known[l],
               units[i].sources.allSatisfy({ $0.kind != .anonymous || same.contains($0) }) {
                for s in same where s.id != l { known[s.id, default: []] += carried }
            }
            // an indefinite mention of a source met before, opened by a source noun of the unit's own
            // cues and relayed by another outlet (ونقل التلفزيون السوري عن مصدر عسكري after the
            // paper's own مصدر عسكري أردني), introduces a source anew (SOURCING.md: a definite mention
            // refers back): the earlier one's cues are not carried to it, nor past it. (Through the
            // same outlet an indefinite one is as often one of the earlier ones: قالت مصادر على صلة
            // بالأمر ... وقال مصدر.) Only the later mention's own outlet makes it another: a plain
            // mention after one relayed by an outlet (ونقلت وكالة رويترز عن مصدر عسكري ... then وقال
            // مصدر عسكري) is the article going on with that outlet's source, and keeps its cues. The
            // publication's own outlet is no via (the resolver drops it when `--outlet` names it);
            // unnamed, a told-to «لصحيفة الشرق الأوسط» in that paper's article reads as another outlet.
            for id in ids where met.contains(id) {
                let mentions = units[i].sources.filter { $0.id == id }
                if mentions.allSatisfy({ $0.via != nil && $0.via != via[id] && introducesAnew($0, a, i) }) { known[id] = nil }
            }
            for s in units[i].sources where s.kind == .anonymous { if let v = s.via { via[s.id] = v } }
            for id in ids {
                for c in known[id] ?? [] where !cues.contains(where: { $0.flag == c.flag && $0.rule == c.rule && $0.unit == c.unit }) { cues.append(c) }
                for c in own where !(known[id] ?? []).contains(c) { known[id, default: []].append(c) }
                met.insert(id); latest = id
            }
            guard units[i].label == .anonymous else { continue }
            units[i].anonymityCues = cues.sorted { ($0.unit, $0.flag.order) < ($1.unit, $1.flag.order) }
            var flags = units[i].flags
            if cues.contains(where: { $0.flag == .reasonGiven }) { flags.append(.reasonGiven) }
            if cues.contains(where: { $0.flag == .basisGiven }) { flags.append(.basisGiven) }
            if cues.isEmpty { flags.append(.unexplainedAnonymity) }
            flags.sort { $0.order < $1.order }
            units[i].flags = flags
        }
    }

    /// Whether a source's mention in unit `i` introduces a source: an indefinite noun (no article,
    /// not "the same" one) where a source noun cue of the unit starts (مصدر عسكري، مسؤولا رفيع
    /// المستوى; not a name, إبراهيم, nor a mention carried from an earlier unit).
    func introducesAnew(_ s: SourceMention, _ a: ArticleText, _ i: Int) -> Bool {
        guard let first = PatternCompiler.foldedWords(s.text).first, !SourceResolver.isDefinite(first), !Self.isSameSource(s.text) else { return false }
        return a.matches[i].contains { Self.sourceNouns.contains(rules[$0.rule].kind) && a.text.originalSpan($0.start, $0.end).start == s.span.start }
    }
    /// Cue kinds of the nouns that introduce an unnamed source (مصدر عسكري، مسؤول، بعض المحللين).
    static let sourceNouns: CueKinds = [.anonymous, .role, .collective]

    /// Whether a source's words call it the same as one met before: a reflexive after its noun
    /// (المصادر نفسها، المصدر ذاته) or نفس / ذات opening it (نفس المصدر، ذات المصادر).
    static func isSameSource(_ text: String) -> Bool {
        let words = PatternCompiler.foldedWords(text)
        guard let first = words.first, words.count <= 4 else { return false }
        return sameBefore.contains(first) || words.dropFirst().contains(where: sameAfter.contains)
    }
    static let sameAfter = Set(PatternCompiler.foldedWords(Arabic.sameSourceAfter))
    static let sameBefore = Set(PatternCompiler.foldedWords(Arabic.sameSourceBefore))

    /// How far (in scalars) after the end of an anonymous source a basis of knowledge may start.
    static let basisReach = 40
    /// How far (in scalars) after the end of an anonymous source a `scope: subject` basis may
    /// start: the space before its verb.
    static let subjectReach = 1

    // MARK: contested claims

    /// A denial links to a claim when the Dice coefficient of their content words reaches this
    /// (each word weighted by how rare it is among the article's claims: log(1 + claims / claims
    /// holding it)), with at least `minShared` words shared. Set on the dev gold for precision.
    static let threshold = 0.12
    static let minShared = 2
    /// A claim after the denial counts this much of its score: earlier claims are preferred.
    static let laterWeight = 0.7
    /// Other claims are linked too when they score this share of the best.
    static let runnerUp = 0.7
    static let maxLinks = 3
    /// A further link (a runner-up) shares at least this many words: two words shared with the
    /// best candidate are enough, two shared with another claim are most often the article's
    /// topic (طائرة in a story about a downed airliner) and a chance word (مضادة).
    static let runnerUpShared = 3
    /// A claim whose content words share this much (the same weighted Dice) and at least
    /// `restatementWords` words with a claim a denial disputes states that claim again (a report
    /// told twice: its words, not a topic, repeated), and is disputed too.
    static let restatement = 0.3
    static let restatementWords = 8

    /// Cue kinds by which a speaker reports what others say (البعض، تشير التقارير): the denier's
    /// own unit holding one may be what the denier disputes.
    static let othersSaying: CueKinds = [.passive, .collective, .anonymous]

    /// Cue kinds whose words say how a claim is sourced, not what it says: never content.
    static let framing: CueKinds = [.report, .relay, .according, .passive, .anonymous, .anonymity, .anonymityReason, .anonymityBasis,
                                    .told, .denial, .noComment, .hedge, .complement, .stop, .pronoun, .adverb, .qualifier,
                                    .boilerplate, .caption, .byline, .ownVoice, .rebuttal]

    /// Function words (folded, without clitics), never content.
    static let functionWords = WordSet(PatternCompiler.foldedWords(Arabic.functionWords).map { Array($0.unicodeScalars) })

    /// Objects of a denial that refer back to what was said (نفى ذلك، هذه الأنباء، ما تردد).
    static let anaphoric = WordSet(PatternCompiler.foldedWords(Arabic.anaphoricWords).map { Array($0.unicodeScalars) })

    /// A content word: its folded letters without proclitics, the article and common suffixes.
    static func stem(_ letters: ArraySlice<Unicode.Scalar>) -> String? {
        stemLetters(letters).map { String(String.UnicodeScalarView($0)) }
    }

    /// `stem` as letters: no String is built per token (the audit compares stems by their letters
    /// and builds the String of each distinct stem of an article once).
    static func stemLetters(_ letters: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard letters.count >= 3 else { return nil }
        // read in place: one Array is built, for the stem returned (a word's letters were copied
        // first, and its stem copied again from them)
        // (a basic Arabic letter is no digit)
        if !Arabic.isLetter(letters[letters.startIndex]) && letters.allSatisfy({ $0.properties.numericType != nil }) { return Array(letters) }
        if functionWords.contains(letters) || anaphoric.contains(letters) { return nil }
        var lo = letters.startIndex, hi = letters.endIndex
        // the first prefix, then the first suffix, that leaves three letters
        // (the first letter, then the last, compared before the whole affix: most words fit none)
        for p in prefixes where hi - lo - p.count >= 3 && letters[lo] == p[0] && letters[lo..<(lo + p.count)].elementsEqual(p) { lo += p.count; break }
        for s in suffixes where hi - lo - s.count >= 3 && letters[hi - 1] == s[s.count - 1] && letters[(hi - s.count)..<hi].elementsEqual(s) { hi -= s.count; break }
        if lo == letters.startIndex && hi == letters.endIndex { return Array(letters) }
        let r = letters[lo..<hi]
        return functionWords.contains(r) ? nil : Array(r)
    }
    static let prefixes = Arabic.stemPrefixes.map { Array($0.unicodeScalars) }
    static let suffixes = Arabic.stemSuffixes.map { Array($0.unicodeScalars) }

    /// The forms a stem is compared by: itself, without a verb's prefix (يفقد، فقد), and its first
    /// four letters when longer (فقدان، فقد… ; الاصطدام، اصطدم).
    static func keys(_ stem: String) -> [String] {
        var out = [stem]
        let u = Array(stem.unicodeScalars)
        if u.count >= 4, Arabic.verbPrefixes.unicodeScalars.contains(u[0]) { out.append(String(String.UnicodeScalarView(u.dropFirst()))) }
        if u.count >= 5 { out.append(String(String.UnicodeScalarView(u.prefix(4))) + "…") }
        return out
    }

    /// The ids of the rules that named a source in `unit`.
    static func proposingRules(_ unit: AuditedUnit) -> [String] {
        unit.proposals.compactMap { if case .names(_, let rule, _, _, _) = $0.form { return rule } else { return nil } }
    }

    /// The content stems of a unit, and whether a denial in it has an anaphoric object (a word
    /// that refers back to what was said within a few words after the denial cue).
    /// Its stems are numbered in `seen` (the article's), each listed once.
    /// `proposed`: the ids of the rules that named a source in the claim (`AuditedUnit.proposals`).
    /// A verb cue limited to some subjects (`subjects:` in the pack) that names none here was set
    /// aside by the labeller (its subject is not of that kind: فريد تناول المنشطات under a
    /// document verb): its words are the claim's content, not its framing.
    func content(_ a: ArticleText, _ i: Int, _ seen: inout SeenStems, proposed: [String] = [], places: Set<[Unicode.Scalar]> = []) -> Content {
        let words = a.words(of: i)
        // the unit's words covered by a framing cue, by their token less the first word's
        let base = words.first ?? 0
        var covered = [Bool](repeating: false, count: (words.last ?? -1) - base + 1)
        var afterDenial = Set<Int>()
        // the own outlet's name, under any outlet cue overlapping it (الشرق inferred, الشرق الأوسط matched)
        let own = a.matches[i].filter { ownOutletRules.contains($0.rule) }
        func isOwn(_ m: CueMatch) -> Bool {
            rules[m.rule].kind == .outlet && own.contains { $0.start < m.end && m.start < $0.end }
        }
        func setAside(_ m: CueMatch) -> Bool { !rules[m.rule].subjects.isEmpty && !proposed.contains(rules[m.rule].id) }
        var verbless = false, verbalDenial = false
        // the nouns of the changes its verbless denials say will not be (تأجيل، استثناءات), by token
        var changeTokens = Set<Int>()
        for m in a.matches[i] where (Self.framing.contains(rules[m.rule].kind) && !setAside(m)) || isOwn(m) {
            // (a verbless denial frames by its «لا» alone: its noun is what it disputes)
            let framed = isOwn(m) ? m.firstToken..<m.nextToken : Self.framed(m, rules)
            let lo = max(framed.lowerBound, base), hi = min(framed.upperBound, base + covered.count)
            if lo < hi { for t in lo..<hi { covered[t - base] = true } }
            if rules[m.rule].kind == .denial { afterDenial.insert(framed.upperBound) }
            if Self.isVerbless(m, rules) { verbless = true; changeTokens.insert(framed.upperBound) }
            else if rules[m.rule].kind == .denial { verbalDenial = true }
        }
        /// Whether one of the words from `reach` before the `k`th to it follows a denial cue.
        func nearDenial(_ k: Int, _ reach: Int) -> Bool {
            !afterDenial.isEmpty && words[max(0, k - reach)...k].contains(where: afterDenial.contains)
        }
        let affirmedRanges = affirmedClauses(a, i, words)
        var stems: [Int] = []
        var object = Set<Int>()
        var affirmed = Set<Int>()
        var alternates: [Int: [Unicode.Scalar]] = [:]
        var placeStems = Set<Int>()
        var changes: [Int] = []
        var anaphoric = false, reported = false
        for (k, t) in words.enumerated() {
            let letters = a.tokens.letters(t)
            let bare = Arabic.withoutConjunctions(letters)
            if Self.anaphoric.contains(letters) || (bare.count < letters.count && Self.anaphoric.contains(bare)) {
                // within the four words after a denial cue: نفى ذلك، نفت الوزارة هذه الأنباء; not a
                // report word whose content follows it (نفت ما يتردد على أن الصفقة ...، نفى ما أشيع
                // عن أن ...): that denial states what it disputes, matched by its words
                if nearDenial(k, Self.anaphoricReach) {
                    if statesContent(a, words, k) { reported = true } else { anaphoric = true }
                }
                continue
            }
            if covered[t - base] { continue }
            if let letters = Self.stemLetters(letters) {
                let s = seen.number(letters, unit: i)
                if s.new { stems.append(s.id) }
                if changeTokens.contains(t) && !changes.contains(s.id) { changes.append(s.id) }
                // a first و ف ب read as a conjunction or preposition may be the word's own
                // (وعيه، فقدان): the word without its article is an alternate spelling of the stem
                if let alt = Self.alternate(a.tokens.letters(t), stem: letters) { alternates[s.id] = alt }
                if !places.isEmpty && Self.isPlaceWord(bare, places) && !(k > 0 && words[k - 1] == t - 1 && Self.isNisbaName(bare, after: Arabic.withoutConjunctions(a.tokens.letters(t - 1)), places,
                                                                                                        before: (2...4).prefix { j in k >= j && words[k - j] == t - j }.map { a.tokens.letters(t - $0) })) {
                    placeStems.insert(s.id)
                }
                // the denial's object (نفى وجود محادثات بين بوتين وماسك): the words it disputes
                if nearDenial(k, Self.objectReach) { object.insert(s.id) }
                else if affirmedRanges.contains(where: { $0.contains(t) }) { affirmed.insert(s.id) }
            }
        }
        return Content(stems: stems, anaphoric: anaphoric, reported: reported && !anaphoric, verbless: verbless && !verbalDenial, changes: changes, object: object, affirmed: affirmed,
                       alternates: alternates, places: placeStems)
    }

    /// The rule of a verbless denial of a reported change (`Rules/denial.yml`: «لا تأجيل للدراسة»،
    /// «أن لا استثناءات لفريقي …»): «لا» and the verbal noun of the change it says will not be.
    static let verblessDenialRule = "denial.no-change"

    /// Whether a cue is a verbless denial (`verblessDenialRule`).
    static func isVerbless(_ m: CueMatch, _ rules: [Rule]) -> Bool { rules[m.rule].id == verblessDenialRule }

    /// The tokens of a framing cue that say how a claim is sourced, not what it says: the whole
    /// cue, but a verbless denial's «لا» alone — its noun (تأجيل، استثناءات، تمديد) is the change it
    /// disputes, the content it shares with the report it answers («احتمالية استثناء الفريقين»).
    static func framed(_ m: CueMatch, _ rules: [Rule]) -> Range<Int> {
        isVerbless(m, rules) ? m.firstToken..<min(m.firstToken + 1, max(m.firstToken, m.nextToken)) : m.firstToken..<max(m.firstToken, m.nextToken)
    }

    /// Whether two place stems name one place: the same stem, or one the other's nationality
    /// (اير of إيران، ايران of الإيراني، سور of السوري and سوريا): the shorter, three letters or
    /// more, starts the longer, and what the longer has more is a whole ending — a place's own
    /// (ا، يا، يه), a stem's (`Arabic.stemSuffixes`: ان، يه …) or a nationality's
    /// (`Arabic.nationalityEndings`), or a place's followed by a nationality's — never a letter of
    /// another word (مصرف is not مصر).
    static func samePlace(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        let (s, l) = x.count <= y.count ? (x, y) : (y, x)
        guard s.count >= 3 && l.starts(with: s) else { return false }
        let rest = Array(l.dropFirst(s.count))
        if rest.isEmpty || placeWordEndings.contains(rest) { return true }
        return placeOwnEndings.contains { rest.starts(with: $0) && placeWordEndings.contains(Array(rest.dropFirst($0.count))) }
    }
    /// The endings of a place's own name (سوريا، السعودية، أمريكا) after the stem it shares with
    /// its nationality.
    static let placeOwnEndings: [[Unicode.Scalar]] = [[Arabic.alef], [Arabic.ya, Arabic.alef], [Arabic.ya, Arabic.ha], [Arabic.ha]]
    /// Whole endings a place stem may have beyond another of the same place: a place's own, a
    /// stem's or a nationality's.
    static let placeWordEndings: Set<[Unicode.Scalar]> = Set(placeOwnEndings + nationalityEndings + Arabic.stemSuffixes.map { Array($0.unicodeScalars) })

    /// Whether a nationality adjective is a family name: the masculine singular with its article
    /// (السوري، المصري) right after a word with none that names no place (a given name: الفنان أيمن
    /// السوري; or the noun it completes: مدير أعمال السوري) — an adjective of nationality takes the
    /// article of its noun (الرئيس السوري، وزير الخارجية الإيراني، مسؤول سوري). Not after a force
    /// named by its leader (one of the words `before` `previous`, nearest first, up to three back
    /// over the leader's name and title: قوات حفتر الليبي، قوات خليفة حفتر الليبي، قوات المشير حفتر
    /// الليبي، `Arabic.forceHeads`): the adjective is the force's, a place.
    static func isNisbaName(_ bare: ArraySlice<Unicode.Scalar>, after previous: ArraySlice<Unicode.Scalar>, _ places: Set<[Unicode.Scalar]>,
                            before: [ArraySlice<Unicode.Scalar>] = []) -> Bool {
        let w = withoutArticle(bare)
        guard w.count < bare.count, w.last == Arabic.ya, !places.contains(w) else { return false }
        guard previous.count >= 3, previous.allSatisfy(Arabic.isLetter), withoutArticle(previous).count == previous.count,
              !functionWords.contains(previous), !isPlaceWord(previous, places) else { return false }
        if before.contains(where: { h in withGluedPreposition(withoutArticle(Arabic.withoutConjunctions(h))).contains(where: { forceHeads.contains($0[...]) }) }) { return false }
        return true
    }
    static let forceHeads = WordSet(PatternCompiler.foldedWords(Arabic.forceHeads.joined(separator: " ")).map { Array($0.unicodeScalars) })

    /// The rule naming capitals (`Rules/entities.yml`): with the rules marked `place_tag` (states), the
    /// pack's places.
    static let capitalRule = "entity.capital"

    /// The places of the pack, folded, without their article: the one-word names of its states
    /// (rules with `place_tag`) and capitals (`capitalRule`).
    static func places(_ rules: [Rule]) -> Set<[Unicode.Scalar]> {
        var out = Set<[Unicode.Scalar]>()
        for r in rules where r.placeTag || r.id == capitalRule {
            for p in r.patterns {
                for alt in p.split(separator: "|") {
                    let ws = PatternCompiler.foldedWords(String(alt))
                    guard ws.count == 1, let w = ws.first else { continue }
                    out.insert(withoutArticle(Array(w.unicodeScalars)[...]))
                }
            }
        }
        return out
    }

    /// Letters without a leading ال (and a ب ل ك glued before it, or لل).
    static func withoutArticle(_ l: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var w = l
        if let f = w.first, f == Arabic.baa || f == Arabic.lam || f == Arabic.kaf, w.count > 4, w.dropFirst().starts(with: [Arabic.alef, Arabic.lam]) { w = w.dropFirst() }
        if w.count > 3, w.starts(with: [Arabic.alef, Arabic.lam]) { w = w.dropFirst(2) }
        else if w.count > 3, w.starts(with: [Arabic.lam, Arabic.lam]) { w = w.dropFirst(2) }
        return Array(w)
    }

    /// A word and, when it is long enough to hold one, the word without a preposition glued to it
    /// with no article (لإيران، بطهران، لروسيا).
    static func withGluedPreposition(_ w: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        [w] + (w.count > 4 && (w[0] == Arabic.baa || w[0] == Arabic.lam) ? [Array(w.dropFirst())] : [])
    }

    /// The endings of a nationality adjective (folded): الإيراني، الإيرانية، الإيرانيين، الإيرانيون.
    static let nationalityEndings: [[Unicode.Scalar]] = PatternCompiler.foldedWords(Arabic.nationalityEndings).map { Array($0.unicodeScalars) }

    /// Whether a word (folded, without its conjunction) names one of `places` or is its nationality
    /// adjective: طهران، بإيران، الإيرانيين (إيران), الأمريكي (أمريكا), السوري (سوريا), السعودي (السعودية).
    static func isPlaceWord(_ bare: ArraySlice<Unicode.Scalar>, _ places: Set<[Unicode.Scalar]>) -> Bool {
        let w = withoutArticle(bare)
        // a preposition glued to a place with no article (لإيران، بطهران)
        let forms = Self.withGluedPreposition(w)
        for f in forms {
            if places.contains(f) { return true }
            for e in nationalityEndings where f.count - e.count >= 3 && f.suffix(e.count).elementsEqual(e) {
                let base = Array(f.dropLast(e.count))
                if places.contains(base) || places.contains(base + [Arabic.alef]) || places.contains(base + [Arabic.ya, Arabic.alef]) || places.contains(base + [Arabic.ya, Arabic.ha]) { return true }
                break
            }
        }
        return false
    }

    /// Cue kinds by which someone else's words are reported: a clause holding one may state what
    /// a denial disputes, and is not what the denier affirms.
    static let reporting: CueKinds = [.report, .relay, .according, .passive, .anonymous, .collective, .told]

    /// The clauses of a unit with a denial (or a rebuttal) in which its speaker affirms something
    /// rather than disputes it: the content of a reporting verb that opens a clause — the unit's
    /// first word, after a comma or with و / ف glued on (أكد، وأضاف، مؤكدًا) — up to the next such
    /// verb or the unit's end, when no denial or rebuttal closes it (that clause is what the
    /// denial disputes: أكدت الوزارة أن ما نشر عن … غير صحيح) and no one else's report is inside
    /// it. «أكد هوكستين أن دول الخليج مهمة لأمريكا …، وأضاف … أن ذلك ليس صحيحا» affirms the first
    /// clause; «نفى مصدر … توقيع أي عقود، مؤكدًا أن العقود الجديدة ستكون في نهاية العام» the last.
    /// Token ranges; empty for a unit with no denial or rebuttal cue.
    func affirmedClauses(_ a: ArticleText, _ i: Int, _ words: [Int]) -> [Range<Int>] {
        let ms = a.matches[i]
        guard let first = words.first, let last = words.last,
              ms.contains(where: { rules[$0.rule].kind == .denial || Rebuttals.isRebuttal($0, a, i, rules) }) else { return [] }
        func opensClause(_ m: CueMatch) -> Bool {
            let t = m.firstToken
            if t == first { return true }
            if t > 0, a.tokens[t - 1].kind == .punct, a.tokens[t - 1].isComma { return true }
            let l = a.tokens.letters(t)
            return Arabic.withoutConjunctions(l).count < l.count
        }
        let sorted = ms.sorted { ($0.firstToken, $0.nextToken) < ($1.firstToken, $1.nextToken) }
        var out: [Range<Int>] = []
        for r in sorted where rules[r.rule].kind == .report && opensClause(r) {
            var end = last + 1
            var disputed = false
            for m in sorted where m.firstToken >= r.nextToken {
                let kind = rules[m.rule].kind
                if kind == .denial || Rebuttals.isRebuttal(m, a, i, rules) { end = m.firstToken; disputed = true; break }
                if kind == .report && opensClause(m) { end = m.firstToken; break }
                if Self.reporting.contains(kind) { disputed = true }
            }
            if !disputed && r.nextToken < end { out.append(r.nextToken..<end) }
        }
        return out
    }

    /// A unit's content (`content`): its stems by their numbers in the article's `SeenStems`.
    struct Content {
        var stems: [Int]
        var anaphoric: Bool
        /// Whether a denial in the unit states what it disputes as what others say: a report
        /// word right after the denial followed by its content (نفت ما يتردد على أن ...، نفى ما
        /// أشيع عن أن ...). What it disputes is a report, someone's, not the writer's narration.
        var reported: Bool = false
        /// Whether the unit denies only by verbless denials (`isVerbless`: لا تأجيل للدراسة): with no
        /// verb of its own, it answers a report of the change, not what the writer narrates.
        var verbless: Bool = false
        /// The stems of the changes a verbless denial says will not be (تأجيل، استثناءات).
        var changes: [Int] = []
        var object: Set<Int>
        /// The stems the unit's speaker affirms (`affirmedClauses`), outside the denial's object.
        var affirmed: Set<Int> = []
        /// An alternate spelling (`alternate`) of some of the stems.
        var alternates: [Int: [Unicode.Scalar]]
        /// The stems written as a place or its nationality (`isPlaceWord`: طهران، إيران، الإيرانيين).
        var places: Set<Int> = []
    }

    /// The distinct stems of an article, numbered as they are first seen.
    struct SeenStems {
        var ids: [StemKey: Int] = [:]
        var letters: [[Unicode.Scalar]] = []
        /// The unit each stem was last seen in.
        var lastUnit: [Int] = []
        /// The number of `stem`, and whether it is new to `unit`.
        mutating func number(_ stem: [Unicode.Scalar], unit: Int) -> (id: Int, new: Bool) {
            // one lookup: the next number is stored when the stem is missing (it was looked up, then
            // hashed again to be inserted)
            let next = letters.count
            let n = Self.take(&ids[StemKey(stem), default: next])
            if n < next {
                if lastUnit[n] == unit { return (n, false) }
                lastUnit[n] = unit
                return (n, true)
            }
            letters.append(stem)
            lastUnit.append(unit)
            return (n, true)
        }
        /// The value of an entry reached in place (`ids[stem, default:]` stores its default): the one
        /// lookup that numbers a stem here, and a name's stems and a source's id in `linkContests`.
        static func take<Number: BinaryInteger>(_ n: inout Number) -> Number { n }
        /// The number of a stem seen, if it was.
        func id(of stem: [Unicode.Scalar]) -> Int? { ids[StemKey(stem)] }
    }

    /// A stem's letters as a dictionary key, hashed as one 64-bit mix of its letters (FNV-1a):
    /// an array's own hash feeds the hasher a scalar at a time, most of the cost of numbering an
    /// article's stems. Equal keys are equal letters, as before; only the hash differs.
    struct StemKey: Hashable {
        let letters: [Unicode.Scalar]
        init(_ letters: [Unicode.Scalar]) { self.letters = letters }
        static func == (l: StemKey, r: StemKey) -> Bool { l.letters == r.letters }
        func hash(into h: inout Hasher) {
            var x: UInt64 = 0xcbf2_9ce4_8422_2325
            for c in letters { x = (x ^ UInt64(c.value)) &* 0x100_0000_01b3 }
            h.combine(x)
        }
    }

    static let demonstratives: Set<[Unicode.Scalar]> = Set(PatternCompiler.foldedWords(Arabic.demonstratives).map { Array($0.unicodeScalars) })
    static let contentOpeners: Set<[Unicode.Scalar]> = Set(PatternCompiler.foldedWords(Arabic.statedContentOpeners).map { Array($0.unicodeScalars) })
    static let pluperfect: Set<[Unicode.Scalar]> = Set(PatternCompiler.foldedWords(Arabic.pluperfectAuxiliaries).map { Array($0.unicodeScalars) })
    static let qad: [Unicode.Scalar] = Array(Arabic.pluperfectParticle.unicodeScalars)

    /// Whether the report word at `k` (ما تردد، الأنباء) is followed by what was said (`عن`، `أن`،
    /// `حول` ...), and neither is nor follows a demonstrative (هذه الأنباء عن ... still points back).
    func statesContent(_ a: ArticleText, _ words: [Int], _ k: Int) -> Bool {
        guard k + 1 < words.count else { return false }
        func bare(_ t: Int) -> [Unicode.Scalar] { Array(Arabic.withoutConjunctions(a.tokens.letters(t))) }
        if Self.demonstratives.contains(bare(words[k])) { return false }
        if k > 0, Self.demonstratives.contains(bare(words[k - 1])) { return false }
        return Self.contentOpeners.contains(Array(a.tokens.letters(words[k + 1])))
    }

    /// How many words a denied unit says before its first denial cue to state the claim it denies.
    static let statedBeforeDenial = 6

    /// Whether denied unit `i` states a claim before its first denial cue (a report, then `وهو الأمر
    /// الذي نفاه المصدر`, `وهو ما تنفيه الحكومة`): not the few words of a speaker (ونفت الوزارة),
    /// nor what the denier does before it denies (ونشر أرسنال بيانا على حسابه ... ونفى تكهنات): the
    /// denier is not named there.
    func statesBeforeDenying(_ a: ArticleText, _ i: Int, _ units: [AuditedUnit]) -> Bool {
        guard let first = a.matches[i].filter({ rules[$0.rule].kind == .denial }).map(\.firstToken).min() else { return false }
        let before = a.words(of: i).prefix { $0 < first }
        guard before.count >= Self.statedBeforeDenial else { return false }
        var names = Set<[Unicode.Scalar]>()
        for m in units[i].sources {
            for w in PatternCompiler.foldedWords(m.text) {
                if let st = Self.stemLetters(Array(w.unicodeScalars)[...]) { names.insert(st) }
            }
        }
        func isName(_ t: Int) -> Bool { Self.stemLetters(a.tokens.letters(t)).map(names.contains) ?? false }
        if !before.contains(where: isName) { return true }
        // the denier named only as the subject of the denial's own clause, in its last few words
        // after the report it states (… أنباء عن مقتل زعيم طالبان، لكن الحركة كانت تنفي صحتها)
        // (a contrast opening that clause: without it the words before are the denier's framing,
        // نقلت وكالة … عن متحدث باسم الكرملين نفيه); the names of the report's own speakers may
        // stand before it (وأفادت مصادر كردية بأن مدنيين قتلوا …، لكن الجيش نفى ذلك): only the
        // denier's, a source named in those last words, may not
        let head = before.dropLast(Self.denialSubjectReach)
        let tail = before.suffix(Self.denialSubjectReach)
        let turn = before.suffix(Self.denialSubjectReach + 1).contains { t in
            Self.contrast.contains(Array(Arabic.withoutConjunctions(a.tokens.letters(t))))
        }
        guard turn, head.count >= Self.statedBeforeDenial else { return false }
        let tailStems = Set(tail.compactMap { Self.stemLetters(a.tokens.letters($0)) })
        var denier = Set<[Unicode.Scalar]>()
        for m in units[i].sources {
            let stems = Self.nameStems(m)
            if stems.contains(where: tailStems.contains) { denier.formUnion(stems) }
        }
        return !denier.isEmpty && !head.contains { t in Self.stemLetters(a.tokens.letters(t)).map(denier.contains) ?? false }
    }

    /// Whether denied unit `i` reports someone's claim before its first denial cue (ويتهم حلفاء
    /// تركيا أنقرة بدعمه سرا، مع أن السلطات التركية تنفي ذلك; وأفادت مصادر كردية بأن مدنيين قتلوا،
    /// لكن الجيش نفى ذلك): a cue of someone's report or accusation ends before it.
    func reportsBeforeDenying(_ a: ArticleText, _ i: Int) -> Bool {
        guard let first = a.matches[i].filter({ rules[$0.rule].kind == .denial }).map(\.firstToken).min() else { return false }
        return a.matches[i].contains { Self.reporting.contains(rules[$0.rule].kind) && $0.nextToken <= first }
    }
    static let contrast: Set<[Unicode.Scalar]> = Set(PatternCompiler.foldedWords(Arabic.contrastConnectives.joined(separator: " ")).map { Array($0.unicodeScalars) })

    /// How many words right before a denial cue may name the denier as the subject of the
    /// denial's own clause (لكن الحركة كانت تنفي) when the words before them state the claim.
    static let denialSubjectReach = 3
    /// The share of a claim's content words that, when they are what a denier affirms or its
    /// name, make the claim a restatement of the denier rather than what it disputes.
    static let restatedShare = 0.5

    /// How many words from its start a unit's pluperfect (`وكانت ... قد`) may take.
    static let pluperfectReach = 10

    /// Whether unit `i` opens in the pluperfect (وكانت وسائل إعلام قد تناقلت تقارير): background
    /// told after the news, an event before it; a denial may dispute it though it comes later.
    func opensInPluperfect(_ a: ArticleText, _ i: Int) -> Bool {
        let words = a.words(of: i).prefix(Self.pluperfectReach)
        guard let first = words.first else { return false }
        guard Self.pluperfect.contains(Array(Arabic.withoutConjunctions(a.tokens.letters(first)))) else { return false }
        return words.dropFirst().contains { Array(a.tokens.letters($0)) == Self.qad }
    }

    /// The word without its article only, when its stem also lost a first و ف ب: `وعيه` (stem
    /// `عيه`), `فقدان` (stem `قدان`). Nil otherwise.
    static func alternate(_ letters: ArraySlice<Unicode.Scalar>, stem: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let f = letters.first, Self.rootLike.contains(f), letters.count >= 4, letters.dropFirst().starts(with: stem) else { return nil }
        return Array(letters)
    }
    static let rootLike: Set<Unicode.Scalar> = [Arabic.waw, Arabic.faa, Arabic.baa]

    /// The keys of an alternate spelling (`alternate`): itself and its first three letters
    /// (فقدان: فقد, the verb يفقد's key; وعيه: وعي, the stem of للوعي).
    static func alternateKeys(_ w: [Unicode.Scalar]) -> [String] {
        [String(String.UnicodeScalarView(w)), String(String.UnicodeScalarView(w.prefix(3)))]
    }
    static let anaphoricReach = 4
    /// The most words of a denier's name left out of its denial's content (`linkContests`):
    /// `أرسنال`, `فريد`, `وزارة الطاقة`.
    static let nameWords = 2
    /// How many words after a denial cue are its object, and how much more they weigh there.
    static let objectReach = 6
    static let objectWeight = 2.0
    /// An earlier claim loses this share of its score per claim between it and the denial.
    static let distanceDecay = 0.04
    /// How far a denial looks for what it disputes, in claims: back (an earlier claim this far
    /// away has lost 6/7 of its score to the distance) and forward. Bounds the work on a huge
    /// article with a denial on every line to linear; every corpus article fits in the window.
    static let window = (back: 150, forward: 50)

    /// An article's stems (`SeenStems`) numbered in the order of their Strings (equal Strings
    /// take one number): each seen stem's number, the letters each number is spelled by, and the
    /// numbers of each one's keys (`keys`, and `alternateKeys` of its alternate spellings; two keys
    /// are one when their Strings are equal).
    static func numbering(_ seen: SeenStems, _ contents: [Content]) -> (number: [Int], spellings: [[Unicode.Scalar]], keys: [[Int]]) {
        let letters = seen.letters
        var number = [Int](repeating: 0, count: letters.count)
        // letters whose Strings are in NFC and compose with nothing: their String order is their
        // scalars' order and equal Strings are equal letters, so no String need be built or compared
        if letters.allSatisfy(isPlain) && contents.allSatisfy({ $0.alternates.values.allSatisfy(isPlain) }) {
            let order = letters.indices.sorted { letters[$0].lexicographicallyPrecedes(letters[$1]) }
            for (n, id) in order.enumerated() { number[id] = n }
            var alternates = [[[Unicode.Scalar]]](repeating: [], count: letters.count)
            for found in contents {
                for (id, alt) in found.alternates where !alternates[number[id]].contains(alt) { alternates[number[id]].append(alt) }
            }
            // a stem's own key is its seen number; the other keys numbered after them (a key
            // ending in … is no stem)
            var extra: [StemKey: Int] = [:]
            extra.reserveCapacity(letters.count * 2)
            func numbered(_ k: [Unicode.Scalar], stem: Bool = true) -> Int {
                if stem, let n = seen.id(of: k) { return n }
                // the next number stored when the key is new, in one lookup
                let next = letters.count + extra.count
                return SeenStems.take(&extra[StemKey(k), default: next])
            }
            let keys: [[Int]] = order.indices.map { w in
                let stem = letters[order[w]]
                var ks = [order[w]]
                if stem.count >= 4, verbPrefixLetters.contains(stem[0]) { ks.append(numbered(Array(stem.dropFirst()))) }
                if stem.count >= 5 { ks.append(numbered(Array(stem.prefix(4)) + [ellipsis], stem: false)) }
                for alt in alternates[w] { for k in [numbered(alt), numbered(Array(alt.prefix(3)))] where !ks.contains(k) { ks.append(k) } }
                return ks
            }
            return (number, order.map { letters[$0] }, keys)
        }
        // one String per distinct stem: numbered by String (its order, and its equality)
        // (sorted by String, equal Strings are neighbours and take one number)
        let spelled = letters.indices.map { ($0, String(String.UnicodeScalarView(letters[$0]))) }.sorted { $0.1 < $1.1 }
        var words: [String] = [], spellings: [[Unicode.Scalar]] = []
        words.reserveCapacity(spelled.count)
        for (id, w) in spelled {
            if words.last != w { words.append(w); spellings.append(letters[id]) }
            number[id] = words.count - 1
        }
        var keyNumber: [String: Int] = [:]
        keyNumber.reserveCapacity(words.count * 3)
        var alternates = [[[Unicode.Scalar]]](repeating: [], count: words.count)
        for found in contents {
            for (id, alt) in found.alternates where !alternates[number[id]].contains(alt) { alternates[number[id]].append(alt) }
        }
        func numbered(_ k: String) -> Int {
            if let n = keyNumber[k] { return n }
            let n = keyNumber.count
            keyNumber[k] = n
            return n
        }
        let keys: [[Int]] = words.indices.map { w in
            var ks = Self.keys(words[w]).map(numbered)
            for alt in alternates[w] { for k in Self.alternateKeys(alt).map(numbered) where !ks.contains(k) { ks.append(k) } }
            return ks
        }
        return (number, spellings, keys)
    }

    /// Whether every letter is an ASCII letter or digit, a basic Arabic letter or an Arabic-Indic
    /// digit: each in NFC, of combining class 0, and the second of no canonical composition.
    static func isPlain(_ w: [Unicode.Scalar]) -> Bool {
        w.allSatisfy { c in (c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil)) || Arabic.isLetter(c) || Arabic.isDigit(c) }
    }

    /// The letters of `keys` and `alternateKeys` (for plain letters, `isPlain`, the same keys).
    static let verbPrefixLetters = Array(Arabic.verbPrefixes.unicodeScalars)
    static let ellipsis: Unicode.Scalar = "\u{2026}"

    /// Links every denied claim to the claims it disputes (`contests`, and `contested_by` on them).
    func linkContests(_ units: inout [AuditedUnit], _ a: ArticleText) {
        linkContests(&units, readContests(units, a))
    }

    /// What `linkContests` reads of the article's tokens, matches and text, read once per claim
    /// (nil: the article has no denial, nothing to link). `Auditor` reads it, then releases the
    /// article (a long article's tokens, cue matches and folded text, most of its memory: issue
    /// #26) before the claims' stems are numbered and the denials weighed.
    struct ContestReading {
        /// The units judged (claims), in order; the denied ones.
        let claims: [Int], denials: [Int]
        /// The article's stems, and the content of every claim by place (`content`).
        var seen: SeenStems
        var contents: [Content]
        /// By place: a denied claim stating the claim before its denial (`statesBeforeDenying`), a
        /// claim opening in the pluperfect (`opensInPluperfect`), the original spans of a claim's
        /// matches reporting others' saying (`othersSaying`), in their order.
        let statesFirst: [Bool], pluperfect: [Bool]
        /// By place: a denied claim spelling out in its object the charge it denies
        /// (`statesChargeInObject`: ترفض الحكومة اتهامات من المعارضة بأنها أيدت …).
        var chargeStated: [Bool] = []
        /// By place: a claim holding an accusation cue (اتهم، تتهم، اتهامات): the charge a denial
        /// spelling one out may answer, though in other words.
        var accusing: [Bool] = []
        let othersSaying: [[TextSpan]]
        /// By denial (`denials`' order): the names it contradicts (`contestedNames`), and whether
        /// it reports someone's claim before denying (`reportsBeforeDenying`; read only for an
        /// anaphoric denial stating the claim first, false for the others).
        let contested: [Set<[Unicode.Scalar]>], reportsFirst: [Bool]
        /// By denial: the names whose account it disputes by a claim or account noun (`contestedNames`
        /// without «ما قاله»: في تفسير إيران، مزاعم الحكومة).
        var accountsOf: [Set<[Unicode.Scalar]>] = []
    }

    /// Reads what `linkContests` needs of the article `units` were judged from (see `ContestReading`).
    func readContests(_ units: [AuditedUnit], _ a: ArticleText) -> ContestReading? {
        let denials = units.indices.filter { units[$0].label == .denied }
        guard !denials.isEmpty else { return nil }
        let claims = units.indices.filter { units[$0].label != nil }
        // the content of every claim, by place
        var contents: [Content] = []
        contents.reserveCapacity(claims.count)
        var seen = SeenStems()
        let places = Self.places(rules)
        for c in claims { contents.append(content(a, c, &seen, proposed: Self.proposingRules(units[c]), places: places)) }
        let statesFirst = claims.map { units[$0].label == .denied && statesBeforeDenying(a, $0, units) }
        let pluperfect = claims.map { opensInPluperfect(a, $0) }
        let othersSaying = claims.map { c in
            a.matches[c].lazy.filter { Self.othersSaying.contains(rules[$0.rule].kind) }.map { a.text.originalSpan($0.start, $0.end) }
        }.map { Array($0) }
        var place = [Int](repeating: -1, count: units.count)
        for (k, c) in claims.enumerated() { place[c] = k }
        let contested = denials.map { contestedNames(a, $0) }
        let reportsFirst = denials.map { d in contents[place[d]].anaphoric && statesFirst[place[d]] && reportsBeforeDenying(a, d) }
        var reading = ContestReading(claims: claims, denials: denials, seen: seen, contents: contents, statesFirst: statesFirst, pluperfect: pluperfect,
                                     othersSaying: othersSaying, contested: contested, reportsFirst: reportsFirst)
        reading.chargeStated = claims.map { units[$0].label == .denied && statesChargeInObject(a, $0) }
        reading.accusing = claims.map { c in a.matches[c].contains { rules[$0.rule].kind == .accusation } }
        reading.accountsOf = denials.map { contestedNames(a, $0, saidWhat: false) }
        return reading
    }

    /// Links every denied claim to the claims it disputes (`contests`, and `contested_by` on them)
    /// from what was read of the article (`readContests`; the article itself is not read).
    func linkContests(_ units: inout [AuditedUnit], _ read: consuming ContestReading?) {
        // taken out of the optional: the one holder of its lists (the contents are released below)
        guard var reading = read.take() else { return }
        let denials = reading.denials, claims = reading.claims
        // the names of a unit's sources as `sameBody` compares them, read once per unit: each
        // name's content stems numbered (once per name's text), a unit's distinct names of two
        // stems or more as sorted lists of those numbers. A denial is weighed against every denied
        // claim near it, and a unit of a long cue-dense article names hundreds of sources: hashing
        // each name's String per pair of denials was most of the time of such an article (issue #26)
        var stemNumbers: [StemKey: Int32] = [:]
        var nameStems: [String: [Int32]] = [:]
        var bodies = [[[Int32]]?](repeating: nil, count: units.count)
        // a name's content stems numbered, sorted, read once per name's text
        func stemsOfName(_ m: SourceMention) -> [Int32] {
            if let known = nameStems[m.text] { return known }
            let stems = PatternCompiler.foldedWords(m.text).compactMap { w -> Int32? in
                guard let st = Self.stemLetters(Array(w.unicodeScalars)[...]) else { return nil }
                let next = Int32(stemNumbers.count)
                return SeenStems.take(&stemNumbers[StemKey(st), default: next])
            }.sortedUnique()
            nameStems[m.text] = stems
            return stems
        }
        func body(_ u: Int) -> [[Int32]] {
            if let known = bodies[u] { return known }
            var names = Set<[Int32]>()
            for m in units[u].sources {
                let stems = stemsOfName(m)
                // a name of one stem shares no two with another
                if stems.count >= Self.minShared { names.insert(stems) }
            }
            let out = names.sorted { $0.lexicographicallyPrecedes($1) }
            bodies[u] = out
            return out
        }
        // the numbers of the article's sources (their ids), and, per unit, the matches reporting
        // others' saying by the sources whose mentions hold each (distinct lists; nil: a match
        // held by no mention, whoever the denier is) — read once per unit, not per denial
        var sourceNumbers: [String: Int] = [:]
        func sourceNumber(_ id: String) -> Int {
            let next = sourceNumbers.count
            return SeenStems.take(&sourceNumbers[id, default: next])
        }
        var othersHeld = [[[Int]]??](repeating: nil, count: units.count)
        func othersSayingHolders(_ c: Int) -> [[Int]]? {
            if let known = othersHeld[c] { return known }
            var lists = Set<[Int]>()
            var free = false
            for span in reading.othersSaying[place[c]] {
                let holders = units[c].sources.filter { $0.span.start <= span.start && span.end <= $0.span.end }.map { sourceNumber($0.id) }.sortedUnique()
                if holders.isEmpty { free = true; break }
                lists.insert(holders)
            }
            let out: [[Int]]? = free ? nil : lists.sorted { $0.lexicographicallyPrecedes($1) }
            othersHeld[c] = .some(out)
            return out
        }
        // each claim's place among the claims: the number of claims between two is a subtraction
        var place = [Int](repeating: -1, count: units.count)
        for (k, c) in claims.enumerated() { place[c] = k }
        // the content of every claim, by place (`readContests`); its stems then numbered in their
        // sorted order, so that a sorted list of numbers is the sorted list of stems and no String
        // is hashed, compared or built per claim pair
        // (moved out of the reading: released below once read)
        var contents = reading.contents
        reading.contents = []
        let seen = reading.seen
        let (number, spellings, wordKeys) = Self.numbering(seen, contents)
        // the String of a stem, built only for what a denial shares
        func word(_ n: Int) -> String { String(String.UnicodeScalarView(spellings[n])) }
        // each claim's stems (sorted), its keys, its object; the stems' document frequencies. Keys
        // and objects are sorted lists of 32-bit numbers searched by bisection, not sets: a set of
        // a claim's ~80 keys took 1.4 KB, and a long article has tens of thousands of claims (issue #26)
        var stems: [[Int]] = [], keys: [[Int32]] = [], objects: [[Int]] = []
        stems.reserveCapacity(claims.count); keys.reserveCapacity(claims.count); objects.reserveCapacity(claims.count)
        var df = [Int](repeating: 0, count: spellings.count)
        var anaphoric: [Bool] = [], reported: [Bool] = [], verbless: [Bool] = []
        var changes: [[Int]] = []
        var affirmed: [[Int]] = []
        // the stems naming a place or its nationality (إيران، طهران، الإيرانيين): one side's or the
        // story's setting, shared by a denial and its opponents' claims alike, never enough on their own
        var isPlace = [Bool](repeating: false, count: spellings.count)
        affirmed.reserveCapacity(claims.count)
        anaphoric.reserveCapacity(claims.count); reported.reserveCapacity(claims.count)
        for found in contents {
            // sorted, once each: two spellings of one String are one stem
            var s = found.stems.map { number[$0] }
            s.sort()
            s.removeNeighbourDuplicates()
            for w in s { df[w] += 1 }
            stems.append(s)
            objects.append(found.object.map { number[$0] }.sortedUnique())
            affirmed.append(found.affirmed.map { number[$0] }.sortedUnique())
            anaphoric.append(found.anaphoric)
            reported.append(found.reported)
            verbless.append(found.verbless)
            changes.append(found.changes.map { number[$0] })
            for w in found.places { isPlace[number[w]] = true }
        }
        // the contents are read no more: released before the keys are built (a long article's
        // peak of memory is here)
        contents = []
        for s in stems { keys.append(s.flatMap { wordKeys[$0].lazy.map { Int32(truncatingIfNeeded: $0) } }.sortedUnique()) }
        let n = Double(max(claims.count, 1))
        let weights = df.map { log(1 + n / Double($0)) }
        // weights are summed in sorted order: a Set's order changes from run to run, and a sum
        // of doubles with it in its last digit (scores must be the same on every run)
        let sums = stems.map { $0.reduce(0) { $0 + weights[$1] } }
        // what each claim is, once per article rather than once per denial that weighs it: a
        // denied claim stating the claim before its denial, a claim opening in the pluperfect
        let statesFirst = reading.statesFirst, pluperfect = reading.pluperfect
        // the name stems of every mention of each denier, by id, each once (`chargesDenier`): read
        // once per article — gathered per denial, a source named in thousands of denials made the
        // linker quadratic (16,000 one-line denials: 2.5 s → 32.9 s)
        var mentionSets: [String: Set<[Unicode.Scalar]>] = [:]
        for u in units where u.label == .denied {
            for m in u.sources { mentionSets[m.id, default: []].formUnion(Self.nameStems(m)) }
        }
        for u in units where u.label != nil && u.label != .denied {
            for m in u.sources where mentionSets[m.id] != nil { mentionSets[m.id]!.formUnion(Self.nameStems(m)) }
        }
        // sorted: the order a side's words are tried in is the same on every run
        let mentionStems = mentionSets.mapValues { $0.sorted { $0.lexicographicallyPrecedes($1) } }
        mentionSets = [:]
        // each denial's number among the denials, by unit (`chargesDenier`: not a scan of the list)
        var denialNumber = [Int](repeating: -1, count: units.count)
        for (k, d) in denials.enumerated() { denialNumber[d] = k }
        func isPlaceStem(_ st: [Unicode.Scalar]) -> Bool { seen.id(of: st).map { isPlace[number[$0]] } ?? false }
        let denialRules = Set(rules.lazy.filter { $0.kind == .denial }.map(\.id))
        let passiveRules = Set(rules.lazy.filter { $0.kind == .passive }.map(\.id))
        for (denial, d) in denials.enumerated() {
            let here = place[d]
            let nearby = claims[max(0, here - Self.window.back)..<min(claims.count, here + Self.window.forward + 1)]
            // the denial's stems (sorted) with their keys, without the words naming the denier
            // (أرسنال in `أرسنال يؤكد أن جيرو لم يفقد وعيه`: who speaks, not what is disputed); a
            // longer "name" has often run on into what the denial says (`النظام السوري بشن`, read
            // as the speaker of `التي تتهم النظام السوري بشن هذه الهجمات`), and is kept
            var names = Set<Int>()
            for m in units[d].sources {
                let ws = PatternCompiler.foldedWords(m.text)
                guard ws.count <= Self.nameWords else { continue }
                for w in ws {
                    if let st = Self.stemLetters(Array(w.unicodeScalars)[...]), let id = seen.id(of: st) { names.insert(number[id]) }
                }
            }
            let mine = names.isEmpty ? stems[here] : stems[here].filter { !names.contains($0) }
            // what the denier affirms (`affirmedClauses`) and every word naming it: a claim sharing
            // only these with the denial restates the denier (a headline «مسئول أمريكي: دول الخليج
            // مهمة لأمريكا» over «أكد هوكستين أن دول الخليج مهمة لأمريكا …، وأضاف … أن ذلك ليس
            // صحيحا»), it is not what the denial disputes
            let asserted = affirmed[here]
            var denier = Set<Int>()
            if !asserted.isEmpty {
                for m in units[d].sources {
                    for w in PatternCompiler.foldedWords(m.text) {
                        if let st = Self.stemLetters(Array(w.unicodeScalars)[...]), let id = seen.id(of: st) { denier.insert(number[id]) }
                    }
                }
            }
            // — it shares `minShared` words of what the denier affirms, fewer than `minShared`
            // others, and the denier's words are half its content or more (a claim of its own that
            // shares a word or two of a counter-accusation, «وتوجه أصابع الاتهام للجيش الأوكراني»,
            // is still weighed)
            func restatesDenier(_ c: Int, _ shared: [Int]) -> Bool {
                guard !asserted.isEmpty else { return false }
                let affirmedShared = shared.reduce(0) { $0 + (asserted.sortedContains($1) ? 1 : 0) }
                let denierShared = shared.reduce(0) { $0 + (asserted.sortedContains($1) || denier.contains($1) ? 1 : 0) }
                return affirmedShared >= Self.minShared && shared.count - denierShared < Self.minShared
                    && Double(denierShared) >= Self.restatedShare * Double(stems[place[c]].count)
            }
            let object = objects[here]
            // the denial's own words, its object weighing more: what it shares of its object counts most
            func denialTotal(_ ws: [Int]) -> Double { ws.reduce(0) { $0 + weights[$1] * (object.sortedContains($1) ? Self.objectWeight : 1) } }
            let mineSum = denialTotal(mine)
            let denierIDs = Set(units[d].sources.map(\.id))
            // the reports the denial itself names as what it answers (نفى المتحدث تسلم أي إخطار …
            // وتم تداول تقارير تفيد بأن …): its anonymous sources named by a passive or rumour cue,
            // when a denial cue names someone else, are not the denier — their claims elsewhere are
            // the report it answers, not the denier's own
            var answeredReports = Set<String>()
            let named = units[d].proposals.compactMap { p -> (rule: String, text: String, kind: SourceKind)? in
                if case .names(_, let rule, let text, let kind, _) = p.form { return (rule, text, kind) } else { return nil }
            }
            if named.contains(where: { denialRules.contains($0.rule) && $0.kind != .anonymous }) {
                for n in named where n.kind == .anonymous && passiveRules.contains(n.rule) {
                    for m in units[d].sources where m.text == n.text { answeredReports.insert(m.id) }
                }
            }
            let ownIDs = denierIDs.subtracting(answeredReports)
            let ownNumbers = Set(ownIDs.map(sourceNumber))
            let contested = reading.contested[denial]
            // the denial's names indexed by stem (once, when a denied claim is first weighed): a
            // denied claim's names meet only those sharing a stem
            var denierBody: BodyIndex?
            func sameBodyAsDenier(_ c: Int) -> Bool {
                if denierBody == nil { denierBody = BodyIndex(body(d)) }
                return denierBody!.sameBody(body(c))
            }
            // (persons only: a body's word, الحركة، إيران، الأميركية, is shared by its opponents'
            // names and by sources the resolver ran on into what they say)
            let denierWords = units[d].sources.filter { $0.kind == .person }.flatMap(stemsOfName).sortedUnique()
            func sharesDenierWord(_ m: SourceMention) -> Bool { m.kind == .person && stemsOfName(m).contains { denierWords.sortedContains($0) } }
            /// Whether the later denial `c` is the charge the denial answers: another side's (no
            /// source of the denier's, not of its body, no word of its name shared), with words of its
            /// own (not ذلك), disputing the account of the denier's side by name (في تفسير إيران: the
            /// institute's doubt is the charge إيران ترفض اتهامات … answers; a dispute told from both
            /// ends, each disputing the other) — not ما قاله المعهد, which only answers the denial.
            // the words naming the denier's side: every mention of its sources in the article (ظريف
            // is وزير الخارجية الإيراني محمد جواد ظريف, إيران's side)
            // (the lists of the article's sources, read once above; joined only for a denier of more
            // than one source, when first asked)
            var joinedSide: [[Unicode.Scalar]]?
            func denierSide() -> [[Unicode.Scalar]] {
                if denierIDs.count == 1, let id = denierIDs.first { return mentionStems[id] ?? [] }
                if joinedSide == nil { joinedSide = Set(denierIDs.flatMap { mentionStems[$0] ?? [] }).sorted { $0.lexicographicallyPrecedes($1) } }
                return joinedSide!
            }
            /// Whether a word names the denier's side: one of its names' stems, or the same place
            /// (روسيا، لروسيا، الروسي).
            func namesDenierSide(_ w: [Unicode.Scalar]) -> Bool {
                let forms = Self.withGluedPreposition(w)
                return denierSide().contains { st in
                    forms.contains { f in f == st || ((isPlaceStem(st) || isPlaceStem(w)) && Self.samePlace(st, f)) }
                }
            }
            func chargesDenier(_ c: Int) -> Bool {
                guard !units[c].sources.isEmpty, !anaphoric[place[c]], case let k = denialNumber[c], k >= 0, !reading.accountsOf[k].isEmpty,
                      denierIDs.isDisjoint(with: units[c].sources.map(\.id)), !sharesNameWord(units[d].sources, units[c].sources),
                      !sameBodyAsDenier(c) else { return false }
                return reading.accountsOf[k].contains { owner in
                    denierSide().contains { $0 == owner || ((isPlaceStem($0) || isPlaceStem(owner)) && Self.samePlace($0, owner)) }
                }
            }
            /// Whether an accusing claim names the denier's side outside its own sources' names (its
            /// accuser): the side it charges (واتهمت أوكرانيا الانفصاليين الموالين لروسيا, answered by
            /// روسيا), not only the places it happens in.
            func accusesDenierSide(_ c: Int) -> Bool {
                let accuser = Set(units[c].sources.flatMap(Self.nameStems))
                return stems[place[c]].contains { w in
                    let l = Array(spellings[w])
                    return !accuser.contains(l) && namesDenierSide(l)
                }
            }
            /// Whether headline `c` gives a claim to a source other than the denier (`linkContests`).
            /// (the denier's own: one of its sources, or a source sharing a word of the denier's name —
            /// any word: a body's place or title word is most often the denier's side (أهالي عرسال:
            /// … over رئيس بلدية عرسال، مقاومة عدن: لا إعدامات over مجلس المقاومة الشعبية في عدن; on
            /// the first 6,000 corpus articles persons-only-or-same-body linked 3 such headlines, all
            /// wrong); it sets aside an opponent's headline sharing a common word too (الخارجية
            /// الأمريكية: … against وزارة الخارجية الروسية), rarer)
            func disputableHeadline(_ c: Int) -> Bool {
                !units[c].sources.isEmpty && units[c].sources.allSatisfy { !denierIDs.contains($0.id) } && !sharesNameWord(units[d].sources, units[c].sources)
            }
            // the headline left out, for `audit explain` (ContestMatch.setAside)
            let headline = claims.first.flatMap { units[$0].kind == .headline && units[$0].label != .denied && $0 != d ? $0 : nil }
            let setAside = headline.flatMap { disputableHeadline($0) ? nil : $0 }
            var scored: [(unit: Int, score: Double, shared: [Int])] = []
            var placesOnly: [Int] = []
            for c in nearby where c != d {
                // what the denier itself says is not what it disputes; what it reports others saying
                // may be (وقال تادرس إن البعض ربط ...)
                // (the denier speaking first in it, a further source after it being most often its
                // content's subject: «وأكد المصدر أن مصر ترى …»; the word naming the denier, مصدر or
                // مصادر, is no one else's report)
                // — unless the denial names that source as the one it contradicts (خلافا لما ذكره
                // المرصد: a mention the resolver took back to the denier is not the denier)
                // (a match reporting others' saying that no mention of the denier holds)
                // (the denier is also a source the resolver kept apart that shares a word of its
                // name: الدخيل beside وزير التعليم الدكتور عزام الدخيل, آصف beside خواجه آصف)
                // (not the reports the denial names as what it answers: `answeredReports`)
                if let first = units[c].sources.first, ownIDs.contains(first.id) || sharesDenierWord(first), !holdsName(first, contested)
                    && othersSayingHolders(c).map({ lists in lists.allSatisfy { !ownNumbers.isDisjoint(with: $0) } }) == true
                    && !statesFirst[place[c]] { continue }
                // a denial answers an earlier denial, never a later one (the later one answers it),
                // and a headline denial only repeats the one of the text
                // — unless the later one states the claim before denying it (وكانت وسائل إعلامية تحدثت
                // عن إعادة مواطنين ... وهو الأمر الذي نفاه المصدر)
                // — or the later one is the charge: another side's denial disputing the denier's
                // side (وشكك معهد بحثي أمريكي في تفسير إيران …، after إيران ترفض اتهامات …)
                // — and a denied headline disputes no denial of the text: that denial is the headline's
                // own news told in full (تنفي قتلها لمدنيين over نفت بشدة مزاعم قتل مدنيين), even one
                // stating the report first (on the first 6,000 corpus articles 3 such links, all wrong)
                if units[c].label == .denied && ((c > d && !statesFirst[place[c]] && !chargesDenier(c)) || c == 0 || units[c].kind == .headline
                    || units[d].kind == .headline) { continue }
                // nor a denial of its own side, its denier of the same body (نفت شرطة منطقة مكة ما
                // تم تداوله … beside وأوضح الناطق الإعلامي بشرطة منطقة مكة أن ما تردد لا أساس له):
                // the same denial told again
                if units[c].label == .denied && sameBodyAsDenier(c) { continue }
                // nor the same denier's earlier denial (وصف ظريف الاتهامات بأنها «أكاذيب» …، then وأضاف
                // «نشر معارضو الاتفاق هذه الأكاذيب من قبل»): the rebuttal goes on, it does not answer itself
                if c < d && units[c].label == .denied, let f = units[c].sources.first, denierIDs.contains(f.id) { continue }
                // a denial of what is said (نفت ما يتردد على أن صفقة الخراع تمهيد لبيع معاذ) disputes
                // a report or someone's claim, not what the writer narrates (بات الخراع على مقربة من
                // الانتقال): an unsourced claim sharing its words is the topic, not the report
                // — and so does a verbless denial (لا تأجيل للدراسة، أن لا استثناءات لفريقي …): it answers
                // the reports of the change (وكانت أنباء تشير إلى احتمالية استثناء الفريقين), not the
                // writer's narration of the same teams or the same school year
                if (reported[here] || verbless[here]) && units[c].label == .unsourced { continue }
                // a verbless denial (لا تأجيل للدراسة) asserts nothing of its own to dispute: only that
                // the change will not be; a later denial of the same change is the same rebuttal
                if units[c].label == .denied && verbless[place[c]] { continue }
                // a headline most often sums up the news, and a denial's news is the denial (قاتل
                // زوجته في بيروت ليس سعوديا over نفى سفير المملكة …، روحاني: مزاعم تدخلنا خاطئة
                // over رفض روحاني مزاعم …): it states the claim a denial disputes only when it
                // gives that claim to someone, and someone other than the denier (الاتحاد البرازيلي:
                // فريد تناول المنشطات over نفى فريد تناوله مادة منشطة)
                if c == setAside { continue }
                let theirs = keys[place[c]]
                let shared = mine.filter { w in wordKeys[w].contains { theirs.sortedContains(Int32(truncatingIfNeeded: $0)) } }
                if restatesDenier(c, shared) { continue }
                // places and nationalities alone (إيراني، طهران) are the setting, not the claim
                // — unless the claim accuses the denier's side: who charged whom is its content
                // (واتهمت أوكرانيا الانفصاليين الموالين لروسيا, answered by وتنفي روسيا … للجيش
                // الأوكراني); an accusation of others (الانفصاليين بقصف أحياء في كييف) beside a
                // denial of Russia's sharing كييف is the setting still
                if !shared.isEmpty && shared.allSatisfy({ isPlace[$0] }) && !(reading.accusing[place[c]] && accusesDenierSide(c)) {
                    placesOnly.append(c)
                    continue
                }
                // Dice over the weights: what they share against what both say
                let both = (mineSum * sums[place[c]]).squareRoot()
                var score = both > 0 ? denialTotal(shared) / both : 0
                if c > d { if !pluperfect[place[c]] { score *= Self.laterWeight } } else { score /= 1 + Self.distanceDecay * Double(here - place[c] - 1) }
                scored.append((c, score, shared))
            }
            // the best first; on a tie, the nearer earlier claim
            scored.sort { $0.score != $1.score ? $0.score > $1.score : (($0.unit < d) != ($1.unit < d) ? $0.unit < d : abs($0.unit - d) < abs($1.unit - d)) }
            // a denial that states what it disputes before denying it (وكانت وسائل الإعلام قد نشرت
            // أنباء عن مقتله، لكن الحركة كانت تنفي صحتها) disputes its own words: another claim only
            // when that claim tells the same report again
            let (threshold, minShared) = statesFirst[here] ? (Self.restatement, Self.restatementWords) : (Self.threshold, Self.minShared)
            // so does one that spells out in its object the charge it denies (ترفض الحكومة التركية
            // اتهامات من المعارضة بأنها أيدت …): a claim sharing the article's topic with it (تنظيم
            // الدولة الإسلامية، سوريا) is not that charge unless it tells it again, or accuses
            // (وتتهم أوكرانيا المتمردين بإسقاط الطائرة, answered by ترفض موسكو اتهامات بأنها زودت
            // المتمردين بصواريخ)
            // (the best weighed before, for `audit explain`: against the restatement's threshold)
            let weighed = scored.first
            if reading.chargeStated[here] && !statesFirst[here] {
                scored.removeAll { s in !reading.accusing[place[s.unit]] && (s.score < Self.restatement || s.shared.count < Self.restatementWords) }
            }
            let best = scored.first
            var links: [Int] = []
            // the accused's answer (`Rebuttals`: أوضحت أنها لم تشوه الصورة after اتهموها بتشويه
            // صورة هيفاء) disputes the accusation the labeller found it negating
            var answered: Int? = nil
            // a verbless denial (لا تأجيل للدراسة، أن لا استثناءات لفريقي …) answers the report of the
            // change it says will not be: the nearest claim before it — else after it, told as
            // background (وكانت أنباء أمس تشير إلى احتمالية استثناء الفريقين) — that relays others
            // (anonymous or secondhand, not the denier's) and names that change; long denials share
            // too little else with a short report for the weighed words to find it
            var reportOfChange: Int? = nil
            if verbless[here] && !changes[here].isEmpty {
                func reportsChange(_ c: Int) -> Bool {
                    guard c != d, c != setAside, units[c].label == .anonymous || units[c].label == .secondhand,
                          denierIDs.isDisjoint(with: units[c].sources.map(\.id)), !sharesNameWord(units[d].sources, units[c].sources) else { return false }
                    let theirs = keys[place[c]]
                    return changes[here].contains { w in wordKeys[w].contains { theirs.sortedContains(Int32(truncatingIfNeeded: $0)) } }
                }
                reportOfChange = nearby.last { $0 < d && reportsChange($0) } ?? nearby.first { $0 > d && reportsChange($0) }
            }
            if case let .answersAccusation(c, _, _)? = units[d].why?.form, c != d, units[c].label != nil, c != setAside { answered = c }
            // (a denial that states someone's claim first points back to it, in its own words:
            // ويتهم حلفاء تركيا أنقرة بدعمه سرا، مع أن السلطات التركية تنفي ذلك)
            // (the claims before the denial read back from it, not from the article's end: the
            // last claim before each of tens of thousands of denials was a walk over all the claims)
            if let c = answered {
                links = [c]
                let p = scored.first(where: { $0.unit == c })
                units[d].contestMatch = ContestMatch(candidate: c, score: p?.score ?? 0, threshold: threshold, shared: (p?.shared ?? []).map(word))
            } else if let c = reportOfChange {
                links = [c]
                let p = scored.first(where: { $0.unit == c })
                units[d].contestMatch = ContestMatch(candidate: c, score: p?.score ?? 0, threshold: threshold, shared: (p?.shared ?? []).map(word))
            } else if anaphoric[here] && !(statesFirst[here] && reading.reportsFirst[denial]), let prev = claims[..<here].last(where: { units[$0].label != .denied && $0 != setAside && denierIDs.isDisjoint(with: units[$0].sources.map(\.id)) }) {
                // نفى ذلك، نفت هذه الأنباء: the object names what was just said
                links = [prev]
                let p = scored.first(where: { $0.unit == prev })
                units[d].contestMatch = ContestMatch(candidate: prev, score: p?.score ?? 0, threshold: threshold, shared: (p?.shared ?? []).map(word), anaphoric: true)
            } else if !verbless[here], let b = best, b.score >= threshold, b.shared.count >= minShared {
                // (a verbless denial with no report of its change in the text answers a report the
                // text does not state: the claims sharing its words are the denier's own account —
                // «أكد وزير التعليم أن الدراسة ستكون في موعدها» under «لا تأجيل للدراسة» — or the
                // writer's narration, not what it disputes)
                for s in scored.prefix(Self.maxLinks) where s.score >= max(threshold, b.score * Self.runnerUp) && s.shared.count >= (s.unit == b.unit ? minShared : max(minShared, Self.runnerUpShared)) {
                    links.append(s.unit)
                }
                units[d].contestMatch = ContestMatch(candidate: b.unit, score: b.score, threshold: threshold, shared: b.shared.map(word))
            } else if here > 0, case let p = claims[here - 1], p == d - 1, units[p].label == .denied,
                      units[p].contests.contains(where: { !(units[p].contestMatch?.counterCharges ?? []).contains($0) }) {
                // the next sentence of the same rebuttal (وأضاف: «مساري نظيف»): it disputes what the
                // rebuttal it continues disputes; someone else's denial right after a denial, with
                // nothing of its own, answers that denial (المصممة أوضحت أنها لم تشوه الصورة، then
                // ردت هيفاء على الليدي زي قائلة ...) — unless its denier is of the same body or shares
                // a word of its name (the same denial told again), either names no one, or the denial
                // before it is the headline's (فلكيون يبرئون العاصفة الشمسية over نفى الدكتور تادرس …:
                // the text's denial told first)
                let sameSide = units[p].kind == .headline || units[d].sources.isEmpty || units[p].sources.isEmpty || !denierIDs.isDisjoint(with: units[p].sources.map(\.id))
                    || sameBodyAsDenier(p) || sharesNameWord(units[d].sources, units[p].sources)
                // (not the denials it disputes from both ends, its counter-charges, nor because of
                // them — a denial linked only to counter-charges is neither continued nor answered:
                // they dispute its denier's side by name, not what the next sentence says; ونفى
                // المعهد أن يكون قد تلقى تمويلا after وشكك معهد في تفسير إيران does not dispute إيران)
                let counters = units[p].contestMatch?.counterCharges ?? []
                links = sameSide ? units[p].contests.filter { $0 != d && !counters.contains($0) } : [p]
                units[d].contestMatch = ContestMatch(candidate: best?.unit, score: best?.score ?? 0, threshold: threshold, shared: (best?.shared ?? []).map(word))
                if !links.isEmpty { units[d].contestMatch?.continues = p }
            } else if best == nil, let w = weighed {
                units[d].contestMatch = ContestMatch(candidate: w.unit, score: w.score, threshold: Self.restatement, shared: w.shared.map(word))
            } else {
                units[d].contestMatch = ContestMatch(candidate: best?.unit, score: best?.score ?? 0, threshold: threshold, shared: (best?.shared ?? []).map(word))
            }
            units[d].contestMatch?.setAside = setAside
            units[d].contestMatch?.placesOnly = placesOnly
            // another side's denial disputing by name the account of the denier's side, before or
            // after (وشكك معهد بحثي أمريكي في تفسير إيران …, beside إيران ترفض اتهامات …): the two
            // dispute each other, whatever words they share
            var counter: [Int] = []
            for c in nearby where c != d && units[c].label == .denied && c != 0 && units[c].kind != .headline && !links.contains(c)
                && links.count + counter.count < Self.maxLinks && chargesDenier(c) { counter.append(c) }
            if !counter.isEmpty { links += counter; units[d].contestMatch?.counterCharges = counter }
            // the claims of the source the denial names as the one it contradicts (خلافا لما ذكره
            // المرصد: وقال المرصد إن …، وأوضح مدير المرصد أن …), sharing two words with it: the name
            // is the evidence a reader goes by
            if !contested.isEmpty {
                for s in scored where links.count < Self.maxLinks && !links.contains(s.unit) && s.shared.count >= Self.minShared
                    && units[s.unit].label != .denied {
                    if let f = units[s.unit].sources.first, holdsName(f, contested) { links.append(s.unit) }
                }
                // a denial that names no more than whom it contradicts (ونفى لاريجاني ما قاله المعهد
                // أيضا) shares no word with what it disputes: it disputes that source's claim as the
                // article first reports it, before the denial — a denial itself in a chain of denials
                // (وشكك معهد بحثي في تفسير إيران … then ونفى لاريجاني ما قاله المعهد)
                if links.isEmpty, let first = nearby.first(where: { c in
                    c < d && units[c].kind != .headline && units[c].sources.first.map { holdsName($0, contested) } == true
                }) { links.append(first) }
            }
            // a claim the article states again (وكانت وسائل إعلام قد تناقلت تقارير تفيد بأن ... beside
            // وتم تداول تقارير تفيد بأن ...): the denial disputes it wherever it is stated
            if !links.isEmpty {
                var restated: [Int] = []
                for c in nearby where c != d && !links.contains(c) && units[c].label != .denied && (units[c].kind != .headline || disputableHeadline(c)) {
                    if !units[c].sources.isEmpty && units[c].sources.allSatisfy({ denierIDs.contains($0.id) }) { continue }
                    let theirs = keys[place[c]]
                    for l in links {
                        let shared = stems[place[l]].filter { w in wordKeys[w].contains { theirs.sortedContains(Int32(truncatingIfNeeded: $0)) } }
                        let both = (sums[place[l]] * sums[place[c]]).squareRoot()
                        let sim = both > 0 ? shared.reduce(0) { $0 + weights[$1] } / both : 0
                        if sim >= Self.restatement && shared.count >= Self.restatementWords { restated.append(c); break }
                    }
                }
                links += restated.prefix(max(0, Self.maxLinks - links.count))
            }
            links.sort()
            units[d].contests = links
            for l in links where !units[l].contestedBy.contains(d) { units[l].contestedBy.append(d) }
        }
        // a denied headline (الكويت تنفي حظر دخول السعوديين) sums up the denial of the text: with
        // no claim of its own to dispute, it disputes what the first denial of the text disputes
        for d in denials where units[d].kind == .headline && units[d].contests.isEmpty {
            guard let body = denials.first(where: { $0 > d && units[$0].kind != .headline && !units[$0].contests.isEmpty }) else { continue }
            let links = units[body].contests.filter { $0 != d }
            units[d].contests = links
            units[d].contestMatch?.headlineOf = body
            for l in links where !units[l].contestedBy.contains(d) { units[l].contestedBy.append(d); units[l].contestedBy.sort() }
        }
    }

    /// Whether two lists of source mentions share a content word of their names (الحجيري and علي
    /// الحجيري، المصدر and مصدر كويتي مسؤول): one speaker, or one side, that the resolver kept apart.
    func sharesNameWord(_ x: [SourceMention], _ y: [SourceMention]) -> Bool {
        !Set(x.flatMap(Self.nameStems)).isDisjoint(with: y.flatMap(Self.nameStems))
    }

    /// The stems of the content words of a source's mention (its function words have none).
    static func nameStems(_ m: SourceMention) -> [[Unicode.Scalar]] {
        PatternCompiler.foldedWords(m.text).compactMap { stemLetters(Array($0.unicodeScalars)[...]) }
    }

    static let saidWhatVerbs = WordSet(PatternCompiler.foldedWords(Arabic.saidWhatVerbs).map { Array($0.unicodeScalars) })
    static let saidWhatRelatives = WordSet(PatternCompiler.foldedWords(Arabic.saidWhatRelatives).map { Array($0.unicodeScalars) })
    /// How many words after «ما ذكره» name the source a denial contradicts.
    static let contestedNameWords = 3

    static let claimNouns = WordSet(PatternCompiler.foldedWords(Arabic.claimNouns).map { Array($0.unicodeScalars) })
    static let accountNouns = WordSet(PatternCompiler.foldedWords(Arabic.accountNouns).map { Array($0.unicodeScalars) })
    static let ownStatementsBefore = WordSet(PatternCompiler.foldedWords(Arabic.ownStatementsBefore).map { Array($0.unicodeScalars) })
    /// How many words after a claim noun (تصريحات كاميرون، مزاعم جماعة الحوثي) name whose claim it is.
    static let claimNounNameWords = 2

    /// The stems of the names a denial contradicts: the words after a verb of saying with an
    /// object pronoun after ما (خلافا لما ذكره المرصد السوري، نفى ما قاله المعهد), and the words
    /// naming whose claim a claim noun is (`claimNouns`: ووصف ساذرلاند تصريحات كاميرون بأنها
    /// «مبالغ فيها»، نفى مزاعم المتمردين) — up to a function word or a word with a preposition on
    /// the article (اتهامات المالكي للسعودية: the accused; مزاعم بأنه، اتهامات بالفساد: the charge);
    /// not the denier's own statements (نفى ذلك في تصريحات لإذاعة فرنسا).
    /// `saidWhat`: false for only the names after claim and account nouns.
    func contestedNames(_ a: ArticleText, _ i: Int, saidWhat: Bool = true) -> Set<[Unicode.Scalar]> {
        let words = a.words(of: i)
        var out = Set<[Unicode.Scalar]>()
        for k in words.indices.dropFirst() where saidWhat && Self.saidWhatVerbs.contains(Arabic.withoutConjunctions(a.tokens.letters(words[k])))
            && Self.saidWhatRelatives.contains(Arabic.withoutConjunctions(a.tokens.letters(words[k - 1]))) {
            for t in words[(k + 1)..<min(words.count, k + 1 + Self.contestedNameWords)] {
                if let st = Self.stemLetters(a.tokens.letters(t)) { out.insert(st) }
            }
        }
        var titled: Set<Int>? = nil
        // the words of the unit's denial and rebuttal cues, as (first, next) word indexes
        var cues: [(Int, Int)]? = nil
        for k in words.indices {
            let claimNoun = isClaimNoun(a.tokens.letters(words[k]))
            // (an account noun after في is what is doubted: شكك في تفسير إيران)
            guard claimNoun || (!saidWhat && Self.accountNouns.contains(Arabic.withoutConjunctions(a.tokens.letters(words[k])))) else { continue }
            if claimNoun, k > 0, Self.ownStatementsBefore.contains(Arabic.withoutConjunctions(a.tokens.letters(words[k - 1]))) { continue }
            // the denial's object (نفى متحدث باسم المتمردين مزاعم الحكومة) or what it calls false
            // (وصف ساذرلاند تصريحات كاميرون بأنها «مبالغ فيها»), not a claim the unit only mentions
            // (احتجاجا على تصريحات ساركوزي …، لكن مصادر رسمية فندت هذه الإشاعات)
            if cues == nil {
                cues = a.matches[i].filter { rules[$0.rule].kind == .denial || Rebuttals.isRebuttal($0, a, i, rules) }.map { m in
                    (words.firstIndex { $0 >= m.firstToken } ?? words.count, words.firstIndex { $0 >= m.nextToken } ?? words.count)
                }
            }
            guard cues!.contains(where: { (first, next) in
                (next <= k && k - next <= Self.objectReach) || (first > k && first - k <= Self.claimNounBeforeDenial)
                    // (or inside the cue, when only the accounts are read: وشكك معهد … في تفسير)
                    || (!saidWhat && first <= k && k < next)
            }) else { continue }
            // the words of a title or role (نائب رئيس الجمهورية، السفير) name no one: any official
            // holds them; nor a descriptive word after one (العراقي، الأردني)
            if titled == nil {
                titled = []
                for m in a.matches[i] where rules[m.rule].kind == .title || rules[m.rule].kind == .role {
                    for t in m.firstToken..<max(m.firstToken, m.nextToken) { titled!.insert(t) }
                }
            }
            var taken = 0, afterTitle = false
            for t in words[(k + 1)..<min(words.count, k + 1 + Self.claimNounReach)] {
                let l = a.tokens.letters(t)
                if Self.functionWords.contains(l) || Self.prepositionOnArticle(l) { break }
                // (a descriptive word after a title, العراقي، الأردنية: whose title, not whose name)
                if titled!.contains(t) || (afterTitle && SourceResolver.isRelationalWithArticle(l)) { afterTitle = true; continue }
                afterTitle = false
                guard let st = Self.stemLetters(l) else { break }
                out.insert(st)
                taken += 1
                if taken == Self.claimNounNameWords { break }
            }
        }
        return out
    }

    /// Whether denied unit `i` spells out the charge it denies in its object: a claim noun
    /// (`claimNouns`, with or without the article) within `objectReach` words after a denial cue,
    /// and its content clause (أن، بأن، إن، بأنها …) within `chargeClauseReach` words after the noun
    /// (ترفض الحكومة اتهامات من المعارضة بأنها أيدت المتشددين، وصف ظريف اتهامات بأن بلاده تقوم
    /// بأنشطة …) — not a bare object (نفى الاتهامات، نفى هذه المزاعم جملة وتفصيلا), which points to
    /// the charge stated elsewhere.
    func statesChargeInObject(_ a: ArticleText, _ i: Int) -> Bool {
        let words = a.words(of: i)
        // (as (first, next) word indexes: the noun may be the cue's own last word, ترفض اتهامات)
        let cues = a.matches[i].filter { rules[$0.rule].kind == .denial }.map { m in
            (words.firstIndex { $0 >= m.firstToken } ?? words.count, words.firstIndex { $0 >= m.nextToken } ?? words.count)
        }
        guard !cues.isEmpty else { return false }
        func bare(_ k: Int) -> ArraySlice<Unicode.Scalar> { Arabic.withoutConjunctions(a.tokens.letters(words[k])) }
        for k in words.indices {
            var w = bare(k)
            if w.count > 5, w.starts(with: Self.article) { w = w.dropFirst(2) }
            guard Self.claimNouns.contains(w) || isClaimNoun(a.tokens.letters(words[k])) else { continue }
            guard cues.contains(where: { (first, next) in first < k && k - next <= Self.objectReach }) else { continue }
            // (a demonstrative before it points back, هذه المزاعم، مبينًا أن …: the clause after a
            // comma is the denier's own)
            if k > 0, Self.demonstratives.contains(Array(bare(k - 1))) { continue }
            for j in (k + 1)..<min(words.count, k + 1 + Self.chargeClauseReach) {
                if (words[j - 1] + 1..<words[j]).contains(where: { a.tokens[$0].kind == .punct }) { break }
                // (a new verb opens another clause: the أن of ونفى الاتهامات وقال إن … is the
                // denier's own statement, no charge spelled out)
                if a.matches[i].contains(where: { $0.firstToken == words[j] && Self.clauseVerbs.contains(rules[$0.rule].kind) }) { break }
                var c = bare(j)
                if c.first == Arabic.baa { c = c.dropFirst() }
                if c.count <= 5, c.starts(with: Self.anna) { return true }
            }
        }
        return false
    }
    /// Cue kinds that are verbs of their own clause (قال، أكد، نفى، نقل، رفض التعليق): one after a
    /// claim noun ends the window in which its charge may be spelled out (`statesChargeInObject`).
    static let clauseVerbs: CueKinds = [.report, .relay, .denial, .passive, .noComment]
    static let article = Array(Arabic.article.unicodeScalars)
    static let anna = Array(Arabic.complementOpening.unicodeScalars)
    /// How many words after a claim noun its content clause may open (اتهامات من المعارضة بأنها).
    static let chargeClauseReach = 3

    /// How many words after a claim noun a denial cue may start that calls it false (تصريحات
    /// كاميرون بأنها «مبالغ فيها»).
    static let claimNounBeforeDenial = 4
    /// How many words after a claim noun its name may take, titles and all (تصريحات نائب رئيس
    /// الجمهورية العراقي نوري المالكي).
    static let claimNounReach = 7

    /// Whether a word is a claim noun (`claimNouns`), a conjunction and then a preposition ل or ب
    /// glued on or not (وتصريحات، لتصريحات، بادعاءات); not with the article (التصريحات العدائية:
    /// no one's name follows).
    func isClaimNoun(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        var w = Arabic.withoutConjunctions(letters)
        if Self.claimNouns.contains(w) { return true }
        if w.count > 4, w.first == Arabic.lam || w.first == Arabic.baa { w = w.dropFirst() }
        return Self.claimNouns.contains(w)
    }

    /// Whether a word opens with a preposition on the article (للسعودية، بالفساد، لل…، بال…).
    static func prepositionOnArticle(_ l: ArraySlice<Unicode.Scalar>) -> Bool {
        guard l.count > 4, let f = l.first, f == Arabic.lam || f == Arabic.baa else { return false }
        let rest = l.dropFirst()
        return rest.first == Arabic.alef && rest.dropFirst().first == Arabic.lam || f == Arabic.lam && rest.first == Arabic.lam
    }

    /// Whether the head of a source's mention, its first two words, holds a word of `stems`
    /// (المرصد، مدير المرصد; not a long mention naming the place it comes from further on:
    /// فيصل العمراني زوج المعلمة … بجامعة تبوك).
    func holdsName(_ m: SourceMention, _ stems: Set<[Unicode.Scalar]>) -> Bool {
        !stems.isEmpty && PatternCompiler.foldedWords(m.text).prefix(Self.nameWords).contains { Self.stemLetters(Array($0.unicodeScalars)[...]).map(stems.contains) ?? false }
    }

    /// A denial's source names (sorted lists of stem numbers, `linkContests`) indexed by stem.
    struct BodyIndex {
        let names: [[Int32]]
        /// The names holding each stem.
        var holding: [Int32: [Int32]] = [:]
        init(_ names: [[Int32]]) {
            self.names = names
            for (k, name) in names.enumerated() { for s in name { holding[s, default: []].append(Int32(k)) } }
        }

        /// Whether these names and `other`'s name the same body: a name of each shares two
        /// content words or more, half the words of the shorter name or more (شرطة منطقة مكة
        /// المكرمة، الناطق الإعلامي بشرطة منطقة مكة المكرمة). Only the names sharing a stem
        /// with one of `other` are counted, through the index.
        func sameBody(_ other: [[Int32]]) -> Bool {
            guard !names.isEmpty else { return false }
            var shared = [Int32](repeating: 0, count: names.count)
            var met: [Int32] = []
            for a in other {
                for k in met { shared[Int(k)] = 0 }
                met.removeAll(keepingCapacity: true)
                for s in a {
                    guard let ks = holding[s] else { continue }
                    for k in ks {
                        if shared[Int(k)] == 0 { met.append(k) }
                        shared[Int(k)] += 1
                    }
                }
                for k in met {
                    let n = Int(shared[Int(k)])
                    if n >= Standards.minShared && 2 * n >= min(a.count, names[Int(k)].count) { return true }
                }
            }
            return false
        }
    }

    // MARK: figures

    /// The article's figures (warnings are the policy's: `FailurePolicy.apply`).
    static func figures(_ units: [AuditedUnit], _ sources: [ArticleSource], counts: LabelCounts) -> StandardsFigures {
        var f = StandardsFigures()
        f.attributed = counts.total - (counts[.unsourced] ?? 0)
        // read in place: a unit or source copied out retains every array it holds
        f.sources = sources.indices.reduce(0) { $0 + (sources[$1].claims.isEmpty ? 0 : 1) }
        if f.attributed > 0 {
            for k in sources.indices where !sources[k].claims.isEmpty {
                let share = Double(Set(sources[k].claims).count) / Double(f.attributed)
                if share > f.largestSourceShare { f.largestSourceShare = min(1, share); f.largestSource = sources[k].id }
            }
            f.anonymousShare = Double(counts[.anonymous] ?? 0) / Double(f.attributed)
            f.secondhandShare = Double(counts[.secondhand] ?? 0) / Double(f.attributed)
        }
        f.unexplained = units.indices.reduce(0) { $0 + (units[$1].flags.contains(.unexplainedAnonymity) ? 1 : 0) }
        f.contested = units.indices.reduce(0) { $0 + (units[$1].contests.isEmpty ? 0 : 1) }
        return f
    }
}

extension Array where Element: Equatable {
    /// Removes each element equal to the one before it (in a sorted array: every repeat).
    mutating func removeNeighbourDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for k in 1..<count where self[k] != self[kept - 1] { self[kept] = self[k]; kept += 1 }
        removeLast(count - kept)
    }
}
