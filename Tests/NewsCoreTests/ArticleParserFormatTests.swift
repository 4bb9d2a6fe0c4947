import Foundation
import NewsCore
import Testing

/// Front matter and Markdown.
@Suite struct ArticleParserFormatTests {
    @Test func frontMatterFillsFieldsAndKeepsUnknownKeys() throws {
        let article = try ArticleParser.parse(text: """
            ---
            title: Port strike enters second week
            date: 2026-03-14
            source: Harbour Times
            author: Ana Ribeiro
            desk: "metro"
            ---
            Dock workers stayed out for an eighth day on Monday.

            The union said talks would resume.
            """, path: "port/strike.txt")
        #expect(article.title == "Port strike enters second week")
        #expect(article.date == "2026-03-14")
        #expect(article.meta == [
            MetaEntry(key: "source", value: "Harbour Times"),
            MetaEntry(key: "author", value: "Ana Ribeiro"),
            MetaEntry(key: "desk", value: "metro"),
        ])
        // With a title given, a full first paragraph stays in the body.
        #expect(article.blocks.map(\.kind) == [.headline, .standfirst, .paragraph])
        #expect(article.text.hasPrefix("Port strike enters second week\n\nDock workers"))
    }

    @Test func aFrontMatterTitleReplacesTheFirstLineHeadline() throws {
        let article = try ArticleParser.parse(text: "---\ntitle: The real title\n---\nA first-line headline\n\nBody text.\n\nMore.\n", path: "x.txt")
        #expect(article.title == "The real title")
        #expect(!article.text.contains("A first-line headline"))
    }

    @Test func unclosedFrontMatterIsReadAsTextWithAWarning() throws {
        let article = try ArticleParser.parse(text: "---\ntitle: Oops\n\nBody.\n", path: "x.txt")
        #expect(article.title == "---")
        #expect(article.warnings.contains { $0.contains("never closed") })
    }

    @Test func badFrontMatterLinesAreReported() throws {
        let article = try ArticleParser.parse(text: "---\ntitle: Fine\nno colon here\n---\nBody.\n", path: "x.txt")
        #expect(article.title == "Fine")
        #expect(article.warnings.contains { $0.contains("line 3") })
    }

    @Test func dateComesFromTheFileNameWhenNotGiven() throws {
        let article = try ArticleParser.parse(text: "Title\n\nBody.\n", path: "city/2026-04-20-tram.txt")
        #expect(article.date == "2026-04-20")
        let undated = try ArticleParser.parse(text: "Title\n\nBody.\n", path: "city/tram.txt")
        #expect(undated.date == nil)
    }

    @Test func markdownHeadingsEmphasisAndLinks() throws {
        let article = try ArticleParser.parse(text: """
            # Club appoints *new* manager

            The board chose **Jürgen Åberg** after a [six-week search](https://example.org/search).

            ## A quiet arrival

            Åberg_s first words were kept `short`, and snake_case_words stay.

            - first point
            - second point

            ![The stadium at night](stadium.jpg)
            """, path: "sport/2026-02-01-manager.md", format: .markdown)
        #expect(article.title == "Club appoints new manager")
        #expect(article.blocks.map(\.kind) == [.headline, .standfirst, .subheading, .paragraph, .paragraph, .paragraph, .paragraph])
        #expect(article.text.contains("The board chose Jürgen Åberg after a six-week search."))
        #expect(article.text.contains("snake_case_words stay"))
        #expect(article.text.contains("kept short,"))
        #expect(article.text.contains("• first point"))
        #expect(article.text.contains("The stadium at night"))
        #expect(!article.text.contains("*") && !article.text.contains("](") && !article.text.contains("#"))
    }

    @Test func markdownFileExtensionSelectsMarkdown() throws {
        let article = try ArticleParser.parse(Data("# Heading\n\n**Bold** text.\n".utf8), path: "a.MD")
        #expect(article.format == .markdown)
        #expect(article.title == "Heading")
        #expect(article.text.hasSuffix("Bold text."))
    }
}
