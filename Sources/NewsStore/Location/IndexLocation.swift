import Foundation

/// Where the index of one corpus folder is kept.
///
/// One database per corpus folder, under `$XDG_CACHE_HOME/byline/` (default `~/.cache/byline/`),
/// named after the folder: its last two path components, readable, then a hash of the whole
/// absolute path so that two folders both called `news` do not share an index. `--index PATH`
/// (the `override` argument) and then `BYLINE_INDEX` take precedence; when either names an
/// existing folder, the derived file name is used inside it.
public struct IndexLocation: Sendable, Equatable, CustomStringConvertible {
    /// The SQLite database file; `-wal` and `-shm` files sit beside it.
    public var databaseURL: URL
    /// Whether opening the index may create the folder it goes in, and the folders above.
    /// Byline creates only its own cache folder: a folder the user named (`--index`,
    /// `BYLINE_INDEX`) must already exist, so that a slip of the keyboard (or a path with escape
    /// bytes in it) never leaves new folders behind.
    public var createsFolder: Bool

    public init(databaseURL: URL, createsFolder: Bool = true) {
        self.databaseURL = databaseURL
        self.createsFolder = createsFolder
    }

    public var description: String { databaseURL.path }

    /// The location for `corpus`, following the precedence above.
    public static func resolve(
        corpus: URL, override: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> IndexLocation {
        let name = fileName(for: corpus)
        let explicit = override.flatMap { $0.isEmpty ? nil : $0 } ?? environment["BYLINE_INDEX"].flatMap { $0.isEmpty ? nil : $0 }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            if PathStatus.kind(url.path) == .folder {
                return IndexLocation(databaseURL: url.appendingPathComponent(name), createsFolder: false)
            }
            return IndexLocation(databaseURL: url, createsFolder: false)
        }
        return IndexLocation(databaseURL: XDGDirectories.cache(environment).appendingPathComponent(name))
    }

    /// `<parent>-<folder>-<12 hex digits>.sqlite` for the folder's absolute, standardised path.
    public static func fileName(for corpus: URL) -> String {
        let absolute = PathStatus.resolved(corpus)
        let parts = absolute.split(separator: "/").suffix(2).map(String.init)
        var readable = parts.map(sanitise).joined(separator: "-")
        if readable.isEmpty { readable = "root" }
        if readable.count > 48 { readable = String(readable.suffix(48)) }
        let digest = ContentHash.hex(ContentHash.of(Array(absolute.utf8)))
        return "\(readable)-\(digest.prefix(12)).sqlite"
    }

    /// Letters, digits, `.`, `_` and `-` kept; anything else (spaces, non-ASCII) becomes `_`.
    private static func sanitise(_ component: String) -> String {
        String(component.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-"))
                ? Character(s) : "_"
        })
    }
}
