import Foundation
import NewsCore

/// Decides which folder a command reads when the user does not name one.
enum CorpusLocation {
    /// `DIR` if given; else `./Articles` when present; else `$BYLINE_ARTICLES`.
    static func resolve(_ given: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let given {
            return URL(fileURLWithPath: (given as NSString).expandingTildeInPath)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Articles", isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: "Articles")
        }
        if let fromEnvironment = environment["BYLINE_ARTICLES"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: (fromEnvironment as NSString).expandingTildeInPath)
        }
        throw CommandFailure(
            "no folder of articles given. Pass one (`byline ~/news`), set BYLINE_ARTICLES, or run inside a folder that holds Articles/.",
            status: 2
        )
    }

    /// How the folder is named to the user: as they typed it when they did.
    static func displayName(_ url: URL, given: String?) -> String {
        (given ?? url.relativePath).terminalSafeName
    }

    /// How one article FILE is named in JSON, so that scripts can join it with a folder's output:
    /// relative to the corpus a command uses by default (`./Articles` or `$BYLINE_ARTICLES`)
    /// when it lies inside it, as `byline quotes` and `byline list` name it; else relative to the
    /// current folder when inside it; else absolute.
    static func articlePath(_ given: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let file = URL(fileURLWithPath: (given as NSString).expandingTildeInPath).standardizedFileURL.path
        var bases: [String] = []
        if let corpus = try? resolve(nil, environment: environment) { bases.append(corpus.standardizedFileURL.path) }
        bases.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path)
        for base in bases where file.hasPrefix(base + "/") {
            return String(file.dropFirst(base.count + 1))
        }
        return file
    }
}
