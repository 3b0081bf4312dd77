import Foundation
import Testing
import Yams
@testable import Isnad
import IsnadTestSupport

/// Scores the engine against the gold articles in `Fixtures/gold/dev` and `validation` the way `score.py` does:
/// gold units are found in the text in order and aligned to reported units by overlap.
@Suite("Gold accuracy")
struct GoldAccuracyTests {
    /// The gold's parts and the label accuracy each must keep: the 23 seed and snn articles
    /// (a copy of `../shared/gold`), the corpus articles of the dev split (rules are tuned on
    /// them), and the validation split (scored, never tuned on).
    static let parts: [(name: String, dir: String, prefixes: [String], floor: Double)] = [
        ("seed and snn", "dev", ["seed-", "snn-"], 0.945),
        // d62–d65 (a sixth round of kinds, 0.811 when drawn) joined at 0.894 for the part: the measure changed;
        // d66–d70 (a seventh round, denials; 0.722 when drawn) brought it to 0.884, the cues and the
        // writer's-voice rules of issue 22 and the source-span work to 0.902; d71–d76 (an eighth round,
        // kinds the validation draw z showed; 0.790 when drawn) to 0.885: the measure changed; with lang17's
        // stance announcements, واصل, أثنى, question sub-headings and spans5's field titles, quoted names,
        // outlets' reporters and deputies; d77–d86 (a ninth round, kinds the validation draw q showed and
        // denials of a report; 0.736 when drawn) to 0.883: the measure changed; 0.887 with lang18's reach
        // of a complement past a long subject or an aside in brackets; d87–d91 (a tenth round, kinds the
        // validation draw p showed; 0.667 when drawn) to 0.880: the measure changed; 0.887 with this
        // round's place tags, replies, unnamed press and groups, subjects in quotation marks; d92–d98
        // (an eleventh round, kinds the validation draw o showed; 0.685 when drawn) to 0.87: the
        // measure changed; 0.878 with kinds23's explanations, prayers, outlets focusing on a story;
        // d99–d107 (a twelfth round, kinds the validation draw n showed; 0.775 when drawn) to 0.870:
        // the measure changed; 0.876 with kinds25's rumour idiom, pull quotes, quotation tails and
        // tweeters behind a handle; d108–d115 (a thirteenth round, for m; 0.754 when drawn) and
        // d116–d126 (a fourteenth, kinds the validation draw k showed; 0.721 when drawn) to 0.855:
        // the measure changed (0.860 with them); 0.869 with kinds27/kinds28's unnamed camps, estimates,
        // a role's holder after a comma, agencies told, and the samples' fixes; d127–d133 (a
        // fifteenth round, for j; 0.787 when drawn) to 0.860: the measure changed (0.864 with them);
        // 0.871 with kinds29, kinds30 and the samples' fixes (sample4–7); d134–d146 (a sixteenth
        // round, for h; 0.746 when drawn) to 0.85: the measure changed (0.856 with them); 0.862 with
        // kinds31's press review and the samples' fixes (sample8–10, backlog1); d147–d158 (a
        // seventeenth round, for g; 0.707 when drawn) to 0.845: the measure changed (0.850 with them);
        // d159–d167 (an eighteenth round, for f; 0.668 when drawn) to 0.835: the measure changed (0.841)
        // d168–d175 (a nineteenth round, for e; 0.779 when drawn) joined at 0.845 for the part
        ("dev, corpus draw", "dev", ["d"], 0.835),
        ("validation", "validation", ["v"], 0.838),
        // the standards draw (draw-standards.tsv): stratified towards unnamed sources and denials
        ("dev, standards draw", "dev", ["s0"] + (10...13).map { "s\($0)" }, 0.90),
        ("validation, standards draw", "validation", ["t0"] + (10...13).map { "t\($0)" }, 0.855),
        // its second round (draw-standards-14.tsv), denial-heavy, labelled blind twice:
        // 0.678 (dev) and 0.651 (validation) before any rule saw it
        ("dev, standards draw 2", "dev", (14...19).map { "s\($0)" }, 0.86),
        ("validation, standards draw 2", "validation", (14...18).map { "t\($0)" }, 0.725),
        // the round's random draw (draw-round.tsv), labelled blind twice: 0.844 before any rule saw it
        ("dev, round draw", "dev", (0...1).map { "r\($0)" }, 0.92),
        // a later random draw for dev (draw-round-y.tsv), labelled blind twice: 0.870 when drawn;
        // 0.880 on main, 0.910 with lang15's comma relative clause, restated stances and norms,
        // 0.920 with spans4's leadership of a named body (مديرو التعليم), 0.930 with lang16's
        // relative pledges and appositive subjects; 0.960 with lang25's document topics
        ("dev, round draw y", "dev", ["y"], 0.955),
        // a random draw for the validation split (draw-round-w.tsv), one article per outlet,
        // labelled blind twice (70/70 labels agreed): 0.814 when drawn
        ("validation, round draw", "validation", ["w"], 0.91),
        // a second random draw for the validation split (draw-round-x.tsv), labelled blind twice
        // (144/147 agreed with d62–d65): 0.863 when drawn; 0.918 after the fifteenth round's samples
        ("validation, round draw x", "validation", ["x"], 0.91),
        // a third (draw-round-z.tsv), labelled blind twice (101/101 agreed): 0.812 when drawn,
        // 0.832 after spans5 (a deputy of a title is named)
        ("validation, round draw z", "validation", ["z"], 0.825),
        // a fourth (draw-round-q.tsv), labelled blind twice (121/124 agreed; three adjudicated):
        // 0.782 when drawn (q11, a translated column on Trump, 17 of the 27 disagreements);
        // 0.798 with lang19's quotation reach (a trailing كما يقول, complaints of groups); 0.839 after
        // the next round's language work (place tags, unnamed press, reports inside another's claim);
        // 0.847 after the fifteenth round's
        ("validation, round draw q", "validation", ["q"], 0.84),
        // a fifth (draw-round-p.tsv), labelled blind twice (86/86 labels, 8/8 basis flags and
        // 5/5 contest links agreed): 0.805 when drawn; 0.895 after the round's language work (whose
        // briefs described p's kinds of error, so p is no longer a wholly unseen measure)
        ("validation, round draw p", "validation", ["p"], 0.89),
        // a sixth (draw-round-o.tsv), drawn before any brief of its round was written, labelled
        // blind twice (83/85 labels and 8/8 basis flags agreed): 0.894 when drawn; 0.906 after the
        // next round's merges (which drew its kinds for dev after it)
        ("validation, round draw o", "validation", ["o"], 0.90),
        // a seventh (draw-round-n.tsv), drawn before any brief of its round was written, labelled
        // blind twice (70/74 labels agreed before adjudication, 7/7 basis flags): 0.878 when drawn;
        // 0.892 after its round's merges (its kinds were drawn for dev after it, d99–d107)
        ("validation, round draw n", "validation", ["n"], 0.885),
        // an eighth (draw-round-m.tsv), drawn before any brief of its round was written, labelled
        // blind twice (70/76 labels agreed before adjudication, 8/8 basis flags): 0.829 when drawn
        ("validation, round draw m", "validation", ["m"], 0.82),
        // a ninth (draw-round-k.tsv), drawn before any brief of its round was written, labelled
        // blind twice (119/128 labels agreed before adjudication, 21/22 basis flags): 0.820 when drawn
        ("validation, round draw k", "validation", ["k"], 0.81),
        // a tenth (draw-round-j.tsv), drawn before any brief of its round was written, labelled
        // blind twice (67/67 labels agreed, the five denials' links adjudicated): 0.897 when drawn,
        // 0.926 after the round's dev kinds (d127–d133) and samples
        ("validation, round draw j", "validation", ["j"], 0.92),
        // an eleventh (draw-round-h.tsv), drawn before any brief of its round was written, labelled
        // blind twice (99/102 labels agreed, three adjudicated): 0.748 when drawn, 0.777 after the round,
        // 0.814 after the next (backlog2's press-review items)
        ("validation, round draw h", "validation", ["h"], 0.81),
        // a twelfth (draw-round-g.tsv), drawn before any brief of its round was written, labelled
        // blind twice (97/101 labels agreed, four adjudicated): 0.863 when drawn, 0.873 after the round,
        // 0.892 after the next round's merges (restated stances, told witnesses among them)
        ("validation, round draw g", "validation", ["g"], 0.89),
        // a thirteenth (draw-round-f.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (65/68 labels agreed, three adjudicated): 0.868 when drawn
        ("validation, round draw f", "validation", ["f"], 0.86),
        // a fourteenth (draw-round-e.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (71/73 labels agreed, two adjudicated): 0.800 when drawn
        ("validation, round draw e", "validation", ["e"], 0.79),
        // a fifteenth (draw-round-c.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (80/92 labels agreed, four calls adjudicated): 0.596 when drawn
        // (a Q&A interview and a list of commenters relayed through another outlet), 0.745 after the
        // round's Q&A work (kinds35/kinds36, tuned on d176–d183)
        ("validation, round draw c", "validation", ["c"], 0.74),
        // a sixteenth (draw-round-b.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (80/83 labels agreed, three calls adjudicated): 0.843 when drawn
        ("validation, round draw b", "validation", ["b"], 0.84),
        // a seventeenth (draw-round-a.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (65/67 labels agreed, two calls adjudicated): 0.851 when drawn
        ("validation, round draw a", "validation", ["a"], 0.85),
        // an eighteenth (draw-round-i.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (84/89 labels agreed, five calls adjudicated): 0.775 when drawn
        ("validation, round draw i", "validation", ["i"], 0.77),
        // a nineteenth (draw-round-l.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (85/85 labels agreed): 0.894 when drawn
        ("validation, round draw l", "validation", ["l"], 0.88),
        // a twentieth (draw-round-u.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (102/104 labels agreed, two calls adjudicated): 0.731 when drawn
        ("validation, round draw u", "validation", ["u"], 0.72),
        // a twenty-first (draw-round-s.tsv, --leave-out-copies), drawn before any brief of its round was
        // written, labelled blind twice (76/77 labels agreed, one call and one flag adjudicated): 0.872 when drawn
        ("validation, round draw s", "validation", ["s"], 0.86),
        // a twenty-second (draw-round-r.tsv, --leave-out-copies; validation r, not dev r), drawn before any brief
        // of its round was written, labelled blind twice (75/79 labels agreed, four calls adjudicated): 0.772 when drawn
        ("validation, round draw r", "validation", ["r"], 0.76),
        // a twenty-third (draw-round-y-validation.tsv, --leave-out-copies; validation y, not dev y), drawn before
        // any brief of its round was written, labelled blind twice (93/96 labels agreed, three calls adjudicated): 0.833 when drawn
        ("validation, round draw y", "validation", ["y"], 0.81),
        ("validation, round draw d", "validation", ["d"], 0.75),
        // va01–va12 (a twenty-fifth draw, seed 20261258, two letters: `v` alone is the first corpus draw),
        // drawn before any brief of its round was written, labelled blind twice (100/101 labels agreed, one call adjudicated): 0.921 when drawn
        ("validation, round draw va", "validation", ["va"], 0.87),
        // vb01–vb12 (a twenty-sixth draw, seed 20261260), drawn in the same stop before any of its developers' work was merged,
        // labelled blind twice (88/91 labels agreed, three calls adjudicated): 0.870 when drawn
        ("validation, round draw vb", "validation", ["vb"], 0.82),
        // vc01–vc12 (a twenty-seventh draw, seed 20261262), drawn at the start of its stop before any developer's work was merged,
        // labelled blind twice (64/65 labels agreed, two calls adjudicated): 0.831 when drawn
        ("validation, round draw vc", "validation", ["vc"], 0.79),
        // vd01–vd12 (a twenty-eighth draw, seed 20261264), drawn in the same stop as vc, before any developer's work was merged,
        // labelled blind twice (113/116 labels agreed, three calls adjudicated): 0.853 when drawn
        ("validation, round draw vd", "validation", ["vd"], 0.81),
        // ve01–ve12 (a twenty-ninth draw, seed 20261266), drawn at the start of its stop before any developer's work was merged,
        // labelled blind twice (55/58 labels agreed, three calls adjudicated): 0.633 when drawn (24 lines of a ranked list read as claims)
        ("validation, round draw ve", "validation", ["ve"], 0.60),
        // vf01–vf12 (a thirtieth draw, seed 20261268), drawn in the same stop as ve, after its first developers' work was merged
        // and before the second's, labelled blind twice (84/94 labels agreed, four calls adjudicated): 0.729 when drawn
        ("validation, round draw vf", "validation", ["vf"], 0.68),
    ]

    @Test("label accuracy at or above each part's floor, claim detection F1 ≥ 0.95; offsets exact", arguments: GoldAccuracyTests.parts.indices)
    func accuracy(part: Int) throws {
        let (name, dir, prefixes, floor) = Self.parts[part]
        // A prefix of letters takes the names whose letters stop there (`v` is `v01`…, not the
        // draw `va01`…); a prefix ending in a digit (`t0`, `t14`) takes the names it begins.
        let keep = { (f: String) in
            prefixes.contains { p in
                f.hasPrefix(p) && (p.last?.isNumber == true || f.dropFirst(p.count).first?.isNumber == true)
            }
        }
        let base = Support.fixtures + "/gold/" + dir
        let files = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.hasSuffix(".yml") && keep($0) }.sorted()
        #expect(files.count >= 5, "\(name): \(files.count) articles")
        var n = 0, correct = 0, tp = 0, fp = 0, fn = 0
        for f in files {
            let yml = try String(contentsOfFile: base + "/" + f, encoding: .utf8)
            let gold = try Yams.load(yaml: yml) as! [String: Any]
            let path = base + "/" + f.replacingOccurrences(of: ".yml", with: ".txt")
            let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
            let audit = try Support.auditor.audit(bytes: bytes, path: path)
            let text = try TextDecoder.decode(bytes)
            let scalars = Array(text.unicodeScalars)
            for u in audit.units {
                #expect(String(String.UnicodeScalarView(scalars[u.span.start..<u.span.end])) == u.text)
            }
            var pos = 0
            for g in gold["units"] as! [[String: Any]] {
                let gt = Array((g["text"] as! String).unicodeScalars)
                guard let start = find(gt, in: scalars, from: pos) ?? find(gt, in: scalars, from: 0) else {
                    Issue.record("gold unit not found in \(f)"); continue
                }
                let end = start + gt.count
                pos = end
                let best = audit.units.max { overlap($0, start, end) < overlap($1, start, end) }
                let matched = best.flatMap { overlap($0, start, end) * 2 >= end - start ? $0 : nil }
                let gClaim = ["claim", "headline"].contains(g["unit"] as! String)
                let sClaim = matched?.kind.isClaim ?? false
                if gClaim && sClaim { tp += 1 } else if sClaim { fp += 1 } else if gClaim { fn += 1 }
                let gl = gClaim ? g["label"] as? String : nil
                let sl = sClaim ? matched?.label?.rawValue : nil
                if gl != nil || sl != nil { n += 1; if gl == sl { correct += 1 } }
            }
        }
        let accuracy = Double(correct) / Double(max(1, n))
        let p = Double(tp) / Double(max(1, tp + fp)), r = Double(tp) / Double(max(1, tp + fn))
        let f1 = 2 * p * r / max(1e-9, p + r)
        #expect(accuracy >= floor, "\(name): label accuracy \(accuracy)")
        #expect(f1 >= (Self.claimFloors[name] ?? 0.95), "\(name): claim detection F1 \(f1)")
    }

    /// Claim-detection floors below 0.95, by part. ve05 is a ranked chart of 24 numbered lines
    /// (`1. لعبة «…»`), headings to both of ve's annotators, that the classifier reads as claims (a
    /// product's name read as a verb, `فيسبوك` as ف + an imperfect, and the number left out of the
    /// line): claim detection 0.847 on ve when drawn. d281's numbered footnote glosses, by contrast,
    /// are claims to both of its annotators — a guide question before the classifier is changed.
    static let claimFloors: [String: Double] = ["validation, round draw ve": 0.82]

    func overlap(_ u: AuditedUnit, _ s: Int, _ e: Int) -> Int { min(e, u.span.end) - max(s, u.span.start) }

    func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
