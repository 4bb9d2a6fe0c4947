import Foundation
import GRDB
import NewsCore

/// Writes articles into the index and takes them out again, inside the refresh's transactions.
///
/// It lives on the refresh thread only. Name ids and known alias pairs are cached for the whole
/// refresh, and the per-name counters are summed in memory and written once per batch (`flush`),
/// which turns millions of tiny updates at 100,000 articles into a few thousand per batch.
final class IndexWriter {
    private struct NameKey: Hashable {
        var type: Int
        var key: String
        var scope: String
    }

    private struct AliasPair: Hashable {
        var key: String
        var name: Int64
    }

    private var nameIDs: [NameKey: Int64] = [:]
    private var nameKeys: [Int64: String] = [:]
    /// The ids of the names typed `person`.
    private var people: Set<Int64> = []
    /// Known (key, name) alias rows; the value says whether the row is only a derived surname.
    private var aliases: [AliasPair: Bool] = [:]
    /// The alias keys of each name, as `aliases` holds them.
    private var aliasKeys: [Int64: [String]] = [:]
    private var nextNameID: Int64 = 1
    /// The names created since the last `flush`, in id order (one after another), not yet
    /// written: `flush` inserts each with its counts, where a row inserted at once was written
    /// again by the same batch's update of its counters.
    private var newNames: [NewName] = []
    /// Names whose display form still carries a title or stray word (this refresh only).
    private var untidyNames: Set<Int64> = []
    /// Per name since the last `flush`: the change in its articles and mentions, and the
    /// newest day (0 for none) of the occurrence rows it gained, which can only raise `latest`.
    private var counts: [Int64: (articles: Int, mentions: Int, newest: Int)] = [:]
    /// Names that lost a dated occurrence row since the last `flush`: it may have been their
    /// newest, so `flush` reads their `latest` again from the rows left (`LatestMentionDay`).
    private var lostDatedRows: Set<Int64> = []
    /// `EntityKey.of` and `EntityKey.person` of the forms seen so far: the same names come back
    /// in article after article, and a lookup costs a fraction of folding the name again.
    /// (Keyed by exact text: equal `String`s may differ in their scalars.)
    private var ofKeys: [ExactText: String] = [:]
    private var personKeys: [ExactText: String] = [:]
    /// How many keys the two caches may hold before they start again (bounds the memory).
    static let keyCacheLimit = 200_000
    /// The keys to mark in `dirty_key` at the next `flush`, or none while the resolver decides
    /// every name (`DirtyKeys`).
    private var dirty: DirtyKeys
    /// Names whose every key is in `dirty` or already in `dirty_key` in this refresh: their own
    /// key, each of their alias keys (a new one goes into `dirty` as it is added) and, for a
    /// person, the shorter keys that could link to them. Only the resolver at the refresh's end
    /// clears `dirty_key`, so such a name need not be marked again: in a first build each name
    /// came back batch after batch, and its keys were hashed, sorted and looked up in
    /// `dirty_key` every time. (A name is marked when created, or by `flush` once it has marked
    /// its keys.)
    private var marked = NameIDSet()
    /// Every entity (type, name and aliases) already written in this refresh, and its name id
    /// (`knownIDs`), found by its signature's hash (`knownEntityIndex`). A dictionary keyed by
    /// the signatures themselves copied each key it compared out of its storage, five counted
    /// references, 2% of the writer's time; an integer key is compared where it lies. (Two
    /// signatures of one hash keep the later: the cache is a shortcut, `nameID` says why.)
    private var knownEntityIndex: [Int: Int] = [:]
    private var knownSignatures: [EntitySignature] = []
    private var knownIDs: [Int64?] = []
    private(set) var deadFTSRows = 0
    /// The occurrence and quote-speaker rows of the articles inserted since the last `flush`,
    /// which writes them in key order: a batch's rows then land side by side in each table's
    /// b-tree instead of a page apart each, which costs less to write and leaves fuller pages.
    private var pendingOccurrences: [Occurrence] = []
    /// Articles written, and groups of versions that lost one, since the last `flush`, which
    /// files them in `dirty_story` for `DuplicateGroups.regroup`.
    private var regroup: Set<Int64> = []
    private var pendingSpeakers: [SpeakerRow] = []
    /// The full text of the articles inserted since the last `flush`, which indexes them one
    /// after another, in the order inserted. FTS5 adds each word to an in-memory hash of the
    /// batch's terms, one lookup that mostly misses the cache per word: a fifth of the writer's
    /// time at 100,000 articles. Between two articles the writer went through the name caches
    /// and the other tables' pages, which pushed the hash's lines out; back to back, the
    /// lines of the words in use stay in the cache. The table gets the same rows in the same
    /// order, so its contents (segments included) are the same. (The texts are the batch's own
    /// strings, held a little longer, not copies.)
    private var pendingTexts: [PendingText] = []
    /// The `name_cue` rows of the articles inserted since the last `flush`, held back likewise.
    private var pendingCues: [NameCues.Row] = []
    /// The statements `statement(_:_:)` prepared, by `Prepared` case. (The refresh writes
    /// through one connection, so they stay valid for the writer's life.)
    private var prepared = [DirectInsert?](repeating: nil, count: Prepared.allCases.count)

    private struct Occurrence {
        var name: Int64
        var day: Int
        var article: Int64
        var spans: Data
    }

    private struct PendingText {
        var article: Int64
        var title: String
        var body: String
    }

    private struct NewName {
        var id: Int64
        var type: Int
        var key: String
        var scope: String
        var display: String
    }

    private struct SpeakerRow {
        var speaker: Int64
        var article: Int64
        var quotes: Int
    }

    init(_ db: Database) throws {
        dirty = try DirtyKeys(db, noNames: !(try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM name)") ?? false))
        let rows = try Row.fetchCursor(db, sql: "SELECT id, type, key, scope FROM name")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let key: String = row[2]
            nameIDs[NameKey(type: row[1], key: key, scope: row[3])] = id
            nameKeys[id] = key
            if (row[1] as Int) == EntityTypeCode.code(.person) { people.insert(id) }
            nextNameID = max(nextNameID, id + 1)
        }
        let aliasRows = try Row.fetchCursor(db, sql: "SELECT key, name, surname FROM alias")
        while let row = try aliasRows.next() {
            let key: String = row[0]
            let name: Int64 = row[1]
            aliases[AliasPair(key: key, name: name)] = (row[2] as Int) != 0
            aliasKeys[name, default: []].append(key)
        }
    }

    // MARK: - Removing

    /// Takes an article out: its mentions, counts and quotes. Its FTS row stays, unreachable.
    func delete(articleID id: Int64, _ db: Database) throws {
        try writePendingRows(db)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT day, names, quotes, dup FROM article WHERE id = ?"), arguments: [id]) else { return }
        regroup.remove(id)
        if let group = row[3] as Int64? { regroup.insert(group) }
        try db.cachedStatement(sql: "DELETE FROM story_sig WHERE article = ?").execute(arguments: [id])
        let day: Int = row[0]
        let names = Varint.decode([UInt8](row[1] as Data))
        // (Sets and dictionaries are walked in id order here and in `flush`: in Swift's hash
        // order, which changes from run to run, two builds of one corpus placed the same rows
        // at different offsets in their pages.)
        for nameValue in Set(names).sorted() {
            let name = Int64(nameValue)
            let spans = try Data.fetchOne(
                db.cachedStatement(sql: "SELECT spans FROM occurrence WHERE name = ? AND day = ? AND article = ?"), arguments: [name, day, id])
            try db.cachedStatement(sql: "DELETE FROM occurrence WHERE name = ? AND day = ? AND article = ?")
                .execute(arguments: [name, day, id])
            // (A replaced article may leave the counts as they were but take its cues and roles
            // away: the name is decided again.)
            if try NameCues.delete(name: name, article: id, db), let key = nameKeys[name] { dirty.insert(key) }
            add(name, articles: -1, mentions: -(spans.map { Varint.unpackRanges([UInt8]($0)).count } ?? 0))
            if day > 0 { lostDatedRows.insert(name) }
        }
        let quotes = (row[2] as Data?).map { PackedQuotes.unpack([UInt8]($0)) } ?? []
        for speaker in Set(quotes.compactMap(\.speaker)).sorted() {
            try db.cachedStatement(sql: "DELETE FROM quote_speaker WHERE speaker = ? AND article = ?").execute(arguments: [speaker, id])
        }
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
        deadFTSRows += 1
    }

    // MARK: - Adding

    /// Adds an analysed article under a new id and returns it.
    @discardableResult
    func insert(_ file: PendingFile, hash: Int64, _ article: AnalysedArticle, _ db: Database) throws -> Int64 {
        // Names first: the article row stores their ids.
        var order: [Int64] = []
        var spans: [Int64: [Range<Int>]] = [:]
        var idOfEntityName: [String: Int64] = [:]
        var cues: [Int64: NameCues.Bits] = [:]
        let section = Self.section(of: file.path)
        // (Through the array's buffer: walking the array copied each entity's fields out and
        // freed them again, a percent of the writer's time.)
        try article.entities.withUnsafeBufferPointer { entities in
            for index in entities.indices {
                guard let id = try nameID(for: entities[index], section: section, sport: article.sport, db) else { continue }
                if spans[id] == nil { order.append(id) }
                spans[id, default: []] += entities[index].mentions
                idOfEntityName[entities[index].name] = id
                if !entities[index].strongCues.isEmpty {
                    cues[id, default: NameCues.Bits()].types |= NameCues.bits(entities[index].strongCues)
                }
                if index < article.roles.count, article.roles[index] != 0 { cues[id, default: NameCues.Bits()].roles |= article.roles[index] }
            }
        }
        var packedNames: [UInt8] = []
        for id in order { Varint.append(Int(id), to: &packedNames) }

        let quotes = packedQuotes(article, names: idOfEntityName)
        let shelf = ArticleFacets.storedSection(article.section, path: file.path)
        // (The rows every article gets are bound straight through SQLite's interface: GRDB's
        // boxing of each argument was a tenth of the writer's own work.)
        try statement(.article, db).run(.text(file.path), .int(file.size), .integer(file.mtime), .integer(hash), .text(article.title), .text(orNull: article.date),
                     .int(article.day), .data(Data(packedNames)), .bool(article.plain),
                     .data(orNull: quotes.isEmpty ? nil : Data(PackedQuotes.pack(quotes))), .text(article.source), .text(shelf.section),
                     .bool(shelf.fromFolder))
        let articleID = db.lastInsertedRowID
        if let signature = article.signature {
            try statement(.storySignature, db).run(.integer(articleID), .data(signature.packed))
            regroup.insert(articleID)
        }
        pendingTexts.append(PendingText(article: articleID, title: article.title, body: article.body))
        if !cues.isEmpty { pendingCues += NameCues.rows(cues, article: articleID) }
        if !dirty.all {
            for id in cues.keys.sorted() where !marked.contains(id) { if let key = nameKeys[id] { dirty.insert(key) } }
        }

        for id in order {
            let ranges = spans[id] ?? []
            pendingOccurrences.append(Occurrence(name: id, day: article.day, article: articleID, spans: Data(Varint.packRanges(ranges))))
            add(id, articles: 1, mentions: ranges.count, day: article.day)
        }
        var bySpeaker: [Int64: Int] = [:]
        for case let speaker? in quotes.map(\.speaker) { bySpeaker[speaker, default: 0] += 1 }
        for (speaker, count) in bySpeaker {
            pendingSpeakers.append(SpeakerRow(speaker: speaker, article: articleID, quotes: count))
        }
        return articleID
    }

    /// The inserts run for every article or alias.
    private enum Prepared: Int, CaseIterable {
        case article, storySignature, fullText, alias, occurrence, occurrences, speaker, speakers

        var sql: String {
            switch self {
            case .article: """
                INSERT INTO article(path, size, mtime, hash, title, date, day, names, plain, quotes, source, section, section_from_folder)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            case .storySignature: "INSERT INTO story_sig(article, sig) VALUES(?, ?)"
            case .fullText: "INSERT INTO fts(rowid, title, body) VALUES(?, ?, ?)"
            case .alias: "INSERT INTO alias(key, name, form, surname) VALUES(?, ?, ?, ?)"
            case .occurrence: Self.insert(into: "occurrence(name, day, article, spans)", columns: 4, rows: 1)
            case .occurrences: Self.insert(into: "occurrence(name, day, article, spans)", columns: 4, rows: IndexWriter.rowsPerInsert)
            case .speaker: Self.insert(into: "quote_speaker(speaker, article, quotes)", columns: 3, rows: 1)
            case .speakers: Self.insert(into: "quote_speaker(speaker, article, quotes)", columns: 3, rows: IndexWriter.rowsPerInsert)
            }
        }

        /// An insert of `rows` rows of `columns` values each.
        private static func insert(into table: String, columns: Int, rows: Int) -> String {
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            return "INSERT INTO \(table) VALUES" + Array(repeating: row, count: rows).joined(separator: ", ")
        }
    }

    /// A statement of `Prepared`, looked up in GRDB's cache the first time only: the lookup
    /// hashes the SQL text, a few hundred instructions for each of a first build's million rows.
    private func statement(_ which: Prepared, _ db: Database) throws -> DirectInsert {
        if let known = prepared[which.rawValue] { return known }
        let made = try DirectInsert(db, sql: which.sql)
        prepared[which.rawValue] = made
        return made
    }

    /// The article's quotations as the index keeps them, each speaker resolved to a name id.
    private func packedQuotes(_ article: AnalysedArticle, names: [String: Int64]) -> [PackedQuote] {
        // The first entity, in the article's order, to list each alias key: made once, when a
        // quotation first needs it, instead of a walk over every alias of every entity per quote.
        var entityOfAliasKey: [String: Int]? = nil
        return article.quotes.map { quote in
            guard quote.kind.isQuotation else { return PackedQuote(range: quote.range, kind: .term) }
            var speaker: Int64? = quote.speakerEntity.flatMap { names[$0] }
            if speaker == nil, let said = quote.speakerText ?? quote.speakerEntity {
                // Attribution by a surface form ("Mr Vell"): the entity that lists it as an alias.
                if entityOfAliasKey == nil {
                    var first: [String: Int] = [:]
                    for (index, entity) in article.entities.enumerated() {
                        for alias in entity.aliases {
                            let key = ofKey(alias)
                            if first[key] == nil { first[key] = index }
                        }
                    }
                    entityOfAliasKey = first
                }
                if let index = entityOfAliasKey?[ofKey(said)] {
                    speaker = names[article.entities[index].name]
                }
            }
            return PackedQuote(range: quote.range, kind: quote.kind, speakerRange: quote.speaker, speaker: speaker)
        }
    }

    /// `EntityKey.of(form)`, remembered.
    private func ofKey(_ form: String) -> String {
        if let key = ofKeys[ExactText(form)] { return key }
        if ofKeys.count >= Self.keyCacheLimit { ofKeys.removeAll(keepingCapacity: true) }
        let key = EntityKey.of(form)
        ofKeys[ExactText(form)] = key
        return key
    }

    /// `EntityKey.person(form)`, remembered.
    private func personKey(_ form: String) -> String {
        if let key = personKeys[ExactText(form)] { return key }
        if personKeys.count >= Self.keyCacheLimit { personKeys.removeAll(keepingCapacity: true) }
        let key = EntityKey.person(form)
        personKeys[ExactText(form)] = key
        return key
    }

    /// The id of an entity's name, creating the name and its alias rows when new.
    /// The section of an article: its path's top folder ("sport" for `sport/012.txt`), empty
    /// for an article at the top of the corpus.
    static func section(of path: String) -> String {
        path.firstIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    private func nameID(for entity: ArticleEntity, section: String, sport: String?, _ db: Database) throws -> Int64? {
        // The same entity, letter for letter, comes back in article after article. Once it has
        // been through `resolveName`, its name and alias rows exist, tidy if it can make them so,
        // and going through again would change nothing: its id is remembered.
        // (Hashed and compared from the entity itself: a signature is made only to keep.)
        let hash = EntitySignature.hash(entity, section: section, sport: sport ?? "")
        if let known = knownEntityIndex[hash], knownSignatures[known].matches(entity, section: section, sport: sport ?? "") {
            return knownIDs[known]
        }
        let signature = EntitySignature(type: entity.type, name: entity.name, aliases: entity.aliases, section: section, sport: sport ?? "")
        let id = try resolveName(entity, section: section, sport: sport, db)
        if knownSignatures.count >= Self.keyCacheLimit {
            knownEntityIndex.removeAll(keepingCapacity: true)
            knownSignatures.removeAll(keepingCapacity: true)
            knownIDs.removeAll(keepingCapacity: true)
        }
        knownEntityIndex[hash] = knownSignatures.count
        knownSignatures.append(signature)
        knownIDs.append(id)
        return id
    }

    /// An entity as the writer sees it: its type, name and aliases, compared by exact bytes.
    ///
    /// It holds the entity's own strings and alias array (no copy of their bytes). An entity is
    /// hashed and compared with a kept signature as it is, without being made into one: making
    /// one counted five references, and a lookup is made for every entity of every article.
    private struct EntitySignature {
        var type: EntityType
        var name: String
        var aliases: [String]
        var section: String
        var sport: String

        /// Whether `entity` in an article of `section` and `sport` is the entity signed.
        func matches(_ entity: ArticleEntity, section: String, sport: String) -> Bool {
            type == entity.type && aliases.count == entity.aliases.count && ExactText.sameBytes(name, entity.name)
                && ExactText.sameBytes(self.section, section) && ExactText.sameBytes(self.sport, sport)
                && zip(aliases, entity.aliases).allSatisfy { ExactText.sameBytes($0, $1) }
        }

        /// The hash of `entity`'s signature in an article of `section` and `sport`.
        static func hash(_ entity: ArticleEntity, section: String, sport: String) -> Int {
            var hasher = Hasher()
            hasher.combine(entity.type)
            hasher.combine(entity.aliases.count)
            combine(entity.name, into: &hasher)
            for alias in entity.aliases { combine(alias, into: &hasher) }
            combine(section, into: &hasher)
            combine(sport, into: &hasher)
            return hasher.finalize()
        }

        /// A string's UTF-8 bytes and their count (so that "ab"+"c" and "a"+"bc" differ).
        private static func combine(_ text: String, into hasher: inout Hasher) {
            let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
            if done == nil {
                var copy = text
                copy.withUTF8 { bytes in
                    hasher.combine(bytes.count)
                    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                }
            }
        }
    }

    /// The work of `nameID` for an entity not seen before in this refresh.
    private func resolveName(_ entity: ArticleEntity, section: String, sport: String?, _ db: Database) throws -> Int64? {
        let isPerson = entity.type == .person
        // Another name of a country or union is stored under the canonical one ("UK" under
        // "united kingdom"), shown spelled out; its own spelling stays an alias.
        let key = isPerson ? personKey(entity.name) : NameEquivalents.canonical(ofKey(entity.name))
        guard !key.isEmpty else { return nil }
        let type = EntityTypeCode.code(entity.type)
        // A person's name is kept apart by section: "Brown" in politics and in sport may be
        // different people, and so may two "Gareth Thomas" (`EntityResolver` links each on its
        // own; a full name joins its namesake in another section unless their roles differ).
        // A full name is kept by sport too, "sport/rugby" (`StorySport`): a footballer and a
        // rugby player of one name are both in sport (they join unless their stories keep
        // different company).
        // (`isFullName` answers as Foundation's `contains(" ")` did, at a fraction of its cost.)
        let scope = !isPerson ? "" : sport.map { FileAnalysis.isFullName(key) ? "\(section)/\($0)" : section } ?? section
        let nameKey = NameKey(type: type, key: key, scope: scope)
        let id: Int64
        // The name as shown: a form spelled exactly like the key ("Tony Blair", not "Minister
        // Tony Blair"), once some article uses one.
        // (Each form's key is looked up once, for this and for its alias rows below.)
        let forms = [entity.name] + entity.aliases
        let formKeys = forms.map(ofKey)
        let firstClean = formKeys.firstIndex(of: key).map { forms[$0] }
        let clean = isPerson ? firstClean : NameEquivalents.display(ofCanonical: key) ?? firstClean
        if let known = nameIDs[nameKey] {
            id = known
            if let clean, untidyNames.contains(id) {
                if let first = newNames.first?.id, id >= first {
                    newNames[Int(id - first)].display = clean
                } else {
                    try db.cachedStatement(sql: "UPDATE name SET display = ? WHERE id = ?").execute(arguments: [clean, id])
                }
                untidyNames.remove(id)
                // (The resolver labels a namesake's display: it must see the new one.)
                dirty.insert(key)
            }
        } else {
            id = nextNameID
            nextNameID += 1
            newNames.append(NewName(id: id, type: type, key: key, scope: scope, display: clean ?? entity.name))
            nameIDs[nameKey] = id
            nameKeys[id] = key
            marked.insert(id)
            if clean == nil { untidyNames.insert(id) }
            dirty.insert(key)
            if isPerson {
                people.insert(id)
                dirty.formUnion(EntityResolver.shorterKeys(ofPerson: key))
            }
        }
        if !isPerson, key != formKeys[0] { try addAlias(key, form: clean ?? entity.name, surname: false, name: id, db) }
        for (form, formKey) in zip(forms, formKeys) {
            try addAlias(formKey, form: form, surname: false, name: id, db)
            // "Mr Putin" answers to "putin" too.
            if isPerson { try addAlias(personKey(form), form: form, surname: false, name: id, db) }
        }
        if isPerson, let surname = EntityKey.lastWord(of: key) {
            try addAlias(surname, form: surname, surname: true, name: id, db)
        }
        return id
    }

    private func addAlias(_ key: String, form: String, surname: Bool, name: Int64, _ db: Database) throws {
        guard !key.isEmpty else { return }
        let pair = AliasPair(key: key, name: name)
        switch aliases[pair] {
        case nil:
            try statement(.alias, db).run(.text(key), .integer(name), .text(form), .bool(surname))
            aliases[pair] = surname
            aliasKeys[name, default: []].append(key)
            dirty.insert(key)
        case true? where !surname:
            // A surname seen first as derived is now a form some article really used.
            try db.cachedStatement(sql: "UPDATE alias SET surname = 0, form = ? WHERE key = ? AND name = ?")
                .execute(arguments: [form, key, name])
            aliases[pair] = false
        default:
            break
        }
    }

    private func add(_ name: Int64, articles: Int, mentions: Int, day: Int = 0) {
        let old = counts[name] ?? (0, 0, 0)
        counts[name] = (old.articles + articles, old.mentions + mentions, max(old.newest, day))
    }

    // MARK: - Batch end

    /// Writes the rows held back by `insert`, in their tables' key order.
    private func writePendingRows(_ db: Database) throws {
        try writeTexts(db)
        if !pendingOccurrences.isEmpty {
            pendingOccurrences.sort { a, b in
                if a.name != b.name { return a.name < b.name }
                if a.day != b.day { return a.day > b.day }
                return a.article < b.article
            }
            try insertRows(pendingOccurrences.count, many: .occurrences, one: .occurrence, db) { i in
                let o = pendingOccurrences[i]
                return [.integer(o.name), .int(o.day), .integer(o.article), .blob(o.spans)]
            }
            pendingOccurrences.removeAll(keepingCapacity: true)
        }
        if !pendingSpeakers.isEmpty {
            pendingSpeakers.sort { ($0.speaker, $0.article) < ($1.speaker, $1.article) }
            try insertRows(pendingSpeakers.count, many: .speakers, one: .speaker, db) { i in
                let row = pendingSpeakers[i]
                return [.integer(row.speaker), .integer(row.article), .int(row.quotes)]
            }
            pendingSpeakers.removeAll(keepingCapacity: true)
        }
        if !pendingCues.isEmpty {
            try NameCues.insert(&pendingCues, db)
            pendingCues.removeAll(keepingCapacity: true)
        }
    }

    /// Inserts `count` rows, `rowsPerInsert` to a statement (`many`) and what is left over one
    /// by one (`one`), in order. Each statement run costs SQLite a fixed setup and teardown
    /// (its cursors opened and closed, the statement reset) on top of the row's own b-tree
    /// work: for the million small occurrence rows of a first build at 100,000 articles that
    /// was a quarter of their cost. The rows and their order are the same either way.
    private func insertRows(_ count: Int, many: Prepared, one: Prepared, _ db: Database,
                            _ values: (Int) -> [DirectInsert.Value]) throws {
        var start = 0
        if count >= Self.rowsPerInsert {
            let insert = try statement(many, db)
            while count - start >= Self.rowsPerInsert {
                try insert.run(rows: start..<start + Self.rowsPerInsert, values)
                start += Self.rowsPerInsert
            }
        }
        guard start < count else { return }
        let insert = try statement(one, db)
        for i in start..<count { try insert.run(rows: i..<i + 1, values) }
    }

    /// How many rows one statement of `insertRows` inserts.
    static let rowsPerInsert = 32

    /// Indexes the full text held back by `insert`, in the order inserted.
    private func writeTexts(_ db: Database) throws {
        guard !pendingTexts.isEmpty else { return }
        let insert = try statement(.fullText, db)
        for text in pendingTexts {
            try insert.run(.integer(text.article), .text(text.title), .text(text.body))
        }
        pendingTexts.removeAll(keepingCapacity: true)
    }

    /// Writes the summed counters, the keys whose resolution changed and the dead-row count.
    func flush(_ db: Database) throws {
        if !newNames.isEmpty {
            let insert = try DirectInsert(db, sql: """
                INSERT INTO name(id, type, key, scope, display, entity, articles, mentions, latest) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for name in newNames {
                // (Its keys are all marked dirty since it was made: nothing to add for it below.)
                let delta = counts.removeValue(forKey: name.id) ?? (0, 0, 0)
                try insert.run(.integer(name.id), .int(name.type), .text(name.key), .text(name.scope), .text(name.display), .integer(name.id),
                               .int(delta.articles), .int(delta.mentions), .int(max(0, delta.newest)))
            }
            newNames.removeAll(keepingCapacity: true)
        }
        try writePendingRows(db)
        let update = try DirectInsert(db, sql: """
            UPDATE name SET articles = articles + ?, mentions = mentions + ?, latest = max(latest, ?) WHERE id = ?
            """)
        for (name, delta) in counts.sorted(by: { $0.key < $1.key }) where delta.articles != 0 || delta.mentions != 0 || delta.newest > 0 {
            try update.run(.int(delta.articles), .int(delta.mentions), .int(delta.newest), .integer(name))
            // Links weigh how many articles each name has (`EntityResolver`): a name whose count
            // moved may change its own link and those of the names that could link to it.
            guard delta.articles != 0, !dirty.all, !marked.contains(name), let key = nameKeys[name] else { continue }
            dirty.insert(key)
            dirty.formUnion(aliasKeys[name] ?? [])
            if people.contains(name) { dirty.formUnion(EntityResolver.shorterKeys(ofPerson: key)) }
            marked.insert(name)
        }
        counts.removeAll(keepingCapacity: true)
        // After the raises above, and with this batch's rows written: a name that lost its
        // newest row and gained another in one batch ends on the newer of those left.
        for name in lostDatedRows.sorted() { try LatestMentionDay.recompute(name, db) }
        lostDatedRows.removeAll(keepingCapacity: true)
        let story = try DirectInsert(db, sql: "INSERT OR IGNORE INTO dirty_story(article) VALUES(?)")
        for id in regroup.sorted() { try story.run(.integer(id)) }
        regroup.removeAll(keepingCapacity: true)
        let mark = try DirectInsert(db, sql: "INSERT OR IGNORE INTO dirty_key(key) VALUES(?)")
        for key in dirty.keys.sorted() { try mark.run(.text(key)) }
        dirty.removeAll()
        if deadFTSRows > 0 {
            try db.execute(sql: """
                INSERT INTO meta(key, value) VALUES('fts_dead', ?)
                ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + CAST(excluded.value AS INTEGER)
                """, arguments: [String(deadFTSRows)])
            deadFTSRows = 0
        }
    }
}

/// How entity types are stored: small integers in the order of `EntityType.allCases`.
enum EntityTypeCode {
    static func code(_ type: EntityType) -> Int {
        switch type {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .other: return 3
        }
    }

    static func type(_ code: Int) -> EntityType {
        switch code {
        case 0: return .person
        case 1: return .organization
        case 2: return .place
        default: return .other
        }
    }
}
