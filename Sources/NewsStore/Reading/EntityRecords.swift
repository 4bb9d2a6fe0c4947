import NewsCore

/// One entity of the corpus, merged across articles: `byline entities` lists these.
public struct EntitySummary: Sendable, Equatable, Hashable {
    /// Stable while the index is not rebuilt.
    public var id: Int64
    public var name: String
    public var type: EntityType
    /// Every form articles used for it, the name first.
    public var aliases: [String]
    /// Mentions across the corpus.
    public var mentions: Int
    /// Articles that mention it.
    public var articles: Int
    /// A bare name shared by several fuller names (a surname two people have).
    public var isAmbiguous: Bool

    /// `{"id","name","type","aliases":[...],"mentions","articles","ambiguous"}`
    public var json: JSONValue {
        .object([
            ("id", .int(Int(id))),
            ("name", .string(name)),
            ("type", .string(type.rawValue)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("mentions", .int(mentions)),
            ("articles", .int(articles)),
            ("ambiguous", .bool(isAmbiguous)),
        ])
    }
}

/// What a name lookup found.
public enum EntityLookup: Sendable, Equatable {
    case none
    case found(EntitySummary)
    /// Several entities answer to the name; the caller lists them and asks for a fuller name.
    case ambiguous([EntitySummary])

    /// The entities to act on: one, or all candidates.
    public var entities: [EntitySummary] {
        switch self {
        case .none: return []
        case .found(let e): return [e]
        case .ambiguous(let list): return list
        }
    }
}

/// One mention of an entity, with the sentence around it: `byline mentions` lists these.
public struct MentionRecord: Sendable, Equatable {
    public var articleID: Int64
    public var path: String
    public var title: String
    /// `YYYY-MM-DD`, when the article has a date.
    public var date: String?
    /// Unicode scalar offsets into the article's normalised text.
    public var start: Int
    public var end: Int
    /// The mention as written.
    public var text: String
    /// The sentence around the mention (or up to 60 characters either side).
    public var context: String
    /// Where the mention sits inside `context`, in scalars.
    public var contextRange: Range<Int>
    /// The file changed since it was indexed: offsets may be off until the next refresh.
    public var isStale: Bool

    /// `{"path","title","start","end","text","context"}`
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("title", .string(title)),
            ("start", .int(start)),
            ("end", .int(end)),
            ("text", .string(text)),
            ("context", .string(context)),
        ])
    }
}

/// An entity of one article as the index stored it, resolved to its corpus entity.
public struct StoredArticleEntity: Sendable, Equatable {
    /// The corpus entity (`EntitySummary.id`).
    public var entityID: Int64
    /// The corpus entity's name ("Vladimir Putin" even where the article says only "Putin").
    public var name: String
    /// The name this article gave it.
    public var nameInArticle: String
    public var type: EntityType
    public var mentions: [Range<Int>]
}

/// A quotation as the index stored it.
public struct StoredQuote: Sendable, Equatable {
    public var articleID: Int64
    public var path: String
    public var title: String
    /// The article's `YYYY-MM-DD`, when it has a date.
    public var date: String?
    public var quote: Quote
    /// The quoted words, when the article was read back.
    public var text: String?
    /// The corpus entity of the speaker, when attributed.
    public var speakerID: Int64?
    public var speakerName: String?
}
