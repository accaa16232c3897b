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

    @Test func aNewcomerOpeningTheParagraphBeforeIsTheNextSpeaker() {
        // The newcomer shares the minister's family name: "the nearest fitting name" took
        // the minister, who had spoken before.
        let body = """
        Transport Minister Tomas Varga said the border crossing would stay closed until the bridge was inspected.

        “We are asking our neighbours to open the ferry route at reduced cost,” Varga told reporters.

        He said the ministry had opened a hotline for drivers.

        Andrei Varga (no relation), a lorry driver from Cluj, has been waiting near the crossing since Monday.

        “We sleep in the cab with the engine running to stay warm,” he said.
        """
        #expect(speakers(body) == ["Tomas Varga", "Andrei Varga"])
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() {
        let body = """
        Teodoro Mining said in a statement on Friday that it would compensate both families. "The company \
        deeply regrets the loss of life and is cooperating with the authorities," the statement said.
        """
        #expect(speakers(body) == ["Teodoro Mining"])
    }

    @Test func aPronounAfterAnUnnamedSpeakerIsNobodyNamed() {
        let body = """
        Teacher Claire Whitmore said the children had behaved well. "They sang and shared their snacks," she said.

        Not every parent was forgiving. One mother, who did not want to be named, said the school should have \
        checked the lift. "We trusted that somebody had looked into this," she said.
        """
        #expect(speakers(body) == ["Claire Whitmore", nil])
    }

    @Test func aSourceWhoAskedNotToBeNamedStaysUnnamed() {
        let body = """
        The plant's spokeswoman, Rina Santoso, said four lines were running. “Four of our six lines are operating \
        normally,” she said.

        One furnace operator, who asked not to be named for fear of losing his job, said problems had been reported \
        earlier. “Management knew about the cracks for months,” he said.

        Yaw Mensah, president of the farmers' alliance, said payments were late. “The farmer is always the last \
        to be paid,” he said.

        A board official who declined to be named said the buyer had been flagged before. “This is not the first \
        time this company has come up,” the official said.

        One employee, who asked not to be named, described the scene on Sunday: “We were told to unplug everything \
        and go home.”
        """
        #expect(speakers(body) == ["Rina Santoso", nil, "Yaw Mensah", nil, nil])
    }

    @Test func theOnePersonIntroducedInTheParagraphBeforeIsTheNextSpeaker() {
        let body = """
        Claire Durnford, the union's national officer, joined the strikers in the morning.

        “Two years of broken promises have brought us here,” Claire Durnford told reporters.

        Among those turned away was Jenna Whitcombe, 34, from Chester-le-Street, who had booked an urgent appointment.

        “I've got a flight on the 12th and my son's passport still hasn't come back,” she said.
        """
        #expect(speakers(body) == ["Claire Durnford", "Jenna Whitcombe"])
    }

    @Test func thePronounFollowsThePersonOfItsParagraph() {
        let body = """
        “The jury saw something honest in this story,” said festival director Ingrid Sola.

        Accepting the prize, Amara Duval thanked her crew. “We shot it in nineteen days with borrowed cameras,” she said.
        """
        #expect(speakers(body) == ["Ingrid Sola", "Amara Duval"])
    }

    /// A kin word says the sex of the name after it: "he" is not the daughter named in the
    /// father's relative clause, and "she" is the daughter.
    @Test func aKinWordSaysTheSexOfTheNameAfterIt() {
        let father = """
        Ruairi Calder, whose 14-year-old daughter Tamsin was on the coach, said he had not slept. “I have never been so glad to hear her voice,” he said.
        """
        #expect(speakers(father) == ["Ruairi Calder"])
        let daughter = """
        Ruairi Calder was waiting at the school gate with his son Jory and his daughter Tamsin. “It was dark and cold and we just sang,” she said.
        """
        #expect(speakers(daughter) == ["Tamsin"])
    }
}

