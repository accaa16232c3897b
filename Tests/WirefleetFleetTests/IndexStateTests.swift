import Foundation
import Testing
import WirefleetExtraction
@testable import WirefleetFleet
import WirefleetTestSupport

/// The cross-article index: counts are per distinct article, re-reading changes nothing,
/// a changed article moves its counts, and entries match their schemas.
@Suite struct IndexStateTests {
    private func contribution(_ id: String, _ body: String, at time: String = "2026-12-06T10:00:00Z") -> ArticleContribution {
        let r = Extractor().all(in: body)
        return ArticleContribution(articleID: id, seenAt: time, entities: r.entities, quotes: r.quotes)
    }

    @Test func anArticleCountsOnceAndMovesWhenItChanges() throws {
        var index = IndexState()
        let a = contribution("a", "Deputy Prime Minister Oleksandr Kovalenko visited Kyiv on Monday.")
        let b = contribution("b", "Aleksandr Kovalenka met engineers in Kiev.", at: "2026-12-06T11:00:00Z")
        index.add(a)
        index.add(b)
        let person = try #require(a.entities.first { $0.type == .person })
        #expect(index.entity(person.id)?.articles == 2)
        #expect(index.add(b).entities.isEmpty)                  // the same article again: nothing changes
        #expect(index.entity(person.id)?.articles == 2)
        let entry = try #require(index.entity(person.id))
        #expect(entry.firstSeen == "2026-12-06T10:00:00Z" && entry.lastSeen == "2026-12-06T11:00:00Z")
        #expect(Set([entry.name] + entry.aliases).isSuperset(of: ["Oleksandr Kovalenko", "Aleksandr Kovalenka"]))
        let changed = contribution("b", "The mayor of Lviv opened a school.")
        #expect(index.add(changed).entities.contains(person.id))
        #expect(index.entity(person.id)?.articles == 1)
        index.remove(articles: ["a"])
        #expect(index.entity(person.id) == nil)
    }

    @Test func relinkMarksAnIDThatNamesAnotherEntityAndUndoesItWhenTheArticleGoes() throws {
        var index = IndexState()
        index.add(contribution("a", "Harbour master Tavita Leaupepe said the quay would reopen on Monday after repairs."))
        index.add(contribution("b", "The quay was safe again, Leaupepe told reporters on Tuesday."))
        let person = try #require(index.contributions["a"]?.entities.first?.id)
        let alone = try #require(index.contributions["b"]?.entities.first?.id)
        #expect(person != alone)
        #expect(index.entity(alone)?.linkedTo == nil)           // not before relink()
        #expect(index.relink().entities == [alone])
        #expect(index.entity(alone)?.linkedTo == person)
        #expect(index.entity(person)?.linkedTo == nil)
        let e = try #require(index.entity(alone))
        #expect(try SchemaValidator().problems(try RecordCodec().encode(e), schema: "entity-index.schema.json") == [])
        #expect(index.relink().entities.isEmpty)                 // nothing changed
        // A second Leaupepe makes the family name ambiguous: the link goes.
        index.add(contribution("c", "Fisheries officer Sione Leaupepe said the catch was down by a third."))
        #expect(index.relink().entities == [alone])
        #expect(index.entity(alone)?.linkedTo == nil)
        index.remove(articles: ["c"])
        #expect(index.relink().entities == [alone])
        #expect(index.entity(alone)?.linkedTo == person)
    }

    @Test func entriesMatchTheirSchemas() throws {
        var index = IndexState()
        index.add(contribution("a", "“We will rebuild every bridge and every power station before the winter,” Oleksandr Kovalenko said in Kyiv."))
        index.add(contribution("b", "“We will rebuild every bridge and every power station before winter comes,” Aleksandr Kovalenka said in Kiev."))
        let codec = RecordCodec()
        let keys = index.allKeys
        #expect(!keys.entities.isEmpty && !keys.clusters.isEmpty)
        for id in keys.entities {
            let e = try #require(index.entity(id))
            #expect(try SchemaValidator().problems(try codec.encode(e), schema: "entity-index.schema.json") == [])
        }
        for key in keys.clusters {
            let c = try #require(index.cluster(key))
            #expect(c.articles == 2)
            #expect(try SchemaValidator().problems(try codec.encode(c), schema: "quote-cluster.schema.json") == [])
        }
    }
}

/// The running aggregates give the same entries as folding every article from scratch
/// (the rule as first written, kept here as the reference), whatever the order of
/// adds, replacements and removals.
@Suite struct IndexAggregateTests {
    /// The reference: an entity's entry folded over its articles, sorted by id.
    private func referenceEntity(_ id: String, _ contributions: [String: ArticleContribution]) -> EntityIndexEntry? {
        let articles = contributions.values.filter { $0.entities.contains { $0.id == id } }.map(\.articleID).sorted()
        guard !articles.isEmpty else { return nil }
        var forms: [String: Int] = [:], types: [String: Int] = [:]
        var geo: GeoLocation?
        var first = "", last = ""
        for a in articles {
            let c = contributions[a]!
            let e = c.entities.first { $0.id == id }!
            forms[e.text, default: 0] += 1
            for alias in e.aliases { forms[alias, default: 0] += 0 }
            types[e.type.rawValue, default: 0] += 1
            if geo == nil { geo = e.geo }
            if first.isEmpty || c.seenAt < first { first = c.seenAt }
            if c.seenAt > last { last = c.seenAt }
        }
        let name = forms.max { a, b in
            if a.value != b.value { return a.value < b.value }
            let (la, lb) = (a.key.unicodeScalars.count, b.key.unicodeScalars.count)
            return la != lb ? la < lb : a.key > b.key
        }!.key
        let type = types.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        return EntityIndexEntry(id: id, name: name, type: EntityType(rawValue: type),
                                aliases: Array(forms.keys.filter { $0 != name }.sorted().prefix(IndexState.maxListed)),
                                articles: articles.count, firstSeen: first, lastSeen: last, geo: geo)
    }

    private func referenceCluster(_ key: String, _ contributions: [String: ArticleContribution]) -> QuoteClusterEntry? {
        let articles = contributions.values.filter { $0.quotes.contains { $0.cluster == key } }.map(\.articleID).sorted()
        guard !articles.isEmpty else { return nil }
        var reports: [QuoteClusterEntry.Report] = []
        var speakers: [String: (count: Int, name: String?)] = [:]
        for a in articles {
            let c = contributions[a]!
            for q in c.quotes where q.cluster == key {
                reports.append(.init(articleID: a, text: q.text, speaker: q.speaker, seenAt: c.seenAt))
                if let s = q.speakerID { speakers[s, default: (0, q.speaker)].count += 1 }
            }
        }
        reports.sort { ($0.seenAt, $0.articleID, $0.text) < ($1.seenAt, $1.articleID, $1.text) }
        let speaker = speakers.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }
        return QuoteClusterEntry(cluster: key, speakerID: speaker?.key, speaker: speaker?.value.name,
                                 articles: articles.count, quotes: Array(reports.suffix(IndexState.maxListed)),
                                 firstSeen: reports.first?.seenAt ?? "", lastSeen: reports.last?.seenAt ?? "")
    }

    /// A small generator (xorshift), so a failure can be replayed from its seed.
    private struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
    }

    private func randomContribution(_ id: String, _ g: inout Generator) -> ArticleContribution {
        let geos = [nil, GeoLocation(kind: .country, country: "UA"), GeoLocation(kind: .city, country: "FR")]
        var c = ArticleContribution(articleID: id, seenAt: "2026-12-06T10:0\(g.next(10)):00Z", entities: [], quotes: [])
        for e in Set((0..<g.next(5)).map { _ in g.next(6) }).sorted() {
            c.entities.append(.init(id: "e\(e)", text: ["Kyiv", "Kiev", "Kyyiv", "Lukashenko"][g.next(4)],
                                    type: [.location, .person, .organization][g.next(3)],
                                    aliases: (0..<g.next(3)).map { _ in "alias\(g.next(4))" }, geo: geos[g.next(3)]))
        }
        for _ in 0..<g.next(4) {
            c.quotes.append(.init(cluster: "q\(g.next(4))", text: "words \(g.next(3))",
                                  speaker: ["A", "B", nil][g.next(3)], speakerID: ["p:a", "p:b", nil][g.next(3)]))
        }
        return c
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func runningCountsEqualAFoldFromScratch(seed: UInt64) {
        var g = Generator(state: 0x9E37_79B9_7F4A_7C15 &* seed)
        var index = IndexState()
        var truth: [String: ArticleContribution] = [:]
        for _ in 0..<400 {
            let id = "a\(g.next(40))"
            if g.next(6) == 0 {
                index.remove(articles: [id])
                truth[id] = nil
            } else {
                let c = randomContribution(id, &g)
                index.add(c)
                truth[id] = c
            }
        }
        let entityIDs = Set(truth.values.flatMap { $0.entities.map(\.id) })
        let clusterKeys = Set(truth.values.flatMap { $0.quotes.map(\.cluster) })
        #expect(index.allKeys.entities == entityIDs)
        #expect(index.allKeys.clusters == clusterKeys)
        for id in (0..<6).map({ "e\($0)" }) { #expect(index.entity(id) == referenceEntity(id, truth), "entity \(id), seed \(seed)") }
        for key in (0..<4).map({ "q\($0)" }) { #expect(index.cluster(key) == referenceCluster(key, truth), "cluster \(key), seed \(seed)") }
    }
}
