import Testing
import WirefleetEntities
import WirefleetText

/// Short forms resolved by the document: a family name written first ("Choi" for
/// "Choi Min-seok"), a body's first word ("Halvard" for "Halvard Construction"). Our own sentences.
@Suite struct ShortFormTests {
    private func entities(_ body: String) -> [Entity] { EntityTagger().tag(NormalizedText(body)) }

    @Test func familyNameFirst() {
        let e = entities("Prosecutor Choi Min-seok opened the case on Monday.\n\nChoi told the court the files were altered.")
        let choi = e.filter { $0.text.hasPrefix("Choi") }
        #expect(choi.count == 1)
        #expect(choi.first?.text == "Choi Min-seok" && choi.first?.type == .person)
        #expect(choi.first?.mentions.count == 2)
    }

    @Test func aBodysFirstWord() {
        let e = entities("The builder Halvard Construction lost the tender in March.\n\nHalvard said it would appeal.")
        let h = e.filter { $0.text.hasPrefix("Halvard") }
        #expect(h.count == 1)
        #expect(h.first?.type == .organization && h.first?.mentions.count == 2)
    }
}
