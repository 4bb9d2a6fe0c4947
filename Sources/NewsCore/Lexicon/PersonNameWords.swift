/// The small words inside people's names: particles ("van", "bin", "Ó") and generational
/// suffixes ("Jr", "III"); and the common given names that tell a person's gender.
///
/// Written by the team, not drawn from any corpus. The particles and suffixes are closed
/// classes of naming customs; the given names are the commonest English-language ones and a
/// few well known in the news, enough to choose between "he" and "she" when no title or pronoun
/// has settled a person's gender. A name is in one list only: "Jean" (a man's name in French, a
/// woman's in English) is in the men's, where the readers, which try it first, always found it.
/// No month or day is here ("April"): the readers never take one for a given name. The mention
/// rules also read these lists as given names (`NameLists.isGivenName`): the US census list behind
/// the tagger's gazetteer lacks common British and Irish names ("Rhys", "Gareth", "Liam").
enum PersonNameWords {
    /// Particles that join a surname to its name ("Ludwig van Beethoven", "Osama bin Laden").
    static let particles: WordList = [
        "van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "le", "la", "al", "el", "bin", "ibn", "ben",
        "abu", "ter", "dos", "das", "ap", "ab", "ó", "ní", "nic", "mac", "ua", "bint", "ten", "zu", "vom", "des", "dei",
    ]

    /// The small words the quote reader lets stand in lower case inside a speaker's name: the
    /// particles, and "st" (Saint) as some surnames write it ("Ada st Clair").
    static let connectors = particles + ["st"]

    /// Generational suffixes after a name ("Ada Ode Jr", "Henry V").
    static let suffixes: WordList = ["jr", "sr", "ii", "iii", "iv", "v"]

    /// Common given names of men.
    static let maleGivenNames: WordList = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "jean",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
        "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
        "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy",
        "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence",
        "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan",
        "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip",
        "louis", "mike", "bill", "jim", "tom", "bob", "ted", "jeb", "marco", "rand", "chris", "newt", "mitt", "bernie",
        "barack", "rick", "ben", "tim", "tony", "steve", "dan", "dave", "jeff", "greg", "ken", "ron", "jon", "nick",
        "matt", "sam", "pete", "harry", "charlie", "fred", "ed", "al", "jimmy", "johnny", "danny", "tommy", "lindsey",
        "mitch", "reince", "sergei", "vladimir", "dmitry", "ivan", "hans", "pierre", "carlos", "luis", "miguel",
        "pedro", "ahmed", "mohammed", "muhammad", "ali", "hassan", "omar", "abdul", "yuri", "boris", "igor", "xi",
        "hugh", "ian", "neil", "colin", "graham", "nigel", "stuart", "gordon", "alistair", "rupert", "oliver", "luke",
        "owen", "rhys", "gareth", "callum", "liam", "connor", "declan", "seamus", "kurt", "bernard", "reid", "lyndon",
        "dwight", "franklin", "ulysses", "abraham", "herbert", "calvin", "warren", "woodrow", "chuck", "marty", "bret",
        "brett", "corey", "cory", "howard", "leon", "martin", "nelson", "norman", "stanley", "victor", "wesley",
        "allen", "eddie", "marvin", "glenn", "jay", "lee", "dean", "karl",
    ]

    /// Common given names of women.
    static let femaleGivenNames: WordList = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
        "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
        "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
        "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn",
        "sara", "janice", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber",
        "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
        "charlotte", "rose", "alexis", "kayla", "hillary", "hilary", "nikki", "carly", "michele", "condoleezza",
        "madeleine", "sonia", "elena", "kirsten", "tammy", "claire", "kamala", "debbie", "huma", "kellyanne", "ivanka",
        "melania", "chelsea", "meg", "jill", "hope", "katie", "kate", "liz", "beth", "sue", "jane", "jo", "jenny",
        "sally", "molly", "lucy", "sophie", "chloe", "ella", "marine", "ursula", "federica", "nicola", "harriet",
        "priti", "yvette", "jacinda", "greta", "malala", "oprah", "taylor", "beyonce", "dana", "erin", "tina", "wendy",
        "vicki", "vicky", "valerie", "tara", "paula", "paige", "monica", "lena", "irene", "gina", "fiona", "eileen",
        "dolores", "connie", "cindy", "brooke", "bonnie", "anne", "annie", "alison", "allison", "carrie",
        "cathy", "dina", "ellen", "gail", "hanna", "holly", "jana", "jodi", "kristen", "leslie", "marcia", "maureen",
        "nina", "peggy", "robin", "sheila", "stacy", "susie", "loretta", "nita", "patty", "barbra", "maxine", "shelley",
        "lynn", "roberta", "ana", "rosa", "lucia",
    ]
}
