import Foundation
import GRDB

/// The name rows `EntityResolver` reads and changes during one run, read once each.
final class NameCache {
    static let person = EntityTypeCode.code(.person)
    static let organization = EntityTypeCode.code(.organization)
    static let place = EntityTypeCode.code(.place)
    static let other = EntityTypeCode.code(.other)

    /// One name row as the resolver sees it.
    struct Row {
        var id: Int64
        var type: Int
        var key: String
        /// The name it links to; its own id for none.
        var link: Int64
        /// The member of its group that shows the group.
        var entity: Int64
        var ambiguous: Bool
        var articles: Int
        var words: [Substring]
        /// The section a person's name was seen in, and for a full name in a story about one
        /// sport that sport too ("sport/rugby"); empty for other names.
        var scope: String

        /// The sport of a full name's stories (`StorySport`), if its scope has one.
        var sport: Substring? {
            scope.firstIndex(of: "/").map { scope[scope.index(after: $0)...] }
        }

        /// What tells this name from a namesake: its sport if it has one, else its section.
        var label: String {
            sport.map(String.init) ?? scope
        }

        /// A name that can show its group: for a person, a given name (not an initial) and a surname.
        var isFullForm: Bool {
            guard type == NameCache.person else { return true }
            return words.count >= 2 && words[0].count > 1
        }
    }

    private let db: Database
    private var rows: [Int64: Row?] = [:]
    private var idsByKey: [String: [Int64]] = [:]
    private var aliasesByKey: [String: [(Int64, Bool)]] = [:]
    private var sections: [Int64: [String: Int]] = [:]
    private var articleNames: [Int64: [Int64]] = [:]
    private var totalArticles: Int? = nil
    private var cues: [Int64: [Int: Int]] = [:]
    private var roleBits: [Int64: Int] = [:]
    private var doubleBarrelled: [Int64: Bool] = [:]
    private var companies: [Int64: Set<String>?] = [:]

    init(_ db: Database) {
        self.db = db
    }

    func row(_ id: Int64) throws -> Row? {
        if let known = rows[id] { return known }
        let found = try GRDB.Row.fetchOne(db.cachedStatement(sql: """
            SELECT type, key, coalesce(link, id), entity, ambiguous, articles, scope FROM name WHERE id = ?
            """), arguments: [id]).map { r -> Row in
            let key: String = r[1]
            return Row(id: id, type: r[0], key: key, link: r[2], entity: r[3], ambiguous: r[4], articles: r[5], words: key.split(separator: " "),
                       scope: r[6])
        }
        rows[id] = .some(found)
        return found
    }

    func ids(key: String) throws -> [Int64] {
        if let known = idsByKey[key] { return known }
        let found = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM name WHERE key = ?"), arguments: [key])
        idsByKey[key] = found
        return found
    }

    /// The names listing `key` as an alias, each with whether the alias is only a derived surname.
    func aliases(key: String) throws -> [(Int64, Bool)] {
        if let known = aliasesByKey[key] { return known }
        let found = try GRDB.Row.fetchAll(db.cachedStatement(sql: "SELECT name, surname FROM alias WHERE key = ?"), arguments: [key])
            .map { (($0[0] as Int64), ($0[1] as Int) != 0) }
        aliasesByKey[key] = found
        return found
    }

    /// Whether some person of the corpus with a full name has `key` as the last word of it.
    func isSurname(_ key: String) throws -> Bool {
        for (id, _) in try aliases(key: key) {
            if let m = try row(id), m.type == NameCache.person, m.words.count >= 2, m.words.last == Substring(key), m.articles > 0 { return true }
        }
        return false
    }

    /// The keys under which names may link to `row`: its aliases, its own key (other readings of
    /// it) and, for a person, the shorter forms of the name.
    func dependentKeys(of row: Row) throws -> Set<String> {
        var keys = Set(try String.fetchAll(db.cachedStatement(sql: "SELECT key FROM alias WHERE name = ?"), arguments: [row.id]))
        keys.insert(row.key)
        if row.type == NameCache.person { keys.formUnion(EntityResolver.shorterKeys(ofPerson: row.key)) }
        return keys
    }

    /// The last name of the chain of links from `id`.
    func top(_ id: Int64) throws -> Int64 {
        var current = id
        // (Links never form a cycle; the bound only guards against a damaged index.)
        for _ in 0..<64 {
            guard let row = try row(current), row.link != current else { return current }
            current = row.link
        }
        return current
    }

    func setLink(_ id: Int64, _ link: Int64, ambiguous: Bool) throws {
        try db.cachedStatement(sql: "UPDATE name SET link = ?, ambiguous = ? WHERE id = ?")
            .execute(arguments: [link == id ? nil : link, ambiguous, id])
        rows[id]??.link = link
        rows[id]??.ambiguous = ambiguous
    }

    func setEntity(_ id: Int64, _ entity: Int64) throws {
        try db.cachedStatement(sql: "UPDATE name SET entity = ? WHERE id = ?").execute(arguments: [entity, id])
        rows[id]??.entity = entity
    }

    /// Shows a name with its section or sport after it ("Gareth Thomas (politics)", "Ada Ode
    /// (rugby)"), answering to that form too, or (nil) without it again.
    func setLabel(_ id: Int64, _ section: String?) throws {
        guard let row = try row(id),
            let display = try String.fetchOne(db.cachedStatement(sql: "SELECT display FROM name WHERE id = ?"), arguments: [id])
        else { return }
        let suffix = " (\(row.label))"
        let base = display.hasSuffix(suffix) ? String(display.dropLast(suffix.count)) : display
        let shown = section == nil ? base : base + suffix
        guard shown != display else { return }
        try db.cachedStatement(sql: "UPDATE name SET display = ? WHERE id = ?").execute(arguments: [shown, id])
        let labelled = base + suffix
        if section == nil {
            try db.cachedStatement(sql: "DELETE FROM alias WHERE key = ? AND name = ?").execute(arguments: [EntityKey.of(labelled), id])
        } else {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias(key, name, form, surname) VALUES(?, ?, ?, 0)")
                .execute(arguments: [EntityKey.of(labelled), id, labelled])
        }
    }

    /// Whether a person's name as shown ends in a double-barrelled surname ("Ada Lewis-Ode").
    func hasDoubleBarrelledSurname(_ id: Int64) throws -> Bool {
        if let known = doubleBarrelled[id] { return known }
        let display = try String.fetchOne(db.cachedStatement(sql: "SELECT display FROM name WHERE id = ?"), arguments: [id]) ?? ""
        // (A namesake's label, "(rugby)", is no part of the name.)
        let found = display.split(separator: " ").last { !$0.hasPrefix("(") }?.contains("-") ?? false
        doubleBarrelled[id] = found
        return found
    }

    /// The people and organisations (as "type key") named in two or more of a person's stories,
    /// other than the name's own forms (its surname alone, its initials); nil when the name has
    /// fewer than three stories, which say too little about anyone's company
    /// (`EntityResolver.playAnotherSport`). Versions of one text (`DuplicateGroups.threshold`)
    /// are one story: copies would make one story's company look like a second one's.
    ///
    /// Remembered per name, since each of a name's rows is weighed against each other; the other
    /// names are read past the row cache, which would otherwise keep every name of a hundred
    /// stories for each name asked about (at 100,000 articles, 20 MB more at the peak).
    func company(of row: Row) throws -> Set<String>? {
        if let known = companies[row.id] { return known }
        let surname = row.words.last
        let typeAndKey = try db.cachedStatement(sql: "SELECT type, key FROM name WHERE id = ?")
        var stories: [(sketch: StorySignature?, names: Set<String>)] = []
        for article in try articles(ofName: row.id, limit: 100) {
            var here = Set<String>()
            for id in try names(inArticle: article) where id != row.id {
                let (type, key): (Int, String)
                if let known = rows[id], let r = known {
                    (type, key) = (r.type, r.key)
                } else if let r = try GRDB.Row.fetchOne(typeAndKey, arguments: [id]) {
                    (type, key) = (r[0], r[1])
                } else {
                    continue
                }
                guard type == NameCache.person || type == NameCache.organization, key.split(separator: " ").last != surname else { continue }
                here.insert("\(type) \(key)")
            }
            let sketch = try sketch(ofArticle: article)
            if let sketch, let k = stories.firstIndex(where: { $0.sketch.map { sketch.similarity(to: $0) >= DuplicateGroups.threshold } ?? false }) {
                stories[k].names.formUnion(here)
            } else {
                stories.append((sketch, here))
            }
        }
        var found: Set<String>? = nil
        if stories.count >= 3 {
            var seen: [String: Int] = [:]
            for story in stories { for k in story.names { seen[k, default: 0] += 1 } }
            found = Set(seen.filter { $0.value >= 2 }.keys)
        }
        companies[row.id] = .some(found)
        return found
    }

    /// An article's story sketch (`StorySignature`), nil for none.
    func sketch(ofArticle id: Int64) throws -> StorySignature? {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT sig FROM story_sig WHERE article = ?"), arguments: [id])
            .flatMap(StorySignature.init(packed:))
    }

    func members(ofEntity id: Int64) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM name WHERE entity = ?"), arguments: [id])
    }

    /// How many of a name's articles each section (top folder) holds; reads at most a few
    /// hundred of its articles. Articles outside any folder count for none.
    func sectionCounts(_ id: Int64) throws -> [String: Int] {
        if let known = sections[id] { return known }
        var counts: [String: Int] = [:]
        for path in try String.fetchAll(db.cachedStatement(sql: """
            SELECT a.path FROM occurrence o JOIN article a ON a.id = o.article WHERE o.name = ? LIMIT 400
            """), arguments: [id]) {
            guard let slash = path.firstIndex(of: "/") else { continue }
            counts[String(path[..<slash]), default: 0] += 1
        }
        sections[id] = counts
        return counts
    }

    /// Up to `limit` of the articles a name occurs in (newest first).
    func articles(ofName id: Int64, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: "SELECT article FROM occurrence WHERE name = ? LIMIT ?"), arguments: [id, limit])
    }

    /// The name ids an article holds.
    func names(inArticle id: Int64) throws -> [Int64] {
        if let known = articleNames[id] { return known }
        let blob = try Data.fetchOne(db.cachedStatement(sql: "SELECT names FROM article WHERE id = ?"), arguments: [id])
        let found = blob.map { Varint.decode([UInt8]($0)).map(Int64.init) } ?? []
        if articleNames.count < 50_000 { articleNames[id] = found }
        return found
    }

    /// How many of a name's articles gave it a strong cue for each type, by type code (`NameCues`).
    func strongCues(_ id: Int64) throws -> [Int: Int] {
        if let known = cues[id] { return known }
        let found = try NameCues.articles(ofName: id, db)
        cues[id] = found
        return found
    }

    /// The walks of life any article gave a name by its role words (`PersonRoles` bits).
    func roles(_ id: Int64) throws -> Int {
        if let known = roleBits[id] { return known }
        let found = try NameCues.roles(ofName: id, db)
        roleBits[id] = found
        return found
    }

    /// How many articles the index holds.
    func articleCount() throws -> Int {
        if let known = totalArticles { return known }
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        totalArticles = count
        return count
    }

    /// The section holding most of a name's articles, when it holds three fifths of them or
    /// more; nil for a name spread over sections, or in a corpus without folders.
    func mainSection(_ id: Int64) throws -> String? {
        let counts = try sectionCounts(id)
        let total = counts.values.reduce(0, +)
        guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value * 5 >= total * 3 else { return nil }
        return top.key
    }
}
