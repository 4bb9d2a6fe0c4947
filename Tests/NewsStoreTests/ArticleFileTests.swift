import BylineTestSupport
import Foundation
import NewsStore
import Testing

/// Reading corpus files: only regular files, never blocking, empty ones included.
@Suite struct ArticleFileTests {
    func scratch() throws -> URL {
        let url = Scratch.directory("file")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.txt")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        // Opening a FIFO for reading blocks until a writer comes, unless done without blocking.
        #expect(throws: ArticleFile.Failure.notARegularFile) { try ArticleFile.read(pipe) }
        #expect(throws: ArticleLoader.Failure.unreadable("pipe.txt", reason: "it is a pipe or a device, not a regular file")) {
            try ArticleLoader.load(pipe, path: "pipe.txt")
        }
    }

    @Test func emptyMissingAndFolder() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        #expect(FileManager.default.createFile(atPath: empty.path, contents: nil))
        #expect(try ArticleFile.read(empty).isEmpty)
        #expect(throws: ArticleFile.Failure.missing) { try ArticleFile.read(folder.appendingPathComponent("none.txt")) }
        #expect(throws: ArticleFile.Failure.notARegularFile) { try ArticleFile.read(folder) }
        let text = folder.appendingPathComponent("story.txt")
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 % 26 + 97) })
        try bytes.write(to: text)
        #expect(try ArticleFile.read(text) == bytes)
    }
}
