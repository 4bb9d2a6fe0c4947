/// The fixed query set of `byline-lab bench`: words of the BBC vocabulary the synthetic corpora
/// keep, from common to rarer, so posting lists of several lengths are measured.
enum BenchQueries {
    static let singleWords = ["government", "film", "music", "election", "market", "england", "company", "phone", "court", "oil"]
    static let twoWords = [("prime", "minister"), ("film", "award"), ("economic", "growth"), ("mobile", "phone"), ("world", "cup")]
    static let phrases = ["prime minister", "world cup", "interest rates", "chief executive", "general election"]
    static let prefixes = ["gov", "mar", "ele", "tec", "pla"]
}
