import Foundation
import IsnadModel

/// The language of the sheets an editor reads (`--lang`, `lang:` in `.audit.yml`): the HTML
/// and Markdown sheets and their index pages. The CI formats (text, json, jsonl, sarif,
/// github, line) are always English, and JSON keys never change.
///
/// Every user-facing string of the sheets is in this file: `SheetText` (one case a string),
/// `Label.sheetName` / `SourceKind.sheetName`, the counted nouns (`SheetNoun`) and the
/// sentences built from them (`SheetSentences`). Each is an exhaustive switch over the
/// languages, so a new key or a new language fails to compile until every text is written.
public enum SheetLanguage: String, CaseIterable, Sendable {
    case ar, en

    /// The default of a sheet (HTML, Markdown): the newsroom's language.
    public static let sheetDefault = SheetLanguage.ar

    /// The writing direction of the language (`dir` of the page).
    public var direction: String {
        switch self {
        case .ar: "rtl"
        case .en: "ltr"
        }
    }

    /// Whether the language is written right to left.
    public var rightToLeft: Bool { direction == "rtl" }

    /// The list separator (`،` in Arabic).
    public var comma: String {
        switch self {
        case .ar: "، "
        case .en: ", "
        }
    }

    /// The separator of clauses (`؛` in Arabic).
    public var semicolon: String {
        switch self {
        case .ar: "؛ "
        case .en: "; "
        }
    }
}

/// The fixed strings of the sheets: headings, table headers, tooltips, the index.
public enum SheetText: String, CaseIterable, Sendable {
    case auditOf, summary, articleRow, ownOutlet, claimsRow, score, result, passes, fails
    case shareChart, labelsHeading, share, articleHeading, sourcesHeading, noSource
    case id, source, kind, via, number, line, column, label, claim, evidence
    case failing, verified, none, ruleIds, decidingRule
    case claimsHeading, failingClaimsHeading, allClaimsHeading
    case indexTitle, articlesRanked, articleColumn, notAudited
    case distinctSources, largestShare, anonymousShare, secondhandShare, warnings, noWarnings, ofAttributed
    case contestedHeading, contests, contestedBy

    /// The text in `lang`.
    public func text(_ lang: SheetLanguage) -> String {
        switch lang {
        case .ar: arabic
        case .en: english
        }
    }

    var english: String {
        switch self {
        case .auditOf: "Audit of"
        case .summary: "summary"
        case .articleRow: "Article"
        case .ownOutlet: "Own outlet"
        case .claimsRow: "Claims"
        case .score: "Score"
        case .result: "Result"
        case .passes: "passes"
        case .fails: "fails"
        case .shareChart: "share of claims per label"
        case .labelsHeading: "Labels"
        case .share: "Share"
        case .articleHeading: "Article"
        case .sourcesHeading: "Sources"
        case .noSource: "No source is named."
        case .id: "Id"
        case .source: "Source"
        case .kind: "Kind"
        case .via: "via"
        case .number: "#"
        case .line: "Line"
        case .column: "column"
        case .label: "Label"
        case .claim: "Claim"
        case .evidence: "Evidence"
        case .failing: "failing"
        case .verified: "verified"
        case .none: "None."
        case .ruleIds: "rules"
        case .decidingRule: "deciding rule"
        case .claimsHeading: "Claims"
        case .failingClaimsHeading: "Failing claims"
        case .allClaimsHeading: "All claims"
        case .indexTitle: "Audit index"
        case .articlesRanked: "Articles, most unsourced and anonymous claims first"
        case .articleColumn: "Article"
        case .notAudited: "Not audited"
        case .distinctSources: "Sources"
        case .largestShare: "Largest share on one source"
        case .anonymousShare: "Anonymous share"
        case .secondhandShare: "Secondhand share"
        case .warnings: "Warnings"
        case .noWarnings: "none"
        case .ofAttributed: "of the attributed claims:"
        case .contestedHeading: "Contested claims"
        case .contests: "contests"
        case .contestedBy: "contested by"
        }
    }

    var arabic: String {
        switch self {
        case .auditOf: "تدقيق مصادر"
        case .summary: "الخلاصة"
        case .articleRow: "المقال"
        case .ownOutlet: "الوسيلة الناشرة"
        case .claimsRow: "المعلومات"
        case .score: "الدرجة"
        case .result: "النتيجة"
        case .passes: "يجتاز المعايير"
        case .fails: "لا يجتاز المعايير"
        case .shareChart: "حصة كل تصنيف من المعلومات"
        case .labelsHeading: "التصنيفات"
        case .share: "الحصة"
        case .articleHeading: "نص المقال"
        case .sourcesHeading: "المصادر"
        case .noSource: "لا يُسمّي المقال أي مصدر."
        case .id: "الرمز"
        case .source: "المصدر"
        case .kind: "النوع"
        case .via: "عبر"
        case .number: "#"
        case .line: "السطر"
        case .column: "العمود"
        case .label: "التصنيف"
        case .claim: "المعلومة"
        case .evidence: "القرائن"
        case .failing: "لا تجتاز المعايير"
        case .verified: "تحقّق منها المحرر"
        case .none: "لا شيء."
        case .ruleIds: "القواعد"
        case .decidingRule: "القاعدة الحاسمة"
        case .claimsHeading: "المعلومات"
        case .failingClaimsHeading: "المعلومات التي لا تجتاز المعايير"
        case .allClaimsHeading: "كل المعلومات"
        case .indexTitle: "فهرس التدقيق"
        case .articlesRanked: "المقالات، الأكثر معلومات بلا مصدر أو من مصادر مجهّلة أولًا"
        case .articleColumn: "المقال"
        case .notAudited: "لم يُدقَّق"
        case .distinctSources: "عدد المصادر"
        case .largestShare: "أكبر حصة لمصدر واحد"
        case .anonymousShare: "حصة المصادر المجهّلة"
        case .secondhandShare: "حصة النقل عن وسيط"
        case .warnings: "تنبيهات"
        case .noWarnings: "لا شيء"
        case .ofAttributed: "من المعلومات المنسوبة:"
        case .contestedHeading: "المعلومات المنفيّة"
        case .contests: "تنفي"
        case .contestedBy: "تنفيها"
        }
    }

    /// Every key with its text in `lang`: the `t` of a template (`{{t.claimsHeading}}`).
    public static func table(_ lang: SheetLanguage) -> [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.text(lang)) })
    }
}

extension Label {
    /// The label's name on a sheet: in Arabic, the words of a newsroom's standards desk.
    public func sheetName(_ lang: SheetLanguage) -> String {
        switch lang {
        case .en: rawValue
        case .ar:
            switch self {
            case .named: "مصدر مسمّى"
            case .anonymous: "مصدر مجهّل"
            case .secondhand: "نقل عن وسيط"
            case .denied: "نفي"
            case .unsourced: "بلا مصدر"
            }
        }
    }

    /// The label's one-letter badge on a sheet (a cue that does not rest on colour).
    public func sheetBadge(_ lang: SheetLanguage) -> String {
        switch lang {
        case .en: "\(descriptor.badge)"
        case .ar:
            switch self {
            case .named: "م"
            case .anonymous: "ج"
            case .secondhand: "و"
            case .denied: "ن"
            case .unsourced: "ب"
            }
        }
    }
}

extension SourceKind {
    /// The kind of a source on a sheet.
    public func sheetName(_ lang: SheetLanguage) -> String {
        switch lang {
        case .en: rawValue
        case .ar:
            switch self {
            case .person: "شخص"
            case .organization: "جهة"
            case .outlet: "وسيلة إعلام"
            case .document: "وثيقة"
            case .anonymous: "مجهّل"
            }
        }
    }
}

/// The plural category of a count (Unicode CLDR): English has one and other; Arabic has
/// zero, one, two, few (3–10, and n % 100 in 3...10), many (11–99, and n % 100 in 11...99)
/// and other (100, 101, 102, ...), and each takes another form of the noun.
public enum PluralCategory: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other

    public static func of(_ n: Int, _ lang: SheetLanguage) -> PluralCategory {
        switch lang {
        case .en: return n == 1 ? .one : .other
        case .ar:
            let r = n % 100
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default: return (3...10).contains(r) ? .few : (11...99).contains(r) ? .many : .other
            }
        }
    }
}

/// The nouns the sheets count.
public enum SheetNoun: CaseIterable, Sendable {
    case article, claim, source

    /// Arabic: the singular, the dual, the plural, the singular in the accusative (after 11–99),
    /// and whether the noun is masculine (واحد / واحدة).
    var arabic: (singular: String, dual: String, plural: String, accusative: String, masculine: Bool) {
        switch self {
        case .article: ("مقال", "مقالان", "مقالات", "مقالًا", true)
        case .claim: ("معلومة", "معلومتان", "معلومات", "معلومةً", false)
        case .source: ("مصدر", "مصدران", "مصادر", "مصدرًا", true)
        }
    }

    var english: (singular: String, plural: String) {
        switch self {
        case .article: ("article", "articles")
        case .claim: ("claim", "claims")
        case .source: ("source", "sources")
        }
    }

    /// `n` of the noun, with the number agreeing: "1 claim", "3 claims"; "معلومة واحدة",
    /// "معلومتان", "3 معلومات", "11 معلومةً", "100 معلومة", and "لا معلومات" for none.
    public func count(_ n: Int, _ lang: SheetLanguage) -> String {
        let category = PluralCategory.of(n, lang)
        switch lang {
        case .en:
            return "\(n) " + (category == .one ? english.singular : english.plural)
        case .ar:
            let w = arabic
            switch category {
            case .zero: return "لا " + w.plural
            case .one: return w.singular + (w.masculine ? " واحد" : " واحدة")
            case .two: return w.dual
            case .few: return "\(n) " + w.plural
            case .many: return "\(n) " + w.accusative
            case .other: return "\(n) " + w.singular
            }
        }
    }
}

/// The sentences of the sheets that carry numbers or values of the audit.
public enum SheetSentences {
    /// The index's summary: articles, claims, and how many articles fail.
    public static func index(articles: Int, claims: Int, failed: Int, _ lang: SheetLanguage) -> String {
        switch lang {
        case .en:
            return "\(SheetNoun.article.count(articles, .en)), \(SheetNoun.claim.count(claims, .en)), \(failed) failing article\(failed == 1 ? "" : "s")."
        case .ar:
            if articles == 0 { return "لا مقالات." }
            let holding = articles == 1 ? "فيه" : articles == 2 ? "فيهما" : "فيها"
            let head = "\(SheetNoun.article.count(articles, .ar))، \(holding) \(SheetNoun.claim.count(claims, .ar))"
            if failed == 0 {
                return head + "، " + (articles == 1 ? "ويجتاز المعايير." : articles == 2 ? "وكلاهما يجتاز المعايير." : "وكلها تجتاز المعايير.")
            }
            return head + ". لا يجتاز المعايير منها " + SheetNoun.article.count(failed, .ar) + "."
        }
    }

    /// Why an article fails the policy.
    public static func failure(_ f: ArticleFailure, _ lang: SheetLanguage) -> String {
        switch lang {
        case .en: return f.description
        case .ar:
            switch f {
            case let .claims(count, labels):
                return SheetNoun.claim.count(count, .ar) + " من تصنيف " + labels.map { "«\($0.sheetName(.ar))»" }.joined(separator: " أو ")
            case let .maxUnsourced(count, limit):
                return SheetNoun.claim.count(count, .ar) + " بلا مصدر، أكثر من الحد المسموح به (\(limit))"
            case let .minScore(score, minimum):
                return "الدرجة \(scoreText(score)) دون الحد الأدنى \(scoreText(minimum))"
            case let .anonymityBasis(count, requirement):
                let what = switch requirement {
                case .none: ""
                case .reason: "سبب لإخفاء المصدر"
                case .basis: "أساس لعلم المصدر"
                case .both: "سبب لإخفاء المصدر وأساس لعلمه"
                }
                return SheetNoun.claim.count(count, .ar) + " من مصادر مجهّلة بلا " + what + " (require_anonymity_basis: \(requirement.rawValue))"
            case let .maxAnonymousShare(share, maximum):
                return "حصة المصادر المجهّلة \(percentText(share)) فوق الحد الأعلى \(percentText(maximum)) (max_anonymous_share)"
            case let .maxSingleSourceShare(source, share, maximum):
                return "مصدر واحد (\(source)) تُسند إليه \(percentText(share)) من المعلومات المنسوبة، فوق الحد الأعلى \(percentText(maximum)) (max_single_source_share)"
            case let .minSources(count, minimum):
                return "عدد المصادر \(count)، دون الحد الأدنى \(minimum) (min_sources)"
            }
        }
    }

    /// A warning of the sourcing standards, in words.
    public static func warning(_ w: StandardsWarning, _ f: StandardsFigures, _ lang: SheetLanguage) -> String {
        switch lang {
        case .en: return w.message(f)
        case .ar:
            switch w {
            case .singleSource:
                return "مصدر واحد (\(f.largestSource ?? "?")) تُسند إليه \(percentText(f.largestSourceShare)) من المعلومات المنسوبة (أكثر من \(percentText(f.singleSourceLimit)))"
            case .mostlyAnonymous:
                return "\(percentText(f.anonymousShare)) من المعلومات المنسوبة من مصادر مجهّلة (أكثر من \(percentText(f.anonymousLimit)))"
            case .unexplainedAnonymity:
                return SheetNoun.claim.count(f.unexplained, .ar) + " من مصادر مجهّلة بلا سبب لإخفاء المصدر ولا أساس لعلمه"
            }
        }
    }

    /// Where a problem with the article's markup is: "Line 3, column 5".
    public static func location(line: Int, column: Int, _ lang: SheetLanguage) -> String {
        "\(SheetText.line.text(lang)) \(line)\(lang.comma)\(SheetText.column.text(lang)) \(column)"
    }

    /// Why the claim has its label, in words; rule ids are left to the sheet's rule list.
    public static func reason(_ r: Reason, _ lang: SheetLanguage) -> String {
        switch r.form {
        case .text(let t): return t
        case .bareVerb(let l):
            switch lang {
            case .en: return "\(l.sheetName(.en)): a bare reporting verb refers back to the previous source"
            case .ar: return "\(l.sheetName(.ar)): فعل إسناد بلا فاعل ظاهر يعود إلى المصدر السابق"
            }
        case .bareMention:
            switch lang {
            case .en: return "a bare mention refers back to the previous source"
            case .ar: return "إشارة مجرّدة تعود إلى المصدر السابق"
            }
        case let .names(l, _, text, kind, via):
            switch lang {
            case .en: return "\(l.sheetName(.en)): attributed to \(isolate(text)) (\(kind.sheetName(.en))\(via.map { ", via \(isolate($0))" } ?? ""))"
            case .ar: return "\(l.sheetName(.ar)): تُسند إلى \(isolate("«" + text + "»")) (\(kind.sheetName(.ar))\(via.map { "، عبر \(isolate($0))" } ?? ""))"
            }
        case let .sameSource(name, id, unit, line):
            switch lang {
            case .en: return "same source as \(isolate(name)) (\(id))" + (unit.map { ", first named in unit \($0 + 1) (line \(line))" } ?? "")
            case .ar: return "المصدر نفسه \(isolate("«" + name + "»")) (\(isolate(id)))" + (unit.map { "، المذكور أولًا في العبارة \($0 + 1) (السطر \(line))" } ?? "")
            }
        case .anonymityStated:
            switch lang {
            case .en: return "anonymous: the text says the source is not named (a condition or a reason)"
            case .ar: return "مصدر مجهّل: يُذكر أن اسمه محجوب (بشرط أو لسبب)"
            }
        case .denied:
            switch lang {
            case .en: return "denied: a denial outranks every other label"
            case .ar: return "نفي: النفي يتقدّم على كل تصنيف آخر"
            }
        case let .restatesDenial(unit, line, _):
            switch lang {
            case .en: return "denied: restates its source's denial in unit \(unit + 1) (line \(line))"
            case .ar: return "نفي: يعيد نفي مصدره في العبارة \(unit + 1) (السطر \(line))"
            }
        case let .continuesRebuttal(unit, line):
            switch lang {
            case .en: return "denied: goes on with its source's rebuttal in unit \(unit + 1) (line \(line)) and still disputes"
            case .ar: return "نفي: تتمة لردّ مصدره في العبارة \(unit + 1) (السطر \(line))، وما زال يدحض"
            }
        case let .answersAccusation(unit, line, _):
            switch lang {
            case .en: return "denied: negates what the accusation in unit \(unit + 1) (line \(line)) charges"
            case .ar: return "نفي: ينفي ما يتّهم به الاتهامُ في العبارة \(unit + 1) (السطر \(line))"
            }
        case .continuesQuotation(let l):
            switch lang {
            case .en: return "\(l.sheetName(.en)): continues the quotation of the previous claim's speaker"
            case .ar: return "\(l.sheetName(.ar)): تكملة لاقتباس متحدّث المعلومة السابقة"
            }
        case .unsourced:
            switch lang {
            case .en: return "unsourced: no attribution in the unit"
            case .ar: return "بلا مصدر: لا إسناد في العبارة"
            }
        }
    }

    /// A value of the article set apart for the bidi algorithm (FSI ... PDI), so a name in
    /// one direction never reorders the words of a sentence in the other.
    static func isolate(_ s: String) -> String { "\u{2068}" + s + "\u{2069}" }
}
