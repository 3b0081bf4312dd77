import Isnad

extension TestSupport {
    /// Characters of an article in no unit (other than white space) or in two: issue 26, item 9.
    public static func dropped(_ scalars: [Unicode.Scalar], _ units: [AuditedUnit]) -> [String] {
        var covered = [Int](repeating: 0, count: scalars.count)
        var problems: [String] = []
        for u in units {
            guard u.span.start >= 0, u.span.start <= u.span.end, u.span.end <= scalars.count else {
                problems.append("unit \(u.span.start)..<\(u.span.end) lies outside the article's \(scalars.count) characters: \(u.text.debugDescription)")
                continue
            }
            for i in u.span.start..<u.span.end { covered[i] += 1 }
        }
        for (i, c) in scalars.enumerated() {
            if covered[i] > 1 { problems.append("U+\(String(c.value, radix: 16)) at \(i) is in \(covered[i]) units") }
            guard covered[i] == 0, !Tokenizer.isSpace(c) else { continue }
            let nextToUnit = (i > 0 && covered[i - 1] > 0) || (i + 1 < scalars.count && covered[i + 1] > 0)
            if Normalizer.fold(c) != nil || nextToUnit {
                let context = String(String.UnicodeScalarView(scalars[max(0, i - 8)..<min(scalars.count, i + 3)]))
                problems.append("U+\(String(c.value, radix: 16)) at \(i) is in no unit: \(context.debugDescription)")
            }
        }
        return problems
    }
}
