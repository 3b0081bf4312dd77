import Dispatch

/// Receives the seconds a stage of the pipeline took (`--profile`).
public typealias StageTimer = @Sendable (String, Double) -> Void

/// Times consecutive stages for a `StageTimer`; free when there is none.
@usableFromInline package struct StageClock {
    @usableFromInline package let timer: StageTimer?
    @usableFromInline package var last: UInt64
    @usableFromInline package init(_ timer: StageTimer?) { self.timer = timer; last = timer == nil ? 0 : DispatchTime.now().uptimeNanoseconds }
    @usableFromInline package mutating func lap(_ stage: String) {
        guard let timer else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        timer(stage, Double(now - last) / 1e9)
        last = now
    }
    @usableFromInline package mutating func reset() { if timer != nil { last = DispatchTime.now().uptimeNanoseconds } }
}
