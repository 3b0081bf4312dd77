import IsnadModel

package extension Array {
    /// `count` copies of `value`.
    ///
    /// `Array(repeating:count:)` (and `Array(unsafeUninitializedCapacity:)`) allocate through a
    /// standard-library function that is not specialised: each call looks the array's storage
    /// type up at run time (a protocol-conformance search, ~700 instructions), which the
    /// per-article tables would pay some twenty times an article. `reserveCapacity` is
    /// specialised, and the copies are then written in one loop — by `append` one at a time:
    /// `append(contentsOf: repeatElement(...))` goes through the generic sequence path, which is
    /// not specialised across modules (it took over half of the audit's time once the engine and
    /// this helper were in different targets).
    @inline(__always) package init(filled value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
