import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one index for the length of a refresh, across threads and processes.
///
/// Two readers open on one folder both refresh it at start; the second waits for the first
/// (and then finds little left to do) instead of racing it for the same new files. `flock`
/// on a `.lock` file beside the database is released by the kernel if the holder is killed.
struct RefreshLock: ~Copyable {
    private let descriptor: Int32

    /// Blocks until the lock on `database`'s lock file is held; `suffix` names the lock file
    /// (`.lock` for refreshing, `.open.lock` for opening and creating the index).
    init(for database: URL, suffix: String = ".lock") throws(IndexError) {
        let path = database.path + suffix
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .location(path: path, reason: "cannot create the lock file") }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR {
                close(fd)
                throw .location(path: path, reason: "cannot lock the index")
            }
        }
        descriptor = fd
    }

    /// Holds the refresh lock of `database` if nobody else does; nil when it is taken.
    init?(ifFree database: URL) {
        let fd = open(database.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
