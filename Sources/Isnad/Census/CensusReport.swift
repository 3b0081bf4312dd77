import Foundation
import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine
import Yams

/// How a census is cut down to a report.
public struct CensusOptions: Sendable {
    /// Candidates seen fewer times are left out.
    public var minCount = 3
    /// At most this many candidates per section (0: all).
    public var top = 25
    /// A rule matching in more than this percentage of all units is listed as loose.
    public var looseShare = 5.0
    /// A rule is listed as mostly set aside when more than half of at least this many matches are.
    public var minMatches = 20
    public init() {}
}

/// A census cut down and ranked: what every format prints.
public struct CensusReport: Sendable {
    public struct Verb: Sendable {
        public var candidate: CensusCandidate
        /// The verb's principal parts (past, present, participle), when they can be read off its stem.
        public var lemma: [String]?
        public var stub: RuleStub
    }
    public struct Speaker: Sendable {
        public var candidate: CensusCandidate
        /// The head word as a pattern (without the article).
        public var word: String
        public var stub: RuleStub
    }
    public struct Outlet: Sendable {
        public var candidate: CensusCandidate
        /// The gazetteer kind the contexts suggest (newspaper, agency, site, channel, magazine, radio).
        public var outletKind: OutletKind
        public var stub: RuleStub
    }
    public struct SetAside: Sendable {
        public var rule: Rule
        public var matches: Int
        public var setAside: Int
        /// Reasons in words, most frequent first.
        public var reasons: [(reason: String, count: Int)]
    }
    public struct Loose: Sendable {
        public var rule: Rule
        public var units: Int
        public var share: Double
    }

    public var articles: Int, units: Int, claims: Int, unsourced: Int, failures: Int
    public var directories: [String]
    public var options: CensusOptions
    public var verbs: [Verb] = []
    public var speakers: [Speaker] = []
    public var outlets: [Outlet] = []
    public var quotes: [CensusCandidate] = []
    /// Rules with no match in the archive.
    public var dead: [Rule] = []
    public var setAside: [SetAside] = []
    public var loose: [Loose] = []
    /// How the rule candidates are written (by what the rule loader reads).
    public var style: StubStyle

    /// Ranks `tally`'s candidates and writes their stubs, with ids unused by `pack`.
    public init(_ tally: CensusTally, pack: RulePack, options: CensusOptions, style: StubStyle = .current) {
        articles = tally.articles; units = tally.units; claims = tally.claims; unsourced = tally.unsourced; failures = tally.failures
        directories = pack.directories
        self.options = options
        self.style = style
        var ids = IDs(taken: Set(pack.rules.map(\.id)))
        let kinds = Dictionary(pack.rules.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for c in tally.ranked(.verbs, minCount: options.minCount, top: options.top) {
            let lemma = Lemmas.principalParts(stem: c.key, forms: c.rankedForms.map(\.form))
            verbs.append(Verb(candidate: c, lemma: lemma, stub: RuleStub.verb(c, lemma: lemma, id: ids.next("report", c.name), style: style)))
        }
        for c in tally.ranked(.speakers, minCount: options.minCount, top: options.top) {
            let word = c.name
            speakers.append(Speaker(candidate: c, word: word, stub: RuleStub.speaker(c, word: word, kinds: kinds, ids: &ids)))
        }
        for c in tally.ranked(.outlets, minCount: options.minCount, top: options.top) {
            let kind = RuleStub.outletKind(c)
            outlets.append(Outlet(candidate: c, outletKind: kind, stub: RuleStub.outlet(c, kind: kind, ids: &ids, style: style)))
        }
        quotes = tally.ranked(.quotes, minCount: options.minCount, top: options.top)
        checkExamples(pack: pack)
        for (i, s) in tally.stats.enumerated() {
            let rule = tally.rules[i]
            if s.matches == 0 { dead.append(rule); continue }
            let aside = s.matches - s.used
            if s.matches >= options.minMatches && aside * 2 > s.matches {
                let reasons = s.setAside.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
                    (CueFate.reason(code: $0.key.code, other: $0.key.other, rules: tally.rules) ?? "", $0.value)
                }
                setAside.append(SetAside(rule: rule, matches: s.matches, setAside: aside, reasons: reasons))
            }
            let share = tally.units > 0 ? Double(s.units) * 100 / Double(tally.units) : 0
            if Self.looseKinds.contains(rule.kind) && share > options.looseShare {
                loose.append(Loose(rule: rule, units: s.units, share: share))
            }
        }
        setAside.sort { $0.setAside != $1.setAside ? $0.setAside > $1.setAside : $0.rule.id < $1.rule.id }
        loose.sort { $0.units != $1.units ? $0.units > $1.units : $0.rule.id < $1.rule.id }
    }

    /// Gives each stub the first of its marked sentences that fires its rule when the stubs are
    /// loaded over `pack`, so the YAML passes `audit rules test` (a sentence cut short can lose
    /// what the rule needs, a complement the pack does not know). With a rule loader that cannot
    /// read the stubs, and for gazetteer entries (a phrase with the name, which the entry's
    /// outlet rule matches), each keeps its shortest sentence.
    mutating func checkExamples(pack: RulePack) {
        var stubs = verbs.map(\.stub) + speakers.map(\.stub) + outlets.map(\.stub)
        let listed = stubs.filter { !$0.gazetteer }
        var auditor: Auditor? = nil
        if !listed.isEmpty, let node = try? Yams.compose(yaml: "rules:\n" + listed.map { $0.yaml() }.joined(separator: "\n") + "\n"),
           case .sequence(let items)? = node.mapping?["rules"] {
            var problems = 0
            let rules = items.compactMap { RuleLoader.parseRule($0, path: "census.yml", defaultKind: nil, defaultClitics: nil) { _, _ in problems += 1 } }
            if problems == 0 { auditor = try? Auditor(pack: RulePack(rules: pack.rules + rules, scoring: pack.scoring, directories: pack.directories)) }
        }
        for k in stubs.indices {
            if let auditor, !stubs[k].gazetteer {
                stubs[k].example = stubs[k].candidates.first { auditor.exampleFires($0, ruleID: stubs[k].id) }
            } else {
                stubs[k].example = stubs[k].candidates.first
            }
        }
        var k = 0
        for i in verbs.indices { verbs[i].stub = stubs[k]; k += 1 }
        for i in speakers.indices { speakers[i].stub = stubs[k]; k += 1 }
        for i in outlets.indices { outlets[i].stub = stubs[k]; k += 1 }
    }

    /// The kinds whose matches decide a label or make a unit furniture: those are looked at
    /// for looseness (the grammar kinds — stop words, complementisers, finite verbs — are
    /// meant to be everywhere).
    public static let looseKinds: CueKinds = [.report, .relay, .according, .passive, .anonymous, .anonymity, .told, .denial, .noComment, .hedge, .ownVoice,
                                               .boilerplate, .caption, .byline]

    /// Rule ids not used yet, from a kind and a name.
    struct IDs {
        var taken: Set<String>
        mutating func next(_ prefix: String, _ name: String) -> String {
            let base = prefix + "." + CensusWords.transliterate(name)
            var id = base, n = 2
            while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
            taken.insert(id)
            return id
        }
    }
}

/// How rule candidates are written: as patterns, or — when the rule loader reads them — as
/// lemmas (`lemmas: ["غمغم يغمغم مغمغم"]`) and gazetteer entries (`gazetteer:`).
public struct StubStyle: Sendable, Equatable {
    public var lemmas: Bool
    public var gazetteer: Bool
    public init(lemmas: Bool, gazetteer: Bool) { self.lemmas = lemmas; self.gazetteer = gazetteer }
    /// What this build's rule loader reads.
    public static let current = StubStyle(lemmas: RuleLoader.ruleKeys.contains("lemmas"), gazetteer: RuleLoader.fileKeys.contains("gazetteer"))
    /// Patterns and outlet rules only.
    public static let patterns = StubStyle(lemmas: false, gazetteer: false)
}

/// A candidate written in the rule-pack format: YAML lines for a `rules:` list (or a
/// `gazetteer:` list), indented for their place in a pack file.
public struct RuleStub: Sendable {
    public var id: String
    public var kind: String
    /// Comment lines said before the entry (without `#`).
    public var comments: [String]
    /// The entry's lines, the first starting with `- `, indented by two spaces under its list.
    public var lines: [String]
    /// Whether the entry goes under `gazetteer:` rather than `rules:`.
    public var gazetteer = false
    /// Marked sentences that may serve as its `examples.match`, shortest first.
    var candidates: [String] = []
    /// The one it has: the first candidate that fires the rule (see `CensusReport.checkExamples`).
    public var example: String?

    init(id: String, kind: String, comments: [String], lines: [String], gazetteer: Bool = false, candidates: [String] = []) {
        self.id = id; self.kind = kind; self.comments = comments; self.lines = lines; self.gazetteer = gazetteer; self.candidates = candidates
    }

    /// The entry as YAML, each line indented by `indent` spaces.
    public func yaml(indent: Int = 2) -> String {
        let pad = String(repeating: " ", count: indent)
        var body = lines
        // a gazetteer entry's examples are a list of phrases (each must name the outlet)
        if let example { body += gazetteer ? ["  examples: [\(Self.quoted(example))]"] : ["  examples:", "    match: [\(Self.quoted(example))]"] }
        return (comments.map { pad + "# " + $0 } + body.map { pad + $0 }).joined(separator: "\n")
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in CensusWords.clean(s).unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    static func counts(_ c: CensusCandidate) -> String {
        "\(c.count) time\(c.count == 1 ? "" : "s") in \(c.articles) article\(c.articles == 1 ? "" : "s")"
    }

    /// A `report` rule: the verb's lemma when the loader reads lemmas, else its forms as one
    /// pattern (the forms seen, and those of its lemma when it could be read); it needs a
    /// complement, as every verb found heading one.
    static func verb(_ c: CensusCandidate, lemma: [String]?, id: String, style: StubStyle) -> RuleStub {
        let seen = c.rankedForms.map(\.form)
        var lines = ["- id: \(id)", "  kind: report", "  description: \(quoted(c.name + " (census: \(counts(c)) before a complement)"))",
                     "  needs_complement: true"]
        let generated = lemma.map { Lemmas.forms(past: $0[0], present: $0[1], participle: $0.count > 2 ? $0[2] : nil) } ?? []
        let known = Set(generated.map { Normalizer.foldedScalars($0) })
        let extra = Lemmas.unique(seen.filter { !known.contains(Normalizer.foldedScalars($0)) })
        if let lemma, style.lemmas {
            lines.append("  lemmas: [\(quoted(lemma.joined(separator: " ")))]")
            if !extra.isEmpty { lines.append("  patterns: [\(quoted(extra.joined(separator: "|")))]") }
        } else {
            lines.append("  patterns: [\(quoted(Lemmas.unique(generated + extra, or: c.key).joined(separator: "|")))]")
        }
        let examples = c.examples.compactMap(\.marked).sorted { $0.count < $1.count }
        var comments = ["\(c.name): heads a complement clause \(counts(c)), in unsourced claims; forms "
                        + c.rankedForms.prefix(8).map { "\($0.form) \($0.count)" }.joined(separator: ", ")]
        if let lemma { comments.append("principal parts read off the stem: \(lemma.joined(separator: " "))" + (style.lemmas ? "" : " (written out as forms: this rule loader reads no lemmas)")) }
        return RuleStub(id: id, kind: "report", comments: comments, lines: lines, candidates: examples)
    }

    /// A `collective`, `title` or `organization` rule for a speaker's head word, by its shape.
    static func speaker(_ c: CensusCandidate, word: String, kinds: [String: CueKind], ids: inout CensusReport.IDs) -> RuleStub {
        let letters = Normalizer.foldedScalars(word)
        let (kind, why): (String, String)
        let according = c.contexts.filter { kinds[$0.key] == .according }.values.reduce(0, +)
        if according * 2 > c.count {
            (kind, why) = ("document_head", "mostly after an according-to cue (وفقا لـ، بحسب): a document or a rule")
        } else if letters.last == "\u{0647}" && word.unicodeScalars.last == "\u{0629}" {
            (kind, why) = ("organization", "a feminine noun, as most bodies are (هيئة، لجنة)")
        } else if CensusWords.looksPlural(letters) {
            (kind, why) = ("collective", "a plural: a group described by what it is, anonymous")
        } else {
            (kind, why) = ("title", "a singular noun: an office that names its holder")
        }
        let prefix = kind == "organization" ? "entity" : kind == "document_head" ? "document" : kind
        let id = ids.next(prefix, word)
        var lines = ["- id: \(id)", "  kind: \(kind)", "  description: \(quoted(word + " (census: the subject of a cue \(counts(c)))"))",
                     "  patterns: [\(quoted(Lemmas.unique([word] + c.rankedForms.map(\.form), or: c.key).joined(separator: "|")))]"]
        let examples = c.examples.compactMap(\.marked).sorted { $0.count < $1.count }
        let cues = c.rankedContexts.prefix(4).map { "\($0.context) \($0.count)" }.joined(separator: ", ")
        return RuleStub(id: id, kind: kind, comments: [
            "\(word): the subject of a used cue \(counts(c)) (cues: \(cues)), a person only because no rule knows the word;",
            "kind \(kind) — \(why); make it collective (a group: anonymous), title (an office), organization (a body) or document_head as it is",
        ], lines: lines, candidates: examples)
    }

    /// The gazetteer kind of the outlets each outlet word introduces, by its folded spelling.
    static let headKinds: [String: OutletKind] = Dictionary(Arabic.outletHeadKinds.map { (Normalizer.folded($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })

    /// The gazetteer kind of an outlet by the word that most often introduced it.
    static func outletKind(_ c: CensusCandidate) -> OutletKind {
        for (context, _) in c.rankedContexts { if let kind = headKinds[context] { return kind } }
        return .newspaper
    }

    /// The outlet words as written, by their folded spelling.
    static let heads: [String: String] = Dictionary(Arabic.outletHeads.map { (Normalizer.folded($0), $0) }, uniquingKeysWith: { a, _ in a })

    static func contextNames(_ c: CensusCandidate) -> String {
        c.rankedContexts.map { ($0.context == "told" ? "told to" : $0.context == "dateline" ? "in a dateline" : "after " + (heads[$0.context] ?? $0.context)) + " \($0.count)" }
            .joined(separator: ", ")
    }

    /// A gazetteer entry when the loader reads a gazetteer, else an `outlet` rule with the name as its pattern.
    static func outlet(_ c: CensusCandidate, kind: OutletKind, ids: inout CensusReport.IDs, style: StubStyle) -> RuleStub {
        let name = c.name
        let comment = "\(name): \(counts(c)) (\(contextNames(c))), no outlet rule knows it"
        if style.gazetteer {
            let id = ids.next("outlet", name)
            let entry = String(id.dropFirst("outlet.".count))
            var lines = ["- id: \(entry)", "  name: \(quoted(name))", "  kind: \(kind.rawValue)"]
            let aliases = c.rankedForms.dropFirst().map(\.form).filter { Normalizer.foldedScalars($0) != Normalizer.foldedScalars(name) }
            if !aliases.isEmpty { lines.append("  aliases: [\(Lemmas.unique(aliases).map(quoted).joined(separator: ", "))]") }
            lines += ["  count: \(c.count)", "  note: \(quoted("census: " + contextNames(c)))"]
            return RuleStub(id: entry, kind: "gazetteer", comments: [comment + "; kind \(kind.rawValue) from the word before it"], lines: lines, gazetteer: true,
                            candidates: c.examples.compactMap(\.marked).sorted { $0.count < $1.count })
        }
        let id = ids.next("outlet", name)
        var lines = ["- id: \(id)", "  kind: outlet", "  description: \(quoted(name + " (census: \(counts(c)))"))",
                     "  patterns: [\(Lemmas.unique(c.rankedForms.map(\.form), or: c.key).map(quoted).joined(separator: ", "))]"]
        let examples = c.examples.compactMap(\.marked).sorted { $0.count < $1.count }
        return RuleStub(id: id, kind: "outlet", comments: [comment + " (an outlet rule: this rule loader reads no gazetteer; as a gazetteer entry its kind would be \(kind.rawValue))"],
                        lines: lines, candidates: examples)
    }
}

/// Verbs from their principal parts: the forms the rule engine conjugates from a lemma
/// (`lemmas:`; the same paradigm for the sound verbs read here), and the principal parts
/// read off a stem.
public enum Lemmas {
    /// Past, present and participle, when the stem is a sound verb whose parts follow from it:
    /// four letters (غمغم يغمغم مغمغم، صرّح يصرّح مصرّح), or three (همس يهمس هامس). Verbs with a
    /// weak or hamzated letter, doubled verbs and derived forms with a prefix are left to the editor.
    public static func principalParts(stem: String, forms: [String]) -> [String]? {
        let s = Array(stem.unicodeScalars)
        let weak: Set<Unicode.Scalar> = ["\u{0627}", "\u{0648}", "\u{064A}", "\u{0621}", "\u{0624}", "\u{0626}"]
        guard s.allSatisfy(CensusWords.isArabicLetter), !s.contains(where: { weak.contains($0) }) else { return nil }
        // the past must have been seen (غمغم، غمغمت، غمغموا): a stem read off the present alone
        // may have lost a prefix of the past (يعتقد is اعتقد، not عتقد)
        let pasts: [[Unicode.Scalar]] = [s, s + ["\u{062A}"], s + ["\u{0648}", "\u{0627}"], s + ["\u{062A}", "\u{0627}"]]
        guard forms.contains(where: { pasts.contains(Normalizer.foldedScalars($0)) }) else { return nil }
        // and more than one form: a word seen in one form only (نجد) may be no past at all
        guard Set(forms.map(Normalizer.foldedScalars)).count >= 2 else { return nil }
        // the written past: a form seen that folds to the stem (keeps its spelling)
        let past = forms.first { Normalizer.foldedScalars($0) == s } ?? stem
        switch s.count {
        case 4 where !["\u{062A}", "\u{0646}", "\u{0645}"].contains(s[0]):
            return [past, "\u{064A}" + past, "\u{0645}" + past]
        case 3 where s[1] != s[2]:
            let p = Array(past.unicodeScalars)
            guard p.count == 3 else { return nil }
            var participle = String.UnicodeScalarView()
            participle.append(p[0]); participle.append("\u{0627}"); participle.append(p[1]); participle.append(p[2])
            return [past, "\u{064A}" + past, String(participle)]
        default: return nil
        }
    }

    /// The forms of a sound verb, as the engine conjugates a lemma: the past (he, she, they two,
    /// they), the present (he, she, they two, they; with لـ), the participle as an adverbial accusative.
    public static func forms(past: String, present: String, participle: String?) -> [String] {
        let p = past, b = String(present.unicodeScalars.dropFirst())
        var out = [p, p + "ت"]
        // the dual فعلا of a sound three-letter verb reads as its verbal noun: left out
        if p.unicodeScalars.count != 3 { out.append(p + "ا") }
        out += [p + "تا", p + "وا", p + "ن"]
        out += ["لي" + b, "لت" + b, "ي" + b, "ت" + b, "ي" + b + "ان", "ت" + b + "ان", "ي" + b + "ون", "ي" + b + "وا", "ي" + b + "ن"]
        if let m = participle { out += [m + "ا", m + "ة", m + "ين"] }
        return unique(out)
    }

    /// `unique(list)`, or `fallback` (folded letters) when none of the list is a valid pattern.
    static func unique(_ list: [String], or fallback: String) -> [String] {
        let u = unique(list)
        return u.isEmpty ? [fallback] : u
    }

    /// The strings in order, each folded spelling once, each a valid pattern of plain words.
    static func unique(_ list: [String]) -> [String] {
        var seen = Set<[Unicode.Scalar]>()
        return list.filter {
            !$0.contains(where: { "|*[]{}\"\\".contains($0) }) && (try? PatternCompiler.compile($0)) != nil && seen.insert(Normalizer.foldedScalars($0)).inserted
        }
    }
}
