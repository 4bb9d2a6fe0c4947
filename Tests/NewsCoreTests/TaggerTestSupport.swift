@testable import NewsCore

extension TaggerDocument {
    /// A document of our own sentences, one per line, words split at spaces.
    static func spaced(_ text: String) -> TaggerDocument {
        var doc = TaggerDocument()
        for line in text.split(separator: "\n") {
            for w in line.split(separator: " ") { doc.addToken(w) }
            doc.endSentence()
        }
        return doc
    }
}
