import Testing
import WirefleetExtraction

/// `Extractor.explain`: every entity's mentions carry the named rule that typed them,
/// rejected names say which rule rejected them, quotes say how the speaker was found.
@Suite struct ExplainTests {
    let body = """
    Flooding closed roads in Kestrel Heights on Monday, the Harbourlight Prize for Fiction was postponed and Radio New Zealand cancelled its broadcast.

    “We will reopen the bridge by Friday,” said Mayor Jane Porter. “The water is already falling,” she added.
    """

    @Test func entitiesCarryTheirRules() {
        let e = Extractor().explain(body)
        func note(_ text: String) -> Explanation.EntityNote? { e.entities.first { $0.entity.text == text } }
        #expect(note("Kestrel Heights")?.entity.type == .location)
        #expect(note("Kestrel Heights")?.decisions.first?.rule == "place-head")
        #expect(note("Radio New Zealand")?.entity.type == .organization)
        #expect(note("Radio New Zealand")?.decisions.first?.rule == "leading-organisation-word")
        #expect(note("Jane Porter")?.decisions.first?.rule == "title-before")
        for n in e.entities { #expect(!n.decisions.isEmpty, "\(n.entity.text) has no decision") }
    }

    @Test func rejectedNamesSayWhy() {
        let e = Extractor().explain(body)
        let prize = e.rejected.first { $0.text.contains("Harbourlight") }
        #expect(prize?.rule == "law-or-event" && prize?.type == nil)
        #expect(!e.entities.contains { $0.entity.text.contains("Fiction") })
    }

    @Test func quotesSayHowTheSpeakerWasFound() {
        let e = Extractor().explain(body)
        #expect(e.quotes.count == 2)
        #expect(e.quotes.allSatisfy { $0.quote.speaker == "Jane Porter" })
        #expect(e.quotes[0].attribution.contains("named as “Jane Porter”") && e.quotes[0].attribution.contains("said"))
        #expect(e.quotes[1].attribution.contains("pronoun “she”"))
        #expect(e.quotes[0].marks == "“…”")
    }

    @Test func explainAgreesWithTheExtraction() {
        let e = Extractor().explain(body)
        let r = Extractor().all(in: body)
        #expect(e.entities.map(\.entity) == r.entities)
        #expect(e.quotes.map(\.quote) == r.quotes)
        #expect(e.numbers == r.numbers)
    }
}
