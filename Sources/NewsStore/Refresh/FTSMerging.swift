import GRDB

/// When the full-text table merges its segments.
///
/// FTS5 writes each transaction's terms as a new segment and, by default, merges segments a
/// little after every write (`automerge` 4). A bulk load (a cold build, or a tenth of the
/// corpus or more at once) then pays for merging over and over as the same postings are
/// rewritten level after level: about a third of the FTS write cost at 100,000 articles, all
/// for segments the refresh merges into one at its end anyway (`optimize`).
///
/// So the table never merges on its own, except when 64 segments pile up on one level
/// (`crisismerge`, which bounds what a reader searching during a cold build has to read), and
/// the refresh does the merging: all of it after a bulk load, a bounded step after a small one.
/// A transaction's terms may take 16 MB of memory before FTS5 writes them out (`hashsize`,
/// 1 MB by default), so a bulk batch of 2,000 articles makes one segment rather than five.
/// Together, at 100,000 articles: FTS writes 10.5 CPU-s -> 3.8, and the final merge 1.6.
///
/// The policy is set once, when the table is made: changing FTS5's settings while another
/// connection reads makes that connection's next query fail.
enum FTSMerging {
    /// The settings, for the migration that makes the table.
    static let policySQL = """
        INSERT INTO fts(fts, rank) VALUES('automerge', 0);
        INSERT INTO fts(fts, rank) VALUES('crisismerge', 64);
        INSERT INTO fts(fts, rank) VALUES('hashsize', 16777216);
        """

    /// Pages one small refresh may spend merging: enough to keep up with what small refreshes
    /// add, little enough to stay in the tens of milliseconds.
    static let stepPages = 2000

    /// Whether a refresh of `changed` files in a corpus of `live` articles is a bulk load.
    static func isBulk(changed: Int, live: Int) -> Bool {
        changed > max(1000, live / 10)
    }

    /// Merges after a refresh that wrote `written` articles into a corpus of `live`: into one
    /// segment after a bulk load, so queries read one b-tree per term; otherwise a step on any
    /// level that holds four segments or more (FTS5's `usermerge`), as `automerge` would have.
    static func merge(written: Int, live: Int, _ db: Database) throws {
        if isBulk(changed: written, live: live) {
            try db.execute(sql: "INSERT INTO fts(fts) VALUES('optimize')")
        } else if written > 0 {
            try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('merge', ?)", arguments: [stepPages])
        }
    }
}
