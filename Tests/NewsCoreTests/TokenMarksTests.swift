import Testing

@testable import NewsCore

/// `TokenMarks`, the rules' bit set of covered tokens, against the `[Bool]` it stands in for.
struct TokenMarksTests {
    @Test func marksAnswerAsAnArrayOfFlags() {
        for count in [0, 1, 63, 64, 65, 130, 257] {
            var marks = TokenMarks(count: count)
            var flags = [Bool](repeating: false, count: count)
            // Ranges across word boundaries, single tokens, empty ranges and repeats.
            let ranges: [Range<Int>] = [0..<1, 2..<5, 60..<70, 63..<64, 64..<66, 100..<100, 120..<131, 200..<257, 2..<3]
            for r in ranges where r.upperBound <= count {
                marks.mark(r)
                for i in r { flags[i] = true }
            }
            if count > 5 {
                marks.mark(count - 1)
                flags[count - 1] = true
            }
            for i in 0..<count { #expect(marks[i] == flags[i], "token \(i) of \(count)") }
        }
    }
}
