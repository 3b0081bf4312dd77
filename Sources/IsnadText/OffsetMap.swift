/// The map from every folded scalar to the original scalar it came from, stored as runs.
///
/// Folding keeps most scalars one for one: the map then counts up by one from scalar to
/// scalar, and only a dropped scalar (a diacritic, a tatweel, a bidi mark) or a presentation
/// form that decomposes into several letters breaks the count. A run is a stretch of folded
/// scalars whose original indexes count up by one; the map stores where each run starts and
/// its shift (original index − folded index): 8 bytes a run, where a flat map took 4 bytes a
/// scalar. News text breaks a run about once in a hundred scalars, so the map of an 8 MB
/// article takes a few hundred KB instead of 18 MB (issue #26). Reading one entry is a binary
/// search over the runs.
public struct OffsetMap: RandomAccessCollection, Sendable, Equatable {
    /// The number of folded scalars mapped.
    public let count: Int
    /// The folded index at which each run starts, ascending (the first is 0).
    @usableFromInline let starts: [UInt32]
    /// Each run's original index minus its folded index.
    @usableFromInline let shifts: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    /// The number of runs (a measure of the map's size).
    public var runCount: Int { starts.count }

    /// The original index folded scalar `k` came from.
    @inlinable public subscript(k: Int) -> UInt32 {
        // out of range traps, as the flat map's array did (a shift would answer silently)
        precondition(k >= 0 && k < count, "OffsetMap index out of range")
        // the last run starting at or before k
        var lo = 0, hi = starts.count
        while hi - lo > 1 { let mid = (lo + hi) >> 1; if Int(starts[mid]) <= k { lo = mid } else { hi = mid } }
        return UInt32(truncatingIfNeeded: k + Int(shifts[lo]))
    }

    /// The first folded index whose original index is at or after `i` (`count` if none): where
    /// an original offset falls in the folded text.
    public func firstFolded(atOrAfter i: Int) -> Int {
        // the first run whose last entry reaches i; entries rise by one inside a run and never
        // fall from one run to the next
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let last = runEnd(mid) - 1 + Int(shifts[mid])
            if last < i { lo = mid + 1 } else { hi = mid }
        }
        guard lo < starts.count else { return count }
        return Swift.max(Int(starts[lo]), i - Int(shifts[lo]))
    }

    @inline(__always) func runEnd(_ r: Int) -> Int { r + 1 < starts.count ? Int(starts[r + 1]) : count }

    /// A map of the given entries (tests and small texts).
    public init<S: Sequence>(_ entries: S) where S.Element == UInt32 {
        var b = Builder()
        for e in entries { b.append(Int(e)) }
        self = b.map
    }

    init(count: Int, starts: [UInt32], shifts: [Int32]) {
        self.count = count; self.starts = starts; self.shifts = shifts
    }

    /// Builds a map one folded scalar at a time, in order.
    public struct Builder: Sendable {
        @usableFromInline var count = 0
        @usableFromInline var next = -1  // the original index that would continue the current run
        @usableFromInline var starts: [UInt32] = []
        @usableFromInline var shifts: [Int32] = []

        public init() {}

        /// Maps the next folded scalar to original index `i`.
        @inlinable @inline(__always) public mutating func append(_ i: Int) {
            if i != next { newRun(i) }
            next = i &+ 1
            count &+= 1
        }

        @usableFromInline mutating func newRun(_ i: Int) {
            starts.append(UInt32(truncatingIfNeeded: count))
            shifts.append(Int32(truncatingIfNeeded: i - count))
        }

        /// The map built, its lists at their size (a text whose every other scalar is a dropped
        /// mark — fully vocalised verse — has a run a letter: 8 bytes a letter, twice a flat map's,
        /// and no more while the map is kept).
        public var map: OffsetMap { OffsetMap(count: count, starts: Self.fitted(starts), shifts: Self.fitted(shifts)) }

        static func fitted<T>(_ a: [T]) -> [T] {
            a.capacity > a.count + a.count / 4 + 16 ? a.withUnsafeBufferPointer { Array($0) } : a
        }
    }
}
