import IsnadModel
import IsnadText

/// What a cue means to the labeller. Each rule file entry has one kind.
public enum CueKind: String, CaseIterable, Sendable {
    /// A reporting verb (قال، أكد ...): its subject is the source.
    case report
    /// A relaying verb (نقل ... عن): its subject is the intermediary, the object after عن the source.
    case relay
    /// An according-to phrase (وفقا لـ، بحسب): the words after it name the source.
    case according
    /// An impersonal or passive attribution (وورد أن، يُعتقد، تشير التقارير): an anonymous source in itself.
    case passive
    /// A phrase that is an anonymous source in itself (مصادر مطلعة، شهود عيان).
    case anonymous
    /// A stated reason for anonymity (شريطة عدم الكشف عن هويته، لم تسمهم): the source it qualifies is anonymous.
    case anonymity
    /// A generic role noun (مسؤول، دبلوماسي، خبراء): anonymous unless a name follows.
    case role
    /// A plural role (مسؤولون، خبراء، مصادر): a group described only by role, always anonymous.
    case collective
    /// An office that names its holder (الوزير، المتحدث باسم): a person source; a definite
    /// title alone refers back to the person who holds it.
    case title
    /// The name of a real outlet (رويترز، عكاظ).
    case outlet
    /// A word that introduces an outlet's name (صحيفة، وكالة، قناة).
    case outletHead = "outlet_head"
    /// A word that introduces a document (بيان، تقرير، إحصاءات).
    case documentHead = "document_head"
    /// A word that introduces an organisation (وزارة، هيئة، شركة), or a state speaking officially.
    case organization
    /// A phrase that sends the statement to an outlet (في تصريح لـ، في مقابلة مع).
    case told
    /// A denial (نفى، كذّب، لا أساس له من الصحة).
    case denial
    /// A refusal to comment (رفض التعليق، لم يرد على طلب التعليق).
    case noComment = "no_comment"
    /// The writer's hedging (يبدو أن، ربما، من المرجح أن).
    case hedge
    /// A complementiser that ends a source span (أن، إن، بأن).
    case complement
    /// A word that ends a source span (في، خلال، أمس، days of the week).
    case stop
    /// A pronoun subject (هو، هي): a bare reference to the previous source.
    case pronoun
    /// Site furniture (اقرأ أيضا، ADVERTISEMENT).
    case boilerplate
    /// An image caption or credit.
    case caption
    /// A byline or contributor line.
    case byline
    /// A time or manner adverb that may stand between a verb and its subject (أمس، أيضا، بدوره).
    case adverb
    /// An adjective that describes a role without naming anyone (رفيع، كبير، سابق، مطلع).
    case qualifier
    /// A finite verb or verbal particle: a short line with one is a claim, not a heading.
    case verb
    /// Introduces named members of a group just described (مثل، من بينهم، بمن فيهم): a group
    /// of officials whose members are named is a named source.
    case members
    /// A stated reason for not naming a source (لأنه غير مخول بالحديث، نظرا لحساسية الموضوع، خشية على
    /// سلامته): the source it qualifies is anonymous, and its claims get `reason_given`. A bare
    /// condition (شريطة عدم الكشف عن هويته) is `anonymity`, not a reason.
    case anonymityReason = "anonymity_reason"
    /// A stated basis of knowledge of an anonymous source (مطلع على المفاوضات، شارك في الاجتماع،
    /// مقرب من الرئيس، شاهد عيان): its claims get `basis_given`. Stock epithets (مصادر مطلعة) are not one.
    case anonymityBasis = "anonymity_basis"
    /// The writer's own voice, or a speaker who is no source: a proverb or saying (كما يقال، يقول
    /// المثل), a rhetorical or hypothetical speaker (قد يقول قائل، يخطئ من يظن), the writer's own
    /// verb before a colon (وأتساءل:). A reporting cue inside it names no one, and a colon after it
    /// introduces the writer's words: a claim with no other attribution is unsourced
    /// (SOURCING.md: a column's own argument is the writer's).
    case ownVoice = "own_voice"
    /// A negated or restricted assertion (لم يفقد وعيه، لن، ليس، مرة واحدة فقط، الوحيد): no
    /// denial by itself, it makes a claim restate the denial of its source — the claim right
    /// after that source's denied claim, or one sharing the words of its denial (`Rebuttals`).
    case rebuttal
    /// An accusation (اتهم، اتهموها، الاتهامات): no label of its own — the reporting cue of the
    /// same words labels the claim — it marks what the words after it charge someone with, so
    /// that a later claim negating that act (أوضحت أنها لم تشوه الصورة after اتهموها بتشويه
    /// الصورة) is read as the accused's answer to it, a denial (`Rebuttals`).
    case accusation
}

package extension CueKind {
    /// The position of the kind in declaration order (its bit in `CueKinds`).
    @inlinable @inline(__always) @usableFromInline package var ordinal: Int {
        switch self {
        case .report: 0; case .relay: 1; case .according: 2; case .passive: 3; case .anonymous: 4
        case .anonymity: 5; case .role: 6; case .collective: 7; case .title: 8; case .outlet: 9
        case .outletHead: 10; case .documentHead: 11; case .organization: 12; case .told: 13; case .denial: 14
        case .noComment: 15; case .hedge: 16; case .complement: 17; case .stop: 18; case .pronoun: 19
        case .boilerplate: 20; case .caption: 21; case .byline: 22; case .adverb: 23; case .qualifier: 24
        case .verb: 25; case .members: 26; case .anonymityReason: 27; case .anonymityBasis: 28
        case .ownVoice: 29; case .rebuttal: 30; case .accusation: 31
        }
    }
}

/// A set of cue kinds as one bit mask: testing and combining kinds allocates nothing.
public struct CueKinds: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    public var bits: UInt64
    @inlinable @inline(__always) public init() { bits = 0 }
    @inlinable @inline(__always) public init(_ k: CueKind) { bits = 1 << UInt64(k.ordinal) }
    /// (Inlined: a literal such as `[.title, .role]` folds to its mask where it is written, instead
    /// of a call that builds the variadic array on the heap — the labeller tests literals per word.)
    @inlinable @inline(__always) public init(arrayLiteral kinds: CueKind...) { bits = 0; for k in kinds { insert(k) } }

    @inlinable @inline(__always) public func contains(_ k: CueKind) -> Bool { bits & (1 << UInt64(k.ordinal)) != 0 }
    /// Whether the two sets share a kind.
    @inlinable @inline(__always) public func intersects(_ o: CueKinds) -> Bool { bits & o.bits != 0 }
    @inlinable @inline(__always) public var isEmpty: Bool { bits == 0 }
    @inlinable @inline(__always) public mutating func insert(_ k: CueKind) { bits |= 1 << UInt64(k.ordinal) }
    @inlinable @inline(__always) public mutating func formUnion(_ o: CueKinds) { bits |= o.bits }
    @inlinable @inline(__always) public func subtracting(_ o: CueKinds) -> CueKinds { var c = self; c.bits &= ~o.bits; return c }
    @inlinable @inline(__always) public func union(_ o: CueKinds) -> CueKinds { var c = self; c.bits |= o.bits; return c }

    public func makeIterator() -> AnyIterator<CueKind> {
        var rest = bits
        return AnyIterator {
            guard rest != 0 else { return nil }
            let i = rest.trailingZeroBitCount
            rest &= rest - 1
            return CueKind.allCases[i]
        }
    }
}

/// Which attached proclitics a rule's first word accepts.
public enum CliticPolicy: String, Sendable {
    /// None: the word must stand alone.
    case none
    /// و ف (and the future س for verbs): verbs and particles.
    case conjunction
    /// و ف ب ل ك, not the article: an indefinite noun that may follow a preposition (لمصدرين).
    case prepositions
    /// و ف ب ل ك ال: nouns and names.
    case all

    @usableFromInline package var maximum: TokenForm.Clitics {
        switch self { case .none: .none; case .conjunction: .conjunction; case .prepositions: .preposition; case .all: .any }
    }
}

/// Where a rule was written, for messages.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var description: String { "\(path):\(line):\(column)" }
    @usableFromInline package init(path: String, line: Int, column: Int) {
        self.path = path; self.line = line; self.column = column
    }
}

/// Sentences a rule must and must not match; they are its tests. In a `match`
/// sentence the words the rule must match may be marked `[[...]]`.
public struct RuleExamples: Sendable {
    public var match: [String] = []
    public var noMatch: [String] = []
    /// Where each example was written (same order: match, then no_match).
    public var matchLocations: [SourceLocation] = []
    public var noMatchLocations: [SourceLocation] = []
    public init() {}
}

/// A whole sentence or article with the label (and source) its claim must get: a test of the
/// pack as a whole, written under `tests:` in a rule file.
public struct PackTest: Sendable {
    public var text: String
    public var label: Label
    /// Text one of the claim's sources must contain, when given.
    public var source: String?
    public var location: SourceLocation
}

/// One cue rule, as written in a YAML rule file.
public struct Rule: Sendable {
    public var id: String
    public var kind: CueKind
    public var description: String
    public var patterns: [String]
    public var clitics: CliticPolicy
    /// For report verbs: count only when a complement (أن، إن، :، a quotation) follows within the unit.
    public var needsComplement: Bool
    /// For boilerplate: only at the start of a unit; `rest` marks the rest of the article too.
    public var scope: Scope
    /// For verb cues: the kinds of subject the cue needs to count (empty: any subject).
    public var subjects: Set<SourceKind> = []
    /// For verb cues: where the speaker is found (`speaker:` in YAML).
    public var speaker: Speaker = .subject
    /// For verb cues (`subject_words:` in YAML): the words the subject must open with, folded. A
    /// match counts only when one of them, as written (no clitic glued to it), is the next word,
    /// after only a space or a tab (no punctuation, no line break): `تابعت` with `[الصحف، صحف]`
    /// matches وتابعت الصحف …, not وتابعت الجماهير …; the subject is that word and its adjectives
    /// (`Attributions.subjectWordPhrase`). Empty: any subject.
    public var subjectWords: [String] = []
    /// For verb cues written with `object_pronouns:`: every form carries an attached object
    /// pronoun (اعتبره، أكدته), so a relative ما before it is its object, not its subject.
    public var takesObjectPronoun = false
    public var examples: RuleExamples
    public var location: SourceLocation
    /// Regular expressions (ICU syntax) matched against the folded text of the article, for
    /// cues word patterns cannot express. Slower than patterns: use sparingly.
    public var regexes: [String] = []
    /// Whether this rule replaces a rule with the same id from an earlier pack.
    public var overrides = false
    /// Whether the rule is switched off (it removes an earlier rule with the same id).
    public var disabled = false
    /// For a disabled rule: whether it is written out in full (a rule kept in the file but
    /// switched off) rather than naming an earlier pack's rule to remove.
    public var disabledDefinition = false
    /// For an outlet of the gazetteer: its name and aliases, each as folded words; any of them
    /// names the same outlet (`Gazetteer`).
    public var outletNames: [[String]] = []
    /// For an outlet of the gazetteer: its kind; nil for every other rule (an outlet a pack
    /// writes as patterns has none).
    public var outletKind: OutletKind? = nil
    /// For an ambiguous outlet name of the gazetteer (الرياض، اليوم، عكاظ): a bare match counts only
    /// in an outlet's context — between quotation marks, or after ل (told to it: لـ«عكاظ»; glued, لعكاظ, only
    /// when a statement follows: `ArticleText.statementFollows`).
    public var contextual = false
    /// A place (`place_tag: true` in YAML: states and capitals): alone before a headline's colon
    /// with no verb right after it, it is the page's place tag (`إيطاليا: إنقاذ 414 مهاجرا`), not a
    /// speaker (`Attributions.colonAttribution`).
    public var placeTag = false
    /// The element sequences of `patterns`, kept from the loader's check so the matcher does
    /// not compile them again; used only while `patterns` is still what was compiled.
    @usableFromInline package var compiled: Compiled? = nil
    @usableFromInline package struct Compiled: Sendable {
        @usableFromInline package var patterns: [String]
        /// Each pattern as its word positions (its sequences are not spelled out: see `CompiledPattern`).
        @usableFromInline package var forms: [CompiledPattern]
    }

    /// Each pattern compiled, as its word positions.
    @usableFromInline package func compiledForms() throws(PatternError) -> [CompiledPattern] {
        if let c = compiled, c.patterns == patterns { return c.forms }
        var out: [CompiledPattern] = []
        for p in patterns { out.append(try PatternCompiler.compilePattern(p)) }
        return out
    }

    /// The element sequences of each pattern, spelled out.
    @usableFromInline package func compiledPatterns() throws(PatternError) -> [[[PatternElement]]] {
        try compiledForms().map(\.sequences)
    }

    /// Where in a unit a furniture rule must match: anywhere; at the start; the whole unit;
    /// at the start, making every later unit furniture too; or at the end.
    /// `source`: for an `anonymity_basis` rule, the cue counts only inside an anonymous source's own
    /// words (الطلاب المتضررون), not in the words after it (the claim's content: إن المتضررين ...).
    /// `inside`: for a rule that is no furniture, the cue counts only away from the start of its
    /// unit (وينفذ التبرع وفقا للأنظمة, not ووفقا للأنظمة، فإن ... opening it).
    public enum Scope: String, Sendable, CaseIterable { case anywhere, start, line, rest, end, source, inside, subject }

    /// Where a verb cue finds its speaker.
    public enum Speaker: String, Sendable, CaseIterable {
        /// The verb's subject, after it or just before it (`speaker: true`, the default).
        case subject
        /// None: a nominal phrase such as `دحض أو تأكيد` (`speaker: false`) only flags the claim.
        case none
        /// The nearest preceding source: a verbal noun whose possessive pronoun is the speaker
        /// (`تأكيده على`، `في حديثها`، `على حد قوله`; `speaker: previous`).
        case previous
        /// The subject of the verb that governs the cue in its clause: a verbal noun with its
        /// preposition whose pronoun is that subject (`بقوله:` after `واختتم الوزير كلمته`), or a
        /// verb cue whose gap must hold its subject and nothing else (`رفض وزير الخارجية ما تردد`;
        /// `speaker: clause`).
        case clause
    }
}
