import IsnadModel

// Tables read in the engine's hottest loops (the cue matcher's trie walk, once per word and
// reading of an article), kept here with the rest of the unsafe code, behind three types:
//
// - `UncheckedView`: a read-only view of contiguous elements, indexed without a bounds check
//   and copied without reference counting. Valid only while what it views lives and is not
//   mutated: made by `UncheckedView.with` for the length of a closure, or by `FrozenArray.view`
//   for the life of the frozen array.
// - `FrozenArray`: an immutable copy of an array in memory of its own, which owns it; its
//   `view` is how a scan reads it.
// - `KeyedEdges`: a frozen map (node, 64-bit key) → child node, for a trie of words whose word
//   edges are looked up by key: open addressing at most half full, and two filters of one bit
//   per edge that reject most keys that continue nothing before the table is probed.
//
// Every index passed to these types must be in range: in release builds nothing checks it
// (debug builds of the project are optimised too, and do not either). The callers' tables are
// built so that every index they store is valid (`CueMatcher` is the one user).

/// A read-only view of `count` contiguous elements, indexed from 0 without a bounds check.
///
/// A view holds no reference: copying one costs nothing. It is valid only while the memory it
/// views lives unchanged — inside the closure of `with(_:_:)`, or while the `FrozenArray` whose
/// `view` it is lives. Do not keep one past that.
public struct UncheckedView<Element>: RandomAccessCollection {
    @usableFromInline let base: UnsafePointer<Element>?
    public let count: Int

    @inlinable @inline(__always) init(_ base: UnsafePointer<Element>?, _ count: Int) { self.base = base; self.count = count }

    public var startIndex: Int { @inlinable @inline(__always) get { 0 } }
    public var endIndex: Int { @inlinable @inline(__always) get { count } }
    @inlinable @inline(__always) public func index(after i: Int) -> Int { i &+ 1 }
    @inlinable @inline(__always) public func index(before i: Int) -> Int { i &- 1 }

    /// Element `i` (0 ≤ `i` < `count`, unchecked in release builds).
    @inlinable @inline(__always) public subscript(i: Int) -> Element {
        assert(i >= 0 && i < count, "UncheckedView index out of range")
        return base.unsafelyUnwrapped[i]
    }

    /// The elements `range` of this view, as a view of their own (indexed from 0).
    @inlinable @inline(__always) public func rebased(_ range: Range<Int>) -> UncheckedView<Element> {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "UncheckedView range out of range")
        return UncheckedView(base.map { $0 + range.lowerBound }, range.count)
    }

    /// Calls `body` with a view of `array`'s elements, valid inside `body` only.
    @inlinable @inline(__always)
    public static func with<R>(_ array: [Element], _ body: (UncheckedView<Element>) throws -> R) rethrows -> R {
        try array.withUnsafeBufferPointer { try body(UncheckedView($0.baseAddress, $0.count)) }
    }
}

/// An immutable copy of an array in memory of its own, read through `view` with no bounds
/// check and no reference counting per element. The frozen array owns the memory: a view of it
/// is valid while some copy of the frozen array lives.
public struct FrozenArray<Element> {
    /// Owns the memory (freed with the last copy of the frozen array).
    @usableFromInline final class Storage {
        @usableFromInline let base: UnsafeMutablePointer<Element>
        @usableFromInline let count: Int
        init(_ elements: [Element]) {
            count = elements.count
            base = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
            _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: elements)
        }
        deinit { base.deinitialize(count: count); base.deallocate() }
    }
    @usableFromInline let storage: Storage

    /// A frozen copy of `elements`.
    public init(_ elements: [Element]) { storage = Storage(elements) }

    public var count: Int { storage.count }
    /// A view of the elements, valid while this frozen array (or a copy of it) lives.
    public var view: UncheckedView<Element> { @inlinable @inline(__always) get { UncheckedView(UnsafePointer(storage.base), storage.count) } }
    /// Element `i`, checked (for building and tests; a scan reads `view`).
    public subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "FrozenArray index out of range")
        return storage.base[i]
    }
}

/// Shared between threads as its elements are: the memory is never written after the copy, and
/// every worker of a run reads the matcher's tables at once.
extension FrozenArray: @unchecked Sendable where Element: Sendable {}

/// A frozen map from (node, key) to a child node: the word edges of a trie whose nodes are
/// numbered from 0 (the root) and whose words are 64-bit keys (`Tokenizer.key`).
///
/// The edges are kept in an open-addressing table sized to a power of two at most half full.
/// Two filters of one bit per edge answer most lookups of a key that continues nothing without
/// touching the table: the root filter, by the key's top 16 bits, for the root's edges (most
/// words of an article start no pattern); the edge filter, 32 KB, by bits of the edge's hash
/// that the slot index does not use, for every node (most words after a node continue none of
/// its patterns; the filter stays in the cache where the slot probed would be a miss). A key
/// that passes a filter is looked up in the table, so a lookup answers exactly what the edges
/// say.
public struct KeyedEdges: Sendable {
    /// One edge of the table; `child < 0` marks an empty slot.
    @usableFromInline struct Slot: Sendable { @usableFromInline var key: UInt64 = 0; @usableFromInline var node: Int32 = -1; @usableFromInline var child: Int32 = -1 }
    @usableFromInline let slots: FrozenArray<Slot>
    @usableFromInline let rootFilter: FrozenArray<UInt64>
    @usableFromInline let edgeFilter: FrozenArray<UInt64>
    @usableFromInline let mask: Int
    /// The number of edges.
    public let count: Int

    /// The bits of the edge filter.
    @inlinable static var edgeFilterBits: Int { 1 << 18 }

    /// The table of `edges`, each (node, key) at most once, every node and child below 2³¹.
    /// Edges are placed in the order given: the same edges in the same order make the same table.
    public init<S: Sequence>(_ edges: S) where S.Element == (node: Int, key: UInt64, child: Int) {
        let list = Array(edges)
        var size = 16
        while size < list.count * 2 { size <<= 1 }
        let mask = size - 1
        var slots = [Slot](repeating: Slot(), count: size)
        var rootFilter = [UInt64](repeating: 0, count: 1024)
        var edgeFilter = [UInt64](repeating: 0, count: Self.edgeFilterBits / 64)
        for (node, key, child) in list {
            precondition(node >= 0 && node <= Int(Int32.max) && child >= 0 && child <= Int(Int32.max), "KeyedEdges: node or child out of range")
            if node == 0 { let f = Int(key >> 48); rootFilter[f >> 6] |= 1 << UInt64(f & 63) }
            let h = Self.hash(key, node)
            let e = Self.edgeBit(h); edgeFilter[e >> 6] |= 1 << UInt64(e & 63)
            var i = h & mask
            while slots[i].child >= 0 {
                precondition(slots[i].key != key || Int(slots[i].node) != node, "KeyedEdges: edge (\(node), \(key)) given twice")
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, node: Int32(node), child: Int32(child))
        }
        self.slots = FrozenArray(slots)
        self.rootFilter = FrozenArray(rootFilter)
        self.edgeFilter = FrozenArray(edgeFilter)
        self.mask = mask
        self.count = list.count
    }

    /// The hash of an edge: the slot index is its low bits (under `mask`), the edge filter's bit
    /// some of its higher ones.
    @inlinable @inline(__always) static func hash(_ key: UInt64, _ node: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (UInt64(node) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9) >> 17)
    }
    /// An edge's bit in the edge filter: bits of its hash above those of any slot index (the
    /// table has fewer than 2²⁰ slots for the packs the loader takes; above that the filter
    /// only rejects less).
    @inlinable @inline(__always) static func edgeBit(_ hash: Int) -> Int { (hash >> 20) & (edgeFilterBits - 1) }

    /// The child of `node` along `key` (checked lookups, for building and tests; a scan uses `reader`).
    public func child(_ node: Int, _ key: UInt64) -> Int? { reader.child(node, key) }

    /// What a scan reads the table through: views of its memory, copied without reference
    /// counting. Valid while this table (or a copy of it) lives.
    public var reader: Reader {
        @inlinable @inline(__always) get { Reader(slots: slots.view, rootFilter: rootFilter.view, edgeFilter: edgeFilter.view, mask: mask) }
    }

    /// Lookups in a `KeyedEdges`, valid while the table lives.
    public struct Reader {
        @usableFromInline let slots: UncheckedView<Slot>
        @usableFromInline let rootFilter: UncheckedView<UInt64>
        @usableFromInline let edgeFilter: UncheckedView<UInt64>
        @usableFromInline let mask: Int
        @inlinable @inline(__always) init(slots: UncheckedView<Slot>, rootFilter: UncheckedView<UInt64>, edgeFilter: UncheckedView<UInt64>, mask: Int) {
            self.slots = slots; self.rootFilter = rootFilter; self.edgeFilter = edgeFilter; self.mask = mask
        }

        /// The child of `node` along `key`, or nil when the node has no such edge.
        @inlinable @inline(__always) public func child(_ node: Int, _ key: UInt64) -> Int? {
            let h = KeyedEdges.hash(key, node)
            let e = KeyedEdges.edgeBit(h)
            guard edgeFilter[e >> 6] & (1 << UInt64(e & 63)) != 0 else { return nil }
            var i = h & mask
            while true {
                let s = slots[i]
                if s.child < 0 { return nil }
                if s.key == key && Int(s.node) == node { return Int(s.child) }
                i = (i + 1) & mask
            }
        }

        /// The child of the root (node 0) along `key`: the root filter first, then `child`.
        @inlinable @inline(__always) public func rootChild(_ key: UInt64) -> Int? {
            let f = Int(key >> 48)
            guard rootFilter[f >> 6] & (1 << UInt64(f & 63)) != 0 else { return nil }
            return child(0, key)
        }
    }
}

extension Tokens {
    /// Calls `body` with views of the tokens, their readings and the folded scalars, valid
    /// inside `body` only (a scan over every word reads them with no bounds check).
    @inlinable @inline(__always)
    public func withViews<R>(_ body: (UncheckedView<Token>, ReadingsView, UncheckedView<Unicode.Scalar>) throws -> R) rethrows -> R {
        try UncheckedView.with(wide) { t in
            try UncheckedView.with(forms) { f in
                try UncheckedView.with(formBases) { b in try UncheckedView.with(scalars) { s in try body(t, ReadingsView(forms: f, bases: b), s) } }
            }
        }
    }
}

extension Tokens {
    /// Calls `body` as `withViews(_:)` does, with the readings of the tokens `range` at least
    /// (only theirs may be read): when the readings are not held (`readingsHeld`), those of the
    /// tokens from the first of `range`'s first group to its end are made for the call (the
    /// matcher's chunk) and dropped after it, and so are those tokens unpacked (`PackedToken`),
    /// each with its readings' offset in its group: the token view holds those tokens only (at
    /// their indexes; its count is the range's end, not all the tokens').
    public func withViews<R>(readingsOf range: Range<Int>, _ body: (UncheckedView<Token>, ReadingsView, UncheckedView<Unicode.Scalar>) throws -> R) rethrows -> R {
        if readingsHeld { return try withViews(body) }
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "withViews(readingsOf:): tokens out of range")
        let lo = range.lowerBound & ~((1 << Token.groupShift) - 1), hi = range.upperBound
        let g0 = lo >> Token.groupShift, g1 = Tokens.groups(hi)
        var total = 0
        // the tokens lo ..< hi unpacked, each with the offset of its readings in its group
        // (what a text whose readings are held stores: `Tokenizer.Writer.formOffset`)
        var unpacked = [Token]()
        unpacked.reserveCapacity(hi - lo)
        var offset = 0
        for i in lo..<hi {
            var t = self[i]
            if i & ((1 << Token.groupShift) - 1) == 0 { offset = 0 }
            t.formOffset = offset
            offset += Int(t.formCount)
            total += Int(t.formCount)
            unpacked.append(t)
        }
        // the group bases of groups g0 ..< g1, as indexes into `forms` (those of the range only)
        var bases = [Int32](repeating: 0, count: Swift.max(g1 - g0, 1))
        // the scalars of these tokens (all the text's, or, held compact, theirs decoded at their own indexes)
        return try withScalars(lo < hi ? unpacked[0].start..<unpacked[hi - lo - 1].end : 0..<0) { text in
            let forms = [TokenForm](unsafeUninitializedCapacity: Swift.max(total, 1)) { out, count in
                var c = 0
                for i in lo..<hi {
                    if i & ((1 << Token.groupShift) - 1) == 0 { bases[(i >> Token.groupShift) - g0] = Int32(c) }
                    let t = unpacked[i - lo]
                    guard t.kind == .word else { continue }
                    let n = Tokenizer.forms(of: text, t.start..<t.end, writingTo: out.baseAddress! + c)
                    precondition(n == Int(t.formCount), "a word's readings made again are as many as its count")
                    c += n
                }
                count = c
            }
            return try unpacked.withUnsafeBufferPointer { u in
                // the view of the tokens indexed as the whole text's (from lo on only), its count the
                // chunk's end: a read past the chunk fails its debug assert
                let t = UncheckedView<Token>(u.baseAddress.map { $0 - lo }, hi)
                return try forms.withUnsafeBufferPointer { f in
                    try bases.withUnsafeBufferPointer { b in
                        // the view of the bases indexed by the group of the whole text (from g0 on only)
                        let shifted = UncheckedView<Int32>(b.baseAddress! - g0, g1)
                        return try body(t, ReadingsView(forms: UncheckedView(f.baseAddress, f.count), bases: shifted), UncheckedView(text.baseAddress, text.count))
                    }
                }
            }
        }
    }

    /// Calls `body` with a buffer of the folded scalars whose elements `r` are the text's `r`
    /// (the array's buffer; held compact, those of `r` decoded: `CompactScalars.withScalars`).
    @usableFromInline func withScalars<R>(_ r: Range<Int>, _ body: (UnsafeBufferPointer<Unicode.Scalar>) throws -> R) rethrows -> R {
        if let compact { return try compact.withScalars(r, body) }
        return try heldScalars.withUnsafeBufferPointer(body)
    }
}

/// The readings of a text's words as a view (`Tokens.withViews`): those of token `i` are
/// `self[i, token]`, found as `Tokens.formRange` finds them.
public struct ReadingsView {
    /// Every reading, word after word.
    public let forms: UncheckedView<TokenForm>
    /// `Tokens.formBases`.
    @usableFromInline let bases: UncheckedView<Int32>

    @inlinable @inline(__always) init(forms: UncheckedView<TokenForm>, bases: UncheckedView<Int32>) { self.forms = forms; self.bases = bases }

    /// The readings of token `i`, which is `token`.
    @inlinable @inline(__always) public subscript(i: Int, token: Token) -> UncheckedView<TokenForm> {
        let s = Int(bases[i >> Token.groupShift]) &+ token.formOffset
        return forms.rebased(s..<s &+ Int(token.formCount))
    }
}

extension Tokenizer {
    /// The readings of the letters `range` of `scalars`, appended to `out` (the matcher reads a
    /// word again after a glued proclitic).
    @inlinable
    public static func forms(of scalars: UncheckedView<Unicode.Scalar>, _ range: Range<Int>, into out: inout [TokenForm]) {
        forms(of: UnsafeBufferPointer(start: scalars.base, count: scalars.count), range, into: &out)
    }
}
