/// The entities each word occurs in, as lists threaded through one array kept for a whole merge.
///
/// `latest[w]` is the entry of the latest entity added under word `w` (-1 for none), each entry
/// its entity and the entry before it. (An array a word was made, grown and freed at every merge.)
struct EntitiesByWord {
    /// One entity in a word's list: the entity, and the list's entry before it (-1 at the end).
    struct Entry {
        let entity: Int
        let previous: Int
    }

    private var latest: [Int]
    private var entries: [Entry] = []

    /// Empty lists for words `0..<wordCount`, room for `capacity` entries in all.
    init(wordCount: Int, capacity: Int) {
        latest = [Int](repeating: -1, count: wordCount)
        entries.reserveCapacity(capacity)
    }

    /// Adds `entity` under word `word`, unless it is the latest there already.
    mutating func add(_ entity: Int, word: Int) {
        let last = latest[word]
        if last >= 0 && entries[last].entity == entity { return }
        entries.append(Entry(entity: entity, previous: last))
        latest[word] = entries.count - 1
    }

    /// Appends the entities under `word` to `out`, latest first.
    func appendEntities(word: Int, to out: inout [Int]) {
        var e = latest[word]
        while e >= 0 {
            out.append(entries[e].entity)
            e = entries[e].previous
        }
    }
}
