import Testing
import WirefleetText
@testable import WirefleetQuotes

/// How attribution reads the shared words: marks, paragraph breaks, possessives and
/// the final dot of an abbreviation get tokens of their own; no scalar is tokenized again.
@Suite struct QuoteTokensTests {
    private func tokens(_ s: String) -> [(QuoteToken.Kind, String)] {
        let q = QuoteTokens(NormalizedText(s))
        return (0..<q.count).map { (q[$0].kind, q[$0].key) }
    }

    @Test func marksPossessivesAndAbbreviations() {
        let t = tokens("„Yes,“ said Ukraine's U.S. envoy.")
        #expect(t.map(\.1) == ["\"", "yes", ",", "\"", "said", "ukraine", "u.s", ".", "envoy", "."])
        #expect(t[0].0 == .mark && t[3].0 == .mark && t[2].0 == .punct)
        let q = QuoteTokens(NormalizedText("Ukraine's envoy"))
        #expect(q[0].possessive && q[0].capitalized)
    }

    @Test func paragraphBreaksAreTokensSoftWrapsAreNot() {
        let wrapped = "The minister said the plan, which was drafted in a hurry, was\nunworkable and costly.\n\nNext"
        let kinds = tokens(wrapped).map(\.0)
        #expect(kinds.filter { $0 == .newline }.count == 2)
    }

    @Test func sentenceEndsSkipAbbreviations() {
        let q = QuoteTokens(NormalizedText("Mr. Smith left. Then Dr. Jones came"))
        let ends = (0..<q.count).filter { q.sentenceEnd[$0] }.map { q[$0].key }
        #expect(ends == ["."])
    }

    @Test func lexiconLookupsUseTheTokensHash() {
        let q = QuoteTokens(NormalizedText("She SAID it"))
        #expect(SpeechLexicon.verbs.contains(q[1]))
        #expect(!SpeechLexicon.verbs.contains(q[2]))
    }
}
