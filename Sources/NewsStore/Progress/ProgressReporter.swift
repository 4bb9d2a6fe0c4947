import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders refresh progress for `byline index`: a bar with rate and ETA on a terminal, plain
/// lines (at most one every few seconds, and one per phase) when the output is piped.
public final class ProgressReporter: @unchecked Sendable {
    // Safety: every mutable field is touched only under `lock`.
    private let lock = NSLock()
    private let output: FileHandle
    private let isTerminal: Bool
    private let width: Int
    private var lastPhase: RefreshProgress.Phase? = nil
    private var lastLine: Double = -1
    private var drewBar = false

    /// - Parameters:
    ///   - isTerminal: whether to redraw one line in place; by default, whether `output` is a tty.
    public init(output: FileHandle = .standardError, isTerminal: Bool? = nil, width: Int = 80) {
        self.output = output
        self.isTerminal = isTerminal ?? (isatty(output.fileDescriptor) != 0)
        self.width = width
    }

    /// Shows one progress report; pass it as the refresh's `progress` callback.
    public func report(_ progress: RefreshProgress) {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal {
            guard progress.phase != .finished else { return }
            write("\r" + Self.bar(progress, width: width) + "\u{1B}[K")
            drewBar = true
        } else {
            let phaseChanged = progress.phase != lastPhase
            guard phaseChanged || progress.elapsed - lastLine >= 2 || progress.done == progress.total else { return }
            // Nothing to read (an unchanged folder) is not worth a line.
            if progress.phase == .finished || (progress.phase == .indexing && progress.total == 0) { return }
            // Named like every other line a command writes to standard error, for logs.
            write("byline: " + Self.plainLine(progress) + "\n")
            lastLine = progress.elapsed
        }
        lastPhase = progress.phase
    }

    /// Erases the bar, if one is drawn, so that a message or the summary can take its line.
    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { write("\r\u{1B}[K") }
        drewBar = false
    }

    // MARK: - Text (pure, for tests)

    /// `[#######.....]  45,000/100,000  12.3 MB/s  1,234 articles/s  ETA 0:42`
    public static func bar(_ p: RefreshProgress, width: Int) -> String {
        switch p.phase {
        case .scanning: return "scanning the folder…"
        case .linking: return "linking names across the corpus…"
        case .compacting where p.total == 0: return "compacting the full-text index…"
        case .finished: return ""
        default: break
        }
        let label = p.phase == .compacting ? "compacting " : ""
        let counts = "\(grouped(p.done))/\(grouped(p.total))"
        let rates = rateText(p)
        let tail = " \(counts)  \(rates)"
        let barWidth = max(10, width - tail.count - label.count - 3)
        let fraction = p.total > 0 ? Double(p.done) / Double(p.total) : 1
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        return label + "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]" + tail
    }

    /// `indexing: 45000/100000 articles (45%), 12.3 MB/s, 1234 articles/s, ETA 42s`
    public static func plainLine(_ p: RefreshProgress) -> String {
        switch p.phase {
        case .scanning: return "scanning the folder"
        case .linking: return "linking names across the corpus"
        case .finished: return "finished"
        case .indexing, .compacting:
            let percent = p.total > 0 ? p.done * 100 / p.total : 100
            return "\(p.phase.rawValue) \(p.done)/\(p.total) articles (\(percent)%), \(rateText(p).replacingOccurrences(of: "  ", with: ", "))"
        }
    }

    /// `2,225 new, 3 removed; 2,225 articles indexed in 4.2 s`
    public static func summaryLine(_ s: RefreshSummary) -> String {
        "\(s.description); \(grouped(s.total)) articles indexed in \(String(format: "%.1f", s.seconds)) s"
    }

    static func rateText(_ p: RefreshProgress) -> String {
        guard p.elapsed > 0.05, p.done > 0 else { return "ETA --" }
        let mbPerSecond = Double(p.bytesDone) / 1e6 / p.elapsed
        let perSecond = Double(p.done) / p.elapsed
        let remaining = perSecond > 0 ? Double(p.total - p.done) / perSecond : 0
        let eta = Int(remaining.rounded())
        let etaText = eta >= 60 ? "\(eta / 60):\(eta % 60 < 10 ? "0" : "")\(eta % 60)" : "\(eta)s"
        var parts: [String] = []
        if p.bytesTotal > 0 { parts.append(String(format: "%.1f MB/s", mbPerSecond)) }
        parts.append("\(grouped(Int(perSecond))) articles/s")
        parts.append("ETA \(etaText)")
        return parts.joined(separator: "  ")
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    private func write(_ text: String) {
        output.write(Data(text.utf8))
    }
}
