import BylineTestSupport
import Foundation
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

    @Test func aFolderNamedInBytesThatAreNotUTF8IsReported() throws {
        let root = Scratch.directory("scan")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { _ = try? Spawn.run(["rm", "-rf", root.path]) }
        let name = Array(root.path.utf8) + Array("/caf".utf8) + [0xE9, 0]
        #expect(name.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) } } == 0)
        var problems: [String] = []
        _ = try CorpusScanner.scan(root, problems: &problems)
        #expect(problems == ["caf\u{FFFD}/: cannot be read (No such file or directory); skipped"])
    }
}
