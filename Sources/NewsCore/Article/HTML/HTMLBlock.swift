/// One block of an article read from a page, before it is placed in the article's text.
struct HTMLBlock: Sendable, Equatable {
    var kind: BlockKind
    var text: String
    /// The tree node whose text this is (the innermost block element holding it).
    var node: Int
    /// Scalars of text (spaces not counted), and how many of them are inside links.
    var length: Int = 0
    var linkLength: Int = 0
    /// How many of them are inside elements the page marks as a caption or credit, and as a
    /// byline or date.
    var captionLength: Int = 0
    var bylineLength: Int = 0
}
