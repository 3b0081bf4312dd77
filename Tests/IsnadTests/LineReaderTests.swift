import Foundation
import Testing
@testable import Isnad
import IsnadTestSupport

@Suite("line reader")
struct LineReaderTests {
    /// The records read from a file holding `lines`, and the bytes the reader searched for line breaks.
    func read(_ lines: [String]) throws -> (records: [String], examined: Int) {
        let path = try TestSupport.tempDir() + "/records.jsonl"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let reader = try LineReader(path: path)
        var records: [String] = []
        while true {
            let batch = reader.lines(max: 128)
            if batch.isEmpty { break }
            records += batch.map { String(decoding: $0.1 ?? [], as: UTF8.self) }
        }
        return (records, reader.examined)
    }

    @Test("a long record costs linear steps: each byte is searched for a line break once, however many reads it spans")
    func longRecordLinear() throws {
        for size in [2 << 20, 8 << 20] {
            let record = #"{"id": "big", "blob": ""# + String(repeating: "x", count: size) + "\"}"
            let (records, examined) = try read([record, #"{"id": 2}"#])
            #expect(records.count == 2 && records[0].utf8.count == record.utf8.count)
            // every byte once (the 64 KB reads of the long line are not searched again)
            #expect(examined <= record.utf8.count + 64, "\(examined) bytes searched for \(record.utf8.count)")
        }
    }

    @Test("blank lines are skipped and the last line needs no line break")
    func lines() throws {
        #expect(try read(["a", "", "  ", "b"]).records == ["a", "b"])
    }
}
