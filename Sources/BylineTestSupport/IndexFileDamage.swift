import Foundation
import NewsCore

/// Ways an index file gets hurt, done to a file on disk by tests of recovery.
public enum IndexFileDamage: String, CaseIterable, Sendable {
    /// The first 100 bytes zeroed: no longer an SQLite file at all.
    case header
    /// Cut to half its length.
    case truncated
    /// Every page from the sixth on (the article table and everything after it in this
    /// schema) overwritten: the file opens, and the first read of an article fails.
    case tables
    /// Twenty short runs of noise at random places after the first page.
    case scattered

    /// Hurts `file` this way (with the same noise every time) and removes its write-ahead log.
    public func apply(to file: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: file))
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        var noise = SplitMix64(seed: 42)
        switch self {
        case .header:
            for i in 0..<100 { bytes[i] = 0 }
        case .truncated:
            bytes.removeLast(bytes.count / 2)
        case .tables:
            for i in (5 * pageSize)..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: noise.next()) }
        case .scattered:
            for _ in 0..<20 {
                let start = pageSize + Int(noise.next() % UInt64(bytes.count - pageSize - 64))
                for i in start..<(start + 64) { bytes[i] = UInt8(truncatingIfNeeded: noise.next()) }
            }
        }
        try Data(bytes).write(to: file)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
    }
}
