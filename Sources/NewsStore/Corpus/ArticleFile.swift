import Foundation
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an article file's bytes, and nothing else: every read of a corpus file goes here.
///
/// A folder of files from strangers holds traps for a plain `Data(contentsOf:)`: a FIFO named
/// like an article blocks the reader forever, a file that grew to gigabytes after the scan is
/// read whole, and Foundation's reader leaks a page-sized buffer for every empty file (10,000
/// empty files leaked 40 MB in one refresh). Here the file is opened without blocking, must
/// be a regular file, and is read with plain `read` calls up to a limit.
public enum ArticleFile {
    /// The largest file read as an article; anything bigger is not a news story.
    public static let maximumSize = 64 << 20

    /// Why a file could not be read.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missing
        case notARegularFile
        case tooLarge
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing: return "no such file"
            case .notARegularFile: return "it is a pipe, a device or a folder, not a regular file"
            case .tooLarge: return "larger than \(ArticleFile.maximumSize >> 20) MB"
            case .unreadable(let reason): return "cannot be read (\(reason))"
            }
        }
    }

    /// The bytes of the regular file at `url`, at most `maximumSize` of them.
    public static func read(_ url: URL) throws(Failure) -> Data {
        let fd = PathBytes.withFileSystemPath(url.path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing }
            throw .unreadable(code == EACCES ? "permission denied" : String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile }
        guard Int(info.st_size) <= maximumSize else { throw .tooLarge }
        // Non-blocking was for the open (a FIFO would block it); a regular file read blocking
        // never returns EAGAIN, which an odd network file system could otherwise send forever.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        // Read straight into a buffer of the size `fstat` gave, plus one byte so that the
        // read that sees the end of the file needs no second buffer; a file that grew since
        // is followed by doubling, up to the limit. (A 64 KB scratch array per file, zeroed and
        // copied out chunk by chunk, was extra work for every 2 KB story.)
        var data = Data(count: min(Int(info.st_size), maximumSize) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                // Full: the file grew since `fstat`, or `fstat` gave no size.
                if filled > maximumSize { throw .tooLarge }
                data.count = min(max(2 * filled, 1 << 12), maximumSize + 1)
            }
            let n = data.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        data.count = filled
        return data
    }
}

/// The C library's `read`, out of reach of `ArticleFile.read`'s name.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
