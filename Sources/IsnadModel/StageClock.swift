import Dispatch

/// Receives the seconds a stage of the pipeline took (`--profile`).
public typealias StageTimer = @Sendable (String, Double) -> Void

/// Times consecutive stages for a `StageTimer`; free when there is none.
package struct StageClock {
    package let timer: StageTimer?
    package var last: UInt64
    package init(_ timer: StageTimer?) { self.timer = timer; last = timer == nil ? 0 : DispatchTime.now().uptimeNanoseconds }
    package mutating func lap(_ stage: String) {
        guard let timer else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        timer(stage, Double(now - last) / 1e9)
        last = now
    }
    package mutating func reset() { if timer != nil { last = DispatchTime.now().uptimeNanoseconds } }
}
