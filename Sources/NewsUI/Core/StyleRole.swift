/// What a piece of the screen is, independent of how the theme draws it.
public enum StyleRole: String, Sendable, Equatable, Hashable, CaseIterable {
    case normal
    case paneTitle
    case paneTitleFocused
    case separator
    case selection
    case selectionUnfocused
    case unread
    case dateColumn
    case headline
    case meta
    case standfirst
    case caption
    case credit
    case subheading
    case paragraph
    case agency
    case entityHeading
    case person
    case organization
    case place
    case otherEntity
    case count
    case status
    case statusMessage
    case statusError
    case helpBorder
    case helpKey
    case helpText
    case helpHeading
    case notice
    case quote
    case quotePartial
    /// Quoted words that are nobody's quotation: a scare quote, a title, a word as a word.
    case quoteTerm
    case quoteSpeaker
    case findMatch
    case findCurrent
    case searchMatch
    case revealed
    case starMark
    case snippet
    case snippetMatch
    case mentionMark
    case prompt
    case promptCursor
    /// The user's tags, at the end of a list row.
    case tag
}
