import Foundation
import Testing
@testable import NewsCore

/// The shipped model, the tag conversions around it, and training on fictional data.
struct TaggerTests {
    func document(_ sentence: String) -> (TaggerDocument, [String]) {
        var doc = TaggerDocument()
        var words: [String] = []
        for t in WordTokenizer.tokens(in: sentence) {
            let w = sentence.scalarSlice(t.range)
            doc.addToken(w)
            words.append(w)
        }
        return (doc, words)
    }

    func entities(_ sentence: String, tagger: EntityTagger) -> [String] {
        let (doc, words) = document(sentence)
        return tagger.spans(doc).map { "\(EntityTag.conllName($0.type)) \(words[$0.range].joined(separator: " "))" }
    }

    @Test func bundledModelLoads() throws {
        let model = try NERModel.bundled()
        #expect(model.pass1.bucketBits == 16)
        #expect(model.pass2.bucketBits == 16)
        #expect(model.gazetteer.categories(of: "Berlin").contains("city"))
    }

    @Test func shippedModelTagsSimpleSentences() throws {
        let tagger = try EntityTagger.bundled()
        #expect(entities("Mr Putin met Angela Merkel in Berlin.", tagger: tagger) == ["PER Putin", "PER Angela Merkel", "LOC Berlin"])
        #expect(entities("Shares in Barclays fell in London on Tuesday.", tagger: tagger) == ["ORG Barclays", "LOC London"])
    }

    @Test func modelFileRoundTrips() throws {
        let model = try NERModel.bundled()
        let again = try NERModel(data: Data(model.serialized()))
        #expect(again == model)
        #expect(throws: NERModel.LoadError.badMagic) { try NERModel(data: Data("not a model".utf8)) }
        #expect(throws: NERModel.LoadError.truncated) { try NERModel(data: Data(model.serialized().prefix(5000))) }
    }

    @Test func iob1UsesBOnlyBetweenAdjacentEntitiesOfOneType() {
        let per = { (p: EntityTag.Position) in EntityTag(type: .person, position: p) }
        let tags = [per(.unit), per(.begin), per(.last), .outside, EntityTag(type: .place, position: .unit), per(.unit)]
        #expect(CoNLLTags.iob1(tags) == ["I-PER", "B-PER", "I-PER", "O", "I-LOC", "I-PER"])
        let spans = CoNLLTags.spans(CoNLLTags.iob1(tags))
        #expect(spans.map(\.range) == [0..<1, 1..<3, 4..<5, 5..<6])
        #expect(EntityTag.spans(tags).map(\.range) == spans.map(\.range))
    }

    @Test func transitionsKeepBILOUWellFormed() {
        let b = EntityTag(type: .organization, position: .begin)
        #expect(EntityTag.isAllowed(from: b, to: EntityTag(type: .organization, position: .last)))
        #expect(!EntityTag.isAllowed(from: b, to: .outside))
        #expect(!EntityTag.isAllowed(from: b, to: EntityTag(type: .person, position: .last)))
        #expect(!EntityTag.isAllowed(from: nil, to: EntityTag(type: .person, position: .inside)))
        #expect(!EntityTag.isAllowed(from: b, to: nil))
    }

    @Test func conllReaderSplitsDocumentsAndSentences() {
        let text = "-DOCSTART- -X- O O\n\nAna NNP I-NP I-PER\nLopes NNP I-NP I-PER\nspoke VBD I-VP O\n\nOslo NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n\nHi UH O O\n"
        let docs = CoNLLTags.documents(text)
        #expect(docs.count == 2)
        #expect(docs[0].document.sentenceCount == 2)
        #expect(docs[0].goldSpans.map(\.range) == [0..<2, 3..<4])
        #expect(docs[0].goldBILOU.map(\.description) == ["B-PER", "L-PER", "O", "U-LOC"])
    }

    /// Fictional training sentences: enough for a tiny model to learn them.
    func examples() -> [NERTrainer.Example] {
        let sentences: [(String, [(Range<Int>, EntityType)])] = [
            ("Ana Lopes visited Oslo .", [(0..<2, .person), (3..<4, .place)]),
            ("Mr Brandt left Quarry Bank yesterday .", [(1..<2, .person), (3..<5, .organization)]),
            ("Lopes praised Quarry Bank .", [(0..<1, .person), (2..<4, .organization)]),
        ]
        return sentences.map { text, spans in
            var doc = TaggerDocument()
            for w in text.split(separator: " ") { doc.addToken(w) }
            return NERTrainer.Example(document: doc, gold: EntityTag.tags(count: doc.tokenCount, spans: spans))
        }
    }

    @Test func trainingIsDeterministicAndLearns() {
        let gazetteer = Gazetteer(text: "## city\noslo\n")
        let options = NERTrainer.Options(bucketBits: 10, epochs: 5, seed: 3, folds: 2)
        let a = NERTrainer.train(examples(), gazetteer: gazetteer, options: options)
        let b = NERTrainer.train(examples(), gazetteer: gazetteer, options: options)
        #expect(a.serialized() == b.serialized())
        let tagger = EntityTagger(model: a)
        #expect(entities("Ana Lopes visited Oslo .", tagger: tagger) == ["PER Ana Lopes", "LOC Oslo"])
    }

    @Test func gazetteerMarksLongestPhrases() {
        let g = Gazetteer(text: "## city\nnew york\nyork\n## first\nana\n")
        #expect(g.categories(of: "New York") == ["city"])
        #expect(g.categories(of: "NEW YORK") == ["city"])
        #expect(g.categories(of: "Ana") == ["first"])
        #expect(g.categories(of: "New") == [])
    }
}
