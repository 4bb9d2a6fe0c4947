/// A phrase that names who said something: a name, a pronoun, or a description.
struct SpeakerPhrase: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A capitalised name, possibly with a title: `Sen. Ada Reyes`, `the Kremlin`.
        case name
        /// A personal pronoun: `he`, `she`, `they`, `I`.
        case pronoun
        /// A relative pronoun standing for the noun before it: `…, who said`.
        case relative
        /// A described speaker: `the council's spokeswoman`, `officials`.
        case nominal
    }

    /// Token indices in the paragraph (half-open).
    var tokens: Range<Int>
    /// Token indices of the phrase's own head, without role links (`a spokesman` of `a spokesman for X`).
    var head: Range<Int>
    var kind: Kind
}
