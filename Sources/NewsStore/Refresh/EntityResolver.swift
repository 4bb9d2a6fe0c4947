import GRDB

/// Links names across the corpus: one canonical entity per person, organisation or place.
///
/// A name resolves to a *fuller* name (more words) that lists its key as an alias: a bare
/// `Putin` to `Vladimir Putin` (whose surname is `putin`), an `EU` to the `European Union` an
/// article spelled out. When those fuller names belong to two different entities (`Blair`:
/// Tony and Cherie) the name is *ambiguous*: it stays its own entity, flagged, and lookups by
/// it list the candidates. A name typed `other` may resolve to an entity of any type, since
/// it is usually a person or place the extractor could not classify from one sentence.
///
/// Only names whose keys were touched since the last run (`dirty_key`) are recomputed; a
/// changed name re-queues the shorter names that could point at it. Names are processed
/// fullest first, so a target is always final before anything resolves through it, and
/// since every step goes to strictly more words, there are no cycles.
enum EntityResolver {
    /// Resolves every name under a dirty key, then clears the dirty keys. Returns names changed.
    @discardableResult
    static func run(_ db: Database) throws -> Int {
        // Buckets by word count, processed fullest first; requeued names always have fewer words
        // than the one that changed, so they land in a bucket not yet processed.
        var buckets: [Int: [Int64]] = [:]
        var queued = Set<Int64>()
        for key in try String.fetchAll(db, sql: "SELECT key FROM dirty_key") {
            for id in try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM name WHERE key = ?"), arguments: [key]) where queued.insert(id).inserted {
                buckets[words(key), default: []].append(id)
            }
        }
        var changed = 0
        let update = try db.cachedStatement(sql: "UPDATE name SET entity = ?, ambiguous = ? WHERE id = ?")
        var level = buckets.keys.max() ?? 0
        let other = EntityTypeCode.code(.other)
        while level > 0 {
            // Typed names before `other` ones of the same length: an `other` name may resolve to a
            // typed name with the same key, which must be final first.
            let bucket = buckets.removeValue(forKey: level) ?? []
            let others = try Set(Int64.fetchAll(db, sql: "SELECT id FROM name WHERE type = ? AND id IN (\(bucket.map(String.init).joined(separator: ",")))", arguments: [other]))
            var ids = bucket.filter { !others.contains($0) } + bucket.filter { others.contains($0) }
            var index = 0
            while index < ids.count {
                let id = ids[index]
                index += 1
                guard let name = try Row.fetchOne(db.cachedStatement(sql: "SELECT type, key, entity, ambiguous, articles FROM name WHERE id = ?"), arguments: [id])
                else { continue }
                let type: Int = name[0]
                let (entity, ambiguous) = try resolve(id: id, type: type, key: name[1], alive: (name[4] as Int) > 0, db)
                guard entity != name[2] || ambiguous != ((name[3] as Int) != 0) else { continue }
                try update.execute(arguments: [entity, ambiguous, id])
                changed += 1
                // Shorter names under this name's keys may have resolved through it, and so may
                // `other` names spelled the same.
                for alias in try String.fetchAll(db.cachedStatement(sql: "SELECT key FROM alias WHERE name = ?"), arguments: [id]) {
                    let w = words(alias)
                    guard w <= level else { continue }
                    for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, type FROM name WHERE key = ?"), arguments: [alias]) {
                        let otherID: Int64 = row[0]
                        guard otherID != id else { continue }
                        if w < level, queued.insert(otherID).inserted {
                            buckets[w, default: []].append(otherID)
                        } else if w == level, type != other, (row[1] as Int) == other, queued.insert(otherID).inserted {
                            ids.append(otherID)
                        }
                    }
                }
            }
            level -= 1
        }
        try db.execute(sql: "DELETE FROM dirty_key")
        return changed
    }

    /// The entity one name resolves to, and whether it is ambiguous.
    private static func resolve(id: Int64, type: Int, key: String, alive: Bool, _ db: Database) throws -> (Int64, Bool) {
        guard alive else { return (id, false) }
        let ownWords = words(key)
        let other = EntityTypeCode.code(.other)
        var targets = Set<Int64>()
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT m.id, m.key, m.entity, m.type FROM alias a JOIN name m ON m.id = a.name
            WHERE a.key = ? AND m.articles > 0 AND m.id <> ?
            """), arguments: [key, id])
        for row in rows {
            let candidateType: Int = row[3]
            guard candidateType == type || type == other else { continue }
            // Only towards fuller names: `Putin` → `Vladimir Putin`, never the other way; an
            // `other` name also joins a typed name spelled the same.
            let candidateKey: String = row[1]
            guard words(candidateKey) > ownWords || (type == other && candidateType != other && candidateKey == key) else { continue }
            targets.insert(row[2])
        }
        switch targets.count {
        case 0: return (id, false)
        case 1: return (targets.first!, false)
        default: return (id, true)
        }
    }

    static func words(_ key: String) -> Int {
        key.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
    }
}
