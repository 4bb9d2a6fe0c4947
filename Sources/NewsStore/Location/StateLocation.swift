import Foundation

/// Where the reading state (read flags and stars) is kept.
///
/// One file for every corpus, `$XDG_STATE_HOME/byline/reading-state.sqlite` (default
/// `~/.local/state/byline/`): state is keyed by content hash, so an article keeps its flags
/// when it moves between folders. It lives apart from the index, which may be deleted and
/// rebuilt at any time. `BYLINE_STATE` names another file (tests, a second profile).
public struct StateLocation: Sendable, Equatable, CustomStringConvertible {
    public var databaseURL: URL

    public init(databaseURL: URL) {
        self.databaseURL = databaseURL
    }

    public var description: String { databaseURL.path }

    /// The location from `BYLINE_STATE`, else the XDG default.
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> StateLocation {
        if let explicit = environment["BYLINE_STATE"], !explicit.isEmpty {
            return StateLocation(databaseURL: URL(fileURLWithPath: explicit))
        }
        return StateLocation(databaseURL: XDGDirectories.state(environment).appendingPathComponent("reading-state.sqlite"))
    }
}
