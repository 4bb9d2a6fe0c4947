/// Joins typed pieces of text into an article's text and blocks: pieces apart by blank lines,
/// block offsets in Unicode scalars.
enum ArticleAssembly {
    static func article(_ pieces: [(BlockKind, String)]) -> Article {
        // (Sized once: appended piece by piece, the text grew and was copied several times.)
        var text = ""
        text.reserveCapacity(pieces.reduce(2 * pieces.count) { $0 + $1.1.utf8.count })
        var blocks: [Block] = []
        blocks.reserveCapacity(pieces.count)
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

    /// The first caption among `blocks`, split from its credit as in a text file ("… Photograph:
    /// A Name" gives the caption and its credit).
    static func caption(in blocks: [(kind: BlockKind, text: String)]) -> (caption: String?, credit: String?) {
        guard let text = blocks.first(where: { $0.kind == .caption })?.text else { return (nil, nil) }
        if let (caption, credit) = ArticleParser.splitCredit(text) { return (caption, credit) }
        return (text, nil)
    }
}
