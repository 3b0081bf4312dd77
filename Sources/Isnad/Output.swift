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
///
/// The temporary file is created in the target's directory with an unpredictable name
/// (`.NAME.XXXXXX`, `mkstemp`: O_CREAT|O_EXCL, so a file or symbolic link planted at that
/// name is never opened or followed), registered with `TemporaryFiles` so SIGINT and SIGTERM
/// remove it, and given the mode a new file gets (0666 less the umask). Without `sync` the
/// data is not flushed file by file: `-o` flushes its directory once at the end
/// (`AtomicFile.syncDirectory`).
public enum AtomicFile {
    public static func write(_ text: String, to path: String, sync: Bool = false) throws(WriteError) { try write(Array(text.utf8), to: path, sync: sync) }
    public static func write(_ bytes: [UInt8], to path: String, sync: Bool = false) throws(WriteError) {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let template = (dir.isEmpty ? "" : dir + "/") + "." + name + ".XXXXXX"
        guard let slot = TemporaryFiles.arm(template) else { throw WriteError(path: path, errno: ENAMETOOLONG) }
        defer { TemporaryFiles.disarm(slot) }
        let fd = mkstemp(TemporaryFiles.path(slot))
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let tmp = String(cString: TemporaryFiles.path(slot))
        func fail(_ e: Int32) -> WriteError { unlink(tmp); return WriteError(path: path, errno: e) }
        fchmod(fd, 0o666 & ~TemporaryFiles.umaskValue)
        if let e = bytes.withUnsafeBytes({ writeAll(fd, $0) }) { close(fd); throw fail(e) }
        if sync && fsync(fd) != 0 { let e = errno; close(fd); throw fail(e) }
        if close(fd) != 0 { throw fail(errno) }
        guard rename(tmp, path) == 0 else { throw fail(errno) }
        if sync { syncDirectory(dir.isEmpty ? "." : dir, wholeFileSystem: false) }
    }

    /// Appends text to a file, creating it when missing (`$GITHUB_STEP_SUMMARY`).
    public static func append(_ text: String, to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
        let bytes = Array(text.utf8)
        if let e = bytes.withUnsafeBytes({ writeAll(fd, $0) }) { close(fd); throw WriteError(path: path, errno: e) }
        if close(fd) != 0 { throw WriteError(path: path, errno: errno) }
    }

    /// Flushes what was written in a directory to the disk, once: the file system's data
    /// (`syncfs`, all the sheets at once) when `wholeFileSystem`, and the directory's entries (the renames).
    @discardableResult
    public static func syncDirectory(_ dir: String, wholeFileSystem: Bool = true) -> Bool {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var ok = true
        if wholeFileSystem {
            // syncfs(2): the file system's dirty data at once (looked up: Glibc's module hides it behind _GNU_SOURCE)
            if let f = syncfsFunction { if f(fd) != 0 { ok = false } } else { sync() }
        }
        if fsync(fd) != 0 { ok = false }
        return ok
    }

    /// Where `--write-baseline PATH` may write: PATH itself when it is a regular file or does
    /// not exist; the target of a symbolic link to a regular file (followed, and said so in
    /// `note`); anything else (a device such as /dev/full, a FIFO, a directory, a dangling
    /// link) is refused rather than replaced by a regular file.
    public static func replaceable(_ path: String) throws(WriteError) -> (path: String, note: String?) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            if errno == ENOENT { return (path, nil) }
            throw WriteError(path: path, errno: errno)
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return (path, nil)
        case S_IFLNK:
            guard let real = realpath(path, nil) else {
                throw WriteError(path: path, refusal: "a symbolic link to nothing (\(String(cString: strerror(errno)))); refusing to replace it")
            }
            let target = String(cString: real)
            free(real)
            var t = stat()
            guard stat(target, &t) == 0, t.st_mode & S_IFMT == S_IFREG else {
                throw WriteError(path: path, refusal: "a symbolic link to \(target), \(kind(t.st_mode)), not a regular file; refusing to write it")
            }
            return (target, "\(path) is a symbolic link: writing its target \(target)")
        default:
            throw WriteError(path: path, refusal: "\(kind(st.st_mode)), not a regular file; refusing to replace it")
        }
    }

    nonisolated(unsafe) static let syncfsFunction: (@convention(c) (Int32) -> Int32)? = {
        guard let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(f, to: (@convention(c) (Int32) -> Int32).self)
    }()

    static func kind(_ mode: mode_t) -> String {
        mode & S_IFMT == S_IFDIR ? "a directory" : InputFiles.special(mode) ?? "a regular file"
    }
}

/// The temporary files being written, removed if the run is interrupted (SIGINT, SIGTERM,
/// SIGHUP): the handler unlinks each armed path (async-signal-safe), then lets the signal end
/// the process as it would have. Paths live in fixed buffers so the handler never allocates.
public enum TemporaryFiles {
    static let slots = 8, size = Int(PATH_MAX) + 1
    nonisolated(unsafe) static let buffer: UnsafeMutablePointer<CChar> = {
        let b = UnsafeMutablePointer<CChar>.allocate(capacity: slots * size); b.initialize(repeating: 0, count: slots * size); return b
    }()
    nonisolated(unsafe) static let armed: UnsafeMutablePointer<Int32> = {
        let a = UnsafeMutablePointer<Int32>.allocate(capacity: slots); a.initialize(repeating: 0, count: slots); return a
    }()
    static let lock = NSLock()
    /// The process's umask, read once (reading it means setting it).
    nonisolated(unsafe) static let umaskValue: mode_t = { let m = umask(0o022); umask(m); return m }()

    /// Installs the handlers (once; a signal already ignored, as under nohup, stays ignored), and
    /// unblocks the three signals: a mask inherited from the parent's thread (a process spawned
    /// from a libdispatch worker inherits one that blocks nearly everything) would make the run
    /// impossible to interrupt.
    public static func install() {
        _ = buffer; _ = armed; _ = umaskValue
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var old = sigaction()
            sigaction(sig, nil, &old)
            if let h = old.__sigaction_handler.sa_handler, unsafeBitCast(h, to: Int.self) == 1 { continue }  // SIG_IGN
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                for i in 0..<TemporaryFiles.slots where TemporaryFiles.armed[i] != 0 {
                    unlink(TemporaryFiles.buffer + i * TemporaryFiles.size)
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            sigaction(sig, &action, nil)
        }
    }

    /// Takes a slot for `template` (copied into it, to be filled by mkstemp); nil when the path is too long or no slot is free.
    static func arm(_ template: String) -> Int? {
        let bytes = Array(template.utf8)
        guard bytes.count < size else { return nil }
        _ = buffer
        lock.lock(); defer { lock.unlock() }
        for i in 0..<slots where armed[i] == 0 {
            let p = buffer + i * size
            for (k, b) in bytes.enumerated() { p[k] = CChar(bitPattern: b) }
            p[bytes.count] = 0
            armed[i] = 1
            return i
        }
        return nil
    }
    static func path(_ slot: Int) -> UnsafeMutablePointer<CChar> { buffer + slot * size }
    static func disarm(_ slot: Int) { lock.lock(); armed[slot] = 0; lock.unlock() }
}
