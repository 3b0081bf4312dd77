/// The version of the Isnad engine and the `audit` tool.
public enum Isnad {
    public static let version = "0.1.0"
    /// The project's home page (SARIF `informationUri`).
    public static let homepage = "https://github.com/isnad/isnad"
    /// The README section with this anchor (SARIF `helpUri`).
    public static func help(_ anchor: String) -> String { homepage + "/blob/main/README.md#" + anchor }
}

/// How a claim is sourced (SOURCING.md, "The five labels"), weakest link first.
public enum Label: String, Codable, CaseIterable, Sendable, Comparable {
    case denied, anonymous, secondhand, named, unsourced

    /// Precedence rank: lower wins when several labels apply.
    @inlinable public var rank: Int { descriptor.rank }
    @inlinable public static func < (a: Label, b: Label) -> Bool { a.rank < b.rank }
    // by the case, not by the raw value: RawRepresentable's default hash(into:) hashes the name
    // as a String (labels key the counts of every article and the failing set of every claim)
    @inlinable public static func == (a: Label, b: Label) -> Bool { a.rank == b.rank }
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(rank) }
}

/// The kind of a unit of an article (SOURCING.md, "Units").
public enum UnitKind: String, Codable, Sendable, CaseIterable {
    case headline, heading, boilerplate, caption, byline, claim
    /// Headlines and claims are judged; the others are page furniture.
    public var isClaim: Bool { self == .headline || self == .claim }
}

/// What kind of thing a source is.
public enum SourceKind: String, Codable, Sendable, CaseIterable {
    case person, organization, outlet, document, anonymous
}

/// Flags that qualify a claim's label.
/// The kind of a news outlet (a gazetteer entry's `kind:`, the kind an outlet word suggests).
public enum OutletKind: String, Codable, Sendable, CaseIterable {
    case agency, newspaper, channel, radio, site, magazine

    /// Whether a statement told to such an outlet in quotation marks (`قال لـ«سكاي نيوز عربية»`)
    /// never makes it the article's own: a broadcaster or an agency a statement was made to is
    /// another outlet (SOURCING.md, secondhand); papers, magazines and sites mark their own
    /// exclusives so (`قال لـ«عكاظ»`).
    public var toldIsAnother: Bool {
        switch self {
        case .agency, .channel, .radio: true
        case .newspaper, .site, .magazine: false
        }
    }
}

public enum ClaimFlag: String, Codable, Sendable, CaseIterable {
    case noComment = "no_comment", hedged, quote, verified
    /// An anonymous claim whose article says why the source is not named (README, "Sourcing standards").
    case reasonGiven = "reason_given"
    /// An anonymous claim whose article says what the source is in a position to know.
    case basisGiven = "basis_given"
    /// An anonymous claim with neither a reason nor a basis.
    case unexplainedAnonymity = "unexplained_anonymity"
    /// The order flags are listed in (the order of the cases), without building `allCases`.
    @usableFromInline package var order: Int {
        switch self {
        case .noComment: 0; case .hedged: 1; case .quote: 2; case .verified: 3
        case .reasonGiven: 4; case .basisGiven: 5; case .unexplainedAnonymity: 6
        }
    }
}

/// A cue that gave an anonymous claim its `reason_given` or `basis_given` flag, and the unit it
/// was found in (the claim's own, or the earlier unit that introduced the same source).
public struct AnonymityCue: Sendable, Hashable {
    /// `.reasonGiven` or `.basisGiven`.
    public var flag: ClaimFlag
    public var rule: String
    public var text: String
    /// The unit index the cue was found in.
    public var unit: Int
    public init(flag: ClaimFlag, rule: String, text: String, unit: Int) { self.flag = flag; self.rule = rule; self.text = text; self.unit = unit }
}

/// How a denied claim was matched to the claims it disputes (for `explain`): the best
/// candidate, its score against the threshold, and the words they share.
public struct ContestMatch: Sendable, Hashable {
    /// The unit index of the best candidate (nil when the article has no other claim).
    public var candidate: Int?
    public var score: Double
    public var threshold: Double
    /// The content words the denial and the candidate share (folded).
    public var shared: [String]
    /// Whether the link was made by an anaphoric object (نفى ذلك، هذه الأنباء) to the previous claim.
    public var anaphoric: Bool
    /// For a denied headline that disputes nothing by its own words: the denial of the text it
    /// sums up, whose links it takes.
    public var headlineOf: Int?
    /// The headline left out of the weighing: it gives its claim to no one, or to the denier
    /// (it sums up the news, the denial among it), so it is not what the denial disputes.
    public var setAside: Int?
    /// Other sides' denials linked because each disputes by name the account of the denier's side
    /// (شكك معهد في تفسير إيران beside إيران ترفض اتهامات …): a dispute told from both ends.
    public var counterCharges: [Int]
    /// For a denial linked as the next sentence of the denial right before it: that denial (whose
    /// links, its counter-charges left out, it takes — or which it answers, another side's).
    public var continues: Int?
    /// The claims weighed and set aside because they share with the denial only places and
    /// nationalities (the story's setting), in the order weighed.
    public var placesOnly: [Int]
    public init(candidate: Int?, score: Double, threshold: Double, shared: [String], anaphoric: Bool = false, headlineOf: Int? = nil, setAside: Int? = nil,
                counterCharges: [Int] = [], continues: Int? = nil, placesOnly: [Int] = []) {
        self.candidate = candidate; self.score = score; self.threshold = threshold; self.shared = shared; self.anaphoric = anaphoric
        self.headlineOf = headlineOf; self.setAside = setAside; self.counterCharges = counterCharges
        self.continues = continues; self.placesOnly = placesOnly
    }
}

/// An article-level warning of the sourcing standards (README, "Sourcing standards").
public enum StandardsWarning: String, Sendable, CaseIterable, Codable {
    /// One source carries more than the set share of the attributed claims.
    case singleSource = "single_source"
    /// More than the set share of the attributed claims are anonymous.
    case mostlyAnonymous = "mostly_anonymous"
    /// At least one anonymous claim has neither a reason nor a basis.
    case unexplainedAnonymity = "unexplained_anonymity"
}

/// The figures of the sourcing standards for one article. Shares are fractions (0...1) of the
/// attributed claims (claims with a label other than unsourced).
public struct StandardsFigures: Sendable, Hashable {
    /// Distinct sources that carry at least one claim.
    public var sources = 0
    /// Claims with a label other than unsourced.
    public var attributed = 0
    /// The largest share of attributed claims resting on one source, and that source's id.
    public var largestSourceShare = 0.0
    public var largestSource: String? = nil
    public var anonymousShare = 0.0
    public var secondhandShare = 0.0
    /// Anonymous claims with neither a reason nor a basis.
    public var unexplained = 0
    /// Denied claims linked to a claim they dispute.
    public var contested = 0
    public var warnings: [StandardsWarning] = []
    /// The shares above which `single_source` and `mostly_anonymous` were given (the policy's).
    public var singleSourceLimit = 0.75
    public var anonymousLimit = 0.5
    public init() {}
}

/// A half-open range of Unicode-scalar offsets into the decoded article text.
public struct TextSpan: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
    public var isEmpty: Bool { end <= start }
}

/// A rule that fired inside a unit, with the words it matched.
public struct Evidence: Hashable, Sendable {
    public var rule: String
    /// The matched words as UTF-8, a slice of the article's text (`ArticleAudit.text`) where
    /// they are its words; a String is made only when `text` is read.
    public var utf8: ArraySlice<UInt8>
    public var span: TextSpan
    /// The matched words.
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = ArraySlice(newValue.utf8) }
    }
    /// Evidence whose words are not yet given: the auditor gives every item its slice of the
    /// article's text once the article is judged (`utf8` is empty until then).
    public init(rule: String, span: TextSpan) { self.rule = rule; self.utf8 = []; self.span = span }
    public init(rule: String, utf8: ArraySlice<UInt8>, span: TextSpan) { self.rule = rule; self.utf8 = utf8; self.span = span }
    public init(rule: String, text: String, span: TextSpan) { self.init(rule: rule, utf8: ArraySlice(text.utf8), span: span) }
}

/// A source as it is mentioned in one unit.
public struct SourceMention: Hashable, Sendable {
    /// Identifier of the article-level source this mention resolves to.
    public var id: String
    public var text: String
    public var span: TextSpan
    public var kind: SourceKind
    /// The outlet that relayed the claim, when it is secondhand.
    public var via: String?
    /// Why the source resolved as it did (for `explain`), kept as data and put into words when read.
    public var why: Reason?
    /// Why the source resolved as it did (for `explain`), e.g. "refers back to unit 3".
    public var resolution: String? {
        get { why?.description }
        set { why = newValue.map(Reason.init) }
    }
    public init(id: String, text: String, span: TextSpan, kind: SourceKind, via: String?, why: Reason? = nil) {
        self.id = id; self.text = text; self.span = span; self.kind = kind; self.via = via; self.why = why
    }
}

/// Why the labeller chose a label or resolved a source: the facts, put into words only
/// when a reporter reads them (most runs never do).
public struct Reason: Sendable, Hashable, CustomStringConvertible {
    @usableFromInline package enum Form: Sendable, Hashable {
        case text(String)
        /// A bare reporting verb took the label of the previous source.
        case bareVerb(Label)
        /// A mention refers back to the previous source.
        case bareMention(rule: String)
        /// A cue names a source.
        case names(Label, rule: String, text: String, kind: SourceKind, via: String?)
        /// A mention resolves to a source named before (first in `claim`, on `line`: the claim's
        /// number as sheets number claims, and the 1-based line).
        case sameSource(name: String, id: String, claim: Int?, line: Int)
        case anonymityStated
        case denied(rule: String?)
        /// The claim restates the denial of its own source, in unit `unit` (0-based) on `line`,
        /// with a negation or restriction (`rule`): a further sentence of the same rebuttal.
        case restatesDenial(unit: Int, line: Int, rule: String)
        /// The claim goes on with the rebuttal of its own source begun in unit `unit` (0-based) on
        /// `line`, and still disputes: a further sentence of the same rebuttal.
        case continuesRebuttal(unit: Int, line: Int)
        /// The claim negates, with a negation (`rule`), the act an accusation in unit `unit`
        /// (0-based) on `line` charges someone with: the accused's answer, a denial.
        case answersAccusation(unit: Int, line: Int, rule: String)
        case continuesQuotation(Label)
        case unsourced
    }
    @usableFromInline package let form: Form
    @usableFromInline package init(_ form: Form) { self.form = form }
    /// A reason given in words.
    public init(_ text: String) { form = .text(text) }

    public var description: String {
        switch form {
        case .text(let t): t
        case .bareVerb(let l): "\(l.rawValue): a bare reporting verb refers back to the previous source"
        case .bareMention(let rule): "bare \(rule) refers back to the previous source"
        case let .names(l, rule, text, kind, via): "\(l.rawValue): \(rule) names '\(text)' (\(kind.rawValue)\(via.map { ", via \($0)" } ?? ""))"
        case let .sameSource(name, id, claim, line):
            "same source as '\(name)' (\(id)),\(claim.map { " first named in claim \($0) (line \(line))" } ?? "")"
        case .anonymityStated: "anonymous: the text says the source is not named (a condition or a reason)"
        case .denied(let rule): "denied: \(rule ?? "a denial cue") outranks every other label"
        case let .restatesDenial(unit, line, rule): "denied: \(rule) restates the denial of its source in unit \(unit + 1) (line \(line))"
        case let .continuesRebuttal(unit, line): "denied: goes on with its source's rebuttal of unit \(unit + 1) (line \(line)) and still disputes"
        case let .answersAccusation(unit, line, rule): "denied: \(rule) negates what the accusation of unit \(unit + 1) (line \(line)) charges"
        case .continuesQuotation(let l): "\(l.rawValue): continues the quotation of the previous claim's speaker"
        case .unsourced: "unsourced: no attribution in the unit"
        }
    }
}

/// One unit of an article with its judgement.
///
/// 104 bytes a unit (336, then 192 before mem28; a long article has hundreds of thousands, all
/// held while its audit is built: issue #26): the index, line, column and span in 32 bits each
/// (offsets count the scalars of an article, which the engine holds in 32 bits throughout:
/// tokens, cue matches), the one-byte fields together, the score as a value and a flag, and the
/// fields that most units leave empty (a claim's why, deciding rule and proposals, a verified
/// reason, contests, the contest's match, anonymity cues) in one storage of their own, made
/// only when one of them is set to something.
public struct AuditedUnit: Sendable {
    @usableFromInline var index32: Int32, line32: Int32, column32: Int32
    @usableFromInline var start32: Int32, end32: Int32
    public var kind: UnitKind
    public var label: Label?
    /// Whether the claim fails the run's policy.
    public var failing = false
    /// Whether the claim was failing already when the baseline was written.
    public var baselined = false
    @usableFromInline var scored = false
    /// The unit's original text as UTF-8: a slice of the article's text (`ArticleAudit.text`),
    /// or bytes of its own where the unit reads otherwise (Markdown syntax collapsed, a verified
    /// marker blanked out). A String is made only when `text` is read.
    public var utf8: ArraySlice<UInt8>
    public var sources: [SourceMention]
    public var flags: [ClaimFlag]
    public var evidence: [Evidence]
    @usableFromInline var score64: Double = 0
    /// The fields most units leave empty: no element, or one. A long article's units are mostly
    /// no claim (88 % of a 200 MB one's), so what only a claim has — why, the deciding rule, the
    /// proposals, 88 bytes — is kept here too, not in every unit (issue #26, mem28).
    @usableFromInline var rare: [Rare] = []

    /// What `rare` holds.
    @usableFromInline struct Rare: Sendable {
        @usableFromInline var why: Reason? = nil
        @usableFromInline var rule: String? = nil
        @usableFromInline var proposals: [Reason] = []
        @usableFromInline var verified: String? = nil
        @usableFromInline var contests: [Int] = []
        @usableFromInline var contestedBy: [Int] = []
        @usableFromInline var contestMatch: ContestMatch? = nil
        @usableFromInline var anonymityCues: [AnonymityCue] = []
        @usableFromInline init() {}
    }

    public var index: Int {
        @inlinable get { Int(index32) }
        @inlinable set { index32 = Int32(newValue) }
    }
    public var span: TextSpan {
        @inlinable get { TextSpan(Int(start32), Int(end32)) }
        @inlinable set { start32 = Int32(newValue.start); end32 = Int32(newValue.end) }
    }
    public var line: Int {
        @inlinable get { Int(line32) }
        @inlinable set { line32 = Int32(newValue) }
    }
    public var column: Int {
        @inlinable get { Int(column32) }
        @inlinable set { column32 = Int32(newValue) }
    }
    /// The unit's original text.
    public var text: String {
        get { String(decoding: utf8, as: UTF8.self) }
        set { utf8 = ArraySlice(newValue.utf8) }
    }
    /// The credibility score of a claim, 0...100; nil for non-claims.
    public var score: Double? {
        @inlinable get { scored ? score64 : nil }
        @inlinable set { scored = newValue != nil; score64 = newValue ?? 0 }
    }
    /// Which precedence step chose the label, in words.
    public var reason: String? {
        get { why?.description }
        set { why = newValue.map(Reason.init) }
    }
    /// Every label the unit's attributions proposed, with why, in words (for `explain`).
    public var candidates: [String] {
        get { proposals.map(\.description) }
        set { proposals = newValue.map(Reason.init) }
    }
    /// Whether `rare` holds its element, made here unless the value to set is the empty one:
    /// setting a field of a unit that has none to its empty value makes no storage.
    @inlinable mutating func holdsRare(unlessEmpty empty: Bool) -> Bool {
        if empty && rare.isEmpty { return false }
        makeRare()
        return true
    }
    /// `rare`'s one element, made if there is none: before a list is changed in place.
    @inlinable mutating func makeRare() {
        if rare.isEmpty { rare = [Rare()] }
    }
    /// Which precedence step chose the label.
    public var why: Reason? {
        @inlinable get { rare.first?.why }
        @inlinable set { if holdsRare(unlessEmpty: newValue == nil) { rare[0].why = newValue } }
    }
    /// The id of the rule whose cue decided the label (nil when unsourced or for non-claims).
    public var rule: String? {
        @inlinable get { rare.first?.rule }
        @inlinable set { if holdsRare(unlessEmpty: newValue == nil) { rare[0].rule = newValue } }
    }
    /// Every label the unit's attributions proposed, with why.
    public var proposals: [Reason] {
        @inlinable get { rare.first?.proposals ?? [] }
        @inlinable set { if holdsRare(unlessEmpty: newValue.isEmpty) { rare[0].proposals = newValue } }
        // in place (an append does not copy the list)
        @inlinable _modify { makeRare(); yield &rare[0].proposals }
    }
    /// The reason an editor gave when marking the claim verified (`<!-- verified: ... -->`).
    public var verified: String? {
        @inlinable get { rare.first?.verified }
        @inlinable set { if holdsRare(unlessEmpty: newValue == nil) { rare[0].verified = newValue } }
    }
    /// For a denied claim: the unit indices of the claims it disputes (earliest first).
    public var contests: [Int] {
        @inlinable get { rare.first?.contests ?? [] }
        @inlinable set { if holdsRare(unlessEmpty: newValue.isEmpty) { rare[0].contests = newValue } }
        // in place (an append does not copy the list)
        @inlinable _modify { makeRare(); yield &rare[0].contests }
    }
    /// The unit indices of the denied claims that dispute this one.
    public var contestedBy: [Int] {
        @inlinable get { rare.first?.contestedBy ?? [] }
        @inlinable set { if holdsRare(unlessEmpty: newValue.isEmpty) { rare[0].contestedBy = newValue } }
        // in place (an append does not copy the list)
        @inlinable _modify { makeRare(); yield &rare[0].contestedBy }
    }
    /// For a denied claim: how the contest was matched (for `explain`).
    public var contestMatch: ContestMatch? {
        @inlinable get { rare.first?.contestMatch }
        @inlinable set { if holdsRare(unlessEmpty: newValue == nil) { rare[0].contestMatch = newValue } }
    }
    /// The cues behind the claim's `reason_given` / `basis_given` flags.
    public var anonymityCues: [AnonymityCue] {
        @inlinable get { rare.first?.anonymityCues ?? [] }
        @inlinable set { if holdsRare(unlessEmpty: newValue.isEmpty) { rare[0].anonymityCues = newValue } }
        // in place (an append does not copy the list)
        @inlinable _modify { makeRare(); yield &rare[0].anonymityCues }
    }
    @usableFromInline package init(index: Int, kind: UnitKind, span: TextSpan, line: Int, column: Int, utf8: ArraySlice<UInt8> = [], label: Label? = nil, sources: [SourceMention], flags: [ClaimFlag], evidence: [Evidence], score: Double? = nil, why: Reason? = nil, rule: String? = nil, proposals: [Reason] = [], verified: String? = nil) {
        index32 = Int32(index); start32 = Int32(span.start); end32 = Int32(span.end); line32 = Int32(line); column32 = Int32(column)
        self.kind = kind; self.utf8 = utf8; self.label = label; self.sources = sources; self.flags = flags; self.evidence = evidence
        self.score = score; self.why = why; self.rule = rule; self.proposals = proposals; self.verified = verified
    }
}

/// A source of the article, counted once however often it is mentioned.
public struct ArticleSource: Sendable {
    public var id: String
    public var name: String
    public var kind: SourceKind
    public var via: String?
    public var mentions: [SourceMentionRef]
    /// Indexes of the claim units resting on this source.
    public var claims: [Int]
    @usableFromInline package init(id: String, name: String, kind: SourceKind, via: String? = nil, mentions: [SourceMentionRef], claims: [Int]) {
        self.id = id; self.name = name; self.kind = kind; self.via = via; self.mentions = mentions; self.claims = claims
    }
}

/// Where an article-level source is mentioned.
public struct SourceMentionRef: Hashable, Sendable {
    public var unit: Int
    public var text: String
    public var span: TextSpan
    @usableFromInline package init(unit: Int, text: String, span: TextSpan) {
        self.unit = unit; self.text = text; self.span = span
    }
}

/// Claims per label, one counter per label held inline: no hashing, no allocation per article.
/// Reads as the dictionary it stands for: `counts[.named]` is nil when no claim has the label,
/// and iterating gives the labels with a count, in the order of the labels.
public struct LabelCounts: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// Counts by label rank (five of the eight lanes used).
    private var values = SIMD8<Int>()

    public init() {}
    public init(dictionaryLiteral elements: (Label, Int)...) {
        for (l, n) in elements { self[l, default: 0] += n }
    }

    /// The count of `label`, nil when it is zero (as a dictionary without the key).
    public subscript(label: Label) -> Int? {
        get { let n = values[label.rank]; return n == 0 ? nil : n }
        set { values[label.rank] = newValue ?? 0 }
    }
    /// The count of `label`, `d` when it is zero.
    public subscript(label: Label, default d: Int) -> Int {
        get { let n = values[label.rank]; return n == 0 ? d : n }
        set { values[label.rank] = newValue }
    }
    /// The total over all labels.
    public var total: Int { values.wrappedSum() }
    /// Whether no label has a count.
    public var isEmpty: Bool { total == 0 }

    public func makeIterator() -> some IteratorProtocol<(key: Label, value: Int)> {
        Label.allCases.lazy.compactMap { l in self[l].map { (key: l, value: $0) } }.makeIterator()
    }
    public var description: String {
        "[" + map { "\($0.key.rawValue): \($0.value)" }.joined(separator: ", ") + "]"
    }
}

/// Counts and score of one article.
public struct AuditSummary: Sendable {
    public var claims: Int
    public var counts: LabelCounts
    public var score: Double
    /// Claims that fail the policy.
    public var failing: Int
    /// Whether the article fails the policy, and why.
    public var failed = false
    public var failures: [ArticleFailure] = []
    /// Why the article fails, in words.
    public var reasons: [String] { failures.map(\.description) }
    /// The figures and warnings of the sourcing standards.
    public var standards = StandardsFigures()
    @usableFromInline package init(claims: Int, counts: LabelCounts, score: Double, failing: Int, failures: [ArticleFailure] = []) {
        self.claims = claims; self.counts = counts; self.score = score; self.failing = failing; self.failures = failures
    }
}

/// The audit of one article: the value every reporter renders.
public struct ArticleAudit: Sendable {
    public var path: String
    /// The article's decoded text, held once as UTF-8 (unit and evidence texts are slices of
    /// it; spans count its scalars).
    public var text = ArticleUTF8()
    /// Fields of a `--input jsonl` record other than its text, as raw JSON, passed through to the output.
    public var passthrough: [(key: String, json: String)] = []
    /// The encoding the file was read in, and how many invalid UTF-8 sequences were replaced.
    public var encoding: TextEncoding = .utf8
    public var replacements = 0
    /// What reading the bytes changed, for the sheet's encoding line (trailing NUL padding
    /// removed, stray NULs read as spaces); nil when nothing was.
    public var encodingNote: String? = nil
    public var outlet: String?
    public var units: [AuditedUnit]
    public var sources: [ArticleSource]
    public var summary: AuditSummary
    /// Problems with the article's own markup (a verified marker with no reason or no claim).
    public var problems: [ArticleProblem] = []
    @usableFromInline package init(path: String, text: ArticleUTF8 = ArticleUTF8(), passthrough: [(key: String, json: String)] = [], encoding: TextEncoding = .utf8, outlet: String? = nil, units: [AuditedUnit], sources: [ArticleSource], summary: AuditSummary, problems: [ArticleProblem] = []) {
        self.path = path; self.text = text; self.passthrough = passthrough; self.encoding = encoding; self.outlet = outlet; self.units = units; self.sources = sources; self.summary = summary; self.problems = problems
    }
}

/// An article's decoded text as UTF-8: the bytes of the file when it was valid UTF-8 read as
/// it is (nothing replaced, no verified marker blanked out; `start` skips a byte-order mark),
/// else the decoded text encoded once. Offsets in the audit (`TextSpan`) count Unicode
/// scalars of this text; `UTF8Cursor` (IsnadText) finds the bytes of scalar offsets, and
/// `ArticleUTF8.scalarCount` is the number of scalars.
public struct ArticleUTF8: Sendable {
    /// The bytes; the text is `bytes[start...]`, valid UTF-8.
    public var bytes: [UInt8]
    /// The byte offset of the first scalar (3 after a byte-order mark, else 0).
    public var start: Int
    /// The number of scalars of the text.
    public var scalarCount: Int
    public init(bytes: [UInt8], start: Int, scalarCount: Int) { self.bytes = bytes; self.start = start; self.scalarCount = scalarCount }
    /// No text.
    public init() { bytes = []; start = 0; scalarCount = 0 }
    public var isEmpty: Bool { scalarCount == 0 }
    /// The text's UTF-8 (without a byte-order mark).
    public var utf8: ArraySlice<UInt8> { bytes[start...] }
    /// The text as a String.
    public var string: String { String(decoding: utf8, as: UTF8.self) }
}

/// A problem found in an article's markup, located at line and column.
public struct ArticleProblem: Sendable, Equatable {
    public var kind: Kind
    public var line: Int
    public var column: Int
    public var message: String
    @usableFromInline package init(_ kind: Kind, line: Int, column: Int, message: String) {
        self.kind = kind; self.line = line; self.column = column; self.message = message
    }
}

extension Label: JSONNamed {
    public var jsonName: StaticString {
        switch self { case .denied: "denied"; case .anonymous: "anonymous"; case .secondhand: "secondhand"; case .named: "named"; case .unsourced: "unsourced" }
    }
}
extension UnitKind: JSONNamed {
    public var jsonName: StaticString {
        switch self {
        case .headline: "headline"; case .heading: "heading"; case .boilerplate: "boilerplate"
        case .caption: "caption"; case .byline: "byline"; case .claim: "claim"
        }
    }
}
extension SourceKind: JSONNamed {
    public var jsonName: StaticString {
        switch self { case .person: "person"; case .organization: "organization"; case .outlet: "outlet"; case .document: "document"; case .anonymous: "anonymous" }
    }
}
extension ClaimFlag: JSONNamed {
    public var jsonName: StaticString {
        switch self {
        case .noComment: "no_comment"; case .hedged: "hedged"; case .quote: "quote"; case .verified: "verified"
        case .reasonGiven: "reason_given"; case .basisGiven: "basis_given"; case .unexplainedAnonymity: "unexplained_anonymity"
        }
    }
}
extension StandardsWarning: JSONNamed {
    public var jsonName: StaticString {
        switch self { case .singleSource: "single_source"; case .mostlyAnonymous: "mostly_anonymous"; case .unexplainedAnonymity: "unexplained_anonymity" }
    }
    /// The warning in words, with the article's figures.
    public func message(_ f: StandardsFigures) -> String {
        switch self {
        case .singleSource: return "one source (\(f.largestSource ?? "?")) carries \(percentText(f.largestSourceShare)) of the attributed claims (more than \(percentText(f.singleSourceLimit)))"
        case .mostlyAnonymous: return "\(percentText(f.anonymousShare)) of the attributed claims are anonymous (more than \(percentText(f.anonymousLimit)))"
        case .unexplainedAnonymity: return counted(f.unexplained, "anonymous claim") + " with neither a reason for anonymity nor a basis of knowledge"
        }
    }
}
