/// Names of products and services that news writes like names ("iPod", "Xbox Live", "Google
/// Video"): neither their makers nor people, but CoNLL's MISC (`EntityType.other`). A maker's name
/// before a product's ("Apple iPod", "IBM Blue Gene") makes the whole a product too, so that the
/// product's name never becomes the company's.
///
/// Written by the team from general knowledge of consumer technology; not drawn from any corpus.
/// Lower case, written as `EntityNames.aliasKey` writes them. Closed because a name on it is a
/// product wherever it stands; a product the list lacks is left to the tagger.
enum ProductNames {
    /// Whole names, and the last words of a maker's name and a product's ("blue gene" in "IBM
    /// Blue Gene").
    static let names: WordList = [
        "ipod", "ipods", "ipod mini", "ipod shuffle", "ipod nano", "itunes", "imac", "ibook", "powerbook", "mac mini",
        "macintosh", "iphone", "xbox", "xbox 360", "xbox live", "playstation", "playstation 2", "playstation 3",
        "playstation portable", "psp", "ps2", "ps3", "nintendo ds", "game boy", "game boy advance", "gameboy",
        "gamecube", "n gage", "windows", "windows xp", "windows vista", "windows media player", "internet explorer",
        "firefox", "skype", "google video", "google earth", "google desktop", "google maps", "google news", "gmail",
        "yahoo messenger", "msn messenger", "msn search", "hotmail", "blackberry", "walkman", "blue gene",
        "pentium", "centrino", "linux", "tivo", "kazaa", "bittorrent", "aibo", "segway", "prius", "word",
        "outlook", "office", "media player", "messenger", "xp", "vista", "longhorn", "mozilla", "acrobat", "dvd",
        "dvds", "cd", "cds", "pc", "pcs", "mp3", "p2p", "hdtv", "wi-fi", "wifi", "3g", "gps", "sms", "voip", "mac", "macs",
    ]

    /// The products on `names` that are also common words or other things (`Word`, `Office`,
    /// `Vista`): a product only after a maker's name ("Microsoft Office"), never alone.
    static let onlyAfterMaker: WordList = ["word", "outlook", "office", "media player", "messenger", "xp", "vista"]

    /// Makers whose name opens a product's ("Microsoft Word", "Apple iPod").
    static let makers: WordList = [
        "apple", "microsoft", "google", "yahoo", "msn", "sony", "nintendo", "ibm", "intel", "amd", "nokia", "motorola",
        "samsung", "dell", "hp", "palm", "rim", "adobe", "aol", "sega", "philips", "toshiba", "panasonic",
    ]
}
