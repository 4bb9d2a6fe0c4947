@testable import NewsUI
import Testing

/// The line under the headline: a feed's timestamp read as a day and a time.
@Suite struct MetaLineTests {
    @Test(arguments: [
        ("2025-12-09T17:30:00+00:00", "2025-12-09 17:30"),
        ("2026-04-02T08:00:00Z", "2026-04-02 08:00"),
        ("2026-04-02", "2026-04-02"),
        ("2026-04-02T", "2026-04-02T"),
        ("2026-04-02Tnoon", "2026-04-02Tnoon"),
    ])
    func aTimestampShowsItsDayAndTime(date: String, shown: String) {
        #expect(BodyLayout.shownDate(date) == shown)
    }
}
