import Testing
@testable import NewsCore

/// The caption credit scan (`TaggerEntityExtractor.creditStart`) against Foundation's
/// `range(of:)` search it replaced, on captions the team wrote.
@Suite struct CreditStartTests {
    /// Captions with and without credits: each cue, two credits in one caption, brackets,
    /// agency credits with no cue, and non-ASCII text before, inside and after the credit.
    static let captions = [
        "Ferry passengers wait at the quay. Photograph: Nell Garroway/Merrowick Courier",
        "The new lifeboat on its first launch. Photographs: Tam Rudd",
        "Gulls over the harbour wall (Photo: Ada Penhale)",
        "Gulls over the harbour wall ( Photos:  Ada Penhale )",
        "A map of the new bus routes. Illustration: Merrowick Courier",
        "The old pier at low tide. Image: Getty Images",
        "The old pier at low tide. Getty Images",
        "Harbour master Ros Keane at the quay/AFP",
        "Photo: Ada Penhale. The quay in winter. Photo: Tam Rudd",
        "Photograph: the first word",
        "A photo: not a cue in lower case",
        "Photo:",
        "",
        "Caf\u{E9} owner Jos\u{E9} M\u{FC}ller outside his shop. Photograph: Zo\u{EB} Kr\u{E1}l/\u{C9}clair Press",
        "The \u{201C}Harbour Queen\u{201D} leaves port \u{2014} Photo: Ren\u{E9}e Dubois",
        "Bu\u{308}rgermeister Kla\u{308}re Ost at the quay. Image: Jo\u{308}rg Fa\u{308}hr",
        "Lanterns for the festival \u{1F3EE}\u{1F1EC}\u{1F1E7} Photo: Mei Lin",
        "The quay at dawn. Photo:\u{301} an accent joined to the colon",
        "The quay at dawn. Photo:\u{FE0F} a variation selector after the colon",
        "The quay at dawn. Photo:\u{200D}a joiner after the colon",
        "The quay at dawn.\u{301}Photo: a mark before the cue",
        "The quay at dawn.\u{E9}Photo: a letter before the cue",
        "The quay at dawn. Pho\u{301}to: a mark inside the cue",
        "The quay at dawn. Photo: one. Photo:\u{301} two",
        "\u{A0}(\u{A0}Photo: a no-break space before the bracket",
        "\u{65E5}\u{672C} harbour (Photo: \u{5C71}\u{7530})",
    ]

    @Test func theScanFindsWhatFoundationFinds() {
        for caption in Self.captions {
            for offset in [0, 17] {
                let count = caption.unicodeScalars.count
                let block = Block(kind: .caption, range: offset..<(offset + count))
                #expect(
                    TaggerEntityExtractor.creditStart(caption, block)
                        == TaggerEntityExtractor.creditStartByFoundation(caption, block),
                    "\(caption)")
            }
        }
    }

    @Test func theCreditStartsAtItsCueOrBracket() {
        func start(_ caption: String) -> Int? {
            TaggerEntityExtractor.creditStart(caption, Block(kind: .caption, range: 0..<caption.unicodeScalars.count))
        }
        #expect(start("Gulls over the harbour wall (Photo: Ada Penhale)") == 28)
        #expect(start("Caf\u{E9} at dawn. Photo: Zo\u{EB} Kr\u{E1}l") == 14)
        #expect(start("The old pier at low tide. Getty Images") == nil)
        #expect(start("Photo: Ada Penhale. The quay. Photo: Tam Rudd") == 30)
    }
}
