import NewsCore

/// The articles carrying each tag a query's `tag:` filters name, read from the reading state
/// before the query is compiled: tags live in their own database, apart from the index.
struct TaggedArticles: Sendable {
    /// One tag's articles: content hashes, and paths relative to the corpus.
    struct Set: Sendable {
        var hashes: [Int64] = []
        var paths: [String] = []

        /// The hashes as a JSON array for `json_each`.
        var hashJSON: String { "[" + hashes.map(String.init).joined(separator: ",") + "]" }
        var pathJSON: String { JSONValue.array(paths.map(JSONValue.string)).serialized(pretty: false) }
    }

    var articles: [String: Set] = [:]
    /// Whether the reading state was asked: without it, `tag:` finds nothing and says why.
    var known = false

    init() {}

    /// The tagged articles of `names` in the corpus at `corpus`, from `state`.
    init(_ names: Swift.Set<String>, corpus: String, state: ReadingState) throws(ReadingState.Failure) {
        known = true
        let prefix = corpus + "/"
        for name in names {
            let tagged = try state.tagged(name)
            articles[name] = Set(
                hashes: tagged.hashes,
                paths: tagged.paths.compactMap { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil })
        }
    }
}
