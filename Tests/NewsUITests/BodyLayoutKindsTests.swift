import NewsCore
import NewsUI
import Testing

/// The block kinds web pages bring (block quotes and list items) laid out in the body pane.
@Suite struct BodyLayoutKindsTests {
    /// An article from typed pieces, blocks apart by blank lines as the readers make them.
    func article(_ pieces: [(BlockKind, String)]) -> Article {
        var text = ""
        var blocks: [Block] = []
        for (kind, piece) in pieces {
            if !text.isEmpty { text += "\n\n" }
            let start = text.unicodeScalars.count
            text += piece
            blocks.append(Block(kind: kind, range: start..<text.unicodeScalars.count))
        }
        return Article(path: "web/page.html", format: .html, title: pieces[0].1, text: text, blocks: blocks)
    }

    /// Each line as the screen shows it: its indent in spaces, then its characters.
    func rendered(_ layout: BodyLayout) -> [String] {
        layout.lines.map { String(repeating: " ", count: $0.indent) + $0.text }
    }

    @Test func listItemsAreBulletedAndSitTogether() {
        let layout = BodyLayout(article: article([
            (.headline, "Sea wall"),
            (.paragraph, "The amendment would pay for:"),
            (.listItem, "A survey of the wall from the estate to Fennick Point."),
            (.listItem, "A public meeting."),
            (.paragraph, "The debate is on Wednesday."),
        ]), width: 30)
        #expect(rendered(layout) == [
            "Sea wall",
            "",
            "The amendment would pay for:",
            "",
            "• A survey of the wall from",
            "  the estate to Fennick Point.",
            "• A public meeting.",
            "",
            "The debate is on Wednesday.",
        ])
    }

    @Test func blockQuotesAreSetIn() {
        let layout = BodyLayout(article: article([
            (.headline, "Petition"),
            (.blockquote, "We ask the council to survey the whole of the sea wall."),
        ]), width: 30)
        #expect(rendered(layout) == [
            "Petition",
            "",
            "    We ask the council to",
            "    survey the whole of the",
            "    sea wall.",
        ])
    }

    @Test func theTextOfNewKindsKeepsItsOffsets() {
        let source = article([(.headline, "Sea wall"), (.listItem, "Fennick Point first."), (.blockquote, "Before another winter.")])
        let layout = BodyLayout(article: source, width: 40)
        for block in source.blocks {
            let shown = layout.lines.flatMap(\.characters).filter { $0.offset.map(block.range.contains) ?? false }
            #expect(String(shown.map(\.character)) == source.text(of: block))
        }
        // The bullet is decoration, not article text.
        #expect(layout.lines.flatMap(\.characters).contains { $0.character == "•" && $0.offset == nil })
    }

    @Test func theMetaLineNamesAPagesSourceAndAuthor() {
        var page = article([(.headline, "Sea wall"), (.paragraph, "Text.")])
        page.date = "2026-01-12"
        page.source = "Merrowick Courier"
        page.author = "Priti Naidoo"
        #expect(rendered(BodyLayout(article: page, width: 60))[1] == "2026-01-12 · Merrowick Courier · Priti Naidoo")
    }
}
