import ArgumentParser

/// The folder a command works on and where its index lives: the same two arguments, with the
/// same help, for every command that reads a corpus through its index.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Folder of articles (default: ./Articles, else $BYLINE_ARTICLES).", completion: .directory)
    var directory: String?

    @Option(name: .customLong("index"), help: "Index file or folder (default: $BYLINE_INDEX, else under $XDG_CACHE_HOME/byline).")
    var indexPath: String?
}
