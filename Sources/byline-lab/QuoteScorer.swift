/// Scores quote predictions against the corpus gold exactly as `shared/tools/eval_quotes.py` does.
///
/// Spans are trimmed of whitespace, marks and edge punctuation; quotes match one-to-one, greedily,
/// on intersection-over-union ≥ 0.5; a speaker is right when its span overlaps a gold speaker
/// fragment or its words (case-folded, titles and determiners ignored) overlap the gold string.
/// With `lenient`, predictions that overlap only an `other_quoted` stretch are dropped first.
struct QuoteScorer {
    var iouThreshold = 0.5
    var lenient = false

    /// Counts the scorer keeps; `Report` turns them into figures.
    struct Counts {
        var gold = 0, pred = 0, droppedLenient = 0
        var exactTP = 0, overlapTP = 0, e2eTP = 0
        var speakerN = 0, speakerSpanOK = 0, speakerStringOK = 0, speakerAnyOK = 0
        var speakerNByKind: [String: Int] = [:], speakerOKByKind: [String: Int] = [:]
        var goldByKind: [String: Int] = [:], hitByKind: [String: Int] = [:]
        var e2eTPByKind: [String: Int] = [:]
    }

    static let edgePunctuation: Set<Unicode.Scalar> = Set(" \t\n,.;:!?\u{2026}\u{2014}\u{2013}-\"'\u{201C}\u{201D}\u{2018}\u{2019}()[]".unicodeScalars)
    static let stopWords: Set<String> = [
        "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "of", "and", "said", "says",
        "'s", "s", "former", "presidential", "candidate", "republican", "democratic",
    ]

    static func trim(_ text: [Unicode.Scalar], _ s0: Int, _ e0: Int) -> (Int, Int) {
        var s = max(0, s0)
        var e = min(text.count, e0)
        while s < e, edgePunctuation.contains(text[s]) { s += 1 }
        while e > s, edgePunctuation.contains(text[e - 1]) { e -= 1 }
        return (s, e)
    }

    static func overlap(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Int {
        max(0, min(a1, b1) - max(a0, b0))
    }

    static func iou(_ a: (Int, Int), _ b: (Int, Int)) -> Double {
        let inter = overlap(a.0, a.1, b.0, b.1)
        let union = max(a.1, b.1) - min(a.0, b.0)
        return union > 0 ? Double(inter) / Double(union) : 0
    }

    /// Python's `re.findall(r"[\w']+", s.lower())`, without stop words and one-letter words.
    static func words(_ s: String?) -> Set<String> {
        guard let s else { return [] }
        var out: Set<String> = []
        var current = String.UnicodeScalarView()
        func flush() {
            let w = String(current)
            if w.unicodeScalars.count > 1, !stopWords.contains(w) { out.insert(w) }
            current = String.UnicodeScalarView()
        }
        for c in s.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || c == "'" {
                current.append(c)
            } else if !current.isEmpty {
                flush()
            }
        }
        if !current.isEmpty { flush() }
        return out
    }

    func score(gold: [QuoteCorpusArticle], predictions: [QuotePrediction]) -> Counts {
        var byID: [String: [QuotePrediction.Item]] = [:]
        for p in predictions { byID[p.id] = p.quotes }
        var c = Counts()
        for article in gold {
            let text = Array(article.text.unicodeScalars)
            let gq = article.quotes
            var pq = byID[article.id] ?? []
            if lenient {
                pq = pq.filter { p in
                    let inOther = article.otherQuoted.contains { Self.overlap(p.start, p.end, $0.lowerBound, $0.upperBound) > 0 }
                    let inGold = gq.contains { Self.overlap(p.start, p.end, $0.start, $0.end) > 0 }
                    if inOther, !inGold {
                        c.droppedLenient += 1
                        return false
                    }
                    return true
                }
            }
            let gt = gq.map { Self.trim(text, $0.start, $0.end) }
            let pt = pq.map { Self.trim(text, $0.start, $0.end) }
            c.gold += gq.count
            c.pred += pq.count
            var gCount: [Int: Int] = [:]
            for g in gt { gCount[g.0 &* 1_000_003 &+ g.1, default: 0] += 1 }
            var pCount: [Int: Int] = [:]
            for p in pt { pCount[p.0 &* 1_000_003 &+ p.1, default: 0] += 1 }
            for (k, n) in gCount { c.exactTP += min(n, pCount[k] ?? 0) }
            var pairs: [(Double, Int, Int)] = []
            for (i, a) in gt.enumerated() {
                for (j, b) in pt.enumerated() {
                    let v = Self.iou(a, b)
                    if v >= iouThreshold { pairs.append((v, i, j)) }
                }
            }
            // Python sorts the (iou, i, j) tuples in reverse: ties go to the larger indices.
            pairs.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
            var usedG = Set<Int>(), usedP = Set<Int>()
            var matches: [(Int, Int)] = []
            for (_, i, j) in pairs where !usedG.contains(i) && !usedP.contains(j) {
                usedG.insert(i)
                usedP.insert(j)
                matches.append((i, j))
            }
            c.overlapTP += matches.count
            for q in gq {
                c.goldByKind[q.kind ?? "", default: 0] += 1
                if q.openEnd { c.goldByKind["open_end", default: 0] += 1 }
            }
            for (i, j) in matches {
                let g = gq[i], p = pq[j]
                c.hitByKind[g.kind ?? "", default: 0] += 1
                if g.openEnd { c.hitByKind["open_end", default: 0] += 1 }
                if g.speaker != nil {
                    var spanOK = false
                    if let s = p.speakerStart, let e = p.speakerEnd {
                        spanOK = g.speakerFragments.contains { Self.overlap(s, e, $0.lowerBound, $0.upperBound) > 0 }
                    }
                    let stringOK = !Self.words(g.speaker).isDisjoint(with: Self.words(p.speaker))
                    c.speakerN += 1
                    if spanOK { c.speakerSpanOK += 1 }
                    if stringOK { c.speakerStringOK += 1 }
                    let key = g.speakerIsPronoun ? "pron" : "name"
                    c.speakerNByKind[key, default: 0] += 1
                    if spanOK || stringOK {
                        c.speakerAnyOK += 1
                        c.speakerOKByKind[key, default: 0] += 1
                        c.e2eTP += 1
                        c.e2eTPByKind[g.kind ?? "", default: 0] += 1
                    }
                } else if p.speaker == nil {
                    c.e2eTP += 1
                    c.e2eTPByKind[g.kind ?? "", default: 0] += 1
                }
            }
        }
        return c
    }
}
