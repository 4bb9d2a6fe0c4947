/// The `byline show --json` form of an article.
extension Article {
    /// Fields in the documented order; block offsets index `text` in Unicode scalars.
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("title", .string(title)),
            ("standfirst", .optional(standfirst)),
            ("caption", .optional(caption)),
            ("credit", .optional(credit)),
            ("agency", .optional(agency)),
            ("date", .optional(date)),
            ("author", .optional(author)),
            ("source", .optional(source)),
            ("url", .optional(url)),
            ("meta", .object(meta.map { ($0.key, .string($0.value)) })),
            ("text", .string(text)),
            ("blocks", .array(blocks.map { block in
                .object([
                    ("kind", .string(block.kind.rawValue)),
                    ("start", .int(block.range.lowerBound)),
                    ("end", .int(block.range.upperBound)),
                ])
            })),
            ("warnings", .array(warnings.map(JSONValue.string))),
        ])
    }
}
