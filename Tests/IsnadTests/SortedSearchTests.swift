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
        // ascending already (returned as it is), and ascending but for a repeat or one pair
        #expect([1, 2, 7].sortedUnique() == [1, 2, 7])
        #expect([1, 2, 2].sortedUnique() == [1, 2])
        #expect([1, 7, 2].sortedUnique() == [1, 2, 7])
        #expect([4].sortedUnique() == [4])
        // a partition point with a predicate, on a slice whose indices do not start at 0
        let slice = [1, 4, 4, 8, 9][1...]
        #expect(slice.partitionPoint { $0 <= 4 } == 3)
    }
}

@Suite("scalar blocks")
struct ScalarBlocksTests {
    @Test("a block scan stops at or before the first marked scalar, within the block that holds it")
    func neverPastTheFirstMark() {
        for count in [0, 1, 7, 8, 9, 16, 23, 40] {
            for mark in -1..<count {
                var scalars = [Unicode.Scalar](repeating: "ب", count: count)
                if mark >= 0 { scalars[mark] = "!" }
                for from in 0...count {
                    let at = scalars.withUnsafeBufferPointer { ScalarBlocks.skip($0, from: from, to: count) { ScalarBlocks.equal($0, 0x21) } }
                    let first = scalars[from...].firstIndex(of: "!") ?? count
                    #expect(at >= from && at <= first && (first - at < 8 || count - at < 8), "count \(count), mark \(mark), from \(from): \(at)")
                }
            }
        }
        #expect(ScalarBlocks.below(0x3F, 0x40) == 1 && ScalarBlocks.below(0x40, 0x40) == 0 && ScalarBlocks.below(0x0627, 0x40) == 0)
        #expect(ScalarBlocks.equal(0x20, 0x20) == 1 && ScalarBlocks.equal(0x21, 0x20) == 0 && ScalarBlocks.equal(0x10FFFF, 0) == 0)
    }

    @Test("the first occurrence of a needle, found by blocks, is the one a plain search finds")
    func firstIndexAgainstLinear() {
        let needle: [Unicode.Scalar] = ["<", "!", "-", "-"]
        func linear(_ t: [Unicode.Scalar]) -> Int? {
            t.count < needle.count ? nil : (0...(t.count - needle.count)).first { Array(t[$0..<($0 + needle.count)]) == needle }
        }
        for count in [0, 3, 4, 5, 8, 11, 16, 17, 33] {
            for at in -1...count {
                var t = [Unicode.Scalar](repeating: "ب", count: count)
                // a "<" that opens no needle, before and after, and the needle cut short at the end
                if count > 2 { t[count / 3] = "<" }
                if at >= 0 { for (k, c) in needle.enumerated() where at + k < count { t[at + k] = c } }
                #expect(ScalarBlocks.firstIndex(of: needle, in: t) == linear(t), "count \(count), at \(at)")
            }
        }
        #expect(ScalarBlocks.firstIndex(of: ["ب"], in: ["ا", "ب"]) == 1)
        #expect(ScalarBlocks.firstIndex(of: needle, in: Array("abc<!--".unicodeScalars)) == 3)
    }
}

@Suite("label counts")
struct LabelCountsTests {
    @Test("read as a dictionary of the labels with a count: nil for none, iterated in the order of the labels")
    func asADictionary() {
        var c = LabelCounts()
        #expect(c.isEmpty && c[.named] == nil && c[.named, default: 0] == 0)
        c[.unsourced, default: 0] += 2
        c[.denied, default: 0] += 1
        c[.named] = 3
        #expect(c[.unsourced] == 2 && c[.denied] == 1 && c[.named] == 3 && c[.anonymous] == nil)
        #expect(c.total == 6 && !c.isEmpty)
        #expect(c.map(\.key) == [.denied, .named, .unsourced])
        #expect(c.map(\.value) == [1, 3, 2])
        c[.named] = nil
        #expect(c[.named] == nil && c.total == 3)
        #expect(c == [.unsourced: 2, .denied: 1])
        #expect(c.description == "[denied: 1, unsourced: 2]")
    }
}
