import GRDB

/// Rebuilds the b-trees a bulk load leaves half full, so a first index is as small as its rows.
///
/// A batch's rows go into the sort indexes and the occurrence table all over their key range,
/// and a page split where a row lands leaves two half-full pages: at 100,000 articles the sort
/// indexes and `occurrence` came to 13 MB more than their rows need (`article_by_section`, a
/// section, then the date, half empty). Built again from sorted rows, each page is full. This
/// costs about 2 CPU-seconds at 100,000 articles, 3% of the cold index, and is done only after a
/// bulk load: after a small refresh there is little to gain, and the rows it adds fill the gaps
/// the deleted ones leave.
enum IndexCompaction {
    /// The tables whose indexes (or, for a table without rowid, whose own b-tree) are rebuilt.
    /// The full-text table is not among them: its `optimize` merges it into one segment.
    static let tables = ["article", "occurrence", "quote_speaker", "name_cue"]

    static func afterBulkLoad(_ db: Database) throws {
        // SQLite's sorter holds as many rows in memory as the page cache may: with the bulk
        // load's 64 MB cache, rebuilding occurrence took a first index of 100,000 articles past
        // its memory ceiling (356 MB, from 282). At the usual 8 MB the rows spill to a
        // temporary file instead, for about a tenth of a CPU-second more (sqlite3, 100k copy:
        // 99 MB -> 20 MB). The refresh sets this size at its end anyway.
        try db.execute(sql: "PRAGMA cache_size = -\(NewsIndex.usualCacheKiB)")
        for table in tables { try db.execute(sql: "REINDEX \(table)") }
    }
}
