// libFuzzer target: the search query parser on arbitrary text (see Scripts/fuzz.sh). It is
// compiled with the four files of NewsStore/Query it needs, no database.

import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func queryParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = query.count
    do {
        let node = try QueryParser.parse(query)
        checkNode(node, length: length)
    } catch {
        // A refusal must point inside the query (or just past its end).
        check(error.column >= 1 && error.column <= length + 1, "error column \(error.column) outside a query of \(length)")
        check(!error.message.isEmpty, "an error without a message")
    }
    return 0
}

/// Terms are not empty and every column points into the query.
func checkNode(_ node: QueryNode, length: Int) {
    switch node {
    case .term(let term):
        check(!term.text.isEmpty, "an empty term")
        check(term.column >= 1 && term.column <= length, "term column \(term.column) outside a query of \(length)")
    case .filter(_, let column):
        check(column >= 1 && column <= length, "filter column \(column) outside a query of \(length)")
    case .not(let inner, let column):
        check(column >= 1 && column <= length, "not column \(column) outside a query of \(length)")
        checkNode(inner, length: length)
    case .and(let items), .or(let items):
        check(!items.isEmpty, "an empty and/or")
        items.forEach { checkNode($0, length: length) }
    }
}
