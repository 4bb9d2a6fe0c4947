/// An article with its text decoded into Unicode scalars once, for the analysis stages that
/// all read them.
///
/// The entity tokens (`ArticleTokens`) and the quote finder both index the text by scalar; each
/// used to decode it for itself. Indexing makes one of these an article and hands it to both
/// (`EntityExtractor.entities(in:)`, `QuoteFinder.quotes(in:entities:)`).
public struct ArticleScalars: Sendable {
    /// The article.
    public let article: Article
    /// `article.text`'s Unicode scalars: every span's offsets index them.
    public let scalars: [Unicode.Scalar]

    /// The article, its text decoded once.
    public init(_ article: Article) {
        self.article = article
        scalars = article.text.scalarArray
    }

    /// The part analysis reads (`Article.analysedPart()`), its scalars cut from these rather than
    /// decoded again; the same value when the article is within the limit.
    public func analysedPart() -> ArticleScalars {
        guard scalars.count > Article.analysedScalarLimit else { return self }
        return ArticleScalars(article: article.analysedPart(), scalars: Array(scalars.prefix(Article.analysedScalarLimit)))
    }

    private init(article: Article, scalars: [Unicode.Scalar]) {
        self.article = article
        self.scalars = scalars
    }
}
