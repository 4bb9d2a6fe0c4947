import Dispatch
import Foundation

/// A wall-clock timeline of one refresh: when each batch's analysis started and ended, when
/// the writer took it and finished writing it, and when each finishing step ended.
///
/// The stage timings (`RefreshTiming`) are CPU seconds and say what each stage costs; they do
/// not say when a core sat idle. This does: the writer waiting for a batch's analysis, the
/// workers done with the next batch while the writer still writes, the single-threaded steps at
/// the start and end. With `BYLINE_REFRESH_TRACE` set, the refresh prints it to standard error,
/// one event a line: seconds since the refresh started, the CPU seconds the process had spent by
/// then on all its threads (so that cores busy between two events is the one's difference over
/// the other's, which still means something on a machine other work slows), then the event.
final class RefreshTrace: @unchecked Sendable {
    // Safety: `events` is appended to and read only while `lock` is held.
    private var events: [(seconds: Double, cpu: Double, text: String)] = []
    private let lock = NSLock()
    private let started: DispatchTime
    /// Whether the timeline is printed at the end (the sums below are kept either way).
    let printing: Bool

    init(started: DispatchTime, printing: Bool = ProcessInfo.processInfo.environment["BYLINE_REFRESH_TRACE"] != nil) {
        self.started = started
        self.printing = printing
    }

    /// Wall seconds since the refresh started.
    var now: Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }

    /// Notes an event at the present moment and returns that moment.
    @discardableResult
    func note(_ text: @autoclosure () -> String) -> Double {
        let t = now
        guard printing else { return t }
        let line = text()
        let cpu = Self.processCPUSeconds()
        lock.lock()
        events.append((t, cpu, line))
        lock.unlock()
        return t
    }

    /// Prints the timeline to standard error, when asked for.
    func emit() {
        guard printing else { return }
        lock.lock()
        let lines = events.sorted { $0.seconds < $1.seconds }.map { String(format: "%8.3f %8.3f ", $0.seconds, $0.cpu) + $0.text }
        lock.unlock()
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// CPU seconds of the whole process so far, all threads.
    private static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
