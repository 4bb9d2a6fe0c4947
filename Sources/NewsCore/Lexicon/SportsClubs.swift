/// Clubs named after their town, city or county, whose name in a sports story is the club's (an
/// organisation) rather than the place's ("Chelsea", "Surrey", "Crystal Palace", "Karlsruhe"),
/// and clubs' short names that the tagger takes for people's ("Arsenal", "Man Utd").
///
/// Written by the team from general knowledge: the clubs of the English and Scottish football
/// leagues, the English county cricket clubs, the leading rugby union and league clubs of
/// Britain, Ireland and France, and the best-known clubs of European football. Facts, not drawn
/// from any corpus. Lower case, as `EntityNames.aliasKey` writes them. Read only in a sports
/// story (`SportsWords.isSportsStory`): outside one, "Chelsea" is a place or a first name.
enum SportsClubs {
    static let names: WordList = [
        // Short names.
        "arsenal", "celtic", "rangers", "spurs", "man utd", "man united", "man city", "boro", "wasps", "saracens",
        "harlequins", "juve", "barca",
        // English football.
        "aston villa", "birmingham", "blackburn", "bolton", "charlton", "chelsea", "crystal palace", "everton",
        "fulham", "liverpool", "middlesbrough", "newcastle", "norwich", "portsmouth", "southampton", "tottenham",
        "leeds", "sunderland", "ipswich", "wigan", "derby", "watford", "wolves", "wolverhampton", "burnley", "cardiff",
        "coventry", "crewe", "gillingham", "millwall", "plymouth", "preston", "rotherham", "stoke", "brighton",
        "leicester", "nottingham forest", "hull", "bradford", "barnsley", "blackpool", "bournemouth", "brentford",
        "chesterfield", "colchester", "doncaster", "hartlepool", "huddersfield", "luton", "oldham", "peterborough",
        "port vale", "swindon", "torquay", "tranmere", "walsall", "wrexham", "bury", "cambridge", "chester",
        "darlington", "grimsby", "kidderminster", "lincoln", "macclesfield", "mansfield", "northampton",
        "notts county", "oxford", "rochdale", "scunthorpe", "shrewsbury", "southend", "stockport", "swansea",
        "wycombe", "yeovil", "carlisle", "exeter", "leyton orient", "cheltenham", "west ham", "west brom",
        "sheffield wednesday", "sheffield united", "bristol city", "bristol rovers", "queens park rangers",
        "wimbledon", "reading", "york", "hereford", "scarborough", "halifax", "barnet",
        // Scottish football.
        "aberdeen", "hearts", "hibernian", "hibs", "dundee", "dundee united", "dunfermline", "kilmarnock",
        "livingston", "motherwell", "inverness", "falkirk", "st johnstone", "st mirren", "partick", "ross county",
        "hamilton", "airdrie", "clyde", "queen of the south", "ayr", "alloa", "arbroath", "berwick", "cowdenbeath",
        "dumbarton", "montrose", "stenhousemuir", "stirling", "forfar", "brechin", "east fife", "raith",
        "greenock morton", "morton", "queens park", "east stirlingshire", "stranraer", "peterhead", "elgin",
        // English county cricket.
        "derbyshire", "durham", "essex", "glamorgan", "gloucestershire", "hampshire", "kent", "lancashire",
        "leicestershire", "middlesex", "northamptonshire", "nottinghamshire", "somerset", "surrey", "sussex",
        "warwickshire", "worcestershire", "yorkshire",
        // Rugby union and league.
        "gloucester", "bath", "bristol", "sale", "worcester", "llanelli", "neath", "newport", "pontypridd",
        "bridgend", "ebbw vale", "munster", "leinster", "ulster", "connacht", "toulouse", "biarritz", "perpignan",
        "st helens", "warrington", "castleford", "widnes", "salford", "wakefield", "london irish", "london welsh",
        // European football.
        "barcelona", "milan", "inter", "juventus", "roma", "lazio", "porto", "benfica", "lyon", "monaco",
        "marseille", "bordeaux", "nice", "auxerre", "lens", "lille", "nantes", "rennes", "metz", "strasbourg",
        "ajax", "psv", "eindhoven", "feyenoord", "bayern", "dortmund", "schalke", "bremen", "hamburg",
        "leverkusen", "stuttgart", "karlsruhe", "kaiserslautern", "valencia", "seville", "sevilla", "deportivo",
        "villarreal", "bilbao", "celta", "parma", "fiorentina", "sampdoria", "udinese", "anderlecht", "bruges",
        "galatasaray", "fenerbahce", "besiktas", "olympiakos", "panathinaikos", "rosenborg", "atletico madrid",
        "real madrid", "real zaragoza", "zaragoza", "betis", "espanyol", "tenerife", "atalanta", "bologna",
        "cagliari", "napoli", "genoa", "piacenza", "vicenza", "verona", "perugia", "monchengladbach", "freiburg",
        "rostock", "wolfsburg", "bochum", "duisburg", "twente", "utrecht", "groningen",
        "heerenveen", "vitesse", "standard liege", "liege", "genk", "lokeren", "mechelen",
    ]
}
