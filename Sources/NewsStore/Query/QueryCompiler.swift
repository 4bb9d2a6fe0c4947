import Foundation
import GRDB
import NewsCore

/// Turns a parsed query into SQL over the index: an FTS5 expression for the text (which also
/// ranks), and conditions on the article row `a` for filters and for text under OR with them.
///
/// Every word reaches FTS5 inside double quotes, so no user text is ever read as FTS5 syntax
/// and SQLite's own error messages cannot surface: the query language is checked by
/// `QueryParser`, whose messages name the column.
struct CompiledQuery {
    /// The FTS5 MATCH expression that ranks results; nil when the query has no positive text.
    var match: String?
    /// Conditions on `a` (the article row), ANDed.
    var conditions: [String] = []
    var arguments: [String] = []
    /// Things worth telling the user: an unknown or ambiguous name in a filter.
    var notes: [String] = []
    /// For queries without text: the name ids of the most selective entity filter, whose
    /// mentions list the candidates newest first without scanning every article.
    var driver: [Int64]? = nil
    /// What `tag:` filters match, read from the reading state before compiling.
    var tags = TaggedArticles()

    var whereClause: String { conditions.isEmpty ? "1" : conditions.joined(separator: " AND ") }
}

enum QueryCompiler {
    /// - Parameter tags: the articles carrying each tag the query's `tag:` filters name.
    static func compile(_ query: QueryNode, _ db: Database, tags: TaggedArticles = TaggedArticles()) throws -> CompiledQuery {
        var compiled = CompiledQuery()
        compiled.tags = tags
        let conjuncts: [QueryNode]
        if case .and(let items) = query { conjuncts = items } else { conjuncts = [query] }

        var positive: [String] = []
        var negative: [String] = []
        var driverSize = Int.max
        for conjunct in conjuncts {
            if case .not(let inner, _) = conjunct, inner.isTextOnly {
                negative.append(fts(inner))
            } else if conjunct.isTextOnly {
                positive.append(fts(conjunct))
            } else {
                compiled.conditions.append(try sql(conjunct, &compiled, db))
                // The entity filter with the fewest articles drives a text-less query.
                if case .filter(let filter, _) = conjunct, let types = entityTypes(filter) {
                    let names = try entityNames(filter, types: types, &compiled, db, note: false)
                    let size = try Int.fetchOne(db, sql: "SELECT SUM(articles) FROM name WHERE id IN (\(list(names)))") ?? 0
                    if size < driverSize {
                        driverSize = size
                        compiled.driver = names
                    }
                }
            }
        }
        if !positive.isEmpty {
            compiled.match = ([positive.joined(separator: " AND ")] + negative).joined(separator: " NOT ")
        } else {
            for expression in negative {
                compiled.conditions.append("a.id NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
                compiled.arguments.append(expression)
            }
        }
        return compiled
    }

    /// The FTS5 expression of a text-only subtree.
    static func fts(_ node: QueryNode) -> String {
        switch node {
        case .term(let term):
            let quoted = "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let phrase = term.kind == .prefix ? quoted + " *" : quoted
            return term.titleOnly ? "title : " + phrase : phrase
        case .and(let items): return "(" + items.map(fts).joined(separator: " AND ") + ")"
        case .or(let items): return "(" + items.map(fts).joined(separator: " OR ") + ")"
        case .not(let inner, _): return "NOT " + fts(inner)  // unreachable: exclusions are top level
        case .filter: return "\"\""
        }
    }

    /// A condition on `a` for a subtree holding filters.
    private static func sql(_ node: QueryNode, _ compiled: inout CompiledQuery, _ db: Database) throws -> String {
        switch node {
        case .term:
            compiled.arguments.append(fts(node))
            return "a.id IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
        case .filter(let filter, _):
            return try condition(filter, &compiled, db)
        case .not(let inner, _):
            return "NOT " + (try sql(inner, &compiled, db))
        case .and(let items):
            return "(" + (try items.map { try sql($0, &compiled, db) }).joined(separator: " AND ") + ")"
        case .or(let items):
            return "(" + (try items.map { try sql($0, &compiled, db) }).joined(separator: " OR ") + ")"
        }
    }

    private static func condition(_ filter: SearchFilter, _ compiled: inout CompiledQuery, _ db: Database) throws -> String {
        switch filter {
        case .after(let day):
            return "a.day >= \(day)"
        case .before(let day):
            return "(a.day > 0 AND a.day < \(day))"
        case .speaker:
            let names = try entityNames(filter, types: nil, &compiled, db, note: true)
            return "EXISTS (SELECT 1 FROM quote_speaker q WHERE q.speaker IN (\(list(names))) AND q.article = a.id)"
        case .person, .organization, .place:
            let names = try entityNames(filter, types: entityTypes(filter), &compiled, db, note: true)
            return "EXISTS (SELECT 1 FROM occurrence o WHERE o.name IN (\(list(names))) AND o.day = a.day AND o.article = a.id)"
        case .section(let name):
            compiled.arguments.append(name)
            return ArticleFacets.equalsSQL("a.section")
        case .source(let name):
            compiled.arguments.append(name)
            return ArticleFacets.equalsSQL("a.source")
        case .folder(let folder):
            // Paths below "sport" run from "sport/" up to, not including, "sport0" ("0" follows
            // "/" in code order): a range of the path index, in the file system's case.
            compiled.arguments += [folder + "/", folder + "0"]
            return "(a.path >= ? AND a.path < ?)"
        case .tag(let name):
            let tagged = compiled.tags.articles[name] ?? TaggedArticles.Set()
            if tagged.hashes.isEmpty && tagged.paths.isEmpty {
                compiled.notes.append(compiled.tags.known ? "no article is tagged “\(name)”" : "tags are not available here")
            }
            // Found by content hash, or by path after an edit, as the reading state finds marks.
            compiled.arguments += [tagged.hashJSON, tagged.pathJSON]
            return "(a.hash IN (SELECT value FROM json_each(?)) OR a.path IN (SELECT value FROM json_each(?)))"
        }
    }

    private static func entityTypes(_ filter: SearchFilter) -> Set<EntityType>? {
        switch filter {
        case .person: return [.person]
        case .organization: return [.organization]
        case .place: return [.place]
        default: return nil
        }
    }

    /// Name ids of every entity the filter's name may mean (all candidates when ambiguous).
    private static func entityNames(
        _ filter: SearchFilter, types: Set<EntityType>?, _ compiled: inout CompiledQuery, _ db: Database, note: Bool
    ) throws -> [Int64] {
        let (label, name): (String, String)
        switch filter {
        case .person(let n): (label, name) = ("person", n)
        case .organization(let n): (label, name) = ("organisation", n)
        case .place(let n): (label, name) = ("place", n)
        case .speaker(let n): (label, name) = ("speaker", n)
        default: return []
        }
        let lookup = try NewsIndex.lookup(name, types: types, db)
        if note {
            switch lookup {
            case .none: compiled.notes.append("no \(label) called “\(name.terminalSafeName)” in the index")
            case .ambiguous(let candidates):
                compiled.notes.append("“\(name.terminalSafeName)” may be \(candidates.map(\.name.terminalSafe).joined(separator: ", ")); showing all")
            case .found: break
            }
        }
        var names: [Int64] = []
        for entity in lookup.entities { names += try NewsIndex.nameIDs(ofEntity: entity.id, db) }
        return names
    }

    static func list(_ ids: [Int64]) -> String {
        ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")
    }
}
