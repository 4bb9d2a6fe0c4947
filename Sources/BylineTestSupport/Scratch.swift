import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary folders for tests, all inside one folder per test process that goes when the
/// process exits.
///
/// Tests make corpora, indexes and private homes by the dozen; made straight under /tmp, every
/// run left them behind (a day of work left over a thousand). A run killed before it could
/// clean up is swept by the next one.
public enum Scratch {
    /// `byline-tests-PID` in the system's temporary folder, made on first use.
    public static let root: URL = {
        let base = FileManager.default.temporaryDirectory
        sweepAbandoned(in: base)
        let url = base.appendingPathComponent("byline-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A new path `NAME-UUID` inside `root`; the caller creates what it wants there.
    public static func directory(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    /// Removes the folders of earlier test processes that are no longer running.
    private static func sweepAbandoned(in base: URL) {
        let prefix = "byline-tests-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            // ESRCH: no such process. EPERM means it runs as another user: leave it.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
            }
        }
    }
}
