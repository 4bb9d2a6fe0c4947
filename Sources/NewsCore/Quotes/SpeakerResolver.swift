/// Maps a speaker mention to the entity it names; for pronouns, the antecedent's entity.
struct SpeakerResolver {
    struct Resolved {
        var entity: String?
    }

    let scalars: [Unicode.Scalar]
    let entities: [ArticleEntity]
    let excluded: [String]

    init(scalars: [Unicode.Scalar], entities: [ArticleEntity], excluded: [String], attributor: QuoteAttributor) {
        self.scalars = scalars
        self.entities = entities
        self.excluded = excluded
    }

    /// The resolution of an attribution, or nil when the mention may not be a speaker.
    func resolve(_ a: Attribution) -> Resolved? {
        Resolved(entity: nil)
    }
}
