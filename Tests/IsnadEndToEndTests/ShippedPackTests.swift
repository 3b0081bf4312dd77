import Testing
@testable import Isnad

/// The shipped pack as a whole: it loads, and its own examples and sentence tests pass.
@Suite("shipped rules")
struct ShippedPackTests {
    @Test("the shipped pack loads, with scoring weights")
    func shipped() {
        #expect(Support.pack.rules.count > 50)
        #expect(Support.pack.scoring.weights[.named] == 100)
    }

    @Test("every example and sentence test of the shipped rules passes, and every rule is exercised")
    func shippedExamples() {
        let report = RuleTester(auditor: Support.auditor).run()
        for f in report.failures { Issue.record("\(f)") }
        #expect(report.uncovered.map(\.id) == [])
        #expect(report.passed > 100)
        #expect(Support.pack.tests.count >= 10)
    }
}
