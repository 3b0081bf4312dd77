import Foundation
import Isnad

/// The fuzzing harness: any bytes through the whole pipeline — decoding, auditing with the
/// shipped rules, and every reporter. Built with libFuzzer:
///
///     swift build -c debug --product IsnadFuzz --scratch-path .build-fuzz -Xswiftc -DFUZZING \
///         -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
///     .build-fuzz/debug/IsnadFuzz -max_total_time=600 fuzz-corpus Fixtures/gold/dev Fixtures/hostile
///
/// Without `-DFUZZING` the same target is a replayer: `IsnadFuzz FILE...` runs each file
/// through the harness (how a crash the fuzzer found becomes a regression check).
enum Harness {
    static let auditor: Auditor = {
        let dirs = (try? RuleLocator.directories(explicit: ProcessInfo.processInfo.environment["ISNAD_FUZZ_RULES"].map { [$0] } ?? [])) ?? ["Rules"]
        return try! Auditor(pack: try! RuleLoader.load(directories: dirs))
    }()
    /// Every format's reporter (the template formats when their templates are found).
    static let reporters: [any Reporter] = OutputFormat.allCases.compactMap { try? $0.reporter(color: true, pretty: false) }

    static func run(_ bytes: [UInt8]) {
        for policy in [InvalidUTF8Policy.error, .replace] {
            guard let audit = try? auditor.audit(bytes: bytes, path: "fuzz.txt", encoding: .auto, invalidUTF8: policy) else { continue }
            for r in reporters {
                precondition(!Batch.sheet(audit, r).isEmpty || r is LineReporter || r is GitHubReporter)
            }
            // the invariants the property tests state, checked on every input
            var last = 0
            for u in audit.units {
                precondition(u.span.start >= last && u.span.end > u.span.start && u.span.end <= audit.text.scalarCount)
                last = u.span.end
            }
        }
    }
}

#if FUZZING
/// libFuzzer's entry for programs with their own `main` (SwiftPM renames an executable's main).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The entry libFuzzer calls for each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Harness.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
        exit(status)
    }
}
#else
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let bytes = try? InputFiles.read(path) else { print("\(path): cannot read"); continue }
            Harness.run(bytes)
            print("\(path): ok")
        }
    }
}
#endif
