import NewsCore

/// A short passage of an article around the words a query matched.
public struct Snippet: Sendable, Equatable {
    /// One line of text, whitespace collapsed, with `…` where it was cut.
    public var text: String
    /// The matched words, as Unicode scalar ranges into `text`.
    public var matches: [Range<Int>]

    public init(text: String, matches: [Range<Int>]) {
        self.text = text
        self.matches = matches
    }

    /// The text with each match wrapped in markers, for plain output (`[word]`, or escapes).
    public func marked(open: String = "[", close: String = "]") -> String {
        pieces.map { $0.matched ? open + $0.text + close : $0.text }.joined()
    }

    /// The text cut where matches start and end, in order; empty pieces left out.
    public var pieces: [(text: String, matched: Bool)] {
        var out: [(text: String, matched: Bool)] = []
        var position = 0
        let scalars = Array(text.unicodeScalars)
        func piece(_ range: Range<Int>, _ matched: Bool) {
            if !range.isEmpty { out.append((String(String.UnicodeScalarView(scalars[range])), matched)) }
        }
        for range in matches where range.lowerBound >= position && range.upperBound <= scalars.count {
            piece(position..<range.lowerBound, false)
            piece(range, true)
            position = range.upperBound
        }
        piece(position..<scalars.count, false)
        return out
    }
}

/// Picks the passage of the body with the most distinct matched terms.
enum SnippetBuilder {
    /// Words in a snippet.
    static let window = 28

    static func build(_ article: Article, highlighter: MatchHighlighter) -> Snippet {
        build(article.text, headlineEnd: article.blocks.first(where: { $0.kind == .headline })?.range.upperBound ?? 0,
              highlighter: highlighter)
    }

    /// The snippet of an article's text whose headline ends at `headlineEnd` (scalars).
    static func build(_ text: String, headlineEnd: Int, highlighter: MatchHighlighter) -> Snippet {
        let tokens = highlighter.tokenizer.tokens(text)
        let bodyStart = tokens.firstIndex { $0.range.lowerBound >= headlineEnd } ?? tokens.count
        let matches = highlighter.find(in: tokens, headlineEnd: headlineEnd).filter { $0.tokens.lowerBound >= bodyStart }
        guard bodyStart < tokens.count else { return Snippet(text: "", matches: []) }

        // Candidate windows open a few words before a match; the best shows the most distinct
        // terms, then the most matches, then comes first.
        var best = (start: bodyStart, score: -1)
        for m in matches {
            let start = max(bodyStart, m.tokens.lowerBound - 4)
            let end = min(tokens.count, start + window)
            let inside = within(matches, start..<end)
            let score = Set(inside.map(\.pattern)).count * 1000 + inside.count
            if score > best.score { best = (start, score) }
        }
        let start = best.start
        let end = min(tokens.count, start + window)
        let scalars = Array(text.unicodeScalars)
        var from = tokens[start].range.lowerBound
        if start == bodyStart { from = max(headlineEnd, min(from, tokens[start].range.lowerBound)) }
        var to = tokens[end - 1].range.upperBound
        // Keep the punctuation that closes the last word ("said." rather than "said").
        while to < scalars.count, !scalars[to].properties.isWhitespace, to - tokens[end - 1].range.upperBound < 3 { to += 1 }

        var out = String.UnicodeScalarView()
        var length = 0
        var offsetMap: [Int: Int] = [:]
        if start > bodyStart {
            out.append(contentsOf: "… ".unicodeScalars)
            length = 2
        }
        var lastWasSpace = true
        for index in from..<to {
            let s = scalars[index]
            offsetMap[index] = length
            if s.properties.isWhitespace {
                if !lastWasSpace {
                    out.append(" ")
                    length += 1
                }
                lastWasSpace = true
            } else {
                out.append(s)
                length += 1
                lastWasSpace = false
            }
        }
        offsetMap[to] = length
        if end < tokens.count { out.append(contentsOf: " …".unicodeScalars) }

        let ranges: [Range<Int>] = matches.compactMap { m in
            guard m.tokens.lowerBound >= start, m.tokens.upperBound <= end,
                let a = offsetMap[tokens[m.tokens.lowerBound].range.lowerBound],
                let b = offsetMap[tokens[m.tokens.upperBound - 1].range.upperBound]
            else { return nil }
            return a..<b
        }
        return Snippet(text: String(out), matches: ranges)
    }

    /// The matches wholly inside a window of tokens.
    ///
    /// `find` returns matches in text order and never overlapping, so those inside are one run,
    /// found by binary search: filtering every match for every candidate window made a long
    /// article full of matches quadratic (a 50 MB file held a search for minutes).
    static func within(_ matches: [MatchHighlighter.Match], _ window: Range<Int>) -> ArraySlice<MatchHighlighter.Match> {
        let low = matches.partitioningIndex { $0.tokens.lowerBound >= window.lowerBound }
        var end = low
        while end < matches.count, matches[end].tokens.upperBound <= window.upperBound { end += 1 }
        return matches[low..<end]
    }
}
