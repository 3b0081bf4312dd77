import Foundation
import Testing
import PropertyBased
@testable import Isnad
import IsnadTestSupport

/// Issue 26, item 9, on generated text: no character next to a unit is dropped.
@Suite("nothing dropped (generated)")
struct NothingDroppedTests {
    @Test("item 9: generated articles (marks, bidi, tatweel, presentation forms, every punctuation) drop nothing next to a unit")
    func nothingDroppedGenerated() async {
        await propertyCheck(count: 500, input: PropertyTests.article) { text in
            let scalars = Normalizer.scalars(of: text)
            let problems = TestSupport.dropped(scalars, Support.audit(text).units)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
        }
    }
}
