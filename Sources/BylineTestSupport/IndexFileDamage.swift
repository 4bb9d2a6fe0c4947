import Foundation
import NewsCore

/// Ways an index file gets hurt, done to a file on disk by tests of recovery.
public enum IndexFileDamage: String, CaseIterable, Sendable {
    /// The first 100 bytes zeroed: no longer an SQLite file at all.
    case header
    /// Cut to half its length.
    case truncated
    /// Every page from the sixth on (the article table and everything after it in this
    /// schema) overwritten, but for the schema's own: the file opens, and the first read of an
    /// article fails.
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
            // (Once the schema outgrows the first page, its leaves are pages made after the
            // tables' roots: hurting them would stop the file opening at all.)
            let schema = Self.tablePages(root: 1, bytes, pageSize)
            for i in (5 * pageSize)..<bytes.count where !schema.contains(i / pageSize + 1) {
                bytes[i] = UInt8(truncatingIfNeeded: noise.next())
            }
        case .scattered:
            for _ in 0..<20 {
                let start = pageSize + Int(noise.next() % UInt64(bytes.count - pageSize - 64))
                for i in start..<(start + 64) { bytes[i] = UInt8(truncatingIfNeeded: noise.next()) }
            }
        }
        try Data(bytes).write(to: file)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
    }

    /// The pages (numbered from 1) of the table b-tree rooted at `root`: the root and, below each
    /// interior page, its children (SQLite's file format, section 1.6).
    static func tablePages(root: Int, _ bytes: [UInt8], _ pageSize: Int) -> Set<Int> {
        func u16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
        func u32(_ i: Int) -> Int { u16(i) << 16 | u16(i + 2) }
        var pages = Set<Int>()
        var stack = [root]
        while let page = stack.popLast() {
            let start = (page - 1) * pageSize
            let header = start + (page == 1 ? 100 : 0)
            guard page >= 1, header + 12 <= bytes.count, pages.insert(page).inserted, bytes[header] == 0x05 else { continue }
            stack.append(u32(header + 8))
            for cell in 0..<u16(header + 3) { stack.append(u32(start + u16(header + 12 + 2 * cell))) }
        }
        return pages
    }
}
