import IsnadModel

/// The judgements of an article's units, indexed by unit as one list would be (nil for a unit
/// that is no claim), held in blocks of consecutive units: a long article's units are built a
/// block at a time, each block released once its units hold their judgements (`Auditor`), so the
/// units fill as the judgements empty (issue #26 item 3: the peak of a 200 MB article's audit was
/// that build). A full block of the default size is a list of more than 1 MB (8,192 judgements of
/// 136 bytes), over glibc's mmap threshold (1 MB, `AddressSpace.returnLargeBlocks`, mem21): such a
/// list is usually mapped on its own and returned to the system when it is released, but only
/// when the heap has no free range large enough to serve it first — strace of a long article's
/// audit showed one full block carved from the brk heap (and the short last block, under the
/// threshold, always is), whose freed space is not returned. An article of fewer units has one
/// block.
struct Judgements: Sendable {
    /// Units a block, as a power of two: 2^13.
    static let defaultBlockShift = 13
    /// Units a block, as a power of two.
    let blockShift: Int
    /// The number of units.
    let count: Int
    /// Every block holds at least one unit until it is taken, and none after (`take(block:)`):
    /// an empty block is one handed over.
    private var blocks: [[Judgement?]]

    /// The block size, as a power of two, that holds `count` units in one block (the smallest).
    static func oneBlockShift(count: Int) -> Int {
        count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
    }

    /// No judgement yet for `count` units, in blocks of 2^`blockShift` units (the last one shorter).
    init(count: Int, blockShift: Int = Self.defaultBlockShift) {
        precondition(blockShift >= 0 && blockShift < 48, "a block of 2^0 to 2^47 units")
        self.blockShift = blockShift
        self.count = count
        let size = 1 << blockShift
        var blocks: [[Judgement?]] = []
        blocks.reserveCapacity((count + size - 1) >> blockShift)
        var first = 0
        while first < count {
            blocks.append([Judgement?](filled: nil, count: Swift.min(size, count - first)))
            first += size
        }
        self.blocks = blocks
    }

    var indices: Range<Int> { 0..<count }

    /// The judgement of unit `i`. Its block must not have been taken: reading a unit whose block
    /// was handed over is a precondition failure, as writing one is (an index out of the emptied
    /// block), not nil — nil is "no claim", and a reader given it after the hand-over would
    /// silently drop the claim (a caller that read the judgements after `take(block:)` instead
    /// of the taken list would lose every judgement of that block).
    subscript(i: Int) -> Judgement? {
        get {
            precondition(i >= 0 && i < count, "a unit of the article")
            let b = i >> blockShift
            precondition(!blocks[b].isEmpty, "a unit whose block of judgements has not been handed over (take(block:))")
            return blocks[b][i & ((1 << blockShift) - 1)]
        }
        _modify { yield &blocks[i >> blockShift][i & ((1 << blockShift) - 1)] }
    }

    /// The number of blocks.
    var blockCount: Int { blocks.count }

    /// The number of blocks not yet handed over (`take(block:)`): each holds its judgements.
    var liveBlockCount: Int {
        var n = 0
        for b in blocks where !b.isEmpty { n += 1 }
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
        for b in blocks { for j in b where j != nil { n += 1 } }
        return n
    }

    /// Block `k`'s judgements (those of `units(ofBlock: k)`, in order), handed over: the block
    /// holds none after (its units may then be neither read nor written), its list released
    /// with the one returned.
    mutating func take(block k: Int) -> [Judgement?] {
        var out: [Judgement?] = []
        swap(&out, &blocks[k])
        return out
    }

    /// Every judgement in one list, indexed by unit. An article of one block: its list, not
    /// copied; of several: each block's judgements copied into the one list (each block released
    /// as it is copied) — `Labeller.label(_:kinds:)` begins its run in one block for that reason.
    consuming func joined() -> [Judgement?] {
        if blocks.count == 1 { return take(block: 0) }
        var out: [Judgement?] = []
        out.reserveCapacity(count)
        for k in blocks.indices { out += take(block: k) }
        return out
    }
}
