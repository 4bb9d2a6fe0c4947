/// One of the sixteen colours every colour terminal has, or the terminal's own default.
public enum TerminalColor: Int, Sendable, Equatable, Hashable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name used in the config file and snapshot legends.
    public var name: String {
        switch self {
        case .black: return "black"
        case .red: return "red"
        case .green: return "green"
        case .yellow: return "yellow"
        case .blue: return "blue"
        case .magenta: return "magenta"
        case .cyan: return "cyan"
        case .white: return "white"
        case .brightBlack: return "bright-black"
        case .brightRed: return "bright-red"
        case .brightGreen: return "bright-green"
        case .brightYellow: return "bright-yellow"
        case .brightBlue: return "bright-blue"
        case .brightMagenta: return "bright-magenta"
        case .brightCyan: return "bright-cyan"
        case .brightWhite: return "bright-white"
        }
    }

    public init?(name: String) {
        guard let match = Self.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match
    }
}

/// Text attributes a cell can carry.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Names in a fixed order, for legends and the config file.
    public var names: [String] {
        var out: [String] = []
        if contains(.bold) { out.append("bold") }
        if contains(.dim) { out.append("dim") }
        if contains(.underline) { out.append("underline") }
        if contains(.reverse) { out.append("reverse") }
        if contains(.italic) { out.append("italic") }
        return out
    }
}

/// How a cell looks: colours (nil = the terminal's default) and attributes.
public struct Style: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: TextAttributes

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with `other`'s colours (where set) and both sets of attributes.
    public func merged(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground,
            background: other.background ?? background,
            attributes: attributes.union(other.attributes)
        )
    }

    public var description: String {
        var parts = attributes.names
        if let foreground { parts.append("fg:" + foreground.name) }
        if let background { parts.append("bg:" + background.name) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
