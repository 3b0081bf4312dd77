import Foundation
import IsnadModel
import IsnadRules
import IsnadEngine
import IsnadReport

/// The formats of `audit rules census`.
public enum CensusFormat: String, CaseIterable, Sendable {
    /// Sections for a reader: counts, examples, stubs.
    case text
    /// The whole report as one JSON document (documented in the README).
    case json
    /// The rule candidates as one rule-pack file, to review and drop into a `--rules` folder.
    case yaml

    /// The report in this format.
    public func render(_ r: CensusReport, pretty: Bool = true) -> String {
        switch self {
        case .text: CensusText.render(r)
        case .json: CensusJSON.render(r, pretty: pretty)
        case .yaml: CensusYAML.render(r)
        }
    }
}

enum CensusText {
    static func iso(_ s: String) -> String { TextReporter.isolate(s) }

    static func render(_ r: CensusReport) -> String {
        var out = ""
        func line(_ s: String = "") { out += s + "\n" }
        line("Census of \(r.articles) article\(r.articles == 1 ? "" : "s"): \(r.units) units, \(r.claims) claims, \(r.unsourced) unsourced"
             + " — rules: \(r.directories.joined(separator: ", "))")
        if r.failures > 0 { line("\(r.failures) input\(r.failures == 1 ? "" : "s") could not be read (listed on standard error)") }
        let cut = "seen at least \(r.options.minCount) time\(r.options.minCount == 1 ? "" : "s")" + (r.options.top > 0 ? ", the first \(r.options.top)" : "")
        func examples(_ c: CensusCandidate) {
            for e in c.examples { line("      \(e.path):\(e.line)  " + iso(e.text)) }
        }
        func stub(_ s: RuleStub) {
            line("    stub:")
            for l in s.yaml(indent: 6).split(separator: "\n", omittingEmptySubsequences: false) { line(String(l)) }
        }
        func head(_ n: Int, _ c: CensusCandidate, _ extra: String) {
            line("\(String(repeating: " ", count: max(0, 3 - String(n).count)))\(n). " + iso(c.name) + " — \(RuleStub.counts(c))" + extra)
        }

        line()
        line("== Likely reporting verbs (\(r.verbs.count)): words heading أن، إن، بأن or a colon and a quotation in unsourced claims, no cue yet; \(cut)")
        if r.verbs.isEmpty { line("   none") }
        for (n, v) in r.verbs.enumerated() {
            head(n + 1, v.candidate, "; forms " + v.candidate.rankedForms.prefix(6).map { iso($0.form) + " \($0.count)" }.joined(separator: ", ")
                 + (v.lemma.map { "; lemma " + iso($0.joined(separator: " ")) } ?? ""))
            examples(v.candidate)
            stub(v.stub)
        }
        line()
        line("== Unknown speakers (\(r.speakers.count)): subjects of used cues that are a person only because no rule knows their head word; \(cut)")
        if r.speakers.isEmpty { line("   none") }
        for (n, s) in r.speakers.enumerated() {
            head(n + 1, s.candidate, "; cues " + s.candidate.rankedContexts.prefix(4).map { "\($0.context) \($0.count)" }.joined(separator: ", "))
            examples(s.candidate)
            stub(s.stub)
        }
        line()
        line("== Unknown outlets (\(r.outlets.count)): names after صحيفة، وكالة، موقع، قناة ...، told to in quotation marks, or in datelines, that no outlet rule knows; \(cut)")
        if r.outlets.isEmpty { line("   none") }
        for (n, o) in r.outlets.enumerated() {
            head(n + 1, o.candidate, "; " + RuleStub.contextNames(o.candidate))
            examples(o.candidate)
            stub(o.stub)
        }
        line()
        line("== Quotations without a speaker (\(r.quotes.count)): unsourced claims holding a quotation, by the word before it (or its first words); \(cut)")
        if r.quotes.isEmpty { line("   none") }
        for (n, q) in r.quotes.enumerated() {
            head(n + 1, q, q.forms.count > 1 ? "; forms " + q.rankedForms.prefix(6).map { iso($0.form) + " \($0.count)" }.joined(separator: ", ") : "")
            examples(q)
        }
        line()
        line("== Rule health")
        line("Dead rules (\(r.dead.count)): no match in \(r.units) units")
        for d in r.dead { line("   \(d.id) (\(d.kind.rawValue))  \(d.location)") }
        line("Mostly set aside (\(r.setAside.count)): more than half of at least \(r.options.minMatches) matches took no effect")
        for s in r.setAside {
            line("   \(s.rule.id) (\(s.rule.kind.rawValue)): \(s.setAside) of \(s.matches) matches set aside (\(percent(Double(s.setAside) * 100 / Double(s.matches))))")
            for (reason, count) in s.reasons.prefix(4) { line("      \(count)  \(reason)") }
        }
        line("Loose (\(r.loose.count)): matching in more than \(percent(r.options.looseShare)) of all units (kinds that decide a label or make furniture)")
        for l in r.loose { line("   \(l.rule.id) (\(l.rule.kind.rawValue)): \(l.units) units (\(percent(l.share)))") }
        return out
    }

    static func percent(_ v: Double) -> String { String(format: "%.1f %%", v) }
}

enum CensusJSON {
    static func render(_ r: CensusReport, pretty: Bool) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("format", 1)
        w.beginObject("tool"); w.field("name", "isnad-audit"); w.field("command", "rules census"); w.field("version", Isnad.version); w.endObject()
        w.beginObject("archive")
        w.field("articles", r.articles); w.field("units", r.units); w.field("claims", r.claims); w.field("unsourced", r.unsourced)
        w.field("errors", r.failures)
        w.beginArray("rules"); for d in r.directories { w.string(d) }; w.endArray()
        w.endObject()
        w.beginObject("options")
        w.field("min_count", r.options.minCount); w.field("top", r.options.top); w.field("loose_share", r.options.looseShare)
        w.field("min_matches", r.options.minMatches)
        w.endObject()
        func candidate(_ c: CensusCandidate, _ extra: (inout JSONWriter) -> Void) {
            w.beginObject()
            w.field("key", c.key); w.field("name", c.name); w.field("count", c.count); w.field("articles", c.articles)
            w.beginArray("forms")
            for f in c.rankedForms { w.beginObject(); w.field("form", f.form); w.field("count", f.count); w.endObject() }
            w.endArray()
            w.beginArray("contexts")
            for f in c.rankedContexts { w.beginObject(); w.field("context", f.context); w.field("count", f.count); w.endObject() }
            w.endArray()
            w.beginArray("examples")
            for e in c.examples {
                w.beginObject(); w.field("path", e.path); w.field("line", e.line); w.field("text", e.text); w.field("marked", e.marked); w.endObject()
            }
            w.endArray()
            extra(&w)
            w.endObject()
        }
        func stub(_ s: RuleStub, _ w: inout JSONWriter) {
            w.beginObject("stub")
            w.field("id", s.id); w.field("kind", s.kind); w.field("list", s.gazetteer ? "gazetteer" : "rules"); w.field("yaml", s.yaml(indent: 0))
            w.endObject()
        }
        w.beginArray("verbs")
        for v in r.verbs {
            candidate(v.candidate) { w in
                w.key("lemma")
                if let l = v.lemma { w.beginArray(); for p in l { w.string(p) }; w.endArray() } else { w.null() }
                stub(v.stub, &w)
            }
        }
        w.endArray()
        w.beginArray("speakers")
        for s in r.speakers { candidate(s.candidate) { w in w.field("word", s.word); stub(s.stub, &w) } }
        w.endArray()
        w.beginArray("outlets")
        for o in r.outlets { candidate(o.candidate) { w in w.field("outlet_kind", o.outletKind.rawValue); stub(o.stub, &w) } }
        w.endArray()
        w.beginArray("quotes")
        for q in r.quotes { candidate(q) { _ in } }
        w.endArray()
        w.beginObject("health")
        w.beginArray("dead")
        for d in r.dead { rule(d, &w); w.endObject() }
        w.endArray()
        w.beginArray("set_aside")
        for s in r.setAside {
            rule(s.rule, &w)
            w.field("matches", s.matches); w.field("set_aside", s.setAside)
            w.beginArray("reasons")
            for (reason, count) in s.reasons { w.beginObject(); w.field("reason", reason); w.field("count", count); w.endObject() }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginArray("loose")
        for l in r.loose { rule(l.rule, &w); w.field("units", l.units); w.field("share", (l.share * 10).rounded() / 10); w.endObject() }
        w.endArray()
        w.endObject()
        w.endObject()
        return String(decoding: w.out, as: UTF8.self) + "\n"
    }

    /// Opens an object for a rule with its id, kind and location.
    static func rule(_ r: Rule, _ w: inout JSONWriter) {
        w.beginObject(); w.field("rule", r.id); w.field("kind", r.kind.rawValue); w.field("location", r.location.description)
    }
}

enum CensusYAML {
    /// The rule candidates as one pack file: every verb, speaker and outlet stub, with the
    /// counts and the choices to review in comments.
    static func render(_ r: CensusReport) -> String {
        var out = """
            # Rule candidates from `audit rules census` over \(r.articles) articles (rules: \(r.directories.joined(separator: ", "))).
            # Review each one — keep, change the kind, or delete it — then drop this file into a
            # rules folder layered over the shipped pack (`--rules Rules --rules DIR`) and run
            # `audit rules check` and `audit rules test` on both. Rename the ids as the pack names them.
            description: Candidates from the census of \(r.articles) articles (review before use)

            """
        let rules = r.verbs.map(\.stub) + r.speakers.map(\.stub) + r.outlets.map(\.stub).filter { !$0.gazetteer }
        let gazetteer = r.outlets.map(\.stub).filter(\.gazetteer)
        if rules.isEmpty && gazetteer.isEmpty {
            out += "# no candidate was seen \(r.options.minCount) times or more\nrules: []\n"
            return out
        }
        if !rules.isEmpty {
            out += "rules:\n"
            var previous = ""
            for s in rules {
                let group = s.kind == "report" ? "likely reporting verbs" : s.kind == "outlet" ? "unknown outlets" : "unknown speakers"
                if group != previous { out += "\n  # --- \(group)\n"; previous = group }
                out += s.yaml(indent: 2) + "\n"
            }
        }
        if !gazetteer.isEmpty {
            out += "\ngazetteer:\n  # --- unknown outlets\n"
            for s in gazetteer { out += s.yaml(indent: 2) + "\n" }
        }
        return out
    }
}
