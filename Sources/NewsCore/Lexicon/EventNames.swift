/// Names of competitions, awards, holidays and other events: neither places nor organisations
/// nor people, but CoNLL's MISC (`EntityType.other`). "World Cup" is no place, "Wimbledon" in a
/// story is the championship, "Oscar" an award and "Christmas" a day.
///
/// Written by the team from general knowledge of sport, film, music and the calendar; not drawn
/// from any corpus. Lower case, written as `EntityNames.aliasKey` writes them (no full stops,
/// hyphens as spaces). Closed because a name on the list is an event wherever it stands; an
/// event the list lacks is left to the tagger and the head words.
enum EventNames {
    /// Whole names of events.
    static let names: WordList = [
        // Sport.
        "olympics", "olympic", "olympic games", "paralympics", "paralympic", "winter olympics", "world cup",
        "grand slam", "premiership", "premier league", "champions league", "europa league", "uefa cup", "fa cup",
        "league cup", "carling cup", "six nations", "tri nations", "wimbledon", "us open", "australian open",
        "french open", "ryder cup", "davis cup", "fed cup", "solheim cup", "super bowl", "world series",
        "stanley cup", "tour de france", "giro d'italia", "vuelta", "grand national", "boat race", "ashes",
        "heineken cup", "commonwealth games", "asian games", "african nations cup", "copa america",
        "american league", "national league", "major league", "pga tour", "european tour", "champions trophy",
        "intertoto cup", "cup winners cup", "world championships", "world championship", "superbowl", "eurovision",
        "eurovision song contest", "formula one", "grand prix",
        // Awards.
        "oscar", "oscars", "academy awards", "academy award", "golden globe", "golden globes", "grammy", "grammys",
        "emmy", "emmys", "bafta", "baftas", "brit awards", "brits", "tony awards", "nobel", "nobel prize",
        "booker prize", "mercury prize", "turner prize", "palme d'or", "pulitzer", "pulitzer prize",
        "victoria cross", "george cross",
        // The calendar.
        "christmas", "christmas day", "christmas eve", "easter", "easter sunday", "good friday", "ramadan", "eid",
        "diwali", "hanukkah", "passover", "thanksgiving", "halloween", "new year", "new year's day", "new year's eve",
        "hogmanay", "boxing day", "labor day", "labour day", "may day", "memorial day", "independence day",
        "bastille day", "valentine's day", "mother's day", "father's day", "remembrance day", "remembrance sunday",
        "armistice day", "anzac day", "lent", "advent", "yom kippur", "rosh hashanah", "guy fawkes night",
        "bonfire night", "chinese new year", "holocaust memorial day", "st patrick's day", "d day",
    ]

    /// Last words that make a capitalised name of two words or more an event ("Tarrow Open",
    /// "Harland Cup", "Merrowick Marathon", "Saltings Festival", "Harland Motor Show").
    static let heads: WordList = [
        "cup", "open", "games", "olympics", "olympiad", "championship", "championships", "trophy", "prix", "slam",
        "series", "classic", "marathon", "tournament", "awards", "prize", "prizes", "festival", "rally", "tour",
        "invitational", "masters", "paralympics", "bowl", "shield", "stakes", "regatta", "show", "expo", "exhibition",
        "summit",
    ]

    /// Words that open an event's name when a number follows ("Euro 2028", "Expo 2030").
    static let numberedOpeners: WordList = ["euro", "expo", "olympics", "world cup"]
}
