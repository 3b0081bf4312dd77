import Foundation
import Testing
@testable import Isnad

@Suite("standard input")
struct StandardInputTests {
    @Test("'-' is the article read from standard input, in its place among the files, named as asked")
    func source() throws {
        var failures: [InputFailure] = [], notes: [String] = []
        let paths = InputFiles.expandPaths(["-", "/nonexistent-\(UUID().uuidString)"], failures: &failures, notes: &notes, standardInput: true)
        #expect(paths == [.standardInput])
        #expect(failures.count == 1)
        // without standardInput, '-' is a file name like any other
        var f2: [InputFailure] = []
        #expect(InputFiles.expandPaths(["-"], failures: &f2, notes: &notes).isEmpty && f2.first?.path == "-")
        let named = InputSource(paths: [InputFiles.Path("a.txt"), .standardInput], stdinName: "desk/x.md")
        #expect(named.count == 2)
        #expect(named.files == ["a.txt", "desk/x.md"] && named.stdinIndex == 1)
        let unnamed = InputSource(paths: [.standardInput], stdinName: nil)
        #expect(unnamed.files == ["stdin"])
    }

    @Test("reading standard input: all of it, refused past the limit, named in the failure")
    func reading() throws {
        // a pipe stands in for standard input
        let text = Array("قال الوزير إن الخطة جاهزة.\n".utf8)
        func piped() -> Int32 {
            var fds: [Int32] = [0, 0]
            _ = pipe(&fds)
            _ = text.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            close(fds[1])
            return fds[0]
        }
        let a = piped()
        defer { close(a) }
        #expect(try InputFiles.readStandardInput(limit: 1 << 20, name: "stdin", fd: a) == text)
        let b = piped()
        defer { close(b) }
        do {
            _ = try InputFiles.readStandardInput(limit: 10, name: "desk/x.txt", fd: b)
            Issue.record("read past the limit")
        } catch {
            #expect(error.path == "desk/x.txt" && error.message.contains("over the limit of 10"))
        }
    }
}
