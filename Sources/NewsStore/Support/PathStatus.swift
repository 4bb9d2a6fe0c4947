import Foundation
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path, asked of the file system with the path's own bytes (`PathBytes`), so that
/// names that are not UTF-8 are found like any other. Foundation's `FileManager` takes the
/// String's UTF-8, and missed them.
public enum PathStatus {
    /// The kinds of thing a path can name.
    public enum Kind: Equatable, Sendable {
        case missing
        case regularFile
        case folder
        /// A FIFO, a socket, a device, or (not following links) a symbolic link.
        case other(String)
    }

    /// The status of `path`, following symbolic links unless `followingLinks` is false.
    static func status(_ path: String, followingLinks: Bool = true) -> stat? {
        var info = stat()
        let found = PathBytes.withFileSystemPath(path) { followingLinks ? stat($0, &info) == 0 : lstat($0, &info) == 0 }
        return found ? info : nil
    }

    /// What `path` names (following links).
    public static func kind(_ path: String) -> Kind {
        guard let info = status(path) else { return .missing }
        return kind(of: info)
    }

    static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        case S_IFIFO: return .other("a pipe (FIFO)")
        case S_IFSOCK: return .other("a socket")
        case S_IFCHR, S_IFBLK: return .other("a device")
        case S_IFLNK: return .other("a symbolic link")
        default: return .other("not a regular file")
        }
    }

    /// Whether this process may do `mode` (`R_OK`, `W_OK`) to `path`.
    static func isAccessible(_ path: String, _ mode: Int32) -> Bool {
        PathBytes.withFileSystemPath(path) { access($0, mode) == 0 }
    }

    /// The absolute path of `url` with its symbolic links resolved, when it exists; its
    /// standardised path otherwise.
    static func resolved(_ url: URL) -> String {
        PathBytes.resolved(url.path) ?? url.standardizedFileURL.path
    }
}
