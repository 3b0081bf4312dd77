import IsnadModel

/// An article's census as bytes, and back: how an article over `Isolation.defaultAbove` bytes,
/// read for the census in a child process of its own, hands its census back to the run (the
/// encoding of `AuditWire`: LEB128 integers, strings as UTF-8 with a length). Every field of
/// `ArticleCensus` round-trips, so the tally is the same as for an article read in process.
package enum CensusWire {
    /// The first bytes of a result: the format's name and version.
    static let magic: [UInt8] = Array("isnad-census-1\n".utf8)

    /// What a child process hands back: the census, or why the article could not be read.
    package enum Result {
        case census(ArticleCensus)
        case failure(InputFailure)
    }

    package static func write(_ result: Result, to sink: @escaping ([UInt8]) -> Void) {
        var w = AuditWire.Writer(sink: sink)
        w.raw(magic)
        switch result {
        case .failure(let f): w.byte(1); w.string(f.path); w.string(f.message)
        case .census(let c):
            w.byte(0)
            w.string(c.path); w.int(c.units); w.int(c.claims); w.int(c.unsourced)
            w.list(c.ruleUnits) { $0.int(Int($1)) }
            w.list(c.fates) { w, f in w.int(Int(f.rule)); w.byte(f.code); w.int(Int(f.other)) }
            for list in [c.verbs, c.speakers, c.outlets, c.quotes] {
                w.list(list) { w, o in
                    w.string(o.key); w.string(o.form); w.string(o.context)
                    w.string(o.example.path); w.int(o.example.line); w.string(o.example.text); w.optional(o.example.marked) { $0.string($1) }
                }
            }
            w.list(c.problems) { w, p in w.string(p.kind.rawValue); w.int(p.line); w.int(p.column); w.string(p.message) }
        }
        w.flush()
    }

    /// Reads what `write` wrote; nil when the bytes are not a whole result (a child that died while writing).
    package static func read(_ bytes: [UInt8]) -> Result? {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return nil }
        var r = AuditWire.Reader(bytes: bytes)
        r.at = magic.count
        let result: Result
        switch r.byte() {
        case 1:
            let path = r.string()
            result = .failure(InputFailure(path: path, message: r.string()))
        case 0:
            var c = ArticleCensus(path: r.string())
            c.units = r.int(); c.claims = r.int(); c.unsourced = r.int()
            c.ruleUnits = r.list { Int32(truncatingIfNeeded: $0.int()) }
            c.fates = r.list { r in
                let rule = Int32(truncatingIfNeeded: r.int()), code = r.byte()
                return CensusFate(rule: rule, code: code, other: Int32(truncatingIfNeeded: r.int()))
            }
            func observations() -> [CensusObservation] {
                r.list { r in
                    let key = r.string(), form = r.string(), context = r.string()
                    let path = r.string(), line = r.int(), text = r.string()
                    return CensusObservation(key: key, form: form, context: context,
                                             example: CensusExample(path: path, line: line, text: text, marked: r.optional { $0.string() }))
                }
            }
            c.verbs = observations(); c.speakers = observations(); c.outlets = observations(); c.quotes = observations()
            c.problems = r.list { r in
                let kind: ArticleProblem.Kind = r.named(.strayNUL), line = r.int(), column = r.int()
                return ArticleProblem(kind, line: line, column: column, message: r.string())
            }
            result = .census(c)
        default: return nil
        }
        return r.failed || r.at != bytes.count ? nil : result
    }
}
