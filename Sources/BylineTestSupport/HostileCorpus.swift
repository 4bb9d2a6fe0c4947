import Foundation
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of articles written to hurt: bytes that are not text, text that is not UTF-8,
/// escape sequences aimed at the terminal, files too big, too many, too deep, looping links,
/// a file nobody may read, and a few good stories among them that must still work.
///
/// Everything is generated under a fresh temporary folder (nothing is committed as a blob) and
/// removed by `remove()`. The big pieces (a 50 MB one-line file, 10,000 empty files) are
/// optional so that tests which do not need them stay quick.
public final class HostileCorpus: @unchecked Sendable {
    // Safety: the path lists are written only while `init` builds the folder; afterwards every
    // property is read-only, so sharing it between test threads is safe.

    /// What to include besides the small hostile files.
    public struct Options: Sendable {
        /// A 50 MB file on a single line (see `hugeFileBytes`).
        public var hugeFile: Bool
        /// 10,000 empty files.
        public var manyEmptyFiles: Bool

        public init(hugeFile: Bool = true, manyEmptyFiles: Bool = true) {
            self.hugeFile = hugeFile
            self.manyEmptyFiles = manyEmptyFiles
        }

        /// Every hostile file, big ones included.
        public static let full = Options()
        /// The small hostile files only (fast enough for every reader test).
        public static let small = Options(hugeFile: false, manyEmptyFiles: false)
    }

    /// The temporary folder holding everything; `folder` is inside it.
    public let root: URL
    /// The corpus folder to point Byline at.
    public let folder: URL
    /// Relative paths of the good articles, which every command must still show.
    public private(set) var goodPaths: [String] = []
    /// Relative paths of files Byline must skip, each with one warning line naming it.
    public private(set) var skippedPaths: [String] = []
    /// Relative paths of files Byline must index but clean (controls removed, re-decoded).
    public private(set) var cleanedPaths: [String] = []
    /// The unreadable file, when it really is unreadable (never when running as root).
    public private(set) var unreadablePath: String?
    /// Whether permissions bite for this user; as root every file can be read.
    public let permissionsApply: Bool
    /// A word that appears only in the good stories (search must find them and nothing else).
    public static let goodWord = "dredging"
    /// A distinctive headline of a good story.
    public static let goodHeadline = "Harbour board backs €40m dredging plan after stormy meeting"
    /// The headline of the story whose own headline carries escape sequences, once cleaned.
    public static let controlHeadline = "Council minutes leak ahead of vote"
    /// The number of empty files when `manyEmptyFiles` is on.
    public static let emptyFileCount = 10_000
    /// Size of the one-line file: 50 MB, or the whole megabytes in `BYLINE_HOSTILE_HUGE_MB`.
    ///
    /// CI's AddressSanitizer run sets 8: the same code paths run on a file still eight times
    /// the reader's limit, where reading 50 MB under the sanitizer took most of that run's time.
    /// The plain run keeps the full size.
    public static let hugeFileBytes: Int = {
        let megabytes = ProcessInfo.processInfo.environment["BYLINE_HOSTILE_HUGE_MB"].flatMap { Int($0) } ?? 50
        return max(2, megabytes) * 1024 * 1024
    }()
    /// How deep the deepest article is.
    public static let depth = 120

    /// Writes the corpus. Throws only if the temporary folder itself cannot be written.
    public init(_ options: Options = .full) throws {
        root = Scratch.directory("hostile")
        folder = root.appendingPathComponent("news")
        permissionsApply = geteuid() != 0
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try writeGoodStories()
        try writeUndecodable()
        try writeLineEndingsAndInvisibles()
        try writeTerminalAttacks()
        try writeWebPages()
        try writeAwkwardFileSystem()
        if options.hugeFile { try writeHugeFile() }
        if options.manyEmptyFiles { try writeManyEmptyFiles() }
    }

    deinit {
        remove()
    }

    /// Deletes everything, restoring permissions first so that nothing is left behind.
    public func remove() {
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        if let unreadable = unreadablePath {
            chmod(folder.appendingPathComponent(unreadable).path, 0o644)
        }
        chmod(folder.appendingPathComponent("locked").path, 0o755)
        // rm walks with openat, so it removes folders nested past the path limit, which
        // FileManager cannot; it never follows the symbolic links.
        _ = try? Spawn.run(["rm", "-rf", root.path])
    }

    // MARK: - Contents

    private func write(_ path: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }

    private func writeGoodStories() throws {
        try write("good/2026-05-02-harbour-vote.txt", Fixtures.wireStory)
        try write("good/2026-04-20-tram-vote.txt", Fixtures.councilStory)
        goodPaths += ["good/2026-05-02-harbour-vote.txt", "good/2026-04-20-tram-vote.txt"]
    }

    private func writeUndecodable() throws {
        // A PNG header and chunk: NUL bytes throughout.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var generator = SplitMix64(seed: 7)
        png += (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        try write("binary/photo.txt", png)
        // Random bytes with NULs, named like Markdown.
        try write("binary/noise.md", (0..<10_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) } + [0])
        // Text with one NUL in the middle.
        try write("binary/one-nul.txt", Array("Looks like a story\n\nUntil ".utf8) + [0] + Array(" a NUL byte.\n".utf8))
        skippedPaths += ["binary/photo.txt", "binary/noise.md", "binary/one-nul.txt"]

        // Windows-1252 (not UTF-8): decoded with a warning.
        try write("encoding/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" owner fined \u{A3}".utf8.dropLast(2)) + [0xA3]
            + Array("200\n\nThe owner said the \u{22}".utf8) + [0x93] + Array("fine".utf8) + [0x94] + Array(" was unfair.\n".utf8))
        // UTF-8 cut off in the middle of a character, and stray continuation bytes.
        try write("encoding/truncated-utf8.txt", Array("Broken bytes story\n\nEnds in ".utf8) + [0xE2, 0x80, 0x20, 0x80, 0xBF, 0xC3])
        cleanedPaths += ["encoding/latin1.txt", "encoding/truncated-utf8.txt"]
        // Nothing but whitespace and controls: no headline, so not an article.
        try write("encoding/blank.txt", "\n \t\n\u{1B}[2J\u{07}\n\n")
        skippedPaths.append("encoding/blank.txt")
    }

    private func writeLineEndingsAndInvisibles() throws {
        try write("lines/cr-only.txt", "Old Mac line endings\r\rFirst paragraph line\rcontinues here.\r\rSecond paragraph.\r")
        try write("lines/crlf.txt", "Windows line endings\r\n\r\nFirst paragraph line\r\ncontinues here.\r\n\r\nSecond paragraph.\r\n")
        try write("lines/bom-middle.txt", "\u{FEFF}Byte order marks\n\nOne at the start and one\u{FEFF} in the middle\u{FEFF}.\n")
        try write("lines/zero-width.txt", "Zero\u{200B}width spaces\u{2060} and joiners\n\nHid\u{200B}den char\u{FEFF}acters in a para\u{200B}graph.\n")
        try write("lines/bidi.txt", "Bidi override \u{202E}txt.exe\u{202C} trick\n\nA file named \u{202E}gpj.exe looks like exe.jpg; \u{2066}isolates\u{2069} too.\n")
        let longWord = String(repeating: "supercalifragilistic", count: 400)
        let url = "https://example.org/" + String(repeating: "very-long-path-segment/", count: 200)
        try write("lines/long-words.txt", "Words longer than any screen\n\n\(longWord) and then \(url) end.\n\nShort words after.\n")
        // A headline longer than any screen, and many lines.
        try write("lines/long-headline.txt", String(repeating: "Headline ", count: 2000) + "\n\n" + String(repeating: "A line.\n", count: 50_000))
        // Thousands of one-line paragraphs: every block is sliced out of the text.
        try write("lines/many-paragraphs.txt", "Many short paragraphs\n\n" + String(repeating: "“Yes,” she said.\n\n", count: 30_000))
        cleanedPaths.append("lines/many-paragraphs.txt")
        cleanedPaths += ["lines/cr-only.txt", "lines/crlf.txt", "lines/bom-middle.txt", "lines/zero-width.txt", "lines/bidi.txt",
                         "lines/long-words.txt", "lines/long-headline.txt"]
    }

    /// Escape sequences a terminal would act on: clear the screen, set the title, write the
    /// clipboard (OSC 52), ring the bell, and their 8-bit C1 forms.
    public static let attacks: [String] = [
        "\u{1B}[2J\u{1B}[H",
        "\u{1B}]0;PWNED-TITLE\u{07}",
        "\u{1B}]2;PWNED-TITLE\u{1B}\\",
        "\u{1B}]52;c;UFdORUQtQ0xJUA==\u{07}",
        "\u{1B}]52;p;UFdORUQtQ0xJUA==\u{1B}\\",
        "\u{07}\u{07}",
        "\u{9B}2J",
        "\u{9D}0;PWNED-TITLE\u{9C}",
        "\u{1B}[31;1m",
        "\u{1B}[?1049l",
        "\u{1B}P+q544e\u{1B}\\",
        "\u{1B}c",
        "\u{1B}[6n",
        "\u{8D}\u{85}\u{90}",
    ]

    private func writeTerminalAttacks() throws {
        // Every attack but the unterminated DCS at the end, which would swallow the rest of its line.
        let all = Self.attacks.dropLast().joined()
        try write("controls/headline.txt", "Council\(all) minutes leak ahead of vote\n\nThe minutes\(Self.attacks[1]) were posted early.\n")
        try write("controls/body.txt", "Escape sequences in the body\n\n" + Self.attacks.map { "Before \($0) after." }.joined(separator: "\n\n") + "\n")
        try write("controls/front-matter.md", "---\ntitle: Front matter\(Self.attacks[3]) attack\nauthor: Mallory\(Self.attacks[1])\n---\n# Ignored\n\nBody\(all).\n")
        // Unterminated OSC: must not swallow the rest of the file.
        try write("controls/unterminated.txt", "Unterminated OSC string\n\nStart \u{1B}]0;never closed\nNext line survives.\n")
        // An 8-bit CSI as a raw byte is not UTF-8: decoded as Windows-1252, where 0x9B is '›'.
        try write("controls/raw-c1.txt", Array("Raw C1 bytes\n\nA ".utf8) + [0x9B] + Array("2J and ".utf8) + [0x9D] + Array("0;x".utf8) + [0x07] + Array(" end.\n".utf8))
        // A file name that carries a title-setting escape sequence.
        try write("controls/name-\u{1B}]0;PWNED-TITLE\u{07}-\u{1B}[2J.txt", "File name with escapes\n\nThe body is fine.\n")
        cleanedPaths += ["controls/headline.txt", "controls/body.txt", "controls/front-matter.md", "controls/unterminated.txt",
                         "controls/raw-c1.txt", "controls/name-\u{1B}]0;PWNED-TITLE\u{07}-\u{1B}[2J.txt"]
    }

    /// Saved web pages that attack too: escape sequences in the title, the metadata and the
    /// text, a script and a style whose words must never be searchable, an entity bomb and an
    /// external entity in the DOCTYPE, markup nested far past any page's depth, undeclared
    /// Windows-1252, and a picture named like a page.
    private func writeWebPages() throws {
        let all = Self.attacks.dropLast().joined()
        try write("web/attack.html", """
            <!doctype html><html><head><title>Harbour\(all) page attack</title>
            <meta name="author" content="Mallory\(Self.attacks[1])">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour page attack", "author": {"name": "Mallory\\u001b]0;PWNED-TITLE\\u0007"}}</script>
            <script>var pwned = "PWNED-SCRIPT";</script><style>.pwned { content: "PWNED-STYLE" }</style></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Harbour\(all) page attack</h1>
            <p>The page\(Self.attacks[0]) tries every escape\(all) sequence in its text, and it is long enough to be the article.</p>
            <p>A second paragraph\(Self.attacks[7]) with an 8-bit one, and a third\(Self.attacks[3]) that writes the clipboard.</p>
            </article></body></html>
            """)
        var laughs = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        try write("web/entities.html", """
            <!DOCTYPE html SYSTEM "file:///etc/passwd" [\(laughs)<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <html><head><title>Entities declared and never expanded</title></head><body><article>
            <p>This page declares a billion laughs, &lol9; and an external entity, &xxe; and neither is ever expanded or read.</p>
            </article></body></html>
            """)
        let depth = 100_000
        try write("web/nested.html", "<html><head><title>Nested far too deep</title></head><body>" + String(repeating: "<div>", count: depth)
            + "<p>A paragraph a hundred thousand elements down, long enough to be taken for the article.</p>" + String(repeating: "</div>", count: depth) + "</body></html>")
        try write("web/latin1.html", Array("<html><body><article><h1>Caf".utf8) + [0xE9] + Array(" fined on the quay</h1><p>The caf".utf8) + [0xE9]
            + Array(" owner said the ".utf8) + [0x93] + Array("fine".utf8) + [0x94] + Array(" was unfair, and that she would appeal it.</p></article></body></html>".utf8))
        cleanedPaths += ["web/attack.html", "web/entities.html", "web/nested.html", "web/latin1.html"]
        var generator = SplitMix64(seed: 11)
        try write("web/picture.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + (0..<2048).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        skippedPaths.append("web/picture.html")
    }

    private func writeAwkwardFileSystem() throws {
        let manager = FileManager.default
        // Deeply nested folders with one article at the bottom.
        let deep = (0..<Self.depth).map { _ in "d" }.joined(separator: "/")
        try write("deep/\(deep)/2026-01-01-bottom.txt", "Found at the bottom\n\nA story \(Self.depth) folders down.\n")
        goodPaths.append("deep/\(deep)/2026-01-01-bottom.txt")

        // Folders nested past the system's path limit (PATH_MAX, 4096 bytes), made one level at
        // a time with mkdirat/openat: nothing below the limit can be opened by its path, so the
        // first folder past it is reported once and skipped. This bites even for root.
        try makeTooDeep()

        // Symbolic-link loops: a folder linking to itself, two links to each other, a link to a parent.
        let loop = folder.appendingPathComponent("loop")
        try manager.createDirectory(at: loop, withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: loop.appendingPathComponent("self").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: loop.appendingPathComponent("up").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: loop.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
        try manager.createSymbolicLink(atPath: loop.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: loop.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere.md")

        // A FIFO named like an article: opening it would block forever.
        mkfifo(folder.appendingPathComponent("loop/pipe.txt").path, 0o644)
        // A folder named like an article.
        try manager.createDirectory(at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)

        // A file and a folder nobody may read.
        try write("locked/inside.txt", "Locked away\n\nNobody can list this folder.\n")
        try write("secret.txt", "Secret\n\nNobody can read this file.\n")
        chmod(folder.appendingPathComponent("secret.txt").path, 0o000)
        chmod(folder.appendingPathComponent("locked").path, 0o000)
        if permissionsApply {
            unreadablePath = "secret.txt"
            skippedPaths.append("secret.txt")
        } else {
            goodPaths += ["secret.txt", "locked/inside.txt"]
        }

        // A file name that is not UTF-8 (bytes 0xFF 0xFE), which no String can spell.
        let name = Array(folder.appendingPathComponent("encoding").path.utf8) + Array("/bad-name-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        if fd >= 0 {
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            handle.write(Data("A name that is not UTF-8\n\nThe body is fine.\n".utf8))
            // Found and indexed under its bytes (`PathBytes`), like any other story.
            goodPaths.append("encoding/bad-name-" + PathBytes.string([0xFF, 0xFE]) + ".txt")
        }
    }

    /// The relative path (with a trailing `/`) of the first folder past the path limit.
    public private(set) var tooDeepFolder: String?

    private func makeTooDeep() throws {
        let level = String(repeating: "n", count: 200)
        var fd = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        var relative = "toodeep"
        mkdirat(fd, "toodeep", 0o755)
        var next = openat(fd, "toodeep", O_RDONLY | O_DIRECTORY)
        close(fd)
        fd = next
        for _ in 0..<25 {
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
            mkdirat(fd, level, 0o755)
            relative += "/" + level
            if tooDeepFolder == nil, folder.path.utf8.count + 1 + relative.utf8.count >= Int(PATH_MAX) {
                tooDeepFolder = relative + "/"
            }
            next = openat(fd, level, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let file = openat(fd, "2026-01-02-too-deep.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if file >= 0 {
            let handle = FileHandle(fileDescriptor: file, closeOnDealloc: true)
            handle.write(Data("Too deep to reach\n\nNo path names this file.\n".utf8))
        }
        close(fd)
    }

    private func writeHugeFile() throws {
        let url = folder.appendingPathComponent("big/one-line.txt")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let words = "Lorem ipsum dolor sit amet, Ingrid Lindqvist said “quote” consectetur adipiscing elit. "
        let chunk = Data(String(repeating: words, count: (1 << 20) / words.utf8.count + 1).utf8.prefix(1 << 20))
        for _ in 0..<(Self.hugeFileBytes >> 20) {
            try handle.write(contentsOf: chunk)
        }
        cleanedPaths.append("big/one-line.txt")
    }

    private func writeManyEmptyFiles() throws {
        for folderNumber in 0..<10 {
            let directory = folder.appendingPathComponent("empty/\(folderNumber)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for n in 0..<(Self.emptyFileCount / 10) {
                let path = directory.appendingPathComponent("\(n).txt").path
                guard FileManager.default.createFile(atPath: path, contents: nil) else {
                    throw CocoaError(.fileWriteUnknown)
                }
            }
        }
    }

    // MARK: - Files that change while they are read

    /// Rewrites one file and deletes and recreates another, over and over, until stopped:
    /// for running while `byline index` reads the folder.
    public func startChurning() -> Churn {
        Churn(folder: folder.appendingPathComponent("churn"))
    }

    /// A background thread changing files under a folder; `stop()` ends it and waits.
    public final class Churn: @unchecked Sendable {
        // Safety: `stopping`, `finished` and `completed` are read and written only under `stopFlag`.
        private let stopFlag = NSCondition()
        private var stopping = false
        private var finished = false
        private var completed = 0

        /// How many rounds of changes were made.
        public var rounds: Int {
            stopFlag.lock()
            defer { stopFlag.unlock() }
            return completed
        }

        init(folder: URL) {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let thread = Thread { [self] in
                var n = 0
                while !isStopping {
                    n += 1
                    let rewritten = folder.appendingPathComponent("rewritten.txt")
                    let vanishing = folder.appendingPathComponent("vanishing.txt")
                    // Rewritten in place, growing and shrinking, sometimes left half written.
                    if let handle = FileHandle(forWritingAtPath: rewritten.path) ?? {
                        _ = FileManager.default.createFile(atPath: rewritten.path, contents: nil)
                        return FileHandle(forWritingAtPath: rewritten.path)
                    }() {
                        try? handle.truncate(atOffset: 0)
                        try? handle.write(contentsOf: Data("Rewritten story \(n)\n\n".utf8))
                        try? handle.write(contentsOf: Data(String(repeating: "Round \(n) text. ", count: n % 500).utf8))
                        try? handle.close()
                    }
                    if n % 2 == 0 {
                        try? FileManager.default.removeItem(at: vanishing)
                    } else {
                        try? Data("Vanishing story \(n)\n\nNow you see it.\n".utf8).write(to: vanishing)
                    }
                    stopFlag.lock()
                    completed = n
                    stopFlag.unlock()
                }
                stopFlag.lock()
                finished = true
                stopFlag.broadcast()
                stopFlag.unlock()
            }
            thread.start()
        }

        private var isStopping: Bool {
            stopFlag.lock()
            defer { stopFlag.unlock() }
            return stopping
        }

        /// Stops the changes and waits for the thread to end.
        public func stop() {
            stopFlag.lock()
            stopping = true
            while !finished { stopFlag.wait() }
            stopFlag.unlock()
        }
    }
}
