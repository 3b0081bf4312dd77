#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's address space under a limit (`ulimit -v`, `RLIMIT_AS`).
///
/// glibc's allocator gives each thread that contends for it an arena of its own, and reserves
/// 64 MB of address space for each (mapped without access: no memory is used, but the limit
/// counts it). With the run's reader and worker threads that is 130–190 MB reserved before an
/// article is read, so under `ulimit -v 250000` the first allocation that finds no room killed
/// the process with a signal. Under a limit the allocator is given one arena (the threads
/// share it through their caches), which leaves the limit to the audit; without one nothing
/// changes. A limit too small for the tool to start at all is refused with a message.
public enum AddressSpace {
    /// The limit on the address space, in bytes; nil when there is none.
    public static var limit: Int? {
        var l = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &l) == 0, l.rlim_cur != rlim_t.max else { return nil }
        return Int(clamping: l.rlim_cur)
    }

    /// The address space the process maps now (its `VmSize`), in bytes; nil where unknown.
    public static var mapped: Int? {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 128)
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { return nil }
        var pages = 0
        for b in buf[..<n] {
            guard b >= 0x30 && b <= 0x39 else { break }
            pages = pages * 10 + Int(b - 0x30)
        }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// glibc's `mallopt(M_ARENA_MAX, 1)`: `malloc.h` is not part of Swift's Glibc module, so the
    /// function is looked up by name (`M_ARENA_MAX` is -8 in every glibc since 2.10).
    static func oneArena() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(f, to: Mallopt.self)(-8, 1)
        #endif
    }

    /// The size from which glibc's allocator maps a block of its own (returned to the system
    /// when freed), fixed: `mallopt(M_MMAP_THRESHOLD, 1 MB)` (`M_MMAP_THRESHOLD` is -3).
    static let mappedBlockBytes: Int32 = 1 << 20

    /// Fixes the size from which the allocator maps a block of its own (`mappedBlockBytes`).
    /// By default that size follows the largest mapped block freed so far, up to 32 MB: once a
    /// long article's first large list is freed, its later lists of up to 32 MB are carved from
    /// the heap, whose freed space can stay resident among them (measured: 16 MB of a 50 MB
    /// article's peak, issue #26). Fixed, each
    /// block of 1 MB or more goes back to the system when freed; an ordinary article allocates
    /// none. Returns whether the allocator took the setting (false where it is not glibc's).
    @discardableResult public static func returnLargeBlocks() -> Bool {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        return unsafeBitCast(f, to: Mallopt.self)(-3, mappedBlockBytes) == 1
        #else
        return false
        #endif
    }

    /// glibc's `malloc_trim(0)`: the heap's free pages given back to the system, those among its
    /// blocks as well as those at its top. A long article frees many blocks under the size that
    /// is mapped of its own (`mappedBlockBytes`) as its stages end — a chunk's matches copied to
    /// a list of those kept, the labeller's run, the sources' word counts — and the allocator
    /// gives back only the top of the heap: the freed pages among the blocks still held stayed
    /// resident (issue #26, mem32). Called a few times an article (`Auditor`): it walks the
    /// allocator's free lists. Returns whether the allocator took the call (false where it is
    /// not glibc's).
    @discardableResult public static func trimHeap() -> Bool {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let f = mallocTrim else { return false }
        _ = unsafeBitCast(f, to: MallocTrim.self)(0)
        return true
        #else
        return false
        #endif
    }

    #if canImport(Glibc)
    /// `malloc_trim`, looked up once by name (`malloc.h` is not part of Swift's Glibc module).
    nonisolated(unsafe) static let mallocTrim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
    #endif

    /// Gives back to the system the pages wholly inside `bytes` bytes from `start`
    /// (`madvise(MADV_DONTNEED)`): their memory is no longer resident, and reads as zeros once
    /// touched again. For a list's elements that will not be read again before they are written
    /// (`Tokens.release(before:keeping:)`): only whole pages inside the range are touched, never
    /// the allocator's own bytes around a block. Returns the bytes given back (0 when the range
    /// holds no whole page or the system refused).
    @discardableResult public static func givePagesBack(_ start: UnsafeMutableRawPointer, bytes: Int) -> Int {
        guard bytes > 0 else { return 0 }
        let page = UInt(pageBytes)
        let lo = (UInt(bitPattern: start) + page - 1) & ~(page - 1)
        let hi = (UInt(bitPattern: start) + UInt(bytes)) & ~(page - 1)
        guard lo < hi, let p = UnsafeMutableRawPointer(bitPattern: lo) else { return 0 }
        #if canImport(Glibc)
        return madvise(p, Int(hi - lo), Int32(MADV_DONTNEED)) == 0 ? Int(hi - lo) : 0
        #else
        return 0
        #endif
    }

    /// The size of a page of memory.
    static let pageBytes = Swift.max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// What the tool needs beyond what it maps when it starts: the rules, the threads' stacks
    /// and the working memory of ordinary articles (measured: the dev articles run with 40 MB
    /// to spare, not with 25).
    public static let headroom = 64 << 20

    /// Sets the allocator up: large blocks returned when freed (`returnLargeBlocks()`), and for
    /// the limit, if there is one (first thing in `main`, before any thread starts). Returns why
    /// the tool cannot run under it, if it cannot: the limit is smaller than what the process
    /// maps already plus `headroom`.
    public static func prepare() -> String? {
        returnLargeBlocks()
        guard let limit else { return nil }
        oneArena()
        guard let mapped, limit < mapped + headroom else { return nil }
        func mb(_ n: Int) -> String { "\(n >> 20) MB" }
        return "the address-space limit (ulimit -v) is \(mb(limit)): too small to run; the tool maps \(mb(mapped)) "
            + "when it starts (its libraries) and needs about \(mb(mapped + headroom)) to audit ordinary articles; "
            + "raise the limit (articles over --isolate-above are audited in processes of their own, under the same limit)"
    }

    // MARK: running out of it

    /// The signals a process that runs out of address space dies of: Swift stops on a failed
    /// allocation with SIGABRT, or with SIGSEGV when even its message cannot be allocated.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGTRAP]

    /// What the handler needs, prepared beforehand: it allocates nothing.
    nonisolated(unsafe) static var limitBytes = 0
    nonisolated(unsafe) static var message: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
    nonisolated(unsafe) static var scratch: UnsafeMutableBufferPointer<UInt8> = .init(start: nil, count: 0)
    nonisolated(unsafe) static var previous: UnsafeMutablePointer<sigaction>? = nil
    nonisolated(unsafe) static var pageSize = 4096

    /// How close to the limit a process that dies of a signal must be for running out of
    /// address space to be the reason: the allocation that failed did not fit in what was left.
    static func margin(_ limit: Int) -> Int { max(32 << 20, limit / 8) }

    /// Under a limit, a process that dies of Swift's abort after an allocation that failed, or
    /// of any fatal signal with its address space within `margin` of the limit, writes `audit: error: ran out of memory (...)` to standard error and exits with status
    /// 2, instead of dying of the signal (a child auditing one article is then reported as out
    /// of memory by the run; the run itself stops with a message). Any other crash goes on to
    /// the handler installed before (Swift's backtrace). No effect without a limit.
    public static func reportExhaustion(_ what: String) {
        guard let limit, previous == nil else { return }
        limitBytes = limit
        pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let text = Array("audit: error: ran out of memory (limit \(limit >> 20) MB of address space, ulimit -v)\(what)\n".utf8)
        message = .allocate(capacity: text.count)
        _ = message.initialize(from: text)
        scratch = .allocate(capacity: 128)
        let saved = UnsafeMutablePointer<sigaction>.allocate(capacity: fatalSignals.count)
        previous = saved
        for (i, sig) in fatalSignals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in AddressSpace.exhausted(sig) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, saved + i)
        }
    }

    /// The handler: only system calls on memory prepared beforehand.
    static func exhausted(_ sig: Int32) {
        // Swift aborts right after the allocation that failed, whose ENOMEM is still in errno
        // (a large one can fail far from the limit); when its message cannot be allocated
        // either, the process faults with its address space at the limit
        if sig == SIGABRT && errno == ENOMEM || nearLimit() {
            _ = write(2, message.baseAddress, message.count)
            _exit(2)
        }
        // another crash: the handler there was before, for this signal
        if let previous, let i = fatalSignals.firstIndex(of: sig) { sigaction(sig, previous + i, nil) }
        raise(sig)
    }

    /// Whether the process maps within `margin` of its limit (read from /proc/self/statm).
    static func nearLimit() -> Bool {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return false }
        let n = read(fd, scratch.baseAddress, scratch.count)
        close(fd)
        guard n > 0 else { return false }
        var pages = 0
        for i in 0..<n {
            let b = scratch[i]
            guard b >= 0x30 && b <= 0x39 else { break }
            pages = pages &* 10 &+ Int(b &- 0x30)
        }
        return pages &* pageSize >= limitBytes - margin(limitBytes)
    }
}
