import BylineTestSupport
import NewsCore
import NewsUI
import Testing

/// How the body styles quoted words: quotations by kind, and terms apart from both.
@Suite struct BodyLayoutTests {
    /// The scalar range of `words` in the article's text.
    func range(of words: String, in article: Article) -> Range<Int>? {
        let scalars = Array(article.text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        return (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }.map { $0..<($0 + needle.count) }
    }

    /// The roles the laid-out characters inside `range` take.
    func roles(in range: Range<Int>, of layout: BodyLayout) -> Set<StyleRole> {
        Set(layout.lines.flatMap(\.characters).filter { $0.offset.map(range.contains) ?? false }.map(\.role))
    }

    /// A term (a scare quote, a title) is drawn in its own style, never as someone's quotation.
    @Test func termsAreStyledApartFromQuotations() throws {
        let article = Fixtures.wireArticle
        let words = try #require(range(of: "We are not choosing between ships and fish,", in: article))
        let asTerm = BodyLayout(article: article, width: 80, quotes: [Quote(range: words, kind: .term)])
        #expect(roles(in: words, of: asTerm) == [.quoteTerm])
        let asQuotation = BodyLayout(article: article, width: 80, quotes: [Quote(range: words, kind: .direct)])
        #expect(roles(in: words, of: asQuotation) == [.quote])
        #expect(Theme.standard[.quoteTerm] != Theme.standard[.quote] && Theme.standard[.quoteTerm] != Theme.standard[.quotePartial])
    }
}
