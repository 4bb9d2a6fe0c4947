/// The `String`s of an article's spellings, each made the first time a rule reads it.
///
/// The entity rules read the text of few of an article's words (those in and around names);
/// making every distinct spelling a `String`, and its lower case, when the tokens were built
/// cost about a fifth of building them. A spelling is a range of the article's scalars (its
/// first token's); one made at once (not in plain ASCII) is kept as given. Shared by the
/// copies of one `ArticleTokens`, like its other caches, and read on one thread.
final class SpellingStrings {
    /// A spelling's text and lower case, made at once, and its number.
    struct Made {
        var spelling: Int
        var text: String
        var lower: String
    }

    private let scalars: [Unicode.Scalar]
    private let ranges: [Range<Int>]
    /// By spelling: its text and lower case once made. (Behind pointers: the rules read a
    /// spelling's lower case hundreds of times an article, and reading a class's stored arrays
    /// retained and released them at each read, which cost more than the look-up.)
    private let texts: UnsafeMutablePointer<String?>
    private let lowers: UnsafeMutablePointer<String?>
    /// The number of spellings.
    let count: Int

    /// Spellings over `scalars[ranges[s]]`, with the strings of those in `made` known.
    init(scalars: [Unicode.Scalar], ranges: [Range<Int>], made: [Made]) {
        self.scalars = scalars
        self.ranges = ranges
        count = ranges.count
        texts = .allocate(capacity: max(count, 1))
        lowers = .allocate(capacity: max(count, 1))
        texts.initialize(repeating: nil, count: count)
        lowers.initialize(repeating: nil, count: count)
        for m in made {
            precondition(m.spelling >= 0 && m.spelling < count)
            texts[m.spelling] = m.text
            lowers[m.spelling] = m.lower
        }
    }

    deinit {
        // Only the strings made are released; then every slot is nil, which holds nothing to
        // release. (`deinitialize(count:)` destroyed every slot through the runtime's generic
        // path, at some hundred instructions a spelling: more than the strings saved.)
        for s in 0..<count {
            if texts[s] != nil { texts[s] = nil }
            if lowers[s] != nil { lowers[s] = nil }
        }
        texts.deallocate()
        lowers.deallocate()
    }

    /// Spelling `s`'s text.
    @inline(__always)
    func text(_ s: Int) -> String {
        precondition(s >= 0 && s < count, "no such spelling")
        if let known = texts[s] { return known }
        return makeText(s)
    }

    /// Spelling `s`'s text in lower case (`lowercased()`).
    @inline(__always)
    func lower(_ s: Int) -> String {
        precondition(s >= 0 && s < count, "no such spelling")
        if let known = lowers[s] { return known }
        return makeLower(s)
    }

    private func makeText(_ s: Int) -> String {
        let made = ArticleTokens.string(scalars, ranges[s])
        texts[s] = made
        return made
    }

    /// (A spelling not made at once is plain ASCII, whose lower case is A to Z made a to z: the
    /// text itself when it has no capital.)
    private func makeLower(_ s: Int) -> String {
        let made = Self.asciiLowercased(text(s))
        lowers[s] = made
        return made
    }

    /// `text.lowercased()` of a plain-ASCII text, without the Unicode case tables: the text
    /// itself when it has no capital.
    static func asciiLowercased(_ text: String) -> String {
        text.withContiguousUTF8 { bytes -> String in
            guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in 0..<bytes.count {
                    let b = bytes[k]
                    out[k] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                }
                return bytes.count
            }
        }
    }
}
