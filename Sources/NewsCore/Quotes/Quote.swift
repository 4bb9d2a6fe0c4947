/// One quotation in an article and, when it can be told, who said it.
public struct Quote: Sendable, Equatable, Hashable {
    /// A whole quotation, a few quoted words inside a paraphrase, or quoted words that are no
    /// one's speech at all.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        case direct
        case partial
        /// Words in quotation marks that nobody is quoted as saying: a scare quote, a term or a
        /// word mentioned as a word, a title, a nickname, a slogan, a headline's borrowed words.
        /// A term never has a speaker; the reader styles it apart, and the quotation lists and
        /// `speaker:` search leave it out.
        case term

        /// Whether someone is quoted: a direct or partial quotation, not a term.
        public var isQuotation: Bool { self != .term }
    }

    /// How an attribution was found, from most to least direct evidence.
    public enum Evidence: String, Sendable, Equatable, Hashable, Codable {
        /// A cue clause right after the quotation: `"…," she said`.
        case cueAfter
        /// A cue earlier in the same sentence: `She said that "…"`.
        case cueBefore
        /// A cue later in the same sentence, after other words.
        case cueLaterInSentence
        /// Another quotation in the same paragraph has the speaker.
        case sameParagraph
        /// A quotation paragraph continuing the previous paragraph's speaker.
        case previousParagraph
        /// The paragraph that follows names the speaker.
        case nextParagraph
        /// The subject of the sentence, with no cue at all.
        case sentenceSubject
    }

    /// The quoted words, quotation marks excluded (Unicode scalar offsets into the article text).
    public var range: Range<Int>
    public var kind: Kind
    /// The mention of the speaker the attribution rests on ("Mr Ushakov", "she", "the council").
    public var speaker: Range<Int>?
    /// The speaker as written at that mention.
    public var speakerText: String?
    /// The canonical name of the entity the speaker resolves to, when there is one.
    public var speakerEntity: String?
    /// The cue word the attribution rests on ("said", "told", "according"), when there is one.
    public var cue: Range<Int>? = nil
    /// The speaker mention is a pronoun ("he", "she", "who"); `speakerEntity` is its antecedent.
    public var speakerIsPronoun: Bool = false
    /// How the speaker was found; nil when there is no speaker.
    public var evidence: Evidence? = nil
    /// The paragraph ended before a closing mark: the quotation runs on into the next paragraph.
    public var isOpenEnded: Bool = false

    public init(
        range: Range<Int>, kind: Kind, speaker: Range<Int>? = nil, speakerText: String? = nil,
        speakerEntity: String? = nil
    ) {
        self.range = range
        self.kind = kind
        self.speaker = speaker
        self.speakerText = speakerText
        self.speakerEntity = speakerEntity
    }
}
