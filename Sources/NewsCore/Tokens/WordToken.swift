/// One word, number or punctuation mark of a text, located by Unicode scalar offsets.
///
/// Tokens follow the CoNLL-2003 conventions the tagger was trained on (possessive `’s` and
/// punctuation apart, initials and abbreviations with their full stop), with one deliberate
/// difference: a hyphenated compound of capitalised parts (`Putin-Trump`) is split, so each
/// name can be its own mention.
public struct WordToken: Sendable, Equatable, Hashable {
    /// What a token is, which decides how the tagger and the alias merger treat it.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        /// Letters (possibly with inner apostrophes, hyphens or full stops): `Bolton`, `O’Neill`, `U.S.`, `J.`
        case word
        /// Starts with a digit: `1996-08-30`, `3.5`, `1,200`.
        case number
        /// The possessive ending `’s` / `'s`, or a lone apostrophe after a plural (`Smiths’`).
        case possessive
        /// Anything else, one scalar at a time (quotes, dashes, brackets, full stops).
        case punctuation
    }

    /// Half-open Unicode scalar range into the text that was tokenised.
    public var range: Range<Int>
    public var kind: Kind
    /// Whether the token opens a sentence (its capital letter is then weak evidence of a name).
    public var startsSentence: Bool
    /// Whether a hyphen joined this token to the word before it in the source (`Trump` in `Putin-Trump`).
    public var hyphenJoined: Bool

    public init(range: Range<Int>, kind: Kind, startsSentence: Bool = false, hyphenJoined: Bool = false) {
        self.range = range
        self.kind = kind
        self.startsSentence = startsSentence
        self.hyphenJoined = hyphenJoined
    }
}
