#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Files only the user running the tool can have written: what a cache (`PackCache`) may
/// read back and trust. A path is checked and read through one descriptor (never a check by
/// path then a read by path, which another user could race by swapping the file between the
/// two), symbolic links are never followed, and a directory or file another user owns, or
/// that group or others may write, is refused.
public enum PrivateFiles {
    /// What a cache directory is to the user running the tool.
    public enum DirectoryState: Sendable, Equatable {
        /// A directory of the user's own that no one else may write: usable.
        case own
        /// It does not exist and cannot be made (or is not a directory at all).
        case unusable
        /// Someone else owns it, group or others may write it, or it is a symbolic link:
        /// nothing read from it can be trusted.
        case untrusted
    }

    /// The state of `path` as a cache directory, making it (mode 0700, parents too) when missing.
    public static func directory(_ path: String) -> DirectoryState {
        var st = stat()
        if lstat(path, &st) != 0 {
            guard errno == ENOENT,
                  (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil,
                  lstat(path, &st) == 0 else { return .unusable }
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: return .untrusted
        default: return .unusable
        }
        return trusted(st) ? .own : .untrusted
    }

    /// Owned by the effective user, and neither group nor others may write it.
    static func trusted(_ st: stat) -> Bool {
        st.st_uid == geteuid() && st.st_mode & (S_IWGRP | S_IWOTH) == 0
    }

    /// Reads a regular file of the user's own that no one else may write, through one
    /// descriptor opened without following a symbolic link, and hands its bytes to `use`;
    /// when `use` accepts them (returns a value) the file's times are set to now, on the same
    /// descriptor (a cache's pruning keeps the most recently used files). Nil when the file is
    /// missing, a link, not a regular file, foreign, writable by others, larger than `limit`,
    /// or unreadable, or when `use` refuses it.
    public static func read<T>(_ path: String, limit: Int, _ use: ([UInt8]) -> T?) -> T? {
        // O_NONBLOCK: a FIFO planted at the name is not waited on (fstat then refuses it)
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, trusted(st), st.st_size >= 0, Int(st.st_size) <= limit else { return nil }
        let size = Int(st.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = pread(fd, buffer.baseAddress! + done, size - done, off_t(done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            count = done
            failed = done != size
        }
        guard !failed, let value = use(bytes) else { return nil }
        _ = futimens(fd, nil)
        return value
    }

    /// Writes `bytes` to `path` atomically: into a new temporary file of the same directory
    /// (`NAME.XXXXXX.tmp`, made by `mkstemps`: O_CREAT|O_EXCL, mode 0600, so nothing planted
    /// there is opened or followed), then renamed over `path`. A reader sees the old file or the
    /// whole new one, never a part; two writers racing leave one whole file. False when it
    /// cannot be written (the temporary file is removed).
    public static func write(_ bytes: [UInt8], to path: String) -> Bool {
        var template = Array((path + ".XXXXXX.tmp").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else { return false }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        // mkstemps makes it 0600 whatever the umask; said again, so a file others may write is never renamed into place
        let ok = written && fchmod(fd, 0o600) == 0
        guard close(fd) == 0, ok, rename(temporary, path) == 0 else { unlink(temporary); return false }
        return true
    }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// The running binary's identity, for keys of what it caches: two builds (release and
/// debug, or a rebuild) whose values may be laid out differently never share an entry.
public enum BuildIdentity {
    /// The linker's build ID of the running program (the ELF `NT_GNU_BUILD_ID` note, a hash
    /// of the linked binary's contents), as hexadecimal; nil where there is none (not ELF, or
    /// linked without `--build-id`).
    public static let elfBuildID: String? = {
        #if os(Linux)
        // read from the program's file (/proc/self/exe): its ELF header, program headers and notes
        let fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func bytes(_ offset: Int, _ count: Int) -> [UInt8]? {
            guard offset >= 0, count >= 0, count <= 1 << 20 else { return nil }
            let b = [UInt8](unsafeUninitializedCapacity: count) { buffer, n in
                let got = count == 0 ? 0 : pread(fd, buffer.baseAddress!, count, off_t(offset))
                n = got == count ? count : 0
            }
            return b.count == count ? b : nil
        }
        func word(_ b: [UInt8], _ at: Int, _ size: Int) -> Int {
            guard at >= 0, at + size <= b.count else { return -1 }
            var v = 0
            for i in (0..<size).reversed() { v = v << 8 | Int(b[at + i]) }
            return v
        }
        // a 64-bit little-endian ELF file
        guard let header = bytes(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let phoff = word(header, 32, 8), phentsize = word(header, 54, 2), phnum = word(header, 56, 2)
        guard phoff > 0, phentsize >= 56, phnum > 0, let table = bytes(phoff, phentsize * phnum) else { return nil }
        for h in 0..<phnum where word(table, h * phentsize, 4) == 4 {  // PT_NOTE
            let offset = word(table, h * phentsize + 8, 8), size = word(table, h * phentsize + 32, 8)
            guard let notes = bytes(offset, size) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let nameSize = word(notes, at, 4), descSize = word(notes, at + 4, 4), type = word(notes, at + 8, 4)
                let name = at + 12, desc = name + (nameSize + 3) & ~3, next = desc + (descSize + 3) & ~3
                guard next <= notes.count else { break }
                // NT_GNU_BUILD_ID, owner "GNU"
                if type == 3, nameSize == 4, notes[name..<(name + 4)].elementsEqual([0x47, 0x4E, 0x55, 0]), descSize > 0 {
                    return notes[desc..<(desc + descSize)].map { String(FNV1a.hex(UInt64($0)).suffix(2)) }.joined()
                }
                at = next
            }
        }
        return nil
        #else
        return nil
        #endif
    }()
}
