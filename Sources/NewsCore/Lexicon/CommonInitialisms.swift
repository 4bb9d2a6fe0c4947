/// Initialisms that stand for ordinary nouns, not for anything with a name: "ID cards", "TV
/// licence", "DNA tests". News writes them in capitals, so the tagger takes them for an
/// organisation's name; alone they are no entity.
///
/// Written by the team from general English usage; not drawn from any corpus. Lower case.
/// Closed because each is a common noun wherever it stands; an initialism that is also some
/// body's name ("GM", "BA") is left out.
enum CommonInitialisms {
    static let nouns: WordList = ["id", "ids", "tv", "dna", "cctv", "ivf", "atm", "atms", "sim", "lcd", "url", "urls", "pin"]
}
