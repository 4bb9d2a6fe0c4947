import Foundation

/// The credits line that closes wire copy: "(Reporting by Ana Lima; Editing by Tom Reid)".
enum WireCredits {
    /// The words such a line opens with (compared without case).
    static let cues = ["reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
                       "reporting and writing by", "research by", "graphics by"]

    /// The paragraph without its closing credits line, and the credits (without brackets);
    /// nil when the paragraph does not end in one.
    static func split(_ paragraph: String) -> (rest: String, credits: String)? {
        guard paragraph.hasSuffix(")"), let open = paragraph.lastIndex(of: "(") else { return nil }
        let inner = paragraph[paragraph.index(after: open)..<paragraph.index(before: paragraph.endIndex)]
        let lower = inner.lowercased()
        guard cues.contains(where: { lower.hasPrefix($0) }), inner.count <= 300 else { return nil }
        let rest = paragraph[..<open].trimmingCharacters(in: .whitespaces)
        return (rest, String(inner).trimmingCharacters(in: .whitespaces))
    }
}
