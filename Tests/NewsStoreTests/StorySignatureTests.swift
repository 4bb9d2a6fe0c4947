import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import NewsStore

/// The MinHash sketch and the threshold that tells versions of one story from other stories.
@Suite struct StorySignatureTests {
    private func signature(_ text: String) throws -> StorySignature {
        try #require(StorySignature.of(text))
    }

    @Test func identicalTextsAreTheSameStory() throws {
        let a = try signature(StoryFixtures.reportBody)
        let b = try signature(StoryFixtures.reportBody)
        #expect(a.similarity(to: b) == 1)
        #expect(a.bandKeys == b.bandKeys)
    }

    @Test func caseAndPunctuationDoNotMakeAnotherStory() throws {
        let a = try signature(StoryFixtures.reportBody)
        let b = try signature(StoryFixtures.reportBody.uppercased().replacingOccurrences(of: ",", with: " ;"))
        #expect(a.similarity(to: b) == 1)
    }

    @Test func oneChangedSentenceIsStillAVersion() throws {
        let a = try signature(StoryFixtures.report)
        let b = try signature(StoryFixtures.reportCorrected)
        let similarity = a.similarity(to: b)
        #expect(similarity >= DuplicateGroups.threshold, "similarity \(similarity)")
        #expect(similarity < 1)
    }

    @Test func anotherReportOfTheSameMatchIsAnotherStory() throws {
        let a = try signature(StoryFixtures.report)
        let b = try signature(StoryFixtures.otherReport)
        let similarity = a.similarity(to: b)
        #expect(similarity < 0.2, "similarity \(similarity)")
        #expect(similarity < DuplicateGroups.threshold)
    }

    @Test func aStoryOnAnotherSubjectSharesNothing() throws {
        #expect(try signature(StoryFixtures.report).similarity(to: try signature(StoryFixtures.ferry)) < 0.1)
    }

    @Test func halfTheTextChangedIsAboutHalfSimilar() throws {
        // The estimate follows the share of shingles the two texts have in common.
        let paragraphs = StoryFixtures.reportBody.components(separatedBy: "\n\n")
        let other = StoryFixtures.otherReport.components(separatedBy: "\n\n")
        let mixed = (Array(paragraphs.prefix(3)) + Array(other.suffix(2))).joined(separator: "\n\n")
        let similarity = try signature(StoryFixtures.reportBody).similarity(to: try signature(mixed))
        #expect(similarity > 0.2 && similarity < 0.7, "similarity \(similarity)")
    }

    @Test func textWithoutWordsHasNoSketchAndShortTextHasOne() throws {
        #expect(StorySignature.of("") == nil)
        #expect(StorySignature.of(" — … ") == nil)
        let short = try signature("Port closed")
        #expect(short.similarity(to: try signature("port closed.")) == 1)
        #expect(short.similarity(to: try signature("Port open")) < 0.2)
    }

    @Test func packingRoundTrips() throws {
        let a = try signature(StoryFixtures.report)
        #expect(StorySignature(packed: a.packed) == a)
        #expect(a.packed.count == StorySignature.size * 2)
        #expect(StorySignature(packed: Data([1, 2, 3])) == nil)
    }

    @Test func bandsAreKeyedByTheirNumber() throws {
        // Two bands holding the same values must not share a key, or unrelated positions would
        // make candidates.
        let flat = StorySignature(values: [UInt16](repeating: 7, count: StorySignature.size))
        #expect(Set(flat.bandKeys).count == StorySignature.bands)
    }

    @Test func storedSketchesGiveTheSameBandKeysAndBuckets() throws {
        // Sketches as the index stores them, read back into a table: its band keys must be the
        // sketches' own, and a bucket must hold exactly the articles that agree on that band.
        let texts = [StoryFixtures.report, StoryFixtures.otherReport, StoryFixtures.report, StoryFixtures.ferry, StoryFixtures.reportCorrected]
        let sketches = try texts.map(signature)
        let queue = try DatabaseQueue()
        let table = try queue.write { db in
            try db.execute(sql: "CREATE TABLE story_sig(article INTEGER PRIMARY KEY NOT NULL, sig BLOB NOT NULL)")
            for (i, sketch) in sketches.enumerated() {
                try db.execute(sql: "INSERT INTO story_sig(article, sig) VALUES(?, ?)", arguments: [10 * (i + 1), sketch.packed])
            }
            // A damaged blob is no sketch.
            try db.execute(sql: "INSERT INTO story_sig(article, sig) VALUES(99, x'0102')")
            return try SketchTable.load(db)
        }
        #expect(table.ids == [10, 20, 30, 40, 50])
        #expect(table.index(of: 30) == 2)
        #expect(table.index(of: 35) == nil && table.index(of: 99) == nil)
        for (i, sketch) in sketches.enumerated() {
            #expect((0..<StorySignature.bands).map { table.bandKey(i, band: $0) } == sketch.bandKeys)
            #expect(table.similarity(i, 0) == sketch.similarity(to: sketches[0]))
        }
        var expected: [[Int]] = []
        for band in 0..<StorySignature.bands {
            var byKey: [UInt64: [Int]] = [:]
            for (i, sketch) in sketches.enumerated() { byKey[sketch.bandKeys[band], default: []].append(i) }
            expected += byKey.values.filter { $0.count > 1 }
        }
        var buckets: [[Int]] = []
        DuplicateGroups.forEachBandBucket(table) { buckets.append($0) }
        #expect(buckets.map(\.description).sorted() == expected.map(\.description).sorted())
        // The two copies share every band.
        #expect(buckets.filter { $0.contains(0) && $0.contains(2) }.count == StorySignature.bands)
    }

    @Test func unionFindJoinsAndKeepsApart() {
        var sets = UnionFind()
        sets.union(5, 3)
        sets.union(3, 9)
        sets.add(4)
        #expect(sets.find(9) == sets.find(5))
        #expect(sets.find(4) != sets.find(5))
        let components = sets.components()
        #expect(components.count == 1)
        #expect(components.values.first?.sorted() == [3, 5, 9])
    }

    /// The word hashes read from UTF-8 bytes are those of walking the text's scalars, on ASCII,
    /// accented, Greek, Cyrillic, CJK and emoji text, upper and lower case.
    @Test func byteWordHashesMatchScalarWalk() {
        let texts = [
            "", " ", "one", "One two, THREE-four 42nd!",
            "Zoë Brontë met the Ærø ferry’s captain at 9:30 in Malmö.",
            "ÉCOLE Ÿvonne ÀÖ ΣΟΦΙΑ σοφία Москва МОСКВА 東京 and 🎉 party🎉time",
            "ends mid-word ÅNGSTRÖM", "\u{0130}stanbul \u{1E9E}TRASSE tabs\tand\nlines",
        ]
        for text in texts {
            #expect(StorySignature.wordHashes(text) == scalarWordHashes(text), "\(text)")
        }
    }

    /// A text hashed a slice at a time (as a file of many megabytes is) gives the same word
    /// hashes as hashed whole, whatever the slices' length, with words of other scripts and
    /// runs of spaces at the cuts.
    @Test func slicedWordHashesMatchWhole() {
        let texts = [
            "One two, THREE-four 42nd!  Zoë   Brontë met the Ærø ferry’s captain ΣΟΦΙΑ 東京 🎉 party🎉time ",
            " leading and trailing spaces ", "nospacesatall", StoryFixtures.reportBody,
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let whole = StorySignature.wordHashes(text)
            for slice in [1, 2, 3, 7, 64] {
                let sliced = bytes.withUnsafeBufferPointer { StorySignature.wordHashes($0, sliceBytes: slice) }
                #expect(sliced == whole, "slices of \(slice): \(text)")
            }
        }
    }

    /// The sketch made with rolling shingle hashes is the one made by hashing each shingle's
    /// words afresh, for texts shorter than a shingle, of exactly one, and longer, in ASCII
    /// and other scripts.
    @Test func rollingShingleHashesMatchDirectHashing() {
        let texts = [
            "one", "one two three four", "one two three four five", "one two three four five six",
            "Zoë Brontë met the Ærø ferry’s captain at 9:30 in Malmö, ΣΟΦΙΑ σοφία Москва 東京 and 🎉 party🎉time.",
            StoryFixtures.reportBody, StoryFixtures.reportCorrected,
        ]
        for text in texts {
            #expect(StorySignature.of(text)?.values == directSketch(text), "\(text)")
        }
    }

    /// `StorySignature.of` as defined: each shingle's hash made from its words' hashes alone.
    private func directSketch(_ text: String) -> [UInt16]? {
        let words = StorySignature.wordHashes(text)
        guard !words.isEmpty else { return nil }
        let size = StorySignature.size
        var minima = [UInt64](repeating: .max, count: size)
        let k = min(StorySignature.shingleLength, words.count)
        for start in 0...(words.count - k) {
            var h: UInt64 = 0x243F_6A88_85A3_08D3
            for i in start..<(start + k) { h = ((h << 17) | (h >> 47)) ^ words[i] }
            h = ContentHash.mix(h)
            let position = Int(h >> 57)
            minima[position] = min(minima[position], h & ((1 << 57) - 1))
        }
        return (0..<size).map { j in
            var t = 0
            while minima[(j + t) % size] == .max { t += 1 }
            return UInt16(truncatingIfNeeded: ContentHash.mix(minima[(j + t) % size] ^ (UInt64(t) &* 0x9E37_79B9_7F4A_7C15)) >> 48)
        }
    }

    /// The word hashes as walking the scalars gives them: the definition the byte loop follows.
    private func scalarWordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            var v = scalar.value
            let isWord: Bool
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                isWord = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
            } else {
                isWord = scalar.properties.isAlphabetic
                if isWord, scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
                    v = lower.value
                }
            }
            if isWord {
                h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                hashes.append(h)
                h = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(h) }
        return hashes
    }
}
