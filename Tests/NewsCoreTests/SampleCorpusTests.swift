import Foundation
import NewsCore
import Testing

/// The sample corpus in `Articles/` parses the way its writers meant.
@Suite struct SampleCorpusTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles")

    static func articles() throws -> [Article] {
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { ["txt", "md", "html"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        return try files.map { url in
            try ArticleParser.parse(Data(contentsOf: url), path: String(url.path.dropFirst(root.path.count + 1)))
        }
    }

    @Test func everyArticleParsesCleanly() throws {
        let articles = try Self.articles()
        #expect(articles.count >= 30)
        for article in articles {
            #expect(article.warnings.isEmpty, "\(article.path): \(article.warnings)")
            #expect(article.date != nil, "\(article.path) has no date")
            #expect(article.blocks.filter { $0.kind == .paragraph }.count >= 3, "\(article.path)")
        }
    }

    @Test func theCorpusUsesEveryLayoutFeature() throws {
        let articles = try Self.articles()
        #expect(articles.filter { $0.credit != nil }.count >= 10)
        #expect(articles.filter { $0.blocks.contains { $0.kind == .subheading } }.count >= 10)
        #expect(articles.filter { $0.agency != nil }.count >= 6)
        #expect(articles.filter { $0.format == .markdown }.count == 2)
        #expect(articles.filter { $0.format == .html }.count == 1)
        #expect(articles.contains { $0.blocks.contains { $0.kind == .listItem } && $0.blocks.contains { $0.kind == .blockquote } })
        #expect(articles.filter { !$0.meta.isEmpty }.count >= 5)
        #expect(articles.contains { $0.text.unicodeScalars.contains { $0.properties.isIdeographic } })
    }

    @Test func creditsCloseTheirCaptions() throws {
        for article in try Self.articles() {
            guard let credit = article.credit else { continue }
            let caption = try #require(article.blocks.first { $0.kind == .caption })
            #expect(article.text(of: caption).hasSuffix(credit), "\(article.path)")
            #expect(article.caption.map { !$0.contains(credit) } ?? false, "\(article.path)")
        }
    }
}
