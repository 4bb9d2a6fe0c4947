/// The fixed query set of `byline-lab bench`: words of the BBC vocabulary the synthetic corpora
/// keep, from common to rare, so posting lists of several lengths are measured. At 100,000
/// articles they match (in documents): government 23k, company 18k, music 13k, mobile 8k,
/// bank 7.8k, china 5.4k, rugby 4.5k, tennis 2.3k, pension 1.6k, zimbabwe 386, cricket 153,
/// mozart 80. FTS5 ranks every match, so the common words set the p99.
enum BenchQueries {
    static let singleWords = ["government", "company", "music", "mobile", "bank", "china", "rugby", "tennis", "pension", "zimbabwe", "cricket", "mozart"]
    static let twoWords = [("prime", "minister"), ("film", "award"), ("economic", "growth"), ("mobile", "phone"), ("world", "cup")]
    static let phrases = ["prime minister", "world cup", "interest rates", "chief executive", "general election"]
    static let prefixes = ["gov", "mar", "ele", "tec", "pla"]
}
