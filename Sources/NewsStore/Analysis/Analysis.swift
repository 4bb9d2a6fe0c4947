import NewsCore

/// The text analysis run on every article while indexing: entity extraction and quote finding.
///
/// It is injected so the trained tagger and the quote finder can replace the stand-ins without
/// touching the store. `identifier` names the implementations and their model versions; it is
/// part of the index version key, so changing either rebuilds the index on its next opening.
public struct Analysis: Sendable {
    /// Finds the named entities of an article.
    public var extractor: any EntityExtractor
    /// Finds the quotations of an article, given its entities (for attributing speakers).
    public var findQuotes: @Sendable (Article, [ArticleEntity]) -> [Quote]
    /// Names the extractor, the quote finder and their model versions, e.g. `"tagger-3/quotes-1"`.
    public var identifier: String

    public init(
        extractor: any EntityExtractor,
        findQuotes: @escaping @Sendable (Article, [ArticleEntity]) -> [Quote] = { _, _ in [] },
        identifier: String
    ) {
        self.extractor = extractor
        self.findQuotes = findQuotes
        self.identifier = identifier
    }

    /// The trained tagger (or the rules, if its model cannot load) and the quote finder.
    ///
    /// Bump `revision` whenever extraction code changes what it finds for the same model, so
    /// existing indexes rebuild; a new model file changes the identifier by itself.
    public static let standard: Analysis = {
        let revision = 17
        // Both read only the first `Article.analysedScalarLimit` scalars: some inputs cost them
        // time that grows faster than the text, and a file may be megabytes long.
        let quotes: @Sendable (Article, [ArticleEntity]) -> [Quote] = { article, entities in
            QuoteFinder.quotes(in: article.analysedPart(), entities: entities)
        }
        if let tagger = try? TaggerEntityExtractor() {
            return Analysis(extractor: PartExtractor(tagger), findQuotes: quotes, identifier: "tagger-r\(revision)-\(NERModel.bundledFingerprint())/quotes-r\(revision)")
        }
        return Analysis(extractor: PartExtractor(CapitalisationExtractor()), findQuotes: quotes, identifier: "capitalisation-r\(revision)/quotes-r\(revision)")
    }()

    /// Entities and quotes of one article.
    func run(_ article: Article) -> (entities: [ArticleEntity], quotes: [Quote]) {
        let entities = extractor.entities(in: article)
        return (entities, findQuotes(article, entities))
    }
}

/// An extractor that reads only the part of an article analysis covers (`Article.analysedPart()`).
struct PartExtractor: EntityExtractor {
    let inner: any EntityExtractor

    init(_ inner: any EntityExtractor) {
        self.inner = inner
    }

    func entities(in article: Article) -> [ArticleEntity] {
        inner.entities(in: article.analysedPart())
    }
}
