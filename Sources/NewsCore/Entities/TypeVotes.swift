/// Context votes by entity type, with a dictionary's semantics in four slots: a type is absent
/// until something votes for it (even with 0), and reads as nil while absent.
///
/// Every mention carries its votes (`TypeEvidence`), and the cues vote a few times a mention:
/// a `[EntityType: Int]` allocated its storage and hashed the type at each vote, some thousand
/// instructions a vote. The types come out in `EntityType.allCases` order (a dictionary's order
/// was arbitrary, so nothing may depend on it).
public struct TypeVotes: Sendable, Equatable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// The votes by slot (`slot(_:)`), 0 in an absent type's slot.
    private var values: SIMD4<Int> = .zero
    /// Bit `slot(t)` set when type `t` is present.
    private var present: UInt8 = 0

    public init() {}

    public init(dictionaryLiteral elements: (EntityType, Int)...) {
        for (type, votes) in elements {
            precondition(self[type] == nil, "a type given twice in a votes literal")
            self[type] = votes
        }
    }

    /// The type's slot.
    @inline(__always)
    private static func slot(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .other: 3
        }
    }

    /// The type in `slot`.
    private static func type(_ slot: Int) -> EntityType {
        switch slot {
        case 0: .person
        case 1: .organization
        case 2: .place
        default: .other
        }
    }

    /// The votes for `type`, nil when it has none (not even 0); setting nil removes it.
    public subscript(type: EntityType) -> Int? {
        get {
            let s = Self.slot(type)
            return present & (1 << s) != 0 ? values[s] : nil
        }
        set {
            let s = Self.slot(type)
            if let newValue {
                values[s] = newValue
                present |= 1 << s
            } else {
                values[s] = 0
                present &= ~(1 << s)
            }
        }
    }

    /// The votes for `type`, `defaultValue` when it has none; a change makes it present.
    public subscript(type: EntityType, default defaultValue: @autoclosure () -> Int) -> Int {
        get { self[type] ?? defaultValue() }
        set { self[type] = newValue }
    }

    /// The number of types present.
    public var count: Int { present.nonzeroBitCount }

    public var isEmpty: Bool { present == 0 }

    public typealias Element = (key: EntityType, value: Int)

    /// The types present and their votes, in slot order.
    public struct Iterator: IteratorProtocol {
        fileprivate let votes: TypeVotes
        fileprivate var slot = 0

        public mutating func next() -> Element? {
            while slot < 4 {
                let s = slot
                slot += 1
                if votes.present & (1 << s) != 0 { return (TypeVotes.type(s), votes.values[s]) }
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(votes: self)
    }
}
