import GRDB

/// The writes one run of `EntityResolver` decided, kept to be made in one go afterwards.
///
/// Deciding the links reads a great deal and writes little, and what it writes it never reads
/// back from the database (`NameCache` keeps its own copy of each row it changes). So the
/// deciding can run on a reader of the index, on its own core, while the writer merges the
/// full-text table and writes the story groups; the writer then makes these writes, in the
/// order they were decided, in one transaction with the clearing of the dirty keys, as the
/// resolver used to do in its own.
struct NameChanges: Sendable {
    /// A name's new link (its own id for none) and ambiguity.
    struct Link: Sendable {
        var id: Int64
        var link: Int64
        var ambiguous: Bool
    }

    /// A name's new entity (the member of its group that shows the group).
    struct Entity: Sendable {
        var id: Int64
        var entity: Int64
    }

    /// A namesake's label put on or taken off (`NameCache.setLabel`): the name as shown now,
    /// and the alias of the labelled form to add (`labelled`) or take away.
    struct Label: Sendable {
        var id: Int64
        var display: String
        var labelledKey: String
        var labelled: String
        var adds: Bool
    }

    var links: [Link] = []
    var entities: [Entity] = []
    var labels: [Label] = []
    /// How many names changed link or entity (`EntityResolver.run`'s answer).
    var changedNames = 0

    /// Makes the writes and clears the dirty keys (and the flag that marked every name, `DirtyKeys`).
    ///
    /// Each kind of write sets its own columns of its own rows to a value decided outright, so
    /// making them kind by kind, each kind in the order decided, leaves the rows as making them
    /// as they came did. The dirty keys are all cleared: the keys the run read were all of them,
    /// and between the run and this only the full-text merge and the story groups write, which
    /// mark no key dirty.
    func apply(_ db: Database) throws {
        if !links.isEmpty {
            let update = try DirectInsert(db, sql: "UPDATE name SET link = ?, ambiguous = ? WHERE id = ?")
            for l in links {
                try update.run(l.link == l.id ? .null : .integer(l.link), .bool(l.ambiguous), .integer(l.id))
            }
        }
        if !entities.isEmpty {
            let update = try DirectInsert(db, sql: "UPDATE name SET entity = ? WHERE id = ?")
            for e in entities { try update.run(.integer(e.entity), .integer(e.id)) }
        }
        for label in labels {
            try db.cachedStatement(sql: "UPDATE name SET display = ? WHERE id = ?").execute(arguments: [label.display, label.id])
            if label.adds {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias(key, name, form, surname) VALUES(?, ?, ?, 0)")
                    .execute(arguments: [label.labelledKey, label.id, label.labelled])
            } else {
                try db.cachedStatement(sql: "DELETE FROM alias WHERE key = ? AND name = ?").execute(arguments: [label.labelledKey, label.id])
            }
        }
        try db.execute(sql: "DELETE FROM dirty_key")
        try DirtyKeys.clearFlag(db)
    }
}
