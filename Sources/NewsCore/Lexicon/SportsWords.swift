/// Words that tell a sports story, and the words around a club's name in one: in sport,
/// "Tarrow 2 Merrowick 1", "beat Gullhaven", "the Gullhaven striker" and "Tarrow’s manager"
/// name clubs, which CoNLL types as organisations, where elsewhere the same word is a place.
///
/// Written by the team from English sports reporting; not drawn from any corpus. All lower case.
/// Closed because each word is evidence: a word the lists lack gives none.
enum SportsWords {
    /// Words that few stories use outside sport: each counts two towards a sports story.
    static let strongTerms: WordList = [
        "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "goalkeepers", "wicket", "wickets",
        "innings", "batsman", "batsmen", "bowler", "bowlers", "all-rounder", "homer", "homered", "homers", "pitcher",
        "pitchers", "inning", "outfielder", "quarterback", "relegation", "relegated", "semi-final", "semi-finals",
        "quarter-final", "quarter-finals", "semifinal", "quarterfinal", "halftime", "half-time", "unbeaten",
        "fixture", "fixtures", "playoff", "play-off", "play-offs", "seeded", "touchdown", "soccer", "cricket",
        "rugby", "tennis", "golf", "baseball", "basketball", "football", "athletics", "snooker", "hockey",
        "sprinter", "winger", "fly-half", "scrum-half", "skipper", "birdie", "birdies", "bogey", "tie-break",
        "scrum", "lineout", "jockey", "footballer", "footballers",
    ]

    /// Words that sport uses often and other stories too: each counts one.
    static let terms: WordList = [
        "defender", "defenders", "penalty", "penalties", "scored", "scoring", "draw", "drew", "drawn", "match",
        "matches", "season", "league", "cup", "tournament", "championship", "champions", "coach", "manager",
        "club", "clubs", "stadium", "title", "final", "finals", "victory", "defeat", "points", "round", "seed",
        "sets", "lap", "laps", "podium", "medal", "medals", "runs", "captain", "squad", "team", "teams", "player",
        "players", "win", "won", "beat", "injury", "transfer", "kick-off", "tackle", "tries", "referee", "olympic",
        "olympics", "race", "racing", "marathon", "sprint", "cycling", "boxing", "squash", "goals", "premiership",
    ]

    /// The score, in those counts, that makes a sports story.
    static let sportsStoryScore = 4

    /// Every term a sports story is scored by, with its count: the strong terms (two each),
    /// then the others (one each), in the order `isSportsStory` asks about them. A caller that
    /// asks for many stories can key each term once, by its place here.
    static let scoredTerms: [(term: String, count: Int)] = strongTerms.words.map { ($0, 2) } + terms.words.map { ($0, 1) }

    /// Whether words (in lower case) tell a sports story.
    static func isSportsStory(_ contains: (String) -> Bool) -> Bool {
        isSportsStory(term: { contains(scoredTerms[$0].term) })
    }

    /// Whether the story tells a sports story, asked term by term: `contains(k)` says whether
    /// it uses `scoredTerms[k]`. Stops at the first term that makes the score.
    static func isSportsStory(term contains: (Int) -> Bool) -> Bool {
        var score = 0
        for k in scoredTerms.indices where contains(k) {
            score += scoredTerms[k].count
            if score >= sportsStoryScore { return true }
        }
        return false
    }

    /// Nations that field teams under their own name but are no sovereign country in the place
    /// lists ("England", "West Indies"): like a country's, their name stays a place, as CoNLL
    /// types national teams.
    static let nations: WordList = [
        "england", "scotland", "wales", "northern ireland", "great britain", "britain", "west indies", "hong kong",
        "yugoslavia", "soviet union", "ussr", "czechoslovakia", "zaire", "burma", "holland", "taiwan", "palestine",
        "puerto rico", "catalonia", "basque country",
    ]

    /// "v", "vs", "versus": between two names, they are sides ("Tarrow v Merrowick").
    static let versus: WordList = ["v", "vs", "versus"]

    /// Roles that, right after a name or its possessive, make it a club in any story ("the
    /// Tarrow striker", "Gullhaven’s goalkeeper").
    static let teamRoles: WordList = [
        "striker", "strikers", "midfielder", "midfielders", "defender", "defenders", "goalkeeper", "batsman",
        "batsmen", "bowler", "all-rounder", "pitcher", "outfielder", "infielder", "quarterback", "winger",
        "fly-half", "scrum-half", "full-back", "centre-back", "centre-half", "skipper", "team-mate", "teammate",
        "team-mates", "teammates", "keeper",
    ]

    /// Roles and nouns that do the same in a sports story only ("Tarrow captain", "Tarrow’s
    /// manager", "Tarrow fans"): elsewhere "Tarrow’s team" may be a town's.
    static let sportsStoryRoles: WordList = [
        "captain", "manager", "coach", "boss", "chairman", "player", "players", "fans", "supporters", "team", "side",
        "squad", "defence", "defense", "attack", "forward", "forwards", "debut", "lineup", "line-up", "starting",
        "first-team", "youth", "academy", "reserves", "record", "win", "victory", "defeat", "lead", "goal", "goals",
        "innings", "total", "reply", "bowling", "batting", "pitching", "offence", "offense", "season", "home",
        "ground", "stadium", "fixture", "match", "game", "games", "rally", "comeback", "hopes", "title",
    ]

    /// Words that, right before a name in a sports story, make it the other club of a result
    /// ("beat Gullhaven", "drew with Tarrow", "victory over Merrowick").
    static let resultWordsBefore: WordList = [
        "beat", "beats", "beating", "defeated", "defeating", "thrashed", "hammered", "edged", "overcame",
        "outdueled", "outplayed", "routed", "trounced", "against", "over", "v", "vs", "versus",
    ]

    /// Words that, right after a name in a sports story, make it a club in a result ("Tarrow
    /// beat Merrowick", "Gullhaven drew", "Tarrow v Merrowick").
    static let resultWordsAfter: WordList = [
        "beat", "beats", "defeated", "thrashed", "hammered", "edged", "drew", "lost", "won", "trail", "trailed",
        "lead", "led", "v", "vs", "versus", "scored", "host", "hosted", "visit", "visited", "rallied", "clinched",
    ]

    /// Verbs after which "for X" names a club ("played for Tarrow", "homered for Gullhaven").
    static let playedFor: WordList = [
        "played", "plays", "playing", "play", "homered", "homer", "scored", "scoring", "signed", "signing",
        "appearances", "debut", "starred", "keeps", "kept", "goal", "goals", "bowled", "batted", "pitched",
    ]

    /// Words that end a club's name in a sports story and a place's elsewhere ("Gullhaven Town",
    /// "Castlebridge City", "Vell County"). The tagger, with "Town, who …" after it, may even take
    /// such a club for a person.
    static let clubEndings: WordList = ["town", "city", "county"]

    /// Verbs after which a name is the club joined or left ("joined Tarrow", "left Gullhaven").
    static let transferVerbs: WordList = ["joined", "joins", "join", "joining", "left", "leaves", "leaving", "rejoined"]
}
