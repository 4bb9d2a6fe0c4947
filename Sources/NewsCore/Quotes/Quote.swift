/// One quotation in an article and, when it can be told, who said it.
public struct Quote: Sendable, Equatable, Hashable {
    /// A whole quotation, or a few quoted words inside a paraphrase.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        case direct
        case partial
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
