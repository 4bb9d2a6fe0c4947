import Foundation
import NewsUI
@testable import NewsTerminal
import Testing

/// `w`: every page of a list or trail asked of the backend and written whole, in the format
/// the file's extension names, never over a file without asking.
@Suite struct ExporterTests {
    /// A backend holding long lists, answered a page at a time as the index answers them.
    final class PagedBackend: ReaderBackend {
        let items: [ArticleListItem]
        let lines: [TrailLine]
        /// How many names the people view lists.
        let names: Int

        init(articles: Int, lines: Int, names: Int = 0) {
            self.names = names
            items = (0..<articles).map { (n: Int) -> ArticleListItem in
                let title: String = n == 0 ? "Port, \"strike\" ends\nat last" : "Story \(n)"
                let date: String? = n % 2 == 0 ? "2026-05-01" : nil
                let tags: [String] = n == 0 ? ["follow-up", "port"] : []
                return ArticleListItem(id: Int64(n), path: "desk/\(n).txt", title: title, date: date, isRead: n == 1, tags: tags)
            }
            self.lines = (0..<lines).map { (n: Int) -> TrailLine in
                n % 2 == 0
                    ? .quote(articleID: Int64(n), path: "desk/\(n).txt", title: "Story \(n)", date: "2026-05-01", range: n..<(n + 9),
                             text: "We said, \"no\", twice", kind: .direct)
                    : .mention(articleID: Int64(n), path: "desk/\(n).txt", title: "Story \(n)", date: nil, range: n..<(n + 4),
                               context: MarkedText(text: "the mayor, Ada Quill, said", marks: [11..<19]))
            }
        }

        func listPage(_ source: ListSource, sort: ListSort, page: Int, pageSize: Int) throws(ReaderBackendError) -> (items: [ArticleListItem], count: Int) {
            (Array(items.dropFirst(page * pageSize).prefix(pageSize)), items.count)
        }

        func trailPage(kind: TrailKind, of entity: ReaderEntity, page: Int, pageSize: Int) throws(ReaderBackendError) -> (lines: [TrailLine], count: Int) {
            (Array(lines.dropFirst(page * pageSize).prefix(pageSize)), lines.count)
        }

        func listIndex(of id: Int64, in source: ListSource, sort: ListSort) throws(ReaderBackendError) -> Int? { nil }
        func facets() throws(ReaderBackendError) -> [ListFacet] { [] }
        func openArticle(id: Int64, path: String, highlight: String?) throws(ReaderBackendError) -> OpenArticle { throw ReaderBackendError("no") }
        func count(_ source: ListSource) throws(ReaderBackendError) -> Int { items.count }
        func directoryPage(_ query: EntityDirectoryQuery, page: Int, pageSize: Int) throws(ReaderBackendError) -> (rows: [DirectoryEntity], count: Int) {
            let rows = (0..<names).map { (n: Int) -> DirectoryEntity in
                let entity = ReaderEntity(id: Int64(n), name: n == 0 ? "Quill, Ada" : "Name \(n)", type: n % 2 == 0 ? .person : .place,
                                          corpusMentions: 1000 - n, corpusArticles: 500 - n)
                return DirectoryEntity(entity: entity, latest: n == 0 ? "2026-05-01" : nil)
            }
            return (Array(rows.dropFirst(page * pageSize).prefix(pageSize)), rows.count)
        }
        func entityFacts(of entity: ReaderEntity) throws(ReaderBackendError) -> EntityFacts { throw ReaderBackendError("no") }
        func setRead(id: Int64, _ read: Bool) throws(ReaderBackendError) {}
        func setStarred(id: Int64, _ starred: Bool) throws(ReaderBackendError) {}
        func markAllRead(_ source: ListSource) throws(ReaderBackendError) -> Int { 0 }
        func setTags(id: Int64, text: String) throws(ReaderBackendError) -> [String] { [] }
        func tagNames() throws(ReaderBackendError) -> [String] { [] }
        func refreshEvents() -> [ReaderRefreshEvent] { [] }
    }

    static let entity = ReaderEntity(id: 4, name: "Ada Quill", type: .person)

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    @Test func aListIsWrittenWholeAsCSVWithProperQuoting() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exporter = Exporter(backend: PagedBackend(articles: 2345, lines: 0), currentDirectory: dir.path)
        let action = exporter.perform(ExportRequest(source: .list(.articles(.all)), path: "all.csv", format: .csv))
        #expect(action == .showMessage("Exported 2345 articles to all.csv", isError: false))
        let text = read(dir.appendingPathComponent("all.csv"))
        let records = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        // A header, then every article of every page; the headline with a comma, quotation marks
        // and a line break is one quoted field (its line break inside the quotes).
        #expect(records.first == "date,title,path,read,starred,tags,snippet")
        #expect(text.contains("2026-05-01,\"Port, \"\"strike\"\" ends\nat last\",desk/0.txt,false,false,follow-up port,\r\n"))
        #expect(records.count == 2346)
        #expect(records.last == "2026-05-01,Story 2344,desk/2344.txt,false,false,,")
        #expect(records[2] == ",Story 1,desk/1.txt,true,false,,")
    }

    @Test func aTrailIsWrittenWholeAsJSONLinesAndMarkdown() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exporter = Exporter(backend: PagedBackend(articles: 0, lines: 1501), currentDirectory: dir.path)
        #expect(exporter.perform(ExportRequest(source: .trail(.quotes, Self.entity), path: "q.jsonl", format: .jsonLines))
            == .showMessage("Exported 1501 quotations to q.jsonl", isError: false))
        let lines = read(dir.appendingPathComponent("q.jsonl")).split(separator: "\n")
        #expect(lines.count == 1501)
        #expect(lines[0] == #"{"entity":"Ada Quill","date":"2026-05-01","title":"Story 0","path":"desk/0.txt","start":0,"end":9,"kind":"direct","text":"We said, \"no\", twice"}"#)
        #expect(lines[1].contains(#""date":null"#) && lines[1].contains(#""kind":"mention""#))

        #expect(exporter.perform(ExportRequest(source: .trail(.mentions, Self.entity), path: "m.md", format: .markdown))
            == .showMessage("Exported 1501 mentions to m.md", isError: false))
        let markdown = read(dir.appendingPathComponent("m.md")).split(separator: "\n")
        #expect(markdown.first == "## Mentions of Ada Quill")
        #expect(markdown[1] == #"- “We said, "no", twice” — Ada Quill, "Story 0", 2026-05-01, desk/0.txt"#)
        #expect(markdown[2] == #"- the mayor, Ada Quill, said — "Story 1", desk/1.txt"#)
        #expect(markdown.count == 1502)
    }

    @Test func thePeopleViewsNamesAreWrittenWholeInEachFormat() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exporter = Exporter(backend: PagedBackend(articles: 0, lines: 0, names: 1203), currentDirectory: dir.path)
        let source = ExportSource.directory(EntityDirectoryQuery())
        #expect(exporter.perform(ExportRequest(source: source, path: "names.csv", format: .csv))
            == .showMessage("Exported 1203 names to names.csv", isError: false))
        let records = read(dir.appendingPathComponent("names.csv")).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 1204)
        #expect(records[0] == "name,type,mentions,articles,latest")
        #expect(records[1] == "\"Quill, Ada\",person,1000,500,2026-05-01")
        #expect(records.last == "Name 1202,person,-202,-702,")

        #expect(exporter.perform(ExportRequest(source: source, path: "names.jsonl", format: .jsonLines))
            == .showMessage("Exported 1203 names to names.jsonl", isError: false))
        let lines = read(dir.appendingPathComponent("names.jsonl")).split(separator: "\n")
        #expect(lines[0] == #"{"name":"Quill, Ada","type":"person","mentions":1000,"articles":500,"latest":"2026-05-01"}"#)
        #expect(lines[1] == #"{"name":"Name 1","type":"place","mentions":999,"articles":499,"latest":null}"#)

        #expect(exporter.perform(ExportRequest(source: source, path: "names.md", format: .markdown))
            == .showMessage("Exported 1203 names to names.md", isError: false))
        let markdown = read(dir.appendingPathComponent("names.md")).split(separator: "\n")
        #expect(markdown[0] == "- **Quill, Ada** (person): 1000 mentions, 500 articles, latest 2026-05-01")
        #expect(markdown[1] == "- **Name 1** (place): 999 mentions, 499 articles")
    }

    @Test func anExistingFileIsWrittenOverOnlyWhenConfirmed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("keep.csv")
        try Data("mine\n".utf8).write(to: file)
        let exporter = Exporter(backend: PagedBackend(articles: 3, lines: 0), currentDirectory: dir.path)
        let request = ExportRequest(source: .list(.articles(.all)), path: "keep.csv", format: .csv)
        #expect(exporter.perform(request) == .confirmOverwrite(request))
        #expect(read(file) == "mine\n")
        var confirmed = request
        confirmed.overwrite = true
        #expect(exporter.perform(confirmed) == .showMessage("Exported 3 articles to keep.csv", isError: false))
        #expect(read(file).hasPrefix("date,title"))
    }

    @Test func aFolderThatIsNotThereIsAMessage() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exporter = Exporter(backend: PagedBackend(articles: 3, lines: 0), currentDirectory: dir.path, home: dir.path)
        let action = exporter.perform(ExportRequest(source: .list(.articles(.all)), path: "no/such/folder/x.md", format: .markdown))
        guard case .showMessage(let text, isError: true) = action else {
            Issue.record("expected an error message, got \(action)")
            return
        }
        #expect(text.hasPrefix("Cannot write no/such/folder/x.md: "), "\(text)")
        // `~/` is the home folder.
        #expect(exporter.perform(ExportRequest(source: .list(.articles(.all)), path: "~/home.md", format: .markdown))
            == .showMessage("Exported 3 articles to ~/home.md", isError: false))
        #expect(read(dir.appendingPathComponent("home.md")).hasPrefix("- \"Port, \"strike\" ends at last\", 2026-05-01, desk/0.txt #follow-up #port"))
    }

    @Test func formatsFollowTheExtension() {
        #expect(ExportFormat(path: "a.CSV") == .csv)
        #expect(ExportFormat(path: "~/x/a.jsonl") == .jsonLines)
        #expect(ExportFormat(path: "notes.md") == .markdown)
        #expect(ExportFormat(path: "a.txt") == nil)
        #expect(ExportFormat(path: "dir.md/a") == nil)
    }
}
