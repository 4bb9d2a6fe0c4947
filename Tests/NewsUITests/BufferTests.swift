import NewsUI
import Testing

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndNeverStraddleTheEdge() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        let used = buffer.write("ab田中", x: 0, y: 0, style: .plain)
        #expect(used == 4)
        #expect(buffer.textLines() == ["ab田"])
        #expect(buffer[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("田中", x: 0, y: 0, style: .plain)
        buffer.put("x", x: 1, y: 0, style: .plain)
        #expect(buffer.textLines() == [" x中"])
        buffer.put("y", x: 2, y: 0, style: .plain)
        #expect(buffer.textLines() == [" xy"])
    }

    @Test func writesAreClippedToTheBufferAndTheirWidth() {
        var buffer = Buffer(size: Size(width: 6, height: 2))
        #expect(buffer.write("abcdefgh", x: 2, y: 1, style: .plain) == 4)
        #expect(buffer.write("abc", x: 0, y: 0, style: .plain, maxWidth: 2) == 2)
        #expect(buffer.write("abc", x: 0, y: 5, style: .plain) == 0)
        #expect(buffer.textLines() == ["ab", "  abcd"])
    }

    @Test func truncationMarksTheCut() {
        #expect(Truncate.toWidth("Harbour board", 8) == "Harbour…")
        #expect(Truncate.toWidth("田中美咲", 5) == "田中…")
        #expect(Truncate.toWidth("short", 10) == "short")
    }
}
