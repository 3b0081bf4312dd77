import Foundation

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

    static func isPack(_ path: String) -> Bool {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        return files.contains { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
    }

    static func searchPath(_ name: String) -> String? {
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
    public static func read(_ path: String) throws(InputFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputFailure(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InputFailure(path: path, message: String(cString: strerror(errno))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw InputFailure(path: path, message: "is a directory") }
        var bytes = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputFailure(path: path, message: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
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

    static func walk(_ dir: String, _ out: inout [String], _ seen: inout Set<String>, _ failures: inout [InputFailure]) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard seen.insert(real).inserted else { failures.append(InputFailure(path: dir, message: "symbolic link loop, not followed")); return }
        guard let items = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            failures.append(InputFailure(path: dir, message: "cannot read directory")); return
        }
        for name in items.sorted() where !name.hasPrefix(".") {
            let path = (dir as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue { walk(path, &out, &seen, &failures) }
            else if name.hasSuffix(".txt") || name.hasSuffix(".md") { out.append(path) }
        }
    }
}
