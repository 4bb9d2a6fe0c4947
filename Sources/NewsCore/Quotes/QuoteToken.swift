/// One token of a paragraph as attribution sees it: a word, a punctuation mark, or a whole quote.
///
/// Quoted text is folded into a single `.quote` token so the cue and speaker rules only ever
/// look at the narrative around the quotations.
struct QuoteToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        /// `'s` or `’s` split off a name.
        case possessive
        case punct
        /// A whole quoted segment, marks included; `segment` says which.
        case quote
    }

    var start: Int
    var end: Int
    var kind: Kind
    var key: WordKey
    /// The first letter is upper case.
    var capitalised: Bool
    /// For `.punct`, the scalar; otherwise a space.
    var scalar: Unicode.Scalar
    /// For `.quote`, the index of the segment in the finder's segment list.
    var segment: Int
    /// The token opens a sentence.
    var sentenceStart: Bool = false
    /// Index of the sentence in its paragraph.
    var sentence: Int = 0

    var isWord: Bool { kind == .word }

    func isPunct(_ s: Unicode.Scalar) -> Bool { kind == .punct && scalar == s }

    /// A comma, a full stop or another mark that ends a phrase.
    var isClauseBreak: Bool {
        kind == .punct && (scalar == "," || scalar == "." || scalar == ";" || scalar == ":" || scalar == "!" || scalar == "?")
    }

    /// An em or en dash, or a horizontal bar, used to attach a name to a quotation.
    var isDash: Bool {
        kind == .punct && (scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2015}" || scalar == "-")
    }
}
