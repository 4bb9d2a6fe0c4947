import Testing

@testable import NewsCore

/// The merge's lists of the entities each word occurs in, threaded through one array.
@Suite struct EntitiesByWordTests {
    /// Each word lists its own entities, latest first; a word nothing was added under lists none.
    @Test func listsEachWordsEntitiesLatestFirst() {
        // Words: 0 "Harbour", 1 "Board", 2 "Mayor"; entities 0...2 added as a merge would.
        var byWord = EntitiesByWord(wordCount: 4, capacity: 2)
        byWord.add(0, word: 0)
        byWord.add(0, word: 1)
        byWord.add(1, word: 2)
        byWord.add(2, word: 0)
        byWord.add(2, word: 2)
        var out: [Int] = []
        byWord.appendEntities(word: 0, to: &out)
        #expect(out == [2, 0])
        out.removeAll()
        byWord.appendEntities(word: 1, to: &out)
        #expect(out == [0])
        out.removeAll()
        byWord.appendEntities(word: 2, to: &out)
        #expect(out == [2, 1])
        out.removeAll()
        byWord.appendEntities(word: 3, to: &out)
        #expect(out.isEmpty)
    }

    /// An entity added again under the word it was last added under is listed once (an entity's
    /// forms share words); appending keeps what the buffer already held.
    @Test func repeatedEntityListedOnceAndAppendKeepsBuffer() {
        var byWord = EntitiesByWord(wordCount: 2, capacity: 0)
        byWord.add(5, word: 1)
        byWord.add(5, word: 1)
        byWord.add(7, word: 1)
        var out = [42]
        byWord.appendEntities(word: 1, to: &out)
        #expect(out == [42, 7, 5])
    }
}
