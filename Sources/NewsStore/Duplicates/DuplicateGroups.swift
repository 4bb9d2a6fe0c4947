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
/// the sketches' band keys, every pair checked again, so a group that lost the version tying it together
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

    /// The new group of every article whose group changes, when what `dirty_story` holds calls
    /// for regrouping everything (as after a bulk load); nil when it calls for `regroupDirty`.
    ///
    /// Only reads (the sketches and the groups they had), so it can run on a reader while the
    /// writer does other work; `apply` then writes the result and empties `dirty_story`.
    static func fullRegrouping(_ db: Database) throws -> [(id: Int64, group: Int64?)]? {
        let dirty = try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_story") ?? 0
        let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        guard isFull(touched: dirty, live: live) else { return nil }
        return try regroupingAll(db)
    }

    /// Writes the groups `fullRegrouping` found and empties `dirty_story`.
    static func apply(_ changes: [(id: Int64, group: Int64?)], _ db: Database) throws {
        try write(changes, db)
        try db.execute(sql: "DELETE FROM dirty_story")
    }

    /// Sets each changed article's group, binding through SQLite's interface: after a first
    /// index of 100,000 articles that is 61,000 rows, written while the other core has little to
    /// do, and GRDB's boxing of the arguments was a fifth of their cost (0.16 -> 0.12 CPU-s).
    private static func write(_ changes: [(id: Int64, group: Int64?)], _ db: Database) throws {
        let update = try DirectInsert(db, sql: "UPDATE article SET dup = ? WHERE id = ?")
        for change in changes { try update.run(change.group.map { .integer($0) } ?? .null, .integer(change.id)) }
    }

    /// Whether regrouping `touched` articles of `live` is done as a regrouping of everything:
    /// walking a few articles' groups costs a pass over the sketches a wave, so past a tenth
    /// of the index, grouping everything at once is cheaper.
    private static func isFull(touched: Int, live: Int) -> Bool {
        touched > max(500, live / 10)
    }

    /// Regroups the articles `touched` (ids; gone ones are ignored) and everything connected to
    /// them or to their old groups. Returns how many articles changed group.
    ///
    /// The walk goes out in waves: the band keys of a wave's articles are looked up in one pass
    /// over every sketch (`SketchTable`), which finds the same candidates a table of band keys
    /// would, and the candidates that pass `threshold`, with the old groups of the wave, make the
    /// next wave. At 100,000 articles a pass is about 1.6 million lookups, mostly answered by a
    /// 64-kbit filter.
    @discardableResult
    static func regroup(_ touched: Set<Int64>, _ db: Database) throws -> Int {
        guard !touched.isEmpty else { return 0 }
        let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        if isFull(touched: touched.count, live: live) { return try regroupAll(db) }
        let table = try SketchTable.load(db)
        var oldGroup: [Int64: Int64] = [:]
        // Each id looked at: nil when its article is gone, else its sketch's position (nil
        // inside when it has none).
        var known: [Int64: Int??] = [:]
        func load(_ id: Int64) throws -> Int?? {
            if let cached = known[id] { return cached }
            let result: Int??
            if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT dup FROM article WHERE id = ?"), arguments: [id]) {
                if let dup = row[0] as Int64? { oldGroup[id] = dup }
                result = .some(table.index(of: id))
            } else {
                result = nil
            }
            known[id] = result
            return result
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
        var done = 0
        while done < queue.count {
            let wave = queue[done...]
            done = queue.count
            // The wave's sketches, by band key.
            var members: [UInt64: [Int]] = [:]
            var filter = BandFilter()
            for id in wave {
                guard let position = try load(id), let i = position else { continue }
                unions.add(id)
                if let group = oldGroup[id] { try visitGroup(group) }
                for band in 0..<StorySignature.bands {
                    let key = table.bandKey(i, band: band)
                    members[key, default: []].append(i)
                    filter.insert(key)
                }
            }
            guard !members.isEmpty else { continue }
            // Every pair (wave member, other) that shares a band, once.
            var pairs: Set<Pair> = []
            for j in 0..<table.count {
                for band in 0..<StorySignature.bands {
                    let key = table.bandKey(j, band: band)
                    guard filter.contains(key), let list = members[key] else { continue }
                    for i in list where i != j { pairs.insert(Pair(member: i, other: j)) }
                }
            }
            for pair in pairs.sorted(by: { ($0.member, $0.other) < ($1.member, $1.other) }) {
                let other = table.ids[pair.other]
                guard try load(other) != nil, table.similarity(pair.member, pair.other) >= threshold else { continue }
                unions.union(table.ids[pair.member], other)
                visit(other)
            }
        }
        var changed = 0
        let update = try db.cachedStatement(sql: "UPDATE article SET dup = ? WHERE id = ?")
        let components = unions.components()
        for id in seen.sorted() {
            let hasSketch = known[id].map { $0 != nil } ?? false
            guard hasSketch || oldGroup[id] != nil else { continue }
            let members = components[unions.find(id)] ?? [id]
            let group: Int64? = members.count > 1 ? members.min() : nil
            if group != oldGroup[id] {
                try update.execute(arguments: [group, id])
                changed += 1
            }
        }
        return changed
    }

    /// Two positions in a `SketchTable`: a member of the wave and an article sharing a band.
    private struct Pair: Hashable {
        var member: Int
        var other: Int
    }

    /// Regroups every article. Returns how many changed group.
    static func regroupAll(_ db: Database) throws -> Int {
        let changes = try regroupingAll(db)
        try write(changes, db)
        return changes.count
    }

    /// The new group of every article whose group a regrouping of everything changes: all band
    /// keys worked out and sorted once, each bucket of equal keys compared in article id order.
    private static func regroupingAll(_ db: Database) throws -> [(id: Int64, group: Int64?)] {
        let table = try SketchTable.load(db)
        var oldGroup: [Int64: Int64] = [:]
        let groups = try Row.fetchCursor(db, sql: "SELECT id, dup FROM article WHERE dup IS NOT NULL")
        while let row = try groups.next() { oldGroup[row[0]] = row[1] }
        // The sets are of the table's positions, which follow the ids: the root of a set, its
        // smallest position, is its smallest id, the group's name. (`UnionFind`, by id, hashed
        // each id at every step: a third of this regrouping's time at 100,000 articles.)
        var unions = PositionUnionFind(count: table.count)
        // A pair that shares several bands is compared again in each (unless joined by then):
        // remembering the pairs compared took a set of millions at 100,000 articles, and
        // raised the peak memory of a first index from 249 to 396 MB; a comparison is 128 reads.
        forEachBandBucket(table) { bucket in
            for i in 1..<bucket.count {
                for j in 0..<min(i, bucketLimit) {
                    guard unions.find(bucket[j]) != unions.find(bucket[i]),
                        table.similarity(bucket[j], bucket[i]) >= threshold else { continue }
                    unions.union(bucket[j], bucket[i])
                }
            }
        }
        let roots = unions.roots()
        var members = [Int32](repeating: 0, count: table.count)
        for root in roots { members[root] += 1 }
        var changes: [(id: Int64, group: Int64?)] = []
        for (position, id) in table.ids.enumerated() {
            let root = roots[position]
            let group: Int64? = members[root] > 1 ? table.ids[root] : nil
            if group != oldGroup[id] { changes.append((id, group)) }
        }
        // Articles in a group that have no sketch now are alone.
        let gone = oldGroup.keys.filter { table.index(of: $0) == nil }
        if !gone.isEmpty {
            changes += gone.map { (id: $0, group: nil) }
            changes.sort { $0.id < $1.id }
        }
        return changes
    }

    /// Calls `body` with each group of the table's positions that share a band key, of two or
    /// more, in ascending position (so article id) order.
    ///
    /// One band at a time: each position's band values and the position are packed into one
    /// integer and the band's lot sorted, 100,000 integers (0.8 MB) at 100,000 articles. Sorting
    /// all bands' 1.6 million at once took 13 MB, and 6 more for the sort, on top of the sketches
    /// at the peak of a first index. Band values take 16 bits a row, 32 as configured, and
    /// positions the rest: far past any sketch table that fits in memory.
    static func forEachBandBucket(_ table: SketchTable, _ body: ([Int]) -> Void) {
        let positionBits = UInt64(max(1, Int.bitWidth - table.count.leadingZeroBitCount))
        let mask: UInt64 = (1 << positionBits) - 1
        // The band's number is left out: the keys of one band are sorted apart from the others.
        let bandNumber: UInt64 = 1 << UInt64(16 * StorySignature.rowsPerBand)
        var entries: [UInt64] = []
        entries.reserveCapacity(table.count)
        var bucket: [Int] = []
        for band in 0..<StorySignature.bands {
            entries.removeAll(keepingCapacity: true)
            for i in 0..<table.count {
                entries.append((table.bandKey(i, band: band) % bandNumber) << positionBits | UInt64(i))
            }
            entries.sort()
            var start = 0
            while start < entries.count {
                let key = entries[start] >> positionBits
                var end = start + 1
                while end < entries.count && entries[end] >> positionBits == key { end += 1 }
                if end - start > 1 {
                    bucket.removeAll(keepingCapacity: true)
                    for e in entries[start..<end] { bucket.append(Int(e & mask)) }
                    body(bucket)
                }
                start = end
            }
        }
    }
}

/// A 64-kbit filter of band keys: one bit test turns away almost every key of a pass over the
/// sketches before the dictionary lookup.
private struct BandFilter {
    private var bits = [UInt64](repeating: 0, count: 1024)

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    mutating func insert(_ key: UInt64) {
        let s = Self.slot(key)
        bits[s >> 6] |= 1 << UInt64(s & 63)
    }

    func contains(_ key: UInt64) -> Bool {
        let s = Self.slot(key)
        return bits[s >> 6] & (1 << UInt64(s & 63)) != 0
    }
}

/// Disjoint sets of the positions `0..<count`, with path halving; a set's root is its smallest
/// position (`UnionFind`'s rule, on positions instead of ids).
struct PositionUnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ position: Int) -> Int {
        var x = position
        while parent[x] != x {
            let grand = parent[parent[x]]
            parent[x] = grand
            x = grand
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// The root of every position, in position order.
    mutating func roots() -> [Int] {
        (0..<parent.count).map { find($0) }
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
