import Foundation
import NewsStore

/// Shows a refresh's progress on standard error: a bar with rate and ETA redrawn in place on
/// a terminal, plain lines every few seconds when piped to a file or another program.
final class ProgressReporter: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastLine = Date.distantPast
    private var drewBar = false
    private let lock = NSLock()

    func report(_ progress: RefreshProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if isTerminal {
            guard now.timeIntervalSince(lastLine) > 0.1 || progress.phase == .finished else { return }
            lastLine = now
            write("\r\u{1B}[2K" + Self.bar(progress))
            drewBar = true
        } else {
            guard now.timeIntervalSince(lastLine) > 2 || progress.phase == .finished else { return }
            lastLine = now
            write(Self.plain(progress) + "\n")
        }
    }

    /// Ends the bar's line so the next output starts clean.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar {
            write("\r\u{1B}[2K")
            drewBar = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// "indexing [#########-----------]  45%  45,000/100,000  21.3 MB/s  ETA 0:32"
    static func bar(_ p: RefreshProgress) -> String {
        guard p.phase == .indexing, p.total > 0 else { return "\(p.phase.rawValue)…" }
        let width = 24
        let fraction = Double(p.done) / Double(p.total)
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "indexing [\(bar)] \(String(format: "%3d", Int(fraction * 100)))%  \(p.done)/\(p.total)  \(rate(p))  ETA \(eta(p))"
    }

    static func plain(_ p: RefreshProgress) -> String {
        guard p.phase == .indexing, p.total > 0 else { return "byline: \(p.phase.rawValue)" }
        return "byline: indexing \(p.done)/\(p.total) (\(p.done * 100 / p.total)%) \(rate(p)), ETA \(eta(p))"
    }

    static func rate(_ p: RefreshProgress) -> String {
        guard p.elapsed > 0 else { return "– MB/s" }
        return String(format: "%.1f MB/s", Double(p.bytesDone) / 1_000_000 / p.elapsed)
    }

    static func eta(_ p: RefreshProgress) -> String {
        guard p.done > 0, p.elapsed > 0, p.total >= p.done else { return "–" }
        let seconds = Int(p.elapsed / Double(p.done) * Double(p.total - p.done))
        return String(format: "%d:%02d", seconds / 60, seconds % 60)
    }
}
