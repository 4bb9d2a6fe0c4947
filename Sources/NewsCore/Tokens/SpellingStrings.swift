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
    /// By spelling: its text and lower case once made, each slot set only then (`made` says
    /// which). (Behind pointers: the rules read a spelling's lower case hundreds of times an
    /// article, and reading a class's stored arrays retained and released them at each read,
    /// which cost more than the look-up.)
    private let texts: UnsafeMutablePointer<String>
    private let lowers: UnsafeMutablePointer<String>
    /// By spelling: `textMade` and `lowerMade` bits for the slots set. (One byte a spelling to
    /// clear, where a `String?` slot of each kind set to nil was thirty-two, cleared by a
    /// `memset` of some six kilobytes an article.)
    private let made: UnsafeMutablePointer<UInt8>
    private static var textMade: UInt8 { 1 }
    private static var lowerMade: UInt8 { 2 }
    /// The number of spellings.
    let count: Int

    /// Spellings over `scalars[ranges[s]]`, with the strings of those in `made` known.
    init(scalars: [Unicode.Scalar], ranges: [Range<Int>], made: [Made]) {
        self.scalars = scalars
        self.ranges = ranges
        count = ranges.count
        // (Texts then lower cases in one allocation.)
        texts = .allocate(capacity: max(2 * count, 1))
        lowers = texts + count
        self.made = .allocate(capacity: max(count, 1))
        self.made.initialize(repeating: 0, count: count)
        for m in made {
            precondition(m.spelling >= 0 && m.spelling < count)
            set(m.spelling, text: m.text)
            set(m.spelling, lower: m.lower)
        }
    }

    deinit {
        // Only the strings made are released.
        for s in 0..<count where made[s] != 0 {
            if made[s] & Self.textMade != 0 { (texts + s).deinitialize(count: 1) }
            if made[s] & Self.lowerMade != 0 { (lowers + s).deinitialize(count: 1) }
        }
        texts.deallocate()
        made.deallocate()
    }

    /// Spelling `s`'s text.
    @inline(__always)
    func text(_ s: Int) -> String {
        precondition(s >= 0 && s < count, "no such spelling")
        if made[s] & Self.textMade != 0 { return texts[s] }
        return makeText(s)
    }

    /// Spelling `s`'s text in lower case (`lowercased()`).
    @inline(__always)
    func lower(_ s: Int) -> String {
        precondition(s >= 0 && s < count, "no such spelling")
        if made[s] & Self.lowerMade != 0 { return lowers[s] }
        return makeLower(s)
    }

    /// Sets spelling `s`'s text (replacing one set before).
    private func set(_ s: Int, text: String) {
        if made[s] & Self.textMade != 0 { texts[s] = text } else { (texts + s).initialize(to: text) }
        made[s] |= Self.textMade
    }

    /// Sets spelling `s`'s lower case (replacing one set before).
    private func set(_ s: Int, lower: String) {
        if made[s] & Self.lowerMade != 0 { lowers[s] = lower } else { (lowers + s).initialize(to: lower) }
        made[s] |= Self.lowerMade
    }

    /// Makes spelling `s`'s text. (Not inlined, nor `makeLower`: called once a spelling, inlined
    /// they kept `text` and `lower`, and the rules' questions reading them, from being inlined.)
    @inline(never)
    private func makeText(_ s: Int) -> String {
        let text = ArticleTokens.string(scalars, ranges[s])
        set(s, text: text)
        return text
    }

    /// (A spelling not made at once is plain ASCII, whose lower case is A to Z made a to z: the
    /// text itself when it has no capital. Made from the scalars when the text is not made yet,
    /// and is then the lower case when it has no capital: most lower cases are asked for
    /// without the text, and making the text first was a second `String`.)
    @inline(never)
    private func makeLower(_ s: Int) -> String {
        if made[s] & Self.textMade != 0 {
            let lower = Self.asciiLowercased(texts[s])
            set(s, lower: lower)
            return lower
        }
        let (lower, hadCapital) = Self.asciiLowercased(scalars, ranges[s])
        set(s, lower: lower)
        if !hadCapital { set(s, text: lower) }
        return lower
    }

    /// `lowercased()` of the plain-ASCII `scalars[range]` made a `String`, and whether they have a
    /// capital.
    static func asciiLowercased(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (lower: String, hadCapital: Bool) {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range outside the scalars")
        guard !range.isEmpty else { return ("", false) }
        var hadCapital = false
        let lower = scalars.withUnsafeBufferPointer { all in
            String(unsafeUninitializedCapacity: range.count) { out in
                var n = 0
                for k in range {
                    let v = all[k].value
                    precondition(v < 0x80, "not plain ASCII")
                    let capital = v &- 0x41 < 26
                    if capital { hadCapital = true }
                    out[n] = UInt8(truncatingIfNeeded: capital ? v | 0x20 : v)
                    n &+= 1
                }
                return n
            }
        }
        return (lower, hadCapital)
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
