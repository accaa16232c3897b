import Testing
@testable import WirefleetEntities
import WirefleetText

/// ``CrossArticleLinker``: ids joined across the articles of a batch, each rule with
/// invented articles, and the cases where two candidates must leave an id alone.
@Suite struct CrossArticleLinkerTests {
    private func tag(_ body: String) -> [Entity] { EntityTagger().tag(NormalizedText(body)) }

    /// The ids of `texts` after linking the batch, by entity text.
    private func linkedIDs(_ articles: [[Entity]]) -> [String: String] {
        var linker = CrossArticleLinker()
        for entities in articles { linker.add(CrossArticleLinker.names(of: entities)) }
        let links = linker.links()
        var ids: [String: String] = [:]
        for entities in articles {
            for e in entities { if let id = e.id { ids[e.text] = links[id] ?? id } }
        }
        return ids
    }

    /// Entities as one article's tagger would give them, ids made by ``EntityIdentity``.
    private func article(_ names: [(String, EntityType)]) -> [Entity] {
        var entities = names.map { Entity(text: $0.0, type: $0.1) }
        EntityIdentity.assign(&entities, lexicon: Lexicon.shared)
        return entities
    }

    @Test func aFamilyNameAloneTakesTheOnePersonOfTheBatchWithThatName() throws {
        let full = tag("Harbour master Tavita Leaupepe said the quay would reopen on Monday after repairs.")
        let alone = tag("The quay was safe again, Leaupepe told reporters on Tuesday.")
        let before = try #require(alone.first { $0.text == "Leaupepe" }?.id)
        let person = try #require(full.first { $0.text == "Tavita Leaupepe" }?.id)
        #expect(before != person)
        #expect(linkedIDs([full, alone])["Leaupepe"] == person)
    }

    @Test func aFamilyNameTwoPeopleOfTheBatchShareIsLeftAlone() throws {
        let a = tag("Harbour master Tavita Leaupepe said the quay would reopen on Monday after repairs.")
        let b = tag("Fisheries officer Sione Leaupepe said the catch was down by a third.")
        let alone = tag("The quay was safe again, Leaupepe told reporters on Tuesday.")
        let before = try #require(alone.first { $0.text == "Leaupepe" }?.id)
        #expect(linkedIDs([a, b, alone])["Leaupepe"] == before)
    }

    @Test func aGivenNameAloneTakesTheOnePersonWithThatGivenName() throws {
        let full = tag("Farmer Somchai Wongsawat said the rains came late this year in the north.")
        let alone = tag("The harvest was lost, Somchai said, and the village had no savings left.")
        let person = try #require(full.first { $0.text == "Somchai Wongsawat" }?.id)
        #expect(alone.first { $0.text == "Somchai" }?.id != person)
        #expect(linkedIDs([full, alone])["Somchai"] == person)
    }

    @Test func bothOrdersOfATwoWordNameAreOnePerson() throws {
        let western = tag("Mayor Levente Takácsy said the bridge would close for a month.")
        let native = tag("Takácsy Levente, the mayor, said the bridge would reopen in spring.")
        let a = try #require(western.first { $0.text == "Levente Takácsy" }?.id)
        let b = try #require(native.first { $0.text == "Takácsy Levente" }?.id)
        #expect(a != b)
        let ids = linkedIDs([western, native])
        #expect(ids["Levente Takácsy"] == ids["Takácsy Levente"])
        #expect(ids["Levente Takácsy"] == min(a, b))
    }

    @Test func aNameTypedOrgInOneArticleAndPersonInAnotherIsThePerson() throws {
        let asOrg = article([("Marta Kowalczyk", .organization)])
        let asPerson = article([("Marta Kowalczyk", .person)])
        let person = try #require(asPerson[0].id)
        #expect(asOrg[0].id != person)
        var linker = CrossArticleLinker()
        linker.add(CrossArticleLinker.names(of: asOrg))
        linker.add(CrossArticleLinker.names(of: asPerson))
        #expect(linker.links()[try #require(asOrg[0].id)] == person)
    }

    @Test func aWordSomeArticleTypesOrgIsNeverLinkedToAPerson() throws {
        let company = article([("Halvorsen", .organization)])
        let familyAlone = article([("Halvorsen", .person)])
        let person = article([("Ingrid Halvorsen", .person)])
        #expect(company[0].id == familyAlone[0].id)
        var linker = CrossArticleLinker()
        for a in [company, familyAlone, person] { linker.add(CrossArticleLinker.names(of: a)) }
        #expect(linker.links().isEmpty)
        // Without the company, the family name alone is the person.
        var without = CrossArticleLinker()
        for a in [familyAlone, person] { without.add(CrossArticleLinker.names(of: a)) }
        #expect(without.links()[try #require(familyAlone[0].id)] == person[0].id)
    }

    @Test func oneGivenNameWithFamilyNamesATransliterationApartIsOnePerson() throws {
        let a = tag("Farmer Prasert Chaiyaporn said the rains came late this year.")
        let b = tag("Rice grower Prasert Chaiyaphon said the harvest was lost.")
        let (ia, ib) = (try #require(a.first?.id), try #require(b.first?.id))
        #expect(ia != ib)
        let ids = linkedIDs([a, b])
        #expect(ids["Prasert Chaiyaporn"] == ids["Prasert Chaiyaphon"])
        // Another given name, or family names apart by more than spelling: no link.
        let other = article([("Somchai Chaiyaphon", .person)]), wilson = article([("Mark Wilson", .person)]),
            watson = article([("Mark Watson", .person)])
        var linker = CrossArticleLinker()
        for x in [a, other, wilson, watson] { linker.add(CrossArticleLinker.names(of: x)) }
        #expect(linker.links().isEmpty)
        func skeleton(_ s: String) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = []
            TransliterationSkeleton.write(Array(s.unicodeScalars)[...], keepInitialVowel: true, into: &out)
            return out
        }
        #expect(CrossArticleLinker.isTransliterationApart(skeleton("sarkisyan"), skeleton("sargsyan")))
        #expect(!CrossArticleLinker.isTransliterationApart(skeleton("garcia"), skeleton("garza")))
        #expect(!CrossArticleLinker.isTransliterationApart(skeleton("miller"), skeleton("mills")))
    }

    @Test func aShorterFormOfALongerNameTakesItsID() throws {
        let long = article([("Carlos Mendoza Rivas", .person)])
        let short = article([("Carlos Mendoza", .person)])
        #expect(long[0].id != short[0].id)
        var linker = CrossArticleLinker()
        linker.add(CrossArticleLinker.names(of: long))
        linker.add(CrossArticleLinker.names(of: short))
        #expect(linker.links() == [try #require(short[0].id): try #require(long[0].id)])
        // Two longer names it could be short for: no link.
        linker.add(CrossArticleLinker.names(of: article([("Carlos Mendoza Paredes", .person)])))
        #expect(linker.links()[try #require(short[0].id)] == nil)
        // Both surnames alone are a shorter form of the full name.
        let full = article([("Rosa Elvira Chumil Tuy", .person)]), surnames = article([("Chumil Tuy", .person)])
        var both = CrossArticleLinker()
        both.add(CrossArticleLinker.names(of: full))
        both.add(CrossArticleLinker.names(of: surnames))
        #expect(both.links()[try #require(surnames[0].id)] == full[0].id)
        // Words out of order, or another first word, are no shorter form.
        #expect(CrossArticleLinker.isShorterForm([1, 3], of: [1, 2, 3]))
        #expect(!CrossArticleLinker.isShorterForm([1, 3, 2], of: [1, 2, 3, 4]))
        #expect(!CrossArticleLinker.isShorterForm([2, 3], of: [1, 2, 3]))
        #expect(!CrossArticleLinker.isShorterForm([1, 2, 3], of: [1, 2, 3]))
    }

    @Test func aBodysNameWithoutItsPlaceTakesTheQualifiedNamesID() throws {
        let qualified = article([("Supreme Court of India", .organization), ("Wisconsin Department of Natural Resources", .organization)])
        let bare = article([("Supreme Court", .organization), ("Department of Natural Resources", .organization)])
        var linker = CrossArticleLinker()
        linker.add(CrossArticleLinker.names(of: qualified))
        linker.add(CrossArticleLinker.names(of: bare))
        let links = linker.links()
        #expect(links[try #require(bare[0].id)] == qualified[0].id)
        #expect(links[try #require(bare[1].id)] == qualified[1].id)
        // Two courts it could be: no link.
        linker.add(CrossArticleLinker.names(of: article([("Supreme Court of Kenya", .organization)])))
        #expect(linker.links()[try #require(bare[0].id)] == nil)
        // A word that is no place is no qualifier ("Grand Egyptian Museum" is another museum
        // than the "Egyptian Museum"; "Egyptian" before "Museum" leaves one word).
        #expect(CrossArticleLinker.withoutPlace("Grand Egyptian Museum", lexicon: Lexicon.shared) == nil)
        #expect(CrossArticleLinker.withoutPlace("Egyptian Ministry of Tourism", lexicon: Lexicon.shared) == "Ministry of Tourism")
    }

    @Test func aBareNameIsNotLinkedIntoAnIDTwoBodiesShare() throws {
        // The same initials give both Kenyan authorities one id (EntityIdentity's acronym key).
        let kenya = article([("Competition Authority of Kenya", .organization), ("Communications Authority of Kenya", .organization)])
        #expect(kenya[0].id == kenya[1].id)
        let bare = article([("Competition Authority", .organization)])
        var linker = CrossArticleLinker()
        linker.add(CrossArticleLinker.names(of: kenya))
        linker.add(CrossArticleLinker.names(of: bare))
        #expect(linker.links().isEmpty)
    }

    @Test func aNamePlacedInAnotherArticleTakesThatPlace() throws {
        var placed = article([("Mendoza", .location)])
        placed[0].geo = GeoLocation(kind: .city, country: "AR", geonamesID: 3844421)
        placed[0].id = "g:00000000000000aa"
        let unplaced = article([("Mendoza", .organization)])
        let id = try #require(unplaced[0].id)
        var linker = CrossArticleLinker()
        linker.add(CrossArticleLinker.names(of: placed))
        linker.add(CrossArticleLinker.names(of: unplaced))
        let r = linker.resolve()
        #expect(r.ids == [id: "g:00000000000000aa"])
        #expect(r.places[id]?.country == "AR")
        // A person of the batch with that id: no link, no place.
        let person = article([("Mendoza", .person)])
        #expect(person[0].id == id)
        linker.add(CrossArticleLinker.names(of: person))
        #expect(linker.resolve() == CrossArticleLinker.Resolution())
    }

    @Test func aPlaceTheGazetteerLacksTakesTheCountryItsArticlesAgreeOn() throws {
        var guessed = article([("Cotabambas", .location)])
        guessed[0].geo = GeoLocation(kind: .place, country: "PE")
        let unplaced = article([("Cotabambas", .organization)])
        let id = try #require(unplaced[0].id)
        #expect(guessed[0].id == id)
        var linker = CrossArticleLinker()
        linker.add(CrossArticleLinker.names(of: guessed))
        linker.add(CrossArticleLinker.names(of: unplaced))
        #expect(linker.resolve() == CrossArticleLinker.Resolution(places: [id: GeoLocation(kind: .place, country: "PE")]))
        // Typed a body more often than a place: no place.
        linker.add(CrossArticleLinker.names(of: unplaced))
        linker.add(CrossArticleLinker.names(of: article([("Cotabambas", .organization)])))
        #expect(linker.resolve().places.isEmpty)
        // Two countries: no place.
        var elsewhere = article([("Cotabambas", .location)])
        elsewhere[0].geo = GeoLocation(kind: .place, country: "BO")
        var two = CrossArticleLinker()
        for a in [guessed, elsewhere, unplaced] { two.add(CrossArticleLinker.names(of: a)) }
        #expect(two.resolve().places.isEmpty)
    }

    @Test func aBodysShortNameGivenElsewhereTakesThatBodysID() throws {
        let defined = tag("The Servicio Nacional de Pesca y Acuicultura (Sernapesca) closed two farms on Monday.")
        let alone = tag("The fisheries agency Sernapesca said on Tuesday that the farms would stay shut.")
        let body = try #require(defined.first { $0.text == "Servicio Nacional de Pesca y Acuicultura" })
        #expect(body.aliases == ["Sernapesca"])
        let before = try #require(alone.first { $0.text == "Sernapesca" }?.id)
        #expect(before != body.id)
        #expect(linkedIDs([defined, alone])["Sernapesca"] == body.id)
        // Two bodies with that short name: no link.
        let other = article([("Sernapesca", .organization)])
        var second = article([("Red de Pescadores del Sur", .organization)])
        second[0].aliases = ["Sernapesca"]
        let ids = linkedIDs([defined, second, other])
        #expect(ids["Sernapesca"] == other[0].id)
    }

    @Test func linksDoNotDependOnTheOrderOfArticles() {
        let batch = [article([("Ingrid Halvorsen", .person)]), article([("Halvorsen", .person)]),
                     article([("Levente Takácsy", .person)]), article([("Takácsy Levente", .person)]),
                     article([("Marta Kowalczyk", .organization)]), article([("Marta Kowalczyk", .person)]),
                     article([("Carlos Mendoza Rivas", .person)]), article([("Carlos Mendoza", .person)]),
                     article([("Supreme Court of India", .organization)]), article([("Supreme Court", .organization)])]
        var forward = CrossArticleLinker(), backward = CrossArticleLinker()
        for a in batch { forward.add(CrossArticleLinker.names(of: a)) }
        for a in batch.reversed() { backward.add(CrossArticleLinker.names(of: a)) }
        #expect(forward.links() == backward.links())
        #expect(forward.links().count == 5)
    }
}
