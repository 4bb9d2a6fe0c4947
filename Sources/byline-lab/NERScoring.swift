import NewsCore

/// Tags CoNLL documents and scores the result the way conlleval.py does (shared by the NER commands).
enum NERScoring {
    static func score(_ tagger: EntityTagger, _ docs: [CoNLLDocument]) -> EntityScore {
        var score = EntityScore()
        let workspace = TaggerWorkspace()
        for doc in docs {
            let tags = tagger.tag(doc.document, workspace: workspace)
            for s in 0..<doc.document.sentenceCount {
                let r = doc.document.sentence(s)
                // Score through IOB1 strings, exactly as conlleval reads our output.
                score.add(gold: CoNLLTags.spans(doc.goldTags[r]), predicted: CoNLLTags.spans(CoNLLTags.iob1(tags[r])))
            }
        }
        return score
    }
}
