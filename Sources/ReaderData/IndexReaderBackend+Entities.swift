import NewsCore
import NewsStore
import NewsUI
import Synchronization

/// The people view and entity pages, answered from the index alone (no file is read).
extension IndexReaderBackend {
    public func directoryPage(_ query: EntityDirectoryQuery, page: Int, pageSize: Int) throws(ReaderBackendError) -> (rows: [DirectoryEntity], count: Int) {
        let order: EntityOrder
        switch query.sort {
        case .mentions: order = .mentions
        case .articles: order = .articles
        case .latest: order = .latest
        }
        let listings = try wrap { () throws(IndexError) in
            try index.entityDirectory(type: query.type, filter: query.filter, order: order, offset: page * pageSize, limit: pageSize)
        }
        let count = try directoryCount(type: query.type, filter: query.filter)
        return (listings.map { listing in
            DirectoryEntity(
                entity: ReaderEntity(
                    id: listing.id, name: listing.name, type: listing.type,
                    corpusMentions: listing.mentions, corpusArticles: listing.articles),
                latest: listing.latest)
        }, count)
    }

    /// How many entities the people view lists for a type and filter, counted once while the
    /// index stays as it is.
    func directoryCount(type: EntityType?, filter: String) throws(ReaderBackendError) -> Int {
        let epoch = indexEpoch.load(ordering: .sequentiallyConsistent)
        if let known = directoryCount.withLock({ $0 }), known.type == type, known.filter == filter, known.epoch == epoch {
            return known.count
        }
        let count = try wrap { () throws(IndexError) in try index.entityDirectoryCount(type: type, filter: filter) }
        directoryCount.withLock { $0 = (type, filter, epoch, count) }
        return count
    }

    public func entityFacts(of entity: ReaderEntity) throws(ReaderBackendError) -> EntityFacts {
        guard let id = entity.id,
            let profile = try wrap({ () throws(IndexError) in try index.entityProfile(id: id) })
        else {
            throw ReaderBackendError("\(entity.name.terminalSafe) is no longer in the index; the refresh may have merged it with another name")
        }
        return EntityFacts(
            entity: Self.readerEntity(profile.entity), quotations: profile.quotations,
            days: profile.days.map { DayMentions(day: $0.day, mentions: $0.mentions) }, usesFileDays: profile.usesFileDays,
            companions: profile.companions.map { Companion(entity: Self.readerEntity($0.entity), sharedArticles: $0.sharedArticles) },
            companionsSampled: profile.companionArticles < profile.articles ? (profile.companionArticles, profile.articles) : nil)
    }

    static func readerEntity(_ summary: EntitySummary) -> ReaderEntity {
        ReaderEntity(
            id: summary.id, name: summary.name, type: summary.type, aliases: summary.aliases,
            corpusMentions: summary.mentions, corpusArticles: summary.articles)
    }
}
