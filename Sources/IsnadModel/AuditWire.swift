/// An article's audit as bytes, and back: how an article audited in a child process
/// (`audit --isolate`, or one above `--isolate-above`) returns its audit to the run that
/// renders it. Every field of `ArticleAudit` round-trips exactly (doubles by their bits, text
/// slices as byte ranges of the article's UTF-8), so the parent's reporters write the same bytes
/// as for an article audited in process.
///
/// Compact and streamed rather than JSON: integers as LEB128 variable-length numbers, strings
/// as their UTF-8 with a length; the article's text as its UTF-8. Written in pieces to a sink
/// (the child's memory stays what the audit needs), read from one buffer.
public enum AuditWire {
    /// The first bytes of a result: the format's name and version.
    static let magic: [UInt8] = Array("isnad-audit-1\n".utf8)

    /// What a child process hands back: the audit, or why the article could not be audited.
    public enum Result: Sendable {
        case audit(ArticleAudit)
        case failure(InputFailure)
    }

    /// Writes `result` to `sink` in pieces of about a megabyte. `input`: the bytes the article
    /// was audited from, which the reader has too (an article's file, handed to a child): when the
    /// audit's text is those bytes, only that is said, not the text (`read` is given them back).
    public static func write(_ result: Result, input: [UInt8]? = nil, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var w = Writer(sink: sink)
            w.input = input
            w.raw(magic)
            switch result {
            case .failure(let f): w.byte(1); w.string(f.path); w.string(f.message)
            case .audit(let a): w.byte(0); w.audit(a)
            }
            w.flush()
        }
    }

    /// Reads what `write` wrote; nil when the bytes are not a whole result (a child that died
    /// while writing). `input`: the bytes given to `write` as its input (the article's text may be them).
    public static func read(_ bytes: [UInt8], input: [UInt8]? = nil) -> Result? {
        var r = Reader(bytes: bytes)
        r.input = input
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return nil }
        r.at = magic.count
        switch r.byte() {
        case 1:
            let path = r.string(), message = r.string()
            return r.failed || r.at != bytes.count ? nil : .failure(InputFailure(path: path, message: message))
        case 0:
            let a = r.audit()
            return r.failed || r.at != bytes.count ? nil : .audit(a)
        default: return nil
        }
    }

    package struct Writer {
        var bytes: [UInt8] = []
        /// The bytes the reader has too (see `AuditWire.write`).
        var input: [UInt8]? = nil
        let sink: ([UInt8]) -> Void
        package init(sink: @escaping ([UInt8]) -> Void) { self.sink = sink; bytes.reserveCapacity(1 << 20) }
        package mutating func flush() { if !bytes.isEmpty { sink(bytes); bytes.removeAll(keepingCapacity: true) } }
        package mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b); if bytes.count >= 1 << 20 { flush() } }
        package mutating func byte(_ b: UInt8) { bytes.append(b) }
        package mutating func uint(_ v: UInt64) {
            var v = v
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
            if bytes.count >= 1 << 20 { flush() }
        }
        /// A signed integer, zigzag-encoded.
        package mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
        package mutating func bool(_ v: Bool) { byte(v ? 1 : 0) }
        mutating func double(_ v: Double) { let b = v.bitPattern; for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: b >> (8 * UInt64(i)))) } }
        package mutating func string(_ s: String) { var s = s; s.withUTF8 { u in uint(UInt64(u.count)); bytes.append(contentsOf: u) }; if bytes.count >= 1 << 20 { flush() } }
        package mutating func optional<T>(_ v: T?, _ body: (inout Writer, T) -> Void) {
            if let v { byte(1); body(&self, v) } else { byte(0) }
        }
        package mutating func list<T>(_ v: [T], _ body: (inout Writer, T) -> Void) {
            uint(UInt64(v.count)); for e in v { body(&self, e) }
        }
        mutating func span(_ s: TextSpan) { int(s.start); int(s.end) }
        mutating func label(_ l: Label) { byte(UInt8(l.rank)) }
        mutating func sourceKind(_ k: SourceKind) { string(k.rawValue) }

        /// Bytes with their count.
        mutating func counted(_ b: ArraySlice<UInt8>) {
            uint(UInt64(b.count))
            // in pieces of a megabyte: an article's text is never copied whole into the buffer
            var i = b.startIndex
            while i < b.endIndex {
                let e = min(b.endIndex, i + (1 << 20))
                bytes.append(contentsOf: b[i..<e]); i = e
                if bytes.count >= 1 << 20 { flush() }
            }
        }
        /// A piece of the article's UTF-8: its byte range when it is one (it almost always is), else its bytes.
        mutating func slice(_ s: ArraySlice<UInt8>, of text: [UInt8]) {
            if s.startIndex >= 0 && s.endIndex <= text.count && s.elementsEqual(text[s.indices]) {
                byte(0); int(s.startIndex); int(s.endIndex)
            } else {
                byte(1); counted(s)
            }
        }

        mutating func reason(_ r: Reason) {
            switch r.form {
            case .text(let t): byte(0); string(t)
            case .bareVerb(let l): byte(1); label(l)
            case .bareMention(let rule): byte(2); string(rule)
            case let .names(l, rule, text, kind, via): byte(3); label(l); string(rule); string(text); sourceKind(kind); optional(via) { $0.string($1) }
            case let .sameSource(name, id, claim, line): byte(4); string(name); string(id); optional(claim) { $0.int($1) }; int(line)
            case .anonymityStated: byte(5)
            case .denied(let rule): byte(6); optional(rule) { $0.string($1) }
            case .continuesQuotation(let l): byte(7); label(l)
            case .unsourced: byte(8)
            case let .restatesDenial(unit, line, rule): byte(9); int(unit); int(line); string(rule)
            case let .continuesRebuttal(unit, line): byte(10); int(unit); int(line)
            case let .answersAccusation(unit, line, rule): byte(11); int(unit); int(line); string(rule)
            }
        }

        mutating func failure(_ f: ArticleFailure) {
            switch f {
            case let .claims(count, labels): byte(0); int(count); list(labels) { $0.label($1) }
            case let .maxUnsourced(count, limit): byte(1); int(count); int(limit)
            case let .minScore(score, minimum): byte(2); double(score); double(minimum)
            case let .anonymityBasis(count, requirement): byte(3); int(count); string(requirement.rawValue)
            case let .maxAnonymousShare(share, maximum): byte(4); double(share); double(maximum)
            case let .maxSingleSourceShare(source, share, maximum): byte(5); string(source); double(share); double(maximum)
            case let .minSources(count, minimum): byte(6); int(count); int(minimum)
            }
        }

        mutating func unit(_ u: AuditedUnit, of text: [UInt8]) {
            int(u.index); string(u.kind.rawValue); span(u.span); int(u.line); int(u.column)
            slice(u.utf8, of: text)
            optional(u.label) { $0.label($1) }
            list(u.sources) { w, m in
                w.string(m.id); w.string(m.text); w.span(m.span); w.sourceKind(m.kind); w.optional(m.via) { $0.string($1) }; w.optional(m.why) { $0.reason($1) }
            }
            list(u.flags) { $0.string($1.rawValue) }
            list(u.evidence) { w, e in w.string(e.rule); w.slice(e.utf8, of: text); w.span(e.span) }
            optional(u.score) { $0.double($1) }
            optional(u.why) { $0.reason($1) }
            optional(u.rule) { $0.string($1) }
            list(u.proposals) { $0.reason($1) }
            bool(u.failing)
            optional(u.verified) { $0.string($1) }
            bool(u.baselined)
            list(u.contests) { $0.int($1) }
            list(u.contestedBy) { $0.int($1) }
            optional(u.contestMatch) { w, c in
                w.optional(c.candidate) { $0.int($1) }; w.double(c.score); w.double(c.threshold); w.list(c.shared) { $0.string($1) }; w.bool(c.anaphoric)
                w.optional(c.headlineOf) { $0.int($1) }; w.optional(c.setAside) { $0.int($1) }; w.list(c.counterCharges) { $0.int($1) }
                w.optional(c.continues) { $0.int($1) }; w.list(c.placesOnly) { $0.int($1) }
            }
            list(u.anonymityCues) { w, c in w.string(c.flag.rawValue); w.string(c.rule); w.string(c.text); w.int(c.unit) }
        }

        mutating func audit(_ a: ArticleAudit) {
            string(a.path)
            int(a.text.start); int(a.text.scalarCount)
            // the article's own file (the same storage compares equal at once): said, not sent
            if let input, a.text.bytes == input { byte(1) } else { byte(0); counted(a.text.bytes[...]) }
            list(a.passthrough) { w, p in w.string(p.key); w.string(p.json) }
            string(a.encoding.rawValue); int(a.replacements)
            optional(a.encodingNote) { $0.string($1) }
            optional(a.outlet) { $0.string($1) }
            list(a.units) { $0.unit($1, of: a.text.bytes) }
            list(a.sources) { w, s in
                w.string(s.id); w.string(s.name); w.sourceKind(s.kind); w.optional(s.via) { $0.string($1) }
                w.list(s.mentions) { w, m in w.int(m.unit); w.string(m.text); w.span(m.span) }
                w.list(s.claims) { $0.int($1) }
            }
            let m = a.summary
            int(m.claims)
            for l in Label.allCases { int(m.counts[l, default: 0]) }
            double(m.score); int(m.failing); bool(m.failed)
            list(m.failures) { $0.failure($1) }
            let f = m.standards
            int(f.sources); int(f.attributed); double(f.largestSourceShare); optional(f.largestSource) { $0.string($1) }
            double(f.anonymousShare); double(f.secondhandShare); int(f.unexplained); int(f.contested)
            list(f.warnings) { $0.string($1.rawValue) }
            double(f.singleSourceLimit); double(f.anonymousLimit)
            list(a.problems) { w, p in w.string(p.kind.rawValue); w.int(p.line); w.int(p.column); w.string(p.message) }
        }
    }

    package struct Reader {
        package let bytes: [UInt8]
        package var at = 0
        /// The bytes the writer was given as its input (see `AuditWire.read`).
        var input: [UInt8]? = nil
        /// Set when the bytes end early or hold a value no writer writes.
        package var failed = false
        package init(bytes: [UInt8]) { self.bytes = bytes }

        package mutating func byte() -> UInt8 {
            guard at < bytes.count else { failed = true; return 0 }
            defer { at += 1 }
            return bytes[at]
        }
        package mutating func uint() -> UInt64 {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = byte()
                if failed || shift > 63 { failed = true; return 0 }
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }
        package mutating func int() -> Int { let u = uint(); return Int(truncatingIfNeeded: Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))) }
        /// A count of things still to read, each at least one byte long.
        package mutating func count() -> Int {
            let n = uint()
            guard n <= UInt64(bytes.count - min(at, bytes.count)) else { failed = true; return 0 }
            return Int(n)
        }
        package mutating func bool() -> Bool { byte() != 0 }
        mutating func double() -> Double {
            var b: UInt64 = 0
            for i in 0..<8 { b |= UInt64(byte()) << (8 * UInt64(i)) }
            return Double(bitPattern: b)
        }
        package mutating func string() -> String {
            let n = count()
            guard !failed else { return "" }
            defer { at += n }
            return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
        }
        package mutating func optional<T>(_ body: (inout Reader) -> T) -> T? { bool() ? body(&self) : nil }
        package mutating func list<T>(_ body: (inout Reader) -> T) -> [T] {
            let n = count()
            var out: [T] = []
            out.reserveCapacity(n)
            for _ in 0..<n where !failed { out.append(body(&self)) }
            return out
        }
        mutating func span() -> TextSpan { let s = int(); return TextSpan(s, int()) }
        mutating func label() -> Label {
            let r = Int(byte())
            guard let l = Label.allCases.first(where: { $0.rank == r }) else { failed = true; return .unsourced }
            return l
        }
        package mutating func named<T: RawRepresentable>(_ fallback: T) -> T where T.RawValue == String {
            guard let v = T(rawValue: string()) else { failed = true; return fallback }
            return v
        }
        /// Bytes written by `counted`.
        mutating func counted() -> [UInt8] {
            let n = count()
            guard !failed else { return [] }
            defer { at += n }
            return Array(bytes[at..<(at + n)])
        }
        mutating func slice(of text: [UInt8]) -> ArraySlice<UInt8> {
            if byte() == 0 {
                let a = int(), b = int()
                guard a >= 0, a <= b, b <= text.count else { failed = true; return [] }
                return text[a..<b]
            }
            return counted()[...]
        }

        mutating func reason() -> Reason {
            switch byte() {
            case 0: return Reason(.text(string()))
            case 1: return Reason(.bareVerb(label()))
            case 2: return Reason(.bareMention(rule: string()))
            case 3:
                let l = label(), rule = string(), text = string(), kind: SourceKind = named(.person)
                return Reason(.names(l, rule: rule, text: text, kind: kind, via: optional { $0.string() }))
            case 4:
                let name = string(), id = string(), claim = optional { $0.int() }
                return Reason(.sameSource(name: name, id: id, claim: claim, line: int()))
            case 5: return Reason(.anonymityStated)
            case 6: return Reason(.denied(rule: optional { $0.string() }))
            case 7: return Reason(.continuesQuotation(label()))
            case 8: return Reason(.unsourced)
            case 9:
                let unit = int(), line = int()
                return Reason(.restatesDenial(unit: unit, line: line, rule: string()))
            case 10:
                let unit = int()
                return Reason(.continuesRebuttal(unit: unit, line: int()))
            case 11:
                let unit = int(), line = int()
                return Reason(.answersAccusation(unit: unit, line: line, rule: string()))
            default: failed = true; return Reason(.unsourced)
            }
        }

        mutating func failure() -> ArticleFailure {
            switch byte() {
            case 0: let c = int(); return .claims(count: c, labels: list { $0.label() })
            case 1: let c = int(); return .maxUnsourced(count: c, limit: int())
            case 2: let s = double(); return .minScore(score: s, minimum: double())
            case 3: let c = int(); return .anonymityBasis(count: c, requirement: named(AnonymityRequirement.none))
            case 4: let s = double(); return .maxAnonymousShare(share: s, maximum: double())
            case 5: let src = string(), s = double(); return .maxSingleSourceShare(source: src, share: s, maximum: double())
            case 6: let c = int(); return .minSources(count: c, minimum: int())
            default: failed = true; return .minSources(count: 0, minimum: 0)
            }
        }

        mutating func unit(of text: [UInt8]) -> AuditedUnit {
            let index = int(), kind: UnitKind = named(.claim), span = span(), line = int(), column = int()
            let utf8 = slice(of: text)
            let label = optional { $0.label() }
            let sources = list { r in
                let id = r.string(), text = r.string(), span = r.span(), kind: SourceKind = r.named(.person), via = r.optional { $0.string() }
                return SourceMention(id: id, text: text, span: span, kind: kind, via: via, why: r.optional { $0.reason() })
            }
            let flags: [ClaimFlag] = list { $0.named(.quote) }
            let evidence = list { r in
                let rule = r.string(), s = r.slice(of: text)
                return Evidence(rule: rule, utf8: s, span: r.span())
            }
            let score = optional { $0.double() }, why = optional { $0.reason() }, rule = optional { $0.string() }
            let proposals = list { $0.reason() }
            var u = AuditedUnit(index: index, kind: kind, span: span, line: line, column: column, utf8: utf8, label: label, sources: sources,
                                flags: flags, evidence: evidence, score: score, why: why, rule: rule, proposals: proposals)
            u.failing = bool()
            u.verified = optional { $0.string() }
            u.baselined = bool()
            u.contests = list { $0.int() }
            u.contestedBy = list { $0.int() }
            u.contestMatch = optional { r in
                let candidate = r.optional { $0.int() }, score = r.double(), threshold = r.double(), shared = r.list { $0.string() }
                let anaphoric = r.bool()
                let headlineOf = r.optional { $0.int() }
                let setAside = r.optional { $0.int() }
                let counterCharges = r.list { $0.int() }
                let continues = r.optional { $0.int() }
                return ContestMatch(candidate: candidate, score: score, threshold: threshold, shared: shared, anaphoric: anaphoric, headlineOf: headlineOf, setAside: setAside,
                                    counterCharges: counterCharges, continues: continues, placesOnly: r.list { $0.int() })
            }
            u.anonymityCues = list { r in
                let flag: ClaimFlag = r.named(.reasonGiven), rule = r.string(), text = r.string()
                return AnonymityCue(flag: flag, rule: rule, text: text, unit: r.int())
            }
            return u
        }

        mutating func audit() -> ArticleAudit {
            let path = string()
            let start = int(), scalarCount = int()
            var text = ArticleUTF8(bytes: [], start: start, scalarCount: scalarCount)
            switch byte() {
            case 0: text.bytes = counted()
            case 1: if let input { text.bytes = input } else { failed = true }
            default: failed = true
            }
            if text.start < 0 || text.start > text.bytes.count || text.scalarCount < 0 { failed = true }
            let passthrough = list { r in let k = r.string(); return (key: k, json: r.string()) }
            let encoding: TextEncoding = named(.utf8), replacements = int()
            let note = optional { $0.string() }, outlet = optional { $0.string() }
            let units = list { $0.unit(of: text.bytes) }
            let sources = list { r in
                let id = r.string(), name = r.string(), kind: SourceKind = r.named(.person), via = r.optional { $0.string() }
                let mentions = r.list { r in let u = r.int(), t = r.string(); return SourceMentionRef(unit: u, text: t, span: r.span()) }
                return ArticleSource(id: id, name: name, kind: kind, via: via, mentions: mentions, claims: r.list { $0.int() })
            }
            let claims = int()
            var counts = LabelCounts()
            for l in Label.allCases { counts[l, default: 0] = int() }
            let score = double(), failing = int()
            var summary = AuditSummary(claims: claims, counts: counts, score: score, failing: failing)
            summary.failed = bool()
            summary.failures = list { $0.failure() }
            var f = StandardsFigures()
            f.sources = int(); f.attributed = int(); f.largestSourceShare = double(); f.largestSource = optional { $0.string() }
            f.anonymousShare = double(); f.secondhandShare = double(); f.unexplained = int(); f.contested = int()
            f.warnings = list { $0.named(.singleSource) }
            f.singleSourceLimit = double(); f.anonymousLimit = double()
            summary.standards = f
            let problems = list { r in
                let kind: ArticleProblem.Kind = r.named(.strayNUL), line = r.int(), column = r.int()
                return ArticleProblem(kind, line: line, column: column, message: r.string())
            }
            var a = ArticleAudit(path: path, text: text, passthrough: passthrough, encoding: encoding, outlet: outlet,
                                 units: units, sources: sources, summary: summary, problems: problems)
            a.replacements = replacements
            a.encodingNote = note
            return a
        }
    }
}
