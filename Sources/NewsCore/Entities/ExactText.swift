/// A string compared and hashed by its exact UTF-8 bytes, for caches of string functions.
///
/// `String` equality is canonical equivalence ("é" precomposed equals "e" + combining acute),
/// so a cache keyed by `String` could answer for one spelling what it computed for another;
/// keyed by `ExactText`, it answers only for the very same scalars.
public struct ExactText: Hashable, Sendable {
    public let string: String

    public init(_ string: String) {
        self.string = string
    }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        sameBytes(a.string, b.string)
    }

    /// Whether two strings have the same UTF-8 bytes (`a.utf8.elementsEqual(b.utf8)`), compared
    /// in their contiguous storage: the generic `elementsEqual` walked the views an index at a
    /// time, and the merger compares names this way several times a group.
    public static func sameBytes(_ a: String, _ b: String) -> Bool {
        let answer = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q -> Bool in
                guard p.count == q.count else { return false }
                for k in 0..<p.count where p[k] != q[k] { return false }
                return true
            }
        }
        return (answer ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
