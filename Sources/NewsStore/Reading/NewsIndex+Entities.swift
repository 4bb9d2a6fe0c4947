import GRDB
import NewsCore

extension NewsIndex {
    /// Corpus entities, most mentioned first, optionally of one type.
    public func entities(type: EntityType? = nil, offset: Int = 0, limit: Int = 50) throws(IndexError) -> [EntitySummary] {
        try reading { db in
            let typeClause = type.map { "AND e.type = \(EntityTypeCode.code($0))" } ?? ""
            let ids = try Int64.fetchAll(db, sql: """
                SELECT n.entity FROM name n JOIN name e ON e.id = n.entity
                WHERE n.articles > 0 \(typeClause)
                GROUP BY n.entity ORDER BY SUM(n.mentions) DESC, e.display LIMIT ? OFFSET ?
                """, arguments: [limit, offset])
            return try Self.entitySummaries(ids, db)
        }
    }

    /// How many corpus entities there are (of one type).
    public func entityCount(type: EntityType? = nil) throws(IndexError) -> Int {
        try reading { db in
            let typeClause = type.map { "AND e.type = \(EntityTypeCode.code($0))" } ?? ""
            return try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT n.entity) FROM name n JOIN name e ON e.id = n.entity WHERE n.articles > 0 \(typeClause)
                """) ?? 0
        }
    }

    /// One entity by id (or, when that name has joined another since, the entity it is in now).
    public func entity(id: Int64) throws(IndexError) -> EntitySummary? {
        try reading { db in try Self.entitySummaries([try Self.currentEntity(id, db)], db).first }
    }

    /// The entity name `id` belongs to now: itself while it leads its entity.
    ///
    /// A reader holds an entity's id across refreshes (a mentions page, a quotes page), and a
    /// refresh may join that name to another: a full name is kept by section, and the first
    /// index's finishing step joins the sections' rows of one person under the oldest. The id
    /// the page was opened with then still finds the same person.
    static func currentEntity(_ id: Int64, _ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT entity FROM name WHERE id = ?"), arguments: [id]) ?? id
    }

    /// The entities answering to `name` (any alias, case- and diacritic-insensitive).
    ///
    /// An entity's displayed name always finds that entity; several entities shown under the
    /// same name (a club and a city both called Merrowick) give `.ambiguous` with all of them.
    /// Otherwise a name several entities answer to (a surname two people share) gives
    /// `.ambiguous` with the candidates; a bare name left unresolved for that reason, and names
    /// the extractor could not type (`other`), give way to the others.
    public func lookupEntity(_ name: String, type: EntityType? = nil) throws(IndexError) -> EntityLookup {
        try reading { db in try Self.lookup(name, types: type.map { [$0] }, db) }
    }

    static func lookup(_ name: String, types: Set<EntityType>?, _ db: Database) throws -> EntityLookup {
        let key = EntityKey.of(name)
        guard !key.isEmpty else { return .none }
        let canonical = NameEquivalents.canonical(key)
        let ids = try Int64.fetchAll(db, sql: """
            SELECT n.entity FROM alias a JOIN name n ON n.id = a.name WHERE a.key IN (?, ?) AND n.articles > 0
            UNION SELECT entity FROM name WHERE key IN (?, ?) AND articles > 0
            """, arguments: [key, canonical, key, canonical])
        var found = try entitySummaries(ids, db)
        if let types { found = found.filter { types.contains($0.type) } }
        // The name as some entity shows it: that entity, or every entity shown so.
        let shown = found.filter { entity in
            let k = EntityKey.of(entity.name)
            return k == key || k == canonical || NameEquivalents.canonical(k) == canonical
        }
        if !shown.isEmpty, !shown.allSatisfy(\.isAmbiguous) {
            let typed = shown.filter { !$0.isAmbiguous }
            found = typed.count > 1 && typed.contains(where: { $0.type != .other }) ? typed.filter { $0.type != .other } : typed
        } else {
            if found.count > 1, found.contains(where: { !$0.isAmbiguous }) { found = found.filter { !$0.isAmbiguous } }
            if found.count > 1, types == nil, found.contains(where: { $0.type != .other }) { found = found.filter { $0.type != .other } }
        }
        switch found.count {
        case 0: return .none
        case 1: return .found(found[0])
        default: return .ambiguous(found.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) })
        }
    }

    /// Summaries for entity ids, in the order given.
    static func entitySummaries(_ ids: [Int64], _ db: Database) throws -> [EntitySummary] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")
        var byID: [Int64: EntitySummary] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT e.id, e.display, e.type, e.ambiguous, SUM(n.mentions), SUM(n.articles)
            FROM name n JOIN name e ON e.id = n.entity
            WHERE n.entity IN (\(list)) AND n.articles > 0 GROUP BY n.entity
            """)
        {
            let id: Int64 = row[0]
            byID[id] = EntitySummary(id: id, name: row[1], type: EntityTypeCode.type(row[2]), aliases: [],
                                     mentions: row[4], articles: row[5], isAmbiguous: row[3])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT n.entity, a.form FROM alias a JOIN name n ON n.id = a.name
            WHERE n.entity IN (\(list)) AND a.surname = 0 AND n.articles > 0 ORDER BY n.entity, n.articles DESC, a.form
            """)
        {
            let id: Int64 = row[0]
            let form: String = row[1]
            guard var entity = byID[id] else { continue }
            if !entity.aliases.contains(form) { entity.aliases.append(form) }
            byID[id] = entity
        }
        return ids.compactMap { id in
            guard var entity = byID[id] else { return nil }
            entity.aliases.removeAll { $0 == entity.name }
            entity.aliases.insert(entity.name, at: 0)
            return entity
        }
    }

    /// The name ids that make up an entity (its own and those resolved to it).
    static func nameIDs(ofEntity id: Int64, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM name WHERE entity = ? AND articles > 0", arguments: [try currentEntity(id, db)])
    }
}
