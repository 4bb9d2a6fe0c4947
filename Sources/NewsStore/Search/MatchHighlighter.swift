import GRDB
import NewsCore

/// Finds the words of an article a query matched, for highlights and snippets.
///
/// Each positive term of the query (not under `-`) becomes a pattern of folded tokens, made by
/// the same tokenizer as the index: a word (which may be several tokens, `e-mail`), a phrase,
/// or a prefix whose last token need only start the same. `title:` terms count in the
/// headline only.
struct MatchHighlighter {
    struct Pattern {
        var tokens: [String]
        var prefix: Bool
        var titleOnly: Bool
    }

    /// One match: which tokens, which pattern.
    struct Match {
        var tokens: Range<Int>
        var pattern: Int
    }

    let patterns: [Pattern]
    let tokenizer: FTSTokenizer

    init(db: Database, query: QueryNode) throws {
        tokenizer = try FTSTokenizer(db)
        patterns = query.positiveTerms.compactMap { [tokenizer] term in
            let tokens = tokenizer.tokens(term.text).map(\.folded)
            guard !tokens.isEmpty else { return nil }
            return Pattern(tokens: tokens, prefix: term.kind == .prefix, titleOnly: term.titleOnly)
        }
    }

    /// Scalar ranges of every match in the article text, in text order.
    func matches(in article: Article) -> [Range<Int>] {
        let tokens = tokenizer.tokens(article.text)
        let headlineEnd = article.blocks.first(where: { $0.kind == .headline })?.range.upperBound ?? 0
        return find(in: tokens, headlineEnd: headlineEnd).map { tokens[$0.tokens.lowerBound].range.lowerBound..<tokens[$0.tokens.upperBound - 1].range.upperBound }
    }

    /// Matches among `tokens`; tokens starting before `headlineEnd` are the headline.
    func find(in tokens: [TextToken], headlineEnd: Int) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            var matched: Match? = nil
            for (p, pattern) in patterns.enumerated() {
                let n = pattern.tokens.count
                guard i + n <= tokens.count else { continue }
                if pattern.titleOnly && tokens[i].range.lowerBound >= headlineEnd { continue }
                var ok = true
                for k in 0..<n {
                    let token = tokens[i + k].folded
                    let want = pattern.tokens[k]
                    if k == n - 1 && pattern.prefix ? !token.hasPrefix(want) : token != want {
                        ok = false
                        break
                    }
                }
                // The longest pattern wins where two start at the same word.
                if ok, matched.map({ $0.tokens.count < n }) ?? true { matched = Match(tokens: i..<(i + n), pattern: p) }
            }
            if let m = matched {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
