/// Companies large enough that news names them by one or two words with nothing to say what
/// they are ("Google said", "Yahoo's shares"), many founded after the 1996 wire copy the tagger
/// learnt from, so that it takes them for people or places.
///
/// Written by the team from general knowledge of the companies most in the news (technology,
/// media, telecoms, energy, transport, retail); facts, not drawn from any corpus. Lower case, as
/// `EntityNames.aliasKey` writes them. Names that are also common words at a sentence's start
/// ("Next", "Total", "Five", "Boots") are left out.
enum CompanyNames {
    static let names: WordList = [
        // Technology and the internet.
        "google", "yahoo", "amazon", "ebay", "microsoft", "apple", "nokia", "sony", "nintendo", "sega", "intel",
        "amd", "ibm", "dell", "hewlett-packard", "hewlett packard", "oracle", "sap", "cisco", "napster", "aol",
        "motorola", "samsung", "philips", "panasonic", "toshiba", "siemens", "ericsson", "sony ericsson", "alcatel",
        "lucent", "nortel", "texas instruments", "symantec", "mcafee", "adobe", "macromedia", "real networks",
        "realnetworks", "netscape", "mozilla foundation", "sun microsystems", "linspire", "red hat", "novell",
        "electronic arts", "activision", "ubisoft", "vivendi universal games", "friendster", "myspace", "flickr",
        "paypal", "lycos", "excite", "ask jeeves", "overture", "gartner", "forrester", "idc", "jupiter research",
        "jupitermedia", "netcraft", "sophos", "f-secure", "kaspersky", "ofcom", "nasdaq",
        // Telecoms and media.
        "vodafone", "o2", "t-mobile", "bskyb", "bt", "ntl", "telewest", "virgin mobile", "verizon", "at&t",
        "sprint", "deutsche telekom", "france telecom", "telefonica", "worldcom", "mci", "time warner",
        "viacom", "disney", "pixar", "dreamworks", "warner bros", "paramount", "mgm", "miramax", "sony bmg", "emi",
        "bertelsmann", "vivendi", "news corp", "news corporation", "itv", "granada", "carlton", "channel 4", "cnn",
        "bbc", "reuters", "bloomberg", "universal music", "warner music", "hmv", "virgin",
        // Energy, industry and transport.
        "yukos", "gazprom", "rosneft", "lukoil", "sibneft", "yuganskneftegaz", "shell", "bp", "exxon",
        "exxonmobil", "chevron", "chevrontexaco", "enron", "parmalat", "airbus", "boeing", "eads", "bae",
        "bae systems", "rolls-royce", "ryanair", "easyjet", "lufthansa", "klm", "air france", "alitalia",
        "toyota", "honda", "nissan", "ford", "gm", "volkswagen", "bmw", "daimlerchrysler", "fiat", "renault",
        "peugeot", "mg rover", "rover", "general electric", "halliburton",
        // Retail, food and finance.
        "tesco", "sainsbury's", "asda", "wal-mart", "woolworths", "marks & spencer", "mcdonald's", "coca-cola",
        "pepsi", "nestle", "unilever", "glaxosmithkline", "pfizer", "merck", "novartis", "astrazeneca", "hsbc",
        "barclays", "lloyds tsb", "citigroup", "goldman sachs", "morgan stanley", "merrill lynch", "jp morgan",
        "ubs", "credit suisse", "deutsche bank", "abn amro", "ing", "axa", "allianz", "aviva", "prudential",
        "standard life", "equitable life", "euronext", "lse", "nyse",
    ]
}
