import Foundation
import IsnadModel

/// Text folded for matching, with a map from every folded scalar back to the
/// original text (SOURCING.md, "Text conventions").
///
/// Folding removes diacritics, tatweel, bidi and zero-width marks; unifies alef,
/// yaa, taa marbuta, Persian/Urdu letters, quote styles and digits; expands
/// Arabic presentation forms; lower-cases Latin letters. A folded scalar always
/// comes from exactly one original scalar, so offsets map back exactly. A well-formed HTML
/// reference (`&quot;`, `&#8220;`) reads as the character it stands for, mapped to its `&`
/// (`HTMLEntities`); the original text keeps it.
public struct NormalizedText: Sendable {
    /// The original text as Unicode scalars (an array, or a long article's UTF-8 once it is
    /// segmented: `holdingOriginal(asUTF8:start:)`).
    public private(set) var original: OriginalScalars
    /// The folded scalars (a long article's are held compact instead: folded so,
    /// `Normalizer.normalize(scalars:compactAbove:)`, or once the matcher has run,
    /// `holdCompact()`; reading the array then traps — read `foldedScalar(_:)` or `folded(_:_:)`).
    @inlinable public var scalars: [Unicode.Scalar] {
        precondition(compact == nil, "the folded text is held compact: read it through foldedScalar(_:)")
        return heldScalars
    }
    @usableFromInline var heldScalars: [Unicode.Scalar]
    /// The folded scalars a byte each (`CompactScalars`), when held so (`holdCompact()`).
    public private(set) var compact: CompactScalars?
    /// `origin[i]` is the index in `original` that folded scalar `i` came from, stored as runs
    /// (`OffsetMap`: most scalars fold one for one).
    public let origin: OffsetMap

    public init(original: [Unicode.Scalar], scalars: [Unicode.Scalar], origin: OffsetMap) {
        self.original = OriginalScalars(original); self.heldScalars = scalars; self.origin = origin
    }

    /// A text whose folded scalars are held compact from the start (a long article's:
    /// `Normalizer.normalize(scalars:compactAbove:)`).
    public init(original: [Unicode.Scalar], compact: CompactScalars, origin: OffsetMap) {
        self.original = OriginalScalars(original); self.heldScalars = []; self.compact = compact; self.origin = origin
    }

    /// A text whose original scalars are `original` as held (a long article's UTF-8:
    /// `Normalizer.normalize(original:compactAbove:)`) and whose folded scalars are held compact.
    public init(original: OriginalScalars, compact: CompactScalars, origin: OffsetMap) {
        self.original = original; self.heldScalars = []; self.compact = compact; self.origin = origin
    }

    /// Holds the folded scalars as an array again (a text folded compact that its reader reads
    /// at 4 bytes a scalar after all: an article of more scalars than the limit it was folded
    /// with, but of no more folded ones).
    public mutating func holdArray() {
        guard let compact else { return }
        heldScalars = compact.array
        self.compact = nil
    }

    /// Holds the folded scalars as `compact` — `CompactScalars(scalars)`, made beforehand by the
    /// caller — instead of the array, which is released when nothing else holds it (the tokens
    /// share it: `Tokens.holdCompact(_:)`). For the stages after the matcher (issue #26).
    public mutating func holdCompact(_ compact: CompactScalars) {
        precondition(compact.count == foldedCount, "the text's own folded scalars")
        self.compact = compact
        heldScalars = []
    }

    /// Folded scalar `i`, however the folded text is held.
    @inlinable public func foldedScalar(_ i: Int) -> Unicode.Scalar {
        if let compact { return compact[i] }
        return heldScalars[i]
    }

    /// The number of folded scalars, however the folded text is held.
    @inlinable public var foldedCount: Int { compact?.count ?? heldScalars.count }

    /// Holds the original text as `bytes[start...]`, its UTF-8 (valid, scalar for scalar the
    /// original text: the decoder's bytes), instead of 4 bytes a scalar; the array is released
    /// when nothing else holds it. Every reading gives the same scalars. Returns false (and
    /// keeps the array) when the bytes are not the text's scalar count.
    public mutating func holdOriginal(asUTF8 bytes: [UInt8], start: Int) -> Bool {
        guard !original.isUTF8, let compact = OriginalScalars(utf8: bytes, start: start, count: original.count) else { return false }
        original = compact
        return true
    }

    /// Maps a folded half-open range to the original text.
    public func originalSpan(_ start: Int, _ end: Int) -> TextSpan {
        guard start < end, start < origin.count else {
            let p = start < origin.count ? Int(origin[start]) : original.count
            return TextSpan(p, p)
        }
        var e = Int(origin[end - 1]) + 1
        // a character read from an HTML reference (`&quot;`) spans the whole reference
        if original[e - 1] == "&", let r = HTMLEntities.reference(at: e - 1, count: original.count, { original[$0] }) { e += r.length - 1 }
        // trailing diacritics and tatweel belong to the letter before them
        while e < original.count, Normalizer.isMark(original[e]) { e += 1 }
        return TextSpan(Int(origin[start]), e)
    }

    /// The original scalars of an original span (shares the article's storage when it is an
    /// array; a long article's UTF-8 form decodes them).
    public func originalScalars(_ span: TextSpan) -> ArraySlice<Unicode.Scalar> {
        let a = max(0, span.start), b = min(original.count, span.end)
        return a < b ? original.arraySlice(a..<b) : []
    }

    /// The original text of an original span.
    public func originalText(_ span: TextSpan) -> String { ScalarText.string(originalScalars(span)) }

    /// The folded text of a folded range.
    public func folded(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        if let compact { return ScalarText.string(compact.slice(start..<end)) }
        return ScalarText.string(heldScalars[start..<end])
    }
}

/// Folds Arabic text for matching (value in, value out).
public enum Normalizer {
    /// Folds `text`, keeping the offset map.
    public static func normalize(_ text: String) -> NormalizedText {
        normalize(scalars: scalars(of: text))
    }

    /// The Unicode scalars of a string, decoded from its UTF-8 in one pass.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { u in
            // room for exactly the scalars (one per byte that is no continuation byte): the array
            // is the article's original text for the whole audit, and a byte each would be twice
            // the room Arabic needs
            var scalarCount = 0
            for b in u where b & 0xC0 != 0x80 { scalarCount &+= 1 }
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(scalarCount)
            var i = 0
            let n = u.count
            while i < n {
                let b0 = UInt32(u[i])
                var v: UInt32
                if b0 < 0x80 { v = b0; i += 1 }
                else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i += 2 }
                else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F); i += 3 }
                else { v = (b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F); i += 4 }
                // a String's UTF-8 is always valid, so every value is a scalar
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
    }

    /// Folds decoded scalars, keeping the offset map.
    public static func normalize(scalars original: [Unicode.Scalar]) -> NormalizedText {
        var presentation: [Int] = []  // presentation forms, folded after the fast pass
        var origin = OffsetMap.Builder()
        var out = foldPass(count: original.count, source: .array(original), presentation: &presentation, origin: &origin) {
            unsafeBitCast($0, to: Unicode.Scalar.self)  // every value of the pass is a scalar's
        }
        if !presentation.isEmpty {
            let (at, parts, g2) = presentationParts(original, presentation, origin: origin.map) { Optional($0) }!
            replace(&out, at: at, with: parts)
            origin = g2
        }
        return NormalizedText(original: original, scalars: out, origin: origin.map)
    }

    /// Folds decoded scalars as `normalize(scalars:)` does; a text of more than `limit` scalars
    /// is written at a byte a scalar (`NormalizedText.compact`, `CompactScalars`), never at 2
    /// or 4: a long article's (issue #26). The folded scalars and the map are the same.
    public static func normalize(scalars original: [Unicode.Scalar], compactAbove limit: Int) -> NormalizedText {
        guard original.count > limit else { return normalize(scalars: original) }
        let (compact, origin) = foldCompact(original, source: .array(original))
        return NormalizedText(original: original, compact: compact, origin: origin)
    }

    /// Folds a long article's original text held as its UTF-8 (`TextDecoder.utf8Original`) as
    /// `normalize(scalars:compactAbove:)` folds its scalars: the same folded text, held compact,
    /// and the same map, read a piece of whole lines at a time (`OriginalScalars.forEachLinePiece`:
    /// no HTML reference spans a line end), so the text is never decoded whole at 4 bytes a
    /// scalar (issue #26). A text of at most `limit` scalars is decoded and folded as an array.
    /// `pieceScalars`: the least scalars of a piece (tests read in pieces of a few scalars).
    public static func normalize(original: OriginalScalars, compactAbove limit: Int,
                                 pieceScalars: Int = OriginalScalars.linePieceScalars) -> NormalizedText {
        guard original.isUTF8, original.count > limit else { return normalize(scalars: original.array, compactAbove: limit) }
        let (compact, origin) = foldCompact(original, source: .linePieces(original, pieceScalars))
        return NormalizedText(original: original, compact: compact, origin: origin)
    }

    /// The compact fold of both forms: `source` hands the pass the text's scalars; `original`
    /// is read for presentation forms only.
    private static func foldCompact<C: RandomAccessCollection>(_ original: C, source: FoldSource)
        -> (CompactScalars, OffsetMap) where C.Element == Unicode.Scalar, C.Index == Int {
        // written at a byte a scalar by the pass itself (`CompactScalars`: the others kept aside
        // by their folded position), not at 2 bytes and then compacted: a 16-bit copy of the
        // whole article beside its scalars and the file's bytes was the peak of a long article's
        // audit (issue #26, mem23)
        var presentation: [Int] = []  // presentation forms, folded after the fast pass
        var positions: [Int] = [], others: [Unicode.Scalar] = []
        var origin = OffsetMap.Builder()
        var k = 0
        var bytes = foldPass(count: original.count, source: source, presentation: &presentation, origin: &origin) { f -> UInt8 in
            let b = CompactScalars.byte(f)
            if b == CompactScalars.otherMark {
                positions.append(k); others.append(unsafeBitCast(f, to: Unicode.Scalar.self))  // every value of the pass is a scalar's
            }
            k &+= 1
            return b
        }
        if !presentation.isEmpty {
            // each form's parts (folded values, a byte each as above) put in place, and the scalars
            // kept aside — the pass's, moved by the parts put in before them, and any part's —
            // listed in their new order (a form's own place held a placeholder byte, never one kept aside)
            let (at, values, g2) = presentationParts(original, presentation, origin: origin.map) { Optional($0.value) }!
            replace(&bytes, at: at, with: values.map { $0.map(CompactScalars.byte) })
            origin = g2
            var movedPositions: [Int] = [], movedOthers: [Unicode.Scalar] = []
            var q = 0, shift = 0
            for j in at.indices {
                while q < positions.count && positions[q] < at[j] {
                    movedPositions.append(positions[q] + shift); movedOthers.append(others[q]); q += 1
                }
                for (t, v) in values[j].enumerated() where CompactScalars.byte(v) == CompactScalars.otherMark {
                    movedPositions.append(at[j] + shift + t); movedOthers.append(unsafeBitCast(v, to: Unicode.Scalar.self))  // a folded scalar's value
                }
                shift += values[j].count - 1
            }
            while q < positions.count { movedPositions.append(positions[q] + shift); movedOthers.append(others[q]); q += 1 }
            positions = movedPositions; others = movedOthers
        }
        return (CompactScalars(bytes: bytes, otherPositions: positions, otherScalars: others), origin.map)
    }

    /// The one pass both forms of `normalize` make, with a table for Latin and Arabic and other
    /// scalars through `fold`: each scalar folded (an HTML reference, `&quot;`, read as the
    /// character it stands for, from its `&`), what folds to nothing dropped, a presentation
    /// form's position put in `presentation` and a placeholder 0 written for it; every folded
    /// value is written through `element` and mapped in `origin`.
    /// What the pass reads: an array whole, or a long article's text held as UTF-8 in pieces of
    /// whole lines (`OriginalScalars.forEachLinePiece`; an HTML reference never spans a line
    /// end, so no reference is cut by a piece's end).
    private enum FoldSource { case array([Unicode.Scalar]), linePieces(OriginalScalars, Int) }

    /// The text of `n` scalars is read from `source`, a piece at a time (an array in one).
    @inline(__always)
    private static func foldPass<Element>(count n: Int, source: FoldSource, presentation: inout [Int], origin: inout OffsetMap.Builder,
                                          _ element: (UInt32) -> Element) -> [Element] {
        return [Element](unsafeUninitializedCapacity: n) { outBuffer, count in
            table.withUnsafeBufferPointer { table in
                var k = 0
                func pass(_ src: UnsafeBufferPointer<Unicode.Scalar>, _ base: Int) {
                    let m = src.count
                    var i = 0, next = 0
                    while next < m {
                        i = next
                        next = i &+ 1
                        var f = fold(src[i].value, table)
                        if src[i].value == 0x26, let r = HTMLEntities.reference(at: i, count: m, { src[$0] }) {
                            f = fold(r.scalar.value, table)
                            next = i &+ r.length
                        }
                        if f == dropped { continue }
                        if f == decomposes {
                            presentation.append(base &+ i)
                            f = 0  // a placeholder, replaced below
                        }
                        outBuffer.initializeElement(at: k, to: element(f))
                        origin.append(base &+ i)
                        k += 1
                    }
                }
                switch source {
                case .array(let a): a.withUnsafeBufferPointer { pass($0, 0) }
                case .linePieces(let o, let minimum):
                    o.forEachLinePiece(minimum: minimum) { piece, base in piece.withUnsafeBufferPointer { pass($0, base) } }
                }
                count = k
            }
        }
    }

    /// Presentation forms after the fast pass: each one's compatibility decomposition, every part
    /// folded and written through `element`, to be put in the folded text in place (`replace`: a
    /// second array of the whole text was the peak of a long article's audit, issue #26) — the
    /// folded positions, their parts and the map of the text they make; nil when `element`
    /// refuses a part.
    private static func presentationParts<C: RandomAccessCollection, Element>(_ original: C, _ presentation: [Int], origin first: OffsetMap,
                                                   _ element: (Unicode.Scalar) -> Element?) -> (at: [Int], parts: [[Element]], origin: OffsetMap.Builder)?
        where C.Element == Unicode.Scalar, C.Index == Int {
        let n = original.count
        var g2 = OffsetMap.Builder()
        var at: [Int] = [], parts: [[Element]] = []
        at.reserveCapacity(presentation.count); parts.reserveCapacity(presentation.count)
        var p = 0
        for k in 0..<first.count {
            let i = Int(first[k])
            if p < presentation.count && presentation[p] == i {
                p += 1
                let c = HTMLEntities.reference(at: i, count: n, { original[$0] })?.scalar ?? original[i]
                var folded: [Element] = []
                for part in String(c).decomposedStringWithCompatibilityMapping.unicodeScalars {
                    guard let f = fold(part) else { continue }
                    guard let e = element(f) else { return nil }
                    folded.append(e); g2.append(i)
                }
                at.append(k); parts.append(folded)
            } else { g2.append(i) }
        }
        return (at, parts, g2)
    }

    /// Replaces each `text[at[j]]` with `parts[j]` (`at` ascending): in place when the text's
    /// room allows it and every replacement so far grew it (written from the back) or none did
    /// (written from the front), else into a new array.
    package static func replace<Element>(_ text: inout [Element], at: [Int], with parts: [[Element]]) {
        let old = text.count
        var d = 0, lowest = 0, highest = 0
        for f in parts { d += f.count - 1; lowest = min(lowest, d); highest = max(highest, d) }
        let new = old + d
        if lowest >= 0 && new <= text.capacity {
            if d > 0 { text.append(contentsOf: repeatElement(text[at[0]], count: d)) }  // within its room: not moved
            text.withUnsafeMutableBufferPointer { b in
                var r = old, w = new
                for j in at.indices.reversed() {
                    let k = at[j]
                    while r > k + 1 { r -= 1; w -= 1; b[w] = b[r] }
                    r = k
                    for c in parts[j].reversed() { w -= 1; b[w] = c }
                }
            }
        } else if highest <= 0 {
            text.withUnsafeMutableBufferPointer { b in
                var r = 0, w = 0
                for j in at.indices {
                    let k = at[j]
                    while r < k { b[w] = b[r]; r += 1; w += 1 }
                    r = k + 1
                    for c in parts[j] { b[w] = c; w += 1 }
                }
                while r < old { b[w] = b[r]; r += 1; w += 1 }
            }
            text.removeLast(old - new)
        } else {
            var o2: [Element] = []
            o2.reserveCapacity(new)
            var r = 0
            for j in at.indices {
                o2.append(contentsOf: text[r..<at[j]])
                o2.append(contentsOf: parts[j])
                r = at[j] + 1
            }
            o2.append(contentsOf: text[r...])
            text = o2
        }
    }

    @usableFromInline package static let dropped: UInt32 = 0xFFFF_FFFF
    /// What `fold(_:_:)` gives for a presentation form: it decomposes into several letters.
    @usableFromInline package static let decomposes: UInt32 = 0xFFFF_FFFE

    /// Folds the scalar `v` with `table` (the table `Normalizer.table`): its folded value,
    /// `dropped`, or `decomposes` for an Arabic presentation form.
    @inlinable @inline(__always) @usableFromInline package static func fold(_ v: UInt32, _ table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        if Int(v) < table.count { return table[Int(v)] }
        if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) { return decomposes }
        return fold(unsafeBitCast(v, to: Unicode.Scalar.self))?.value ?? dropped  // every v here is a scalar's
    }
    /// `fold` for every scalar below U+0700 (Latin and Arabic): the folded value, or `dropped`.
    @usableFromInline package static let table: [UInt32] = (0..<0x700).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return dropped }
        return fold(s)?.value ?? dropped
    }

    /// Diacritics, Quranic marks and tatweel: dropped by folding, kept with their letter in
    /// spans (the script's: `ArticleScript.isMark`).
    @inlinable @inline(__always)
    public static func isMark(_ s: Unicode.Scalar) -> Bool { ArticleScript.isMark(s) }

    /// Folds one scalar, or drops it (nil): the script's fold table (`ArticleScript.fold`).
    @inlinable @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? { ArticleScript.fold(s) }

    /// A word or phrase folded as article text is (rule words, word lists, test text): the
    /// one helper for it.
    public static func folded(_ s: String) -> String { String(String.UnicodeScalarView(s.unicodeScalars.compactMap(fold))) }
    /// `folded(_:)` as scalars.
    public static func foldedScalars(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.compactMap(fold) }
}
