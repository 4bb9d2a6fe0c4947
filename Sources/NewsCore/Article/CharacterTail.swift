/// The `Character`s of a short piece of text (a paragraph's tail) with the index each starts at,
/// for finding a few fixed words in it.
///
/// `ranges(of:)` from the string-processing library answers the same question, but through a
/// generic searcher that cost some 30,000 instructions a call on a tail of 48 characters, and
/// the parser asks it three or more times of many paragraphs (credits, agencies after a dash).
/// Here the tail is walked by `Character` once and each word is compared `Character` by
/// `Character`, as `ranges(of:)` compares them.
struct CharacterTail {
    private let characters: [Character]
    /// Where each character starts, and the tail's end after the last.
    private let starts: [String.Index]

    init(_ text: Substring) {
        var characters: [Character] = []
        var starts: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            starts.append(i)
            characters.append(text[i])
            i = text.index(after: i)
        }
        starts.append(text.endIndex)
        self.characters = characters
        self.starts = starts
    }

    /// `text.ranges(of: word).last` of the text this was made from: the last of the matches
    /// found from the start, each search going on after the previous match (so matches never
    /// overlap). Nil for an empty word.
    func lastRange(of word: String) -> Range<String.Index>? {
        let pattern = Array(word)
        guard !pattern.isEmpty else { return nil }
        var last: Int? = nil
        var k = 0
        while k + pattern.count <= characters.count {
            var same = true
            for j in pattern.indices where characters[k + j] != pattern[j] {
                same = false
                break
            }
            if same {
                last = k
                k += pattern.count
            } else {
                k += 1
            }
        }
        return last.map { starts[$0]..<starts[$0 + pattern.count] }
    }
}
