import Foundation
import GRDB
import NewsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a write to a database file failed, in words the user can act on.
///
/// SQLite says "database or disk is full" (SQLITE_FULL) or "disk I/O error" (SQLITE_IOERR, as
/// when the `-shm` file of a WAL database cannot grow on a full disk), and the front ends
/// printed "SQLite error 10: disk I/O error - while executing `PRAGMA journal_mode = WAL`".
/// Here the error becomes what failed and what to do: the disk holding the folder is full
/// (free some space there), files may not grow past the size limit (`ulimit -f`), or the disk
/// reported an error.
enum WriteFailure {
    /// The problem, for an error SQLite reported while using the file at `path`, when it is a
    /// failure to write or to find room; nil for any other error.
    static func problem(_ error: DatabaseError, at path: String) -> String? {
        switch error.resultCode {
        case .SQLITE_FULL:
            // SQLite's own word: no space was left (ENOSPC), whatever the disk shows by now.
            return full(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        case .SQLITE_IOERR:
            // A failed read (of a file cut short, say) is no write failure: the callers' own
            // handling says what it means.
            if error.extendedResultCode == .SQLITE_IOERR_READ || error.extendedResultCode == .SQLITE_IOERR_SHORT_READ { return nil }
            return problem(writing: path, diskError: "the disk reported an error (\(error.message ?? "an input/output error"))")
        default:
            return nil
        }
    }

    /// The problem when writing in `path`'s folder failed: the disk is full when it has
    /// (almost) no room left for this user, else the file-size limit when one is set, else
    /// `diskError`.
    static func problem(writing path: String, diskError: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let free = freeBytes(near: folder), free < 1 << 20 { return full(folder) }
        if let limit = ResourceLimit.fileSize {
            return "a file may not grow past \(megabytes(limit)) here (the file-size limit, ulimit -f)"
        }
        return "\(diskError) in \(folder.terminalSafeName)"
    }


    static func full(_ folder: String) -> String {
        "the disk holding \(folder.terminalSafeName) is full; free some space there"
    }

    /// The bytes free to this user on the file system holding `folder`, or its nearest
    /// existing parent.
    static func freeBytes(near folder: String) -> Int? {
        var url = URL(fileURLWithPath: folder)
        while PathStatus.kind(url.path) == .missing, url.path != "/" { url.deleteLastPathComponent() }
        var info = statvfs()
        let ok = PathBytes.withFileSystemPath(url.path) { statvfs($0, &info) == 0 }
        return ok ? Int(info.f_bavail) * Int(info.f_frsize) : nil
    }

    /// `3.2 MB`, `512 KB`.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(bytes / 1024) KB"
    }
}
