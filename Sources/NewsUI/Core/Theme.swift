/// Maps each `StyleRole` to a concrete `Style`.
///
/// The default theme uses only the sixteen basic colours and leaves the background to the
/// terminal, so it reads the same on dark and light terminals; the monochrome theme (NO_COLOR,
/// `--no-color`) uses bold, underline and reverse only.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: StyleRole) -> Style {
        styles[role] ?? .plain
    }

    /// The sixteen-colour theme.
    public static let standard = Theme(name: "standard", styles: [
        .paneTitle: Style(attributes: [.bold]),
        .paneTitleFocused: Style(foreground: .blue, attributes: [.bold, .reverse]),
        .separator: Style(foreground: .brightBlack),
        .selection: Style(attributes: [.reverse]),
        .selectionUnfocused: Style(attributes: [.underline]),
        .unread: Style(attributes: [.bold]),
        .dateColumn: Style(foreground: .brightBlack),
        .headline: Style(attributes: [.bold]),
        .meta: Style(foreground: .brightBlack),
        .standfirst: Style(attributes: [.bold, .italic]),
        .caption: Style(attributes: [.dim]),
        .credit: Style(attributes: [.dim, .italic]),
        .subheading: Style(foreground: .blue, attributes: [.bold]),
        .agency: Style(foreground: .brightBlack, attributes: [.italic]),
        .entityHeading: Style(attributes: [.bold, .underline]),
        .person: Style(foreground: .magenta),
        .organization: Style(foreground: .blue),
        .place: Style(foreground: .green),
        .count: Style(foreground: .brightBlack),
        .status: Style(attributes: [.reverse]),
        .statusMessage: Style(attributes: [.reverse, .bold]),
        .statusError: Style(foreground: .red, attributes: [.reverse, .bold]),
        .helpBorder: Style(foreground: .blue),
        .helpKey: Style(foreground: .magenta, attributes: [.bold]),
        .helpHeading: Style(attributes: [.bold, .underline]),
        .notice: Style(attributes: [.bold]),
        .quote: Style(foreground: .cyan),
        .quotePartial: Style(attributes: [.italic]),
        .quoteTerm: Style(attributes: [.underline]),
        .quoteSpeaker: Style(foreground: .magenta, attributes: [.italic]),
        .findMatch: Style(foreground: .black, background: .yellow),
        .findCurrent: Style(foreground: .black, background: .brightYellow, attributes: [.bold]),
        .searchMatch: Style(attributes: [.bold, .underline]),
        .revealed: Style(attributes: [.reverse]),
        .starMark: Style(foreground: .yellow, attributes: [.bold]),
        .snippet: Style(foreground: .brightBlack),
        .snippetMatch: Style(attributes: [.bold]),
        .mentionMark: Style(foreground: .magenta, attributes: [.bold]),
        .promptCursor: Style(attributes: [.reverse]),
        .tag: Style(foreground: .green, attributes: [.bold]),
    ])

    /// The theme for terminals (or readers) that want no colour at all.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .paneTitle: Style(attributes: [.bold]),
        .paneTitleFocused: Style(attributes: [.bold, .reverse]),
        .selection: Style(attributes: [.reverse]),
        .selectionUnfocused: Style(attributes: [.underline]),
        .unread: Style(attributes: [.bold]),
        .headline: Style(attributes: [.bold]),
        .standfirst: Style(attributes: [.bold]),
        .subheading: Style(attributes: [.bold, .underline]),
        .entityHeading: Style(attributes: [.bold, .underline]),
        .status: Style(attributes: [.reverse]),
        .statusMessage: Style(attributes: [.reverse, .bold]),
        .statusError: Style(attributes: [.reverse, .bold]),
        .helpKey: Style(attributes: [.bold]),
        .helpHeading: Style(attributes: [.bold, .underline]),
        .notice: Style(attributes: [.bold]),
        .quote: Style(attributes: [.bold]),
        .quotePartial: Style(attributes: [.underline]),
        .quoteSpeaker: Style(attributes: [.bold]),
        .findMatch: Style(attributes: [.reverse]),
        .findCurrent: Style(attributes: [.reverse, .bold, .underline]),
        .searchMatch: Style(attributes: [.bold, .underline]),
        .revealed: Style(attributes: [.reverse]),
        .starMark: Style(attributes: [.bold]),
        .snippetMatch: Style(attributes: [.bold]),
        .mentionMark: Style(attributes: [.bold, .underline]),
        .promptCursor: Style(attributes: [.reverse]),
        .tag: Style(attributes: [.underline]),
    ])
}
