import IsnadModel
import IsnadText
import IsnadRules

/// The stages of the labeller, in the order they run on a claim (see `Labeller.label`).
public enum LabellerStage: String, Sendable, CaseIterable {
    /// `CueFilter`: drops the cue matches that do not take effect.
    case cues
    /// `EvidenceReader`: the evidence, the flags and whether a reason for anonymity is stated.
    case flags
    /// `AttributionFinder`: who is said to speak, from each cue kind (and a colon).
    case attributions
    /// `Resolution`: each attribution's source against the article's roster, and the label it proposes.
    case resolution
    /// `Anonymity`: a stated reason for anonymity makes the speaker anonymous.
    case anonymity
    /// `Continuity`: a claim with no attribution inside a quotation takes its speaker's label.
    case continuity
    /// `Precedence`: one label out of those proposed.
    case precedence
}

/// One decision of a labeller stage about a claim, as a value. `audit explain` prints them;
/// an audit makes none (its recorder is `NoDecisions`). A new kind fails to compile until
/// `stage` and `Explanation`'s wording handle it.
public enum Decision: Sendable, Hashable {
    // cue filtering
    /// A rule with `scope: start` away from the start of a clause.
    case outOfScope(CueMatch)
    /// A rule with `scope: inside` opening its unit.
    case opensUnit(CueMatch)
    /// Swallowed by a longer strong cue (nil when none of the unit's matches is found to be it).
    case insideLongerCue(CueMatch, longer: CueMatch?)
    /// A denial overlapped by a refusal to comment.
    case refusalOverlaps(CueMatch)
    /// A denial after a negation (لا ينفي أن): it disputes nothing.
    case negated(CueMatch)
    /// An impersonal cue, or a verb with an object pronoun, inside the content of a reporting verb (its speaker's).
    case insideContent(CueMatch)
    /// A one-word verb cue right after this reporting verb: its subject, a name that is also a verb (ولفتت أمل …).
    case nameAfterVerb(CueMatch, verb: CueMatch)
    /// Inside a phrase in the writer's own voice (كما يقال، قد يقول قائل): it names no source.
    case ownVoice(CueMatch, phrase: CueMatch)
    // evidence and flags
    /// A furniture cue (boilerplate, caption, byline) in a unit that stayed a claim.
    case stayedClaim(CueMatch)
    // attributions
    /// A verb cue that needs a complement and has none.
    case noComplement(CueMatch)
    /// A verb cue whose word is a noun here, or whose subject is a thing (مما يؤكد، على ذكر).
    case nominal(CueMatch)
    /// A verb cue with no subject of a kind it accepts.
    case noSubject(CueMatch)
    /// A relaying verb with no عن / من after it: carrying (نقل الركاب), not relaying.
    case noRelayedSource(CueMatch)
    /// A reporting verb after ما, the object of a denial (نفت الوزارة ما نشرته الوكالة): the
    /// claim disputed, whose teller is no source.
    case objectOfDenial(CueMatch, denial: CueMatch)
    /// A cue with no source phrase after it.
    case noPhrase(CueMatch)
    /// An anonymous or passive cue inside a source phrase another cue found: that phrase is anonymous.
    case makesPhraseAnonymous(CueMatch, finder: CueMatch)
    /// A subject joining a source and an unidentified group with و: the group, from the
    /// collective cue, is a second source of the verb, anonymous.
    case coordinatedGroup(CueMatch, group: TextSpan)
    /// A short phrase before a colon names the speaker (`Speaker: statement`).
    case colonSpeaker(text: TextSpan)
    /// An attribution naming a source another attribution of the unit names: counted once.
    case merged(CueMatch, into: CueMatch)
    /// A bare verb after a source named in the same unit (قال X ... مضيفا): that source's, counted once.
    case sameSpeaker(CueMatch, speaker: CueMatch)
    // resolution
    /// A refusal to comment next to what others said: its source is recorded, its label not.
    case refusalSilenced(CueMatch)
    /// The source named is the publication's own outlet: never a source or an intermediary.
    case ownOutlet(CueMatch)
    // anonymity
    /// A cue of anonymity (a reason for it, or the bare condition شريطة عدم الكشف عن هويته)
    /// makes the person named, `source`, anonymous: recorded only where the kind changes.
    case madeAnonymous(source: String, by: CueMatch)
    /// A reason for anonymity is stated and no source is named: the anonymity cue stands for one.
    case anonymityCueIsSource(rule: String)
    // continuity
    /// The claim's speaker owns the quotation it opens (`opens`) or holds: the claims that
    /// continue it take that speaker, with `label` (the claim's own label: never denied).
    case opensQuotation(label: Label, opens: Bool)
    /// The claim opens a colon quotation without marks, to the paragraph's end or through the next one.
    case opensColonQuotation(nextParagraph: Bool)
    /// The claim continues the quotation opened in unit `unit` (0-based).
    case continuesQuotation(unit: Int)
    /// The claim continues the colon quotation opened in unit `unit` (0-based).
    case continuesColonQuotation(unit: Int)
    /// The claim's colon follows a label that names no speaker (a list item's, a bracket's): the
    /// colon quotation opened in unit `unit` (0-based) ends before it.
    case endsColonQuotation(unit: Int)
    /// The claim names its speaker after it with a bare reporting verb (`…، كما يقول.`): the
    /// speaker of unit `unit` (0-based), the latest one.
    case speakerAfterClaim(unit: Int)
    /// The claim is an answer of a Q&A piece: the interviewee's, the first speaker of its
    /// introduction, in unit `unit` (0-based).
    case answersInterview(unit: Int)
    // precedence
    /// Several labels were proposed: `chosen` outranks `over`.
    case precedence(chosen: Label, over: [Label])

    /// The stage that made the decision.
    public var stage: LabellerStage {
        switch self {
        case .outOfScope, .opensUnit, .insideLongerCue, .refusalOverlaps, .negated, .insideContent, .nameAfterVerb, .ownVoice: .cues
        case .stayedClaim: .flags
        case .noComplement, .nominal, .noSubject, .noRelayedSource, .objectOfDenial, .noPhrase, .makesPhraseAnonymous, .coordinatedGroup, .colonSpeaker, .merged, .sameSpeaker: .attributions
        case .refusalSilenced, .ownOutlet: .resolution
        case .madeAnonymous, .anonymityCueIsSource: .anonymity
        case .opensQuotation, .opensColonQuotation, .continuesQuotation, .continuesColonQuotation, .endsColonQuotation, .speakerAfterClaim, .answersInterview: .continuity
        case .precedence: .precedence
        }
    }

    /// The cue match the decision is about, if it is about one.
    public var cue: CueMatch? {
        switch self {
        case .outOfScope(let m), .opensUnit(let m), .insideLongerCue(let m, _), .refusalOverlaps(let m), .negated(let m), .insideContent(let m), .nameAfterVerb(let m, _), .ownVoice(let m, _),
             .stayedClaim(let m), .noComplement(let m), .nominal(let m), .noSubject(let m), .noRelayedSource(let m), .objectOfDenial(let m, _),
             .noPhrase(let m), .makesPhraseAnonymous(let m, _), .coordinatedGroup(let m, _), .merged(let m, _), .sameSpeaker(let m, _), .refusalSilenced(let m), .ownOutlet(let m): m
        case .colonSpeaker, .madeAnonymous, .anonymityCueIsSource, .opensQuotation, .opensColonQuotation,
             .continuesQuotation, .continuesColonQuotation, .endsColonQuotation, .speakerAfterClaim, .answersInterview, .precedence: nil
        }
    }

    /// Whether the cue the decision is about was set aside (took no effect on the label).
    public var setsAside: Bool {
        switch self {
        case .outOfScope, .opensUnit, .insideLongerCue, .refusalOverlaps, .negated, .insideContent, .nameAfterVerb, .ownVoice, .stayedClaim,
             .noComplement, .nominal, .noSubject, .noRelayedSource, .objectOfDenial, .noPhrase: true
        case .makesPhraseAnonymous, .coordinatedGroup, .colonSpeaker, .merged, .sameSpeaker, .refusalSilenced, .ownOutlet, .madeAnonymous,
             .anonymityCueIsSource, .opensQuotation, .opensColonQuotation, .continuesQuotation, .continuesColonQuotation,
             .endsColonQuotation, .speakerAfterClaim, .answersInterview, .precedence: false
        }
    }
}

/// Where the labeller's stages put their decisions. The audit passes `NoDecisions`, whose
/// `isRecording` is false: every record is built under `if R.isRecording`, so an audit builds
/// none and the specialised code has no trace of them.
public protocol DecisionRecorder {
    static var isRecording: Bool { get }
    mutating func record(_ decision: Decision, unit: Int)
}

/// The recorder of an audit: keeps nothing.
public struct NoDecisions: DecisionRecorder {
    public init() {}
    public static var isRecording: Bool { false }
    @inline(__always) public mutating func record(_ decision: Decision, unit: Int) {}
}

/// The recorder of `audit explain` and the census: every decision, by unit, in the order made.
/// Kept by unit, so reading a unit's decisions costs its own, not the article's.
public struct DecisionLog: DecisionRecorder {
    /// The decisions of each unit that has any, in the order made.
    private var byUnit: [Int: [Decision]] = [:]
    /// The last decision recorded.
    public private(set) var last: Decision? = nil
    public init() {}
    public static var isRecording: Bool { true }
    public mutating func record(_ decision: Decision, unit: Int) { byUnit[unit, default: []].append(decision); last = decision }

    /// The number of decisions recorded.
    public var count: Int { byUnit.values.reduce(0) { $0 + $1.count } }

    /// The decisions about unit `unit`, in the order made.
    public func decisions(unit: Int) -> [Decision] { byUnit[unit] ?? [] }

    /// The decision that set cue match `m` aside, if one did.
    public func setAside(_ m: CueMatch, unit: Int) -> Decision? {
        byUnit[unit]?.first { $0.setsAside && $0.cue == m }
    }
}
