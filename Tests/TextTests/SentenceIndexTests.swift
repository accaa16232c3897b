import Testing
import WirefleetText

/// Which sentence an offset falls in, and the name fold over scalars at hand.
@Suite struct SentenceIndexTests {
    @Test func offsetsFallInTheSentenceThatStartsAtOrBeforeThem() {
        let index = SentenceIndex(startingAt: [0, 10, 25])
        #expect(index.sentence(containing: 0) == 1)
        #expect(index.sentence(containing: 9) == 1)
        #expect(index.sentence(containing: 10) == 2)
        #expect(index.sentence(containing: 24) == 2)
        #expect(index.sentence(containing: 25) == 3)
        #expect(index.sentence(containing: 1_000) == 3)
        // Before the first start, and a text seen as one sentence.
        #expect(SentenceIndex(startingAt: [5]).sentence(containing: 2) == 0)
        #expect(SentenceIndex.whole.sentence(containing: 0) == SentenceIndex.whole.sentence(containing: 500))
    }

    @Test func theSplittersSentencesGiveTheIndex() {
        let text = NormalizedText("Crews reached Kalam. The road stays shut. Officials said so.")
        let tokens = text.tokens.words
        let starts = SentenceSplitter().split(tokens, in: text).map { text.originalRange(of: tokens[$0.lowerBound].range).lowerBound }
        let index = SentenceIndex(startingAt: starts)
        let body = Array("Crews reached Kalam. The road stays shut. Officials said so.".unicodeScalars)
        func offset(of word: String) -> Int {
            let w = Array(word.unicodeScalars)
            return (0...(body.count - w.count)).first { Array(body[$0..<$0 + w.count]) == w }!
        }
        #expect(index.sentence(containing: offset(of: "Kalam")) == index.sentence(containing: offset(of: "Crews")))
        #expect(index.sentence(containing: offset(of: "road")) != index.sentence(containing: offset(of: "Kalam")))
        #expect(index.sentence(containing: offset(of: "Officials")) != index.sentence(containing: offset(of: "road")))
    }

    @Test func theFoldOverScalarsIsTheFoldOverTheString() {
        for name in ["Kratié", "São Tomé", "Khyber-Pakhtunkhwa", "Đồng Tháp", "N.Y.", "  Höganäs  ", "Łódź"] {
            #expect(NameFold.keyHash(scalars: name.unicodeScalars) == NameFold.keyHash(name), "\(name)")
        }
        #expect(NameFold.keyHash(scalars: "Kratie".unicodeScalars) == NameFold.keyHash("Kratié"))
    }
}
