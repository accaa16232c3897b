import Testing
@testable import WirefleetText

@Suite struct NormalizedTextTests {
    @Test func identityOnPlainASCII() {
        let t = NormalizedText("Hello world")
        #expect(t.text == "Hello world")
        #expect(t.originalRange(of: 6..<11) == 6..<11)
        #expect(t.offsets == Array(0...11))
    }

    @Test func curlyQuotesFoldAndKeepTheirOrigin() {
        let t = NormalizedText("She said “go now” and ‘left’ at O’Hare.")
        #expect(t.text == "She said \"go now\" and 'left' at O'Hare.")
        let open = t.scalars.firstIndex(of: "\"")!
        #expect(t.originalScalars[t.offsets[open]] == "“")
        let close = t.scalars.lastIndex(of: "\"")!
        #expect(t.originalScalars[t.offsets[close]] == "”")
    }

    @Test func guillemetsAndPrimesFold() {
        let t = NormalizedText("«Oui» ‹non› 5′ 7″ ´x`")
        #expect(t.text == "\"Oui\" 'non' 5' 7\" 'x'")
    }

    @Test func dashesBecomeHyphensOneForOne() {
        let t = NormalizedText("2010–2012 — a gap − 3")
        #expect(t.text == "2010-2012 - a gap - 3")
        #expect(t.scalars.count == t.originalScalars.count)
    }

    @Test func zeroWidthDroppedAndOffsetsSkipThem() {
        let t = NormalizedText("Mos\u{200B}cow\u{FEFF} is")
        #expect(t.text == "Moscow is")
        #expect(t.originalText(of: 0..<6) == "Mos\u{200B}cow")
        #expect(t.originalRange(of: 7..<9) == 9..<11)
    }

    @Test func spacesAndControlsBecomeSpaces() {
        let t = NormalizedText("a\u{00A0}b\u{2009}c\u{0007}d\ne\tf")
        #expect(t.text == "a b c d\ne\tf")
    }

    @Test func lookalikeLettersFoldInsideLatinWords() {
        let t = NormalizedText("Тhе Веlаrus аrmy sаid а word")
        #expect(t.text == "The Belarus army said a word")
    }

    @Test func genuineCyrillicWordsStay() {
        let t = NormalizedText("Он сказал: а Минск рядом with Kyiv")
        #expect(t.text == "Он сказал: а Минск рядом with Kyiv")
    }

    @Test func nfkcPerCharacterWithOffsetsIntoTheOriginal() {
        // "ﬁ" ligature expands to two scalars; "e" + combining acute composes to "é".
        let t = NormalizedText("ﬁne cafe\u{0301} ①")
        #expect(t.text == "fine café 1")
        #expect(t.offsets[0] == 0 && t.offsets[1] == 0 && t.offsets[2] == 1)
        let cafe = 5..<9
        #expect(t.originalText(of: cafe) == "cafe\u{0301}")
    }

    @Test func emptyAndReplacementCharacters() {
        #expect(NormalizedText("").scalars.isEmpty)
        #expect(NormalizedText("").offsets == [0])
        let t = NormalizedText("\u{FFFD}\u{FFFD} ok")
        #expect(t.text == "\u{FFFD}\u{FFFD} ok")
    }
}
