import Foundation
import NewsUI

/// Writes a list or a trail to a file: every page asked of the backend, then the document
/// written whole, so a failure halfway leaves no half a file.
public struct Exporter: Sendable {
    public let backend: any ReaderBackend
    /// Where a relative file name is written (the folder the reader was started in).
    public let currentDirectory: String
    public let home: String?

    /// Lines asked of the backend at a time.
    static let pageSize = 1000

    public init(
        backend: any ReaderBackend, currentDirectory: String = FileManager.default.currentDirectoryPath,
        home: String? = ProcessInfo.processInfo.environment["HOME"]
    ) {
        self.backend = backend
        self.currentDirectory = currentDirectory
        self.home = home
    }

    /// Does the export and says how it went, or asks before writing over a file.
    public func perform(_ request: ExportRequest) -> Action {
        let url = resolve(request.path)
        if !request.overwrite, FileManager.default.fileExists(atPath: url.path) {
            return .confirmOverwrite(request)
        }
        let document: String
        let count: Int
        do throws(ReaderBackendError) {
            (document, count) = try render(request)
        } catch {
            return .showMessage("Not exported: \(error.message)", isError: true)
        }
        do {
            try Data(document.utf8).write(to: url, options: .atomic)
        } catch {
            return .showMessage("Cannot write \(request.path): \(Self.reason(error))", isError: true)
        }
        let noun = count == 1 ? String(request.source.noun.dropLast()) : request.source.noun
        return .showMessage("Exported \(count) \(noun) to \(request.path)", isError: false)
    }

    /// The document and the number of lines in it.
    func render(_ request: ExportRequest) throws(ReaderBackendError) -> (String, Int) {
        switch request.source {
        case .list(let source, let sort):
            var items: [ArticleListItem] = []
            var page = 0
            while true {
                let result = try backend.listPage(source, sort: sort ?? ListSort.defaultSort(for: source), page: page, pageSize: Self.pageSize)
                items += result.items
                page += 1
                if result.items.isEmpty || items.count >= result.count { break }
            }
            return (ExportDocument.articles(items, format: request.format), items.count)
        case .trail(let kind, let entity):
            var lines: [TrailLine] = []
            var page = 0
            while true {
                let result = try backend.trailPage(kind: kind, of: entity, page: page, pageSize: Self.pageSize)
                lines += result.lines
                page += 1
                if result.lines.isEmpty || lines.count >= result.count { break }
            }
            return (ExportDocument.trail(lines, kind: kind, of: entity, format: request.format), lines.count)
        case .filteredTrail(let kind, let entity, let lines):
            return (ExportDocument.trail(lines, kind: kind, of: entity, format: request.format), lines.count)
        case .directory(let query):
            var rows: [DirectoryEntity] = []
            var page = 0
            while true {
                let result = try backend.directoryPage(query, page: page, pageSize: Self.pageSize)
                rows += result.rows
                page += 1
                if result.rows.isEmpty || rows.count >= result.count { break }
            }
            return (ExportDocument.entities(rows, format: request.format), rows.count)
        }
    }

    /// `~/x` under the home folder, a relative name under the current folder.
    func resolve(_ path: String) -> URL {
        if path == "~" || path.hasPrefix("~/"), let home, !home.isEmpty {
            return URL(fileURLWithPath: home + path.dropFirst())
        }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path)
    }

    /// The system's reason for a failed write, without Foundation's wrapping.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on the disk"
            case NSFileNoSuchFileError, NSFileWriteInvalidFileNameError: return "no such folder"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
