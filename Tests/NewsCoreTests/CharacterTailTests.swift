import Testing

@testable import NewsCore

/// `CharacterTail.lastRange(of:)` answers as `ranges(of:).last` does, which the parser asked
/// before: by `Character`, matches from the start never overlapping.
@Suite struct CharacterTailTests {
    static let texts: [Substring] = [
        "Cranes arrive at the quay in May - Harbour Wire",
        "A late shift ends – then another – Port Desk",
        "Dockers gather by the gate. Photograph: Ana Ruiz/Quay Press",
        "a - - - b",
        "nothing to find here",
        "",
        " - ",
        "Caf\u{E9} owner speaks - cafe\u{301} staff listen - Harbour Wire",
        "A dash joined to a mark -\u{301} not a match - here",
        "Photograph: one Photograph: two",
    ]
    static let words = [" - ", " – ", " — ", "Photograph:", "café", "-", "a - -", "quay", ""]

    @Test func answersAsRangesOfDoes() {
        for text in Self.texts {
            let tail = CharacterTail(text)
            for word in Self.words where !word.isEmpty {
                #expect(tail.lastRange(of: word) == text.ranges(of: word).last, "\(word) in \(text)")
            }
            #expect(tail.lastRange(of: "") == nil)
        }
    }

    @Test func findsTheLastOfMatchesThatDoNotOverlap() {
        // Matches from the start: "- -" at 2; the next search starts after it, at 5, so the
        // "- -" at 4, overlapping it, is no match.
        let text: Substring = "a - - - b"
        let r = CharacterTail(text).lastRange(of: "- -")
        #expect(r.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 2)
        // A tail cut from a longer string keeps that string's indices.
        let line = "The quay closed at noon - Harbour Wire"
        let tail = line.suffix(16)
        #expect(CharacterTail(tail).lastRange(of: " - ").map { String(line[$0.upperBound...]) } == "Harbour Wire")
    }
}
