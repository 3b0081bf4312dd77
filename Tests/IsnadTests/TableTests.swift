import Testing
@testable import Isnad
@testable import IsnadEngine

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
