/// Nouns for people and groups of people that a speaker description may end in, beside the
/// role nouns of `PersonNouns` and the organisations of `OrganisationWords`.
///
/// Written by the team from English news style, not drawn from any corpus. The quote reader asks
/// it of a description that no cue makes a speaker, only its place as the sentence's subject: such
/// a description speaks when it is someone (`Critics call it a "…"`, `Many voters see him as
/// "…"`), never when it is a thing (`the disruptions have become a "…"`, `An argument between
/// "…" and "…"`). Plurals in `-s` or `-es` of any listed noun are read from the singular, so the
/// list gives only singulars and the plurals that are not made that way.
enum SpeakerNouns {
    /// People and groups of people: singulars the role lists lack, and irregular plurals.
    static let people: WordList = [
        // People in general, and irregular plurals.
        "people", "person", "persons", "individual", "public", "crowd", "audience", "electorate", "jury", "panel",
        "majority", "minority", "staff", "police", "men", "women", "children", "child", "kid", "family", "families",
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no-one", "others", "other",
        "spokesmen", "spokeswomen", "businessmen", "businesswomen", "congressmen", "congresswomen", "chairmen",
        "countrymen", "gentlemen", "ladies", "lady", "gentleman", "parties", "authorities", "agencies", "companies",
        "charities", "allies", "ally", "clergy", "elderly", "youth", "youths",
        // People by what they do or are in a story.
        "official", "voter", "protester", "protestor", "demonstrator", "activist", "expert", "source", "parent",
        "relative", "friend", "neighbour", "neighbor", "witness", "victim", "survivor", "delegate", "donor", "backer",
        "strategist", "pundit", "commentator", "insider", "employee", "customer", "user", "consumer", "shopper",
        "passenger", "traveller", "traveler", "soldier", "troops", "lawmaker", "legislator", "conservative",
        "liberal", "progressive", "advocate", "rival", "opponent", "detractor", "sceptic", "skeptic", "observer",
        "investigator", "prosecutor", "historian", "host", "anchor", "moderator", "interviewer", "caller", "viewer",
        "listener", "reader", "celebrity", "star", "mum", "mom", "dad", "grandparent", "pupil", "graduate",
        "applicant", "patient", "client", "tenant", "landlord", "homeowner", "taxpayer", "citizen", "constituent",
        "member", "counterpart", "predecessor", "successor", "opposition", "delegation", "staffer",
        "diplomat", "envoy", "negotiator", "regulator", "auditor",
        "organizer", "participant", "attendee", "local", "villager", "islander",
        "republican", "democrat", "tory", "socialist", "nationalist", "unionist", "loyalist", "tories", "militant", "rebel", "insurgent", "gunman", "gunmen", "cop", "guard",
        "chief", "nominee", "speaker", "narrator", "former", "latter",
        "correspondent", "lord", "attendant", "voice", "piece", "broker", "trader", "dealer", "announcer",
        "questioner", "heckler", "spectator", "marcher", "commenter", "blogger", "surrogate", "prince",
        "princess", "king", "queen", "pope", "bishop", "priest", "pastor", "rabbi", "imam", "cleric",
        // What someone says, which speaks for them: `His response was that he "…"`.
        "response", "reply", "opinion", "chant", "slogan", "announcement",
        "warning", "claim", "pledge", "testimony", "interview", "headline", "finding", "verdict", "judgment",
        "judgement", "resolution", "motion", "transcript", "text", "caption", "sign", "banner", "placard",
    ]
}
