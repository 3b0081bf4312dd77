import Testing
@testable import Isnad

@Suite("sorted search")
struct SortedSearchTests {
    @Test("lower bound, membership and de-duplication agree with a linear scan")
    func againstLinear() {
        let lists: [[Int]] = [[], [5], [1, 1, 2, 3, 3, 3, 9], Array(stride(from: 0, to: 200, by: 3))]
        for list in lists {
            for x in -1...202 {
                #expect(list.lowerBound(of: x) == (list.firstIndex { $0 >= x } ?? list.count))
                #expect(list.sortedContains(x) == list.contains(x))
            }
        }
        #expect([3, 1, 3, 2, 1].sortedUnique() == [1, 2, 3])
        #expect([Int]().sortedUnique() == [])
        // a partition point with a predicate, on a slice whose indices do not start at 0
        let slice = [1, 4, 4, 8, 9][1...]
        #expect(slice.partitionPoint { $0 <= 4 } == 3)
    }
}

@Suite("Key tables")
struct KeyTableTests {
    @Test("the key table agrees with a dictionary through growth, replacement and absent keys")
    func keyTable() {
        var t = KeyTable()
        var d: [UInt64: Int32] = [:]
        var x: UInt64 = 0x1234_5678
        for i in 0..<5000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let k = i % 3 == 0 ? UInt64(i % 97) : x >> 20  // small keys repeat and get replaced
            #expect(t.set(k, Int32(i)) == d.updateValue(Int32(i), forKey: k))
        }
        for (k, v) in d { #expect(t.value(k) == v) }
        #expect(t.value(0xFFFF_FFFF_FFFF_FFFF) == nil)
    }

    @Test("postings list the latest entries of a key, newest first, at most the limit")
    func postings() {
        var p = Postings()
        for e in 0..<300 { p.append(e, to: UInt64(e % 3)) }
        var out: [Int] = []
        p.latest(1, limit: 4, into: &out)
        #expect(out == [298, 295, 292, 289])
        out = []
        p.latest(2, limit: 1000, into: &out)
        #expect(out.count == 100 && out.first == 299 && out.last == 2)
        out = [7]
        p.latest(99, limit: 10, into: &out)
        #expect(out == [7])
    }
}

@Suite("Array fill")
struct ArrayFillTests {
    @Test("an array filled with copies equals Array(repeating:count:), empty included")
    func filled() {
        for n in [0, 1, 7, 1000] {
            #expect([Int](filled: 3, count: n) == [Int](repeating: 3, count: n))
            #expect([[Int]](filled: [1, 2], count: n) == [[Int]](repeating: [1, 2], count: n))
            #expect([String?](filled: nil, count: n).count == n)
        }
    }
}
