/// Prefixes written with a hyphen before a word ("Co-chairman", "ex-minister", "Vice-President").
///
/// Written by the team from English spelling. Closed: the entity rules drop a name's last word
/// before a hyphen only when it is one of these ("Conservative Party Co-chairman" names the
/// party, not "Party Co"), and keep any other ("Osaka-based" names Osaka).
enum WordPrefixes {
    static let all: WordList = [
        "co", "ex", "vice", "pro", "anti", "non", "pre", "post", "re", "sub", "neo", "pan", "mid", "self", "semi",
        "multi", "inter", "counter", "deputy", "acting", "joint",
    ]
}
