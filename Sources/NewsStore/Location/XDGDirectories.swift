import Foundation

/// The XDG base directories Byline keeps its files in.
///
/// The specification says a relative value in `XDG_*_HOME` is invalid and must be ignored,
/// so only absolute values are honoured; otherwise the documented defaults under `$HOME` apply.
public enum XDGDirectories {
    /// `$XDG_CACHE_HOME/byline`, default `~/.cache/byline`: where the rebuildable index lives.
    public static func cache(_ environment: [String: String]) -> URL {
        base("XDG_CACHE_HOME", default: ".cache", environment).appendingPathComponent("byline", isDirectory: true)
    }

    /// `$XDG_STATE_HOME/byline`, default `~/.local/state/byline`: where reading state lives.
    public static func state(_ environment: [String: String]) -> URL {
        base("XDG_STATE_HOME", default: ".local/state", environment).appendingPathComponent("byline", isDirectory: true)
    }

    /// `$XDG_CONFIG_HOME/byline`, default `~/.config/byline`: where `config.toml` lives.
    public static func config(_ environment: [String: String]) -> URL {
        base("XDG_CONFIG_HOME", default: ".config", environment).appendingPathComponent("byline", isDirectory: true)
    }

    private static func base(_ variable: String, default relative: String, _ environment: [String: String]) -> URL {
        if let value = environment[variable], value.hasPrefix("/") {
            return URL(fileURLWithPath: value, isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(relative, isDirectory: true)
    }
}
