/// CoNLL-2003 text (one token a line, tag in the last column) read into tagger documents.
///
/// Takes text the caller has already read, so NewsCore stays free of file access. Lines are
/// kept as written so `byline-lab ner-tag` can echo each with the predicted tag appended.
public struct CoNLLDocument: Sendable {
    /// The tokens, split into the file's sentences.
    public var document: TaggerDocument
    /// Gold tags as written in the file (IOB1 or IOB2), one per token.
    public var goldTags: [String]
    /// The file's token lines, one per token, without their line breaks.
    public var lines: [String]

    /// Gold entity spans, read from the tags the way conlleval reads them.
    public var goldSpans: [(range: Range<Int>, type: EntityType)] {
        var out: [(range: Range<Int>, type: EntityType)] = []
        for s in 0..<document.sentenceCount {
            let r = document.sentence(s)
            out += CoNLLTags.spans(goldTags[r]).map { ($0.range.lowerBound + r.lowerBound..<$0.range.upperBound + r.lowerBound, $0.type) }
        }
        return out
    }

    /// The gold spans as BILOU tags, for training.
    public var goldBILOU: [EntityTag] {
        EntityTag.tags(count: document.tokenCount, spans: goldSpans)
    }
}

/// Reading CoNLL files and converting between IOB1 tags and spans.
public enum CoNLLTags {
    /// Splits CoNLL text into documents at `-DOCSTART-` lines and into sentences at blank lines.
    public static func documents(_ text: String) -> [CoNLLDocument] {
        var docs: [CoNLLDocument] = []
        var current = CoNLLDocument(document: TaggerDocument(), goldTags: [], lines: [])
        func flush() {
            if current.document.tokenCount > 0 { docs.append(current) }
            current = CoNLLDocument(document: TaggerDocument(), goldTags: [], lines: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            if cols.isEmpty {
                current.document.endSentence()
                continue
            }
            if cols[0] == "-DOCSTART-" {
                flush()
                continue
            }
            current.document.addToken(cols[0])
            current.goldTags.append(cols.count > 1 ? String(cols[cols.count - 1]) : "O")
            current.lines.append(String(line))
        }
        flush()
        return docs
    }

    /// Spans of a tag sequence under conlleval's rules: a span starts at `B-X`, or at `I-X` after
    /// `O` or another type, and runs while `I-X` follows.
    public static func spans(_ tags: some Collection<String>) -> [(range: Range<Int>, type: EntityType)] {
        var out: [(range: Range<Int>, type: EntityType)] = []
        var start = -1
        var kind: Substring = ""
        var i = 0
        func close() {
            if start >= 0, let t = EntityTag.type(conllName: kind) { out.append((start..<i, t)) }
            start = -1
            kind = ""
        }
        for tag in tags {
            let parts = tag.split(separator: "-", maxSplits: 1)
            let prefix = parts.first ?? ""
            let t = parts.count > 1 ? parts[1] : ""
            let continues = prefix == "I" && t == kind && start >= 0
            if !continues { close() }
            if prefix == "B" || (prefix == "I" && !continues) {
                start = i
                kind = t
            }
            i += 1
        }
        close()
        return out
    }

    /// IOB1 tags (as in CoNLL-2003) for a sentence's BILOU tags: `I-X`, and `B-X` only where an
    /// entity directly follows another of the same type.
    public static func iob1(_ tags: some Collection<EntityTag>) -> [String] {
        var out: [String] = []
        var previousType: EntityType? = nil
        for tag in tags {
            guard let type = tag.type, let position = tag.position else {
                out.append("O")
                previousType = nil
                continue
            }
            let opens = position == .begin || position == .unit
            let name = EntityTag.conllName(type)
            out.append(opens && previousType == type ? "B-\(name)" : "I-\(name)")
            previousType = type
        }
        return out
    }
}

/// Precision, recall and F1 per entity type with conlleval's exact-span matching.
public struct EntityScore: Sendable {
    public struct Counts: Sendable, Equatable {
        public var correct = 0
        public var predicted = 0
        public var gold = 0

        public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        public var f1: Double {
            let p = precision
            let r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public var byType: [EntityType: Counts] = [:]
    public var overall = Counts()

    public init() {}

    /// Adds one sentence's (or document's) gold and predicted spans.
    public mutating func add(gold: [(range: Range<Int>, type: EntityType)], predicted: [(range: Range<Int>, type: EntityType)]) {
        for type in EntityType.allCases {
            let g = Set(gold.filter { $0.type == type }.map { SpanKey(start: $0.range.lowerBound, end: $0.range.upperBound) })
            let p = Set(predicted.filter { $0.type == type }.map { SpanKey(start: $0.range.lowerBound, end: $0.range.upperBound) })
            var c = byType[type] ?? Counts()
            let correct = g.intersection(p).count
            c.correct += correct
            c.predicted += p.count
            c.gold += g.count
            byType[type] = c
            overall.correct += correct
            overall.predicted += p.count
            overall.gold += g.count
        }
    }

    struct SpanKey: Hashable {
        var start: Int
        var end: Int
    }
}
