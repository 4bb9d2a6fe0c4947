import Foundation
import NewsStore
import NewsUI

/// Whole lists at once: counting a folder, marking a list read, and tags.
extension IndexReaderBackend {
    public func count(_ source: ListSource) throws(ReaderBackendError) -> Int {
        switch source {
        case .articles(let filter):
            let storeFilter = storeFilter(filter)
            return try wrap { () throws(IndexError) in try index.articleCount(filter: storeFilter, storiesOnce: true) }
        case .versions(let id):
            return try wrap { () throws(IndexError) in try index.versions(ofArticle: id).count }
        case .search(let query):
            do {
                return try searchResultCount(query)
            } catch {
                throw searchFailure(error, query: query)
            }
        }
    }

    /// Every article of the list, keyed for the reading state, then marked read in one
    /// transaction: at 100,000 articles the keys come from one query each way, no files read.
    public func markAllRead(_ source: ListSource) throws(ReaderBackendError) -> Int {
        let summaries: [ArticleSummary]
        switch source {
        case .articles(let filter):
            let storeFilter = storeFilter(filter)
            summaries = try wrap { () throws(IndexError) in
                try index.articles(offset: 0, limit: try index.articleCount(filter: storeFilter), filter: storeFilter)
            }
        case .versions(let id):
            summaries = try wrap { () throws(IndexError) in try index.versions(ofArticle: id) }
        case .search(let query):
            do {
                let count = try index.count(query, state: state)
                summaries = try index.search(query, offset: 0, limit: max(1, count), snippets: false, state: state).hits.map(\.summary)
            } catch {
                throw searchFailure(error, query: query)
            }
        }
        let corpus = index.corpus
        do {
            try state.setRead(summaries.map { $0.stateKey(in: corpus) })
        } catch {
            throw ReaderBackendError("could not save the read marks: \(error)")
        }
        return summaries.count
    }

    public func setTags(id: Int64, text: String) throws(ReaderBackendError) -> [String] {
        let key = try key(of: id)
        do {
            try state.setTags(key, ReadingState.tags(fromText: text))
            return try state.tags(of: key)
        } catch {
            throw ReaderBackendError("could not save the tags: \(error)")
        }
    }

    public func facets() throws(ReaderBackendError) -> [ListFacet] {
        try wrap { () throws(IndexError) in
            try index.facets().map { ListFacet(kind: $0.kind == .section ? .section : .source, name: $0.name, articles: $0.articles) }
        }
    }

    public func tagNames() throws(ReaderBackendError) -> [String] {
        do {
            return try state.tagCounts().map(\.name)
        } catch {
            throw ReaderBackendError("reading state: \(error)")
        }
    }
}
