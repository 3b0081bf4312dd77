import Foundation
import IsnadModel

/// Finds the rule packs to use: the ones named on the command line or in `.audit.yml`; else
/// `./Rules` when the working directory has one; else the built-in pack, the one installed with
/// the tool (`builtin`).
public enum RuleLocator {
    /// The name that stands for the built-in pack in `--rules`, `rules:` and `extends:`.
    public static let builtinName = "builtin"

    /// The environment variable naming the built-in pack's directory.
    public static let environment = "ISNAD_RULES"

    public static func directories(explicit: [String], executable: String = CommandLine.arguments.first ?? "") throws(InputFailure) -> [String] {
        if !explicit.isEmpty { return explicit }
        if isPack("Rules") { return ["Rules"] }
        if let b = builtin(executable: executable) { return [b] }
        throw InputFailure(path: "Rules", message: notFound(executable: executable))
    }

    /// The built-in rule pack: `$ISNAD_RULES`, else `<bin>/../share/isnad/Rules` (an installed
    /// tool), else the `Rules/` of the source tree the binary was built in; nil when none is a pack.
    public static func builtin(executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let env = ProcessInfo.processInfo.environment[environment], isPack(env) { return env }
        var dir = binDirectory(executable)
        let share = dir.deletingLastPathComponent().appendingPathComponent("share/isnad/Rules").path
        if isPack(share) { return share }
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Rules").path
            if isPack(candidate) && FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// Why no pack was found, naming every place looked at.
    public static func notFound(executable: String = CommandLine.arguments.first ?? "") -> String {
        let share = binDirectory(executable).deletingLastPathComponent().appendingPathComponent("share/isnad/Rules").path
        let env = ProcessInfo.processInfo.environment[environment].map { "$\(environment) (\($0): not a rule pack)" } ?? "$\(environment) (not set)"
        return "no rule pack found: looked in ./Rules, \(env) and \(share); pass --rules DIR, set \(environment) to the directory of the installed pack, or install the tool with its share/isnad/Rules"
    }

    /// The directory of the running binary, its symbolic links resolved.
    static func binDirectory(_ executable: String) -> URL {
        var exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        if !executable.contains("/"), let found = searchPath(executable) { exe = URL(fileURLWithPath: found).resolvingSymlinksInPath() }
        return exe.deletingLastPathComponent()
    }

    /// A directory's path with `.`/`..` and symbolic links resolved, to tell two names of one pack apart.
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    @usableFromInline package static func isPack(_ path: String) -> Bool {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return files.contains { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
    }

    @usableFromInline package static func searchPath(_ name: String) -> String? {
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
    ///
    /// `raw` is the path's bytes when they are not the UTF-8 of `path` (a file name that is not
    /// UTF-8, found by walking a directory); `path` is then only what messages show.
    ///
    /// A file larger than `limit` bytes is refused before it is read, or as soon as a read finds it
    /// larger (one that grew after it was opened).
    public static func read(_ path: String, raw: [UInt8]? = nil, limit: Int = .max) throws(InputFailure) -> [UInt8] {
        let pathBytes = raw ?? Array(path.utf8)
        let fd = openPath(pathBytes, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            // a socket cannot be opened (ENXIO): say what it is
            var st = stat()
            if statPath(pathBytes, &st) == 0, let kind = special(st.st_mode) { throw InputFailure(path: path, message: "not a regular file (\(kind)), not read") }
            throw InputFailure(path: path, message: String(cString: strerror(e)))
        }
        defer { close(fd) }
        var st = stat()
        var size = 0
        if fstat(fd, &st) == 0 {
            if st.st_mode & S_IFMT == S_IFDIR { throw InputFailure(path: path, message: "is a directory") }
            if let kind = special(st.st_mode) { throw InputFailure(path: path, message: "not a regular file (\(kind)), not read") }
            if Int(st.st_size) > limit { throw tooLarge(path, Int(st.st_size), limit) }
            size = Int(st.st_size)
        }
        func failure() -> InputFailure {
            InputFailure(path: path, message: errno == EISDIR ? "is a directory" : String(cString: strerror(errno)))
        }
        // read straight into the array's storage, of the file's size (and one byte more, to see the
        // end): no copy, no zeroed buffer, two reads for an article of any size
        var failed = false, full = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(16384, size + 1)) { buf, n in
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
        // a file that grew past the limit between `fstat` and the read (the first read takes the
        // size and one byte more, or 16 KiB: at the limit, that byte is over it)
        if bytes.count > limit { throw tooLarge(path, bytes.count, limit) }
        // a file that grew while read: the rest in larger chunks, the limit checked after each
        if full {
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let r = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
                if r < 0 { if errno == EINTR { continue }; throw failure() }
                if r == 0 { break }
                bytes.append(contentsOf: chunk[..<r])
                // a file that grew past the limit while read
                if bytes.count > limit { throw tooLarge(path, bytes.count, limit) }
            }
        }
        return bytes
    }

    /// All of standard input (`audit -`; or of the descriptor `fd`), up to `limit` bytes; failures are named `name`.
    public static func readStandardInput(limit: Int, name: String, fd: Int32 = 0) throws(InputFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let r = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if r < 0 { if errno == EINTR { continue }; throw InputFailure(path: name, message: "cannot read standard input: \(String(cString: strerror(errno)))") }
            if r == 0 { break }
            bytes.append(contentsOf: chunk[..<r])
            if bytes.count > limit { throw tooLarge(name, bytes.count, limit) }
        }
        return bytes
    }

    static func tooLarge(_ path: String, _ size: Int, _ limit: Int) -> InputFailure {
        InputFailure(path: path, message: "\(size) bytes, over the limit of \(limit) (--max-article-bytes): not audited")
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

    /// Opens a path given as bytes. A path longer than PATH_MAX (a directory tree hundreds of
    /// levels deep) is opened a piece at a time with `openat`, each piece shorter than PATH_MAX.
    public static func openPath(_ path: [UInt8], _ flags: Int32) -> Int32 {
        if path.count < Int(PATH_MAX) - 1 { return withCPath(path) { open($0, flags) } }
        var dirfd = AT_FDCWD
        var start = 0
        while true {
            let rest = path.count - start
            if rest < Int(PATH_MAX) - 1 {
                let fd = withCPath(Array(path[start...])) { openat(dirfd, $0, flags) }
                let e = errno
                if dirfd != AT_FDCWD { close(dirfd) }
                errno = e
                return fd
            }
            // the longest piece ending at a slash that fits
            var cut = start + Int(PATH_MAX) - 2
            while cut > start && path[cut] != 0x2F { cut -= 1 }
            if cut <= start { if dirfd != AT_FDCWD { close(dirfd) }; errno = ENAMETOOLONG; return -1 }
            let next = withCPath(Array(path[start..<cut])) { openat(dirfd, $0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            let e = errno
            if dirfd != AT_FDCWD { close(dirfd) }
            guard next >= 0 else { errno = e; return -1 }
            dirfd = next
            start = cut + 1
        }
    }

    /// Calls `body` with the bytes as a NUL-terminated C string.
    static func withCPath<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }

    /// `stat` (following links) of a path given as bytes, of any length.
    public static func statPath(_ path: [UInt8], _ st: inout stat) -> Int32 {
        if path.count < Int(PATH_MAX) - 1 { return withCPath(path) { stat($0, &st) } }
        let fd = openPath(path, 0o10000000 | O_CLOEXEC)  // O_PATH (hidden from Swift by Glibc's module)
        guard fd >= 0 else { return -1 }
        defer { close(fd) }
        return fstat(fd, &st)
    }

    /// A path as it is shown: its bytes as UTF-8, each invalid byte shown as U+FFFD.
    static func display(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A file or directory, by identity (device and inode).
    struct FileID: Hashable { var dev: UInt64; var ino: UInt64; init(_ st: stat) { dev = UInt64(st.st_dev); ino = UInt64(st.st_ino) } }

    /// An article to read: how it is shown, and its bytes when they are not that string's UTF-8.
    public struct Path: Sendable, Equatable {
        public var display: String
        public var raw: [UInt8]?
        public init(_ display: String, raw: [UInt8]? = nil) { self.display = display; self.raw = raw }
        var bytes: [UInt8] { raw ?? Array(display.utf8) }
        /// The article read from standard input (`-` on the command line).
        public static let standardInput = Path("-", raw: [])
    }

    public static func expand(_ paths: [String], failures: inout [InputFailure]) -> [String] {
        var notes: [String] = []
        return expandPaths(paths, failures: &failures, notes: &notes).map(\.display)
    }

    /// Expands the paths given into the articles to read, in order: a file as given, a
    /// directory walked for `*.txt` and `*.md` in sorted order (hidden entries skipped).
    ///
    /// - A file reached twice (given twice, or given and walked, or through a link) is read once; `notes` says so.
    /// - Names that are not UTF-8 are kept as bytes (`Path.raw`) and shown with U+FFFD.
    /// - Trees of any depth are walked (paths past PATH_MAX are opened piece by piece); a loop
    ///   is a directory that is its own ancestor (by device and inode), reported once.
    /// - A broken or looping symbolic link named like an article is reported, not skipped silently.
    ///
    /// A walk skips what `.gitignore` files ignore (those in the walked tree, and those above it
    /// up to the repository root), what the `excludes` of its directory name (the configuration's
    /// `exclude:` globs), and `node_modules/`. A file named on the command line is audited even if
    /// ignored. A walk that finds no article is a failure naming the directory.
    ///
    /// With `standardInput`, a `-` is `Path.standardInput`, in its place (`audit -`).
    public static func expandPaths(_ paths: [String], failures: inout [InputFailure], notes: inout [String], standardInput: Bool = false,
                                   excludes: (String) -> [IgnoreRules] = { _ in [] }) -> [Path] {
        var out: [Path] = []
        var files: [FileID: String] = [:]
        var walked = Set<FileID>()
        func add(_ p: Path, _ st: stat) {
            let id = FileID(st)
            if st.st_mode & S_IFMT == S_IFREG, let first = files[id] {
                notes.append(first == p.display ? "\(p.display) is given more than once: audited once"
                                                 : "\(p.display) is the same file as \(first): audited once")
                return
            }
            files[id] = p.display
            out.append(p)
        }
        for p in paths {
            if standardInput && p == "-" { out.append(.standardInput); continue }
            var st = stat()
            guard stat(p, &st) == 0 else {
                let e = errno
                var l = stat()
                let message = e == ENOENT && lstat(p, &l) == 0 ? "broken symbolic link (\(String(cString: strerror(e))))"
                    : e == ENOENT ? "no such file or directory" : e == ELOOP ? "symbolic link loop (\(String(cString: strerror(e))))" : String(cString: strerror(e))
                failures.append(InputFailure(path: p, message: message)); continue
            }
            if st.st_mode & S_IFMT != S_IFDIR { add(Path(p), st); continue }
            if walked.contains(FileID(st)) { notes.append("\(p) is given more than once: walked once"); continue }
            var found = 0, failed = failures.count
            let stack = IgnoreStack(gitignores: gitignoresAbove(p), excludes: excludes(p))
            let skipped = walk(Array(p.utf8), display: p, ignores: stack, walked: &walked, failures: &failures) { found += 1; add($0, $1) }
            failed = failures.count - failed
            if found == 0 && failed == 0 {
                failures.append(InputFailure(path: p, message: "no articles (*.txt, *.md) to audit in this directory"
                    + (skipped > 0 ? " (\(skipped) \(skipped == 1 ? "entry" : "entries") skipped by .gitignore, exclude: or node_modules)" : "")))
            }
        }
        return out
    }

    /// The `.gitignore` files above a walked directory, from the repository root down to its
    /// parent, each with the path from its directory to the walked one. None outside a repository.
    static func gitignoresAbove(_ directory: String) -> [IgnoreRules] {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        var below: [String] = []
        var found: [IgnoreRules] = []
        let fm = FileManager.default
        while true {
            if !below.isEmpty, let text = try? String(contentsOfFile: dir.appendingPathComponent(".gitignore").path, encoding: .utf8) {
                found.append(IgnoreRules(text: text, lead: below))
            }
            if fm.fileExists(atPath: dir.appendingPathComponent(".git").path) { return found.reversed() }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return [] }
            below.insert(dir.lastPathComponent, at: 0)
            dir = parent
        }
    }

    /// Walks one directory tree depth first, in sorted order, without recursion (any depth).
    /// Returns the number of entries skipped by the ignore rules.
    @discardableResult
    static func walk(_ root: [UInt8], display: String, ignores: IgnoreStack = IgnoreStack(), walked: inout Set<FileID>,
                     failures: inout [InputFailure], _ found: (Path, stat) -> Void) -> Int {
        enum Item { case dir([UInt8], String, parent: Int, rel: [String], ignores: IgnoreStack); case file(Path, stat) }
        // the directories entered, each with its parent's index: a loop is an ancestor met again
        var chain: [(id: FileID, parent: Int)] = []
        var stack: [Item] = [.dir(root, display, parent: -1, rel: [], ignores: ignores)]
        var skipped = 0
        func join(_ dir: [UInt8], _ name: [UInt8]) -> [UInt8] { dir.last == 0x2F ? dir + name : dir + [0x2F] + name }
        func joinDisplay(_ dir: String, _ name: String) -> String { dir.hasSuffix("/") ? dir + name : dir + "/" + name }
        func article(_ name: [UInt8]) -> Bool {
            name.count > 4 && name.suffix(4).elementsEqual(".txt".utf8) || name.count > 3 && name.suffix(3).elementsEqual(".md".utf8)
        }
        while let item = stack.popLast() {
            switch item {
            case .file(let p, let st): found(p, st)
            case .dir(let path, let shown, let parent, let rel, var ignores):
                let fd = openPath(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard fd >= 0 else {
                    failures.append(InputFailure(path: shown, message: "cannot read directory (\(String(cString: strerror(errno))))")); continue
                }
                var st = stat()
                fstat(fd, &st)
                let id = FileID(st)
                var a = parent, loop = false
                while a >= 0 { if chain[a].id == id { loop = true; break }; a = chain[a].parent }
                if loop { close(fd); failures.append(InputFailure(path: shown, message: "symbolic link loop, not followed")); continue }
                // a directory reached again through another link: its articles are already listed
                guard walked.insert(id).inserted else { close(fd); continue }
                chain.append((id, parent))
                let me = chain.count - 1
                guard let d = fdopendir(fd) else { close(fd); failures.append(InputFailure(path: shown, message: "cannot read directory")); continue }
                var entries: [(name: [UInt8], shown: String, type: UInt8)] = []
                while let e = readdir(d) {
                    let name = withUnsafeBytes(of: e.pointee.d_name) { raw -> [UInt8] in
                        let b = raw.bindMemory(to: UInt8.self)
                        return Array(b[..<(b.firstIndex(of: 0) ?? b.count)])
                    }
                    if name.first == 0x2E { continue }  // hidden, . and ..
                    entries.append((name, InputFiles.display(name), e.pointee.d_type))
                }
                // this directory's .gitignore applies below it
                var gst = stat()
                if fstatat(dirfd(d), ".gitignore", &gst, 0) == 0 && gst.st_mode & S_IFMT == S_IFREG,
                   let bytes = try? read(shown + "/.gitignore", raw: join(path, Array(".gitignore".utf8)), limit: 1 << 20) {
                    let rules = IgnoreRules(text: String(decoding: bytes, as: UTF8.self), depth: rel.count)
                    if !rules.isEmpty { ignores.gitignores.append(rules) }
                }
                entries.sort { $0.shown != $1.shown ? $0.shown < $1.shown : $0.name.lexicographicallyPrecedes($1.name) }
                var items: [Item] = []
                for (name, shownName, type) in entries {
                    let child = join(path, name)
                    let childShown = joinDisplay(shown, shownName)
                    // the type (following links) from the directory itself; a stat only when needed
                    var cst = stat()
                    let childRel = rel + [shownName]
                    if type == UInt8(DT_DIR) {
                        if ignores.ignores(childRel, isDirectory: true) { skipped += 1; continue }
                        items.append(.dir(child, childShown, parent: me, rel: childRel, ignores: ignores)); continue
                    }
                    guard type != UInt8(DT_REG) || article(name) else { continue }
                    if type == UInt8(DT_REG) && ignores.ignores(childRel, isDirectory: false) { skipped += 1; continue }
                    if fstatat(dirfd(d), name.map { CChar(bitPattern: $0) } + [0], &cst, 0) != 0 {
                        let e = errno
                        if article(name) {
                            let why = e == ELOOP ? "symbolic link loop (\(String(cString: strerror(e))))"
                                : e == ENOENT ? "broken symbolic link (\(String(cString: strerror(e))))" : String(cString: strerror(e))
                            failures.append(InputFailure(path: childShown, message: why))
                        }
                        continue
                    }
                    let isDir = cst.st_mode & S_IFMT == S_IFDIR
                    if (isDir || article(name)) && ignores.ignores(childRel, isDirectory: isDir) { skipped += 1; continue }
                    if isDir { items.append(.dir(child, childShown, parent: me, rel: childRel, ignores: ignores)) }
                    else if article(name) {
                        // the bytes are kept when the name is not UTF-8 (the shown path would not open)
                        let valid = String(validating: child, as: UTF8.self) != nil
                        items.append(.file(Path(childShown, raw: valid ? nil : child), cst))
                    }
                }
                closedir(d)
                stack.append(contentsOf: items.reversed())
            }
        }
        return skipped
    }
}
