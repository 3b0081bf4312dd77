import Testing
@testable import IsnadText

/// The text kernel's frozen tables (`UncheckedView`, `FrozenArray`, `KeyedEdges`): what the cue
/// matcher's scan reads instead of pointers of its own.
@Suite("frozen tables")
struct FrozenTablesTests {
    @Test("an unchecked view reads what the array holds, and a rebased view its range from 0")
    func views() {
        let a = Array(10..<30)
        UncheckedView.with(a) { v in
            #expect(v.count == 20)
            #expect(Array(v) == a)
            #expect(v[0] == 10 && v[19] == 29)
            let r = v.rebased(5..<9)
            #expect(r.count == 4 && r.startIndex == 0)
            #expect(Array(r) == [15, 16, 17, 18])
            #expect(v.rebased(7..<7).isEmpty)
        }
        UncheckedView.with([Int]()) { v in
            #expect(v.isEmpty)
            #expect(Array(v) == [])
        }
    }

    @Test("a frozen array keeps a copy: changing the array after freezing it changes nothing")
    func frozenCopy() {
        var a: [UInt64] = [1, 2, 3]
        let f = FrozenArray(a)
        a[0] = 99
        #expect(f.count == 3)
        #expect(Array(f.view) == [1, 2, 3])
        #expect(f[2] == 3)
        // the view of a copy reads the same memory, valid while any copy lives
        let g = f
        #expect(Array(g.view) == [1, 2, 3])
        #expect(FrozenArray([Int]()).view.isEmpty)
        // elements with references are kept alive by the frozen array and released with it
        let words = FrozenArray(["قال", "أكد"])
        #expect(words[1] == "أكد")
    }

    @Test("keyed edges answer exactly the edges given, through both filters, for many random edges")
    func keyedEdgesAgainstDictionary() {
        var rng = SplitMix(seed: 0x15AD)
        var expected: [Edge: Int] = [:]
        var edges: [(node: Int, key: UInt64, child: Int)] = []
        // a trie's shape: the root with many edges, other nodes with a few
        for node in 0..<3000 {
            let n = node == 0 ? 2000 : Int(rng.next() % 4)
            for _ in 0..<n {
                let key = rng.next()
                let e = Edge(node: node, key: key)
                guard expected[e] == nil else { continue }
                let child = Int(rng.next() % 100_000) + 1
                expected[e] = child
                edges.append((node: node, key: key, child: child))
            }
        }
        let table = KeyedEdges(edges)
        #expect(table.count == edges.count)
        let reader = table.reader
        for (e, child) in expected {
            #expect(table.child(e.node, e.key) == child)
            #expect(reader.child(e.node, e.key) == child)
            if e.node == 0 { #expect(reader.rootChild(e.key) == child) }
        }
        // keys no edge has, on nodes with and without edges, and the key of another node's edge
        var misses = 0
        for _ in 0..<20_000 {
            let node = Int(rng.next() % 3100), key = rng.next()
            guard expected[Edge(node: node, key: key)] == nil else { continue }
            #expect(reader.child(node, key) == nil)
            if node == 0 { #expect(reader.rootChild(key) == nil) }
            misses += 1
        }
        #expect(misses > 19_000)
        for (e, _) in expected.prefix(500) where expected[Edge(node: e.node + 1, key: e.key)] == nil {
            #expect(reader.child(e.node + 1, e.key) == nil)
        }
    }

    @Test("an empty table finds nothing; one edge is found from its node only")
    func smallTables() {
        let empty = KeyedEdges([(node: Int, key: UInt64, child: Int)]())
        #expect(empty.count == 0)
        #expect(empty.child(0, 42) == nil)
        #expect(empty.reader.rootChild(42) == nil)
        let one = KeyedEdges([(node: 0, key: Tokenizer.key("قال"), child: 1)])
        #expect(one.reader.rootChild(Tokenizer.key("قال")) == 1)
        #expect(one.child(1, Tokenizer.key("قال")) == nil)
        #expect(one.reader.rootChild(Tokenizer.key("ذكر")) == nil)
    }

    @Test("the views of tokens read each word's letters and readings as the collection does")
    func tokenViews() {
        let tokens = Tokenizer.tokenize(Normalizer.normalize("وقال الوزير: للصحيفة").scalars)
        tokens.withViews { toks, forms, scalars in
            #expect(toks.count == tokens.count)
            for i in tokens.indices {
                #expect(toks[i].start == tokens[i].start && toks[i].end == tokens[i].end)
                #expect(Array(forms[i, toks[i]]) == Array(tokens.forms(i)))
                #expect(Array(toks[i].start..<toks[i].end).map { scalars[$0] } == Array(tokens.letters(i)))
            }
            // a word read again from its second letter: as the array's overload reads it
            let w = tokens.indices.first { tokens[$0].kind == .word }!
            var fromView: [TokenForm] = [], fromArray: [TokenForm] = []
            Tokenizer.forms(of: scalars, (tokens[w].start + 1)..<tokens[w].end, into: &fromView)
            Tokenizer.forms(of: tokens.scalars, (tokens[w].start + 1)..<tokens[w].end, into: &fromArray)
            #expect(fromView == fromArray && !fromView.isEmpty)
        }
    }
}

private struct Edge: Hashable { var node: Int; var key: UInt64 }

/// A small deterministic generator (the test draws the same edges every run).
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
