import Testing
import WirefleetExtraction

/// Pronouns after a quote: "it said" names a body; "she said" in a paragraph about one
/// person names that person even when an earlier quote had another speaker. Our own sentences.
@Suite struct PronounAttributionTests {
    private func speakers(_ body: String) -> [String?] { Extractor().all(in: body).quotes.map(\.speaker) }

    @Test func itSaidNamesTheBody() {
        let body = """
        The ferry operator Nordvik Ferries cancelled all crossings on Sunday.

        “We regret the disruption to thousands of passengers and will refund every ticket,” it said.
        """
        #expect(speakers(body) == ["Nordvik Ferries"])
    }

    @Test func aFamilyNameWrittenFirstSaysNothingOfGender() {
        // "Kim" opens men's names in English ("Kim Jong Un" aside); written first it is a
        // family name, and "she" may be its bearer.
        let body = """
        Kim Soo-ah, chief executive of Daeryun Chemical, said the company had been building reserves.

        “Our lines have enough stock for about three months, not longer,” she told reporters.
        """
        #expect(speakers(body) == ["Kim Soo-ah"])
    }

    @Test func thePronounFollowsThePersonOfItsParagraph() {
        let body = """
        “The jury saw something honest in this story,” said festival director Ingrid Sola.

        Accepting the prize, Amara Duval thanked her crew. “We shot it in nineteen days with borrowed cameras,” she said.
        """
        #expect(speakers(body) == ["Ingrid Sola", "Amara Duval"])
    }
}
