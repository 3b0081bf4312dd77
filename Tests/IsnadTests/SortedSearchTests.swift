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
