import Foundation
import NewsCore
import NewsStore
import Testing

/// What a refresh makes of files it cannot read cleanly or whole.
@Suite struct RefreshWarningsTests {
    /// A fresh folder with `files` in it and an index location beside it.
    func corpus(_ files: [String: [UInt8]]) throws -> (folder: URL, index: IndexLocation) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-refresh-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("news")
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, IndexLocation(databaseURL: root.appendingPathComponent("index.sqlite")))
    }

    @Test func aVeryLongArticleIsIndexedWholeButAnalysedInPart() throws {
        // A name early and another beyond the analysis limit; search sees both, analysis the first.
        let filler = String(repeating: "The port stayed quiet all week. ", count: Article.analysedScalarLimit / 30)
        let text = "Long story\n\nAda Ode opened the quay.\n\n\(filler)\n\nMarguerite Vantongeren closed it.\n"
        let (folder, location) = try corpus(["long.txt": Array(text.utf8)])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let index = try NewsIndex.open(corpus: folder, location: location)
        try index.refresh()
        #expect(try index.search("vantongeren").hits.count == 1)
        let names = try index.entities(type: nil, offset: 0, limit: 50).map(\.name)
        #expect(names.contains("Ada Ode"))
        #expect(!names.contains { $0.contains("Vantongeren") })
    }
}
