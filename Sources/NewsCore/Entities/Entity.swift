/// The kinds of named entity Byline recognises (CoNLL's PER, ORG, LOC and MISC).
public enum EntityType: String, Sendable, Equatable, Hashable, CaseIterable, Codable, Comparable {
    case person
    case organization
    case place
    case other

    /// Order in which the reader groups entity types.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The heading the reader shows above entities of this type.
    public var pluralLabel: String {
        switch self {
        case .person: return "People"
        case .organization: return "Organisations"
        case .place: return "Places"
        case .other: return "Other"
        }
    }
}

/// One named entity in one article, with every place the article names it.
public struct ArticleEntity: Sendable, Equatable, Hashable {
    /// The fullest form of the name the article uses ("Vladimir Putin" rather than "Putin").
    public var name: String
    public var type: EntityType
    /// Every distinct surface form seen, the canonical name first.
    public var aliases: [String]
    /// Unicode scalar ranges into the article text, in text order.
    public var mentions: [Range<Int>]
    /// For people: the gender the article's titles and pronouns point to, when they agree.
    public var gender: Gender?
    /// The types some mention's own context speaks for strongly, whatever type the entity got: a
    /// title (a person), a rule's fixed type, or context votes of `AliasMerger.strongVote` or
    /// more ("the band X", "the X film"). The index weighs them across the corpus.
    public var strongCues: EntityTypes

    public init(
        name: String, type: EntityType, aliases: [String], mentions: [Range<Int>], gender: Gender? = nil, strongCues: EntityTypes = []
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.gender = gender
        self.strongCues = strongCues
    }
}

/// A set of entity types, a bit each in `EntityType.allCases` order (no allocation, and one
/// order to print in).
public struct EntityTypes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public init(_ type: EntityType) { self.init(rawValue: 1 << UInt8(EntityType.allCases.firstIndex(of: type)!)) }
}

/// Finds the named entities of an article.
public protocol EntityExtractor: Sendable {
    /// The article's entities, merged so each person, organisation or place appears once.
    func entities(in article: Article) -> [ArticleEntity]

    /// The same entities, from an article whose scalars are already decoded (indexing decodes
    /// them once for this and the quote finder). By default, `entities(in: text.article)`.
    func entities(in text: ArticleScalars) -> [ArticleEntity]
}

extension EntityExtractor {
    public func entities(in text: ArticleScalars) -> [ArticleEntity] {
        entities(in: text.article)
    }
}
