import Foundation
import NewsStore
import NewsUI

/// Reads the reader's config file, if there is one.
enum ConfigLoader {
    static func url(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDGDirectories.config(environment).appendingPathComponent("config.toml")
    }

    /// The config, or the defaults with a problem saying why the file could not be read.
    static func load() -> (ReaderConfig, path: String) {
        let file = url()
        guard FileManager.default.fileExists(atPath: file.path) else { return (ReaderConfig(), file.path) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            var config = ReaderConfig()
            config.problems = [ConfigProblem(line: 0, message: "cannot be read")]
            return (config, file.path)
        }
        return (ReaderConfig(text: String(decoding: data, as: UTF8.self)), file.path)
    }

    /// `path` with the home folder written `~`, as a user would name it.
    static func shortPath(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
