import Foundation
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's file status record (named apart: `CorpusScanner` has a `stat` of its own).
private typealias FileStatus = stat

/// Finds the article files of a corpus folder.
///
/// Every file below the folder with an article's extension (`isArticleName`) is read; hidden
/// files and folders are skipped, and so are symbolic links to folders, so a link loop cannot
/// trap the scan. A `README.txt` or `README.md` describes a folder rather than reporting news,
/// so it is skipped too.
/// The walk uses `opendir`/`readdir`/`fstatat` directly: at 100,000 files Foundation's
/// attribute dictionaries cost over a second, and the refresh that follows every start of
/// the reader begins with this scan.
public enum CorpusScanner {
    /// Why a corpus folder cannot be scanned.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missing(String)
        case notAFolder(String)
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing(let path): return "\(path.terminalSafeName): no such folder"
            case .notAFolder(let path): return "\(path.terminalSafeName): is a file, not a folder of articles"
            case .unreadable(let path): return "\(path.terminalSafeName): cannot be read (permission denied)"
            }
        }
    }

    /// One article file found by a scan.
    public struct File: Sendable, Equatable, Hashable {
        /// Path relative to the corpus folder, with `/` separators.
        public var relativePath: String
        /// The absolute path (a string: building 100,000 URLs costs a tenth of a refresh).
        public var absolutePath: String
        public var size: Int
        /// The modification time in nanoseconds since 1970, the precision fingerprints compare at.
        public var modifiedNanoseconds: Int64

        public var url: URL { URL(fileURLWithPath: absolutePath, isDirectory: false) }
        public var modified: Date { Date(timeIntervalSince1970: Double(modifiedNanoseconds) / 1e9) }

        public init(relativePath: String, absolutePath: String, size: Int, modifiedNanoseconds: Int64) {
            self.relativePath = relativePath
            self.absolutePath = absolutePath
            self.size = size
            self.modifiedNanoseconds = modifiedNanoseconds
        }
    }

    /// The article files below `folder`, sorted by relative path.
    public static func scan(_ folder: URL) throws(Failure) -> [File] {
        var problems: [String] = []
        return try scan(folder, problems: &problems)
    }

    /// The article files below `folder`, sorted by relative path, and in `problems` one line for
    /// each folder below it that could not be opened ("a/b/: cannot be read (Permission denied);
    /// skipped"): one without read permission, or one nested so deep that its path is longer than
    /// the system allows. Such a folder used to vanish from the corpus without a word.
    public static func scan(_ folder: URL, problems: inout [String]) throws(Failure) -> [File] {
        try scanUnsorted(folder, problems: &problems).sorted { $0.relativePath < $1.relativePath }
    }

    /// What `scan(_:problems:)` finds, in directory order (the refresh sorts only what it reads).
    static func scanUnsorted(_ folder: URL, problems: inout [String]) throws(Failure) -> [File] {
        let path = folder.path
        switch PathStatus.kind(path) {
        case .missing: throw .missing(path)
        case .folder: break
        default: throw .notAFolder(path)
        }
        guard PathStatus.isAccessible(path, R_OK), let probe = openFolder(path) else { throw .unreadable(path) }
        closedir(probe)

        var files: [File] = []
        var pending: [(String, String)] = [(PathStatus.resolved(folder), "")]
        while let (directory, prefix) = pending.popLast() {
            guard let handle = openFolder(directory) else {
                problems.append("\((prefix + "/").terminalSafeName): cannot be read (\(String(cString: strerror(errno)))); skipped")
                continue
            }
            defer { closedir(handle) }
            let fd = dirfd(handle)
            while let entry = readdir(handle) {
                // Names are bytes; a name that is not UTF-8 keeps them in its String (`PathBytes`),
                // so that it can be opened, indexed and shown like any other.
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: UInt8.self, capacity: 256) { PathBytes.string(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) }
                }
                if name.hasPrefix(".") { continue }
                var info = FileStatus()
                // AT_SYMLINK_NOFOLLOW: a link is seen as a link and skipped below.
                let found = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) == 0 }
                }
                guard found else { continue }
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append((directory + "/" + name, relative))
                case S_IFREG:
                    guard isArticleName(name) else { continue }
                    files.append(File(
                        relativePath: relative,
                        absolutePath: directory + "/" + name,
                        size: Int(info.st_size),
                        modifiedNanoseconds: modificationNanoseconds(info)
                    ))
                default:
                    // Symbolic links are not followed: a link to a folder could loop forever.
                    continue
                }
            }
        }
        return files
    }

    /// The extensions of article files: text, Markdown, saved web pages, wire copy (NewsML-G2,
    /// NITF: `.xml`, `.newsml`, `.nitf`), feeds (`.xml`, `.rss`, `.atom`, `.json`) and JSON
    /// Lines (`.jsonl`, `.ndjson`). Which reader a file gets is then up to its content as well.
    public static let articleExtensions: Set<String> = ["txt", "md", "html", "htm", "xml", "newsml", "nitf", "rss", "atom", "json", "jsonl", "ndjson"]

    /// Whether a file name is an article's (`articleExtensions`, any case), not a README.
    public static func isArticleName(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: "."), articleExtensions.contains(String(lower[lower.index(after: dot)...])) else { return false }
        return !lower.hasPrefix("readme.")
    }

    /// Size and modification time of one file, or nil when it is gone or not a regular file.
    public static func status(_ url: URL) -> (size: Int, modifiedNanoseconds: Int64)? {
        guard let info = PathStatus.status(url.path, followingLinks: false), info.st_mode & S_IFMT == S_IFREG else { return nil }
        return (Int(info.st_size), modificationNanoseconds(info))
    }

    /// `opendir` on the bytes of `path`.
    private static func openFolder(_ path: String) -> OpaquePointer? {
        PathBytes.withFileSystemPath(path) { opendir($0) }
    }

    private static func modificationNanoseconds(_ info: FileStatus) -> Int64 {
        #if canImport(Darwin)
        return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
