import NewsCore

/// What the backend knows about one entity for its page: its forms, counts, mentions by day,
/// and who appears beside it.
public struct EntityFacts: Sendable, Equatable {
    /// The entity with every form the text used (`aliases`) and its corpus counts.
    public var entity: ReaderEntity
    public var quotations: Int
    /// Mentions per day, oldest first.
    public var days: [DayMentions]
    /// Some days are files' modification days (articles with no date of their own).
    public var usesFileDays: Bool
    /// The entities sharing most articles with it, most shared first.
    public var companions: [Companion]
    /// When the companions were counted in its newest articles only (a name in tens of
    /// thousands of articles): how many, and of how many.
    public var companionsSampled: (counted: Int, of: Int)?

    public init(
        entity: ReaderEntity, quotations: Int, days: [DayMentions], usesFileDays: Bool = false, companions: [Companion],
        companionsSampled: (counted: Int, of: Int)? = nil
    ) {
        self.entity = entity
        self.quotations = quotations
        self.days = days
        self.usesFileDays = usesFileDays
        self.companions = companions
        self.companionsSampled = companionsSampled
    }

    public static func == (a: EntityFacts, b: EntityFacts) -> Bool {
        a.entity == b.entity && a.quotations == b.quotations && a.days == b.days && a.usesFileDays == b.usesFileDays
            && a.companions == b.companions && a.companionsSampled?.counted == b.companionsSampled?.counted
            && a.companionsSampled?.of == b.companionsSampled?.of
    }
}

/// Mentions on one day.
public struct DayMentions: Sendable, Equatable, Hashable {
    /// `yyyymmdd`.
    public var day: Int
    public var mentions: Int

    public init(day: Int, mentions: Int) {
        self.day = day
        self.mentions = mentions
    }
}

/// An entity named in the same articles as another, and in how many.
public struct Companion: Sendable, Equatable, Hashable {
    public var entity: ReaderEntity
    public var sharedArticles: Int

    public init(entity: ReaderEntity, sharedArticles: Int) {
        self.entity = entity
        self.sharedArticles = sharedArticles
    }
}

/// An entity's page on screen (`i`): its facts once loaded, and the selected line.
///
/// The selectable lines are its mentions, its quotations, then each companion: Enter opens the
/// mentions or quotes trail, or the articles the entity shares with the companion.
public struct EntityPage: Sendable, Equatable {
    public var entity: ReaderEntity
    /// Nil until the backend answers.
    public var facts: EntityFacts?
    public var position = ListPosition()
    /// Ties the facts to this opening of the page.
    public var generation: Int

    /// The lines above the companions: mentions, quotations.
    public static let fixedLines = 2

    public init(entity: ReaderEntity, generation: Int) {
        self.entity = entity
        self.generation = generation
    }

    public var lineCount: Int { Self.fixedLines + (facts?.companions.count ?? 0) }

    /// The companion selected, when the selection is on one.
    public var selectedCompanion: Companion? {
        facts?.companions[safe: position.selected - Self.fixedLines]
    }
}

// MARK: - Mentions over time

/// Mentions counted by week or by month, for the page's histogram.
public struct Timeline: Sendable, Equatable {
    public enum Unit: Sendable, Equatable {
        case week
        case month
    }

    public var unit: Unit
    /// One count per period, oldest first, periods with no mention included.
    public var counts: [Int]
    /// The first period's first day and the last period's, `yyyymmdd`.
    public var firstDay: Int
    public var lastDay: Int
    /// Periods before `firstDay` left out because they did not fit.
    public var dropped: Int

    /// Weeks when the days span no more periods than `columns`, else months, the latest
    /// `columns` of them when even those do not fit.
    public static func of(_ days: [DayMentions], columns: Int) -> Timeline? {
        guard let first = days.first?.day, let last = days.last?.day, columns > 0 else { return nil }
        let weeks = CivilDay.week(of: last) - CivilDay.week(of: first) + 1
        let unit: Unit = weeks <= columns ? .week : .month
        func period(_ day: Int) -> Int { unit == .week ? CivilDay.week(of: day) : CivilDay.month(of: day) }
        let start = period(first)
        let total = period(last) - start + 1
        var counts = Array(repeating: 0, count: total)
        for day in days { counts[period(day.day) - start] += day.mentions }
        let dropped = max(0, total - columns)
        let firstShown = start + dropped
        return Timeline(
            unit: unit, counts: Array(counts.dropFirst(dropped)),
            firstDay: unit == .week ? CivilDay.firstDay(ofWeek: firstShown) : CivilDay.firstDay(ofMonth: firstShown),
            lastDay: last, dropped: dropped)
    }

    /// How a period's start is written: `2026-03` for a month, `2026-03-09` for a week.
    public func label(ofDay day: Int) -> String {
        let text = CivilDay.text(day)
        return unit == .month ? String(text.prefix(7)) : text
    }
}

/// Calendar arithmetic on `yyyymmdd` days, in the proleptic Gregorian calendar.
enum CivilDay {
    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    static func number(_ day: Int) -> Int {
        var y = day / 10000
        let m = day / 100 % 100, d = day % 100
        y -= m <= 2 ? 1 : 0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// `yyyymmdd` of a day number (`civil_from_days`).
    static func day(fromNumber z: Int) -> Int {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return y * 10000 + m * 100 + d
    }

    /// The Monday-to-Sunday week holding `day`, counted from the week of 1970-01-01 (a Thursday).
    static func week(of day: Int) -> Int {
        let n = number(day) + 3
        return n >= 0 ? n / 7 : (n - 6) / 7
    }

    static func firstDay(ofWeek week: Int) -> Int { day(fromNumber: week * 7 - 3) }

    static func month(of day: Int) -> Int { (day / 10000) * 12 + (day / 100 % 100 - 1) }

    static func firstDay(ofMonth month: Int) -> Int { (month / 12) * 10000 + (month % 12 + 1) * 100 + 1 }

    /// `YYYY-MM-DD`.
    static func text(_ day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(day / 10000, 4))-\(pad(day / 100 % 100, 2))-\(pad(day % 100, 2))"
    }
}
