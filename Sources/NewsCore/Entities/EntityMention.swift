/// One place an article names an entity, before mentions of the same entity are merged.
public struct EntityMention: Sendable, Equatable, Hashable {
    /// Unicode scalar range into the article text: the name only, without a title before it or
    /// a possessive `’s` after it.
    public var range: Range<Int>
    /// The text at `range`.
    public var text: String
    public var type: EntityType
    /// The title or honorific just before a person's name ("Mr", "Sen."), which the range leaves out.
    public var title: String?
    /// What the title, or else the next third-person pronoun, says about a person's gender.
    public var gender: Gender?
    /// Whether the mention is in the headline.
    public var inHeadline: Bool

    public init(range: Range<Int>, text: String, type: EntityType, title: String? = nil, gender: Gender? = nil, inHeadline: Bool = false) {
        self.range = range
        self.text = text
        self.type = type
        self.title = title
        self.gender = gender
        self.inHeadline = inHeadline
    }
}
