import BylineTestSupport
import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// A corpus folder whose own name, and whose files' names, are not UTF-8: indexed under paths
/// that round-trip to the bytes (`PathBytes`), read back from them, and kept in the reading
/// state by path as well as by content.
@Suite struct NonUTF8PathStoreTests {
    @Test func articlesUnderAFolderThatIsNotUTF8AreIndexedOpenedAndKeepTheirMarks() throws {
        let corpus = try TempCorpus()
        // The corpus folder itself lives under a Latin-1 name: `corpus/caf\xE9`.
        let cafe = RawNames.path(in: corpus.folder, Array("caf".utf8) + [0xE9])
        try RawNames.makeFolder(cafe)
        let name = Array("/r".utf8) + [0xE9, 0xE9] + Array("lu.txt".utf8)
        try RawNames.write(Fixtures.festival, to: cafe + name)
        let folder = URL(fileURLWithPath: PathBytes.string(cafe))
        let location = IndexLocation(databaseURL: corpus.indexURL)

        let index = try NewsIndex.open(corpus: folder, location: location)
        let summary = try index.refresh()
        #expect(summary.total == 1 && summary.skipped.isEmpty, "\(summary.skipped)")
        let article = try #require(try index.articles(offset: 0, limit: 10).first)
        #expect(PathBytes.bytes(of: article.path) == Array(name.dropFirst()))
        #expect(try index.open(article).article.title == ArticleParser.parse(text: Fixtures.festival, path: "x.txt").title)

        let state = try corpus.state()
        try state.setRead(article.stateKey(in: index.corpus))
        // An edit changes the content hash: the mark is found by the path, which must be the
        // same String from one run to the next.
        try RawNames.write(Fixtures.festival + "\nA line added later.\n", to: cafe + name)
        let again = try NewsIndex.open(corpus: folder, location: location)
        try again.refresh()
        let edited = try #require(try again.articles(offset: 0, limit: 10).first)
        #expect(edited.hash != article.hash)
        #expect(try state.isRead(edited.stateKey(in: again.corpus)))
    }
}
