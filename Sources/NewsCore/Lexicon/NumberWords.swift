/// Numbers written out as words.
///
/// Written by the team. Closed: the readers need only the words a story writes before a noun
/// ("Two ferries", "dozens of"), which are never names and count as determiners.
enum NumberWords {
    static let all: WordList = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozens", "millions",
    ]
}
