/// Fictional stories written for the duplicate tests: one report, a copy of it with one sentence
/// changed, and another report of the same match written apart. None comes from a real corpus.
public enum StoryFixtures {
    public static let reportBody = """
        Merrowick Athletic came from a goal down to beat Castlebridge Rovers two goals to one at the Quayside Ground on Saturday afternoon, lifting the home side into fourth place with six games of the season left to play.

        Rovers went ahead after eleven minutes when their captain Idris Penhale curled a free kick over the wall and in off the far post, leaving the Athletic goalkeeper rooted to his line and the crowd of nine thousand silent.

        The home side levelled just before half time. Anders Sjöberg won the ball on the halfway line, ran at a retreating defence and slipped a low pass to Dele Amadi, who turned sharply and drove his shot under the diving keeper.

        After the break Athletic pressed hard and Rovers defended deep. The winner came with twelve minutes to go, when a corner from the left was headed back across the six yard box and the substitute Tomasz Wren forced it over the line from close range.

        The Athletic manager Conrad Hale said afterwards that his players had shown the patience he had asked of them all season. Rovers stay ninth and travel to Gullhaven next week, while Athletic face a long trip north on Tuesday evening.
        """

    public static let report = "Athletic come from behind to beat Rovers\n\n" + reportBody

    /// The same report with its fourth paragraph's last sentence rewritten, as a later edition
    /// would correct it.
    public static let reportCorrected = "Athletic come from behind to beat Rovers\n\n" + reportBody.replacingOccurrences(
        of: "and the substitute Tomasz Wren forced it over the line from close range.",
        with: "and the defender Marcus Ollerton, up for the set piece, stabbed it in off the underside of the bar.")

    /// Another reporter's account of the same match: same teams, scorers and result, its own words.
    public static let otherReport = """
        Late Wren strike settles Quayside derby

        A scrambled goal from the bench decided a scrappy derby at the Quayside Ground, where Castlebridge Rovers had looked the sharper team for most of the first hour before tiring badly in the closing stages.

        Penhale's early set piece gave the visitors a lead they deserved, and for a while the home supporters grew restless with every misplaced pass. Sjöberg and Amadi combined to equalise in first half stoppage time, a goal that changed the mood of the afternoon completely.

        Hale's decision to send on Tomasz Wren with twenty minutes remaining paid off. The young forward reacted quickest when a corner dropped in a crowded area, and his goal lifts Athletic above Saltings Town in the table.

        Castlebridge will feel hard done by. Their coach said his side had matched the hosts in every department except finishing, and pointed to two penalty appeals that the referee waved away in the second half.
        """

    /// A story on another subject, for a corpus with more than one group.
    public static let ferry = """
        Ferry timetable changes from Monday

        The Ellison ferry will leave at half past the hour from Monday, the operator said, after a summer in which late sailings left passengers waiting on the north quay for up to forty minutes at a time.

        The new timetable adds an early crossing for shift workers at the port and drops the last sailing on Sundays, which the operator said had carried fewer than a dozen passengers on most weekends since the spring.

        Councillors welcomed the early crossing but asked the operator to keep the Sunday evening service through the school holidays, when families returning from the islands rely on it.
        """
}
