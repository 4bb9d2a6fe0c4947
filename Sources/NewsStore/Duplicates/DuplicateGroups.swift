import Foundation
import GRDB

/// Groups the index's articles into stories told more than once: copies and lightly edited
/// versions of one text, found by their `StorySignature`s.
///
/// Two articles are versions of one story when their estimated similarity reaches `threshold`;
/// a group is a connected set of such pairs. `article.dup` holds the smallest article id of the
/// group (NULL for an article alone), so the list can show a group once; which member it shows
/// is decided when reading (`NewsIndex.groupLead`), so a moved or touched file needs no regrouping.
///
/// After a refresh, only what it touched is looked at again: the articles it wrote and the
/// groups of those it took out (`regroup`). From them the groups are walked out afresh through
/// the band table, every pair checked again, so a group that lost the version tying it together
/// splits, and one that gained a bridge merges. A first build regroups everything in memory.
enum DuplicateGroups {
    /// The estimated Jaccard similarity of five-word shingles from which two bodies are versions
    /// of one story.
    ///
    /// Chosen by reading pairs of the BBC collection and of the 10k corpus made from it. In the
    /// BBC set every pair at 0.5 and above is one report copied or updated (a semi-final report
    /// rewritten for the final, two rounds of one strike's talks, 116 pairs of identical text);
    /// the pairs from 0.2 to 0.37 are other stories that share a background paragraph (two
    /// auctions, two days of oil prices, a manager who "will be" and "has been" unveiled), and
    /// one at 0.47 a follow-up a day later. The 10k corpus's variants keep an original's lead and
    /// about half its paragraphs, so they spread from 0.05 to 0.9 from their original; at 0.5 a
    /// pair shares half its text, whatever its headline says. With 128 positions an estimate is
    /// within about 0.09 of the truth 19 times in 20.
    static let threshold = 0.5

    /// The most members of one band bucket compared pairwise in a full regrouping; a larger bucket
    /// (hundreds of copies of one text) compares each member with its first `bucketLimit`.
    static let bucketLimit = 64

    /// Regroups what the refreshes filed in `dirty_story`, and empties it.
    static func regroupDirty(_ db: Database) throws {
        let dirty = try Int64.fetchSet(db, sql: "SELECT article FROM dirty_story")
        guard !dirty.isEmpty else { return }
        try regroup(dirty, db)
        try db.execute(sql: "DELETE FROM dirty_story")
    }

    /// Regroups the articles `touched` (ids; gone ones are ignored) and everything connected to
    /// them or to their old groups. Returns how many articles changed group.
    @discardableResult
    static func regroup(_ touched: Set<Int64>, _ db: Database) throws -> Int {
        guard !touched.isEmpty else { return 0 }
        let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        // Walking the bands one article at a time costs about a query per band: past a tenth of
        // the index, reading every band once is cheaper.
        if touched.count > max(500, live / 10) { return try regroupAll(db) }
        var signatures: [Int64: StorySignature] = [:]
        var oldGroup: [Int64: Int64] = [:]
        func load(_ id: Int64) throws -> Bool {
            if signatures[id] != nil { return true }
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT s.sig, a.dup FROM article a LEFT JOIN story_sig s ON s.article = a.id WHERE a.id = ?
                """), arguments: [id]) else { return false }
            let dup: Int64? = row[1]
            if let dup { oldGroup[id] = dup }
            guard let data = row[0] as Data?, let sig = StorySignature(packed: data) else { return false }
            signatures[id] = sig
            return true
        }
        var queue: [Int64] = []
        var seen: Set<Int64> = []
        func visit(_ id: Int64) {
            if seen.insert(id).inserted { queue.append(id) }
        }
        var groupsSeen: Set<Int64> = []
        func visitGroup(_ group: Int64) throws {
            guard groupsSeen.insert(group).inserted else { return }
            for member in try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM article WHERE dup = ?"), arguments: [group]) {
                visit(member)
            }
        }
        for id in touched.sorted() { visit(id) }
        // Old groups of the touched ids that are gone (their members stay, maybe apart now).
        for id in touched.sorted() { try visitGroup(id) }
        var unions = UnionFind()
        var k = 0
        let bandLookup = try db.cachedStatement(sql: "SELECT article FROM story_band WHERE key = ?")
        while k < queue.count {
            let id = queue[k]
            k += 1
            guard try load(id), let sig = signatures[id] else { continue }
            unions.add(id)
            if let group = oldGroup[id] { try visitGroup(group) }
            var candidates: Set<Int64> = []
            for key in sig.bandKeys {
                for other in try Int64.fetchAll(bandLookup, arguments: [key]) where other != id { candidates.insert(other) }
            }
            for other in candidates.sorted() {
                guard try load(other), let theirs = signatures[other], sig.similarity(to: theirs) >= threshold else { continue }
                unions.union(id, other)
                visit(other)
            }
        }
        var changed = 0
        let update = try db.cachedStatement(sql: "UPDATE article SET dup = ? WHERE id = ?")
        let components = unions.components()
        for id in seen.sorted() {
            guard signatures[id] != nil || oldGroup[id] != nil else { continue }
            let members = components[unions.find(id)] ?? [id]
            let group: Int64? = members.count > 1 ? members.min() : nil
            if group != oldGroup[id] {
                try update.execute(arguments: [group, id])
                changed += 1
            }
        }
        return changed
    }

    /// Regroups every article, reading the band table once in key order.
    static func regroupAll(_ db: Database) throws -> Int {
        var signatures: [Int64: StorySignature] = [:]
        var oldGroup: [Int64: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT article, sig FROM story_sig")
        while let row = try rows.next() {
            if let sig = StorySignature(packed: row[1]) { signatures[row[0]] = sig }
        }
        let groups = try Row.fetchCursor(db, sql: "SELECT id, dup FROM article WHERE dup IS NOT NULL")
        while let row = try groups.next() { oldGroup[row[0]] = row[1] }
        var unions = UnionFind()
        var bucket: [Int64] = []
        var bucketKey: Int64?
        // A pair that shares several bands is compared again in each (unless joined by then):
        // remembering the pairs compared took a set of millions at 100,000 articles, and
        // raised the peak memory of a first index from 249 to 396 MB; a comparison is 128 reads.
        func close() {
            guard bucket.count > 1 else { return }
            for i in 1..<bucket.count {
                for j in 0..<min(i, bucketLimit) {
                    let (a, b) = (bucket[j], bucket[i])
                    guard unions.find(a) != unions.find(b),
                        let x = signatures[a], let y = signatures[b], x.similarity(to: y) >= threshold
                    else { continue }
                    unions.union(a, b)
                }
            }
        }
        let bands = try Row.fetchCursor(db, sql: "SELECT key, article FROM story_band ORDER BY key, article")
        while let row = try bands.next() {
            let key: Int64 = row[0]
            let article: Int64 = row[1]
            if key != bucketKey {
                close()
                bucket.removeAll(keepingCapacity: true)
                bucketKey = key
            }
            unions.add(article)
            bucket.append(article)
        }
        close()
        let components = unions.components()
        var changed = 0
        let update = try db.cachedStatement(sql: "UPDATE article SET dup = ? WHERE id = ?")
        for id in Set(signatures.keys).union(oldGroup.keys).sorted() {
            let members = unions.contains(id) ? components[unions.find(id)] ?? [id] : [id]
            let group: Int64? = members.count > 1 ? members.min() : nil
            if group != oldGroup[id] {
                try update.execute(arguments: [group, id])
                changed += 1
            }
        }
        return changed
    }
}

/// Disjoint sets of article ids, with path halving.
struct UnionFind {
    private var parent: [Int64: Int64] = [:]

    func contains(_ id: Int64) -> Bool { parent[id] != nil }

    mutating func add(_ id: Int64) {
        if parent[id] == nil { parent[id] = id }
    }

    mutating func find(_ id: Int64) -> Int64 {
        add(id)
        var x = id
        while let p = parent[x], p != x {
            let grand = parent[p] ?? p
            parent[x] = grand
            x = grand
        }
        return x
    }

    mutating func union(_ a: Int64, _ b: Int64) {
        let ra = find(a)
        let rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Every set with more than one member, by its root.
    mutating func components() -> [Int64: [Int64]] {
        var out: [Int64: [Int64]] = [:]
        for id in Array(parent.keys) { out[find(id), default: []].append(id) }
        return out.filter { $0.value.count > 1 }
    }
}
