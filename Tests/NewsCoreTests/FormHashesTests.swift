import Testing
@testable import NewsCore

/// `TokenHashing.formHashes`, one pass over an ASCII token's scalars, gives what the three
/// separate functions give, for ASCII tokens and (through them) any other.
struct FormHashesTests {
    /// Whether the one pass and the three functions agree on a token of `scalars`.
    func agree(_ scalars: [UInt32]) -> Bool {
        // With scalars on both sides, as a token has in its document.
        let padded: [UInt32] = [65] + scalars + [49]
        return padded.withUnsafeBufferPointer { sc in
            let a = 1, b = 1 + scalars.count
            let fused = TokenHashing.formHashes(sc, a, b)
            return fused.lower == TokenHashing.lowerHash(sc, a, b) && fused.shape == TokenHashing.shapeHash(sc, a, b)
                && fused.cap == TokenHashing.capClass(sc, a, b)
        }
    }

    @Test func wordsWrittenInAnyScript() {
        let words = [
            "", "a", "A", "Bolton", "BBC", "U.S.", "1996-08-30", "3rd", "iPhone", "McDonald", "O'Neil", "--", "x1Y2",
            "ALL-CAPS", "e-mail", "Zürich", "ÉCOLE", "naïve", "Ωmega", "Ελλάδα", "東京", "café", "A\u{301}", "😀", "Mañana-2024",
        ]
        for word in words { #expect(agree(word.unicodeScalars.map(\.value)), "\(word)") }
    }

    @Test func exactHashAndBitsTellTheHashAndWhetherAFormFitsTheCache() {
        let words = ["", "Bolton", "U.S.", "Zürich", "東京", "😀", "a😀", "sixteen-letters!", "seventeen-letters"]
        for word in words {
            let scalars = word.unicodeScalars.map(\.value)
            let padded: [UInt32] = [0x1F600] + scalars + [0x1F600]
            padded.withUnsafeBufferPointer { sc in
                let a = 1, b = 1 + scalars.count
                let (hash, bits) = TokenHashing.exactHashAndBits(sc, a, b)
                #expect(hash == TokenHashing.exactHash(sc, a, b), "\(word)")
                #expect(FormCache.fits(length: b - a, bits: bits) == FormCache.fits(sc, a, b), "\(word)")
            }
        }
    }

    @Test func everyPairOfASCIIScalarsAndSomeBeyond() {
        let scalars = (0..<128).map { UInt32($0) } + [0x80, 0xC9, 0xE9, 0x3A9, 0x1F600]
        var disagreeing: [[UInt32]] = []
        for first in scalars {
            for second in scalars where !agree([first, second]) { disagreeing.append([first, second]) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10))")
    }
}
