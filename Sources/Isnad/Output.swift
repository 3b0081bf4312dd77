import Foundation
import IsnadModel

/// Why a file could not be written: the system's reason (`strerror`), e.g. "No space left on device".
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var errno: Int32
    /// What was refused, when the reason is not a system error.
    public var refusal: String? = nil
    public init(path: String, errno: Int32) { self.path = path; self.errno = errno }
    public init(path: String, refusal: String) { self.path = path; self.errno = 0; self.refusal = refusal }
    public var reason: String { refusal ?? String(cString: strerror(errno)) }
    public var description: String { "\(path): \(reason)" }
}

extension FileHandle {
    /// Writes a string's UTF-8; a failure (standard error closed or full) is ignored, never a crash.
    public func write(_ s: String) { try? write(contentsOf: Array(s.utf8)) }
}

/// Writes every byte to `fd`, retrying on EINTR and short writes; the errno of a failure.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var done = 0
    while done < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 { if errno == EINTR { continue }; return errno }
        if n == 0 { return ENOSPC }
        done += n
    }
    return nil
}

/// Standard output written with `write(2)`, whole buffers at a time. The first error (disk
/// full, a closed descriptor) is kept, and nothing more is written: the run reports it and
/// exits with status 2 (`failure`).
public enum StandardOutput {
    private static let state = State()
    private final class State: @unchecked Sendable {  // guarded by `lock`
        let lock = NSLock()
        var errno: Int32? = nil
    }

    public static func write(_ bytes: [UInt8]) {
        if failure != nil { return }
        let e = bytes.withUnsafeBytes { writeAll(1, $0) }
        if let e { state.lock.lock(); if state.errno == nil { state.errno = e }; state.lock.unlock() }
    }

    /// Why writing to standard output failed, if it did.
    public static var failure: WriteError? {
        state.lock.lock(); defer { state.lock.unlock() }
        return state.errno.map { WriteError(path: "standard output", errno: $0) }
    }

    /// Makes sure descriptors 0, 1 and 2 are open, so no file the run opens takes their place:
    /// a closed standard output is reopened on /dev/null for reading only, so writing to it
    /// still fails (EBADF) and is reported instead of landing in a file.
    public static func guardStandardDescriptors() {
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let n = open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY)
            if n >= 0 && n != fd { dup2(n, fd); close(n) }
        }
    }
}

/// Creates a directory and its missing parents (`mkdir -p`), or says why it cannot.
public func createDirectories(_ path: String) throws(WriteError) {
    var st = stat()
    if stat(path, &st) == 0 {
        if st.st_mode & S_IFMT == S_IFDIR { return }
        throw WriteError(path: path, errno: ENOTDIR)
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path { try createDirectories(parent) }
    if mkdir(path, 0o777) != 0 && errno != EEXIST { throw WriteError(path: path, errno: errno) }
}

/// Writes a file through a temporary file and a rename, so it is never half written. Every
/// failure is a `WriteError` with the system's reason, and the temporary file is removed.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(WriteError) { try write(Array(text.utf8), to: path) }
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        let e = bytes.withUnsafeBytes { writeAll(fd, $0) }
        if let e { close(fd); unlink(tmp); throw WriteError(path: path, errno: e) }
        if close(fd) != 0 { let e = errno; unlink(tmp); throw WriteError(path: path, errno: e) }
        guard rename(tmp, path) == 0 else { let e = errno; unlink(tmp); throw WriteError(path: path, errno: e) }
    }
}
