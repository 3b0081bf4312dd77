import IsnadModel
import IsnadText
import IsnadRules

/// A map from 64-bit keys to 32-bit values in one open-addressing table: no `Hasher`, no
/// allocation per key. The source roster indexes its entries with it (word keys, mentions).
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var used = 0
    private var mask: Int

    init() { keys = [UInt64](filled: 0, count: 16); values = [Int32](filled: -1, count: 16); mask = 15 }

    @inline(__always) private static func slot(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The value stored under `k`, if any.
    func value(_ k: UInt64) -> Int32? {
        var i = Self.slot(k) & mask
        while values[i] >= 0 {
            if keys[i] == k { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `v` (≥ 0) under `k`; returns the value it replaces.
    @discardableResult
    mutating func set(_ k: UInt64, _ v: Int32) -> Int32? {
        assert(v >= 0, "a negative value marks an empty slot")
        if (used + 1) * 2 > keys.count { grow() }
        var i = Self.slot(k) & mask
        while values[i] >= 0 {
            if keys[i] == k { let old = values[i]; values[i] = v; return old }
            i = (i + 1) & mask
        }
        keys[i] = k; values[i] = v; used += 1
        return nil
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](filled: 0, count: oldKeys.count * 2)
        values = [Int32](filled: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        used = 0
        for i in oldKeys.indices where oldValues[i] >= 0 { set(oldKeys[i], oldValues[i]) }
    }
}

/// Lists of entry indexes under 64-bit word keys, each list kept newest first as a chain
/// through one flat array.
struct Postings: Sendable {
    private var heads = KeyTable()
    private var entries: [Int32] = []
    private var next: [Int32] = []

    /// Adds entry `e` to the list of `k`.
    mutating func append(_ e: Int, to k: UInt64) {
        let p = Int32(entries.count)
        entries.append(Int32(e))
        next.append(heads.set(k, p) ?? -1)
    }

    /// Appends to `out` the latest `limit` entries listed under `k`, newest first.
    func latest(_ k: UInt64, limit: Int, into out: inout [Int]) {
        guard var p = heads.value(k) else { return }
        var n = 0
        while p >= 0 && n < limit { out.append(Int(entries[Int(p)])); p = next[Int(p)]; n += 1 }
    }
}
