import Testing

@testable import NewsCore

/// The kind of referent an entity is, asked without a discourse model
/// (`Discourse.referentKind(of:_:)`, for `SpeakerResolver.describedEntity`), agrees with the
/// model's own referents.
@Suite struct DiscourseKindTests {
    /// The model's organisation names, and those worked out from the entities alone.
    static func organisationNames(_ text: String, _ named: [(String, EntityType)]) -> (model: Set<String>, alone: Set<String>) {
        let scalars = Array(text.unicodeScalars)
        let entities = named.map { name, type in
            ArticleEntity(name: name, type: type, aliases: [], mentions: mentions(of: name, in: scalars))
        }
        let paragraphs = [0..<scalars.count]
        let model = Discourse(
            scalars: scalars, paragraphs: paragraphs, quoted: [], entities: entities,
            names: { NameMentions(scalars, paragraphs: paragraphs) }, genderOf: { _ in .unknown })
        let fromModel = Set(model.referents.indices.compactMap { model.referents[$0].kind == .organisation ? model.name(of: $0) : nil })
        let alone = Discourse.organisationNames(of: entities, scalars)
        return (fromModel, alone)
    }

    static func mentions(of name: String, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let n = Array(name.unicodeScalars)
        guard n.count <= scalars.count else { return [] }
        return (0...(scalars.count - n.count)).filter { Array(scalars[$0..<$0 + n.count]) == n }.map { $0..<$0 + n.count }
    }

    @Test func anEntityFollowedByWhichIsAnOrganisationEitherWay() {
        let text = "Laura Ashley, which floated in 1995, said profits rose. Ada Ode, who runs the shop, said so. "
            + "The Harbour Authority agreed. Ben Kay, which-ever way it goes, stays. Kim Lee, Which's rival, left."
        let named: [(String, EntityType)] = [
            ("Laura Ashley", .person), ("Ada Ode", .person), ("Harbour Authority", .organization), ("Ben Kay", .person),
            ("Kim Lee", .person),
        ]
        let (model, alone) = Self.organisationNames(text, named)
        #expect(model == alone)
        #expect(alone.contains("Laura Ashley") && !alone.contains("Ada Ode"))
    }

    @Test func namesOutsideASCIIAgree() {
        let text = "Zoë Brú, which owns the café, grew. José Núñez, said the mayor, left early. "
            + "Çelik Holdings Bank said so. Renée Ødegård, \u{2019}which\u{2019} she said, stayed on."
        let named: [(String, EntityType)] = [
            ("Zoë Brú", .person), ("José Núñez", .person), ("Çelik Holdings Bank", .person), ("Renée Ødegård", .person),
            ("Café Ode", .organization),
        ]
        let (model, alone) = Self.organisationNames(text, named)
        #expect(model == alone)
        #expect(alone.contains("Zoë Brú") && alone.contains("Çelik Holdings Bank") && !alone.contains("José Núñez"))
    }
}
