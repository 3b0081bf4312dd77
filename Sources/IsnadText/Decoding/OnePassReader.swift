import IsnadModel

/// The article's text, folded text and tokens read from its UTF-8 bytes in one pass.
///
/// The staged path — `TextDecoder`, `VerifiedMarkers`, `Normalizer`, `Tokenizer` — reads
/// the text three times, and each pass finds again where every word starts and ends (the
/// branches a processor mispredicts). For the common article this reader gives the same
/// three values in one loop: each scalar is decoded, folded and classed as it is read, and
/// a word's readings are written when it ends. It declines (nil) whatever the staged path
/// treats specially, and that path then runs: bytes that are not valid UTF-8 or hold a NUL,
/// a verified marker (`<!--`), an `&` (HTML references), Arabic presentation forms, texts longer than
/// `Tokenizer.chunk` bytes. `OnePassTests` checks it gives what the staged path gives.
@usableFromInline package enum OnePassReader {
    @usableFromInline package struct Result {
        @usableFromInline package let normalized: NormalizedText
        @usableFromInline package let tokens: Tokens
    }

    /// `read` over an array (the bytes borrowed for the pass: callers stay safe code).
    @usableFromInline package static func read(_ bytes: [UInt8], from start: Int) -> Result? {
        bytes.withUnsafeBufferPointer { read($0, from: start) }
    }

    /// Reads `bytes[start...]` (after a byte-order mark, if any).
    @usableFromInline package static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result? {
        let n = bytes.count - start
        guard n > 0, n <= Tokenizer.chunk else { return nil }
        var folded: [Unicode.Scalar] = [], tokens: [Token] = [], forms: [TokenForm] = [], bases: [Int32] = []
        var origin = OffsetMap.Builder()
        var counts: Counts? = nil
        // every buffer sized for the worst case (a scalar a byte, a token a scalar, a reading a
        // letter: see `Tokenizer.forms`), so no write checks a capacity; the innermost closure
        // reads, and each sets its array's count on the way out
        let original = [Unicode.Scalar](unsafeUninitializedCapacity: n) { originalBuffer, originalCount in
            folded = [Unicode.Scalar](unsafeUninitializedCapacity: n) { foldedBuffer, foldedCount in
                tokens = [Token](unsafeUninitializedCapacity: n) { tokenBuffer, tokenCount in
                    forms = [TokenForm](unsafeUninitializedCapacity: n) { formBuffer, formCount in
                        bases = [Int32](unsafeUninitializedCapacity: Tokens.groups(n)) { baseBuffer, baseCount in
                            counts = scan(bytes, from: start, Buffers(original: originalBuffer.baseAddress!, folded: foldedBuffer.baseAddress!,
                                                                      tokens: tokenBuffer.baseAddress!, forms: formBuffer.baseAddress!,
                                                                      bases: baseBuffer.baseAddress!),
                                          origin: &origin)
                            baseCount = Tokens.groups(counts?.tokens ?? 0)
                        }
                        formCount = counts?.forms ?? 0
                    }
                    tokenCount = counts?.tokens ?? 0
                }
                foldedCount = counts?.folded ?? 0
            }
            originalCount = counts?.original ?? 0
        }
        guard counts != nil else { return nil }
        return Result(normalized: NormalizedText(original: original, scalars: folded, origin: origin.map),
                      tokens: Tokens(scalars: folded, tokens: tokens, forms: forms, formBases: bases))
    }

    @usableFromInline package struct Counts { var original = 0, folded = 0, tokens = 0, forms = 0 }
    @usableFromInline package struct Buffers {
        @usableFromInline package let original: UnsafeMutablePointer<Unicode.Scalar>
        @usableFromInline package let folded: UnsafeMutablePointer<Unicode.Scalar>
        @usableFromInline package let tokens: UnsafeMutablePointer<Token>
        @usableFromInline package let forms: UnsafeMutablePointer<TokenForm>
        @usableFromInline package let bases: UnsafeMutablePointer<Int32>
    }

    /// The loop: decodes as `TextDecoder.utf8`, folds as `Normalizer.normalize`, tokenizes as
    /// `Tokenizer.tokenize`, with their own steps; nil where the staged path must run instead.
    @usableFromInline package static func scan(_ u: UnsafeBufferPointer<UInt8>, from start: Int, _ out: Buffers,
                                                   origin: inout OffsetMap.Builder) -> Counts? {
        let n = u.count
        return Normalizer.table.withUnsafeBufferPointer { foldTable in
            Tokenizer.classes.withUnsafeBufferPointer { classes in
                let original = out.original, folded = out.folded
                var tokens = Tokenizer.Writer(text: UnsafeBufferPointer(start: UnsafePointer(folded), count: n), tokens: out.tokens,
                                              forms: out.forms, bases: out.bases, pendingBreak: false)
                var originalCount = 0, foldedCount = 0
                var wordStart = -1  // the folded offset of the word being read, if any
                var i = start
                while i < n {
                    // one byte at a time without the general step: its length is then known
                    // before the byte is decoded, and the loop runs ahead of it
                    let v: UInt32
                    if u[i] < 0x80 {
                        v = UInt32(u[i])
                        // binary, or "<!--" that may open a verified marker (the staged path reads those)
                        if v == 0 || v == 0x3C && i + 3 < n && u[i + 1] == 0x21 && u[i + 2] == 0x2D && u[i + 3] == 0x2D { return nil }
                        // "&" that may open an HTML reference (the staged path reads those)
                        if v == 0x26 { return nil }
                        i &+= 1
                    } else {
                        let (value, width) = TextDecoder.sequence(u, at: i)
                        guard width > 0 else { return nil }  // invalid UTF-8
                        v = value
                        i &+= width
                    }
                    let index = originalCount
                    original[index] = unsafeBitCast(v, to: Unicode.Scalar.self)  // `sequence` gives scalars only
                    originalCount &+= 1
                    let f = Normalizer.fold(v, foldTable)
                    if f == Normalizer.dropped { continue }
                    if f == Normalizer.decomposes { return nil }  // a presentation form: several letters
                    let k = foldedCount
                    let s = unsafeBitCast(f, to: Unicode.Scalar.self)
                    folded[k] = s
                    origin.append(index)
                    foldedCount &+= 1
                    let c = Tokenizer.scalarClass(s, classes)
                    if c == Tokenizer.word {
                        if wordStart < 0 { wordStart = k }
                        continue
                    }
                    if wordStart >= 0 { tokens.word(wordStart, k); wordStart = -1 }
                    tokens.other(k, c)
                }
                if wordStart >= 0 { tokens.word(wordStart, foldedCount) }
                return Counts(original: originalCount, folded: foldedCount, tokens: tokens.tokenCount, forms: tokens.formCount)
            }
        }
    }
}
