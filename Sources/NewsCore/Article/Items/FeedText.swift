/// The text of a feed's field, which may be markup or plain text.
enum FeedText {
    /// A field meant as one line (a title, a summary) made plain: markup read by the HTML
    /// reader and its blocks joined by spaces, plain text cleaned.
    static func line(_ text: String?) -> String? {
        guard let text else { return nil }
        let plain: String
        if ArticleDraft.looksLikeMarkup(text) {
            plain = HTMLReader.blocks(ofFragment: text).map(\.text).joined(separator: " ")
        } else {
            plain = HTMLText.clean(text)
        }
        return plain.isEmpty ? nil : plain
    }
}
