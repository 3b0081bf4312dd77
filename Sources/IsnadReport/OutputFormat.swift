import Foundation
import IsnadModel

/// Every output format, in one place: its name, the extension of its sheets and the
/// reporter that writes it. The CLI's `--format`, `-o`, the help texts, `.audit.yml` and
/// the fuzz harness all read this list; a new format is a case here and its reporter.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, markdown, html, sarif, jsonl, github, line

    /// The extension of the format's sheets written with `-o DIR` (`<article>.<extension>`).
    public var fileExtension: String {
        switch self {
        case .text: "audit.txt"
        case .json: "json"
        case .markdown: "md"
        case .html: "html"
        case .sarif: "sarif"
        case .jsonl: "jsonl"
        case .github: "github.txt"
        case .line: "lines.txt"
        }
    }

    /// Whether the format's report itself lists the articles' markup problems (verified
    /// markers without a claim or a reason), so they are not repeated on standard error.
    public var carriesProblems: Bool {
        switch self {
        case .line, .github: true
        case .text, .json, .markdown, .html, .sarif, .jsonl: false
        }
    }

    /// The template kind of a format whose sheet is a Mustache template (`--template` applies), else nil.
    public var templateKind: TemplateReporter.Kind? {
        switch self {
        case .markdown: .markdown
        case .html: .html
        case .text, .json, .sarif, .jsonl, .github, .line: nil
        }
    }

    /// The reporter that writes the format.
    ///   - color: colour the text sheet (a terminal);
    ///   - pretty: indent JSON and SARIF;
    ///   - template: a Mustache template (`--template`) replacing the shipped article sheet of
    ///     the format it names (`.html` / `.md` in its file name), or of either when it names none;
    ///   - lang: the language of the HTML and Markdown sheets (default: `SheetLanguage.sheetDefault`);
    ///     the other formats are always English.
    public func reporter(color: Bool, pretty: Bool, template: String? = nil, lang: SheetLanguage? = nil) throws(TemplateError) -> any Reporter {
        func custom(_ kind: TemplateReporter.Kind) -> String? {
            guard let t = template else { return nil }
            return TemplateReporter.Kind(templateName: t).map { $0 == kind ? t : nil } ?? t
        }
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter(pretty: pretty)
        case .markdown: return try TemplateReporter(.markdown, custom: custom(.markdown), lang: lang ?? .sheetDefault)
        case .html: return try TemplateReporter(.html, custom: custom(.html), lang: lang ?? .sheetDefault)
        case .sarif: return SARIFReporter(pretty: pretty)
        case .jsonl: return JSONLReporter()
        case .github: return GitHubReporter()
        case .line: return LineReporter()
        }
    }

    /// The names of every format, for help texts and messages.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// A comma-separated list of format names (`text,json`): the formats, or the first unknown name.
    public static func list(_ s: String) -> Result<[OutputFormat], UnknownFormat> {
        var out: [OutputFormat] = []
        for part in s.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let f = OutputFormat(rawValue: name) else { return .failure(UnknownFormat(name: name)) }
            out.append(f)
        }
        return .success(out)
    }
}

/// A format name that is not in `OutputFormat`.
public struct UnknownFormat: Error, Sendable, CustomStringConvertible {
    public var name: String
    public var description: String { "unknown format '\(name)' (use \(OutputFormat.names.joined(separator: ", ")))" }
}

/// The formats by name (kept for callers of the earlier API).
public enum Reporters {
    public static var names: [String] { OutputFormat.names }
    /// File extension of each format's sheets.
    public static var extensions: [String: String] {
        Dictionary(uniqueKeysWithValues: OutputFormat.allCases.map { ($0.rawValue, $0.fileExtension) })
    }
}
