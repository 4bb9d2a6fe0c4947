import BylineTestSupport
import Foundation
import NewsCore
import NewsStore
import Testing

/// What a refresh tells the user about files it could not read cleanly: one line per file.
@Suite struct RefreshWarningsTests {
    /// A fresh folder with `files` in it and an index location beside it.
    func corpus(_ files: [String: [UInt8]]) throws -> (folder: URL, index: IndexLocation) {
        let root = Scratch.directory("refresh")
        let folder = root.appendingPathComponent("news")
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, IndexLocation(databaseURL: root.appendingPathComponent("index.sqlite")))
    }

    @Test func filesReadWithAProblemGetOneLineEach() throws {
        let (folder, location) = try corpus([
            "good.txt": Array("Good story\n\nAll fine.\n".utf8),
            "latin1.txt": Array("Caf".utf8) + [0xE9] + Array(" story\n\nBody.\n".utf8),
            "escapes.txt": Array("Title\u{1B}]0;x\u{07} here\n\nBody \u{1B}[2J.\n".utf8),
            "binary.txt": [0x89, 0x50, 0x4E, 0x47, 0, 0, 0],
        ])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let index = try NewsIndex.open(corpus: folder, location: location)
        let summary = try index.refresh()
        #expect(summary.added == 3)
        #expect(summary.skipped == ["binary.txt: looks binary (contains NUL bytes); skipped"])
        #expect(summary.warnings.sorted() == [
            "escapes.txt: removed 2 control characters or escape sequences",
            "latin1.txt: not valid UTF-8; decoded as Windows-1252",
        ])
        // Nothing changed, nothing said again.
        let again = try index.refresh()
        #expect(again.skipped.isEmpty && again.warnings.isEmpty)
    }

    /// A file named in Latin-1 was skipped ("its name is not valid UTF-8"): no String could
    /// open it. Its path now keeps the bytes (`PathBytes`), and it is indexed like any other.
    @Test func aFileNameThatIsNotUTF8IsIndexed() throws {
        let (folder, location) = try corpus(["good.txt": Array("Good story\n\nAll fine.\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try RawNames.write("Café story\n\nThe café reopened.\n", to: RawNames.path(in: folder, Array("caf".utf8) + [0xE9] + Array(".txt".utf8)))
        let index = try NewsIndex.open(corpus: folder, location: location)
        let summary = try index.refresh()
        #expect(summary.added == 2 && summary.skipped.isEmpty, "\(summary.skipped)")
        let paths = try index.articles(offset: 0, limit: 10).map(\.path)
        #expect(paths.contains(PathBytes.string(Array("caf".utf8) + [0xE9] + Array(".txt".utf8))))
    }

    @Test func aVeryLongArticleIsIndexedWholeButAnalysedInPart() throws {
        // A name early and another beyond the analysis limit; search sees both, analysis the first.
        let filler = String(repeating: "The port stayed quiet all week. ", count: Article.analysedScalarLimit / 30)
        let text = "Long story\n\nAda Ode opened the quay.\n\n\(filler)\n\nMarguerite Vantongeren closed it.\n"
        let (folder, location) = try corpus(["long.txt": Array(text.utf8)])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let index = try NewsIndex.open(corpus: folder, location: location)
        let summary = try index.refresh()
        #expect(summary.warnings == ["long.txt: \(Article.analysisLimitWarning)"])
        #expect(try index.search("vantongeren").hits.count == 1)
        let names = try index.entities(type: nil, offset: 0, limit: 50).map(\.name)
        #expect(names.contains("Ada Ode"))
        #expect(!names.contains { $0.contains("Vantongeren") })
    }
}
