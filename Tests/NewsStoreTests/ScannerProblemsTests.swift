import BylineTestSupport
import Foundation
import NewsCore
import NewsStore
import Testing

/// Folders the scan cannot open are named, not dropped in silence.
@Suite struct ScannerProblemsTests {
    @Test func aFolderPastThePathLimitIsReportedOnce() throws {
        let root = Scratch.directory("scan")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // rm can remove what no path reaches; FileManager cannot.
        defer { _ = try? Spawn.run(["rm", "-rf", root.path]) }
        try Data("Top story\n\nFine.\n".utf8).write(to: root.appendingPathComponent("top.txt"))
        // 25 levels of 200 characters: past PATH_MAX (4096), made with openat so it can be made at all.
        var fd = open(root.path, O_RDONLY | O_DIRECTORY)
        let level = String(repeating: "n", count: 200)
        for _ in 0..<25 {
            mkdirat(fd, level, 0o755)
            let next = openat(fd, level, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let file = openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        close(file)
        close(fd)

        var problems: [String] = []
        let files = try CorpusScanner.scan(root, problems: &problems)
        #expect(files.map(\.relativePath) == ["top.txt"])
        #expect(problems.count == 1)
        #expect(problems.first?.hasSuffix("/: cannot be read (File name too long); skipped") == true)
        #expect(problems.first.map { root.path.utf8.count + 1 + $0.prefix { $0 != ":" }.utf8.count >= Int(PATH_MAX) } == true)
    }

    /// A folder named in Latin-1 could not be opened ("No such file or directory") and its
    /// articles were missing: the scan now walks the names' bytes, as `find` does.
    @Test func aFolderNamedInBytesThatAreNotUTF8IsScanned() throws {
        let root = Scratch.directory("scan")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { _ = try? Spawn.run(["rm", "-rf", root.path]) }
        let folder = RawNames.path(in: root, Array("caf".utf8) + [0xE9])
        try RawNames.makeFolder(folder)
        try RawNames.write("A story\n\nIn a Latin-1 folder.\n", to: folder + Array("/a.txt".utf8))
        var problems: [String] = []
        let files = try CorpusScanner.scan(root, problems: &problems)
        #expect(problems == [])
        #expect(files.map(\.relativePath) == [PathBytes.string(Array("caf".utf8) + [0xE9]) + "/a.txt"])
        #expect(files.map { PathBytes.bytes(of: $0.absolutePath) } == [folder + Array("/a.txt".utf8)])
    }
}
