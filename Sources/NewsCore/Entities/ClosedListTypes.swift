/// The types that closed lists settle inside one article, whatever the tagger called the name:
/// a people ("Dutch", "Irish Americans"), an event ("World Cup", "Oscars", "Christmas") and a
/// product ("Apple iPod", "Xbox Live") are `other`, CoNLL's MISC; the building a government
/// sits in ("the Kremlin said", "Downing Street") is an organisation, never the person its verb
/// would suggest.
///
/// The type is fixed (`DraftMention.firm`): no vote moves it, and no other name joins it, so a
/// product's name never becomes its maker's and "European" never a short form of "European
/// Union". Companies the news names alone ("Google said") and, in a sports story, clubs named
/// after places ("Chelsea", "Surrey") are organisations the way a head word makes one
/// (`DraftMention.listType`), so that their short forms and acronyms still join them.
enum ClosedListTypes {
    static func apply(_ ds: inout [DraftMention], _ t: ArticleTokens, _ lists: NameLists) {
        let keys = ds.map { EntityNames.aliasKey(t.text(TaggerEntityExtractor.range($0, t))) }
        // Names of two words or more first: what is left of the tagger's people after them gives
        // the words of the article's people's names.
        for k in ds.indices where keys[k].contains(" ") { settle(&ds[k], keys[k], t, lists) }
        // The first and last words of the article's full person names: "Oscar" beside "Oscar
        // Lind" is his given name, not the award, and "Ford" beside "Ada Ford" her surname.
        var personWords: Set<String> = []
        for d in ds where d.type == .person && d.firm == nil && d.b - d.a >= 2 && t.isWord(d.a) && t.isWord(d.b - 1) {
            personWords.insert(t.lower(d.a))
            personWords.insert(t.lower(d.b - 1))
        }
        for k in ds.indices where !keys[k].isEmpty && !keys[k].contains(" ") {
            // ("won an Oscar": a determiner says it is no one's name.)
            let p = ds[k].a - 1
            if personWords.contains(keys[k]), !(t.isLowercaseWord(p) && FunctionWords.articles.contains(t.lower(p))) { continue }
            settle(&ds[k], keys[k], t, lists)
        }
    }

    /// Gives draft `d`, whose alias key is `key`, the type the lists know for it.
    static func settle(_ d: inout DraftMention, _ key: String, _ t: ArticleTokens, _ lists: NameLists) {
        guard d.firm == nil, d.title == nil, !key.isEmpty else { return }
        let words = key.splitAtSpaces().map(String.init)
        if let type = type(key, words, d, t, lists) {
            d.type = type
            d.firm = type
        } else if CompanyNames.names.contains(key) || (t.sportsStory && SportsClubs.names.contains(key)) {
            d.listType = .organization
        }
    }

    /// The fixed type the lists give a name (its alias key and the key's words), if they know it.
    static func type(_ key: String, _ words: [String], _ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> EntityType? {
        if OrganisationWords.seats.contains(key) { return .organization }
        if isEvent(key, words, d, t, lists) || isProduct(key, words) || isPeople(key, words, lists) { return .other }
        return nil
    }

    /// "World Cup", "Tarrow Open", "World Series of Golf", "Euro 2028".
    static func isEvent(_ key: String, _ words: [String], _ d: DraftMention, _ t: ArticleTokens, _ lists: NameLists) -> Bool {
        if EventNames.names.contains(key) { return true }
        if let of = words.firstIndex(of: "of"), of >= 1, EventNames.names.contains(words[..<of].joined(separator: " ")) { return true }
        if words.count >= 2, t.tokens[d.b - 1].kind == .number, EventNames.numberedOpeners.contains(words.dropLast().joined(separator: " ")) {
            return true
        }
        // A head word: the name of two words or more ends in "Cup", "Open", "Games"… unless it
        // reads as a person's ("Colin Masters").
        guard words.count >= 2, let last = words.last, EventNames.heads.contains(last), !OrganisationWords.heads.contains(last) else { return false }
        return !(d.type == .person && lists.isFirstName(words[0]))
    }

    /// "iPod", "Xbox Live", "Apple iPod", "Microsoft Office".
    static func isProduct(_ key: String, _ words: [String]) -> Bool {
        if ProductNames.names.contains(key), !ProductNames.onlyAfterMaker.contains(key) { return true }
        guard words.count >= 2, ProductNames.makers.contains(words[0]) else { return false }
        return ProductNames.names.contains(words.dropFirst().joined(separator: " "))
    }

    /// "Dutch", "Irish Americans", "Bosnian Serbs", "South Korean", "Moslem".
    static func isPeople(_ key: String, _ words: [String], _ lists: NameLists) -> Bool {
        func people(_ w: String) -> Bool {
            Nationalities.extra.contains(w) || (lists.isDemonym(w) && !lists.isPlace(w))
        }
        if words.allSatisfy(people) { return true }
        return words.count >= 2 && lists.isDemonym(key) && !lists.isPlace(key)
    }
}
