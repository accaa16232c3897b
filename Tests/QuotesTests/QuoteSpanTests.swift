import Testing
import WirefleetExtraction

// MARK: - Quote spans

@Suite struct QuoteSpanTests {
    @Test func curlyDoubleQuotesAndOffsets() {
        let body = "The harbour reopened. “We will rebuild the pier within a year,” Mayor Ana Torres said on Friday."
        let q = quotes(body, [person("Ana Torres")])
        #expect(q.count == 1)
        #expect(q.first?.text == "We will rebuild the pier within a year,")
        #expect(q.first.map { slice(body, $0) } == "We will rebuild the pier within a year,")
    }

    @Test func everyMarkStyle() {
        let body = """
        „Die Lage ist sehr ernst geworden“, sagte der Sprecher.

        « Nous ne céderons jamais à la pression », a-t-il dit.

        ‹Das ist ein kleiner Schritt›, schrieb sie.

        "Straight quotes work just as well here," one witness said.

        ‘Single marks can carry whole sentences too,’ another added.
        """
        let texts = quotes(body).map(\.text)
        #expect(texts == ["Die Lage ist sehr ernst geworden", "Nous ne céderons jamais à la pression",
                          "Das ist ein kleiner Schritt", "Straight quotes work just as well here,",
                          "Single marks can carry whole sentences too,"])
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let body = "The ’90s were hard for the fleet. NATO's allies don't agree on Belarus’ security, " +
            "and the troops’ morale is low, the sailors’ union said in its ’official’ note."
        #expect(quotes(body).isEmpty)
    }

    @Test func nestedSingleQuotesStayInsideTheOuterQuote() {
        let body = "“He told me ‘we are not leaving this town’ and then he drove off,” said Omar Haddad."
        let q = quotes(body, [person("Omar Haddad")])
        #expect(q.count == 1)
        #expect(q.first.map { slice(body, $0) } == "He told me ‘we are not leaving this town’ and then he drove off,")
        #expect(q.first?.speaker == "Omar Haddad")
    }

    @Test func unclosedQuoteEndsAtTheParagraph() {
        let body = """
        Ivan Petrov said: “The bridge will not reopen before the end of the year.

        Engineers inspected the damaged section on Monday and found cracks in two pillars.
        """
        let q = quotes(body, [person("Ivan Petrov")])
        #expect(q.count == 1)
        #expect(q.first?.text == "The bridge will not reopen before the end of the year.")
        #expect(q.first?.speaker == "Ivan Petrov")
    }

    @Test func quoteContinuedOverParagraphs() {
        let body = """
        Dr Helen Marsh told the inquiry: “The wards were full by noon and we ran out of beds.

        “Staff worked double shifts for a week without a single complaint.”

        The inquiry continues on Tuesday.
        """
        let q = quotes(body, [person("Helen Marsh", "Marsh")])
        #expect(q.map(\.text) == ["The wards were full by noon and we ran out of beds.",
                                  "Staff worked double shifts for a week without a single complaint."])
        #expect(q.map(\.speaker) == ["Helen Marsh", "Helen Marsh"])
    }

    @Test func scareQuotesTitlesAndShortSpansAreSkipped() {
        let body = "Critics mocked the so-called “peace plan” as “historic”. She starred in “The Long Road Home” " +
            "and in ‘Winter Over Riga’ last year."
        #expect(quotes(body).isEmpty)
    }

    @Test func mismatchedClosingMark() {
        let body = "\"Keep the lights on for the night shift', Maria Lopez said in a message to staff."
        let q = quotes(body, [person("Maria Lopez")])
        #expect(q.first?.text == "Keep the lights on for the night shift")
        #expect(q.first?.speaker == "Maria Lopez")
    }

    @Test func orphanClosingMarkBeforeAnAttribution() {
        let body = "Officials accused neighbours of harbouring “agitators”. to stage a blockade of the port,” " +
            "Governor Lena Sokol said."
        let q = quotes(body, [person("Lena Sokol")])
        #expect(q.map(\.text) == ["to stage a blockade of the port,"])
        #expect(q.first?.speaker == "Lena Sokol")
    }

    @Test func lookAlikeLettersAreFoldedByTheNormalizerNotBrokenByIt() {
        // Cyrillic "а" inside Latin words must not stop a quote or an attribution.
        let body = "“The grаin corridor must stаy open,” Minister Olаf Brаnd sаid."
        let q = quotes(body, [person("Olaf Brand")])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Olaf Brand")
    }
}

// MARK: - Quoted terms

@Suite struct QuotedTermTests {
    @Test func termsAndTitlesAreNotQuotes() {
        let body = """
        Moscow calls the war a so-called “special military operation” and critics dubbed the bill “the foreign agents law”.

        The film “Gone with the Wind” was shown again. A “wall of black water” swept through.
        """
        #expect(quotes(body).isEmpty)
    }

    @Test func shortFragmentsWithAnAttributionStay() {
        let body = "Stoltz said the plan was “dead on arrival” and would be withdrawn."
        let q = quotes(body, [person("Karl Stoltz", "Stoltz")])
        #expect(q.map(\.text) == ["dead on arrival"])
        #expect(q.first?.speaker == "Karl Stoltz")
    }
}

// MARK: - Hard-wrapped text

@Suite struct WrappedTextTests {
    @Test func quoteWrappedOverTwoLinesStaysOneQuote() {
        let body = """
        The harbour master, Ingrid Solberg, was blunt. "We have asked for a new
        breakwater for ten years and nobody has listened," she said on Monday.

        "Today the sea did the talking."
        """
        let q = quotes(body, [person("Ingrid Solberg")])
        #expect(q.count == 2)
        #expect(q.first?.text == "We have asked for a new\nbreakwater for ten years and nobody has listened,")
        #expect(q.map(\.speaker) == ["Ingrid Solberg", "Ingrid Solberg"])
    }

    @Test func shortLinesStayParagraphs() {
        let body = "Olav Berg\nstaff writer\n\"This line is a quote without an end\nand this is another line."
        let q = quotes(body, [person("Olav Berg")])
        #expect(q.count == 1)
        // Lines under 40 scalars were not wrapped: the unclosed quote ends with its line.
        #expect(q.first?.text == "This line is a quote without an end")
    }
}

// MARK: - Single quotes as the outer marks

@Suite struct SingleOuterQuoteTests {
    @Test func doubleInsideSingleIsOneQuote() {
        let body = "'He kept shouting \"get out of my shop now\" at every customer,' said Rosa Blanco."
        let q = quotes(body, [person("Rosa Blanco")])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Rosa Blanco")
    }

    @Test func apostrophesInsideSingleQuotes() {
        let body = "'I'm sure we'll win, and the fans' support will carry us,' said captain Leo Marsh."
        let q = quotes(body, [person("Leo Marsh")])
        #expect(q.map(\.text) == ["I'm sure we'll win, and the fans' support will carry us,"])
        #expect(q.first?.speaker == "Leo Marsh")
    }
}
