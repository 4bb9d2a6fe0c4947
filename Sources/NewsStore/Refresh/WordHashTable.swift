/// A few words' values by the words' 64-bit hashes, found by open addressing on the hashes'
/// low bits (`StorySport`, `PersonRoles`).
///
/// The hashes are FNV-1a already: a dictionary hashed each of them again (SipHash), and for
/// `StorySport`, which looks up every word a bit filter lets through and every word after a
/// phrase's first, those lookups were a quarter of its work.
struct WordHashTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int

    init(_ pairs: [UInt64: Value]) {
        var size = 16
        while size < 4 * pairs.count { size *= 2 }
        mask = size - 1
        var keys = [UInt64](repeating: 0, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (key, value) in pairs {
            var i = Int(truncatingIfNeeded: key) & mask
            while values[i] != nil { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
        self.keys = keys
        self.values = values
    }

    func value(_ key: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: key) & mask
        while let value = values[i] {
            if keys[i] == key { return value }
            i = (i + 1) & mask
        }
        return nil
    }
}
