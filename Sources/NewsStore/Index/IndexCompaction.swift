import GRDB

/// Rewrites the index after a bulk load, so a first index is as small as its rows.
///
/// A batch's rows go into the sort indexes and the occurrence table all over their key range,
/// and a page split where a row lands leaves two half-full pages; an article row grows when
/// its story group is filled in (`dup`), which splits the table's own pages the same way. At
/// 100,000 articles the b-trees came to 16 MB more than their rows need. `VACUUM` copies each
/// table in key order and builds its indexes afterwards from sorted rows, so every page is
/// full: 212.0 -> 209.4 MB on top of what rebuilding the indexes alone gave (`REINDEX`, which
/// this replaces, cost more: about 2 CPU-seconds against 1.4). It is done only after a bulk
/// load: after a small refresh there is little to gain, and the rows it adds fill the gaps the
/// deleted ones leave. While it runs, the write-ahead log grows to the size of the index;
/// the refresh's closing checkpoint truncates it.
enum IndexCompaction {
    /// Needs a connection outside any transaction (`writeWithoutTransaction`).
    static func afterBulkLoad(_ db: Database) throws {
        // SQLite's sorter holds as many rows in memory as the page cache may: with the bulk
        // load's 64 MB cache, rebuilding occurrence took a first index of 100,000 articles past
        // its memory ceiling (356 MB, from 282). At the usual 8 MB the rows spill to a
        // temporary file instead (sqlite3, 100k copy: 99 MB -> 20 MB).
        try db.execute(sql: "PRAGMA cache_size = -\(NewsIndex.usualCacheKiB)")
        try db.execute(sql: "VACUUM")
    }
}
