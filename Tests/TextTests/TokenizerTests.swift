import Testing
@testable import WirefleetText

@Suite struct TokenizerTests {
    private func words(_ s: String) -> [String] {
        let t = NormalizedText(s)
        return Tokenizer().tokenize(t).map { t.normalizedText(of: $0.range) }
    }

    @Test func possessiveSplitOffButContractionsAndNamesKept() {
        #expect(words("Canada’s O'Neill don't") == ["Canada", "'", "s", "O'Neill", "don't"])
    }

    @Test func hyphenatedNamesAndNumbersStayWhole() {
        #expect(words("al-Assad paid 20,000 or 1.5 on the 54th day.")
                == ["al-Assad", "paid", "20,000", "or", "1.5", "on", "the", "54th", "day", "."])
    }

    @Test func dottedAbbreviationsKeepTheirDots() {
        #expect(words("the U.S. and J. Smith") == ["the", "U.S.", "and", "J.", "Smith"])
    }

    @Test func capitalisationFlags() {
        let t = NormalizedText("OECD Paris iPhone McGregor low")
        let tokens = Tokenizer().tokenize(t)
        #expect(tokens[0].isAllCaps && tokens[0].isCapitalized)
        #expect(tokens[1].isCapitalized && !tokens[1].isAllCaps)
        #expect(!tokens[2].isCapitalized && tokens[2].shape.contains(.innerCapital))
        #expect(tokens[3].shape.contains(.innerCapital))
        #expect(tokens[4].isLowercase)
    }

    @Test func lineFlags() {
        let t = NormalizedText("One\nTwo\n\nThree")
        let tokens = Tokenizer().tokenize(t)
        #expect(!tokens[0].startsLine && tokens[1].startsLine && !tokens[1].startsParagraph)
        #expect(tokens[2].startsParagraph)
    }
}
