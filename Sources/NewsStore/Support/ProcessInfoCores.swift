import Foundation

/// How many cores the indexer may use.
enum ProcessInfoCores {
    /// The active processor count, or `BYLINE_WORKERS` when set (for measuring scaling).
    static var active: Int {
        if let text = ProcessInfo.processInfo.environment["BYLINE_WORKERS"], let n = Int(text), n > 0 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }
}
