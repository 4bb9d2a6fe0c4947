/// Names of peoples, faiths and languages that the tagger's generated demonym list (the
/// `demonym` section of `gazetteers.txt`) lacks: nouns for one person of a nation ("Pole",
/// "Swede"), older spellings ("Moslem", "Zairean"), and peoples without a state ("Chechen",
/// "Uighur"). Like a demonym, such a name is neither a place nor an organisation but CoNLL's
/// MISC (`EntityType.other`).
///
/// Written by the team from general knowledge; not drawn from any corpus. Lower case. Closed
/// because a name on it is a people wherever it stands ("the Poles", "a Swede", "Moslem
/// leaders"); the generated list covers the rest, and no word is on both.
enum Nationalities {
    static let extra: WordList = [
        "moslem", "moslems", "zairean", "zaireans", "chechen", "chechens", "kosovar", "kosovars", "yugoslav",
        "yugoslavs", "afrikaner", "afrikaners", "azeri", "azeris", "sinhalese", "pole", "poles", "swede", "swedes",
        "dane", "danes", "finn", "finns", "turk", "turks", "spaniard", "spaniards", "frenchman", "frenchmen",
        "englishman", "englishmen", "scotsman", "scotsmen", "welshman", "irishman", "dutchman", "greeks", "kiwis",
        "aussie", "aussies", "brits", "shiite", "shiites", "shi'ites", "sunnis", "hindus", "sikhs", "jew", "jews",
        "catholics", "protestants", "anglican", "anglicans", "mormon", "mormons", "buddhist", "buddhists", "latino",
        "latinos", "hispanic", "hispanics", "arabic", "hebrew", "persian", "urdu", "hindi", "mandarin", "cantonese",
        "gaelic", "swahili", "bengali", "punjabi", "basques", "catalans", "corsican", "flemings", "walloons",
        "tatar", "tatars", "uighur", "uighurs", "tibetan", "tibetans", "maori", "inuit", "aboriginal", "aborigines",
        "bedouin", "druze", "alawite", "copts", "coptic", "maronite", "lutheran", "methodist", "evangelical",
        "presbyterian", "slav", "slavs", "slavic", "nordic", "scandinavian", "scandinavians",
        "balkan", "arabian", "anglo", "gulf arab", "westerner", "westerners", "asians", "saudi", "saudis", "filipinos",
    ]
}
