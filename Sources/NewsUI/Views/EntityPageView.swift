import NewsCore

/// An entity's page full-screen: its name, type and counts, the forms the text used, mentions
/// over time as a histogram of block characters, then its mentions, its quotations and the
/// names that appear with it most, each a line Enter opens.
public enum EntityPageView {
    /// Rows of the histogram's bars on a screen `height` rows high: what the companions list
    /// can spare, between two and six.
    static func chartRows(height: Int) -> Int {
        max(2, min(6, (height - 10) / 3))
    }

    public static func render(_ page: EntityPage, state: AppState, buffer: inout Buffer, theme: Theme) {
        let width = state.size.width
        let entity = page.entity
        let articles = entity.corpusArticles.map { " in \($0) article\($0 == 1 ? "" : "s")" } ?? ""
        let mentions = entity.corpusMentions.map { "\($0) mention\($0 == 1 ? "" : "s")" } ?? ""
        PaneHeader.render(
            entity.name, detail: "\(entity.type.label) · \(mentions)\(articles)", focused: true,
            in: Rect(x: 0, y: 0, width: width, height: 1), buffer: &buffer, theme: theme)
        guard let facts = page.facts else {
            buffer.write(" Loading…", x: 0, y: 1, style: theme[.meta], maxWidth: width)
            return
        }
        var y = 1
        let others = facts.entity.aliases.filter { $0 != entity.name }
        let forms = others.isEmpty ? "no other form" : others.joined(separator: ", ")
        y += 1 + writeLabelled("Also written", forms, y: y, width: width, buffer: &buffer, theme: theme)
        let chartRows = chartRows(height: state.size.height)
        y += renderTimeline(facts, role: EntityPaneView.role(of: entity.type), rows: chartRows, y: y, width: width, buffer: &buffer, theme: theme)
        y += 1
        // The selectable lines: mentions, quotations, then the companions in a window that
        // follows the selection.
        let bottom = state.size.height - 1
        let lines = [
            ("Mentions", "\(entity.corpusMentions ?? 0)", "Enter lists them; n/N step from one"),
            ("Quotations", "\(facts.quotations)", facts.quotations == 0 ? "none attributed" : "Enter lists them (or \")"),
        ]
        for (k, line) in lines.enumerated() where y < bottom {
            renderLine(label: line.0, count: line.1, note: line.2, selected: page.position.selected == k, y: y, width: width, buffer: &buffer, theme: theme)
            y += 1
        }
        guard y < bottom else { return }
        var heading = " Appears most with"
        if let sampled = facts.companionsSampled { heading += " (in its newest \(sampled.counted) of \(sampled.of) articles)" }
        buffer.write(Truncate.toWidth(heading, width - 18), x: 0, y: y, style: theme[.entityHeading], maxWidth: width - 18)
        let sharedTitle = "shared articles"
        buffer.write(sharedTitle, x: width - CharacterWidth.of(sharedTitle) - 1, y: y, style: theme[.meta])
        y += 1
        let room = bottom - y
        guard room > 0 else { return }
        guard !facts.companions.isEmpty else {
            buffer.write("  No other name shares an article", x: 0, y: y, style: theme[.meta], maxWidth: width)
            return
        }
        let selected = page.position.selected - EntityPage.fixedLines
        let top = max(0, min(selected - room + 1, facts.companions.count - room))
        for row in 0..<room {
            let index = top + row
            guard let companion = facts.companions[safe: index] else { break }
            let rowY = y + row
            let count = String(companion.sharedArticles)
            let typeX = max(24, width - 30)
            buffer.write(Truncate.toWidth(companion.entity.name, typeX - 4), x: 2, y: rowY, style: theme[EntityPaneView.role(of: companion.entity.type)], maxWidth: typeX - 4)
            buffer.write(companion.entity.type.label, x: typeX, y: rowY, style: theme[.meta], maxWidth: 13)
            buffer.write(count, x: width - CharacterWidth.of(count) - 1, y: rowY, style: theme[.count])
            if index == selected {
                buffer.restyle(Rect(x: 0, y: rowY, width: width, height: 1)) { $0.merged(with: theme[.selection]) }
            }
        }
    }

    /// " Label: text", the text cut to the row; returns the rows used (1).
    @discardableResult
    static func writeLabelled(_ label: String, _ text: String, y: Int, width: Int, buffer: inout Buffer, theme: Theme) -> Int {
        let used = buffer.write(" \(label): ", x: 0, y: y, style: theme[.meta])
        buffer.write(Truncate.toWidth(text, width - used - 1), x: used, y: y, style: theme[.normal], maxWidth: width - used - 1)
        return 1
    }

    static func renderLine(label: String, count: String, note: String, selected: Bool, y: Int, width: Int, buffer: inout Buffer, theme: Theme) {
        let used = buffer.write("  \(label) ", x: 0, y: y, style: theme[.normal].merged(with: theme[.unread]))
        let countWidth = buffer.write(count, x: used, y: y, style: theme[.count])
        let x = used + countWidth + 3
        buffer.write(Truncate.toWidth(note, width - x - 1), x: x, y: y, style: theme[.meta], maxWidth: max(0, width - x - 1))
        if selected {
            buffer.restyle(Rect(x: 0, y: y, width: width, height: 1)) { $0.merged(with: theme[.selection]) }
        }
    }

    /// The title line, the bars and the axis; returns the rows used.
    static func renderTimeline(_ facts: EntityFacts, role: StyleRole, rows: Int, y: Int, width: Int, buffer: inout Buffer, theme: Theme) -> Int {
        let columns = width - 4
        guard let timeline = Timeline.of(facts.days, columns: columns) else {
            buffer.write(" No dated mentions", x: 0, y: y, style: theme[.meta], maxWidth: width)
            return 1
        }
        let peak = timeline.counts.max() ?? 0
        let peakIndex = timeline.counts.firstIndex(of: peak) ?? 0
        let unit = timeline.unit == .week ? "week" : "month"
        let peakStart = periodStart(timeline, index: peakIndex)
        var title = " Mentions by \(unit)"
        if facts.usesFileDays { title += " (undated: file dates)" }
        title += " · peak \(peak) in the \(unit) of \(timeline.label(ofDay: peakStart))"
        if timeline.dropped > 0 { title += " · the last \(timeline.counts.count) \(unit)s" }
        buffer.write(Truncate.toWidth(title, width - 1), x: 0, y: y, style: theme[.meta], maxWidth: width - 1)
        // Each period gets as many columns as fit, up to three, so a few months still read as bars.
        let barWidth = max(1, min(3, columns / max(1, timeline.counts.count)))
        let style = theme[role]
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        for (k, count) in timeline.counts.enumerated() {
            // In eighths of a row; a period with any mention shows at least a sliver.
            var eighths = peak == 0 ? 0 : (count * rows * 8 + peak / 2) / peak
            if count > 0 { eighths = max(1, eighths) }
            for row in 0..<rows {
                let level = min(8, max(0, eighths - (rows - 1 - row) * 8))
                guard level > 0 else { continue }
                // (Wide bars keep a column between periods, so neighbours read apart.)
                for c in 0..<(barWidth > 1 ? barWidth - 1 : 1) {
                    buffer.put(blocks[level], x: 2 + k * barWidth + c, y: y + 1 + row, style: style)
                }
            }
        }
        // The axis: the first period's start on the left, the last's under its bar.
        let axisY = y + 1 + rows
        let first = timeline.label(ofDay: timeline.firstDay)
        let last = timeline.label(ofDay: periodStart(timeline, index: timeline.counts.count - 1))
        buffer.write(first, x: 2, y: axisY, style: theme[.dateColumn])
        let lastX = max(2 + CharacterWidth.of(first) + 2, 2 + timeline.counts.count * barWidth - CharacterWidth.of(last))
        if timeline.counts.count > 1, lastX + CharacterWidth.of(last) < width {
            buffer.write(last, x: lastX, y: axisY, style: theme[.dateColumn])
        }
        return rows + 2
    }

    /// The first day of period `index` of the timeline.
    static func periodStart(_ timeline: Timeline, index: Int) -> Int {
        switch timeline.unit {
        case .week: return CivilDay.firstDay(ofWeek: CivilDay.week(of: timeline.firstDay) + index)
        case .month: return CivilDay.firstDay(ofMonth: CivilDay.month(of: timeline.firstDay) + index)
        }
    }
}
