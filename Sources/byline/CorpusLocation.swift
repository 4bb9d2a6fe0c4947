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
}
