import Testing
@testable import WirefleetText

/// The one token stream: parts for the number scanner, words for names and speech,
/// keys and hashes that the lexicons' ``WordTable``s find in one probe.
@Suite struct TokenStreamTests {
    private func parts(_ s: String) -> [String] {
        let t = NormalizedText(s)
        return t.tokens.parts.map { t.normalizedText(of: $0.range) }
    }

    private func words(_ s: String) -> [String] {
        let t = NormalizedText(s)
        return t.tokens.words.map { t.normalizedText(of: $0.range) }
    }

    @Test func partsSplitLettersFromDigitsAndKeepSeparatorsInNumbers() {
        #expect(parts("mid-2020 the F16 cost 20,000 or 1.5 (5G)")
                == ["mid", "-", "2020", "the", "F", "16", "cost", "20,000", "or", "1.5", "(", "5", "G", ")"])
    }

    @Test func wordsGlueTheirParts() {
        let t = NormalizedText("mid-2020 the F16 O'Neill's U.S. team")
        #expect(words("mid-2020 the F16 O'Neill's U.S. team") == ["mid-2020", "the", "F16", "O'Neill", "'", "s", "U.S.", "team"])
        let w = t.tokens.words
        #expect(w[0].parts == 0..<3)
        #expect(t.tokens.parts[w[0].parts].map(\.kind) == [.word, .punct, .number])
    }

    @Test func numbersCarryTheirValue() {
        let t = NormalizedText("about 20\u{00A0}000 people and 3.25 per cent")
        let numbers = t.tokens.parts.filter { $0.kind == .number }
        #expect(numbers.map(\.value) == [20_000, 3.25])
        #expect(numbers[0].grouped && numbers[0].intDigits == 5)
        #expect(numbers[1].intDigits == 1 && numbers[1].fracDigits == 2)
        let huge = NormalizedText(String(repeating: "9", count: 200)).tokens.parts
        #expect(huge.count == 1 && !huge[0].valid)
    }

    @Test func dashesRememberWhatTheOriginalHad() {
        let t = NormalizedText("2019\u{2013}2020 \u{2014} well-known")
        let dashes = t.tokens.parts.filter { $0.kind == .punct }
        #expect(dashes.map(\.dash) == [.enDash, .emDash, .hyphen])
        #expect(dashes.allSatisfy { $0.punct == "-" })
    }

    @Test func keysAndHashesAgreeWithWordHash() {
        let t = NormalizedText("The Minister SAID: «Ça va» — Zürich’s mayor")
        for w in t.tokens.words {
            let key = t.key(of: w)
            #expect(w.hash == WordHash.folded(key), "\(key)")
            #expect(w.exactHash == WordHash.exact(t.normalizedText(of: w.range)))
        }
        let keys = t.keys(of: t.tokens.words)
        #expect(keys.contains("said") && keys.contains("zürich"))
    }

    @Test func spacingAndLineFlags() {
        let t = NormalizedText("One two\nThree\n\nFour,five")
        let w = t.tokens.words
        #expect(w[0].spaceBefore && w[1].spaceBefore && !w[0].startsLine)
        #expect(w[2].startsLine && !w[2].startsParagraph)
        #expect(w[3].startsParagraph)
        #expect(!w[4].spaceBefore && !w[5].spaceBefore)
    }

    @Test func wordTableFindsTokensByTheirHash() {
        let set: WordTable<Bool> = ["told", "added", "warned", "the", ","]
        let t = NormalizedText("“We are ready,” the minister TOLD reporters, and she added: “Nobody warned us.”")
        var hits: [String] = []
        for w in t.tokens.words where set.contains(w) { hits.append(t.key(of: w)) }
        #expect(hits == [",", "the", "told", ",", "added", "warned"])
        #expect(set.contains(word: "Told") && !set.contains(word: "tell") && !set.contains(word: ""))
    }

    @Test func largeTablesKeepEveryMember() {
        let words = (0..<5000).map { "w\($0)" }
        let set = WordTable<Bool>(words: words)
        #expect(words.allSatisfy { set.contains(word: $0) })
        #expect(!set.contains(word: "w5000"))
        #expect(set.count == 5000)
    }

    @Test func tokensCopyAsPlainBytes() {
        #expect(_isPOD(Token.self))
        #expect(MemoryLayout<Token>.size <= 64)
    }
}
