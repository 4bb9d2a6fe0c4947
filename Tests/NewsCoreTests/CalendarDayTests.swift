import NewsCore
import Testing

/// A `YYYY-MM-DD` date is a date only when the calendar has that day.
@Suite struct CalendarDayTests {
    @Test(arguments: ["2026-02-28", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30", "2026-01-01T09:00Z"])
    func realDays(_ text: String) {
        #expect(ArticleParser.isoDay(text) == String(text.prefix(10)))
        #expect(ArticleParser.impossibleDay(text) == nil)
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-05-00", "2026-05-32"])
    func impossibleDays(_ text: String) {
        #expect(ArticleParser.isoDay(text) == nil)
        #expect(ArticleParser.impossibleDay(text) == text)
    }

    @Test func aDateFieldThatIsNoDayIsDroppedWithAWarning() throws {
        let article = try ArticleParser.parse(text: "---\ndate: 2026-02-30\n---\nHeadline here\n\nBody text.\n", path: "2026-03-01-x.txt")
        #expect(article.date == "2026-03-01")
        #expect(article.warnings.contains { $0.contains("“2026-02-30” is not a day of the calendar") })
        let free = try ArticleParser.parse(text: "---\ndate: Tuesday\n---\nHeadline here\n\nBody text.\n", path: "x.txt")
        #expect(free.date == "Tuesday" && free.warnings.isEmpty)
    }
}
