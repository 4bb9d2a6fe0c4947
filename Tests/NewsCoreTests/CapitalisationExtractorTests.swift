import NewsCore
import Testing

/// The rule-based extractor the reader falls back on without a trained model.
@Suite struct CapitalisationExtractorTests {
    let entities = CapitalisationExtractor().entities(in: try! ArticleParser.parse(text: """
        Harbour vote

        The board met on Thursday.

        Divers at the quay. Photograph: Lena Marsh/Harbour Times

        Ingrid Lindqvist told members the port must change. Ms Lindqvist said crews in Kestrelport agreed.

        Lindqvist’s office said the Kestrelport Harbour Board would publish the survey.
        """, path: "a.txt"))

    @Test func surnameAndTitleFormsJoinTheFullName() throws {
        let person = try #require(entities.first { $0.name == "Ingrid Lindqvist" })
        #expect(person.type == .person)
        #expect(person.mentions.count == 3)
        #expect(person.aliases.contains("Lindqvist"))
    }

    @Test func photoCreditsAreNotEntities() {
        #expect(!entities.contains { $0.name.contains("Marsh") })
    }

    @Test func institutionalNamesAreOrganisationsAndPrepositionsMarkPlaces() {
        #expect(entities.first { $0.name == "Kestrelport Harbour Board" }?.type == .organization)
        #expect(entities.first { $0.name == "Kestrelport" }?.type == .place)
    }

    @Test func sentenceInitialWordsAreNotNames() {
        #expect(!entities.contains { $0.name == "The" || $0.name == "Divers" })
    }
}
