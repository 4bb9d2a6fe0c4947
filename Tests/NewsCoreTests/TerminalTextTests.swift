import NewsCore
import Testing

/// What reaches the terminal: every control, format and separator character of a name written
/// visibly, and bytes that are not UTF-8 kept through the path's String form.
@Suite struct TerminalTextTests {
    @Test func aFileNameShowsEachHiddenCharacterVisibly() {
        #expect("bad\u{1B}[31mname\n.txt\u{7F}\u{85}".terminalSafeName == "bad<U+001B>[31mname<U+000A>.txt<U+007F><U+0085>")
        #expect("Zoë’s notes.md".terminalSafeName == "Zoë’s notes.md")
        #expect("田中美咲 — €5.txt".terminalSafeName == "田中美咲 — €5.txt")
    }

    /// `invoice-<U+202E>txt.exe<U+202C>.txt` would print as if it ended in `.exe.txt`… spoofed.
    @Test func bidirectionalAndInvisibleCharactersAreShownNotObeyed() {
        #expect("invoice-\u{202E}txt.exe\u{202C}.txt".terminalSafeName == "invoice-<U+202E>txt.exe<U+202C>.txt")
        let hidden: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
                                        "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{FEFF}", "\u{2028}",
                                        "\u{2029}", "\u{00AD}", "\u{061C}", "\u{2060}", "\u{E0041}"]
        for scalar in hidden {
            let name = "a" + String(scalar) + "b.txt"
            let shown = name.terminalSafeName
            #expect(!shown.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) passed through")
            #expect(shown != "ab.txt", "U+\(String(scalar.value, radix: 16)) made two names look alike")
        }
    }

    @Test func theGateKeepsLineBreaksAndTabsOfMessagesOnly() {
        #expect(TerminalText.visible("one\ttwo\nthree") == "one\ttwo\nthree")
        #expect(TerminalText.visible("one\ttwo\nthree", keepingLineBreaks: false) == "one<U+0009>two<U+000A>three")
        #expect(TerminalText.visible("ok\r\u{1B}]0;OWNED\u{7}") == "ok<U+000D><U+001B>]0;OWNED<U+0007>")
        #expect(TerminalText.visible("\u{9B}31m") == "<U+009B>31m")
    }

    @Test func pathBytesRoundTripEveryByte() {
        let names: [[UInt8]] = [
            Array("caf".utf8) + [0xE9],  // Latin-1
            [0xFF, 0xFE] + Array(".txt".utf8),
            Array("ok/".utf8) + [0xC3] + Array("/x".utf8),  // a lead byte cut short
            [0xED, 0xA0, 0x80],  // an encoded surrogate
            [0xF4, 0x8F, 0xBF, 0xA9],  // valid UTF-8 for one of the escape scalars themselves
            Array("Zoë’s notes.md".utf8),
            (0...255).map { UInt8($0) }.filter { $0 != 0 && $0 != UInt8(ascii: "/") },
        ]
        var seen: Set<String> = []
        for bytes in names {
            let string = PathBytes.string(bytes)
            #expect(PathBytes.bytes(of: string) == bytes)
            #expect(seen.insert(string).inserted, "two byte strings share a String")
            PathBytes.withFileSystemPath(string) { pointer in
                #expect(Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: bytes.count + 1)) == bytes + [0])
            }
        }
        #expect(PathBytes.string(Array("Zoë’s notes.md".utf8)) == "Zoë’s notes.md")
    }

    @Test func bytesThatAreNotUTF8PrintEscaped() {
        let name = PathBytes.string(Array("sub/caf".utf8) + [0xE9] + Array("/a.txt".utf8))
        #expect(name.terminalSafeName == "sub/caf<E9>/a.txt")
        #expect(PathBytes.readable(name) == "sub/caf<E9>/a.txt")
        #expect(TerminalText.visible(name) == "sub/caf<E9>/a.txt")
        // The escape of a valid UTF-8 name holding an escape scalar differs from a plain name.
        #expect(PathBytes.string([0xF4, 0x8F, 0xBF, 0xA9]).terminalSafeName == "<F4><8F><BF><A9>")
    }
}

extension TerminalTextTests {
    /// Article text keeps what belongs to it: a soft hyphen, an emoji's joiner.
    @Test func theGateLeavesInvisibleCharactersOfTextThatDoNotActOnTheTerminal() {
        let text = "co\u{00AD}operate 👩\u{200D}💻"
        #expect(TerminalText.visible(text) == text)
        #expect(TerminalText.visible("a\u{202E}b\u{2066}c") == "a<U+202E>b<U+2066>c")
    }
}
