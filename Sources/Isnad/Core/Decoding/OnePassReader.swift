/// The article's text, folded text and tokens read from its UTF-8 bytes in one pass.
///
/// The staged path — `TextDecoder`, `VerifiedMarkers`, `Normalizer`, `Tokenizer` — reads
/// the text three times, and each pass finds again where every word starts and ends (the
/// branches a processor mispredicts). For the common article this reader gives the same
/// three values in one loop: each scalar is decoded, folded and classed as it is read, and
/// a word's readings are written when it ends. It declines (nil) whatever the staged path
/// treats specially, and that path then runs: bytes that are not valid UTF-8 or hold a NUL,
/// a verified marker (`<!--`), Arabic presentation forms, texts longer than
/// `Tokenizer.chunk` bytes. `OnePassTests` checks it gives what the staged path gives.
enum OnePassReader {
    struct Result {
        let normalized: NormalizedText
        let tokens: Tokens
    }

    /// Reads `bytes[start...]` (after a byte-order mark, if any).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result? {
        let n = bytes.count - start
        guard n > 0, n <= Tokenizer.chunk else { return nil }
        var folded: [Unicode.Scalar] = [], origin: [Int] = [], tokens: [Token] = [], forms: [TokenForm] = []
        var counts: Counts? = nil
        // every buffer sized for the worst case (a scalar a byte, a token a scalar, a reading a
        // letter: see `Tokenizer.forms`), so no write checks a capacity; the innermost closure
        // reads, and each sets its array's count on the way out
        let original = [Unicode.Scalar](unsafeUninitializedCapacity: n) { originalBuffer, originalCount in
            folded = [Unicode.Scalar](unsafeUninitializedCapacity: n) { foldedBuffer, foldedCount in
                origin = [Int](unsafeUninitializedCapacity: n) { originBuffer, originCount in
                    tokens = [Token](unsafeUninitializedCapacity: n) { tokenBuffer, tokenCount in
                        forms = [TokenForm](unsafeUninitializedCapacity: n) { formBuffer, formCount in
                            counts = scan(bytes, from: start, Buffers(original: originalBuffer.baseAddress!, folded: foldedBuffer.baseAddress!,
                                                                      origin: originBuffer.baseAddress!, tokens: tokenBuffer.baseAddress!,
                                                                      forms: formBuffer.baseAddress!))
                            formCount = counts?.forms ?? 0
                        }
                        tokenCount = counts?.tokens ?? 0
                    }
                    originCount = counts?.folded ?? 0
                }
                foldedCount = counts?.folded ?? 0
            }
            originalCount = counts?.original ?? 0
        }
        guard counts != nil else { return nil }
        return Result(normalized: NormalizedText(original: original, scalars: folded, origin: origin),
                      tokens: Tokens(scalars: folded, tokens: tokens, forms: forms))
    }

    struct Counts { var original = 0, folded = 0, tokens = 0, forms = 0 }
    struct Buffers {
        let original: UnsafeMutablePointer<Unicode.Scalar>
        let folded: UnsafeMutablePointer<Unicode.Scalar>
        let origin: UnsafeMutablePointer<Int>
        let tokens: UnsafeMutablePointer<Token>
        let forms: UnsafeMutablePointer<TokenForm>
    }

    /// The loop: decodes as `TextDecoder.utf8`, folds as `Normalizer.normalize`, tokenizes as
    /// `Tokenizer.tokenize`; nil where the staged path must run instead.
    static func scan(_ u: UnsafeBufferPointer<UInt8>, from start: Int, _ out: Buffers) -> Counts? {
        let n = u.count
        return Normalizer.table.withUnsafeBufferPointer { foldTable in
            Tokenizer.classes.withUnsafeBufferPointer { classes in
                // the counts in plain locals, kept in registers through the loop
                var originalCount = 0, foldedCount = 0, tokenCount = 0, formCount = 0
                var wordStart = -1  // the folded offset of the word being read, if any
                var pendingBreak = false
                let foldedText = UnsafeBufferPointer(start: UnsafePointer(out.folded), count: n)
                let original = out.original, folded = out.folded, origin = out.origin
                let foldLimit = foldTable.count, classLimit = classes.count
                var i = start
                while i < n {
                    // decode one scalar (the checks of `TextDecoder.utf8`)
                    let b0 = u[i]
                    var v: UInt32
                    if b0 < 0x80 {
                        if b0 == 0 { return nil }
                        // "<!--" may open a verified marker: the staged path reads those
                        if b0 == 0x3C && i + 3 < n && u[i + 1] == 0x21 && u[i + 2] == 0x2D && u[i + 3] == 0x2D { return nil }
                        v = UInt32(b0); i &+= 1
                    } else if b0 >= 0xC2 && b0 < 0xE0 && i + 1 < n && u[i + 1] & 0xC0 == 0x80 {
                        v = UInt32(b0 & 0x1F) << 6 | UInt32(u[i + 1] & 0x3F); i &+= 2
                    } else if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < n && u[i + 1] & 0xC0 == 0x80 && u[i + 2] & 0xC0 == 0x80 {
                        v = UInt32(b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                        if v < 0x800 || (0xD800...0xDFFF).contains(v) { return nil }
                        i += 3
                    } else if b0 >= 0xF0 && b0 < 0xF5 && i + 3 < n && u[i + 1] & 0xC0 == 0x80 && u[i + 2] & 0xC0 == 0x80 && u[i + 3] & 0xC0 == 0x80 {
                        v = UInt32(b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F)
                        if v < 0x10000 || v > 0x10FFFF { return nil }
                        i += 4
                    } else { return nil }
                    let index = originalCount
                    original[index] = unsafeBitCast(v, to: Unicode.Scalar.self)  // checked above: a scalar
                    originalCount &+= 1
                    // fold it (`Normalizer.normalize`)
                    var f: UInt32
                    if Int(v) < foldLimit {
                        f = foldTable[Int(v)]
                        if f == Normalizer.dropped { continue }
                    } else if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) {
                        return nil  // presentation forms decompose into several letters
                    } else if let g = Normalizer.fold(unsafeBitCast(v, to: Unicode.Scalar.self)) {
                        f = g.value
                    } else { continue }
                    let k = foldedCount
                    let s = unsafeBitCast(f, to: Unicode.Scalar.self)
                    folded[k] = s
                    origin[k] = index
                    foldedCount &+= 1
                    // and class it (`Tokenizer.tokenize`)
                    let cls = Int(f) < classLimit ? classes[Int(f)] : Tokenizer.scalarClass(s)
                    if cls == Tokenizer.word {
                        if wordStart < 0 { wordStart = k }
                        continue
                    }
                    if wordStart >= 0 {
                        endWord(foldedText, wordStart, k, out, &tokenCount, &formCount, afterBreak: pendingBreak)
                        pendingBreak = false
                        wordStart = -1
                    }
                    if cls == Tokenizer.hard || cls == Tokenizer.mark {
                        (out.tokens + tokenCount).initialize(to: Token(kind: .punct, start: k, end: k + 1, first: s, afterBreak: false,
                                                                       formStart: Int32(formCount), formCount: 0))
                        tokenCount += 1
                    }
                    if cls == Tokenizer.hard || cls == Tokenizer.lineBreak { pendingBreak = true }
                }
                if wordStart >= 0 { endWord(foldedText, wordStart, foldedCount, out, &tokenCount, &formCount, afterBreak: pendingBreak) }
                return Counts(original: originalCount, folded: foldedCount, tokens: tokenCount, forms: formCount)
            }
        }
    }

    /// Writes the token of the word `text[b ..< e]` and its readings.
    @inline(__always)
    static func endWord(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ b: Int, _ e: Int, _ out: Buffers,
                        _ tokenCount: inout Int, _ formCount: inout Int, afterBreak: Bool) {
        let count = Tokenizer.forms(of: text, b..<e, writingTo: out.forms + formCount)
        (out.tokens + tokenCount).initialize(to: Token(kind: .word, start: b, end: e, first: text[b], afterBreak: afterBreak,
                                                       formStart: Int32(formCount), formCount: Int32(count)))
        tokenCount += 1; formCount += count
    }
}
