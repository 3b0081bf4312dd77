import Foundation
import Testing
@testable import Isnad
import IsnadTestSupport

@Suite(".gitignore matching")
struct IgnoreRulesTests {
    func ignored(_ rules: String, _ path: String, dir: Bool = false) -> Bool? {
        IgnoreRules(text: rules).decide(path.split(separator: "/").map(String.init), isDirectory: dir)
    }

    @Test("comments and blank lines; names at any depth; anchored patterns")
    func basics() {
        let r = "# a comment\n\n*.md\n/top.txt\ndocs/old.txt\n"
        #expect(ignored(r, "a.md") == true && ignored(r, "x/y/a.md") == true)
        #expect(ignored(r, "a.txt") == nil)
        #expect(ignored(r, "top.txt") == true && ignored(r, "x/top.txt") == nil)
        #expect(ignored(r, "docs/old.txt") == true && ignored(r, "x/docs/old.txt") == nil)
        #expect(ignored(r, "# a comment") == nil)
    }

    @Test("a trailing slash matches directories only; ! re-includes; the last match decides")
    func directoriesAndNegation() {
        let r = "drafts/\n*.txt\n!keep.txt\n"
        #expect(ignored(r, "drafts", dir: true) == true && ignored(r, "drafts") == nil)
        #expect(ignored(r, "a/drafts", dir: true) == true)
        #expect(ignored(r, "a.txt") == true && ignored(r, "keep.txt") == false)
        #expect(ignored("!keep.txt\n*.txt\n", "keep.txt") == true)
        // an escaped # or ! is a name
        #expect(ignored("\\#x.txt\n", "#x.txt") == true && ignored("\\!x.txt\n", "!x.txt") == true)
    }

    @Test("globs: * and ? within a name, classes, ** across directories")
    func globs() {
        #expect(ignored("a?c.txt\n", "abc.txt") == true && ignored("a?c.txt\n", "ac.txt") == nil)
        #expect(ignored("[0-9]*.md\n", "2024-news.md") == true && ignored("[!0-9]*.md\n", "2024-news.md") == nil)
        #expect(ignored("news-*-draft.txt\n", "news-1-2-draft.txt") == true && ignored("*.txt\n", "a.txt.bak") == nil)
        #expect(ignored("**/tmp\n", "a/b/tmp", dir: true) == true && ignored("**/tmp\n", "tmp", dir: true) == true)
        #expect(ignored("a/**/b.txt\n", "a/b.txt") == true && ignored("a/**/b.txt\n", "a/x/y/b.txt") == true && ignored("a/**/b.txt\n", "c/a/b.txt") == nil)
        #expect(ignored("logs/**\n", "logs/x.txt") == true && ignored("logs/**\n", "logs", dir: true) == nil)
    }

    @Test("a stack: nested files override outer ones below them, exclude: always wins, node_modules and .git skipped")
    func stack() {
        let outer = IgnoreRules(text: "*.md\n")
        let inner = IgnoreRules(text: "!keep.md\n", depth: 1)
        let exclude = IgnoreRules(text: "sub/keep.md\n")
        let s = IgnoreStack(gitignores: [outer, inner])
        #expect(s.ignores(["a.md"], isDirectory: false) && !s.ignores(["sub", "keep.md"], isDirectory: false))
        #expect(s.ignores(["keep.md"], isDirectory: false), "the inner file applies only below its directory")
        #expect(IgnoreStack(gitignores: [outer, inner], excludes: [exclude]).ignores(["sub", "keep.md"], isDirectory: false))
        #expect(s.ignores(["x", "node_modules"], isDirectory: true) && !s.ignores(["a.txt"], isDirectory: false))
        // a file above the walked directory sees the path from its own directory
        let above = IgnoreRules(text: "/news/drafts/\n", lead: ["news"])
        #expect(IgnoreStack(gitignores: [above]).ignores(["drafts"], isDirectory: true))
    }

    @Test("a walk skips what is ignored and counts it; a file named is read though ignored")
    func walk() throws {
        let dir = try TestSupport.tempDir()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/skip", withIntermediateDirectories: true)
        for f in ["a.txt", "b.md", "skip/c.txt"] { try "نص.".write(toFile: dir + "/" + f, atomically: true, encoding: .utf8) }
        try "skip/\n".write(toFile: dir + "/.gitignore", atomically: true, encoding: .utf8)
        var failures: [InputFailure] = [], notes: [String] = []
        let found = InputFiles.expandPaths([dir, dir + "/skip/c.txt"], failures: &failures, notes: &notes) { _ in [IgnoreRules(text: "*.md\n")] }
        #expect(found.map(\.display) == [dir + "/a.txt", dir + "/skip/c.txt"])
        #expect(failures.isEmpty)
        let none = InputFiles.expandPaths([dir + "/skip"], failures: &failures, notes: &notes) { _ in [IgnoreRules(text: "*.txt\n")] }
        #expect(none.isEmpty)
        #expect(failures.map(\.message) == ["no articles (*.txt, *.md) to audit in this directory (1 entry skipped by .gitignore, exclude: or node_modules)"])
    }
}
