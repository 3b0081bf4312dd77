import IsnadModel

package extension Array {
    /// `count` copies of `value`.
    ///
    /// `Array(repeating:count:)` (and `Array(unsafeUninitializedCapacity:)`) allocate through a
    /// standard-library function that is not specialised: each call looks the array's storage
    /// type up at run time (a protocol-conformance search, ~700 instructions), which the
    /// per-article tables would pay some twenty times an article. `reserveCapacity` is
    /// specialised, and the copies are then written in one loop.
    @inlinable @usableFromInline package init(filled value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
