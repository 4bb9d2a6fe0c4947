import Testing
@testable import NewsCore

/// A reused workspace empties only the table slots the last document filled
/// (`TaggerBuffers.reserve(tokens:)`): its tables are empty again for the next document, whatever
/// the sizes of the documents before, and it tags each document as a fresh workspace does.
struct TaggerTableReuseTests {
    /// Documents written for this test: a long one (a larger table), a short one, a mid-sized one.
    static let documents = [
        String(repeating: "The Kestrel Bay harbour board met the Tarrow dockers on Thursday , Priya Venkataraman said . ", count: 40)
            + "Union leader Tomás Ó Briain said the talks would go on .",
        "Dockers voted on Friday .",
        "Venkataraman met Ó Briain in Kestrel Bay , and the board said the harbour would open on Monday .",
    ]

    @Test func aReusedWorkspaceTagsAsAFreshOneAndLeavesItsTablesEmpty() throws {
        let tagger = try EntityTagger.bundled()
        let ws = TaggerWorkspace()
        for text in Self.documents + Self.documents.reversed() {
            let doc = TaggerDocument.spaced(text)
            tagger.tagRaw(doc, workspace: ws)
            let n = doc.tokenCount
            let fresh = TaggerWorkspace()
            tagger.tagRaw(doc, workspace: fresh)
            #expect(Array(ws.tags[0..<n]) == Array(fresh.tags[0..<n]))
            #expect(Array(ws.buffers.form[0..<n]) == Array(fresh.buffers.form[0..<n]))
            // What the next document's `reserve` empties is exactly what this one filled.
            var b = ws.buffers
            #expect(b.tableTokensUsed == n)
            #expect(b.formsUsed == b.formCount)
            b.reserve(tokens: 1)
            #expect(b.tableKeys.allSatisfy { $0 == 0 })
            #expect(b.tableFlags.allSatisfy { $0 == 0 })
            #expect(b.formSlots.allSatisfy { $0 == 0 })
        }
    }
}
