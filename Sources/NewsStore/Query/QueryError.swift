/// What is wrong with a search query, and where: shown to the user instead of SQLite's text.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short sentence saying what is wrong ("unclosed quote").
    public var message: String
    /// The 1-based column (in characters) where the problem starts.
    public var column: Int

    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }

    /// "column 7: unclosed quote"
    public var description: String { "column \(column): \(message)" }
}
