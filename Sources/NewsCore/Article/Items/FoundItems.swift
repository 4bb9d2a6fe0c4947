/// What a feed reader found: one entry per item in file order, read or not.
struct FoundItems {
    struct Entry {
        /// The guid, id or link the item's id comes from.
        var rawID: String?
        /// Where it is in the file, 1-based (an item, or a line of JSON Lines).
        var position: Int
        /// Nil for an entry that could not be read (already named in `warnings`).
        var draft: ArticleDraft?
    }

    var drafts: [Entry] = []
    var warnings: [String] = []
    /// What an entry is called in a warning: "item", "entry" or "line".
    var noun = "item"
}
