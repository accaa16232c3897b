import Testing
@testable import WirefleetEntities
import WirefleetText

/// One test per phenomenon of GUIDELINES.md, each from a sentence written for it.
@Suite struct EntityTaggerTests {
    private func tag(_ body: String) -> [Entity] { EntityTagger().tag(NormalizedText(body)) }

    private func entity(_ entities: [Entity], _ text: String) -> Entity? {
        entities.first { $0.text == text }
    }

    private func has(_ entities: [Entity], _ text: String, _ type: EntityType) -> Bool {
        entities.contains { $0.text == text && $0.type == type }
    }

    // MARK: - Names and titles

    @Test func multiWordNamesAndTitlesOutsideTheName() {
        let e = tag("Chancellor Olaf Brenner met Mr Tavish Okoro in Hamburg on Friday. Gen. Ida Marsh stayed home.")
        #expect(has(e, "Olaf Brenner", .person))
        #expect(has(e, "Tavish Okoro", .person))
        #expect(has(e, "Ida Marsh", .person))
        #expect(has(e, "Hamburg", .location))
        #expect(!e.contains { $0.text.contains("Chancellor") || $0.text.contains("Mr") || $0.text.contains("Gen") })
    }

    @Test func titleAfterAnOrganisationSplitsTheRun() {
        let e = tag("The talks were opened by UN Secretary-General Amara Osei in Geneva.")
        #expect(has(e, "UN", .organization))
        #expect(has(e, "Amara Osei", .person))
        #expect(has(e, "Geneva", .location))
    }

    @Test func lowerCaseRoleBeforeAName() {
        let e = tag("The company's chief executive Dario Lentz and war correspondent Pim Aalders arrived late.")
        #expect(has(e, "Dario Lentz", .person))
        #expect(has(e, "Pim Aalders", .person))
    }

    @Test func surnameAloneJoinsTheFullName() {
        let e = tag("Senator Harriet Quayle opened the debate. Later, Quayle said the vote would wait.")
        let person = entity(e, "Harriet Quayle")
        #expect(person?.type == .person)
        #expect(person?.aliases == ["Quayle"])
        #expect(person?.mentions.count == 2)
    }

    @Test func possessivesAreStripped() {
        let e = tag("NATO's envoy said Canada’s offer and Belarus’ reply were both late.")
        #expect(has(e, "NATO", .organization))
        #expect(has(e, "Canada", .location))
        #expect(has(e, "Belarus", .location))
    }

    @Test func acronymInBracketsJoinsItsExpansion() {
        let e = tag("Observers from the Organization for Security and Co-operation in Europe (OSCE) arrived. The OSCE said little.")
        let org = entity(e, "Organization for Security and Co-operation in Europe")
        #expect(org?.type == .organization)
        #expect(org?.aliases == ["OSCE"])
        #expect(!e.contains { $0.text == "Europe" })
    }

    @Test func acronymMatchingInitialsJoinsItsExpansion() {
        let e = tag("The European Union agreed a package. EU diplomats called it modest.")
        #expect(entity(e, "European Union")?.aliases == ["EU"])
    }

    @Test func hyphenatedAndParticleNames() {
        let e = tag("Ursula von der Leyen spoke to Bashar al-Assad and Crown Prince Mohammed bin Salman by phone.")
        #expect(has(e, "Ursula von der Leyen", .person))
        #expect(has(e, "Bashar al-Assad", .person))
        #expect(has(e, "Mohammed bin Salman", .person))
    }

    @Test func sentenceInitialWordsAreNotNames() {
        let e = tag("However, the plan failed. Despite this, talks went on. The Senate adjourned. Meanwhile prices rose.")
        #expect(!e.contains { ["However", "Despite", "The", "Meanwhile"].contains($0.text) })
        #expect(has(e, "Senate", .organization))
    }

    @Test func allCapsAcronymsAreOrganisations() {
        let e = tag("Both NATO and the UN sent observers, while the IAEA stayed out.")
        #expect(has(e, "NATO", .organization))
        #expect(has(e, "UN", .organization))
        #expect(has(e, "IAEA", .organization))
    }

    // MARK: - Types

    @Test func demonymsAreNotEntitiesExceptInsideInstitutions() {
        let e = tag("Ukrainian soldiers and Russian officials met, the Moldovan Interior Ministry said.")
        #expect(!e.contains { $0.text == "Ukrainian" || $0.text == "Russian" })
        #expect(has(e, "Moldovan Interior Ministry", .organization))
    }

    @Test func headWordsGiveTheType() {
        let e = tag("Boats on the Danube River were stopped by the Vienna Port Authority near Karlsplatz Square.")
        #expect(has(e, "Danube River", .location))
        #expect(has(e, "Vienna Port Authority", .organization))
        #expect(has(e, "Karlsplatz Square", .location))
    }

    @Test func governmentBodiesAndTheWest() {
        let e = tag("Officials said the Kremlin blamed the West, and Parliament will debate it.")
        #expect(has(e, "Kremlin", .organization))
        #expect(has(e, "West", .location))
        #expect(has(e, "Parliament", .organization))
    }

    @Test func oneStringKeepsOneTypeInTheArticle() {
        let e = tag("Talks in Vilnius ended. Vilnius will host the next round, Vilnius officials said.")
        let places = e.filter { $0.text == "Vilnius" }
        #expect(places.count == 1)
        #expect(places.first?.type == .location)
        #expect(places.first?.mentions.count == 3)
    }

    @Test func lookalikeLettersAreFoldedInEntityText() {
        let body = "Protests continued in Belаrus, where Lithuаnia has no envoy."
        let e = tag(body)
        let belarus = entity(e, "Belarus")
        #expect(belarus?.type == .location)
        let m = belarus!.mentions[0]
        let scalars = Array(body.unicodeScalars)
        var original = String.UnicodeScalarView()
        original.append(contentsOf: scalars[m.start..<m.end])
        #expect(String(original) == "Belаrus")
        #expect(m.text == "Belаrus")
        #expect(has(e, "Lithuania", .location))
    }

    @Test func appositiveGivesTheType() {
        let e = tag("Voters backed Northern Pact, the ruling party, in Tarvena, a town near the coast.")
        #expect(has(e, "Northern Pact", .organization))
        #expect(has(e, "Tarvena", .location))
    }

    @Test func datelinesAndQuotedSpeechStarts() {
        let e = tag("OSLO (AP) - Officials met. He warned that \"Refugees will keep arriving\" in Norway.")
        #expect(has(e, "OSLO", .location))
        #expect(has(e, "AP", .organization))
        #expect(!e.contains { $0.text == "Officials" || $0.text == "Refugees" })
    }

    @Test func officeBeforeAPersonAndOfficeAsABody() {
        let e = tag("Secretary of State Lena Moravec met the Minister of Defence of Estonia in Tallinn.")
        #expect(has(e, "Lena Moravec", .person))
        #expect(has(e, "Minister of Defence of Estonia", .organization))
    }

    // MARK: - Web boilerplate

    @Test func bylinesCommentersAndSiteNames() {
        let body = """
        Storm closes ports

        By Helena Varga

        Ferries stayed in port on Sunday. Read more on The Coastline Herald.

        Marco Bianchi
        March 3, 2024
        """
        let e = tag(body)
        #expect(has(e, "Helena Varga", .person))
        #expect(has(e, "Marco Bianchi", .person))
        #expect(e.contains { $0.type == .organization && $0.text.hasSuffix("Coastline Herald") })
        #expect(!e.contains { $0.text == "March" || $0.text == "Storm" })
    }

    // MARK: - Offsets

    @Test func mentionsPointIntoTheOriginalBody() {
        let body = "\u{200B}“Wе will stay,” said Ines Duarte in Lisbon."
        let e = tag(body)
        let scalars = Array(body.unicodeScalars)
        for entity in e {
            for m in entity.mentions {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[m.start..<m.end])
                #expect(String(s) == m.text)
            }
        }
        #expect(has(e, "Ines Duarte", .person))
        #expect(has(e, "Lisbon", .location))
    }
}
