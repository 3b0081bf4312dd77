import ArgumentParser
import Foundation
import Isnad

/// `audit explain FILE[:LINE]`: why each claim got its label.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, for each claim, the rules that fired, the source it resolved to and why, and the precedence step that chose its label.",
        discussion: """
            For every claim (or only those on LINE): each cue match with its rule, kind and \
            words, and why an unused one was set aside; each source with its kind and how it \
            resolved (a new source, or the earlier mention it points back to); every label the \
            attributions proposed and the precedence step (denied > anonymous > secondhand > \
            named > unsourced) that chose one, with what the labeller's stages decided \
            about the claim (which label outranked which, the quotation it continues, a stated \
            reason for anonymity). Uses the same settings as `audit`.
            """)

    @Argument(help: ArgumentHelp("The article, optionally with a line number: FILE or FILE:LINE.", valueName: "file[:line]"))
    var target: String

    @OptionGroup var settings: ClaimOptions

    @Option(name: .customLong("isolate-above"), help: SharedOptions.isolateAboveHelp("explained", "the run never crashes"))
    var isolateAbove: Int = Isolation.defaultAbove

    /// Set on the child that explains an article over `--isolate-above` bytes (see `run`).
    @Flag(name: .customLong("isolated-child"), help: ArgumentHelp(visibility: .private))
    var isolatedChild = false

    /// The article and the line asked for: `FILE` (a file whose name has a colon included) or `FILE:LINE`.
    var place: (path: String, line: Int?) {
        get throws {
            if FileManager.default.fileExists(atPath: target) { return (target, nil) }
            guard let colon = target.lastIndex(of: ":") else { return (target, nil) }
            let path = String(target[..<colon]), suffix = String(target[target.index(after: colon)...])
            guard let n = Int(suffix), n >= 1 else {
                throw ValidationError("\(target): '\(suffix)' is not a line number (give FILE or FILE:LINE, lines counting from 1)")
            }
            return (path, n)
        }
    }

    func validate() throws {
        try settings.validate()
        try SharedOptions.validate(isolateAbove: isolateAbove)
        _ = try place
    }

    func run() throws {
        let (path, line) = try place
        if !isolatedChild, let size = Isolation.regularFileSize(path), Isolation.applies(size, above: isolateAbove) {
            try explainApart(path)
        }
        var resolver = SettingsResolver(options: settings.overrides)
        resolver.note = RulesCommand.note
        let explanation: Explanation
        do {
            let (auditor, s) = try resolver.auditor(forArticle: path)
            explanation = auditor.explain(scalars: try TextDecoder.scalars(try InputFiles.read(path)), path: path, outlet: s.outlet,
                                          markup: ArticleMarkup.of(path: path))
        } catch let f as InputFailure {
            FileHandle.standardError.write("audit: error: \(f.path): \(f.message)\n"); throw ExitCode(2)
        } catch let e as DecodingError {
            FileHandle.standardError.write("audit: error: \(path): \(e.description)\n"); throw ExitCode(2)
        } catch let e as RuleErrors {
            FileHandle.standardError.write(e.description + "\n"); throw ExitCode(2)
        }
        let a = explanation.audit
        let iso = TextReporter.isolate
        print("Explanation of \(TextReporter.sanitize(path))" + (a.outlet.map { "  (own outlet: \(iso($0)))" } ?? ""))
        // claims are numbered as the sheets number them: labelled units, from 1
        var number: [Int: Int] = [:]
        for u in a.units where u.label != nil { number[u.index] = number.count + 1 }
        var shown = 0
        for u in a.units where u.label != nil && (line == nil || u.line == line) {
            shown += 1
            print("\nL\(u.line):\(u.column)  claim \(number[u.index] ?? 0), \(u.kind.rawValue): " + iso(u.text))
            let cues = explanation.cues[u.index]
            print("  cues:" + (cues.isEmpty ? " none" : ""))
            for c in cues {
                print("    \(c.rule) (\(c.kind.rawValue)) " + iso(c.text) + (c.used ? " — used" : " — set aside: \(c.why ?? "")")
                      + c.notes.map { "; " + iso($0) }.joined())
            }
            print("  sources:" + (u.sources.isEmpty ? " none" : ""))
            for s in u.sources {
                print("    \(s.id) " + iso(s.text) + " \(s.kind.rawValue)" + (s.via.map { ", via " + iso($0) } ?? "")
                      + " — " + (s.resolution.map(iso) ?? "a new source, first named here"))
            }
            print("  label: \(u.label!.rawValue)" + (u.verified.map { " (verified: " + iso($0) + ")" } ?? "") + (u.failing ? " — failing" : ""))
            if u.candidates.isEmpty { print("    no attribution proposed a label") }
            for c in u.candidates { print("    proposed " + iso(c)) }
            print("    chosen: " + iso(u.reason ?? "") + "  [precedence denied > anonymous > secondhand > named > unsourced]")
            // what the labeller's stages decided about the claim as a whole, in the order they ran
            for n in explanation.notes[u.index] { print("    \(n.stage.rawValue): " + iso(n.text)) }
            if u.label == .anonymous {
                print("  anonymity: " + u.flags.filter { [.reasonGiven, .basisGiven, .unexplainedAnonymity].contains($0) }.map(\.rawValue).joined(separator: ", "))
                if u.anonymityCues.isEmpty { print("    no anonymity_reason or anonymity_basis cue in this unit or where its source was introduced") }
                for c in u.anonymityCues {
                    print("    \(c.flag.rawValue) from \(c.rule) " + iso(c.text) + (c.unit == u.index ? " (this unit)" : " (unit \(c.unit + 1), line \(a.units[c.unit].line), where the same source was introduced)"))
                }
            }
            if let m = u.contestMatch {
                let verdict = u.contests.isEmpty ? "not contested" : "contests " + u.contests.map { "unit \($0 + 1) (line \(a.units[$0].line))" }.joined(separator: ", ")
                print("  contest: \(verdict)")
                if let h = m.headlineOf {
                    print("    a denied headline: it takes the links of the text's first denial, unit \(h + 1) (line \(a.units[h].line))")
                }
                if let c = m.candidate {
                    let score = (m.score * 100).rounded() / 100
                    print("    best candidate: unit \(c + 1) (line \(a.units[c].line)), score \(score) against the threshold \(m.threshold)"
                          + (m.shared.isEmpty ? ", no content word shared" : ", shared words: " + iso(m.shared.joined(separator: " "))))
                    if m.anaphoric { print("    linked to the previous claim: the denial's object refers back (ذلك، هذه الأنباء ...)") }
                } else if m.placesOnly.isEmpty {
                    print("    no other claim in the article weighed")
                }
                if !m.placesOnly.isEmpty {
                    print("    set aside: only places shared — " + m.placesOnly.map { "unit \($0 + 1) (line \(a.units[$0].line))" }.joined(separator: ", ")
                          + " (places and nationalities are the story's setting, not what a denial disputes)")
                }
                if let p = m.continues {
                    print("    the next sentence of the denial of unit \(p + 1) (line \(a.units[p].line)): "
                          + (u.contests == [p] ? "another side's answer to that denial" : "it disputes what that denial disputes (its counter-charges left out)"))
                }
                if !m.counterCharges.isEmpty {
                    print("    disputed from both ends: " + m.counterCharges.map { "unit \($0 + 1) (line \(a.units[$0].line))" }.joined(separator: ", ")
                          + ", another side's denial disputing by name the account of this denier's side")
                }
                // a headline that gives its claim to no one, or to the denier, sums up the news: it is
                // not weighed as what the text's denial disputes (Standards: ContestMatch.setAside)
                if let h = m.setAside, !u.contests.contains(h) {
                    let whose = a.units[h].sources.isEmpty ? "gives its claim to no one" : "gives its claim to the denier"
                    print("    the headline (unit \(h + 1), line \(a.units[h].line)) \(whose): it sums up the news, not weighed as what a denial disputes")
                }
            }
            if !u.contestedBy.isEmpty {
                print("  contested by: " + u.contestedBy.map { "unit \($0 + 1) (line \(a.units[$0].line))" }.joined(separator: ", "))
            }
        }
        if shown == 0 {
            FileHandle.standardError.write("audit: error: \(path)\(line.map { ":\($0)" } ?? ""): no claim there\n")
            throw ExitCode(2)
        }
    }

    /// Explains an article over `--isolate-above` bytes (1 MB by default) as `audit` audits one: in
    /// a process of its own (this command again, with the same arguments), whose output is
    /// passed on; if that process runs out of memory or crashes, the article is an error naming
    /// it and the reason, with exit status 2, never a signal. Does not return.
    func explainApart(_ path: String) throws -> Never {
        var args = Array(CommandLine.arguments.dropFirst())
        // right after the subcommand's name, before any `--`
        args.insert("--isolated-child", at: (args.firstIndex(of: "explain") ?? -1) + 1)
        let child: Isolation.Child
        do throws(InputFailure) { child = try Isolation.run(Isolation.currentExecutable, args, input: [UInt8](), name: path) } catch {
            FileHandle.standardError.write("audit: error: \(error.path): \(error.message)\n"); throw ExitCode(2)
        }
        guard child.ended else {
            FileHandle.standardError.write("audit: error: \(path): \(child.reason)\n"); throw ExitCode(2)
        }
        if !child.relay(to: 1) {
            FileHandle.standardError.write("audit: error: standard output: \(String(cString: strerror(errno)))\n"); throw ExitCode(2)
        }
        if !child.errors.isEmpty { FileHandle.standardError.write(String(decoding: child.errors, as: UTF8.self)) }
        throw ExitCode(child.code)
    }
}
