import IsnadModel

/// The judgements of an article's units, indexed by unit as one list would be (nil for a unit
/// that is no claim), held in blocks of consecutive units: a long article's units are built a
/// block at a time, each block released once its units hold their judgements (`Auditor`), so the
/// units' list and the whole of the judgements' are never held together (issue #26 item 3: the
/// peak of a 200 MB article's audit was that build). A full block of the default size is a list
/// of more than 1 MB (8,192 judgements of 136 bytes), which glibc maps on its own and returns to
/// the system when it is released (mem21); an article of fewer units has one block.
struct Judgements: Sendable {
    /// Units a block, as a power of two: 2^13.
    static let defaultBlockShift = 13
    /// Units a block, as a power of two.
    let blockShift: Int
    /// The number of units.
    let count: Int
    private var blocks: [[Judgement?]]

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

    /// The judgement of unit `i` (nil once its block is taken, and none may be written then).
    subscript(i: Int) -> Judgement? {
        get {
            precondition(i >= 0 && i < count, "a unit of the article")
            let block = blocks[i >> blockShift], k = i & ((1 << blockShift) - 1)
            return k < block.count ? block[k] : nil
        }
        _modify { yield &blocks[i >> blockShift][i & ((1 << blockShift) - 1)] }
    }

    /// The number of blocks.
    var blockCount: Int { blocks.count }

    /// The units of block `k`.
    func units(ofBlock k: Int) -> Range<Int> {
        let first = k << blockShift
        return first..<Swift.min(count, first + (1 << blockShift))
    }

    /// How many units are judged (claims).
    var judgedCount: Int {
        var n = 0
        for b in blocks { for j in b where j != nil { n += 1 } }
        return n
    }

    /// Block `k`'s judgements (those of `units(ofBlock: k)`, in order), handed over: the block
    /// holds none after (its units then read nil), its list released with the one returned.
    mutating func take(block k: Int) -> [Judgement?] {
        var out: [Judgement?] = []
        swap(&out, &blocks[k])
        return out
    }

    /// Every judgement in one list, indexed by unit (an article of one block: its list, not copied).
    consuming func joined() -> [Judgement?] {
        if blocks.count == 1 { return take(block: 0) }
        var out: [Judgement?] = []
        out.reserveCapacity(count)
        for k in blocks.indices { out += take(block: k) }
        return out
    }
}
