import GRDB
import NewsCore

/// The strong type cues of the names of an article (`ArticleEntity.strongCues`), as the
/// `name_cue` table keeps them: a row per name and article that has any, a bit per type code.
///
/// Most articles read most names by the tagger's label and the name's form alone, and a name
/// read so in many articles outweighs the few where the words around it said what it is ("the
/// band X", "the sixth X"). Kept per article, such cues can be weighed across the corpus by
/// their strength (`EntityResolver.dominantReading`), and an article taken out takes its own
/// away again.
enum NameCues {
    /// The bits of a set of types, one per `EntityTypeCode`.
    static func bits(_ types: EntityTypes) -> Int {
        EntityType.allCases.reduce(0) { types.contains(EntityTypes($1)) ? $0 | 1 << EntityTypeCode.code($1) : $0 }
    }

    /// What one article said of one name: its strong type cues (a bit per type code) and, for
    /// a person, the walks of life its role words named (`PersonRoles`).
    struct Bits {
        var types = 0
        var roles = 0
    }

    /// One row of `name_cue`: what one article said of one name.
    struct Row {
        var name: Int64
        var article: Int64
        var bits: Bits
    }

    /// The rows of an article's cues, in name order (none for a name with no bit set).
    static func rows(_ cues: [Int64: Bits], article: Int64) -> [Row] {
        cues.sorted(by: { $0.key < $1.key }).compactMap { name, bits in
            bits.types != 0 || bits.roles != 0 ? Row(name: name, article: article, bits: bits) : nil
        }
    }

    /// Writes rows, sorted first into the table's key order (name, then article), so that a
    /// batch's rows for one name land side by side in the b-tree rather than a page apart each.
    static func insert(_ rows: inout [Row], _ db: Database) throws {
        guard !rows.isEmpty else { return }
        rows.sort { ($0.name, $0.article) < ($1.name, $1.article) }
        let statement = try DirectInsert(db, sql: "INSERT INTO name_cue(name, article, cues, roles) VALUES(?, ?, ?, ?)")
        for row in rows {
            try statement.run(.integer(row.name), .integer(row.article), .int(row.bits.types), .int(row.bits.roles))
        }
    }

    /// The walks of life (`PersonRoles` bits) any article gave a name by its role words.
    static func roles(ofName id: Int64, _ db: Database) throws -> Int {
        let rows = try Int.fetchCursor(db.cachedStatement(sql: "SELECT roles FROM name_cue WHERE name = ? AND roles != 0"), arguments: [id])
        var out = 0
        while let bits = try rows.next() { out |= bits }
        return out
    }

    /// Takes away the cues an article gave one of its names; whether it had any.
    @discardableResult
    static func delete(name: Int64, article: Int64, _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM name_cue WHERE name = ? AND article = ?").execute(arguments: [name, article])
        return db.changesCount > 0
    }

    /// How many articles gave a name a strong cue for each type (by type code; absent for none).
    static func articles(ofName id: Int64, _ db: Database) throws -> [Int: Int] {
        var out: [Int: Int] = [:]
        let rows = try Int.fetchCursor(db.cachedStatement(sql: "SELECT cues FROM name_cue WHERE name = ? AND cues != 0"), arguments: [id])
        while let bits = try rows.next() { count(bits, into: &out) }
        return out
    }

    /// Counts one article's cue bits into `articles` (by type code), as `articles(ofName:_:)` does.
    static func count(_ bits: Int, into articles: inout [Int: Int]) {
        for code in 0..<EntityType.allCases.count where bits & 1 << code != 0 { articles[code, default: 0] += 1 }
    }
}
