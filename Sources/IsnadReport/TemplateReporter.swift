import Foundation
import Mustache
import IsnadModel
import IsnadText

/// Markdown escaping for the MARKDOWN content type of templates: text stays text in a
/// table cell or a paragraph (no emphasis, links, HTML or broken table rows).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownContentType.escape(text) }
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for c in text.unicodeScalars {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": out.append("\\"); out.unicodeScalars.append(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if c.value < 0x20 || (0x7F...0x9F).contains(c.value) { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// Finds the templates shipped with the tool: `$ISNAD_TEMPLATES`, the resources beside
/// the binary, `<bin>/../share/isnad/Templates`, or the source tree the binary was built in.
public enum TemplateLocator {
    public static func directory(executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fm = FileManager.default
        func has(_ d: String) -> Bool { fm.fileExists(atPath: d + "/article.html.mustache") }
        if let env = ProcessInfo.processInfo.environment["ISNAD_TEMPLATES"], has(env) { return env }
        var exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        if !executable.contains("/"), let found = RuleLocator.searchPath(executable) { exe = URL(fileURLWithPath: found).resolvingSymlinksInPath() }
        var dir = exe.deletingLastPathComponent()
        for c in [dir.appendingPathComponent("Isnad_IsnadReport.resources/Templates").path,
                  dir.deletingLastPathComponent().appendingPathComponent("share/isnad/Templates").path] where has(c) { return c }
        for _ in 0..<6 {
            let c = dir.appendingPathComponent("Sources/IsnadReport/Templates").path
            if has(c) { return c }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// Why the shipped templates were not found, naming the places looked at.
    public static func notFound(executable: String = CommandLine.arguments.first ?? "") -> String {
        var exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        if !executable.contains("/"), let found = RuleLocator.searchPath(executable) { exe = URL(fileURLWithPath: found).resolvingSymlinksInPath() }
        let share = exe.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/isnad/Templates").path
        let env = ProcessInfo.processInfo.environment["ISNAD_TEMPLATES"].map { "$ISNAD_TEMPLATES (\($0): no article.html.mustache)" } ?? "$ISNAD_TEMPLATES (not set)"
        return "the templates shipped with the tool were not found: looked in \(env) and \(share); set ISNAD_TEMPLATES to the directory of the installed templates"
    }
}

/// A problem with a template: missing, unreadable or not valid Mustache.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var path: String
    /// Where in the template, when the parser says (1-based).
    public var line: Int? = nil, column: Int? = nil
    public var message: String
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path; self.line = line; self.column = column; self.message = message
    }
    /// `path:line:column: error: message`, the form of every located error of the tool.
    public var description: String { "\(location): error: \(message)" }

    /// A Mustache parser error in words.
    static func reason(_ error: any Error) -> String {
        guard let e = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch e {
        case .sectionCloseNameIncorrect: "this closing tag {{/...}} does not close the section opened last"
        case .unfinishedName: "an unfinished tag (a name must be followed by }})"
        case .expectedSectionEnd: "a section {{#...}} or {{^...}} is never closed (expected its {{/...}} before the end)"
        case .invalidSetDelimiter: "a badly formed set-delimiter tag {{=... ...=}}"
        case .transformAppliedToInheritanceSection: "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: "only block definitions may stand inside an inheriting partial"
        case .textInsideInheritSection: "text inside an inheriting partial (only block definitions may stand there)"
        case .invalidConfigVariableSyntax: "a badly formed configuration tag {{% ...}}"
        case .unrecognisedConfigVariable: "an unknown configuration tag {{% ...}} (only CONTENT_TYPE is known)"
        }
    }
}

/// `--format markdown` and `--format html`: sheets rendered from Mustache templates
/// (`article.md.mustache`, `article.html.mustache`; `index.*.mustache` for an index of
/// several sheets). A newsroom's own template replaces the shipped one with `--template`.
public struct TemplateReporter: Reporter, @unchecked Sendable {  // MustacheTemplate is an immutable value
    public static let name = "markdown"
    public enum Kind: String, Sendable {
        case markdown = "md", html
        /// The kind a template's file name says (`.html` or `.md` in it), nil when it says neither.
        public init?(templateName path: String) {
            let name = (path as NSString).lastPathComponent
            if name.contains(".html") { self = .html } else if name.contains(".md") { self = .markdown } else { return nil }
        }
    }
    public let kind: Kind
    /// The language of the sheet's own words (`--lang`).
    public let lang: SheetLanguage
    let article: MustacheTemplate
    let indexTemplate: MustacheTemplate

    /// The reporter of `kind` in `lang`, with the shipped templates or `custom` for the article sheet.
    public init(_ kind: Kind, custom: String? = nil, lang: SheetLanguage = .sheetDefault, directory: String? = TemplateLocator.directory()) throws(TemplateError) {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        self.kind = kind
        self.lang = lang
        func load(_ path: String) throws(TemplateError) -> MustacheTemplate {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(path: path, message: "cannot read the template")
            }
            do { return try MustacheTemplate(string: text) } catch let e as MustacheTemplate.ParserError {
                throw TemplateError(path: path, line: e.context.lineNumber, column: e.context.columnNumber,
                                    message: "invalid Mustache template: " + TemplateError.reason(e.error))
            } catch {
                throw TemplateError(path: path, message: "invalid Mustache template")
            }
        }
        guard let dir = directory else { throw TemplateError(path: "Templates", message: TemplateLocator.notFound()) }
        article = try load(custom ?? "\(dir)/article.\(kind.rawValue).mustache")
        indexTemplate = try load("\(dir)/index.\(kind.rawValue).mustache")
    }

    /// The file extension of the sheets.
    public var fileExtension: String { kind.rawValue }

    public func begin(_ out: inout ReportOutput) {}
    public func article(_ audit: ArticleAudit, position: Int, _ out: inout ReportOutput) {
        if position > 0 && kind == .markdown { out.write("\n---\n\n") }
        out.write(render(audit))
    }
    public func end(_ totals: RunTotals, _ out: inout ReportOutput) {}

    /// One article's sheet.
    public func render(_ audit: ArticleAudit) -> String { article.render(Self.visible(SheetModel.article(audit, lang: lang))) }
    /// The index of several sheets.
    public func renderIndex(_ entries: [SheetModel.IndexEntry], totals: RunTotals) -> String {
        indexTemplate.render(Self.visible(SheetModel.index(entries, totals: totals, lang: lang)))
    }

    /// The model with every string's control characters made visible: a C0 control (but tab,
    /// line feed and carriage return) becomes its Control Pictures sign (ESC → ␛), DEL ␡, a C1
    /// control U+FFFD. HTML escaping leaves them alone, and they are not allowed in HTML (nor
    /// wanted in a terminal showing Markdown); a custom template gets the same clean values.
    static func visible(_ value: Any) -> Any {
        switch value {
        case let s as String: return visible(s)
        case let d as [String: Any]: return d.mapValues { visible($0) }
        case let a as [[String: Any]]: return a.map { $0.mapValues { visible($0) } }
        case let a as [Any]: return a.map { visible($0) }
        default: return value
        }
    }
    static func visible(_ s: String) -> String {
        func control(_ c: Unicode.Scalar) -> Bool { (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || (0x7F...0x9F).contains(c.value) }
        guard s.unicodeScalars.contains(where: control) else { return s }
        var v = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if !control(c) { v.append(c) } else if c.value < 0x20 { v.append(Unicode.Scalar(0x2400 + c.value)!) } else if c.value == 0x7F { v.append("\u{2421}") } else { v.append("\u{FFFD}") }
        }
        return String(v)
    }
}

extension TemplateError: LocatedError {
    public var location: ErrorLocation { ErrorLocation(path: path, line: line, column: column) }
}
