/// Joins typed pieces of text into an article's text and blocks: pieces apart by blank lines,
/// block offsets in Unicode scalars.
enum ArticleAssembly {
    static func article(_ pieces: [(BlockKind, String)]) -> Article {
        var text = ""
        var blocks: [Block] = []
        var offset = 0
        for (i, (kind, piece)) in pieces.enumerated() {
            if i > 0 {
                text += "\n\n"
                offset += 2
            }
            let length = piece.utf8ScalarCount
            blocks.append(Block(kind: kind, range: offset..<(offset + length)))
            text += piece
            offset += length
        }
        return Article(path: "", title: pieces.first?.1 ?? "", text: text, blocks: blocks)
    }
}
