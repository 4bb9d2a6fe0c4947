import Foundation

/// Finds a phrase in an article's text, ignoring case and accents, with scalar offsets.
///
/// The article's text is folded once (lower case, diacritics removed, curly apostrophes made
/// straight) into a searchable copy that remembers where each folded scalar came from, so that
/// each keystroke of an incremental search costs one pass over the folded text.
public struct TextFinder: Sendable, Equatable {
    private var folded: [Unicode.Scalar] = []
    /// For each folded scalar, the offset of the original scalar it came from.
    private var origin: [Int] = []
    private var length = 0

    public init(text: String) {
        var offset = 0
        for character in text {
            let count = character.unicodeScalars.count
            for scalar in Self.fold(character) {
                folded.append(scalar)
                origin.append(offset)
            }
            offset += count
        }
        length = offset
    }

    /// Every non-overlapping occurrence of `query`, as ranges of the original text.
    public func matches(of query: String) -> [Range<Int>] {
        let needle = query.flatMap { Array(Self.fold($0)) }
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        let last = folded.count - needle.count
        while i <= last {
            if folded[i] == needle[0], Array(folded[i..<(i + needle.count)]) == needle {
                let end = i + needle.count < origin.count ? origin[i + needle.count] : length
                out.append(origin[i]..<max(end, origin[i] + 1))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// The searchable form of one character.
    static func fold(_ character: Character) -> String.UnicodeScalarView {
        switch character {
        case "’", "‘", "ʼ": return "'".unicodeScalars
        case "“", "”", "„": return "\"".unicodeScalars
        case "–", "—": return "-".unicodeScalars
        default:
            return String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars
        }
    }
}
