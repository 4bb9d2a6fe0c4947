import BylineTestSupport
import GRDB
import Testing
@testable import NewsStore

/// The regrouping's fast paths against the general ones they stand beside: the sketch table's
/// sixteen-at-a-time comparison against `StorySignature.similarity`, and the union-find on
/// table positions against the one on article ids.
@Suite struct SketchTableTests {
    /// Team-written texts, ASCII and not, some near copies of each other.
    private static let texts = [
        StoryFixtures.report, StoryFixtures.reportCorrected, StoryFixtures.otherReport, StoryFixtures.ferry,
        StoryFixtures.reportBody + "\nA line added at the end of the report.\n",
        "Zoë Brontë’s café in Malmö closed on Tuesday, the owners said, after forty years on the square.",
        "Zoë Brontë’s café in Malmö closed on Wednesday, the owners said, after forty years on the square.",
        "The ferry to the island runs again from Monday; the harbour master said the pier was safe.",
    ]

    @Test func tableSimilarityIsTheSignaturesSimilarity() throws {
        let signatures = try Self.texts.map { try #require(StorySignature.of($0)) }
        let queue = try DatabaseQueue()
        let table = try queue.write { db in
            try db.execute(sql: "CREATE TABLE story_sig(article INTEGER PRIMARY KEY NOT NULL, sig BLOB NOT NULL)")
            for (i, signature) in signatures.enumerated() {
                try db.execute(sql: "INSERT INTO story_sig(article, sig) VALUES(?, ?)", arguments: [i * 7 + 3, signature.packed])
            }
            return try SketchTable.load(db)
        }
        #expect(table.count == signatures.count)
        var agreeing = 0
        for i in signatures.indices {
            for j in signatures.indices {
                let expected = signatures[i].similarity(to: signatures[j])
                #expect(table.similarity(i, j) == expected, "\(i), \(j)")
                if i != j, expected >= DuplicateGroups.threshold { agreeing += 1 }
            }
        }
        // (Pairs on both sides of the threshold.)
        #expect(agreeing > 0 && agreeing < signatures.count * (signatures.count - 1))
    }

    @Test func positionSetsAreTheIdSets() {
        let count = 200
        let ids = (0..<count).map { Int64($0 * 3 + 5) }
        var byID = UnionFind()
        for id in ids { byID.add(id) }
        var byPosition = PositionUnionFind(count: count)
        // Unions in no particular order, some of them within one set already.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<150 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let a = Int(seed >> 33) % count
            let b = Int(seed >> 17 & 0xFFFF) % count
            byID.union(ids[a], ids[b])
            byPosition.union(a, b)
        }
        let components = byID.components()
        let roots = byPosition.roots()
        for position in 0..<count {
            let members = components[byID.find(ids[position])] ?? [ids[position]]
            let expected: Int64? = members.count > 1 ? members.min() : nil
            let size = roots.filter { $0 == roots[position] }.count
            let group: Int64? = size > 1 ? ids[roots[position]] : nil
            #expect(group == expected, "position \(position)")
        }
    }
}
