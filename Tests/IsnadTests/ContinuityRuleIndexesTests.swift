import Testing
@testable import IsnadEngine
import IsnadModel
import IsnadText
import IsnadTestSupport

/// Continuity's rules read by id are found once per pack (`Continuity.RuleIndexes`, kept by the
/// auditor's engine) instead of for every article (speed29): the indexes must be the rules of
/// those ids, and a labeller given them must label as one that looks them up itself.
@Suite("Continuity's rule indexes found once per pack")
struct ContinuityRuleIndexesTests {
    /// A made-up interview given to an outlet, run on after its announcement, then a Q&A block.
    static let interview = """
        عنوان المقابلة
        وقال الوزير سالم العمري في حوار مع «اليوم» إن الخطة تمضي كما رسمت، وإلى نص الحوار:
        - ما أبرز ما في الخطة الجديدة؟
        الخطة تبدأ بالمدارس في الشهر المقبل.
        - ومتى تنتهي المرحلة الأولى؟
        تنتهي المرحلة الأولى قبل نهاية العام.
        وقال مصدر مطلع إن التمويل لم يحسم بعد.
        """

    @Test("the shipped pack's indexes are the rules of continuity's ids")
    func indexesAreTheRules() {
        let rules = TestSupport.shippedPack.rules
        let found = Continuity.RuleIndexes(rules: rules)
        #expect(found.interview >= 0 && rules[found.interview].id == Continuity.introducedRule)
        #expect(found.interviewText >= 0 && rules[found.interviewText].id == UnitClassifier.interviewTextRule)
        #expect(Continuity.RuleIndexes(rules: []).interview == -1 && Continuity.RuleIndexes(rules: []).interviewText == -1)
    }

    @Test("a labeller given the pack's indexes labels an interview as one that looks them up for the article")
    func sameJudgements() throws {
        let auditor = try Auditor(pack: TestSupport.shippedPack, policy: FailurePolicy(labels: []))
        let a = ArticleText(text: Normalizer.normalize(Self.interview), matcher: auditor.matcher, regexes: auditor.regexes)
        let kinds = auditor.classify(a, headingLines: [])
        let rules = auditor.pack.rules
        let (looked, lookedRoster) = Labeller(rules: rules).label(a, kinds: kinds)
        let given = Labeller(rules: rules, groupHeads: nil, continuityRules: Continuity.RuleIndexes(rules: rules))
        let (once, onceRoster) = given.label(a, kinds: kinds)
        #expect(once.map { "\(String(describing: $0))" } == looked.map { "\(String(describing: $0))" })
        #expect("\(onceRoster)" == "\(lookedRoster)")
        // (and the audit itself, whose labeller takes the engine's indexes)
        let units = auditor.audit(test: Self.interview).units
        #expect(units.contains { $0.label == .named })
    }
}
