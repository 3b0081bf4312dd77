import ArgumentParser
import Foundation
import Isnad

extension RulesCommand {
    /// `audit rules census`: what the rules miss on an archive, ranked, with stubs to paste.
    struct Census: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read an archive and list the rules it is missing: likely reporting verbs, unknown speakers and outlets, quotations without a speaker, and the health of every rule.",
            discussion: """
                Audits every article (files, directories walked as the audit walks them, or JSON \
                lines with --input jsonl, '-' for standard input) with one rule pack and counts, \
                in unsourced claims, the words heading a complement clause (أن، إن، بأن، a colon \
                before a quotation) that are no cue yet, and the quotations without a speaker; the \
                subjects of cues that are a person only because no rule knows their head word; the \
                names after an outlet word, told to in quotation marks, or in a dateline, that no \
                outlet rule knows; and, for every rule, its matches, how many were set aside and \
                why (as `audit explain` says it), and the units it matches in. Candidates are ranked \
                by count (then by name), each with the number of articles, its first examples with \
                path:line (a JSON-lines record's id as its path), and for rule candidates a YAML \
                stub. --format yaml writes the stubs as one rule file to review and drop into a \
                --rules folder. The output is the same, byte for byte, whatever --jobs is. Exit \
                status: 0, or 2 when an input could not be read (the rest is still counted) or the \
                rules do not load.
                """)

        @Argument(help: ArgumentHelp("Article files (.txt, .md) or directories, '-' for one article on standard input; with --input jsonl, JSON-lines files or '-'.", valueName: "path"))
        var paths: [String] = []

        @Option(name: .customLong("rules"), help: ArgumentHelp("A rule directory; repeat to layer packs (default: the pack `audit` would use).", valueName: "dir"))
        var rules: [String] = []

        @OptionGroup var cache: CacheOptions

        @Option(name: .long, help: ArgumentHelp("Input: files (the default) or jsonl (one {\"id\": ..., \"text\": ...} object a line).", valueName: "kind"))
        var input: InputKind = .files

        @Option(name: .long, help: ArgumentHelp("Output: text (sections to read), json (the whole report), yaml (the rule candidates as one rule file).", valueName: "format"))
        var format: CensusFormat = .text

        @Option(name: .customLong("min-count"), help: ArgumentHelp("Leave out candidates seen fewer times (default: 3).", valueName: "n"))
        var minCount = 3

        @Option(name: .long, help: ArgumentHelp("At most this many candidates per section, 0 for all (default: 25).", valueName: "n"))
        var top = 25

        @Option(name: .customLong("limit-examples"), help: ArgumentHelp("Examples kept per candidate, the first in input order (0 to 3; default: 3).", valueName: "n"))
        var limitExamples = 3

        @Option(name: .customLong("loose-share"), help: ArgumentHelp("List as loose the rules matching in more than this percentage of all units (default: 5).", valueName: "percent"))
        var looseShare = 5.0

        @Option(name: .long, help: ArgumentHelp("Articles read in parallel (default: all cores). The output does not depend on it.", valueName: "n"))
        var jobs: Int?

        @Option(name: .customLong("isolate-above"), help: SharedOptions.isolateAboveHelp("read", "the census goes on"))
        var isolateAbove: Int = Isolation.defaultAbove

        @Option(name: .long, help: ArgumentHelp("Encoding of the articles, as for the audit: auto, utf-8, utf-16, windows-1256, iso-8859-6.", valueName: "encoding"))
        var encoding: TextEncoding = .auto

        @Option(name: .customLong("invalid-utf8"), help: ArgumentHelp("Invalid UTF-8 that is no recognised legacy encoding: error or replace.", valueName: "policy"))
        var invalidUTF8: InvalidUTF8Policy = .error

        @Flag(inversion: .prefixedNo, help: "Indent JSON output (default: indented when stdout is a terminal).")
        var pretty: Bool?

        /// The child's side of reading an article over 1 MB apart (see `CensusRun.isolation`):
        /// what its standard input holds and the article's name.
        @Option(name: .customLong("isolated-article"), help: ArgumentHelp(visibility: .private))
        var isolatedArticle: Isolation.Kind?
        @Option(name: .customLong("isolated-name"), help: ArgumentHelp(visibility: .private))
        var isolatedName: String?

        func validate() throws {
            if paths.isEmpty { throw ValidationError("give at least one article file or directory (or --input jsonl -)") }
            if minCount < 1 { throw ValidationError("--min-count must be 1 or more") }
            if top < 0 { throw ValidationError("--top must be 0 (all) or more") }
            if !(0...3).contains(limitExamples) { throw ValidationError("--limit-examples must be from 0 to 3") }
            if !(looseShare > 0 && looseShare <= 100) { throw ValidationError("--loose-share must be a percentage above 0 and at most 100") }
            if let j = jobs, j < 1 { throw ValidationError("--jobs must be 1 or more") }
            try SharedOptions.validate(isolateAbove: isolateAbove)
            try SharedOptions.validate(standardInputIn: paths, jsonl: input == .jsonl)
        }

        func run() throws {
            let pack = try RulesCommand.load(rules, cache: cache)
            if let n = pack.replacementNote { RulesCommand.note(n) }
            let auditor: Auditor
            do { auditor = try Auditor(pack: pack) } catch { FileHandle.standardError.write(error.description + "\n"); throw ExitCode(2) }
            if let kind = isolatedArticle {
                // a child of a census run: one article's census to standard output, nothing else
                throw ExitCode(CensusRun.child(kind: kind, name: isolatedName ?? "", auditor: auditor, encoding: encoding, invalidUTF8: invalidUTF8))
            }
            var failures: [InputFailure] = []
            let source: InputSource
            if input == .jsonl {
                source = InputSource(jsonl: paths)
            } else {
                // '-' keeps its place among the articles, as in the audit
                var notes: [String] = []
                source = InputSource(paths: InputFiles.expandPaths(paths, failures: &failures, notes: &notes, standardInput: true), stdinName: nil)
                for n in notes { FileHandle.standardError.write("audit: note: \(n)\n") }
            }
            for f in failures { FileHandle.standardError.write(Batch.message(f)) }
            var run = CensusRun()
            run.jobs = jobs; run.encoding = encoding; run.invalidUTF8 = invalidUTF8; run.examples = limitExamples
            // an article over --isolate-above is read in a process of its own, given this run's options
            var arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.starts(with: ["rules", "census"]) { arguments.removeFirst(2) }
            run.isolation = Isolation(arguments: arguments, above: isolateAbove)
            let outcome = run.run(source, auditor: auditor, failures: failures)
            var options = CensusOptions()
            options.minCount = minCount; options.top = top; options.looseShare = looseShare
            let report = CensusReport(outcome.tally, pack: pack, options: options)
            StandardOutput.write(Array(format.render(report, pretty: pretty ?? (isatty(1) == 1)).utf8))
            if !outcome.failures.isEmpty {
                FileHandle.standardError.write("audit: \(outcome.failures.count) input\(outcome.failures.count == 1 ? "" : "s") could not be read\n")
                throw ExitCode(2)
            }
        }
    }
}

extension CensusFormat: ExpressibleByArgument {}
