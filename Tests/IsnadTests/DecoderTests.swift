import Foundation
import Testing
@testable import Isnad

@Suite("Text decoder")
struct DecoderTests {
    /// A deterministic generator, so a failure reproduces.
    struct SplitMix { var state: UInt64; mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15; var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9; z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB; return z ^ (z >> 31)
    } }

    @Test("the one-pass UTF-8 decoder accepts and rejects exactly what the standard library does")
    func agreesWithStandardLibrary() throws {
        var g = SplitMix(state: 42)
        // bytes biased towards UTF-8 lead and continuation bytes and Arabic, never NUL
        let palette: [UInt8] = [0x41, 0x20, 0xD8, 0xD9, 0xA7, 0x84, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xE0, 0xED, 0xA0, 0x9F, 0xEF, 0xBB, 0xF0, 0xF4, 0x90, 0x8F, 0xF5, 0xFF, 0x0A]
        for _ in 0..<20_000 {
            let n = Int(g.next() % 12)
            let bytes = (0..<n).map { _ in palette[Int(g.next() % UInt64(palette.count))] }
            let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
            let got = try? TextDecoder.decode(bytes, encoding: .utf8).scalars
            // a leading BOM is dropped by the decoder
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { continue }
            #expect(got == expected, "bytes \(bytes)")
        }
    }

    @Test("a long text is decoded into an array sized by its scalars, not its bytes; replacements past that size still decode")
    func longTextSizedByScalars() throws {
        // 100,000 Arabic letters (2 bytes each): 200,000 bytes, over the 64 KB where sizing starts
        let arabic = Array(String(repeating: "\u{0627}\u{0644}", count: 50_000).utf8)
        let text = try TextDecoder.decode(arabic, encoding: .utf8).scalars
        #expect(text == Array(String(decoding: arabic, as: UTF8.self).unicodeScalars))
        // reserved at 4 bytes a byte, the array would hold twice its scalars; a page's rounding is all that is left
        #expect(text.capacity - text.count < 1100, "capacity \(text.capacity) for \(text.count) scalars")
        // stray continuation bytes: one U+FFFD each, more scalars than bytes that start one
        let stray = arabic + [UInt8](repeating: 0x80, count: 70_000) + Array("\u{0628}".utf8)
        let replaced = try TextDecoder.decode(stray, encoding: .utf8, invalidUTF8: .replace)
        #expect(replaced.scalars.count == 100_000 + 70_000 + 1)
        #expect(replaced.scalars[100_000..<170_000].allSatisfy { $0 == "\u{FFFD}" } && replaced.scalars.last == "\u{0628}")
        #expect(replaced.replacements == 70_000)
        // without replacement it is an error at the first stray byte, as for a short text
        #expect(throws: DecodingError.invalidUTF8(byteOffset: 200_000)) { try TextDecoder.decode(stray, encoding: .utf8) }
    }

    @Test("long runs of Arabic letters and ASCII agree with the standard library, errors included")
    func longRunsAgree() throws {
        var g = SplitMix(state: 7)
        // valid characters of one to four bytes, and bytes that break a sequence
        let pieces: [[UInt8]] = [[0x41], [0x20], [0x31], [0xD8, 0xA7], [0xD9, 0x84], [0xD9, 0x8A], [0xDB, 0x8C], [0xC3, 0xA9],
                                 [0xE2, 0x80, 0x9C], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0x80], [0xD9], [0xFF]]
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            let n = 4 + Int(g.next() % 24)
            // most rounds valid Arabic text; some with a bad piece somewhere
            let valid = round % 3 != 0
            for _ in 0..<n { bytes += pieces[Int(g.next() % UInt64(valid ? 10 : pieces.count))] }
            let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
            let got = try? TextDecoder.decode(bytes, encoding: .utf8).scalars
            #expect(got == expected, "bytes \(bytes)")
            if valid { #expect(got != nil) }
        }
    }

    @Test("errors name the byte offset; a NUL byte means binary; BOMs are dropped; UTF-16 with a BOM decodes")
    func errors() throws {
        #expect(throws: DecodingError.invalidUTF8(byteOffset: 3)) { try TextDecoder.scalars([0x61, 0x62, 0x63, 0xC0, 0x80]) }
        #expect(throws: DecodingError.invalidUTF8(byteOffset: 1)) { try TextDecoder.scalars([0x61, 0xED, 0xA0, 0x80]) }  // surrogate
        #expect(throws: DecodingError.invalidUTF8(byteOffset: 2)) { try TextDecoder.scalars([0xD9, 0x82, 0xD9]) }  // truncated
        #expect(throws: DecodingError.binary(byteOffset: 2)) { try TextDecoder.scalars([0x61, 0x62, 0x00, 0x63]) }
        #expect(throws: DecodingError.binary(byteOffset: 2)) { try TextDecoder.scalars([0x61, 0xFF, 0x00, 0x62]) }
        // a trailing NUL is padding (legacy exports end with one): removed, the rest read (issue 26, item 11)
        #expect(try TextDecoder.scalars([0x61, 0xFF, 0x62, 0x00]) == ["a", "\u{06D2}", "b"])
        #expect(try TextDecoder.scalars([0xEF, 0xBB, 0xBF, 0xD9, 0x82]) == ["\u{0642}"])
        #expect(try TextDecoder.scalars([0xFF, 0xFE, 0x42, 0x06, 0x3D, 0xD8, 0x00, 0xDE]) == ["\u{0642}", "\u{1F600}"])
        #expect(try TextDecoder.scalars([0xFE, 0xFF, 0x06, 0x42]) == ["\u{0642}"])
    }

    @Test("the UTF-8 cursor finds the byte offset of any scalar, forwards and backwards, from any start")
    func cursorFindsOffsets() {
        var g = SplitMix(state: 11)
        let palette: [Unicode.Scalar] = ["a", " ", "\u{0627}", "\u{0644}", "\u{00AB}", "\u{2028}", "\u{201C}", "\u{1F600}", "\n"]
        for _ in 0..<200 {
            let n = Int(g.next() % 120)
            let scalars = (0..<n).map { _ in palette[Int(g.next() % UInt64(palette.count))] }
            let bom = g.next() % 2 == 0
            var bytes: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
            var offsets: [Int] = []
            for s in scalars { offsets.append(bytes.count); bytes += Array(String(s).utf8) }
            offsets.append(bytes.count)
            var cursor = UTF8Cursor(start: bom ? 3 : 0)
            bytes.withUnsafeBufferPointer { u in
                for _ in 0..<12 {
                    let k = Int(g.next() % UInt64(n + 1))
                    #expect(cursor.seek(k, in: u) == offsets[k], "scalar \(k) of \(scalars)")
                    #expect(cursor.scalar == k)
                }
            }
        }
    }

    @Test("a file is read whole at every size around the first read's buffer, and a directory or a missing file is named")
    func readsFiles() throws {
        let dir = try Support.tempDir()
        var g = SplitMix(state: 3)
        for size in [0, 1, 16383, 16384, 16385, 40000, (1 << 20) + 16384 + 7] {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: g.next()) }
            let path = dir + "/f\(size).txt"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            #expect(try InputFiles.read(path) == bytes, "size \(size)")
        }
        for (path, message) in [(dir, "is a directory"), (dir + "/none.txt", "No such file or directory")] {
            do { _ = try InputFiles.read(path); Issue.record("\(path) was read") } catch {
                #expect(error.path == path && error.message == message)
            }
        }
    }

    @Test("the byte limit holds on every read: at the limit a file is read, one byte over it is refused, and so is a file that holds more than its size said (one that grew after it was opened)")
    func limitHoldsOnEveryRead() throws {
        let dir = try Support.tempDir()
        for size in [100, 16384, 40000] {
            let path = dir + "/l\(size).txt"
            #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: size)))
            #expect(try InputFiles.read(path, limit: size).count == size)
            do { _ = try InputFiles.read(path, limit: size - 1); Issue.record("\(size) bytes read under a limit of \(size - 1)") } catch {
                #expect(error.message.contains("over the limit of \(size - 1)"))
            }
        }
        // a file of /proc says size 0 and holds more: what a file that grew between `fstat` and
        // the read looks like (the first read, not only the later chunks, must see the limit)
        let proc = "/proc/self/status"
        let whole = try InputFiles.read(proc)
        #expect(whole.count > 20)
        do { _ = try InputFiles.read(proc, limit: 10); Issue.record("\(proc) read past a limit of 10") } catch {
            #expect(error.path == proc && error.message.contains("over the limit of 10"))
        }
    }
}
