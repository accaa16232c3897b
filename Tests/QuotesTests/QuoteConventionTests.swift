import Testing
import WirefleetExtraction

/// Quotation marks read the document's way: German „…“ and ‚…‘, inward »…«, French
/// «…», English “…”, mixed documents and multi-paragraph quotes. Our own sentences.
@Suite struct QuoteConventionTests {
    /// Quotes found by the real pipeline (tagger + quote extractor), as (text, speaker).
    func quotes(_ body: String) -> [(text: String, speaker: String?)] {
        let text = NormalizedText(body)
        return QuoteExtractor().extract(text, entities: EntityTagger().tag(text)).map { ($0.text, $0.speaker) }
    }

    @Test func germanLowHighMarksCloseWithTheHighMark() {
        let q = quotes("„We will not accept this decision,“ Foreign Minister Maria Lindqvist said. „It is a matter for the courts.“")
        #expect(q.map(\.text) == ["We will not accept this decision,", "It is a matter for the courts."])
        #expect(q.map(\.speaker) == ["Maria Lindqvist", "Maria Lindqvist"])
    }

    @Test func germanQuoteAfterTheSpeaker() {
        let q = quotes("Harbour master Jonas Weber said on Friday: „The channel stays closed until the divers are done.“ Ships were told to wait.")
        #expect(q.map(\.text) == ["The channel stays closed until the divers are done."])
        #expect(q.first?.speaker == "Jonas Weber")
    }

    @Test func germanSingleMarks() {
        let q = quotes("‚We are ready for the storm,‘ Mayor Jane Porter said on Monday.")
        #expect(q.map(\.text) == ["We are ready for the storm,"])
        #expect(q.first?.speaker == "Jane Porter")
    }

    @Test func inwardGuillemets() {
        let q = quotes("»We are ready for the storm,« Mayor Jane Porter said on Monday. »The shelters open at six.«")
        #expect(q.map(\.text) == ["We are ready for the storm,", "The shelters open at six."])
        #expect(q.first?.speaker == "Jane Porter")
    }

    @Test func frenchGuillemetsWithSpaces() {
        let q = quotes("« We are ready for the storm », Mayor Jane Porter said on Monday.")
        #expect(q.map(\.text) == ["We are ready for the storm"])
        #expect(q.first?.speaker == "Jane Porter")
    }

    @Test func frenchGuillemetsWithoutSpaces() {
        let q = quotes("«We are ready for the storm», Mayor Jane Porter said on Monday.")
        #expect(q.map(\.text) == ["We are ready for the storm"])
        #expect(q.first?.speaker == "Jane Porter")
    }

    @Test func englishMarksAreUnchanged() {
        let q = quotes("“We are ready for the storm,” Mayor Jane Porter said on Monday. ‘Stay indoors tonight, please,’ she added.")
        #expect(q.map(\.text) == ["We are ready for the storm,", "Stay indoors tonight, please,"])
        #expect(q.map(\.speaker) == ["Jane Porter", "Jane Porter"])
    }

    @Test func mixedDocumentKeepsEachQuoteWhole() {
        let body = """
        „The bridge will reopen in May,“ transport minister Anna Berg said on Tuesday.

        The contractor, Pieter Claes, was more careful. “We still have to test the cables,” he said.
        """
        let q = quotes(body)
        #expect(q.map(\.text) == ["The bridge will reopen in May,", "We still have to test the cables,"])
        #expect(q.map(\.speaker) == ["Anna Berg", "Pieter Claes"])
    }

    @Test func germanQuoteOverTwoParagraphs() {
        let body = """
        Anna Berg, the transport minister, spoke for twenty minutes. „The bridge is safe. Every cable was tested twice.

        „We will reopen it in May, as planned,“ she said.
        """
        let q = quotes(body)
        #expect(q.count == 2)
        #expect(q.allSatisfy { $0.speaker == "Anna Berg" })
        #expect(q.last?.text == "We will reopen it in May, as planned,")
    }

    @Test func apostrophesAndPrimesAreNotQuotes() {
        let q = quotes("„The mayor’s plan for the ’90s was fine,“ said Jane Porter, who is 5′10″ tall.")
        // (Quote text is written with straight apostrophes, as the text layer folds them.)
        #expect(q.map(\.text) == ["The mayor's plan for the '90s was fine,"])
        #expect(q.first?.speaker == "Jane Porter")
    }

    @Test func pageFurnitureBetweenParagraphsDoesNotBreakTheSpeakerChain() {
        let body = """
        “We are realists about the budget,” Mayor Jane Porter said on Monday.

        Advertisement

        “However, we can still build the two bridges this year.”

        Photo: handout
        """
        let q = quotes(body)
        #expect(q.map(\.speaker) == ["Jane Porter", "Jane Porter"])
    }

    @Test func aShortSentenceBetweenQuotesStillCounts() {
        // A real paragraph (it ends a sentence) between the two breaks the chain.
        let body = """
        “We are realists about the budget,” Mayor Jane Porter said on Monday.

        The council meets again in May.

        Critics disagreed.

        “However, we can still build the two bridges this year.”
        """
        let q = quotes(body)
        #expect(q.first?.speaker == "Jane Porter")
        #expect(q.last?.speaker == nil)
    }
}
