import Foundation
import NewsCore
import Testing

/// Articles far beyond the size of news: headlines that are whole stories, and texts too long
/// to analyse whole.
@Suite struct ArticleLimitsTests {
    func parse(_ text: String, path: String = "x.txt") throws -> Article {
        try ArticleParser.parse(Data(text.utf8), path: path)
    }

    /// The whole text minus the blank lines between blocks: what the file said, in order.
    func words(_ article: Article) -> String {
        article.blocks.map { article.text(of: $0) }.joined(separator: " ")
    }

    @Test func aWholeStoryOnOneLineGetsItsFirstSentenceAsHeadline() throws {
        let sentence = "The harbour board voted to dredge the channel on Thursday night. "
        let line = String(repeating: sentence, count: 40).trimmingCharacters(in: .whitespaces)
        let article = try parse(line + "\n\nA second paragraph.\n")
        #expect(article.title == "The harbour board voted to dredge the channel on Thursday night.")
        #expect(article.blocks.first?.kind == .headline)
        // Nothing lost, nothing added.
        #expect(words(article) == line + " A second paragraph.")
    }

    @Test func aLongLineWithoutSentencesIsCutAtAWord() throws {
        let line = String(repeating: "word ", count: 200).trimmingCharacters(in: .whitespaces)
        let article = try parse(line)
        #expect(article.title.unicodeScalars.count <= ArticleParser.maximumHeadlineLength)
        #expect(!article.title.hasSuffix(" ") && article.title.hasSuffix("word"))
        #expect(words(article) == line)
    }

    @Test func oneWordLongerThanAHeadlineIsCutWhereItMust() throws {
        let word = String(repeating: "x", count: 10_000)
        let article = try parse(word + "\n")
        #expect(article.title.unicodeScalars.count == ArticleParser.maximumHeadlineLength)
        // The cut falls inside the word: headline and body together are the word, unchanged.
        #expect(article.blocks.count == 2)
        #expect(article.blocks.map { article.text(of: $0) }.joined() == word, "the word was not kept whole")
    }

    @Test func aHeadlineAtTheLimitStaysWhole() throws {
        let line = String(repeating: "ab ", count: 83) + "c"
        #expect(line.unicodeScalars.count == ArticleParser.maximumHeadlineLength)
        #expect(try parse(line + "\n\nBody.\n").title == line)
    }

    @Test func aLongMarkdownHeadingIsCutToo() throws {
        let heading = String(repeating: "Long heading words ", count: 30).trimmingCharacters(in: .whitespaces)
        let article = try parse("# " + heading + "\n\nBody.\n", path: "x.md")
        #expect(article.title.unicodeScalars.count <= ArticleParser.maximumHeadlineLength)
        #expect(words(article) == heading + " Body.")
    }

    @Test func aPrefixKeepsOffsetsAndClipsTheLastBlock() throws {
        let article = try parse("Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nThird.\n")
        let cut = article.blocks[2].range.lowerBound + 6
        let part = article.prefix(scalars: cut)
        #expect(part.text.unicodeScalars.count == cut)
        #expect(part.blocks.map(\.range) == [article.blocks[0].range, article.blocks[1].range, article.blocks[2].range.lowerBound..<cut])
        #expect(part.text(of: part.blocks[2]) == "Second")
        #expect(article.prefix(scalars: 10_000) == article)
    }

    @Test func analysisReadsOnlyTheFirstPartOfAVeryLongArticle() throws {
        let paragraph = "Ada Ode said the port would open. "
        let text = "Title\n\n" + String(repeating: paragraph + "\n\n", count: Article.analysedScalarLimit / paragraph.count + 10)
        let article = try parse(text)
        #expect(article.exceedsAnalysisLimit)
        let part = article.analysedPart()
        #expect(part.text.unicodeScalars.count == Article.analysedScalarLimit)
        #expect(part.blocks.allSatisfy { $0.range.upperBound <= Article.analysedScalarLimit })
        let short = try parse("Title\n\n" + paragraph)
        #expect(!short.exceedsAnalysisLimit && short.analysedPart() == short)
    }
}
