import NewsUI
import Testing

@Suite struct TextWrapperTests {
    func wrap(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(text, role: .paragraph, width: width).map(\.text)
    }

    @Test func breaksAtSpacesAndDropsThem() {
        #expect(wrap("The port’s governors voted — again", 12) == ["The port’s", "governors", "voted —", "again"])
    }

    @Test func splitsWordsWiderThanTheLine() {
        #expect(wrap("abcdefghij xy", 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func countsWideCharactersAsTwoColumns() {
        #expect(wrap("田中美咲 watched", 5) == ["田中", "美咲", "watch", "ed"])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(wrap("", 10) == [""])
    }

    @Test func everyLineFitsItsWidth() {
        let text = String(repeating: "Zoë Ferreira said the “plan” was 田中’s idea — ", count: 20)
        for width in [5, 13, 40, 77] {
            for line in TextWrapper.wrap(text, role: .paragraph, width: width) {
                #expect(line.characters.reduce(0) { $0 + $1.width } <= width)
            }
        }
    }
}
