import IsnadModel
import IsnadText
import IsnadRules
import IsnadEngine

/// The sections of a census.
public enum CensusSection: String, CaseIterable, Sendable {
    /// Likely reporting verbs: words heading a complement clause in unsourced claims.
    case verbs
    /// Unknown speakers: subjects whose kind came from no cue.
    case speakers
    /// Unknown outlets: names after an outlet word, told to, or in a dateline.
    case outlets
    /// Quotations without a speaker, in unsourced claims.
    case quotes
}

/// A candidate of one section, counted over the archive.
public struct CensusCandidate: Sendable {
    /// What it is counted under (folded).
    public var key: String
    /// Sightings.
    public var count = 0
    /// Articles it was seen in.
    public var articles = 0
    var lastArticle = -1
    /// Its written forms, with how often each was seen.
    public var forms: [String: Int] = [:]
    /// How it was found (see `CensusObservation.context`), with how often.
    public var contexts: [String: Int] = [:]
    /// The first sightings in input order, at most the census's example limit.
    public var examples: [CensusExample] = []

    public init(key: String) { self.key = key }

    /// Forms by count (then by text): the most frequent first.
    public var rankedForms: [(form: String, count: Int)] { Self.ranked(forms) }
    /// Contexts by count (then by name).
    public var rankedContexts: [(context: String, count: Int)] { Self.ranked(contexts).map { ($0.form, $0.count) } }
    /// The form it is shown under: its most frequent.
    public var name: String { rankedForms.first?.form ?? key }

    static func ranked(_ d: [String: Int]) -> [(form: String, count: Int)] {
        d.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }
}

/// What became of one rule's matches over the archive.
public struct CensusRuleStat: Sendable {
    public var matches = 0
    /// Units holding a match of the rule.
    public var units = 0
    public var used = 0
    /// Matches set aside, by fate code and its number (see `CueFate.code`).
    public var setAside: [CensusFateKey: Int] = [:]
}

/// A fate other than used: its code and its number (the swallowing rule, the unit kind).
public struct CensusFateKey: Sendable, Hashable, Comparable {
    public var code: UInt8
    public var other: Int32
    public static func < (a: Self, b: Self) -> Bool { (a.code, a.other) < (b.code, b.other) }
}

/// The census of an archive being read: articles are added in input order (whatever thread
/// read them), so the counts and the examples kept are the same for any number of jobs.
/// Memory grows with the number of distinct candidates, not with the archive: each keeps its
/// counts and at most `exampleLimit` examples.
public struct CensusTally: Sendable {
    public let rules: [Rule]
    public let exampleLimit: Int
    public private(set) var articles = 0, units = 0, claims = 0, unsourced = 0
    /// Inputs that could not be read.
    public var failures = 0
    public private(set) var stats: [CensusRuleStat]
    public private(set) var candidates: [CensusSection: [String: CensusCandidate]] = [:]
    /// Articles whose regular expressions ran out of time, and other markup problems.
    public private(set) var problems = 0

    public init(rules: [Rule], exampleLimit: Int = 3) {
        self.rules = rules
        self.exampleLimit = exampleLimit
        stats = Array(repeating: CensusRuleStat(), count: rules.count)
        for s in CensusSection.allCases { candidates[s] = [:] }
    }

    /// Adds the census of the next article in input order.
    public mutating func add(_ c: ArticleCensus) {
        let article = articles
        articles += 1
        units += c.units; claims += c.claims; unsourced += c.unsourced
        problems += c.problems.count
        for r in c.ruleUnits { stats[Int(r)].units += 1 }
        for f in c.fates {
            let r = Int(f.rule)
            stats[r].matches += 1
            if f.code == 0 { stats[r].used += 1 } else { stats[r].setAside[CensusFateKey(code: f.code, other: f.other), default: 0] += 1 }
        }
        add(c.verbs, to: .verbs, article)
        add(c.speakers, to: .speakers, article)
        add(c.outlets, to: .outlets, article)
        add(c.quotes, to: .quotes, article)
    }

    mutating func add(_ observations: [CensusObservation], to section: CensusSection, _ article: Int) {
        guard !observations.isEmpty else { return }
        var table = candidates.removeValue(forKey: section) ?? [:]
        for o in observations {
            var c = table.removeValue(forKey: o.key) ?? CensusCandidate(key: o.key)
            c.count += 1
            if c.lastArticle != article { c.articles += 1; c.lastArticle = article }
            c.forms[o.form, default: 0] += 1
            if !o.context.isEmpty { c.contexts[o.context, default: 0] += 1 }
            if c.examples.count < exampleLimit { c.examples.append(o.example) }
            table[o.key] = c
        }
        candidates[section] = table
    }

    /// The candidates of a section seen at least `minCount` times, most frequent first (then
    /// by key), the first `top` of them (all when `top` is 0).
    public func ranked(_ section: CensusSection, minCount: Int, top: Int) -> [CensusCandidate] {
        let all = (candidates[section] ?? [:]).values.filter { $0.count >= minCount }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        return top > 0 ? Array(all.prefix(top)) : all
    }
}
