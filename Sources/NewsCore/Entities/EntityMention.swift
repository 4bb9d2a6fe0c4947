/// One place an article names an entity, before mentions of the same entity are merged.
public struct EntityMention: Sendable, Equatable, Hashable {
    /// Unicode scalar range into the article text: the name only, without a title before it or
    /// a possessive `’s` after it.
    public var range: Range<Int>
    /// The text at `range`.
    public var text: String
    /// The tagger's label (or a rule's, when `evidence.firm` is set).
    public var type: EntityType
    /// The title or honorific just before a person's name ("Mr", "Sen."), which the range leaves out.
    public var title: String?
    /// What the title, or else the next third-person pronoun, says about a person's gender.
    public var gender: Gender?
    /// Whether the mention is in the headline.
    public var inHeadline: Bool
    /// What the name's form and the words around it say about its type, beside `type`.
    public var evidence: TypeEvidence
    /// The name this mention writes in another script, beside it in brackets: "田中 美咲" in
    /// "Misaki Tanaka (田中 美咲)" is the same person as "Misaki Tanaka".
    public var sameAs: String?

    public init(
        range: Range<Int>, text: String, type: EntityType, title: String? = nil, gender: Gender? = nil, inHeadline: Bool = false,
        evidence: TypeEvidence = TypeEvidence(), sameAs: String? = nil
    ) {
        self.range = range
        self.text = text
        self.type = type
        self.title = title
        self.gender = gender
        self.inHeadline = inHeadline
        self.evidence = evidence
        self.sameAs = sameAs
    }
}

/// The evidence one mention gives about its entity's type, which `AliasMerger` weighs over every
/// mention of an entity so that one entity gets one type.
public struct TypeEvidence: Sendable, Equatable, Hashable {
    /// How much the tagger's label counts: 2 in running text, 1 where capitals say little (a
    /// sentence's first word, a headline), 0 when a rule replaced the label's span.
    public var taggerWeight: Int
    /// Votes from the context ("Gullhaven, the smaller port": place; "Penhallow, who": person).
    public var votes: TypeVotes
    /// The type the name's own words give ("… Shipping", "… Street", "University of …").
    public var nameType: EntityType?
    /// A type fixed by a rule that no vote moves (a quoted title is `other`; "Tanner’s Lane" a place).
    public var firm: EntityType?
    /// Whether the mention opens a sentence (or a quotation, or a title-case headline's words).
    public var sentenceInitial: Bool
    /// Whether the mention comes before the story proper: in the headline, standfirst or a caption,
    /// which may use a short form before the body introduces the full name.
    public var beforeBody: Bool
    /// Whether the mention is inside a quotation (speech, where a short form may come first).
    public var inQuote: Bool

    public init(
        taggerWeight: Int = 2, votes: TypeVotes = [:], nameType: EntityType? = nil, firm: EntityType? = nil,
        sentenceInitial: Bool = false, beforeBody: Bool = false, inQuote: Bool = false
    ) {
        self.taggerWeight = taggerWeight
        self.votes = votes
        self.nameType = nameType
        self.firm = firm
        self.sentenceInitial = sentenceInitial
        self.beforeBody = beforeBody
        self.inQuote = inQuote
    }
}
