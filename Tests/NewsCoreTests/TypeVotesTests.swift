import Testing

@testable import NewsCore

/// `TypeVotes` answers as the `[EntityType: Int]` it stands in for.
@Suite struct TypeVotesTests {
    @Test func votesAddUpLikeADictionary() {
        var votes = TypeVotes()
        var dictionary: [EntityType: Int] = [:]
        // A cue's votes as the rules cast them, a zero vote among them ("named" with no count).
        let cast: [(EntityType, Int)] = [(.place, 3), (.person, 4), (.place, 2), (.organization, 0), (.other, 1), (.person, -1)]
        for (type, n) in cast {
            votes[type, default: 0] += n
            dictionary[type, default: 0] += n
            for t in EntityType.allCases { #expect(votes[t] == dictionary[t]) }
            #expect(votes.count == dictionary.count)
        }
        #expect(Dictionary(uniqueKeysWithValues: votes.map { ($0.key, $0.value) }) == dictionary)
        // A type voted 0 is present, as in the dictionary: the merger counts it as a type in play.
        #expect(votes[.organization] == 0)
    }

    @Test func absentTypesReadNilAndRemoveWithNil() {
        var votes: TypeVotes = [.person: 4, .other: 5]
        #expect(votes[.place] == nil)
        #expect(!votes.isEmpty)
        votes[.person] = nil
        #expect(votes[.person] == nil)
        #expect(votes.map(\.key) == [.other])
        votes[.other] = nil
        #expect(votes.isEmpty)
        #expect(votes == TypeVotes())
    }

    @Test func equalVotesAreEqualWhateverTheOrderCast() {
        var a = TypeVotes()
        a[.place] = 2
        a[.person] = 1
        let b: TypeVotes = [.person: 1, .place: 2]
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != [.person: 1, .place: 2, .other: 0])
    }
}
