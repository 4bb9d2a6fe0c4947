/// The tagger's label for one token: outside, or a position (BILOU) inside an entity of one type.
///
/// BILOU (begin, inside, last, outside, unit) rather than CoNLL's IOB1 because a tag that
/// knows it ends a name lets the perceptron learn name boundaries directly; the transition
/// constraints in `isAllowed` keep every decoded sequence well formed.
public struct EntityTag: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Where in an entity a token sits.
    public enum Position: UInt8, Sendable, CaseIterable {
        case begin = 0, inside, last, unit
    }

    /// 0 is O; otherwise 1 + type × 4 + position.
    public let raw: UInt8

    /// Number of distinct tags (O plus four positions for each of four types).
    public static let count = 17
    public static let outside = EntityTag(raw: 0)
    /// Entity types in tag order, which is also the order CoNLL names them in the model file.
    public static let types: [EntityType] = [.person, .organization, .place, .other]

    public init(raw: UInt8) {
        self.raw = raw
    }

    public init(type: EntityType, position: Position) {
        raw = 1 + UInt8(Self.typeIndex(type)) * 4 + position.rawValue
    }

    public var isOutside: Bool { raw == 0 }
    public var type: EntityType? { raw == 0 ? nil : Self.types[Int(raw - 1) / 4] }
    public var position: Position? { raw == 0 ? nil : Position(rawValue: (raw - 1) % 4) }

    /// 0 for O, 1...4 for person, organisation, place, other.
    @inlinable public var typeCode: Int { raw == 0 ? 0 : (Int(raw) - 1) / 4 + 1 }

    static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: return 0
        case .organization: return 1
        case .place: return 2
        case .other: return 3
        }
    }

    /// CoNLL's name for a type: PER, ORG, LOC, MISC.
    public static func conllName(_ type: EntityType) -> String {
        switch type {
        case .person: return "PER"
        case .organization: return "ORG"
        case .place: return "LOC"
        case .other: return "MISC"
        }
    }

    /// The type a CoNLL name stands for.
    public static func type(conllName: Substring) -> EntityType? {
        switch conllName {
        case "PER": return .person
        case "ORG": return .organization
        case "LOC": return .place
        case "MISC": return .other
        default: return nil
        }
    }

    public var description: String {
        guard let type, let position else { return "O" }
        return "\("BILU".map(String.init)[Int(position.rawValue)])-\(Self.conllName(type))"
    }

    /// Whether `next` may follow `previous` (nil: the sentence start; `next` nil: the sentence end).
    public static func isAllowed(from previous: EntityTag?, to next: EntityTag?) -> Bool {
        let open = previous.map { $0.position == .begin || $0.position == .inside } ?? false
        guard let next else { return !open }
        if open {
            return next.type == previous!.type && (next.position == .inside || next.position == .last)
        }
        return next.isOutside || next.position == .begin || next.position == .unit
    }

    /// Entity spans (token index ranges with a type) of a well-formed BILOU sequence.
    public static func spans(_ tags: some Collection<EntityTag>) -> [(range: Range<Int>, type: EntityType)] {
        var out: [(range: Range<Int>, type: EntityType)] = []
        var start = -1
        for (i, tag) in tags.enumerated() {
            switch tag.position {
            case .unit: out.append((i..<(i + 1), tag.type!))
            case .begin: start = i
            case .last: if start >= 0 { out.append((start..<(i + 1), tag.type!)) }; start = -1
            default: break
            }
        }
        return out
    }

    /// BILOU tags for spans over `count` tokens (spans must not overlap).
    public static func tags(count: Int, spans: [(range: Range<Int>, type: EntityType)]) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: count)
        for (r, type) in spans where !r.isEmpty {
            if r.count == 1 {
                tags[r.lowerBound] = EntityTag(type: type, position: .unit)
            } else {
                tags[r.lowerBound] = EntityTag(type: type, position: .begin)
                for k in (r.lowerBound + 1)..<(r.upperBound - 1) { tags[k] = EntityTag(type: type, position: .inside) }
                tags[r.upperBound - 1] = EntityTag(type: type, position: .last)
            }
        }
        return tags
    }
}
