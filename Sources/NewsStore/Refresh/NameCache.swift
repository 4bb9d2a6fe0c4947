import Foundation
import GRDB
import GRDBSQLite

/// The name rows `EntityResolver` reads and changes during one run, read once each.
final class NameCache {
    static let person = EntityTypeCode.code(.person)
    static let organization = EntityTypeCode.code(.organization)
    static let place = EntityTypeCode.code(.place)
    static let other = EntityTypeCode.code(.other)

    /// One name row as the resolver sees it.
    ///
    /// A class: the resolver asks for rows a few hundred times a name, mostly for a field or
    /// two, and a reference is one count to keep where a copy of the row was three (its key,
    /// words and scope). The cache changes a row it holds in place (`setLink`, `setEntity`), so
    /// a row read before a change shows the change; the resolver reads no row's link or entity
    /// across a change it makes to that row.
    final class Row {
        let id: Int64
        let type: Int
        let key: String
        /// The name it links to; its own id for none.
        fileprivate(set) var link: Int64
        /// The member of its group that shows the group.
        fileprivate(set) var entity: Int64
        fileprivate(set) var ambiguous: Bool
        let articles: Int
        let words: [Substring]
        /// The section a person's name was seen in, and for a full name in a story about one
        /// sport that sport too ("sport/rugby"); empty for other names.
        let scope: String

        init(id: Int64, type: Int, key: String, link: Int64, entity: Int64, ambiguous: Bool, articles: Int, scope: String) {
            self.id = id
            self.type = type
            self.key = key
            self.link = link
            self.entity = entity
            self.ambiguous = ambiguous
            self.articles = articles
            words = Row.words(of: key)
            self.scope = scope
        }

        /// `key.split(separator: " ")`, split on its bytes when it is ASCII: the general split
        /// walks the key a Character at a time, a fifth of `NameCache.readAll`. (In ASCII a space
        /// is a Character of its own, so both give the same words.)
        static func words(of key: String) -> [Substring] {
            let utf8 = key.utf8
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return key.split(separator: " ") }
            var words: [Substring] = []
            var start = utf8.startIndex
            var i = start
            while i != utf8.endIndex {
                if utf8[i] == UInt8(ascii: " ") {
                    if start != i { words.append(key[start..<i]) }
                    start = utf8.index(after: i)
                }
                i = utf8.index(after: i)
            }
            if start != utf8.endIndex { words.append(key[start..<utf8.endIndex]) }
            return words
        }

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
    /// The writes decided so far, made by `NameChanges.apply`. Nothing this cache reads
    /// depends on them: a row it changes is one it holds, and it changes its copy too.
    private(set) var changes = NameChanges()
    /// The rows read, by id: ids are the table's row ids, dense from 1, so an array of
    /// references (8 bytes a name of the index) finds a row without hashing. `missing` holds
    /// the ids asked for that have no row, `later` the rows of ids past the array's end.
    private var rows: ContiguousArray<Row?>
    private var missing = Set<Int64>()
    private var later: [Int64: Row?] = [:]
    private var idsByKey: [String: [Int64]] = [:]
    /// Whether `readAll` read every name and alias: a key it did not see has none.
    private var readEverything = false
    /// The keys `readAll` left to point reads (`readAll`).
    private var unsure = Set<String>()
    private var aliasesByKey: [String: [(Int64, Bool)]] = [:]
    private var sections: [Int64: [String: Int]] = [:]
    private var articleNames: [Int64: [Int64]] = [:]
    private var totalArticles: Int? = nil
    private var cues: [Int64: [Int: Int]] = [:]
    private var roleBits: [Int64: Int] = [:]
    private var doubleBarrelled: [Int64: Bool] = [:]
    private var companies: [Int64: Set<Int>?] = [:]
    /// What `company(of:)` needs of each name it met in a story, by id (`companyMember`); the
    /// ids past the array (names made after the run began) in `laterMembers`.
    private var companyMembers: ContiguousArray<CompanyMember>
    private var laterMembers: [Int64: CompanyMember] = [:]
    /// The numbers of `CompanyMember`, by "type key" and by last word.
    private var typeAndKeyNumbers: [String: Int32] = [:]
    private var lastWordNumbers: [String: Int32] = [:]

    /// A name as `company(of:)` weighs it: numbers for its "type key" and its key's last word,
    /// the same for every name of equal ones.
    private struct CompanyMember {
        /// -1 when the name is no person or organisation, or has no row; -2 when not read yet.
        var typeAndKey: Int32
        /// -1 when the key has no word.
        var lastWord: Int32

        static let unread = CompanyMember(typeAndKey: -2, lastWord: -1)
    }
    /// Every name's (entity, id) as `readAll` read them, in that order: `members(ofEntity:)`
    /// answers from it what the index would, since nothing the run decides is written before
    /// it ends. Empty unless `readAll` ran.
    private var byEntity: [(entity: Int64, id: Int64)] = []

    init(_ db: Database) throws {
        self.db = db
        let largest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM name") ?? 0
        rows = ContiguousArray(repeating: nil, count: Int(max(0, largest)) + 1)
        companyMembers = ContiguousArray(repeating: .unread, count: rows.count)
    }

    /// The ids of the rows read so far, in id order: after `readAll`, every name's.
    func readIDs() -> [Int64] {
        rows.compactMap { $0?.id } + later.values.compactMap { $0?.id }.sorted()
    }

    /// The row of a name, nil for none.
    func row(_ id: Int64) throws -> Row? {
        if let known = cached(id) { return known }
        let found = try GRDB.Row.fetchOne(db.cachedStatement(sql: """
            SELECT type, key, coalesce(link, id), entity, ambiguous, articles, scope FROM name WHERE id = ?
            """), arguments: [id]).map { r -> Row in
            Row(id: id, type: r[0], key: r[1], link: r[2], entity: r[3], ambiguous: r[4], articles: r[5], scope: r[6])
        }
        if id >= 0, id < rows.count {
            if let found { rows[Int(id)] = found } else { missing.insert(id) }
        } else {
            later[id] = .some(found)
        }
        return found
    }

    /// The row of a name as read already: `.some(nil)` for a name known to have none, nil for
    /// one not read yet.
    private func cached(_ id: Int64) -> Row?? {
        if id >= 0, id < rows.count {
            if let row = rows[Int(id)] { return .some(row) }
            return missing.contains(id) ? .some(nil) : nil
        }
        return later[id]
    }

    /// Reads every name row and every alias at once, when the run is to decide most names (after
    /// a bulk load): a scan of each table in its key order costs a fraction of the point reads
    /// the run would make instead, one or two a name, and holds what those would have held.
    ///
    /// The scans keep SQLite's order, so a key's names and aliases come as the point reads
    /// give them. A key the cache's dictionaries hold as equal to another of other bytes (two
    /// Unicode spellings of one key) is left to the point reads, which the cache keyed so before.
    func readAll() throws {
        var unsureKeys = Set<String>()
        var previous: String? = nil
        try scan("""
            SELECT id, type, key, coalesce(link, id), entity, ambiguous, articles, scope FROM name ORDER BY key, type, scope
            """) { r in
            let row = Row(id: Self.int64(r, 0), type: Int(Self.int64(r, 1)), key: Self.text(r, 2), link: Self.int64(r, 3),
                          entity: Self.int64(r, 4), ambiguous: Self.int64(r, 5) != 0, articles: Int(Self.int64(r, 6)), scope: Self.text(r, 7))
            if row.id >= 0, row.id < rows.count { rows[Int(row.id)] = row } else { later[row.id] = .some(row) }
            // (A new key whose entry is there already: an equal key of other bytes came first.)
            if previous.map({ !$0.utf8.elementsEqual(row.key.utf8) }) ?? true, idsByKey[row.key] != nil { unsureKeys.insert(row.key) }
            idsByKey[row.key, default: []].append(row.id)
            byEntity.append((row.entity, row.id))
            previous = row.key
        }
        byEntity.sort { ($0.entity, $0.id) < ($1.entity, $1.id) }
        var aliasKeys = Set<String>()
        previous = nil
        try scan("SELECT key, name, surname FROM alias ORDER BY key, name") { r in
            let key = Self.text(r, 0)
            if previous.map({ !$0.utf8.elementsEqual(key.utf8) }) ?? true, !aliasKeys.insert(key).inserted { unsureKeys.insert(key) }
            aliasesByKey[key, default: []].append((Self.int64(r, 1), Self.int64(r, 2) != 0))
            previous = key
        }
        // The cues and roles of every name (the table is small: a row per name and article
        // that had any), for `strongCues` and `roles`, which otherwise read a name at a time.
        try scan("SELECT name, cues, roles FROM name_cue") { r in
            let id = Self.int64(r, 0)
            let types = Int(Self.int64(r, 1))
            let roles = Int(Self.int64(r, 2))
            if roles != 0 { roleBits[id, default: 0] |= roles }
            if types != 0 { NameCues.count(types, into: &cues[id, default: [:]]) }
        }
        for key in unsureKeys {
            idsByKey[key] = nil
            aliasesByKey[key] = nil
        }
        unsure = unsureKeys
        readEverything = true
    }

    /// Steps through the rows of a query through SQLite's interface, handing each to `body`.
    ///
    /// `readAll` reads every name, alias and cue so: GRDB's cursor and decoding of each row cost
    /// a twelfth of the scans (22 M instructions of 278 M at 2,000 articles). The columns read are NOT NULL (or coalesced), and each value is taken as
    /// GRDB takes it (`sqlite3_column_int64`, text up to a NUL), so the rows are the same.
    private func scan(_ sql: String, _ body: (OpaquePointer) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        while true {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            try body(sqlite)
        }
    }

    private static func int64(_ statement: OpaquePointer, _ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    private static func text(_ statement: OpaquePointer, _ column: Int32) -> String {
        sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
    }

    /// The ids of the names of a key, in the order SQLite's index of keys gives them.
    func ids(key: String) throws -> [Int64] {
        if let known = idsByKey[key] { return known }
        if readEverything, !unsure.contains(key) { return [] }
        let found = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM name WHERE key = ?"), arguments: [key])
        idsByKey[key] = found
        return found
    }

    /// The names listing `key` as an alias, each with whether the alias is only a derived surname.
    func aliases(key: String) throws -> [(Int64, Bool)] {
        if let known = aliasesByKey[key] { return known }
        if readEverything, !unsure.contains(key) { return [] }
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

    /// Links a name (to itself for none); the write waits in `changes`.
    func setLink(_ id: Int64, _ link: Int64, ambiguous: Bool) {
        changes.links.append(NameChanges.Link(id: id, link: link, ambiguous: ambiguous))
        if let row = cached(id) ?? nil {
            row.link = link
            row.ambiguous = ambiguous
        }
    }

    /// Sets the member that shows a name's group; the write waits in `changes`.
    func setEntity(_ id: Int64, _ entity: Int64) {
        changes.entities.append(NameChanges.Entity(id: id, entity: entity))
        if let row = cached(id) ?? nil { row.entity = entity }
    }

    /// Shows a name with its section or sport after it ("Gareth Thomas (politics)", "Ada Ode
    /// (rugby)"), answering to that form too, or (nil) without it again; the writes wait in
    /// `changes`. (A name is labelled once a run: what it shows now is read from the index.)
    func setLabel(_ id: Int64, _ section: String?) throws {
        guard let row = try row(id), let display = try display(of: id) else { return }
        let suffix = " (\(row.label))"
        let base = display.hasSuffix(suffix) ? String(display.dropLast(suffix.count)) : display
        let shown = section == nil ? base : base + suffix
        guard shown != display else { return }
        let labelled = base + suffix
        changes.labels.append(NameChanges.Label(id: id, display: shown, labelledKey: EntityKey.of(labelled), labelled: labelled, adds: section != nil))
    }

    /// Whether a person's name as shown ends in a double-barrelled surname ("Ada Lewis-Ode").
    func hasDoubleBarrelledSurname(_ id: Int64) throws -> Bool {
        if let known = doubleBarrelled[id] { return known }
        let found = Self.endsInDoubleBarrelledSurname(try display(of: id) ?? "")
        doubleBarrelled[id] = found
        return found
    }

    /// Whether a display form's last word, a namesake's label ("(rugby)") aside, has a hyphen.
    static func endsInDoubleBarrelledSurname(_ display: String) -> Bool {
        guard let surname = display.split(separator: " ").last(where: { !$0.hasPrefix("(") }) else { return false }
        // (An ASCII name is searched byte by byte: Foundation's `range(of:)` cost a few thousand
        // instructions a name. Another is searched by it, as before.)
        if surname.utf8.allSatisfy({ $0 < 0x80 }) { return surname.utf8.contains(UInt8(ascii: "-")) }
        return surname.contains("-")
    }

    /// A name's display form as the index holds it, nil for no such name.
    ///
    /// Read through SQLite's interface: GRDB's fetch of one value cost several times the read
    /// itself, and the linking reads the display of every person's full name once. The text is
    /// decoded as GRDB decodes it (up to a NUL, if it has one).
    func display(of id: Int64) throws -> String? {
        let statement = try db.cachedStatement(sql: "SELECT display FROM name WHERE id = ?")
        let sqlite = statement.sqliteStatement
        sqlite3_reset(sqlite)
        defer { sqlite3_reset(sqlite) }
        guard sqlite3_bind_int64(sqlite, 1, id) == SQLITE_OK else { return try String.fetchOne(statement, arguments: [id]) }
        switch sqlite3_step(sqlite) {
        case SQLITE_ROW:
            guard let text = sqlite3_column_text(sqlite, 0) else { return nil }
            return String(cString: text)
        case SQLITE_DONE:
            return nil
        default:
            // (Left to GRDB, which reads the step again and throws its error.)
            sqlite3_reset(sqlite)
            return try String.fetchOne(statement, arguments: [id])
        }
    }

    /// The people and organisations (by "type key", as numbers: `companyMember`) named in two or
    /// more of a person's stories, other than the name's own forms (its surname alone, its
    /// initials); nil when the name has fewer than three stories, which say too little about
    /// anyone's company (`EntityResolver.playAnotherSport`). Versions of one text
    /// (`DuplicateGroups.threshold`) are one story: copies would make one story's company look
    /// like a second one's.
    ///
    /// Remembered per name, since each of a name's rows is weighed against each other; the other
    /// names are read past the row cache, which would otherwise keep every name of a hundred
    /// stories for each name asked about (at 100,000 articles, 20 MB more at the peak).
    func company(of row: Row) throws -> Set<Int>? {
        if let known = companies[row.id] { return known }
        let surname = row.words.last.map { Self.number(String($0), in: &lastWordNumbers) } ?? -1
        var stories: [(sketch: StorySignature?, names: Set<Int>)] = []
        for article in try articles(ofName: row.id, limit: 100) {
            var here = Set<Int>()
            for id in try names(inArticle: article) where id != row.id {
                let member = try companyMember(id)
                guard member.typeAndKey >= 0, member.lastWord != surname else { continue }
                here.insert(Int(member.typeAndKey))
            }
            let sketch = try sketch(ofArticle: article)
            if let sketch, let k = stories.firstIndex(where: { $0.sketch.map { sketch.similarity(to: $0) >= DuplicateGroups.threshold } ?? false }) {
                stories[k].names.formUnion(here)
            } else {
                stories.append((sketch, here))
            }
        }
        var found: Set<Int>? = nil
        if stories.count >= 3 {
            var seen: [Int: Int] = [:]
            for story in stories { for k in story.names { seen[k, default: 0] += 1 } }
            found = Set(seen.filter { $0.value >= 2 }.keys)
        }
        companies[row.id] = .some(found)
        return found
    }

    /// A name met in a story, as `company(of:)` weighs it. Worked out once a name, and kept in
    /// an array by id: the names of a person's hundred stories come back for person after
    /// person, and splitting each key, making its "type key" and hashing that at every meeting
    /// was two fifths of the linking's work after a first index of 100,000 articles (callgrind:
    /// 17.5 G instructions of which this 7.3 G); the keys' words are compared as numbers too.
    private func companyMember(_ id: Int64) throws -> CompanyMember {
        let inArray = id >= 0 && id < companyMembers.count
        if inArray {
            let known = companyMembers[Int(id)]
            if known.typeAndKey != CompanyMember.unread.typeAndKey { return known }
        } else if let known = laterMembers[id] {
            return known
        }
        var member = CompanyMember(typeAndKey: -1, lastWord: -1)
        let found: (type: Int, key: String)?
        if let known = cached(id), let r = known {
            found = (r.type, r.key)
        } else if let r = try GRDB.Row.fetchOne(db.cachedStatement(sql: "SELECT type, key FROM name WHERE id = ?"), arguments: [id]) {
            found = (r[0], r[1])
        } else {
            found = nil
        }
        if let found, found.type == NameCache.person || found.type == NameCache.organization {
            member.typeAndKey = Self.number("\(found.type) \(found.key)", in: &typeAndKeyNumbers)
            member.lastWord = found.key.split(separator: " ").last.map { Self.number(String($0), in: &lastWordNumbers) } ?? -1
        }
        if inArray { companyMembers[Int(id)] = member } else { laterMembers[id] = member }
        return member
    }

    /// The number of `text` in `numbers`, a new one (their count) for a text not in it yet.
    private static func number(_ text: String, in numbers: inout [String: Int32]) -> Int32 {
        if let known = numbers[text] { return known }
        let new = Int32(numbers.count)
        numbers[text] = new
        return new
    }

    /// An article's story sketch (`StorySignature`), nil for none.
    func sketch(ofArticle id: Int64) throws -> StorySignature? {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT sig FROM story_sig WHERE article = ?"), arguments: [id])
            .flatMap(StorySignature.init(packed:))
    }

    /// The names whose entity is `id` in the index, in id order.
    func members(ofEntity id: Int64) throws -> [Int64] {
        if readEverything {
            // (After a bulk load a query per group was a seventh of the linking's work.)
            var low = 0
            var high = byEntity.count
            while low < high {
                let mid = (low + high) / 2
                if byEntity[mid].entity < id { low = mid + 1 } else { high = mid }
            }
            var found: [Int64] = []
            while low < byEntity.count, byEntity[low].entity == id {
                found.append(byEntity[low].id)
                low += 1
            }
            return found
        }
        return try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM name WHERE entity = ?"), arguments: [id])
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
        if readEverything { return [:] }
        let found = try NameCues.articles(ofName: id, db)
        cues[id] = found
        return found
    }

    /// The walks of life any article gave a name by its role words (`PersonRoles` bits).
    func roles(_ id: Int64) throws -> Int {
        if let known = roleBits[id] { return known }
        if readEverything { return 0 }
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
