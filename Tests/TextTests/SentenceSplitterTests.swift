import Testing
@testable import WirefleetText

@Suite struct SentenceSplitterTests {
    private func sentences(_ s: String) -> [String] {
        let t = NormalizedText(s)
        let tokens = Tokenizer().tokenize(t)
        return SentenceSplitter().split(tokens, in: t).map { r in
            t.normalizedText(of: tokens[r.lowerBound].range.lowerBound..<tokens[r.upperBound - 1].range.upperBound)
        }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Okafor arrived on Sept. 3 with Gen. Ruiz. They left.")
                == ["Mr. Okafor arrived on Sept. 3 with Gen. Ruiz.", "They left."])
    }

    @Test func dottedAbbreviationsAndInitials() {
        #expect(sentences("Officials in the U.S. agreed with J. R. Tolkien fans. Talks end.")
                == ["Officials in the U.S. agreed with J. R. Tolkien fans.", "Talks end."])
    }

    @Test func numbersWithSeparators() {
        #expect(sentences("About 12,500 fans paid 3.5 euros. Police counted them.")
                == ["About 12,500 fans paid 3.5 euros.", "Police counted them."])
    }

    @Test func headlineLinesEndAtEmptyLine() {
        #expect(sentences("Floods hit river towns\n\nRescuers reached the valley on Friday.")
                == ["Floods hit river towns", "Rescuers reached the valley on Friday."])
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("\"We will rebuild.\" The mayor left!") == ["\"We will rebuild.\"", "The mayor left!"])
    }
}
