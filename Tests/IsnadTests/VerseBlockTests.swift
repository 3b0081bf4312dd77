import Foundation
import Testing
@testable import Isnad

/// A block of verse under its speaker's colon (Continuity.versesGoOn): it ends at a unit that is
/// no claim between its lines — a Markdown heading — which the labeller never sees (review21).
@Suite("Verse block ends")
struct VerseBlockTests {
    @Test("a heading right below the verses ends the verse block: the lines under it are the writer's")
    func headingEndsBlock() throws {
        let source = "# حفل تكريم الفائزين\n\nوفي الكرم يقول الشاعر سالم الحربي:\nنحن الكرام إذا الضيوف تقاطروا\nنلقى الغريب بكل وجه باسم\n## جوائز المسابقة\nالجائزة الأولى 50 ألف ريال\nالجائزة الثانية 30 ألف ريال\n"
        let a = try Support.auditor.audit(bytes: Array(source.utf8), path: "v.md", markup: .markdown)
        #expect(a.units.map(\.kind) == [.headline, .claim, .claim, .claim, .heading, .claim, .claim])
        #expect(a.units[2].label == .named && a.units[3].label == .named, "the verses are the poet's")
        #expect(a.units[5].label == .unsourced && a.units[6].label == .unsourced)
        #expect(a.units[5].sources.isEmpty && a.units[6].sources.isEmpty)
    }
}
