import Foundation
import NewsCore

/// Ways an index file gets hurt, done to a file on disk by tests of recovery.
public enum IndexFileDamage: String, CaseIterable, Sendable {
    /// The first 100 bytes zeroed: no longer an SQLite file at all.
    case header
    /// Cut to half its length.
    case truncated
    /// Every page from the sixth on (the article table and everything after it in this
    /// schema) overwritten, except the schema's own pages: the file opens, and the first read
    /// of an article fails. (A migration that lengthens the schema moves part of it to a page
    /// at the end of the file, which a read of the schema at opening would then meet.)
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
            let schema = Self.schemaPages(bytes, pageSize: pageSize)
            for page in stride(from: 6, through: bytes.count / pageSize, by: 1) where !schema.contains(page) {
                for i in ((page - 1) * pageSize)..<(page * pageSize) { bytes[i] = UInt8(truncatingIfNeeded: noise.next()) }
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

    /// The pages (numbered from 1) of the schema table's b-tree, which starts on page 1: each
    /// interior page (type 5) names its children, in its cells' first four bytes and in its
    /// right-most pointer; a leaf (type 13) names none.
    static func schemaPages(_ bytes: [UInt8], pageSize: Int) -> Set<Int> {
        func u16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        func u32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 << 8 | Int(bytes[at + $1]) } }
        var pages: Set<Int> = []
        var pending = [1]
        while let page = pending.popLast() {
            let start = (page - 1) * pageSize
            guard page >= 1, start + pageSize <= bytes.count, pages.insert(page).inserted else { continue }
            let header = start + (page == 1 ? 100 : 0)
            guard bytes[header] == 5 else { continue }
            for cell in 0..<u16(header + 3) {
                pending.append(u32(start + u16(header + 12 + 2 * cell)))
            }
            pending.append(u32(header + 8))
        }
        return pages
    }
}
