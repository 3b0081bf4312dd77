import IsnadModel
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A word or punctuation mark of folded text. Tokens hold no references: their letters
/// and forms live in the `Tokens` collection they belong to.
public struct Token: Sendable {
    public enum Kind: Sendable { case word, punct }
    // 32-bit offsets and the small fields packed in one word (12 bytes a token): an article has
    // thousands, read by every later stage, and a long article millions (issue #26). Where the
    // token's readings start is not stored whole: its collection keeps the index of the first
    // reading of every eighth token (`Tokens.formBases`), and the token how many readings lie
    // between that one and its own (at most 7 tokens × 7 readings = 49, in 6 bits).
    @usableFromInline var start32: Int32
    @usableFromInline var end32: Int32
    /// The first scalar (bits 0–20), the number of forms (21–23: a word has at most five
    /// readings, see `Tokenizer.forms`), punctuation (24), after a break (25), and the offset of
    /// the token's first reading from its group's (26–31: `Tokens.formRange`).
    @usableFromInline var bits: UInt32
    @usableFromInline static let scalarMask: UInt32 = 0x1F_FFFF, countShift: UInt32 = 21, countMask: UInt32 = 0x7
    @usableFromInline static let punctBit: UInt32 = 1 << 24, breakBit: UInt32 = 1 << 25
    @usableFromInline static let offsetShift: UInt32 = 26, offsetMask: UInt32 = 0x3F
    /// The tokens of a group that share a stored first reading (`Tokens.formBases`): 8, so that
    /// a token's offset in its group (at most 7 × `countMask` readings) fits `offsetMask`.
    @usableFromInline package static let groupShift = 3
    /// The first scalar of the token.
    public var first: Unicode.Scalar {
        // every value of the low 21 bits was a scalar's (written only from one)
        @inlinable @inline(__always) get { unsafeBitCast(bits & Token.scalarMask, to: Unicode.Scalar.self) }
        set { bits = bits & ~Token.scalarMask | newValue.value }
    }
    /// The number of the token's forms.
    @usableFromInline package var formCount: UInt16 {
        @inlinable @inline(__always) get { UInt16(truncatingIfNeeded: bits >> Token.countShift & Token.countMask) }
        set { precondition(newValue <= Token.countMask); bits = bits & ~(Token.countMask << Token.countShift) | UInt32(newValue) << Token.countShift }
    }
    /// The number of readings of the tokens of its group before it (`Tokens.formRange`).
    @usableFromInline package var formOffset: Int {
        @inlinable @inline(__always) get { Int(bits >> Token.offsetShift & Token.offsetMask) }
        set {
            precondition(newValue >= 0 && newValue <= Int(Token.offsetMask), "a token's readings start at most 63 after its group's")
            bits = bits & ~(Token.offsetMask << Token.offsetShift) | UInt32(truncatingIfNeeded: newValue) << Token.offsetShift
        }
    }
    public var kind: Kind {
        @inlinable @inline(__always) get { bits & Token.punctBit == 0 ? .word : .punct }
        set { bits = newValue == .punct ? bits | Token.punctBit : bits & ~Token.punctBit }
    }
    /// For words: a hard punctuation mark (, . : ؛ ( ) ? !) stands between this word and the previous one.
    public var afterBreak: Bool {
        @inlinable @inline(__always) get { bits & Token.breakBit != 0 }
        set { bits = newValue ? bits | Token.breakBit : bits & ~Token.breakBit }
    }
    /// Folded half-open range.
    public var start: Int { @inlinable @inline(__always) get { Int(start32) } set { start32 = Int32(newValue) } }
    public var end: Int { @inlinable @inline(__always) get { Int(end32) } set { end32 = Int32(newValue) } }

    /// A token of these fields as stored (`PackedToken.token`).
    @inlinable @inline(__always) @usableFromInline init(start32: Int32, end32: Int32, bits: UInt32) {
        self.start32 = start32; self.end32 = end32; self.bits = bits
    }

    /// `formOffset`: the readings of the tokens of its group before it (0 for the first token
    /// of a group of `1 << groupShift`), at most `offsetMask`.
    @usableFromInline package init(kind: Kind, start: Int, end: Int, first: Unicode.Scalar, afterBreak: Bool, formOffset: Int, formCount: Int32) {
        start32 = Int32(start); end32 = Int32(end)
        precondition(formCount >= 0 && UInt32(formCount) <= Token.countMask, "a word has at most five readings")
        precondition(formOffset >= 0 && formOffset <= Int(Token.offsetMask), "a token's readings start at most 63 after its group's")
        bits = first.value | UInt32(truncatingIfNeeded: formCount) << Token.countShift
            | (kind == .punct ? Token.punctBit : 0) | (afterBreak ? Token.breakBit : 0)
            | UInt32(truncatingIfNeeded: formOffset) << Token.offsetShift
    }

    /// The number of scalars of the token.
    public var count: Int { end - start }
    /// Whether the token is exactly the scalar `c` (a punctuation mark or a one-letter word).
    @inlinable @inline(__always) public func `is`(_ c: Unicode.Scalar) -> Bool { end - start == 1 && first == c }
    /// Whether the token starts with the scalar `c`.
    @inlinable @inline(__always) public func starts(with c: Unicode.Scalar) -> Bool { first == c }
    /// Whether the token is a comma, Arabic (،) or Latin (,).
    @inlinable @inline(__always) public var isComma: Bool { `is`(Arabic.comma) || `is`(",") }
}

/// One reading of a word: the word with some attached proclitics removed.
///
/// A form is a range of the article's folded scalars and a 64-bit FNV-1a key of its
/// letters; the matcher compares keys, never strings.
public struct TokenForm: Sendable, Hashable {
    /// Which proclitics were removed: none, conjunctions only (و ف س), or others (ب ل ك ال).
    /// A form stores none, conjunction or any; `preposition` (ب ل ك with no article, after an
    /// optional و ف) is told apart from the article only where a rule's first word is read
    /// (`cliticsRead(tokenStart:_:)`), so a rule can take the prepositions and not the article.
    public enum Clitics: UInt8, Sendable, Comparable {
        case none = 0, conjunction = 1, preposition = 2, any = 3
        public static func < (a: Clitics, b: Clitics) -> Bool { a.rawValue < b.rawValue }
    }
    /// FNV-1a hash of the form's letters.
    public var key: UInt64 {
        @inlinable @inline(__always) get { UInt64(keyHigh) << 32 | UInt64(keyLow) }
        set { keyLow = UInt32(truncatingIfNeeded: newValue); keyHigh = UInt32(truncatingIfNeeded: newValue >> 32) }
    }
    // 16 bytes a form: the key in two 32-bit halves (4-byte alignment), the start and the end in
    // 31 bits each, and in their two top bits which proclitics were removed, with or without the
    // ا read before the letters (four states: an `alef` form is always ل + ال, `.any`). A long
    // article holds a reading per word and more (7 million at 50 MB: issue #26). How many
    // scalars the form drops at the front of its word is not stored: it is `start` less the
    // token's start (every form of a word ends where the word ends, `Tokenizer.forms`).
    @usableFromInline var keyLow: UInt32
    @usableFromInline var keyHigh: UInt32
    @usableFromInline var startBits: UInt32
    @usableFromInline var endBits: UInt32
    @usableFromInline static let offsetMask: UInt32 = 0x7FFF_FFFF, flagBit: UInt32 = 0x8000_0000
    /// The folded range of the form's letters, read after an `ا` when `alef` is set (لل = ل + ال).
    public var start: Int { @inlinable @inline(__always) get { Int(startBits & TokenForm.offsetMask) } }
    public var end: Int { @inlinable @inline(__always) get { Int(endBits & TokenForm.offsetMask) } }
    /// Whether the form reads an `ا` before its letters (ل + ال written لل); such a form has
    /// removed a preposition (`clitics` is `.any`).
    public var alef: Bool {
        @inlinable @inline(__always) get { startBits & TokenForm.flagBit != 0 && endBits & TokenForm.flagBit != 0 }
    }
    /// Which proclitics were removed. The two flag bits: none 00, conjunction 01, any 10, any
    /// read after an ا 11 (start's bit first).
    public var clitics: Clitics {
        @inlinable @inline(__always) get {
            startBits & TokenForm.flagBit != 0 ? .any : endBits & TokenForm.flagBit != 0 ? .conjunction : .none
        }
    }

    public init(_ scalars: [Unicode.Scalar], _ range: Range<Int>, alef: Bool = false, clitics: Clitics) {
        self.init(key: scalars.withUnsafeBufferPointer { Tokenizer.key($0, range, alef: alef) }, range, alef: alef, clitics: clitics)
    }

    /// A form of the folded letters `range` (each bound at most `Int32.max`, as a token's);
    /// an `alef` form's clitics must be `.any` (the ل it follows is a preposition).
    @inlinable @inline(__always)
    @usableFromInline package init(key: UInt64, _ range: Range<Int>, alef: Bool, clitics: Clitics) {
        precondition(range.lowerBound >= 0 && range.upperBound <= Int(Int32.max) && (!alef || clitics == .any), "TokenForm: offset out of range, or an ا read with no preposition removed")
        keyLow = UInt32(truncatingIfNeeded: key); keyHigh = UInt32(truncatingIfNeeded: key >> 32)
        let (s, e): (UInt32, UInt32)
        switch clitics {
        case .none: (s, e) = (0, 0)
        case .conjunction: (s, e) = (0, TokenForm.flagBit)
        case .preposition, .any: (s, e) = (TokenForm.flagBit, alef ? TokenForm.flagBit : 0)
        }
        startBits = UInt32(truncatingIfNeeded: range.lowerBound) | s
        endBits = UInt32(truncatingIfNeeded: range.upperBound) | e
    }

    /// The number of letters of the form.
    public var count: Int { end - start + (alef ? 1 : 0) }

    /// Which proclitics the form removed from its word, which starts at `tokenStart`: `clitics`,
    /// except that a preposition alone — one of ب ل ك, after an optional و or ف, with no article
    /// — is `.preposition` (لمصدرين، وبحسب), not `.any` (المصدرين، للمصدرين، بالمصدرين).
    @inlinable @inline(__always)
    public func cliticsRead(tokenStart: Int, _ scalars: UncheckedView<Unicode.Scalar>) -> Clitics {
        guard startBits & TokenForm.flagBit != 0, !alef else { return clitics }
        switch start - tokenStart {
        case 1: return .preposition
        case 2:
            let c = scalars[tokenStart], p = scalars[tokenStart + 1]
            return (c == Arabic.waw || c == Arabic.faa) && (p == Arabic.baa || p == Arabic.lam || p == Arabic.kaf) ? .preposition : .any
        default: return .any
        }
    }
    /// The letters of the form.
    public func letters(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> { scalars[start..<end] }
    /// The form as a string.
    public func text(_ scalars: [Unicode.Scalar]) -> String { (alef ? String(Arabic.alef) : "") + Tokenizer.string(scalars[start..<end]) }
    /// Whether the form starts with these letters.
    @inline(__always)
    @inlinable public func hasPrefix<C: RandomAccessCollection>(_ p: [Unicode.Scalar], _ scalars: C) -> Bool where C.Element == Unicode.Scalar, C.Index == Int {
        guard p.count <= count else { return false }
        var i = start
        for (k, c) in p.enumerated() {
            if k == 0 && alef { if c != Arabic.alef { return false }; continue }
            if scalars[i] != c { return false }
            i += 1
        }
        return true
    }
}

/// A token whose readings are not held (a long article's, `Tokens.readingsHeld`), in 8 bytes,
/// not 12 (issue #26): its start, and `Token`'s word of small fields with the token's length in
/// place of the offset of its first reading (which only a text whose readings are held keeps;
/// `Tokens.withViews(readingsOf:_:)` works it out again for the matcher's chunk). A length of
/// `longLength` or more is kept aside (`Tokens.longEnds`): a run of 63 letters or digits.
@usableFromInline package struct PackedToken: Sendable {
    @usableFromInline var start32: Int32
    @usableFromInline var bits: UInt32
    /// The length that stands for "kept aside": the token's end is in `Tokens.longEnds`.
    @usableFromInline static let longLength = Int(Token.offsetMask)
    /// The token, its length in place of its readings' offset (`longLength` when aside).
    @inlinable @inline(__always) init(_ t: Token) {
        start32 = t.start32
        let length = UInt32(truncatingIfNeeded: Swift.min(t.end - t.start, PackedToken.longLength))
        bits = t.bits & ~(Token.offsetMask << Token.offsetShift) | length << Token.offsetShift
    }
    /// The token's length, or `longLength` when its end is kept aside.
    @inlinable @inline(__always) var length: Int { Int(bits >> Token.offsetShift & Token.offsetMask) }
    /// The token that ends at `end`, its readings' offset 0.
    @inlinable @inline(__always) func token(end: Int32) -> Token {
        Token(start32: start32, end32: end, bits: bits & ~(Token.offsetMask << Token.offsetShift))
    }
}

/// The tokens of a text with their letters and forms, stored flat.
public struct Tokens: RandomAccessCollection, Sendable {
    /// The folded scalars the tokens index (held compact after `holdCompact(_:)`; reading the
    /// array then traps — `letters(_:)` and `text(_:)` read either).
    @inlinable public var scalars: [Unicode.Scalar] {
        precondition(compact == nil, "the folded text is held compact: read letters(_:)")
        return heldScalars
    }
    @usableFromInline var heldScalars: [Unicode.Scalar]
    /// The folded scalars a byte each, when held so.
    public private(set) var compact: CompactScalars?
    /// The tokens, when their readings are held (`readingsHeld`; else empty: `packed`).
    @usableFromInline package private(set) var wide: [Token] = []
    /// The tokens of a text whose readings are not held (a long article's, issue #26), 8 bytes
    /// each (`PackedToken`); their readings' offsets are not kept (`self[i].formOffset` is 0),
    /// and the ends of tokens of `PackedToken.longLength` scalars or more are in `longEnds`.
    @usableFromInline private(set) var packed: [PackedToken] = []
    /// The tokens of `packed` kept aside by length: their indexes, ascending, and their ends.
    @usableFromInline private(set) var longTokens: [Int32] = [], longEnds: [Int32] = []
    /// The number of tokens.
    @usableFromInline let tokenCount: Int
    /// The forms of every word, token after token.
    public private(set) var forms: [TokenForm] = []
    /// `formBases[g]`: the index in `forms` of the first reading of token `g << Token.groupShift`
    /// (or of the reading after the last, when it has none): 4 bytes for 8 tokens, where a
    /// start in each token took 4 bytes a token (issue #26).
    public private(set) var formBases: [Int32] = []
    /// Whether `forms` holds the readings of every word (a text tokenized with
    /// `holdingReadings: false` holds none: `forms(_:)` makes a word's when asked, and the
    /// matcher a chunk's at a time, `withViews(readingsOf:_:)`; issue #26).
    public let readingsHeld: Bool

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { tokenCount }
    /// Token `i` (read from `wide`, or, for a text whose readings are not held, unpacked).
    @inlinable public subscript(i: Int) -> Token {
        @inline(__always) get {
            if UInt(bitPattern: i) < UInt(bitPattern: wide.count) { return wide.withUnsafeBufferPointer { $0[i] } }
            return packedToken(i)
        }
    }
    /// Token `i` of `packed` (moved to the front once released around it: `release(before:keeping:)`).
    @usableFromInline func packedToken(_ i: Int) -> Token {
        let p = i < decided ? keptToken(i) : packed[i]
        let length = p.length
        if length < PackedToken.longLength { return p.token(end: p.start32 &+ Int32(truncatingIfNeeded: length)) }
        let k = longTokens.partitionPoint { Int($0) < i }
        return p.token(end: longEnds[k])
    }
    /// Token `i`, decided (below `decided`) and kept, where it lies now in `packed`.
    @usableFromInline func keptToken(_ i: Int) -> PackedToken {
        let k = keptRuns.partitionPoint { Int($0.start) <= i } - 1
        guard k >= 0 && i < Int(keptRuns[k].end) else { return releasedToken(i) }
        return packed[Int(keptRuns[k].moved) + i - Int(keptRuns[k].start)]
    }

    /// Token `i`, released: its piece of the text tokenized again (`Tokenizer.forEachToken`), the
    /// same tokens, and kept for the next reads (`Pieces.recent`: a pass that reads the article in
    /// order, such as `SourceResolver.WordCounts` or the standards' reading of the claims,
    /// tokenizes each piece once; one that reads a claim and an earlier unit, such as the
    /// headline, or a claim across a piece's end, finds both pieces kept). A long article's
    /// labelled chunks keep no token (`ArticleText.releaseTokens(ofChunk:)`, mem32): every pass
    /// after labelling reads its tokens here.
    @usableFromInline func releasedToken(_ i: Int) -> PackedToken {
        guard let again else { preconditionFailure("a token released with no pieces kept") }
        let k = again.firstTokens.partitionPoint { $0 <= i } - 1
        let j = i - again.firstTokens[k]
        // (the lock's closures take no copy of these tokens: a copy retains every list of them,
        // on every read)
        if let t = again.recent.withLock({ $0.token(j, ofPiece: k) }) { return t }
        let made = retokenized(piece: k, again)
        let t = made[j]
        again.recent.withLock { $0.keep(made, asPiece: k) }
        return t
    }

    /// The pieces last tokenized again (`releasedToken`), at most `Recent.capacity`, the one
    /// read last first: the least recently read is dropped for a new one.
    @usableFromInline struct Recent: Sendable {
        /// The pieces kept: 16 pieces of `Tokenizer.chunk` scalars, about 2 MB of tokens (a
        /// binary search over the tokens, `OutletInference.ownPublished`, finds its first
        /// probes' pieces kept).
        static let capacity = 16
        var pieces: [Int] = []
        var tokens: [[PackedToken]] = []
        /// How many pieces were tokenized again (for tests: a pass in order tokenizes each once).
        private(set) var made = 0
        /// Token `j` of piece `k`, if the piece is kept (it is then the one read last).
        mutating func token(_ j: Int, ofPiece k: Int) -> PackedToken? {
            if let first = pieces.first, first == k { return tokens[0][j] }
            guard let at = pieces.firstIndex(of: k) else { return nil }
            let list = tokens.remove(at: at)
            pieces.remove(at: at)
            pieces.insert(k, at: 0)
            tokens.insert(list, at: 0)
            return tokens[0][j]
        }
        /// Keeps piece `k`'s tokens, just made, as the one read last (the least recently read
        /// dropped when the pieces kept are `capacity`).
        mutating func keep(_ made: [PackedToken], asPiece k: Int) {
            self.made += 1
            if let at = pieces.firstIndex(of: k) { pieces.remove(at: at); tokens.remove(at: at) }
            if pieces.count == Self.capacity { pieces.removeLast(); tokens.removeLast() }
            pieces.insert(k, at: 0)
            tokens.insert(made, at: 0)
        }
    }

    /// The tokens before this one are released or kept (`release(before:keeping:)`); 0 before
    /// the first release.
    public var releasedBefore: Int { decided }

    /// How many of the text's pieces were tokenized again to read released tokens (tests).
    package var piecesTokenizedAgain: Int { again?.recent.withLock { $0.made } ?? 0 }

    /// The tokens of piece `k` of the text, tokenized again: the first word's break carried
    /// from the piece before as it was.
    func retokenized(piece k: Int, _ again: Pieces) -> [PackedToken] {
        let r = again.cuts[k]..<again.cuts[k + 1]
        var out: [PackedToken] = []
        out.reserveCapacity(again.firstTokens[k + 1] - again.firstTokens[k])
        var firstWord = true
        func take(_ t: Token) {
            var t = t
            if firstWord && t.kind == .word { t.afterBreak = again.firstWordBreaks[k]; firstWord = false }
            out.append(PackedToken(t))
        }
        if let compact {
            Tokenizer.forEachToken(in: r, { r, write in compact.withScalars(r) { write($0) } }, take)
        } else {
            heldScalars.withUnsafeBufferPointer { b in Tokenizer.forEachToken(in: r, { _, write in write(b) }, take) }
        }
        precondition(out.count == again.firstTokens[k + 1] - again.firstTokens[k], "a piece tokenized again gives its tokens")
        return out
    }

    /// The pieces the text was tokenized in (`Tokenizer.pieces`): their scalar bounds, their
    /// first tokens (and the token count last), whether each one's first word follows a break;
    /// and the pieces last tokenized again (`releasedToken`). Made on the first release.
    @usableFromInline final class Pieces: Sendable {
        let cuts: [Int], firstTokens: [Int], firstWordBreaks: [Bool]
        let recent = Mutex<Recent>(Recent())
        init(cuts: [Int], firstTokens: [Int], firstWordBreaks: [Bool]) {
            self.cuts = cuts; self.firstTokens = firstTokens; self.firstWordBreaks = firstWordBreaks
        }
    }
    /// Set on the first release (`release(before:keeping:)`).
    @usableFromInline private(set) var again: Pieces? = nil

    /// `Pieces` of the text, read from the tokens before any is released.
    func pieces() -> Pieces {
        let cuts: [Int]
        if let compact { cuts = Tokenizer.pieces(compact, 0..<compact.count, chunk: Tokenizer.chunk) }
        else { cuts = heldScalars.withUnsafeBufferPointer { Tokenizer.pieces($0, 0..<$0.count, chunk: Tokenizer.chunk) } }
        var firsts: [Int] = [], breaks: [Bool] = []
        for (k, c) in cuts.enumerated() {
            let f = k == cuts.count - 1 ? tokenCount : packed.partitionPoint { Int($0.start32) < c }
            firsts.append(f)
            guard k < cuts.count - 1 else { break }
            var w = f
            while w < tokenCount && Int(packed[w].start32) < cuts[k + 1] && packed[w].bits & Token.punctBit != 0 { w += 1 }
            breaks.append(w < tokenCount && packed[w].bits & Token.breakBit != 0)
        }
        return Pieces(cuts: cuts, firstTokens: firsts, firstWordBreaks: breaks)
    }

    /// A run of kept tokens, `start ..< end`, now at `moved` in `packed`.
    @usableFromInline struct KeptRun: Sendable {
        @usableFromInline var start: Int32, end: Int32, moved: Int32
    }
    /// The kept tokens below `decided`, ascending (`release(before:keeping:)`).
    @usableFromInline private(set) var keptRuns: [KeptRun] = []
    /// The tokens before this one are decided: released, or kept and moved to `packed`'s front.
    @usableFromInline private(set) var decided = 0
    /// The number of tokens kept (`packed[..<keptCount]`).
    private var keptCount = 0

    /// Releases the tokens before `end` but those of `kept` — ranges ascending and disjoint, at or
    /// after the last call's `end`, up to this one's — of a text whose readings are not held (a
    /// long article's: its units no later stage reads, once labelled; issue #26, mem31). The
    /// kept tokens are moved to the front of the packed list, in place, and the memory between
    /// them and the undecided tokens is given back to the system a page at a time
    /// (`AddressSpace.givePagesBack`); the list is not copied unless another copy of these tokens shares it. Called with ascending `end`s, a
    /// chunk at a time. A released token is still read as it was (`releasedToken`: tokenized
    /// again from the text, slowly); `isHeld` tells. Nothing is released of tokens whose
    /// readings are held (an ordinary article's).
    public mutating func release(before end: Int, keeping kept: [Range<Int>]) {
        guard !readingsHeld else { return }
        precondition(end >= decided && end <= tokenCount, "tokens released in order")
        var last = decided
        for r in kept {
            precondition(r.lowerBound >= last && r.upperBound <= end, "kept ranges ascending, disjoint, among the tokens released")
            last = r.upperBound
        }
        if again == nil { again = pieces() }
        var write = keptCount
        var runs = keptRuns
        keptRuns = []
        let stride = MemoryLayout<PackedToken>.stride
        packed.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for r in kept where !r.isEmpty {
                // moved toward the front (a kept token is never written past one not yet read)
                if write != r.lowerBound { memmove(base + write, base + r.lowerBound, r.count * stride) }
                if let l = runs.last, Int(l.end) == r.lowerBound, Int(l.moved) + Int(l.end - l.start) == write {
                    runs[runs.count - 1].end = Int32(r.upperBound)
                } else {
                    runs.append(KeptRun(start: Int32(r.lowerBound), end: Int32(r.upperBound), moved: Int32(write)))
                }
                write += r.count
            }
            // the pages wholly between the kept tokens and the undecided ones (from the kept end, not
            // the last call's end: the page straddling that end is whole only now; a page given back
            // twice is harmless)
            let from = write, to = end
            if from < to { AddressSpace.givePagesBack(UnsafeMutableRawPointer(base + from), bytes: (to - from) * stride) }
        }
        keptRuns = runs
        keptCount = write
        decided = end
    }

    /// Whether token `i` is held: false once released (`release(before:keeping:)`).
    public func isHeld(_ i: Int) -> Bool {
        guard i < decided else { return true }
        let k = keptRuns.partitionPoint { Int($0.start) <= i } - 1
        return k >= 0 && i < Int(keptRuns[k].end)
    }

    /// The tokens of a text whose readings are not held, packed: `packed`, `longTokens`, `longEnds`.
    @usableFromInline package struct Packed {
        var tokens: [PackedToken]
        var longTokens: [Int32], longEnds: [Int32]
    }

    /// The folded letters of token `i`.
    /// (Inlinable, as `forms(_:)`: the labeller reads a word's letters per test, and inlined the
    /// slice is read in place, without a call that retains and releases the scalars for it.)
    /// A text held compact (`holdCompact(_:)`) gives the letters in an array of their own, indexed from 0.
    @inlinable public func letters(_ i: Int) -> ArraySlice<Unicode.Scalar> { letters(in: self[i].start..<self[i].end) }
    /// The folded letters of a form of one of these tokens (`TokenForm.letters`), however the text is held.
    @inlinable public func letters(_ f: TokenForm) -> ArraySlice<Unicode.Scalar> { letters(in: f.start..<f.end) }
    /// The folded scalars of range `r`, however the text is held (held compact: in an array of their own, indexed from 0).
    @inlinable public func letters(in r: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        if let compact { return compact.slice(r) }
        return heldScalars[r]
    }
    /// The folded text of token `i`.
    public func text(_ i: Int) -> String { Tokenizer.string(letters(i)) }
    /// The readings of word `i` (empty for punctuation); the first is the word itself. Made
    /// from the word's letters when the readings are not held (`readingsHeld`): the same values.
    @inlinable public func forms(_ i: Int) -> ArraySlice<TokenForm> { readingsHeld ? forms[formRange(i)] : readings(i) }
    /// The readings of word `i`, made from its letters (`Tokenizer.forms`).
    @usableFromInline func readings(_ i: Int) -> ArraySlice<TokenForm> {
        let t = self[i]
        guard t.kind == .word else { return [] }
        var out: [TokenForm] = []
        out.reserveCapacity(Int(t.formCount))
        guard let compact else {
            Tokenizer.forms(of: heldScalars, t.start..<t.end, into: &out)
            return out[...]
        }
        // the text held compact: the word's letters decoded, its readings made from them and
        // moved to the word's place in the text
        Tokenizer.forms(of: Array(compact.slice(t.start..<t.end)), 0..<(t.end - t.start), into: &out)
        for k in out.indices {
            let f = out[k]
            out[k] = TokenForm(key: f.key, (f.start + t.start)..<(f.end + t.start), alef: f.alef, clitics: f.clitics)
        }
        return out[...]
    }
    /// The range of word `i`'s readings in `forms` (the readings held: `readingsHeld`).
    @inlinable @inline(__always) public func formRange(_ i: Int) -> Range<Int> {
        let t = wide[i]
        let s = Int(formBases[i >> Token.groupShift]) + t.formOffset
        return s..<s + Int(t.formCount)
    }
    /// The text of a form of one of these tokens.
    public func text(_ f: TokenForm) -> String {
        guard let compact else { return f.text(heldScalars) }
        return (f.alef ? String(Arabic.alef) : "") + Tokenizer.string(compact.slice(f.start..<f.end))
    }

    /// Holds the folded scalars as `compact` (the text's, `NormalizedText.holdCompact(_:)`: the
    /// same scalars) instead of the array, for tokens whose readings are not held (a long
    /// article's, once the matcher has run: issue #26). `letters`, `text` and `forms` read the
    /// same values from it; `scalars` traps.
    public mutating func holdCompact(_ compact: CompactScalars) {
        precondition(compact.count == heldScalars.count || self.compact != nil, "the tokens' own text")
        precondition(!readingsHeld, "a text whose readings are held keeps its array (its readings index it)")
        self.compact = compact
        heldScalars = []
    }

    /// Drops the readings of every word (the matcher's and the labeller's, 16 bytes each, about
    /// two bytes per byte of Arabic text), keeping the tokens and their letters: for the stages
    /// after labelling, which read letters only. `forms(_:)` traps afterwards.
    /// (Nothing to drop when they are not held.)
    public mutating func releaseForms() { forms = []; formBases = [] }

    @usableFromInline package init(scalars: [Unicode.Scalar], tokens: [Token] = [], forms: [TokenForm] = [], formBases: [Int32] = []) {
        precondition(formBases.count == (tokens.count + (1 << Token.groupShift) - 1) >> Token.groupShift, "a first reading for every group of tokens")
        self.heldScalars = scalars; self.wide = tokens; self.forms = forms; self.formBases = formBases; readingsHeld = true
        tokenCount = tokens.count
    }

    /// Tokens whose readings are not held (`readingsHeld`), held packed (`PackedToken`); each
    /// token's reading count is that of the tokens of the same text with their readings.
    @usableFromInline package init(scalars: [Unicode.Scalar], readinglessTokens tokens: Packed) {
        self.heldScalars = scalars; readingsHeld = false
        tokenCount = tokens.tokens.count; packed = tokens.tokens; longTokens = tokens.longTokens; longEnds = tokens.longEnds
    }

    /// Tokens of a text held compact, whose readings are not held (`Tokenizer.tokenizeWithoutReadings(_:)`).
    @usableFromInline package init(compact: CompactScalars, readinglessTokens tokens: Packed) {
        self.heldScalars = []; self.compact = compact; readingsHeld = false
        tokenCount = tokens.tokens.count; packed = tokens.tokens; longTokens = tokens.longTokens; longEnds = tokens.longEnds
    }

    /// The number of entries of `formBases` for `tokenCount` tokens.
    @inlinable @inline(__always) @usableFromInline package static func groups(_ tokenCount: Int) -> Int {
        (tokenCount + (1 << Token.groupShift) - 1) >> Token.groupShift
    }
}

/// Splits folded text into word and punctuation tokens.
public enum Tokenizer {
    @usableFromInline package static let alef: Unicode.Scalar = Arabic.alef, lam: Unicode.Scalar = Arabic.lam
    @usableFromInline package static let waw: Unicode.Scalar = Arabic.waw, faa: Unicode.Scalar = Arabic.faa
    @usableFromInline package static let baa: Unicode.Scalar = Arabic.baa, kaf: Unicode.Scalar = Arabic.kaf, seen: Unicode.Scalar = Arabic.seen
    /// The prefixes of the imperfect: ي ت ن ا
    @inlinable @inline(__always) @usableFromInline package static func isImperfectPrefix(_ s: Unicode.Scalar) -> Bool {
        switch s { case Arabic.ya, Arabic.ta, Arabic.nun, Arabic.alef: true; default: false }
    }

    @inlinable @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v)
            || (0x0621...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
            || (0xC0...0x24F).contains(v)
    }

    /// Punctuation no cue pattern spans: , ، . : ؛ ; ( ) ? ؟ ! line breaks [ ] - – — /
    @inlinable @inline(__always) public static func isHardBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2C, 0x060C, 0x2E, 0x3A, 0x061B, 0x3B, 0x28, 0x29, 0x3F, 0x061F, 0x21, 0x0A, 0x0D, 0x5B, 0x5D, 0x2D, 0x2013, 0x2014, 0x2F: true
        default: false
        }
    }

    /// Scalar classes for the tokenizer: a letter or digit, white space, a hard break
    /// (punctuation no pattern spans), a line break (white space that breaks), another mark.
    @usableFromInline package static let word: UInt8 = 0, space: UInt8 = 1, hard: UInt8 = 2, mark: UInt8 = 3, lineBreak: UInt8 = 4
    @inlinable @inline(__always) @usableFromInline package static func scalarClass(_ s: Unicode.Scalar) -> UInt8 {
        if isWordScalar(s) { return word }
        let sp = isSpace(s), br = isHardBreak(s)
        return sp ? (br ? lineBreak : space) : (br ? hard : mark)
    }
    /// The class of every scalar below U+0700 (Latin and Arabic), looked up once per scalar.
    @usableFromInline package static let classes: [UInt8] = (0..<0x700).map { v in
        scalarClass(Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}")
    }

    /// Tokenizes folded scalars in `range`.
    public static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> Tokens {
        tokenize(scalars, range: range, chunk: chunk)
    }

    /// Where `range` is cut into pieces of about `chunk` scalars, between words: the first
    /// piece's start, then each piece's end (the last is `range`'s end).
    static func pieces<C: RandomAccessCollection>(_ buffer: C, _ r: Range<Int>, chunk: Int) -> [Int] where C.Element == Unicode.Scalar, C.Index == Int {
        var cuts = [r.lowerBound]
        while cuts.last! < r.upperBound {
            var end = min(r.upperBound, cuts.last! + Swift.max(1, chunk))
            while end < r.upperBound && scalarClass(of: buffer[end]) == word { end += 1 }
            cuts.append(end)
        }
        return cuts
    }

    /// Tokenizes `scalars[range]`; a text of more than `chunk` scalars is counted first in
    /// pieces of about `chunk` scalars, so that its token and reading arrays are allocated once
    /// at their size (appended piece after piece, they doubled as they grew: up to three times
    /// their size was live at once, 40 % of a long article's peak memory).
    @usableFromInline package static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>?, chunk: Int) -> Tokens {
        let r = range ?? 0..<scalars.count
        return scalars.withUnsafeBufferPointer { buffer in
            var pendingBreak = false
            guard r.count > chunk else {
                let (tokens, forms, bases) = tokenize(buffer, r, pendingBreak: &pendingBreak)
                return Tokens(scalars: scalars, tokens: tokens, forms: forms, formBases: bases)
            }
            // the counts, piece after piece (cut between words), in buffers of one piece
            var tokenTotal = 0, formTotal = 0
            let cuts = pieces(buffer, r, chunk: chunk)
            for k in 1..<cuts.count {
                let piece = tokenize(buffer, cuts[k - 1]..<cuts[k], pendingBreak: &pendingBreak)
                tokenTotal += piece.tokens.count; formTotal += piece.forms.count
            }
            // then the whole range at once into arrays of exactly that size
            var forms: [TokenForm] = [], bases: [Int32] = []
            let tokens = [Token](unsafeUninitializedCapacity: tokenTotal) { tokenBuffer, tokenCount in
                forms = [TokenForm](unsafeUninitializedCapacity: formTotal) { formBuffer, formCount in
                    bases = [Int32](unsafeUninitializedCapacity: Tokens.groups(tokenTotal)) { baseBuffer, baseCount in
                        pendingBreak = false
                        let (t, f) = write(buffer, r, tokens: tokenBuffer.baseAddress!, forms: formBuffer.baseAddress!, bases: baseBuffer.baseAddress!,
                                           pendingBreak: &pendingBreak)
                        precondition(t == tokenTotal && f == formTotal, "a text tokenized whole gives the tokens of its pieces")
                        formCount = f
                        tokenCount = t
                        baseCount = Tokens.groups(t)
                    }
                }
            }
            return Tokens(scalars: scalars, tokens: tokens, forms: forms, formBases: bases)
        }
    }

    /// Tokenizes folded scalars; with `holdingReadings` false, the tokens hold no readings
    /// (`Tokens.readingsHeld`: 16 bytes a reading, 2.3 bytes per byte of a long Arabic
    /// article, issue #26): they are made piece by piece here, to count them, and dropped.
    /// The tokens are those `tokenize(_:range:)` gives, field for field.
    public static func tokenize(_ scalars: [Unicode.Scalar], holdingReadings: Bool) -> Tokens {
        holdingReadings ? tokenize(scalars) : tokenizeWithoutReadings(scalars, chunk: chunk)
    }

    /// `tokenize(_:holdingReadings: false)`, in pieces of about `chunk` scalars.
    @usableFromInline package static func tokenizeWithoutReadings(_ scalars: [Unicode.Scalar], chunk: Int) -> Tokens {
        let tokens: Tokens.Packed = scalars.withUnsafeBufferPointer { buffer in
            readinglessTokens(pieces(buffer, 0..<scalars.count, chunk: chunk)) { _, write in write(buffer) }
        }
        return Tokens(scalars: scalars, readinglessTokens: tokens)
    }

    /// `tokenize(_:holdingReadings: false)` of a text held compact (a long article's, folded at
    /// a byte a scalar: `Normalizer.normalize(scalars:compactAbove:)`): the same tokens, each
    /// piece read from a buffer of that piece's scalars decoded (`CompactScalars.withScalars`),
    /// so that the text is never held at 4 bytes a scalar (issue #26).
    public static func tokenizeWithoutReadings(_ text: CompactScalars) -> Tokens { tokenizeWithoutReadings(text, chunk: chunk) }

    /// `tokenizeWithoutReadings(_:)` in pieces of about `chunk` scalars.
    package static func tokenizeWithoutReadings(_ text: CompactScalars, chunk: Int) -> Tokens {
        let tokens = readinglessTokens(pieces(text, 0..<text.count, chunk: chunk)) { r, write in text.withScalars(r) { write($0) } }
        return Tokens(compact: text, readinglessTokens: tokens)
    }

    /// The tokens of the pieces between `cuts` (`pieces`), with no readings: `piece(r, write)`
    /// calls `write` with a buffer whose elements `r` are the text's scalars `r` (the whole
    /// text's, or those of the piece alone at the same indexes).
    static func readinglessTokens(_ cuts: [Int], _ piece: (Range<Int>, (UnsafeBufferPointer<Unicode.Scalar>) -> Void) -> Void) -> Tokens.Packed {
        let widest = zip(cuts, cuts.dropFirst()).map { $1 - $0 }.max() ?? 0
        // a piece's tokens and readings written to buffers of one piece (see `Writer`): first
        // to count the tokens, then each piece's tokens copied to an array of exactly that size
        let pieceTokens = UnsafeMutablePointer<Token>.allocate(capacity: Swift.max(widest, 1))
        let pieceForms = UnsafeMutablePointer<TokenForm>.allocate(capacity: Swift.max(widest, 1))
        let pieceBases = UnsafeMutablePointer<Int32>.allocate(capacity: Tokens.groups(Swift.max(widest, 1)))
        defer { pieceTokens.deallocate(); pieceForms.deallocate(); pieceBases.deallocate() }
        var pendingBreak = false, total = 0
        /// The number of tokens of piece `k`, written to `pieceTokens`.
        func writePiece(_ k: Int) -> Int {
            let r = cuts[k - 1]..<cuts[k]
            var n = 0
            piece(r) { buffer in n = Tokenizer.write(buffer, r, tokens: pieceTokens, forms: pieceForms, bases: pieceBases, pendingBreak: &pendingBreak).0 }
            return n
        }
        for k in 1..<cuts.count { total += writePiece(k) }
        var longTokens: [Int32] = [], longEnds: [Int32] = []
        // packed (`PackedToken`): no offset of a token's readings is kept (a text whose readings
        // are not held has none to find), and the ends of long tokens are kept aside
        let tokens = [PackedToken](unsafeUninitializedCapacity: total) { out, count in
            pendingBreak = false
            var t = 0
            for k in 1..<cuts.count {
                let n = writePiece(k)
                precondition(t + n <= total, "a text tokenized again gives the same tokens")
                for j in 0..<n {
                    let token = pieceTokens[j]
                    if token.end - token.start >= PackedToken.longLength {
                        longTokens.append(Int32(t + j)); longEnds.append(token.end32)
                    }
                    (out.baseAddress! + t + j).initialize(to: PackedToken(token))
                }
                t += n
            }
            precondition(t == total, "a text tokenized again gives the same tokens")
            count = t
        }
        return Tokens.Packed(tokens: tokens, longTokens: longTokens, longEnds: longEnds)
    }

    /// Calls `body` with every token of the text's scalars `r`, tokenized as a piece of its own
    /// (no break carried in): `piece(r, write)` calls `write` with a buffer whose elements `r`
    /// are the text's (as in `readinglessTokens`). No list of the tokens is kept.
    package static func forEachToken(in r: Range<Int>, _ piece: (Range<Int>, (UnsafeBufferPointer<Unicode.Scalar>) -> Void) -> Void,
                                     _ body: (Token) -> Void) {
        let n = Swift.max(r.count, 1)
        let tokens = UnsafeMutablePointer<Token>.allocate(capacity: n)
        let forms = UnsafeMutablePointer<TokenForm>.allocate(capacity: n)
        let bases = UnsafeMutablePointer<Int32>.allocate(capacity: Tokens.groups(n))
        defer { tokens.deallocate(); forms.deallocate(); bases.deallocate() }
        var pendingBreak = false, count = 0
        piece(r) { buffer in count = Tokenizer.write(buffer, r, tokens: tokens, forms: forms, bases: bases, pendingBreak: &pendingBreak).0 }
        for j in 0..<count { body(tokens[j]) }
    }

    /// The scalars tokenized at once: a longer text is cut into pieces of about this many.
    @usableFromInline package static let chunk = 1 << 16

    /// The class of `s`: from `classes` (the table `Tokenizer.classes`) below U+0700.
    @inlinable @inline(__always) @usableFromInline package static func scalarClass(_ s: Unicode.Scalar, _ classes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let v = Int(s.value)
        return v < classes.count ? classes[v] : scalarClass(s)
    }
    @inlinable @inline(__always) @usableFromInline package static func scalarClass(of s: Unicode.Scalar) -> UInt8 { classes.withUnsafeBufferPointer { scalarClass(s, $0) } }

    /// Writes tokens and their readings into buffers sized for the worst case (a token holds
    /// at least one scalar, and a word of L letters has at most L readings: see `forms`), so
    /// no write checks a capacity. Shared by `tokenize` and `OnePassReader`.
    @usableFromInline package struct Writer {
        @usableFromInline package let text: UnsafeBufferPointer<Unicode.Scalar>
        @usableFromInline package let tokens: UnsafeMutablePointer<Token>
        @usableFromInline package let forms: UnsafeMutablePointer<TokenForm>
        /// The first reading of every group of tokens (`Tokens.formBases`).
        @usableFromInline package let bases: UnsafeMutablePointer<Int32>
        @usableFromInline package var tokenCount = 0, formCount = 0
        /// A hard punctuation mark or a line break came after the last word.
        @usableFromInline package var pendingBreak: Bool

        /// The offset of the next token's first reading from its group's, the group's first
        /// reading written when the token opens a group.
        @usableFromInline @inlinable @inline(__always) package func formOffset() -> Int {
            let g = tokenCount >> Token.groupShift
            if tokenCount & ((1 << Token.groupShift) - 1) == 0 {
                (bases + g).initialize(to: Int32(formCount))
                return 0
            }
            return formCount - Int(bases[g])
        }

        /// The word `text[b ..< e]` and its readings.
        @usableFromInline @inlinable @inline(__always) package mutating func word(_ b: Int, _ e: Int) {
            let offset = formOffset()
            let n = Tokenizer.forms(of: text, b..<e, writingTo: forms + formCount)
            (tokens + tokenCount).initialize(to: Token(kind: .word, start: b, end: e, first: text[b], afterBreak: pendingBreak,
                                                       formOffset: offset, formCount: Int32(n)))
            tokenCount &+= 1; formCount &+= n
            pendingBreak = false
        }
        /// The scalar at `k`, of class `c` (not a word's).
        @inlinable @inline(__always) @usableFromInline package mutating func other(_ k: Int, _ c: UInt8) {
            if c == Tokenizer.hard || c == Tokenizer.mark {
                (tokens + tokenCount).initialize(to: Token(kind: .punct, start: k, end: k + 1, first: text[k], afterBreak: false,
                                                           formOffset: formOffset(), formCount: 0))
                tokenCount &+= 1
            }
            if c == Tokenizer.hard || c == Tokenizer.lineBreak { pendingBreak = true }
        }
    }

    /// Tokenizes `scalars[r]` (see `Writer`).
    @usableFromInline package static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>,
                                                   pendingBreak: inout Bool) -> (tokens: [Token], forms: [TokenForm], bases: [Int32]) {
        var forms: [TokenForm] = [], bases: [Int32] = []
        guard !r.isEmpty else { return ([], [], []) }
        let tokens = [Token](unsafeUninitializedCapacity: r.count) { tokenBuffer, tokenCount in
            forms = [TokenForm](unsafeUninitializedCapacity: r.count) { formBuffer, formCount in
                bases = [Int32](unsafeUninitializedCapacity: Tokens.groups(r.count)) { baseBuffer, baseCount in
                    (tokenCount, formCount) = write(scalars, r, tokens: tokenBuffer.baseAddress!, forms: formBuffer.baseAddress!,
                                                    bases: baseBuffer.baseAddress!, pendingBreak: &pendingBreak)
                    baseCount = Tokens.groups(tokenCount)
                }
            }
        }
        return (tokens, forms, bases)
    }

    /// Writes the tokens and readings of `scalars[r]` to buffers with room for them (see
    /// `Writer`); returns how many of each.
    @usableFromInline package static func write(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, tokens: UnsafeMutablePointer<Token>,
                                                forms: UnsafeMutablePointer<TokenForm>, bases: UnsafeMutablePointer<Int32>,
                                                pendingBreak: inout Bool) -> (Int, Int) {
        classes.withUnsafeBufferPointer { classes in
            var out = Writer(text: scalars, tokens: tokens, forms: forms, bases: bases, pendingBreak: pendingBreak)
            var i = r.lowerBound
            while i < r.upperBound {
                let c = scalarClass(scalars[i], classes)
                if c == Self.word {
                    var j = i + 1
                    while j < r.upperBound && scalarClass(scalars[j], classes) == Self.word { j += 1 }
                    out.word(i, j)
                    i = j
                } else {
                    out.other(i, c)
                    i += 1
                }
            }
            pendingBreak = out.pendingBreak
            return (out.tokenCount, out.formCount)
        }
    }

    /// A string from scalars, encoded straight into the string's UTF-8 storage.
    @inlinable @inline(__always)
    @usableFromInline package static func string(_ s: ArraySlice<Unicode.Scalar>) -> String { ScalarText.string(s) }

    /// White space: Unicode's White_Space property, written out (a property lookup costs a
    /// table search, and « » “ ” are on every line of Arabic news).
    @inlinable @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The key the matcher looks a run of letters up by: a polynomial hash read from the last
    /// letter back, `h = (h + c) × P` for each letter `c` (mod 2^64). Read that way, the key of
    /// every suffix of a word is a state the hash passes through, so all the readings of a word
    /// (which drop letters at its front) are keyed in one pass over its letters.
    @inlinable
    public static func key<C: BidirectionalCollection>(_ s: C, alef: Bool = false) -> UInt64 where C.Element == Unicode.Scalar {
        var h: UInt64 = 0
        for c in s.reversed() { step(&h, c) }
        if alef { step(&h, Tokenizer.alef) }  // the ا a form reads before its letters (لل = ل + ال)
        return h
    }

    /// The multiplier of word keys: odd (so no letter's weight is ever lost), and with its
    /// bits spread, so that every letter moves the key's top bits (the matcher's first filter).
    @usableFromInline package static let keyMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// One letter of a word key.
    @usableFromInline @inlinable @inline(__always) package static func step(_ h: inout UInt64, _ c: Unicode.Scalar) { h = (h &+ UInt64(c.value)) &* keyMultiplier }

    /// FNV-1a: the starting value, and one step per scalar (the source resolver's skeleton keys).
    @usableFromInline package static let fnvBasis: UInt64 = 0xcbf29ce484222325
    @inlinable @inline(__always) @usableFromInline package static func mix(_ h: inout UInt64, _ c: Unicode.Scalar) { h ^= UInt64(c.value); h &*= 0x100000001b3 }

    /// The key of a folded word of pattern text.
    public static func key(_ word: String) -> UInt64 {
        // the scalars copied out, then hashed back to front through a buffer: the generic
        // reversed walk of a String's scalars is most of a debug build's pattern compilation
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(word.utf8.count)
        for c in word.unicodeScalars { scalars.append(c) }
        return scalars.withUnsafeBufferPointer { b in
            var h: UInt64 = 0
            var i = b.count
            while i > 0 { i -= 1; step(&h, b[i]) }
            return h
        }
    }

    /// The key of `s[range]`, as `key(_:alef:)`.
    @inlinable @inline(__always)
    @usableFromInline package static func key(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, alef: Bool = false) -> UInt64 {
        key(UnsafeBufferPointer(rebasing: s[range]), alef: alef)
    }

    /// The readings of a word: itself, and with conjunction, future, preposition and article proclitics removed.
    public static func forms(of w: [Unicode.Scalar]) -> [TokenForm] {
        var out: [TokenForm] = []
        forms(of: w, 0..<w.count, into: &out)
        return out
    }

    /// Appends the readings of the word `scalars[range]` to `out`.
    @usableFromInline package static func forms(of w: [Unicode.Scalar], _ range: Range<Int>, into out: inout [TokenForm]) {
        w.withUnsafeBufferPointer { forms(of: $0, range, into: &out) }
    }

    /// Appends the readings of the word `w[range]` to `out`.
    @usableFromInline package static func forms(of w: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into out: inout [TokenForm]) {
        withUnsafeTemporaryAllocation(of: TokenForm.self, capacity: max(range.count, 1)) { buffer in
            let n = forms(of: w, range, writingTo: buffer.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: n))
        }
    }

    /// Writes the readings of the word `w[range]` at `out` and returns how many: at most the
    /// number of its letters (one reading each for the word, an optional conjunction, a future
    /// prefix, and up to two for a preposition or the article — and each drops a letter more).
    @discardableResult
    @usableFromInline package static func forms(of w: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, writingTo out: UnsafeMutablePointer<TokenForm>) -> Int {
        let b = range.lowerBound, e = range.upperBound, n = range.count
        // the keys of the word from its letters b, b+1 ... b+4 on: one pass from its last letter
        // back (see `key`); no reading drops more than four letters
        var h: UInt64 = 0
        var i = e
        while i > b + 5 { i -= 1; step(&h, w[i]) }
        @inline(__always) func back(_ k: Int) -> UInt64 {  // the key from letter b+k on (the word's, for a k past its end: never read)
            if b + k < e { step(&h, w[b + k]) }
            return h
        }
        let s4 = back(4), s3 = back(3), s2 = back(2), s1 = back(1), s0 = back(0)
        var count = 0
        @inline(__always) func form(_ from: Int, alef: Bool = false, _ clitics: TokenForm.Clitics) {
            var k: UInt64
            switch from - b { case 0: k = s0; case 1: k = s1; case 2: k = s2; case 3: k = s3; default: k = s4 }
            if alef { step(&k, Tokenizer.alef) }
            (out + count).initialize(to: TokenForm(key: k, from..<e, alef: alef, clitics: clitics))
            count += 1
        }
        form(b, .none)
        var p = 0
        var cls = TokenForm.Clitics.none
        if (n >= 4 && (w[b] == waw || w[b] == faa)) || (n == 3 && w[b] == waw) {
            p = 1; cls = .conjunction
            form(b + 1, .conjunction)
        }
        if n - p >= 4 && w[b + p] == seen && isImperfectPrefix(w[b + p + 1]) {
            form(b + p + 1, cls)
        }
        if n - p >= 4 && w[b + p] == lam && w[b + p + 1] == lam {
            // ل + ال written لل
            form(b + p + 1, alef: true, .any)
            form(b + p + 2, .any)
        } else if n - p >= 3 && (w[b + p] == baa || w[b + p] == lam || w[b + p] == kaf) {
            form(b + p + 1, .any)
            if n - p >= 5 && w[b + p + 1] == alef && w[b + p + 2] == lam {
                form(b + p + 3, .any)
            }
        } else if n - p >= 4 && w[b + p] == alef && w[b + p + 1] == lam {
            form(b + p + 2, .any)
        }
        return count
    }
}
