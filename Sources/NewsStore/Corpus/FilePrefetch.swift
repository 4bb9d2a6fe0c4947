import Dispatch
import Foundation
import NewsCore

#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to start reading files the refresh will analyse soon.
///
/// A first index reads files that are not in memory yet, and each worker then waits for the
/// disk before it can parse: at 100,000 articles a cold build took 69.9 s with the page cache
/// emptied against 59.7 s with the files in it. The refresh names the batch after the one in
/// analysis, and the kernel reads it in the background (`posix_fadvise`, `WILLNEED`) while the
/// cores work. Where there is no such call, nothing happens: the workers read as before.
enum FilePrefetch {
    /// Starts reading `urls` in the background and returns at once.
    static func start(_ urls: [URL]) {
        #if os(Linux)
        guard !urls.isEmpty else { return }
        DispatchQueue.global(qos: .utility).async {
            for url in urls {
                // (Non-blocking: a file replaced by a FIFO since the scan must not hang this.)
                let fd = PathBytes.withFileSystemPath(url.path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
                guard fd >= 0 else { continue }
                _ = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED)
                close(fd)
            }
        }
        #endif
    }
}
