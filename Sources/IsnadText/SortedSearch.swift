import IsnadModel

/// Binary search and de-duplication over ascending collections: one definition for the
/// matcher, segmenter, labeller and source roster, which all keep short sorted lists.
package extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `before` (every element for which `before`
    /// holds comes first): the insertion point of a partitioned collection.
    @inline(__always)
    @inlinable @usableFromInline package func partitionPoint(_ before: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi { let mid = (lo + hi) >> 1; if before(self[mid]) { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}

extension RandomAccessCollection where Index == Int, Element: Comparable {
    /// The first index whose element is not below `x`.
    @inline(__always)
    @inlinable @usableFromInline package func lowerBound(of x: Element) -> Int { partitionPoint { $0 < x } }

    /// Whether an ascending collection holds `x`.
    @inline(__always)
    @inlinable @usableFromInline package func sortedContains(_ x: Element) -> Bool { let i = lowerBound(of: x); return i < endIndex && self[i] == x }
}

extension Array where Element: Comparable {
    /// The elements ascending, each once (for the few elements of a phrase or a claim, sorting beats a set).
    @inlinable @usableFromInline package func sortedUnique() -> [Element] {
        // already ascending without repeats (no element, one, or a phrase's words in order as
        // is usual): the array itself, shared, not a sorted copy
        var ascending = true
        for i in indices.dropFirst() where self[i - 1] >= self[i] { ascending = false; break }
        if ascending { return self }
        var k = sorted()
        var out = 0
        for i in k.indices where i == 0 || k[i] != k[out - 1] { k[out] = k[i]; out += 1 }
        k.removeLast(k.count - out)
        return k
    }
}
