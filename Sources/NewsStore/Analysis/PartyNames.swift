/// The names news gives the major political parties: "Tories", "Conservatives", "Conservative"
/// and "Conservative Party" are one party, and so are "Lib Dems" and "Liberal Democrats".
///
/// A closed world, written by hand from the parties' own names and the short forms British,
/// Irish and American reporting uses for them (the UK's parties in Westminster and the devolved
/// assemblies, the two US parties, and the largest parties of a few other big democracies whose
/// short forms are unambiguous); facts of usage, not text from any corpus. A form shared by
/// parties of several countries ("Greens", "Social Democrats", "Liberal Party", "Labor") is left
/// out, so that two parties are never made one. The first entry of each group is the name shown.
/// `NameEquivalents` reads these groups beside the countries'.
enum PartyNames {
    static let groups: [(display: String, keys: [String])] = [
        // United Kingdom.
        ("Labour Party", ["labour", "new labour", "uk labour party", "british labour party"]),
        ("Conservative Party", [
            "conservative", "conservatives", "tory", "tories", "tory party", "conservative and unionist party",
            "uk conservative party", "british conservative party",
        ]),
        ("Liberal Democrats", ["lib dem", "lib dems", "libdem", "libdems", "liberal democrat", "liberal democrat party"]),
        ("UK Independence Party", ["ukip", "united kingdom independence party"]),
        ("Scottish National Party", ["snp"]),
        ("Plaid Cymru", ["plaid"]),
        ("Democratic Unionist Party", ["dup", "democratic unionists"]),
        ("Ulster Unionist Party", ["uup", "ulster unionists"]),
        ("Social Democratic and Labour Party", ["sdlp"]),
        ("British National Party", ["bnp"]),
        // United States.
        ("Republican Party", ["republican", "republicans", "gop", "grand old party"]),
        ("Democratic Party", ["democrat", "democrats"]),
        // Other large democracies.
        ("Christian Democratic Union", ["cdu"]),
        ("Social Democratic Party of Germany", ["spd"]),
        ("Bharatiya Janata Party", ["bjp"]),
        ("Indian National Congress", ["congress party"]),
        ("African National Congress", ["anc"]),
        ("Australian Labor Party", ["alp"]),
        ("Liberal Democratic Party of Japan", ["ldp"]),
        ("Spanish Socialist Workers' Party", ["psoe"]),
    ]
}
