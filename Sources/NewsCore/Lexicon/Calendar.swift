/// The names of days and months, and the words for days relative to today.
///
/// Written by the team; English has exactly these, so the lists are closed. They are capitalised
/// like names ("Monday", "March"), which is why every reader of names has to know them: a weekday
/// or a full month name is never a given name, and opens no person's name ("Wednesday Mr Blair").
public enum CalendarWords {
    public static let weekdays: WordList = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    public static let months: WordList = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The short forms of months written in datelines and dates ("Sept. 3", "Jan 5"). "Jan" is
    /// also a given name, so these are no part of `names`.
    public static let monthAbbreviations: WordList = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// The days and months in full: capitalised words that are never a given name.
    public static let names = weekdays + months

    /// Months in full and short, as the quote reader meets them before a day's number ("May 3").
    static let monthForms = months + monthAbbreviations

    /// Words that open a time phrase before a day or "week": `on Friday`, `last week`, `early Monday`.
    static let timePhraseOpeners: WordList = ["on", "last", "this", "late", "early"]

    /// Days named from today ("Yesterday Mr Blair said…").
    public static let relativeDays: WordList = ["today", "tomorrow", "tonight", "yesterday"]
}
