/// A set of name ids, a bit each.
///
/// Name ids are handed out one after another from 1, so a refresh's names fill the bits of a
/// short array (19 KB for 150,000 names) where a `Set<Int64>` would take megabytes and hash
/// every id it is asked about.
struct NameIDSet {
    private var words: [UInt64] = []

    /// Whether `id` is in the set (never for an id below 0).
    func contains(_ id: Int64) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id >> 6)
        return word < words.count && words[word] & (1 << UInt64(id & 63)) != 0
    }

    /// Adds `id` (an id below 0 is ignored: no name has one).
    mutating func insert(_ id: Int64) {
        guard id >= 0 else { return }
        let word = Int(id >> 6)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: max(word + 1 - words.count, words.count))) }
        words[word] |= 1 << UInt64(id & 63)
    }
}
