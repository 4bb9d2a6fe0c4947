import Foundation

/// The small part of TOML the config file needs: `[table]` and `[table.sub]` headers,
/// `key = value` with strings, booleans, integers and arrays of strings, and `#` comments.
///
/// Each problem is reported with its line number and the line is skipped, so one typo never
/// costs the rest of the file.
struct TOMLSubset {
    enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case integer(Int)
        case strings([String])
    }

    struct Entry: Equatable {
        var table: String
        var key: String
        var value: Value
        var line: Int
    }

    var entries: [Entry] = []
    var problems: [ConfigProblem] = []

    init(_ text: String) {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = Self.stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), !line.hasPrefix("[[") else {
                    problems.append(ConfigProblem(line: number, message: "a table header must look like [name]"))
                    continue
                }
                table = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                problems.append(ConfigProblem(line: number, message: "expected key = value"))
                continue
            }
            var key = line[..<equals].trimmingCharacters(in: .whitespaces)
            if key.count >= 2, key.hasPrefix("\""), key.hasSuffix("\"") { key = String(key.dropFirst().dropLast()) }
            let text = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                problems.append(ConfigProblem(line: number, message: "a key is missing before ="))
                continue
            }
            switch Self.value(text) {
            case .success(let value): entries.append(Entry(table: table, key: key, value: value, line: number))
            case .failure(let message): problems.append(ConfigProblem(line: number, message: message.text))
            }
        }
    }

    struct Message: Error {
        var text: String
    }

    static func value(_ text: String) -> Result<Value, Message> {
        if text == "true" { return .success(.bool(true)) }
        if text == "false" { return .success(.bool(false)) }
        if let integer = Int(text) { return .success(.integer(integer)) }
        if text.hasPrefix("\"") || text.hasPrefix("'") {
            guard let (string, rest) = quoted(Substring(text)), rest.trimmingCharacters(in: .whitespaces).isEmpty else {
                return .failure(Message(text: "unclosed or malformed string"))
            }
            return .success(.string(string))
        }
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { return .failure(Message(text: "unclosed array")) }
            var rest = Substring(text.dropFirst().dropLast())
            var items: [String] = []
            while true {
                rest = rest.drop { $0 == " " || $0 == "\t" }
                if rest.isEmpty { break }
                guard let (item, after) = quoted(rest) else {
                    return .failure(Message(text: "arrays hold quoted strings, like [\"j\", \"Down\"]"))
                }
                items.append(item)
                rest = after.drop { $0 == " " || $0 == "\t" }
                if rest.first == "," { rest = rest.dropFirst() } else if !rest.isEmpty {
                    return .failure(Message(text: "expected a comma between array items"))
                }
            }
            return .success(.strings(items))
        }
        return .failure(Message(text: "a value must be a \"string\", true, false, a number or [\"a\", \"list\"]"))
    }

    /// A string in double quotes (with \" and \\ escapes) or single quotes (literal).
    static func quoted(_ text: Substring) -> (String, Substring)? {
        guard let quote = text.first, quote == "\"" || quote == "'" else { return nil }
        var out = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let c = text[index]
            if c == quote { return (out, text[text.index(after: index)...]) }
            if c == "\\", quote == "\"", text.index(after: index) < text.endIndex {
                index = text.index(after: index)
                switch text[index] {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(text[index])
                }
            } else {
                out.append(c)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The line without a `#` comment, leaving `#` inside quotes alone.
    static func stripComment(_ line: String) -> String {
        var quote: Character? = nil
        for (offset, c) in line.enumerated() {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return String(line.prefix(offset))
            }
        }
        return line
    }
}

/// Something wrong in the config file, and where.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line == 0 ? message : "line \(line): \(message)" }
}
