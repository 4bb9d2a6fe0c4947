import ArgumentParser

/// `--limit N`: the same check and the same message for every command that takes one.
///
/// `search --limit 0` was an error while `entities --limit=-5` printed everything,
/// `entities --limit=0` printed nothing and `mentions --limit=-1` printed one mention.
enum PositiveLimit {
    /// The help every `--limit` ends with.
    static let help = "(a whole number, 1 or more)"

    /// The number, or a usage error (exit 2) naming what was wrong.
    static func parse(_ text: String) throws -> Int {
        guard let value = Int(text), value > 0 else {
            throw ValidationError("give a whole number, 1 or more")
        }
        return value
    }
}
