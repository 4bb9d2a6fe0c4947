/// Who a quotation is attributed to, as found in the text: the speaker phrase and the cue.
struct Attribution: Sendable, Equatable {
    /// How the attribution was found, from most to least direct evidence.
    enum Source: Sendable, Equatable {
        /// A cue clause right after the quotation: `"…," she said`.
        case after
        /// A cue earlier in the same sentence: `She said that "…"`.
        case before
        /// A cue later in the same sentence, after other words.
        case laterInSentence
        /// Another quotation in the same paragraph has the speaker.
        case sameParagraph
        /// A quotation paragraph continuing the previous paragraph's speaker.
        case previousParagraph
        /// The paragraph that follows names the speaker.
        case nextParagraph
        /// The subject of the sentence, with no cue at all.
        case sentenceSubject
    }

    /// Scalar range of the speaker mention.
    var speaker: Range<Int>
    /// Scalar range of the mention's head (the name without a role link), used to resolve it.
    var head: Range<Int>
    var kind: SpeakerPhrase.Kind
    /// Scalar range of the cue word, when there is one.
    var cue: Range<Int>?
    var source: Source
}
