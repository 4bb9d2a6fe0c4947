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
    public var findQuotes: @Sendable (Article, [ArticleEntity]) -> [Quote] {
        get {
            let find = quotesInText
            return { article, entities in find(ArticleScalars(article), entities) }
        }
        set { quotesInText = { text, entities in newValue(text.article, entities) } }
    }
    /// `findQuotes` given the scalars the extractor read, so that `run` decodes an article once.
    private var quotesInText: @Sendable (ArticleScalars, [ArticleEntity]) -> [Quote]
    /// Names the extractor, the quote finder and their model versions, e.g. `"tagger-3/quotes-1"`.
    public var identifier: String

    public init(
        extractor: any EntityExtractor,
        findQuotes: @escaping @Sendable (Article, [ArticleEntity]) -> [Quote] = { _, _ in [] },
        identifier: String
    ) {
        self.init(extractor: extractor, quotesInText: { text, entities in findQuotes(text.article, entities) }, identifier: identifier)
    }

    init(extractor: any EntityExtractor, quotesInText: @escaping @Sendable (ArticleScalars, [ArticleEntity]) -> [Quote], identifier: String) {
        self.extractor = extractor
        self.quotesInText = quotesInText
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
        let quotes: @Sendable (ArticleScalars, [ArticleEntity]) -> [Quote] = { text, entities in
            QuoteFinder.quotes(in: text.analysedPart(), entities: entities)
        }
        if let tagger = try? TaggerEntityExtractor() {
            return Analysis(extractor: PartExtractor(tagger), quotesInText: quotes, identifier: "tagger-r\(revision)-\(NERModel.bundledFingerprint())/quotes-r\(revision)")
        }
        return Analysis(extractor: PartExtractor(CapitalisationExtractor()), quotesInText: quotes, identifier: "capitalisation-r\(revision)/quotes-r\(revision)")
    }()

    /// Entities and quotes of one article.
    func run(_ article: Article) -> (entities: [ArticleEntity], quotes: [Quote]) {
        // Both stages read the analysed part by scalar: decoded once, here. (Cut first: a file
        // may be megabytes long.)
        let text = ArticleScalars(article.analysedPart())
        let entities = extractor.entities(in: text)
        return (entities, quotesInText(text, entities))
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

    func entities(in text: ArticleScalars) -> [ArticleEntity] {
        inner.entities(in: text.analysedPart())
    }
}
