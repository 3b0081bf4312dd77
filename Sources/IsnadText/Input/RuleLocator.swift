import Foundation
import IsnadModel

/// Finds the rule packs to use: the ones named on the command line; else `./Rules` when
/// the working directory has one; else the pack installed with the tool (`ISNAD_RULES`,
/// `<bin>/../share/isnad/Rules`, or the `Rules/` of the source tree the binary was built in).
public enum RuleLocator {
    public static func directories(explicit: [String], executable: String = CommandLine.arguments.first ?? "") throws(InputFailure) -> [String] {
        if !explicit.isEmpty { return explicit }
        let fm = FileManager.default
        if isPack("Rules") { return ["Rules"] }
        if let env = ProcessInfo.processInfo.environment["ISNAD_RULES"], isPack(env) { return [env] }
        var exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        if !executable.contains("/"), let found = searchPath(executable) { exe = URL(fileURLWithPath: found).resolvingSymlinksInPath() }
        var dir = exe.deletingLastPathComponent()
        let share = dir.deletingLastPathComponent().appendingPathComponent("share/isnad/Rules").path
        if isPack(share) { return [share] }
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Rules").path
            if isPack(candidate) && fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return [candidate] }
            dir = dir.deletingLastPathComponent()
        }
        throw InputFailure(path: "Rules", message: "no rule pack found: pass --rules DIR, or run from a directory that has Rules/")
    }

    package static func isPack(_ path: String) -> Bool {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return files.contains { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
    }

    package static func searchPath(_ name: String) -> String? {
        for p in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let c = "\(p)/\(name)"
            if FileManager.default.isExecutableFile(atPath: c) { return c }
        }
        return nil
    }
}

/// Expands the paths given to `audit` into article files: files as given, directories
/// walked for `*.txt` / `*.md` in sorted order (symlink loops are not followed twice).
public enum InputFiles {
    /// The bytes of a file, or why they cannot be read.
    ///
    /// Only regular files are read: a FIFO, a device or a socket (named, walked, or reached through
    /// a symbolic link) is refused with what it is, never read — a FIFO would block the run, and
    /// `/dev/zero` or `/dev/urandom` would fill memory. The file is opened without blocking (a FIFO
    /// with no writer does not hang the open) and checked with `fstat` on the descriptor opened,
    /// so the check and the read are about the same file.
    public static func read(_ path: String) throws(InputFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            // a socket cannot be opened (ENXIO): say what it is
            var st = stat()
            if stat(path, &st) == 0, let kind = special(st.st_mode) { throw InputFailure(path: path, message: "not a regular file (\(kind)), not read") }
            throw InputFailure(path: path, message: String(cString: strerror(e)))
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 {
            if st.st_mode & S_IFMT == S_IFDIR { throw InputFailure(path: path, message: "is a directory") }
            if let kind = special(st.st_mode) { throw InputFailure(path: path, message: "not a regular file (\(kind)), not read") }
        }
        func failure() -> InputFailure {
            InputFailure(path: path, message: errno == EISDIR ? "is a directory" : String(cString: strerror(errno)))
        }
        // read straight into the array's storage: no stat, no copy, two reads for an article
        var failed = false, full = false
        var bytes = [UInt8](unsafeUninitializedCapacity: 16384) { buf, n in
            n = 0
            while n < buf.count {
                let r = Glibc.read(fd, buf.baseAddress! + n, buf.count - n)
                if r < 0 { if errno == EINTR { continue }; failed = true; return }
                if r == 0 { return }
                n += r
            }
            full = true
        }
        if failed { throw failure() }
        // a longer file: the rest in larger chunks
        if full {
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let r = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if r < 0 { if errno == EINTR { continue }; throw failure() }
                if r == 0 { break }
                bytes.append(contentsOf: chunk[..<r])
            }
        }
        return bytes
    }

    /// What a file that is neither a regular file nor a directory is, from its mode; nil for those two.
    public static func special(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a file"
        }
    }

    public static func expand(_ paths: [String], failures: inout [InputFailure]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { failures.append(InputFailure(path: p, message: "no such file or directory")); continue }
            if !isDir.boolValue { out.append(p); continue }
            var seen = Set<String>()
            walk(p, &out, &seen, &failures)
        }
        return out
    }

    package static func walk(_ dir: String, _ out: inout [String], _ seen: inout Set<String>, _ failures: inout [InputFailure]) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard seen.insert(real).inserted else { failures.append(InputFailure(path: dir, message: "symbolic link loop, not followed")); return }
        guard let d = opendir(dir) else { failures.append(InputFailure(path: dir, message: "cannot read directory")); return }
        // names and types from the directory itself: a stat only for links and unknown types
        var entries: [(name: String, type: UInt8)] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasPrefix(".") { continue }
            entries.append((name, e.pointee.d_type))
        }
        closedir(d)
        for (name, type) in entries.sorted(by: { $0.name < $1.name }) {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: Bool
            switch Int32(type) {
            case Int32(DT_DIR): isDir = true
            case Int32(DT_REG): isDir = false
            default:
                var st = stat()
                guard stat(path, &st) == 0 else { continue }  // a dangling link
                isDir = (st.st_mode & S_IFMT) == S_IFDIR
            }
            if isDir { walk(path, &out, &seen, &failures) }
            else if name.hasSuffix(".txt") || name.hasSuffix(".md") { out.append(path) }
        }
    }
}
