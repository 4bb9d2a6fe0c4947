import Foundation
import NewsStore

/// The versions of the story an article FILE tells, for `show`: found in the index of the
/// folder Byline reads by default (`./Articles` or `$BYLINE_ARTICLES`) when the file lies in it
/// and that index exists. `show` reads its file itself; it neither builds nor refreshes an
/// index for this.
enum StoryVersions {
    /// Every version's path (relative to its folder), newest first, this one among them; nil
    /// when the file lies outside the default folder, has no index, or is not in it.
    static func of(_ url: URL) -> [String]? {
        guard let folder = try? CorpusLocation.resolve(nil) else { return nil }
        let base = folder.standardizedFileURL.path + "/"
        let file = url.standardizedFileURL.path
        guard file.hasPrefix(base) else { return nil }
        let location = IndexLocation.resolve(corpus: folder)
        guard FileManager.default.fileExists(atPath: location.databaseURL.path),
            let index = try? NewsIndex.open(corpus: folder, location: location), index.rebuilt == nil
        else { return nil }
        defer { try? index.close() }
        let path = CorpusLocation.articlePath(url.path)
        guard let summary = try? index.article(path: path), let versions = try? index.versions(ofArticle: summary.id) else { return nil }
        return versions.map(\.path)
    }
}
