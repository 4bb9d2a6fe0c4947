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
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
