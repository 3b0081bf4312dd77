import IsnadModel

/// The judgements of an article's units, indexed by unit as one list would be (nil for a unit
/// that is no claim), held sparse — only the units judged, each with its unit — in blocks of
/// consecutive units: a long article's units are built a block at a time, each block released
/// once its units hold their judgements (`Auditor`), so the units fill as the judgements empty
/// (issue #26 item 3: the peak of a 200 MB article's audit was that build).
///
/// Sparse (mem28): a unit that is no claim takes no room. Held as one list per unit
/// (`[Judgement?]`, 136 bytes a unit), a 200 MB article's judgements were 84.8 MB while 88 % of
/// its units have none; held sparse they are 140 bytes a claim (the judgement and its unit's
/// number). The labeller judges its units in reading order, so a judgement is appended to its
/// block; a unit judged again (`Rebuttals`, a headline named after it) is found by a binary
/// search of its block's units. An article of fewer units than a block has one block.
struct Judgements: Sendable {
    /// Units a block, as a power of two: 2^13.
    static let defaultBlockShift = 13
    /// Units a block, as a power of two.
    let blockShift: Int
    /// The number of units.
    let count: Int

    /// The judged units of a block (ascending, each once) and their judgements, one for one. A
    /// judgement set to nil stays in place as nil (read as a unit not judged).
    struct Block: Sendable {
        var units: [Int32] = []
        var judgements: [Judgement?] = []
        /// Whether it was handed over (`take(block:)`): it holds nothing after.
        var taken = false

        /// The judgement of unit `i`, of the block's units: nil when it has none.
        func judgement(ofUnit i: Int) -> Judgement? { place(of: i).flatMap { judgements[$0] } }

        /// Where unit `i`'s judgement is in `judgements`, if it has a place.
        func place(of i: Int) -> Int? {
            let u = Int32(i)
            // the labeller appends in order: the last one first
            if let last = units.last, last <= u { return last == u ? units.count - 1 : nil }
            var lo = 0, hi = units.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if units[mid] < u { lo = mid + 1 } else { hi = mid }
            }
            return lo < units.count && units[lo] == u ? lo : nil
        }

        /// A place for unit `i`'s judgement (nil until set), made if it has none.
        mutating func makePlace(for i: Int) -> Int {
            if let k = place(of: i) { return k }
            let u = Int32(i)
            var lo = 0, hi = units.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if units[mid] < u { lo = mid + 1 } else { hi = mid }
            }
            units.insert(u, at: lo)
            judgements.insert(nil, at: lo)
            return lo
        }
    }

    /// Every block holds its units' judgements until it is taken, and none after (`take(block:)`).
    private var blocks: [Block]

    /// The block size, as a power of two, that holds `count` units in one block (the smallest).
    static func oneBlockShift(count: Int) -> Int {
        count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
    }

    /// No judgement yet for `count` units, in blocks of 2^`blockShift` units (the last one shorter).
    init(count: Int, blockShift: Int = Self.defaultBlockShift) {
        precondition(blockShift >= 0 && blockShift < 48, "a block of 2^0 to 2^47 units")
        precondition(count <= Int(Int32.max), "units numbered in 32 bits")
        self.blockShift = blockShift
        self.count = count
        let n = count == 0 ? 0 : ((count - 1) >> blockShift) + 1
        blocks = [Block](repeating: Block(), count: n)
    }

    var indices: Range<Int> { 0..<count }

    /// The judgement of unit `i`. Its block must not have been taken: reading a unit whose block
    /// was handed over is a precondition failure, as writing one is, not nil — nil is "no
    /// claim", and a reader given it after the hand-over would silently drop the claim (a caller
    /// that read the judgements after `take(block:)` instead of the taken block would lose every
    /// judgement of that block).
    subscript(i: Int) -> Judgement? {
        get {
            precondition(i >= 0 && i < count, "a unit of the article")
            let b = i >> blockShift
            precondition(!blocks[b].taken, "a unit whose block of judgements has not been handed over (take(block:))")
            return blocks[b].place(of: i).flatMap { blocks[b].judgements[$0] }
        }
        _modify {
            precondition(i >= 0 && i < count, "a unit of the article")
            let b = i >> blockShift
            precondition(!blocks[b].taken, "a unit whose block of judgements has not been handed over (take(block:))")
            if let k = blocks[b].place(of: i) {
                // in place: a judgement's lists are changed without a copy
                yield &blocks[b].judgements[k]
            } else {
                var new: Judgement? = nil
                yield &new
                if let new {
                    let k = blocks[b].makePlace(for: i)
                    blocks[b].judgements[k] = new
                }
            }
        }
    }

    /// The number of blocks.
    var blockCount: Int { blocks.count }

    /// The number of blocks not yet handed over (`take(block:)`): each holds its judgements.
    var liveBlockCount: Int {
        var n = 0
        for b in blocks where !b.taken { n += 1 }
        return n
    }

    /// The judgements held (a place each), in the blocks not yet handed over: the claims judged
    /// (and any set to nil again). What the judgements' memory grows with, not the units.
    var heldCount: Int {
        var n = 0
        for b in blocks where !b.taken { n += b.units.count }
        return n
    }

    /// The units of block `k`.
    func units(ofBlock k: Int) -> Range<Int> {
        let first = k << blockShift
        return first..<Swift.min(count, first + (1 << blockShift))
    }

    /// How many units are judged (claims), in the blocks not yet handed over.
    var judgedCount: Int {
        var n = 0
        for b in blocks where !b.taken { for j in b.judgements where j != nil { n += 1 } }
        return n
    }

    /// Block `k`'s judgements (those of `units(ofBlock: k)`), handed over: the block holds none
    /// after (its units may then be neither read nor written), its lists released with the one
    /// returned.
    mutating func take(block k: Int) -> Block {
        precondition(!blocks[k].taken, "a block is handed over once")
        var out = Block(taken: true)
        swap(&out, &blocks[k])
        out.taken = false
        return out
    }

    /// Every judgement in one list, indexed by unit.
    consuming func joined() -> [Judgement?] {
        var out = [Judgement?](repeating: nil, count: count)
        for k in blocks.indices {
            var b = take(block: k)
            for (p, u) in b.units.enumerated() { out[Int(u)] = b.judgements[p].take() }
        }
        return out
    }
}
