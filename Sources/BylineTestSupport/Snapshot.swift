import Foundation
import NewsUI
import Testing

/// Whole-screen snapshot assertions: a rendered `Buffer` against a file under `Snapshots/`.
///
/// A snapshot file holds the screen's text, then a style mask (one letter per cell, blank for
/// plain cells), then a legend naming each letter's style. Set `RECORD_SNAPSHOTS=1` to write the
/// files anew; recording also fails the test, so a re-record is always looked at.
public enum Snapshot {
    /// The text form of a buffer, as stored in snapshot files.
    public static func render(_ buffer: Buffer) -> String {
        var legend: [Style: Character] = [:]
        var order: [Style] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var mask: [String] = []
        for y in 0..<buffer.size.height {
            var line = ""
            for x in 0..<buffer.size.width {
                let style = buffer[x, y].style
                if style == .plain {
                    line.append(" ")
                    continue
                }
                if legend[style] == nil {
                    legend[style] = order.count < letters.count ? letters[order.count] : "?"
                    order.append(style)
                }
                line.append(legend[style]!)
            }
            while line.last == " " { line.removeLast() }
            mask.append(line)
        }
        let width = buffer.size.width
        let rule = String(repeating: "-", count: width)
        var out = "size \(buffer.size.width)x\(buffer.size.height)\n"
        out += rule + "\n"
        out += buffer.textLines().joined(separator: "\n") + "\n"
        out += rule + " styles\n"
        out += mask.joined(separator: "\n") + "\n"
        out += rule + " legend\n"
        for style in order {
            out += "\(legend[style]!) \(style)\n"
        }
        return out
    }

    /// Compares `buffer` with `Snapshots/<name>.txt` beside the calling test file.
    public static func assert(
        _ buffer: Buffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = render(buffer)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name); unset RECORD_SNAPSHOTS and run again.", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("No snapshot \(file.path); run with RECORD_SNAPSHOTS=1 to record it.", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Snapshot \(name) differs:\n\(difference(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing lines, numbered, for a readable failure.
    static func difference(expected: String, actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(a.count, b.count) where out.count < 24 {
            let left = i < a.count ? String(a[i]) : "<none>"
            let right = i < b.count ? String(b[i]) : "<none>"
            if left != right {
                out.append("line \(i + 1):\n  expected: \(left)\n  actual:   \(right)")
            }
        }
        return out.joined(separator: "\n")
    }
}
