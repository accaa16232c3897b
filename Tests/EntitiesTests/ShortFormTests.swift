import Testing
import WirefleetEntities
import WirefleetText

/// Short forms resolved by the document: a family name written first ("Choi" for
/// "Choi Min-seok"), a body's first word ("Halvard" for "Halvard Construction"). Our own sentences.
@Suite struct ShortFormTests {
    private func entities(_ body: String) -> [Entity] { EntityTagger().tag(NormalizedText(body)) }

    /// A body's head word before a title ("Council leader", "a Commission spokesperson")
    /// names the one body of the article holding it; inside a longer name, or a
    /// portfolio before "Minister", it does not.
    @Test func aBodysHeadWordBeforeATitle() {
        let e = entities("The Harwick District Council voted on Monday. Council leader Mara Quell said the vote stood.\n\nA Harwick District Council spokesperson declined to comment.")
        let council = e.first { $0.text == "Harwick District Council" }
        #expect(council?.mentions.count == 3)
        #expect(council?.mentions.contains { $0.text == "Council" } == true)
        let f = entities("Mortain Energy said output fell. Energy Minister Paul Arden said prices would rise.")
        #expect(f.first { $0.text == "Mortain Energy" }?.mentions.count == 1)
    }

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

    /// "Pacific Basalt" after "Pacific Basalt Corp": the company, not the ocean.
    @Test func aCompanyWithoutItsLegalForm() {
        let e = entities("Shares of Pacific Basalt Corp fell 9% in Lima.\n\nPacific Basalt said the permit was valid. Analysts said Pacific Basalt shares could recover.")
        let company = e.filter { $0.text.hasPrefix("Pacific") }
        #expect(company.count == 1)
        #expect(company.first?.text == "Pacific Basalt Corp" && company.first?.type == .organization)
        #expect(company.first?.mentions.map(\.text) == ["Pacific Basalt Corp", "Pacific Basalt", "Pacific Basalt"])
        #expect(!e.contains { $0.text == "Pacific" })
    }

    /// A longer name that starts with the short form is left alone, and so is a short
    /// form two companies share.
    @Test func aLongerNameOrTwoOwnersKeepTheirOwn() {
        let e = entities("Pacific Basalt Corp sold its stake to Pacific Basalt Mining Ltd on Friday.\n\nPacific Basalt said the price was fair.")
        #expect(e.contains { $0.text == "Pacific Basalt Mining Ltd" || $0.text == "Pacific Basalt Mining" })
        let corp = e.first { $0.text == "Pacific Basalt Corp" }
        #expect(corp?.mentions.count == 1)
    }

    /// "…in South Carolina, and Brennock may try…": a list did not make the body's first
    /// word a place.
    @Test func aBodysFirstWordAfterAPlaceAndAnd() {
        let e = entities("Brennock Chemical Co. asked on Friday to move the lawsuit to a federal court.\n\nSimilar cases have been consolidated before a judge in South Carolina, and Brennock may try to have this one joined to them.")
        let b = e.filter { $0.text.hasPrefix("Brennock") }
        #expect(b.count == 1)
        #expect(b.first?.type == .organization && b.first?.mentions.count == 2)
    }

    /// "Trần Quốc Huy … Huy said": a Vietnamese name is taken up by its last word, the
    /// given name, even where a town has that name.
    @Test func aVietnameseNameByItsGivenName() {
        let e = entities("“The bans are final,” Tran Quoc Huy, head of the disciplinary board, told reporters.\n\nHuy said the club could appeal.")
        #expect(e.first { $0.text == "Tran Quoc Huy" }?.mentions.count == 2)
        #expect(!e.contains { $0.type == .location && $0.text == "Huy" })
    }

    /// "Thandiwe Nkosi of the South African Radio Astronomy Observatory (SARAO)": the
    /// acronym is the body's, not the whole run's, so the person stays a person of it.
    @Test func aPersonOfABodyWithABracketedAcronym() {
        let e = entities("Thandiwe Nkosi of the South African Radio Astronomy Observatory (SARAO) led the team.\n\nNkosi said more work was needed.")
        #expect(e.first { $0.text == "Thandiwe Nkosi" }?.type == .person)
        #expect(e.first { $0.text == "South African Radio Astronomy Observatory" }?.aliases.contains("SARAO") == true)
    }

    /// "In Vinh, …" opening a sentence is the city, though a "Phan Văn Vinh" of the
    /// article is named by it too.
    @Test func aPlaceByContextAtASentenceStart() {
        let e = entities("General Secretary Phan Văn Vinh read the ruling.\n\nIn Vinh, about 200 supporters gathered outside the stadium.")
        #expect(e.contains { $0.type == .location && $0.text == "Vinh" })
        #expect(e.contains { $0.type == .person && $0.text == "Phan Văn Vinh" })
    }
}
