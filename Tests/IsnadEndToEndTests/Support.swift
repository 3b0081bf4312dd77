import Foundation
@testable import Isnad

import IsnadTestSupport

/// Paths and shared values for the end-to-end tests: the shipped pack and the built binary.
enum Support {
    static let root = TestSupport.root
    static let rules = TestSupport.rules
    static let fixtures = TestSupport.fixtures
    static let gold = TestSupport.gold

    /// The shipped pack, loaded once.
    static let pack: RulePack = try! RuleLoader.load(directories: [rules])
    static let auditor: Auditor = try! Auditor(pack: pack)

    static func audit(_ text: String, outlet: String? = nil) -> ArticleAudit { auditor.audit(test: text, outlet: outlet) }
    static func claims(_ text: String, outlet: String? = nil) -> [AuditedUnit] { auditor.claims(text, outlet: outlet) }
    static func tempDir() throws -> String { try TestSupport.tempDir() }
    /// The built `audit` executable (`swift build` first; `AUDIT_BIN` overrides).
    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["AUDIT_BIN"] { return b }
        for config in ["debug", "release"] {
            let p = root.appendingPathComponent(".build/\(config)/audit").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return root.appendingPathComponent(".build/debug/audit").path
    }

    /// The environment the binary runs in: the tests' own, with one rule-pack cache directory
    /// for the whole test run (a temporary one: the user's cache is never written), so only
    /// the first launch with a pack parses its YAML.
    static let environment: [String: String] = {
        let cache = (try? TestSupport.tempDir()).map { $0 + "/cache" } ?? FileManager.default.temporaryDirectory.path + "/isnad-test-cache-\(getpid())"
        return ProcessInfo.processInfo.environment.merging([PackCache.environment: cache]) { $1 }
    }()

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// Runs the built binary (or `executable`) with `args` in `directory`.
    static func run(_ args: [String], in directory: String? = nil, stdin: String? = nil, executable: String? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable ?? binary)
        p.arguments = args
        p.environment = environment
        if let d = directory { p.currentDirectoryURL = URL(fileURLWithPath: d) }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        if stdin != nil { p.standardInput = input }
        try p.run()
        if let stdin {
            // written from another thread, so a large input never blocks against unread output
            let handle = input.fileHandleForWriting
            let data = Data(stdin.utf8)
            Thread.detachNewThread { handle.write(data); try? handle.close() }
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// One line read from `handle` (without its newline), or nil if none arrives within `timeout` seconds.
    static func readLine(_ handle: FileHandle, timeout: Double) -> String? {
        final class Box: @unchecked Sendable { var bytes: [UInt8] = [] }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(handle.fileDescriptor, &byte, 1) == 1 && byte != 0x0A { box.bytes.append(byte) }
            done.signal()
        }
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return String(decoding: box.bytes, as: UTF8.self)
    }
}
