import Foundation

/// A cheap stand-in for the parser, valid only where it was checked to agree with it.
///
/// Most news files are laid out plainly: a headline, blank lines between paragraphs, nothing
/// for the parser to strip or classify away. For those, the parser's text is the paragraphs'
/// lines trimmed and joined with spaces, paragraphs joined by blank lines, computed here in a
/// few microseconds instead of about a millisecond. At index time the refresh computes both
/// and flags the article (`article.plain`) only when they are equal; at read time the flag is
/// used only when the file's bytes still hash to the indexed hash, and this function is
/// deterministic, so a flagged article's text is exactly what the parser would give. Mentions
/// and snippets, which read a page of articles back, lean on it.
enum PlainLayout {
    /// The plain-layout text of a file's bytes, or nil when they are not clean UTF-8 text.
    static func text(_ data: Data) -> String? {
        guard let decoded = String(validating: data, as: UTF8.self) else { return nil }
        var out = ""
        out.reserveCapacity(decoded.utf8.count)
        var paragraph: [Substring] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            if !out.isEmpty { out += "\n\n" }
            out += paragraph.joined(separator: " ")
            paragraph.removeAll(keepingCapacity: true)
        }
        for line in decoded.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trim(line)
            if trimmed.isEmpty {
                flush()
            } else if out.isEmpty && paragraph.isEmpty {
                // The first line is the headline, a block of its own.
                paragraph.append(trimmed)
                flush()
            } else {
                paragraph.append(trimmed)
            }
        }
        flush()
        return out.isEmpty ? nil : out
    }

    /// The text and where its headline ends, in scalars.
    static func headlineEnd(of text: String) -> Int {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return text.unicodeScalars.count }
        return text.unicodeScalars.distance(from: text.startIndex, to: newline)
    }

    private static func trim(_ line: Substring) -> Substring {
        var s = line
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
